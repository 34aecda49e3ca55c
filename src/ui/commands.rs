//! Commands: everything the menus and keyboard shortcuts can ask for, each with its text
//! and shortcut in one place. The app carries them out (`app::commands`).

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::model::templates::Template;

/// How the window looks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Theme {
    Light,
    Dark,
    /// Light or dark, as the operating system is set.
    #[default]
    System,
}

impl Theme {
    pub const ALL: [Self; 3] = [Self::Light, Self::Dark, Self::System];

    pub fn name(self) -> &'static str {
        match self {
            Self::Light => "Light",
            Self::Dark => "Dark",
            Self::System => "Follow the system",
        }
    }
}

/// What File → Export writes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ExportKind {
    Svg,
    /// A PNG at twice the map's size, sharp enough for slides.
    Png,
    /// A PDF page the size of the map.
    Pdf,
    /// A PDF poster: the map fitted onto an A3, A1 or A0 page.
    Poster(PosterSize),
    Markdown,
    Html,
    /// One row per touchpoint, in the inventory format File → Import reads.
    Csv,
}

/// Poster paper sizes, landscape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PosterSize {
    A3,
    A1,
    A0,
}

impl ExportKind {
    pub const ALL: [Self; 9] = [
        Self::Svg,
        Self::Png,
        Self::Pdf,
        Self::Poster(PosterSize::A3),
        Self::Poster(PosterSize::A1),
        Self::Poster(PosterSize::A0),
        Self::Markdown,
        Self::Html,
        Self::Csv,
    ];

    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Svg => "svg",
            Self::Png => "png",
            Self::Pdf | Self::Poster(_) => "pdf",
            Self::Markdown => "md",
            Self::Html => "html",
            Self::Csv => "csv",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Svg => "Picture (SVG)…",
            Self::Png => "Picture (PNG)…",
            Self::Pdf => "Picture (PDF)…",
            Self::Poster(PosterSize::A3) => "Poster, A3 (PDF)…",
            Self::Poster(PosterSize::A1) => "Poster, A1 (PDF)…",
            Self::Poster(PosterSize::A0) => "Poster, A0 (PDF)…",
            Self::Markdown => "Report (Markdown)…",
            Self::Html => "Report (web page)…",
            Self::Csv => "Touchpoint inventory (CSV)…",
        }
    }
}

/// Something the user asked for through a menu or a shortcut.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    New(Template),
    Open,
    OpenRecent(PathBuf),
    ClearRecent,
    Save,
    SaveAs,
    Close,
    Undo,
    Redo,
    Cut,
    Copy,
    Paste,
    Duplicate,
    Delete,
    SelectAll,
    FitView,
    ZoomIn,
    ZoomOut,
    ActualSize,
    SetTheme(Theme),
    /// Speak this language, or the system's (`None`).
    SetLanguage(Option<crate::i18n::Language>),
    /// Write the map in another form (a picture, a report, a spreadsheet).
    Export(ExportKind),
    /// Make a new map from a touchpoint inventory (CSV).
    Import,
    /// Keep (or stop keeping) the previous version as `NAME.ron.bak` when saving.
    ToggleBackups,
    /// Put on or take off the new customer glasses.
    ToggleWalkthrough,
    /// Search the map (Ctrl+F).
    Find,
    /// Switch workshop mode on or off (full screen, large text, high contrast).
    ToggleWorkshop,
    /// Select a touchpoint and bring it into view (from a list in a panel).
    ShowTouchpoint(crate::model::TouchpointId),
    /// Select a link and bring it into view.
    ShowLink(crate::model::LinkId),
}

impl Command {
    /// The commands that have a keyboard shortcut, in the order they are checked.
    pub const WITH_SHORTCUTS: [Self; 18] = [
        Self::ToggleWorkshop,
        Self::Find,
        Self::ToggleWalkthrough,
        Self::New(Template::Blueprint),
        Self::Open,
        Self::SaveAs,
        Self::Save,
        Self::Redo,
        Self::Undo,
        Self::Cut,
        Self::Copy,
        Self::Paste,
        Self::Duplicate,
        Self::SelectAll,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ActualSize,
        Self::Close,
    ];

