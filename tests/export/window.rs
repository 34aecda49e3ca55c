//! File → Export → Tiled on A4 pages (PDF)… in the window: the same pages as the command
//! line's, written in the background, and the status bar says how many.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use polku::app::PolkuApp;
use polku::app::files::FileDialogs;
use polku::app::settings::Settings;
use polku::io::picture::{self, Paper};

/// A save dialog that answers with the paths it is given, in turn.
#[derive(Clone, Default)]
struct ScriptedDialogs(Rc<RefCell<VecDeque<PathBuf>>>);

impl FileDialogs for ScriptedDialogs {
    fn pick_open(&mut self) -> Option<PathBuf> {
        self.0.borrow_mut().pop_front()
    }

    fn pick_save(&mut self, _file_name: &str) -> Option<PathBuf> {
        self.0.borrow_mut().pop_front()
    }
}

#[test]
fn the_file_menu_tiles_the_map_on_a4_and_a3_pages() -> Result<(), Box<dyn std::error::Error>> {
    let folder = tempfile::tempdir()?;
    let dialogs = ScriptedDialogs::default();
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("journeys/online-order.ron");
    let app = PolkuApp::open_at_start(&map, Settings::english(), Box::new(dialogs.clone()));
    let mut harness = Harness::builder()
        .with_size(egui::Vec2::new(1400.0, 900.0))
        .with_context_setup(polku::ui::fonts::install_fonts)
        .build_ui_state(|ui, app: &mut PolkuApp| app.ui_root(ui), app);
    harness.run();
    for (item, paper, name) in [
        ("Tiled on A4 pages (PDF)…", Paper::A4, "a4.pdf"),
        ("Tiled on A3 pages (PDF)…", Paper::A3, "a3.pdf"),
    ] {
        let out = folder.path().join(name);
        dialogs.0.borrow_mut().push_back(out.clone());
        harness.get_by_label("File").click();
        harness.run();
        harness.get_by_label("Export").click();
        harness.run();
        harness.get_by_label(item).click();
        harness.step();
        super::common::wait(&mut harness);
        let written = std::fs::read(&out)?;
        let journey = harness.state().journey();
        assert!(written == picture::to_tiled_pdf(journey, paper)?, "{item}");
        let tiling = picture::tiling(journey, paper)?;
        let status = harness.state().status().unwrap_or_default().to_owned();
        let said = format!("{} {} pages", tiling.pages(), paper.name());
        assert!(
            status.starts_with("Exported") && status.contains(&said),
            "{status}"
        );
    }
    Ok(())
}
