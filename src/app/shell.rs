//! The window's shell: the editor session, the view state around it (selection, pan and
//! zoom, panels, the walkthrough, workshop mode), the settings and what waits on screen for an
//! answer. What the window does each frame is in `window.rs`; files, the disk, commands,
//! background work and recovery each in their own file.

use std::path::{Path, PathBuf};

use super::dialogs::FileDialogs;
use super::feedback::FeedbackState;
use super::job::Job;
use super::modal::{Modal, Modals, Question};
use super::session::EditorSession;
use super::settings::Settings;
use super::status;
use crate::model::analysis::Glasses;
use crate::model::templates::Template;
use crate::model::{Change, EditError, Journey, TouchpointId};
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
/// What the layout depends on besides the map: the journey's revision, the glasses of the
/// walk, the presentation view's window size, and the emotion row (shown, and for which
/// persona).
pub(super) type LayoutKey = (
    u64,
    Option<Glasses>,
    Option<[u32; 2]>,
    Option<Option<crate::model::PersonaId>>,
);

/// The window's state.
pub struct PolkuApp {
    /// The map, its undo history and its file: every change goes through it.
    pub(super) session: EditorSession,

    // Settings, kept between runs.
    pub(super) settings: Settings,

    // View state: never saved in the document.
    pub(super) selection: Selection,
    pub(super) canvas: CanvasView,
    pub(super) inspector: InspectorState,
    pub(super) structure: StructureState,
    /// The layout of the journey, as it was at `layout_key` (revision, the glasses of the
    /// walk, which leave lanes out, and in the presentation view the window's size, which
    /// sets the size of the cards' text).
    pub(super) layout: Layout,
    pub(super) layout_key: Option<LayoutKey>,
    /// Whether the presentation view is on: the map alone, fitted and centred.
    pub(super) presenting: bool,
    pub(super) filter: Filter,
    /// The filter the canvas last brought matches into view for.
    pub(super) filter_revealed: Filter,
    /// The touchpoints the filter shows, as worked out at a revision of the map for a
    /// filter (`None` inside: no filter is on).
    pub(super) emphasis: Option<(
        u64,
        Filter,
        Option<std::collections::HashSet<crate::model::TouchpointId>>,
    )>,
    pub(super) highlight: Option<Highlight>,
    pub(super) toolbar: ToolbarState,
    /// The walkthrough in progress, if the new customer glasses are on.
    pub(super) walkthrough: Option<Walkthrough>,
    /// The touchpoint the canvas was last centred on for the walkthrough.
    pub(super) walkthrough_centred: Option<TouchpointId>,
    /// What the last walkthrough found, shown when it ends.
    pub(super) walkthrough_summary: Option<Vec<Finding>>,
    /// Workshop mode, when it is on.
    pub(super) workshop: Option<WorkshopState>,
    /// Export or import work running in the background.
    pub(super) job: Option<Job>,
    /// The map's customer feedback and employee pulse, read in the background.
    pub(super) feedback: FeedbackState,
    pub(super) side_tab: SideTab,
    pub(super) people: PeopleState,
    /// The analyses of the journey at a revision, while the insights are shown.
    pub(super) insights: Option<(u64, crate::model::analysis::Insights)>,
    pub(super) insights_state: InsightsState,
    /// What waits on screen for an answer: one open, others in line.
    pub(super) modals: Modals,
    /// A short message in the status bar, such as why a paste did nothing.
    pub(super) status: Option<String>,
    /// How long the status message has been on screen, and what it is true of.
    pub(super) status_clock: status::StatusClock,
    /// The window may close even though the map has unsaved changes (the user said so).
    pub(super) allow_close: bool,
    pub(super) shown_title: String,

    pub(super) dialogs: Box<dyn FileDialogs>,
    /// A control had the keyboard at the end of the last frame. (egui lets go of a field's
    /// focus as soon as Esc or Enter arrives, before this frame is drawn.)
    pub(super) control_focused_last_frame: bool,
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
            highlight: None,
            toolbar: ToolbarState::default(),
            walkthrough: None,
            walkthrough_centred: None,
            walkthrough_summary: None,
            workshop: None,
            job: None,
            feedback: FeedbackState::default(),
            side_tab: SideTab::default(),
            people: PeopleState::default(),
            insights: None,
            insights_state: InsightsState::default(),
            session: EditorSession::new(journey),
            settings,
            selection: Selection::default(),
            canvas: CanvasView::default(),
            inspector: InspectorState::default(),
            structure: StructureState::default(),
            modals: Modals::default(),
            status: None,
            status_clock: status::StatusClock::default(),
            allow_close: false,
            shown_title: String::new(),
            dialogs,
            control_focused_last_frame: false,
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

    pub fn journey(&self) -> &Journey {
        self.session.journey()
    }

