//! File → Export → Tiled on A4 pages (PDF)… in the window: the same pages as the command
//! line's, written in the background, and the status bar says how many.

use polku::io::picture::{self, Paper};

use super::common::{self, ScriptedDialogs};

#[test]
fn the_file_menu_tiles_the_map_on_a4_and_a3_pages() -> Result<(), Box<dyn std::error::Error>> {
    let folder = tempfile::tempdir()?;
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::window_at(&common::example("online-order.ron"), dialogs.boxed());
    for (item, paper, name) in [
        ("Tiled on A4 pages (PDF)…", Paper::A4, "a4.pdf"),
        ("Tiled on A3 pages (PDF)…", Paper::A3, "a3.pdf"),
    ] {
        let out = folder.path().join(name);
        dialogs.answer(&out);
        common::choose(&mut harness, &["File", "Export", item]);
        common::wait(&mut harness);
        let written = std::fs::read(&out)?;
        let journey = harness.state().journey();
        // With the badges of what customers and employees measured, as on the canvas.
        let summary = harness.state().feedback().map(|feedback| &feedback.summary);
        assert!(summary.is_some());
        let drawn = picture::Drawn::new(journey).feedback(summary);
        assert!(written == picture::to_tiled_pdf(drawn, paper)?, "{item}");
        let tiling = picture::tiling(journey, paper)?;
        let status = harness
            .state()
            .status()
            .expect("the status bar says what was done");
        let said = format!("{} {} pages", tiling.pages(), paper.name());
        assert!(
            status.starts_with("Exported") && status.contains(&said),
            "{status}"
        );
    }
    Ok(())
}
