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

    /// The theme's name, as the View menu shows it.
    pub fn name(self) -> String {
        match self {
            Self::Light => crate::tr!("app-theme-light"),
            Self::Dark => crate::tr!("app-theme-dark"),
            Self::System => crate::tr!("app-theme-system"),
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
    /// A PDF of A4 pages to tape together, the map large enough to read.
    TiledA4,
    /// A PDF of A3 pages to tape together, the map large enough to read.
    TiledA3,
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
    pub const ALL: [Self; 11] = [
        Self::Svg,
        Self::Png,
        Self::Pdf,
        Self::Poster(PosterSize::A3),
        Self::Poster(PosterSize::A1),
        Self::Poster(PosterSize::A0),
        Self::TiledA4,
        Self::TiledA3,
        Self::Markdown,
        Self::Html,
        Self::Csv,
    ];

    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Svg => "svg",
            Self::Png => "png",
            Self::Pdf | Self::Poster(_) | Self::TiledA4 | Self::TiledA3 => "pdf",
            Self::Markdown => "md",
            Self::Html => "html",
            Self::Csv => "csv",
        }
    }

    /// The menu text, in File → Export.
    pub fn name(self) -> String {
        match self {
            Self::Svg => crate::tr!("app-export-svg"),
            Self::Png => crate::tr!("app-export-png"),
            Self::Pdf => crate::tr!("app-export-pdf"),
            Self::Poster(size) => crate::tr!(
                "app-export-poster",
                size = match size {
                    PosterSize::A3 => "A3",
                    PosterSize::A1 => "A1",
                    PosterSize::A0 => "A0",
                }
            ),
            Self::TiledA4 => crate::tr!("app-export-tiled", size = "A4"),
            Self::TiledA3 => crate::tr!("app-export-tiled", size = "A3"),
            Self::Markdown => crate::tr!("app-export-markdown"),
            Self::Html => crate::tr!("app-export-html"),
            Self::Csv => crate::tr!("app-export-csv"),
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
    /// Lay the cards out in columns by the order their links lead (one undo step).
    Tidy,
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
    /// Merge another copy of the map (a colleague's, a cloud folder's conflicted copy).
    MergeCopy,
    /// Name a file of customer feedback or employee pulse as a source of the map.
    AddFeedback,
    /// Keep (or stop keeping) the previous version as `NAME.ron.bak` when saving.
    ToggleBackups,
    /// Show or hide the emotion row under the lanes.
    ToggleEmotionRow,
    /// Ask for files with polku's own dialog in the window, not the system's.
    ToggleOwnFileDialog,
    /// Put on or take off the new customer glasses.
    ToggleWalkthrough,
    /// Search the map (Ctrl+F).
    Find,
    /// Switch workshop mode on or off (full screen, large text, high contrast).
    ToggleWorkshop,
    /// Show the map alone, whole, fitted and centred, with text large enough to read
    /// (F5; Esc or F5 again goes back).
    Present,
    /// Show the shortcut sheet, where every command can be found and run (F1 or ?).
    ShowShortcuts,
    /// Select a touchpoint and bring it into view (from a list in a panel).
    ShowTouchpoint(crate::model::TouchpointId),
    /// Select a link and bring it into view.
    ShowLink(crate::model::LinkId),
}

/// Where the keyboard is read: on the map, or during a walk (whose own keys come first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Map,
    Walk,
}

impl Command {
    /// Every command that has keys, in the order the key handler tries them.
    pub const WITH_KEYS: [Self; 22] = [
        Self::ShowShortcuts,
        Self::ToggleWorkshop,
        Self::Present,
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
        Self::Delete,
        Self::SelectAll,
        Self::FitView,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ActualSize,
        Self::Close,
    ];

