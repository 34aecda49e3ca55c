//! The eframe app: owns the journey, its undo history and the open file, and shows the
//! window around the canvas.
//!
//! This is the only place that changes the document: the UI returns requests during a
//! frame, and [`PolkuApp`] applies them at its end, through the [`History`].

mod commands;
pub mod files;
pub mod settings;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::model::templates::Template;
use crate::model::{History, Journey};
use crate::ui::Requests;
use crate::ui::canvas::layout::Layout;
use crate::ui::canvas::{self, CanvasView};
use crate::ui::commands::Command;
use crate::ui::inspector::{self, InspectorState};
use crate::ui::selection::Selection;
use crate::ui::structure::{self, StructureState};
use files::{FileDialogs, Leave, NativeDialogs, Question};
use settings::Settings;

/// The window's state.
pub struct PolkuApp {
    // The document.
    journey: Journey,
    history: History,
    /// Where the map is saved, if it has been.
    path: Option<PathBuf>,

    // Settings, kept between runs.
    settings: Settings,

    // View state: never saved in the document.
    selection: Selection,
    canvas: CanvasView,
    inspector: InspectorState,
    structure: StructureState,
    /// The layout of the journey at `layout_revision`.
    layout: Layout,
    layout_revision: Option<u64>,
    question: Option<Question>,
    /// A short message in the status bar, such as why a paste did nothing.
    status: Option<String>,
    /// The window may close even though the map has unsaved changes (the user said so).
    allow_close: bool,
    shown_title: String,

    dialogs: Box<dyn FileDialogs>,
}

impl PolkuApp {
    /// A window with a new map from the blueprint template.
    pub fn new(settings: Settings, dialogs: Box<dyn FileDialogs>) -> Self {
        let journey = Template::Blueprint.journey();
        Self {
            layout: Layout::new(&journey),
            layout_revision: Some(journey.revision()),
            journey,
            history: History::new(),
            path: None,
            settings,
            selection: Selection::default(),
            canvas: CanvasView::default(),
            inspector: InspectorState::default(),
            structure: StructureState::default(),
            question: None,
            status: None,
            allow_close: false,
            shown_title: String::new(),
            dialogs,
        }
    }

    /// A window with `journey`, saved at `path`.
    pub fn with_journey(
        journey: Journey,
        path: Option<PathBuf>,
        settings: Settings,
        dialogs: Box<dyn FileDialogs>,
    ) -> Self {
        let mut app = Self::new(settings, dialogs);
        app.replace_journey(journey, path);
        app
    }

    /// The window as `polku FILE` opens it: with the map at `path`. A file that does not
    /// exist yet starts a new map that will be saved there; one that fails to load leaves
    /// a new map and says why.
    pub fn open_at_start(path: &Path, settings: Settings, dialogs: Box<dyn FileDialogs>) -> Self {
        let mut app = Self::new(settings, dialogs);
        if path.exists() {
            app.open(path);
        } else {
            app.path = Some(path.to_owned());
        }
        app
    }