    /// The menu text.
    pub fn text(&self) -> String {
        match self {
            Self::New(template) => match template {
                Template::Blueprint => "Service blueprint".to_owned(),
                Template::Journey => "Customer journey map".to_owned(),
                Template::Employee => "Employee journey".to_owned(),
            },
            Self::Open => "Open…".to_owned(),
            Self::OpenRecent(path) => path.display().to_string(),
            Self::ClearRecent => "Clear recent files".to_owned(),
            Self::Save => "Save".to_owned(),
            Self::SaveAs => "Save as…".to_owned(),
            Self::Close => "Quit".to_owned(),
            Self::Undo => "Undo".to_owned(),
            Self::Redo => "Redo".to_owned(),
            Self::Cut => "Cut".to_owned(),
            Self::Copy => "Copy".to_owned(),
            Self::Paste => "Paste".to_owned(),
            Self::Duplicate => "Duplicate".to_owned(),
            Self::Delete => "Delete".to_owned(),
            Self::SelectAll => "Select all".to_owned(),
            Self::FitView => "Fit map to window".to_owned(),
            Self::ZoomIn => "Zoom in".to_owned(),
            Self::ZoomOut => "Zoom out".to_owned(),
            Self::ActualSize => "Actual size (100%)".to_owned(),
            Self::SetTheme(theme) => theme.name().to_owned(),
            Self::SetLanguage(Some(language)) => language.native_name().to_owned(),
            Self::SetLanguage(None) => crate::tr!("language-system"),
            Self::Export(kind) => kind.name().to_owned(),
            Self::Import => "Import touchpoint inventory (CSV)…".to_owned(),
            Self::ToggleBackups => "Keep a backup when saving".to_owned(),
            Self::ToggleWalkthrough => "New customer glasses".to_owned(),
            Self::Find => "Find…".to_owned(),
            Self::ToggleWorkshop => "Workshop mode".to_owned(),
            Self::ShowTouchpoint(_) => "Show touchpoint".to_owned(),
            Self::ShowLink(_) => "Show link".to_owned(),
        }
    }

    /// The keyboard shortcut, if the command has one.
    ///
    /// Ctrl+C, Ctrl+X and Ctrl+V reach egui as copy, cut and paste events rather than as
    /// keys, so they are shown here but handled from those events.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let command = |key| Some(KeyboardShortcut::new(Modifiers::COMMAND, key));
        let command_shift = |key| {
            Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                key,
            ))
        };
        let plain = |key| Some(KeyboardShortcut::new(Modifiers::NONE, key));
        match self {
            Self::New(Template::Blueprint) => command(Key::N),
            Self::Open => command(Key::O),
            Self::Save => command(Key::S),
            Self::SaveAs => command_shift(Key::S),
            Self::Close => command(Key::Q),
            Self::Undo => command(Key::Z),
            Self::Redo => command_shift(Key::Z),
            Self::Cut => command(Key::X),
            Self::Copy => command(Key::C),
            Self::Paste => command(Key::V),
            Self::Duplicate => command(Key::D),
            Self::Delete => plain(Key::Delete),
            Self::SelectAll => command(Key::A),
            Self::FitView => plain(Key::F),
            Self::ZoomIn => command(Key::Plus),
            Self::ZoomOut => command(Key::Minus),
            Self::ActualSize => command(Key::Num0),
            Self::ToggleWalkthrough => plain(Key::G),
            Self::Find => command(Key::F),
            Self::ToggleWorkshop => plain(Key::F11),
            _ => None,
        }
    }

    /// The shortcut as the menu shows it ("Ctrl+S").
    pub fn shortcut_text(&self, ctx: &egui::Context) -> Option<String> {
        self.shortcut()
            .map(|shortcut| ctx.format_shortcut(&shortcut))
    }

    /// Whether the command changes or acts on the map's contents, so it must wait while a
    /// text field has the keyboard (where Ctrl+Z and Ctrl+A mean the text's own).
    pub fn acts_on_canvas(&self) -> bool {
        matches!(
            self,
            Self::Undo
                | Self::Redo
                | Self::Cut
                | Self::Copy
                | Self::Paste
                | Self::Duplicate
                | Self::Delete
                | Self::SelectAll
                | Self::FitView
                | Self::ToggleWalkthrough
        )
    }
}
