//! The eframe app: owns the journey and the open file, and shows the window.
//!
//! This is the only place that holds the document; the UI draws it and (from the canvas
//! editor on) returns edits that are applied here.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::model::Journey;
use crate::model::templates::Template;
use crate::ui::canvas::{self, CanvasView};

/// The window's state.
pub struct PolkuApp {
    journey: Journey,
    /// Where the map is saved, if it has been.
    path: Option<PathBuf>,
    /// A problem to show the user, such as a map that failed to load.
    error: Option<String>,
    canvas: CanvasView,
}

impl PolkuApp {
    /// A window with a new map from the blueprint template.
    pub fn new() -> Self {
        Self {
            journey: Template::Blueprint.journey(),
            path: None,
            error: None,
            canvas: CanvasView::default(),
        }
    }

    /// A window with the map at `path`. A file that does not exist yet starts a new map
    /// that will be saved there; one that fails to load leaves a new map and says why.
    pub fn open(path: &Path) -> Self {
        let mut app = Self::new();
        match crate::io::load(path) {
            Ok(journey) => {
                app.journey = journey;
                app.path = Some(path.to_owned());
            }
            Err(_) if !path.exists() => app.path = Some(path.to_owned()),
            Err(error) => app.error = Some(error.to_string()),
        }
        app
    }

    pub fn journey(&self) -> &Journey {
        &self.journey
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The problem the window is showing, if any.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// What the window title says.
    pub fn title(&self) -> String {
        let name = self
            .path
            .as_ref()
            .and_then(|path| path.file_name())
            .map_or_else(
                || "Untitled".to_owned(),
                |name| name.to_string_lossy().into_owned(),
            );
        format!("{name} — polku")
    }

    fn error_ui(&mut self, ui: &mut egui::Ui) {
        let Some(error) = self.error.clone() else {
            return;
        };
        let modal = egui::Modal::new(egui::Id::unique("load error")).show(ui.ctx(), |ui| {
            ui.set_max_width(520.0);
            ui.heading("Could not open the map");
            ui.add_space(6.0);
            ui.label(egui::RichText::new(error).monospace());
            ui.add_space(6.0);
            ui.label("The file was not changed.");
            ui.add_space(6.0);
            ui.button("OK").clicked()
        });
        if modal.inner || modal.should_close() {
            self.error = None;
        }
    }
}

impl Default for PolkuApp {
    fn default() -> Self {
        Self::new()
    }
}

impl eframe::App for PolkuApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ui.ctx()
            .send_viewport_cmd(egui::ViewportCommand::Title(self.title()));
        egui::Panel::top("map title").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading(self.journey.title());
                ui.label(format!(
                    "{} touchpoints, {} links",
                    self.journey.touchpoint_count(),
                    self.journey.link_count()
                ));
            });
        });
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                canvas::canvas_ui(ui, &self.journey, &mut self.canvas)
            });
        self.error_ui(ui);
    }
}

/// Opens the window, with the map at `file` or a new one, and runs until it closes.
pub fn run_window(file: Option<PathBuf>) -> ExitCode {
    let app = match &file {
        Some(path) => PolkuApp::open(path),
        None => PolkuApp::new(),
    };
    if let Some(error) = app.error() {
        eprintln!("{error}");
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(app.title())
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0]),
        ..Default::default()
    };
    match eframe::run_native("polku", options, Box::new(|_| Ok(Box::new(app)))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("polku could not open its window: {error}");
            ExitCode::FAILURE
        }
    }
}