    pub fn journey(&self) -> &Journey {
        &self.journey
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn canvas(&self) -> &CanvasView {
        &self.canvas
    }

    pub fn canvas_mut(&mut self) -> &mut CanvasView {
        &mut self.canvas
    }

    /// Whether the map differs from the file it was opened from or last saved to.
    pub fn is_modified(&self) -> bool {
        self.history.is_modified()
    }

    /// The question or problem on screen, if any.
    pub fn question(&self) -> Option<&Question> {
        self.question.as_ref()
    }

    /// The message in the status bar, if any.
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// The file name shown in the title and in questions.
    pub fn map_name(&self) -> String {
        self.path
            .as_ref()
            .and_then(|path| path.file_name())
            .map_or_else(
                || "Untitled".to_owned(),
                |name| name.to_string_lossy().into_owned(),
            )
    }

    /// What the window title says: the file name, marked when there are unsaved changes.
    pub fn title(&self) -> String {
        let mark = if self.is_modified() { "● " } else { "" };
        format!("{mark}{} — polku", self.map_name())
    }

    /// Puts `journey` in the window, as it is on disk at `path`.
    pub(super) fn replace_journey(&mut self, journey: Journey, path: Option<PathBuf>) {
        self.journey = journey;
        self.history = History::new();
        self.path = path;
        self.selection.clear();
        self.canvas = CanvasView::default();
        self.inspector = InspectorState::default();
        self.layout_revision = None;
        if let Some(path) = &self.path
            && path.exists()
        {
            self.settings.remember(path);
        }
    }

    /// Applies what the UI asked for during the frame.
    fn apply(&mut self, ctx: &egui::Context, requests: Requests) {
        let now = ctx.input(|i| i.time);
        if requests.end_typing {
            self.history.end_typing();
        }
        for change in requests.changes {
            if let Err(error) = self.history.apply(
                &mut self.journey,
                change.edit,
                &change.label,
                change.merge,
                now,
            ) {
                // The UI only asks for edits that fit the map it showed; if one does not,
                // nothing changed and the user should know.
                self.status = Some(format!("{} did not work: {error}", change.label));
            }
        }
        for command in requests.commands {
            self.run(ctx, command);
        }
        self.selection.retain_existing(&self.journey);
    }

    /// Lays the journey out again if it changed since the last frame.
    fn update_layout(&mut self) {
        if self.layout_revision != Some(self.journey.revision()) {
            self.layout = Layout::new(&self.journey);
            self.layout_revision = Some(self.journey.revision());
        }
    }

    /// Shows the whole window. (The [`eframe::App`] implementation calls this; tests and
    /// benchmarks call it directly, without eframe.)
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        ctx.set_theme(self.settings.theme_preference());
        self.handle_close_request(&ctx);
        self.update_layout();

        let mut requests = Requests::new(&self.journey);
        self.shortcuts(&ctx, &mut requests);
        self.dropped_files(&ctx, &mut requests);

        egui::Panel::top("menu bar").show(ui, |ui| {
            let state = crate::ui::menu::MenuState {
                undo: self.history.undo_label(),
                redo: self.history.redo_label(),
                recent: &self.settings.recent,
                theme: self.settings.theme,
                has_selection: !self.selection.is_empty(),
            };
            crate::ui::menu::menu_bar_ui(ui, &state, &mut requests);
        });
        egui::Panel::bottom("status bar").show(ui, |ui| self.status_ui(ui));
        egui::Panel::left("map panel")
            .resizable(true)
            .default_size(250.0)
            .size_range(180.0..=480.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        structure::structure_ui(
                            ui,
                            &self.journey,
                            &mut self.structure,
                            &mut requests,
                        );
                    });
            });
        egui::Panel::right("inspector")
            .resizable(true)
            .default_size(310.0)
            .size_range(220.0..=560.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        inspector::inspector_ui(
                            ui,
                            &self.journey,
                            &self.selection,
                            &mut self.inspector,
                            &mut requests,
                        );
                    });
            });
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                let response = canvas::canvas_ui(
                    ui,
                    &self.journey,
                    &self.layout,
                    &mut self.canvas,
                    &mut self.selection,
                    &mut requests,
                );
                if let Some(id) = response.edit_title {
                    self.inspector.focus_title = Some(id);
                }
            });

        if let Some(question) = &self.question
            && let Some(answer) = files::question_ui(&ctx, question, &self.map_name())
        {
            self.answer(&ctx, answer);
        }

        self.apply(&ctx, requests);
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    fn status_ui(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.label(format!(
                "{} touchpoints · {} links · {:.0}%",
                self.journey.touchpoint_count(),
                self.journey.link_count(),
                self.canvas.zoom() * 100.0
            ));
            if let Some(path) = &self.path {
                ui.separator();
                ui.weak(path.display().to_string());
            }
            if let Some(status) = &self.status {
                ui.separator();
                ui.label(status);
            }
        });
    }

    /// Closing the window with unsaved changes asks first.
    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.is_modified() && !self.allow_close
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.question = Some(Question::Unsaved(Leave::Quit));
        }
    }

    /// A `.ron` file dropped onto the window opens (asking first about unsaved changes).
    fn dropped_files(&mut self, ctx: &egui::Context, requests: &mut Requests) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect()
        });
        for path in dropped {
            if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
            {
                requests.command(Command::OpenRecent(path));
                break;
            }
            self.status = Some(format!("{} is not a polku map (.ron)", path.display()));
        }
    }
}

/// A file name made from a map's title: letters, digits and dashes.
fn file_name_for(title: &str) -> String {
    let name: String = title
        .chars()
        .flat_map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().collect::<Vec<_>>()
            } else {
                vec!['-']
            }
        })
        .collect();
    let name = name
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if name.is_empty() {
        "map".to_owned()
    } else {
        name
    }
}

impl eframe::App for PolkuApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.settings.save(storage);
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
            let dialogs = Box::new(NativeDialogs);
            let app = match &file {
                Some(path) => PolkuApp::open_at_start(path, settings, dialogs),
                None => PolkuApp::new(settings, dialogs),
            };
            if let Some(Question::Problem { message, .. }) = app.question() {
                eprintln!("{message}");
            }
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("polku could not open its window: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_come_from_titles() {
        assert_eq!(file_name_for("Service blueprint"), "service-blueprint");
        assert_eq!(file_name_for("Päiväkoti: haku!"), "päiväkoti-haku");
        assert_eq!(file_name_for("  "), "map");
    }
}