    pub fn path(&self) -> Option<&Path> {
        self.session.path()
    }

    /// What Undo would take back, in the window's language.
    pub fn undo_label(&self) -> Option<&str> {
        self.session.undo_label()
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

    /// The walkthrough in progress, if the new customer glasses are on.
    pub fn walkthrough(&self) -> Option<&Walkthrough> {
        self.walkthrough.as_ref()
    }

    /// Workshop mode's state, when it is on.
    pub fn workshop(&self) -> Option<&WorkshopState> {
        self.workshop.as_ref()
    }

    /// What the last walkthrough found, while its summary is on screen.
    pub fn walkthrough_summary(&self) -> Option<&[Finding]> {
        self.walkthrough_summary.as_deref()
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
        self.session.is_modified()
    }

    /// The question or problem on screen, if any.
    pub fn question(&self) -> Option<&Question> {
        self.modals.question()
    }

    /// Whether polku's own file dialog is on screen.
    pub fn is_picking_file(&self) -> bool {
        matches!(self.modals.open(), Some(Modal::FileDialog(..)))
    }

    /// Whether something on screen waits for an answer (a question, the recovered maps,
    /// the shortcut sheet, a file dialog): the map's keys wait meanwhile.
    pub(super) fn asking(&self) -> bool {
        self.modals.any()
    }

    /// The map's feedback as last read: what the canvas, the inspector and the insights
    /// show. None when the map names no sources, or before they were first read.
    pub fn feedback(&self) -> Option<&crate::io::feedback::MapFeedback> {
        self.feedback.shown.as_deref()
    }

    /// Whether the map's feedback is being read in the background.
    pub fn is_reading_feedback(&self) -> bool {
        self.feedback.is_reading()
    }

    /// The message in the status bar, if any.
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// The file name shown in the title and in questions.
    pub fn map_name(&self) -> String {
        self.session.map_name()
    }

    /// What the window title says: the file name, marked when there are unsaved changes.
    pub fn title(&self) -> String {
        let mark = if self.is_modified() { "● " } else { "" };
        format!("{mark}{} — polku", self.map_name())
    }

    /// Puts `journey` in the window, as it is on disk at `path`.
    pub(super) fn replace_journey(&mut self, journey: Journey, path: Option<PathBuf>) {
        self.session.replace(journey, path);
        self.selection.clear();
        self.canvas = CanvasView::default();
        self.inspector = InspectorState::default();
        self.filter = Filter::default();
        self.emphasis = None;
        self.highlight = None;
        self.walkthrough = None;
        self.walkthrough_summary = None;
        self.layout_key = None;
        // Every view of the old map goes with it: its analyses, a path being recorded, a
        // question about one of its lanes, the workshop's lane and stage.
        self.insights = None;
        self.insights_state = InsightsState::default();
        // The old map's feedback goes at once (ids begin at 1 in every map: its figures
        // would land on unrelated cards), and so do the days chosen for it; the period
        // compared is the user's habit, and stays.
        self.feedback.forget_map();
        self.people = PeopleState::default();
        self.structure = StructureState::default();
        if let Some(workshop) = &mut self.workshop {
            let started = (workshop.started_secs, workshop.paused_secs);
            *workshop = WorkshopState::start(self.session.journey(), 0.0);
            (workshop.started_secs, workshop.paused_secs) = started;
        }
        if let Some(path) = self.session.path()
            && path.exists()
        {
            self.settings.remember(path);
        }
    }

    /// Makes one change to the map, as one undo step (or folded into the typing before
    /// it), at `now` seconds of the window's clock: through the session's one doorway,
    /// as every change from the window does.
    pub fn change(&mut self, change: Change, now: f64) -> Result<(), EditError> {
        self.session.apply(change, now)
    }

    /// Lets the status message go when it has been on screen long enough, or when the map
    /// changed under a message that spoke for it ("Saved …"); while one stays, asks for
    /// the frame that takes it away, and for no other.
    pub(super) fn tend_status(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        let revision = self.session.journey().revision();
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
    pub(super) fn say_of_this_version(&mut self, text: String) {
        self.status_clock
            .true_at(&text, self.session.journey().revision());
        self.status = Some(text);
    }
}

/// What the panel at the right shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SideTab {
    /// The selection's fields.
    #[default]
    Inspector,
    /// The analyses: what to fix first.
    Insights,
    /// Personas and promises.
    People,
}

impl SideTab {
    pub(super) const ALL: [Self; 3] = [Self::Inspector, Self::Insights, Self::People];

    pub(super) fn name(self) -> String {
        match self {
            Self::Inspector => crate::tr!("app-tab-inspector"),
            Self::Insights => crate::tr!("app-tab-insights"),
            Self::People => crate::tr!("app-tab-people"),
        }
    }
}
