//! The eframe app: owns the journey, its undo history and the open file, and shows the
//! window around the canvas.
//!
//! This is the only place that changes the document: the UI returns requests during a
//! frame, and [`PolkuApp`] applies them at its end, through the [`History`].

mod commands;
mod disk;
mod exchange;
pub mod files;
mod modes;
pub mod recovery;
pub mod settings;
mod status;
mod window;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::io::recovery::Session;
use crate::model::analysis::Glasses;
use crate::model::templates::Template;
use crate::model::{History, Journey, TouchpointId};
use crate::ui::Requests;
use crate::ui::canvas::CanvasView;
use crate::ui::canvas::layout::Layout;
use crate::ui::filter::{Filter, Highlight};
use crate::ui::insights::InsightsState;
use crate::ui::inspector::InspectorState;
use crate::ui::people::PeopleState;
use crate::ui::selection::Selection;
use crate::ui::structure::StructureState;
use crate::ui::toolbar::ToolbarState;
use crate::ui::walkthrough::{Finding, Walkthrough};
use crate::ui::workshop::WorkshopState;
use files::{FileDialogs, NativeDialogs, Question};
use settings::Settings;

/// The window's state.
/// What the layout depends on besides the map: the journey's revision, the glasses of the
/// walk, the presentation view's window size, and the emotion row (shown, and for which
/// persona).
type LayoutKey = (
    u64,
    Option<Glasses>,
    Option<[u32; 2]>,
    Option<Option<crate::model::PersonaId>>,
);

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
    /// The layout of the journey, as it was at `layout_key` (revision, the glasses of the
    /// walk, which leave lanes out, and in the presentation view the window's size, which
    /// sets the size of the cards' text).
    layout: Layout,
    layout_key: Option<LayoutKey>,
    /// Whether the presentation view is on: the map alone, fitted and centred.
    presenting: bool,
    filter: Filter,
    /// The filter the canvas last brought matches into view for.
    filter_revealed: Filter,
    /// The touchpoints the filter shows, as worked out at a revision of the map for a
    /// filter (`None` inside: no filter is on).
    emphasis: Option<(
        u64,
        Filter,
        Option<std::collections::HashSet<crate::model::TouchpointId>>,
    )>,
    /// Counts the maps put in the window, so work begun on one map is not taken for work
    /// on the next (revisions start again at each).
    generation: u64,
    highlight: Option<Highlight>,
    toolbar: ToolbarState,
    /// The walk in progress, if the new customer glasses are on.
    walk: Option<Walkthrough>,
    /// The touchpoint the canvas was last centred on for the walk.
    walk_centred: Option<TouchpointId>,
    /// What the last walk found, shown when it ends.
    walk_summary: Option<Vec<Finding>>,
    /// Workshop mode, when it is on.
    workshop: Option<WorkshopState>,
    /// Export or import work running in the background.
    job: Option<exchange::Job>,
    /// A message to show once the question on screen (if any) is answered, such as the
    /// rows an import left out.
    pending_notice: Option<Question>,
    side_tab: window::SideTab,
    people: PeopleState,
    /// The analyses of the journey at a revision, while the insights are shown.
    insights: Option<(u64, crate::model::analysis::Insights)>,
    insights_state: InsightsState,
    question: Option<Question>,
    /// A short message in the status bar, such as why a paste did nothing.
    status: Option<String>,
    /// How long the status message has been on screen, and what it is true of.
    status_clock: status::StatusClock,
    /// The window may close even though the map has unsaved changes (the user said so).
    allow_close: bool,
    shown_title: String,

    dialogs: Box<dyn FileDialogs>,
    /// Keeps the recovery copy, when the window runs with a recovery folder.
    autosave: Option<recovery::AutoSave>,
    /// A control had the keyboard at the end of the last frame. (egui lets go of a field's
    /// focus as soon as Esc or Enter arrives, before this frame is drawn.)
    control_focused_last_frame: bool,
    /// The shortcut sheet, while it is open.
    palette: Option<crate::ui::palette::Palette>,
    /// The open file on disk, as the map last matched it.
    watch: disk::Watch,
    /// Maps a crash left behind, waiting for the user's choice.
    recovered: Vec<crate::io::recovery::Recovered>,
    /// polku's own file dialog, while it asks, and what for.
    file_dialog: Option<(crate::ui::file_dialog::InWindowDialog, files::Purpose)>,
}

impl PolkuApp {
    /// A window with a new map from the blueprint template.
    pub fn new(settings: Settings, dialogs: Box<dyn FileDialogs>) -> Self {
        // The window's thread speaks the language of the settings, the new map too.
        crate::i18n::set_language(settings.language());
        let journey = Template::Blueprint.journey();
        Self {
            layout: Layout::new(&journey),
            layout_key: None,
            presenting: false,
            filter: Filter::default(),
            filter_revealed: Filter::default(),
            emphasis: None,
            generation: 0,
            highlight: None,
            toolbar: ToolbarState::default(),
            walk: None,
            walk_centred: None,
            walk_summary: None,
            workshop: None,
            job: None,
            pending_notice: None,
            side_tab: window::SideTab::default(),
            people: PeopleState::default(),
            insights: None,
            insights_state: InsightsState::default(),
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
            status_clock: status::StatusClock::default(),
            allow_close: false,
            shown_title: String::new(),
            dialogs,
            autosave: None,
            watch: disk::Watch::default(),
            palette: None,
            control_focused_last_frame: false,
            recovered: Vec::new(),
            file_dialog: None,
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
            app.watch_from_disk();
        }
        app
    }

