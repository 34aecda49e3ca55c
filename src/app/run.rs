//! Running the window: eframe's entry point, and the app as eframe sees it (each frame
//! guarded so a panic writes the recovery copy first; settings kept between runs).

use std::path::PathBuf;
use std::process::ExitCode;

use super::dialogs::NativeDialogs;
use super::modal::Question;
use super::recovery;
use super::settings::Settings;
use super::shell::PolkuApp;
use crate::io::recovery::Session;

impl eframe::App for PolkuApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.guarded(|app| app.ui_root(ui));
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.settings.save(storage);
    }

    /// The window's own background, under the panels: the theme's, never eframe's dark
    /// default, which showed around the map in the light theme.
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }
}

/// Opens the window, with the map at `file` or a new one, and runs until it closes.
pub fn run_window(file: Option<PathBuf>) -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("polku")
            .with_app_id("polku")
            .with_inner_size([1400.0, 860.0])
            .with_min_inner_size([720.0, 420.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "polku",
        options,
        Box::new(move |creation| {
            crate::ui::fonts::install_fonts(&creation.egui_ctx);
            let settings = Settings::load(creation.storage);
            let dialogs = Box::new(NativeDialogs::default());
            let mut app = match &file {
                Some(path) => PolkuApp::open_at_start(path, settings, dialogs),
                None => PolkuApp::new(settings, dialogs),
            };
            let folder = eframe::storage_dir("polku").map(|folder| folder.join("recovery"));
            match folder.map(|folder| (Session::start(&folder), folder)) {
                Some((Ok((session, recovered)), _)) => {
                    recovery::install_panic_hook(session.files().crash_report());
                    app = app.with_recovery(session, recovered);
                }
                Some((Err(error), folder)) => {
                    app.status = Some(crate::tr!(
                        "app-autosave-off-folder",
                        path = folder.display().to_string(),
                        error = crate::io::reason(&error),
                    ));
                }
                None => {
                    app.status = Some(crate::tr!("app-autosave-off-no-folder"));
                }
            }
            if let Some(Question::Problem { message, .. }) = app.question() {
                eprintln!("{message}");
            }
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!(
                "{}",
                crate::tr!("app-window-failed", error = error.to_string())
            );
            ExitCode::FAILURE
        }
    }
}
