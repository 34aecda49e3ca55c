//! polku's own file dialog, inside the window, for when the system has none to show (no
//! desktop portal, as on a kiosk or a minimal workshop laptop), or the user prefers it.
//!
//! It asks for a path and nothing else: what happens with the path (opening, saving,
//! asking before a file is replaced) is the app's business. It is written here rather
//! than taken from a crate: the one that fits egui 0.37 (`egui_file`) draws emoji that
//! polku's fonts do not have and leaves its text fields without names for screen readers.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use crate::io::folder::{self, Entry};
use crate::tr;

/// What the dialog asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// An existing file, of one of these endings.
    Open(&'static [&'static str]),
    /// A file to write, new or not.
    Save,
}

/// How a dialog ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ended {
    Chosen(PathBuf),
    Cancelled,
}

/// The dialog on screen.
pub struct InWindowDialog {
    title: String,
    kind: Kind,
    folder: PathBuf,
    /// The folder as typed in its field.
    folder_text: String,
    /// The file name as typed.
    name: String,
    /// What the folder holds, or why it could not be read.
    entries: Result<Vec<Entry>, String>,
    selected: Option<usize>,
    /// Why the last choice was not taken.
    problem: Option<String>,
}

impl InWindowDialog {
    /// Asks which file to open, starting in `folder`, showing the files that end in one
    /// of `extensions` (and every folder).
    pub fn open(title: &str, folder: &Path, extensions: &'static [&'static str]) -> Self {
        Self::new(title, Kind::Open(extensions), folder, String::new())
    }

    /// Asks where to save, starting in `folder`, suggesting `file_name`.
    pub fn save(title: &str, folder: &Path, file_name: &str) -> Self {
        Self::new(title, Kind::Save, folder, file_name.to_owned())
    }

    fn new(title: &str, kind: Kind, folder: &Path, name: String) -> Self {
        let mut dialog = Self {
            title: title.to_owned(),
            kind,
            folder: PathBuf::new(),
            folder_text: String::new(),
            name,
            entries: Ok(Vec::new()),
            selected: None,
            problem: None,
        };
        dialog.enter(folder.to_owned());
        dialog
    }

    /// Goes into `folder` and reads what it holds.
    fn enter(&mut self, folder: PathBuf) {
        let extensions = match self.kind {
            Kind::Open(extensions) => extensions,
            // A save shows every file, so the user sees what a name would replace.
            Kind::Save => &[],
        };
        self.entries = folder::list(&folder, extensions).map_err(|error| {
            tr!(
                "app-file-dialog-unreadable",
                folder = folder.display().to_string(),
                reason = error.to_string()
            )
        });
        self.folder_text = folder.display().to_string();
        self.folder = folder;
        self.selected = None;
        self.problem = None;
    }

    /// Takes the name in the field: goes into it if it is a folder, or ends the dialog
    /// with it if it is a file the dialog may choose; otherwise says why not.
    fn confirm(&mut self) -> Option<Ended> {
        let name = self.name.trim();
        if name.is_empty() {
            self.problem = Some(tr!("app-file-dialog-no-name"));
            return None;
        }
        let path = self.folder.join(name);
        if path.is_dir() {
            self.name.clear();
            self.enter(path);
            return None;
        }
        match self.kind {
            Kind::Open(_) if !path.is_file() => {
                self.problem = Some(tr!("app-file-dialog-no-such-file", name = name));
                None
            }
            Kind::Save if !path.parent().is_some_and(Path::is_dir) => {
                self.problem = Some(tr!("app-file-dialog-no-such-folder", name = name));
                None
            }
            _ => Some(Ended::Chosen(path)),
        }
    }

    /// Shows the dialog; says how it ended once it has.
    pub fn show(&mut self, ctx: &egui::Context) -> Option<Ended> {
        let modal = egui::Modal::new(egui::Id::unique("polku file dialog"))
            .show(ctx, |ui| self.dialog_ui(ui));
        if modal.should_close() {
            return Some(Ended::Cancelled);
        }
        modal.inner
    }

    fn dialog_ui(&mut self, ui: &mut Ui) -> Option<Ended> {
        ui.set_width(560.0);
        ui.heading(&self.title);
        ui.add_space(6.0);
        let mut ended = None;

        ui.horizontal(|ui| {
            let parent = self.folder.parent().map(Path::to_path_buf);
            if ui
                .add_enabled(
                    parent.is_some(),
                    egui::Button::new(tr!("app-file-dialog-up")),
                )
                .clicked()
                && let Some(parent) = parent
            {
                self.enter(parent);
            }
            let label = ui.label(tr!("app-file-dialog-folder"));
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.folder_text).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                let typed = PathBuf::from(self.folder_text.trim());
                if typed.is_dir() {
                    self.enter(typed);
                } else {
                    self.problem = Some(tr!(
                        "app-file-dialog-no-such-folder",
                        name = self.folder_text.as_str()
                    ));
                }
            }
        });
        ui.add_space(4.0);

        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
        let mut entered = None;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            match &self.entries {
                Err(problem) => {
                    ui.colored_label(ui.visuals().error_fg_color, problem);
                }
                Ok(entries) if entries.is_empty() => {
                    ui.weak(tr!("app-file-dialog-empty"));
                }
                Ok(entries) => {
                    egui::ScrollArea::vertical()
                        .max_height(260.0)
                        .auto_shrink([false, true])
                        .show_rows(ui, row_height, entries.len(), |ui, rows| {
                            for i in rows {
                                let entry = &entries[i];
                                let text = if entry.is_folder {
                                    RichText::new(format!("{}/", entry.name)).strong()
                                } else {
                                    RichText::new(&entry.name)
                                };
                                let row = ui.selectable_label(self.selected == Some(i), text);
                                if row.clicked() {
                                    self.selected = Some(i);
                                    if !entry.is_folder {
                                        self.name = entry.name.clone();
                                    }
                                }
                                if row.double_clicked() {
                                    entered = Some(entry.clone());
                                }
                            }
                        });
                }
            }
        });
        if let Some(entry) = entered {
            if entry.is_folder {
                self.enter(self.folder.join(&entry.name));
            } else {
                self.name = entry.name;
                ended = self.confirm();
            }
        }
        ui.add_space(4.0);

        ui.horizontal(|ui| {
            let label = ui.label(tr!("app-file-dialog-file"));
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.name).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                ended = self.confirm();
            }
        });
        if let Some(problem) = &self.problem {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
        ui.add_space(8.0);

        ui.horizontal(|ui| {
            let confirm = match self.kind {
                Kind::Open(_) => tr!("app-file-dialog-open"),
                Kind::Save => tr!("app-file-dialog-save"),
            };
            if ui.button(confirm).clicked() {
                // A folder chosen in the list is gone into, as a double click would.
                let folder = self
                    .selected
                    .and_then(|i| self.entries.as_ref().ok()?.get(i))
                    .filter(|entry| entry.is_folder)
                    .map(|entry| entry.name.clone());
                match folder {
                    Some(name) => self.enter(self.folder.join(name)),
                    None => ended = self.confirm(),
                }
            }
            if ui.button(tr!("app-cancel")).clicked() {
                ended = Some(Ended::Cancelled);
            }
        });
        ended
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_taken_only_when_it_can_be() -> std::io::Result<()> {
        crate::i18n::set_language(crate::i18n::Language::English);
        let folder = tempfile::tempdir()?;
        std::fs::write(folder.path().join("map.ron"), "")?;
        std::fs::create_dir(folder.path().join("maps"))?;

        let mut open = InWindowDialog::open("Open", folder.path(), &["ron"]);
        assert_eq!(open.confirm(), None);
        assert_eq!(
            open.problem.as_deref(),
            Some("Write a file name, or choose one above")
        );
        open.name = "other.ron".into();
        assert_eq!(open.confirm(), None);
        open.name = "map.ron".into();
        assert_eq!(
            open.confirm(),
            Some(Ended::Chosen(folder.path().join("map.ron")))
        );
        // A folder's name goes into it.
        open.name = "maps".into();
        assert_eq!(open.confirm(), None);
        assert_eq!(open.folder, folder.path().join("maps"));

        let mut save = InWindowDialog::save("Save", folder.path(), "new.ron");
        assert_eq!(
            save.confirm(),
            Some(Ended::Chosen(folder.path().join("new.ron")))
        );
        save.name = "missing/new.ron".into();
        assert_eq!(save.confirm(), None);
        Ok(())
    }
}