    pub fn journey(&self) -> &Journey {
        &self.journey
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Selects these touchpoints, as clicking them with Shift would (for tests and
    /// benchmarks that start from a selection).
    pub fn select_touchpoints(&mut self, ids: &[crate::model::TouchpointId]) {
        self.selection.clear();
        self.selection.touchpoints.extend(ids.iter().copied());
    }

    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Whether the presentation view is on.
    pub fn is_presenting(&self) -> bool {
        self.presenting
    }

    pub fn canvas(&self) -> &CanvasView {
        &self.canvas
    }

    pub fn canvas_mut(&mut self) -> &mut CanvasView {
        &mut self.canvas
    }

    /// The walk in progress, if the new customer glasses are on.
    pub fn walk(&self) -> Option<&Walkthrough> {
        self.walk.as_ref()
    }

    /// Workshop mode's state, when it is on.
    pub fn workshop(&self) -> Option<&WorkshopState> {
        self.workshop.as_ref()
    }

    /// What the last walk found, while its summary is on screen.
    pub fn walk_summary(&self) -> Option<&[Finding]> {
        self.walk_summary.as_deref()
    }

    /// A persona's path or a promise marked out on the canvas.
    pub fn highlight(&self) -> Option<Highlight> {
        self.highlight
    }

    pub fn filter(&self) -> &Filter {
        &self.filter
    }

    pub fn filter_mut(&mut self) -> &mut Filter {
        &mut self.filter
    }

    /// The layout the canvas shows.
    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// Whether the map differs from the file it was opened from or last saved to.
    pub fn is_modified(&self) -> bool {
        self.history.is_modified()
    }

    /// The question or problem on screen, if any.
    pub fn question(&self) -> Option<&Question> {
        self.question.as_ref()
    }

    /// Whether polku's own file dialog is on screen.
    pub fn is_picking_file(&self) -> bool {
        self.file_dialog.is_some()
    }

    /// Whether something on screen waits for an answer (a question, the recovered maps,
    /// the shortcut sheet, a file dialog): the map's keys wait meanwhile.
    fn asking(&self) -> bool {
        self.question.is_some()
            || !self.recovered.is_empty()
            || self.palette.is_some()
            || self.file_dialog.is_some()
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
                || crate::tr!("app-untitled"),
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
        self.watch_from_disk();
        self.selection.clear();
        self.canvas = CanvasView::default();
        self.inspector = InspectorState::default();
        self.filter = Filter::default();
        self.emphasis = None;
        self.generation += 1;
        self.highlight = None;
        self.walk = None;
        self.walk_summary = None;
        self.layout_key = None;
        // Every view of the old map goes with it: its analyses, a path being recorded, a
        // question about one of its lanes, the workshop's lane and stage.
        self.insights = None;
        self.insights_state = InsightsState::default();
        self.people = PeopleState::default();
        self.structure = StructureState::default();
        if let Some(workshop) = &mut self.workshop {
            let started = (workshop.started_secs, workshop.paused_secs);
            *workshop = WorkshopState::start(&self.journey, 0.0);
            (workshop.started_secs, workshop.paused_secs) = started;
        }
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
            let label = change.label.clone();
            if let Err(error) = self.change(change, now) {
                // The UI only asks for edits that fit the map it showed; if one does not,
                // nothing changed and the user should know.
                self.status = Some(crate::tr!(
                    "app-edit-failed",
                    what = label.as_str(),
                    error = error.to_string(),
                ));
            }
        }
        for command in requests.commands {
            self.run(ctx, command);
        }
        self.selection.retain_existing(&self.journey);
        self.tend_status(ctx);
    }

    /// Makes one change to the map, as one undo step (or folded into the typing before
    /// it), at `now` seconds of the window's clock.
    pub fn change(
        &mut self,
        change: crate::ui::Change,
        now: f64,
    ) -> Result<(), crate::model::EditError> {
        self.history.apply(
            &mut self.journey,
            change.edit,
            &change.label,
            change.merge,
            now,
        )
    }

    /// Lets the status message go when it has been on screen long enough, or when the map
    /// changed under a message that spoke for it ("Saved …"); while one stays, asks for
    /// the frame that takes it away, and for no other.
    fn tend_status(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        let revision = self.journey.revision();
        match self
            .status_clock
            .tend(self.status.as_deref(), now, revision)
        {
            status::Verdict::Nothing => {}
            status::Verdict::Stays { for_secs } => {
                ctx.request_repaint_after_secs(for_secs as f32);
            }
            status::Verdict::Goes => self.status = None,
        }
    }

    /// Says `text` in the status bar, as true of the map as it is now only: it goes when
    /// the map changes, so "Saved" never stays beside the title's mark of unsaved changes.
    fn say_of_this_version(&mut self, text: String) {
        self.status_clock.true_at(&text, self.journey.revision());
        self.status = Some(text);
    }
}

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
