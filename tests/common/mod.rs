//! Helpers shared by the tests that drive the whole window.

use std::path::{Path, PathBuf};

use egui::Vec2;
use egui_kittest::Harness;
use polku::app::PolkuApp;
use polku::app::files::NoDialogs;
use polku::app::settings::Settings;

/// The example map called `name`.
fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("journeys")
        .join(name)
}

/// The window with a copy of an example map, saved in `folder`.
pub fn harness_with_copy(folder: &Path, name: &str) -> Harness<'static, PolkuApp> {
    let path = folder.join(name);
    if let Err(error) = std::fs::copy(example(name), &path) {
        panic!("{error}");
    }
    let app = PolkuApp::open_at_start(&path, Settings::english(), Box::new(NoDialogs));
    let mut harness = Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .with_context_setup(polku::ui::fonts::install_fonts)
        .build_ui_state(|ui, app: &mut PolkuApp| app.ui_root(ui), app);
    harness.run();
    harness
}