    /// The menu text.
    pub fn text(&self) -> String {
        match self {
            Self::New(template) => match template {
                Template::Blueprint => crate::tr!("app-new-blueprint"),
                Template::Journey => crate::tr!("app-new-journey"),
                Template::Employee => crate::tr!("app-new-employee"),
            },
            Self::Open => crate::tr!("app-command-open"),
            Self::OpenRecent(path) => path.display().to_string(),
            Self::ClearRecent => crate::tr!("app-command-clear-recent"),
            Self::Save => crate::tr!("app-command-save"),
            Self::SaveAs => crate::tr!("app-command-save-as"),
            Self::Close => crate::tr!("app-command-quit"),
            Self::Undo => crate::tr!("app-command-undo"),
            Self::Redo => crate::tr!("app-command-redo"),
            Self::Cut => crate::tr!("app-command-cut"),
            Self::Copy => crate::tr!("app-command-copy"),
            Self::Paste => crate::tr!("app-command-paste"),
            Self::Duplicate => crate::tr!("app-command-duplicate"),
            Self::Delete => crate::tr!("app-command-delete"),
            Self::SelectAll => crate::tr!("app-command-select-all"),
            Self::Tidy => crate::tr!("app-command-tidy"),
            Self::FitView => crate::tr!("app-command-fit-view"),
            Self::ZoomIn => crate::tr!("app-command-zoom-in"),
            Self::ZoomOut => crate::tr!("app-command-zoom-out"),
            Self::ActualSize => crate::tr!("app-command-actual-size"),
            Self::SetTheme(theme) => theme.name(),
            Self::SetLanguage(Some(language)) => language.native_name().to_owned(),
            Self::SetLanguage(None) => crate::tr!("language-system"),
            Self::Export(kind) => kind.name(),
            Self::Import => crate::tr!("app-command-import"),
            Self::MergeCopy => crate::tr!("app-command-merge-copy"),
            Self::AddFeedback => crate::tr!("app-command-add-feedback"),
            Self::ToggleBackups => crate::tr!("app-command-keep-backup"),
            Self::ToggleEmotionRow => crate::tr!("app-command-emotion-row"),
            Self::ToggleOwnFileDialog => crate::tr!("app-command-own-file-dialog"),
            Self::ToggleWalkthrough => crate::tr!("app-command-glasses"),
            Self::Find => crate::tr!("app-command-find"),
            Self::ToggleWorkshop => crate::tr!("app-command-workshop"),
            Self::Present => crate::tr!("app-command-present"),
            Self::ShowShortcuts => crate::tr!("keys-command"),
            Self::ShowTouchpoint(_) => crate::tr!("app-command-show-touchpoint"),
            Self::ShowLink(_) => crate::tr!("app-command-show-link"),
        }
    }

    /// The command's keys: the first is the one menus show, the others do the same
    /// (Ctrl+Y redoes as Ctrl+Shift+Z does; Backspace deletes as Delete does).
    ///
    /// Ctrl+C, Ctrl+X and Ctrl+V reach egui as copy, cut and paste events rather than as
    /// keys, so they are shown here but handled from those events.
    pub fn keys(&self) -> &'static [KeyboardShortcut] {
        const fn command(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::COMMAND, key)
        }
        const fn command_shift(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(
                Modifiers {
                    shift: true,
                    ..Modifiers::COMMAND
                },
                key,
            )
        }
        const fn plain(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::NONE, key)
        }
        // The keys are constants, so the table can hand out `'static` slices of them.
        macro_rules! keys {
            ($($key:expr),+) => {{
                const KEYS: &[KeyboardShortcut] = &[$($key),+];
                KEYS
            }};
        }
        match self {
            Self::New(Template::Blueprint) => keys!(command(Key::N)),
            Self::Open => keys!(command(Key::O)),
            Self::Save => keys!(command(Key::S)),
            Self::SaveAs => keys!(command_shift(Key::S)),
            Self::Close => keys!(command(Key::Q)),
            Self::Undo => keys!(command(Key::Z)),
            Self::Redo => keys!(command_shift(Key::Z), command(Key::Y)),
            Self::Cut => keys!(command(Key::X)),
            Self::Copy => keys!(command(Key::C)),
            Self::Paste => keys!(command(Key::V)),
            Self::Duplicate => keys!(command(Key::D)),
            Self::Delete => keys!(plain(Key::Delete), plain(Key::Backspace)),
            Self::SelectAll => keys!(command(Key::A)),
            Self::FitView => keys!(plain(Key::F)),
            Self::ZoomIn => keys!(command(Key::Plus)),
            Self::ZoomOut => keys!(command(Key::Minus)),
            Self::ActualSize => keys!(command(Key::Num0)),
            Self::ToggleWalkthrough => keys!(plain(Key::G)),
            Self::Find => keys!(command(Key::F)),
            Self::ToggleWorkshop => keys!(plain(Key::F11)),
            Self::Present => keys!(plain(Key::F5)),
            Self::ShowShortcuts => keys!(plain(Key::F1), plain(Key::Questionmark)),
            _ => &[],
        }
    }

    /// The keyboard shortcut the menus show, if the command has one.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        self.keys().first().copied()
    }

    /// Whether `key` (one of the command's keys) works in `mode`, `typing` or not (a
    /// text field has the keyboard). A key that types a character never works while
    /// typing; commands that act on the map's contents wait while typing, where the same
    /// keys edit text (Ctrl+Z, Ctrl+A, Delete); during a walk the map changes only through
    /// the walk's own keys, and Ctrl+Z, which undoes them.
    pub fn works(&self, key: &KeyboardShortcut, mode: Mode, typing: bool) -> bool {
        if typing && types_text(key) {
            return false;
        }
        if !self.acts_on_canvas() {
            return true;
        }
        let kept_while_walking = matches!(self, Self::Undo | Self::Redo | Self::ToggleWalkthrough);
        !typing && (mode == Mode::Map || kept_while_walking)
    }

    /// Whether the command arrives as a clipboard event rather than as keys.
    pub fn is_clipboard(&self) -> bool {
        matches!(self, Self::Copy | Self::Cut | Self::Paste)
    }

    /// The shortcut as the menu shows it ("Ctrl+S").
    pub fn shortcut_text(&self, ctx: &egui::Context) -> Option<String> {
        self.shortcut()
            .map(|shortcut| ctx.format_shortcut(&shortcut))
    }

    /// Whether the command changes or acts on the map's contents, so it must wait while a
    /// text field has the keyboard (where Ctrl+Z and Ctrl+A mean the text's own).
    fn acts_on_canvas(&self) -> bool {
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
                | Self::Tidy
                | Self::FitView
                | Self::ToggleWalkthrough
        )
    }
}

/// Whether `key` would type a character into a text field: a key without Ctrl, Alt or
/// Cmd that is not a function key.
fn types_text(key: &KeyboardShortcut) -> bool {
    let function_key = matches!(
        key.logical_key,
        Key::F1
            | Key::F2
            | Key::F3
            | Key::F4
            | Key::F5
            | Key::F6
            | Key::F7
            | Key::F8
            | Key::F9
            | Key::F10
            | Key::F11
            | Key::F12
            | Key::Escape
    );
    let held = key.modifiers.command || key.modifiers.ctrl || key.modifiers.alt;
    !held && !key.modifiers.mac_cmd && !function_key
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, set_language};

    #[test]
    fn menu_texts_follow_the_language() {
        let poster = Command::Export(ExportKind::Poster(PosterSize::A1));
        set_language(Language::English);
        assert_eq!(poster.text(), "Poster, A1 (PDF)…");
        assert_eq!(Command::SaveAs.text(), "Save as…");
        set_language(Language::Finnish);
        assert_eq!(poster.text(), "Juliste, A1 (PDF)…");
        assert_eq!(Command::SaveAs.text(), "Tallenna nimellä…");
        assert_eq!(
            Command::SetTheme(Theme::System).text(),
            "Järjestelmän mukaan"
        );
    }

    #[test]
    fn no_two_commands_share_a_key_in_the_same_mode() {
        use crate::ui::canvas::keys as map;
        use crate::ui::walkthrough::keys as walk;
        for mode in [Mode::Map, Mode::Walk] {
            let mut taken: Vec<(String, KeyboardShortcut)> = Vec::new();
            let mut take = |what: String, key: KeyboardShortcut| {
                let clash = taken.iter().find(|(_, other)| {
                    other.logical_key == key.logical_key && other.modifiers == key.modifiers
                });
                assert!(
                    clash.is_none(),
                    "{what} and {:?} both use {key:?} in {mode:?}",
                    clash.map(|(other, _)| other)
                );
                taken.push((what, key));
            };
            for command in Command::WITH_KEYS {
                assert!(!command.keys().is_empty(), "{command:?} has no keys");
                for key in command.keys() {
                    if command.works(key, mode, false) {
                        take(format!("{command:?}"), *key);
                    }
                }
            }
            let plain = |key| KeyboardShortcut::new(Modifiers::NONE, key);
            match mode {
                Mode::Map => {
                    for (name, key) in [
                        ("next card", map::NEXT_CARD),
                        ("previous card", map::PREVIOUS_CARD),
                        ("edit title", map::EDIT_TITLE),
                        ("add after", map::ADD_AFTER),
                        ("link", map::LINK),
                        ("clear", map::CLEAR),
                    ] {
                        take(name.to_owned(), key);
                    }
                    for (key, _) in map::ARROWS {
                        for modifiers in [Modifiers::NONE, Modifiers::SHIFT, Modifiers::ALT] {
                            take(
                                format!("arrow {key:?}"),
                                KeyboardShortcut::new(modifiers, key),
                            );
                        }
                    }
                }
                Mode::Walk => {
                    for key in walk::all() {
                        take(format!("walk {key:?}"), plain(key));
                    }
                }
            }
        }
    }

    #[test]
    fn keys_that_type_text_wait_while_typing() {
        let question = KeyboardShortcut::new(Modifiers::NONE, Key::Questionmark);
        assert!(Command::ShowShortcuts.works(&question, Mode::Map, false));
        assert!(!Command::ShowShortcuts.works(&question, Mode::Map, true));
        let f1 = KeyboardShortcut::new(Modifiers::NONE, Key::F1);
        assert!(Command::ShowShortcuts.works(&f1, Mode::Map, true));
        let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
        assert!(!Command::Undo.works(&undo, Mode::Map, true));
        assert!(Command::Undo.works(&undo, Mode::Walk, false));
        let delete = KeyboardShortcut::new(Modifiers::NONE, Key::Delete);
        assert!(!Command::Delete.works(&delete, Mode::Walk, false));
    }
}
