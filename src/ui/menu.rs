//! The menu bar: every command, with its shortcut, grouped as desktop apps do.

use std::path::PathBuf;

use egui::Ui;

use super::Requests;
use super::commands::{Command, ExportKind, Theme};
use crate::model::templates::Template;

/// What the menus need to know to show themselves.
pub struct MenuState<'a> {
    /// What Undo and Redo would do, if anything.
    pub undo: Option<&'a str>,
    pub redo: Option<&'a str>,
    pub recent: &'a [PathBuf],
    pub theme: Theme,
    /// The language chosen in the settings (`None`: the system's).
    pub language: Option<crate::i18n::Language>,
    pub has_selection: bool,
    /// Whether saving keeps the previous version as `NAME.ron.bak`.
    pub keep_backup: bool,
    /// Whether files are asked for with polku's own dialog rather than the system's.
    pub own_file_dialog: bool,
    /// Whether the emotion row is shown under the lanes.
    pub emotion_row: bool,
}

/// Shows the menu bar; the commands chosen go to `requests`.
pub fn menu_bar_ui(ui: &mut Ui, state: &MenuState<'_>, requests: &mut Requests) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(crate::tr!("app-menu-file"), |ui| {
            ui.menu_button(crate::tr!("app-menu-new"), |ui| {
                for template in Template::ALL {
                    item(ui, Command::New(template), true, requests);
                }
            });
            item(ui, Command::Open, true, requests);
            ui.menu_button(crate::tr!("app-menu-open-recent"), |ui| {
                if state.recent.is_empty() {
                    ui.weak(crate::tr!("app-menu-no-recent"));
                }
                for path in state.recent {
                    item(ui, Command::OpenRecent(path.clone()), true, requests);
                }
                ui.separator();
                item(ui, Command::ClearRecent, !state.recent.is_empty(), requests);
            });
            ui.separator();
            item(ui, Command::Save, true, requests);
            item(ui, Command::SaveAs, true, requests);
            ui.separator();
            ui.menu_button(crate::tr!("app-menu-export"), |ui| {
                for kind in ExportKind::ALL {
                    item(ui, Command::Export(kind), true, requests);
                }
            });
            item(ui, Command::Import, true, requests);
            item(ui, Command::MergeCopy, true, requests);
            item(ui, Command::AddFeedback, true, requests);
            ui.separator();
            let mut keep = state.keep_backup;
            if ui
                .checkbox(&mut keep, Command::ToggleBackups.text())
                .on_hover_text(crate::tr!("app-menu-keep-backup-hover"))
                .clicked()
            {
                requests.command(Command::ToggleBackups);
            }
            let mut own = state.own_file_dialog;
            if ui
                .checkbox(&mut own, Command::ToggleOwnFileDialog.text())
                .on_hover_text(crate::tr!("app-menu-own-file-dialog-hover"))
                .clicked()
            {
                requests.command(Command::ToggleOwnFileDialog);
            }
            ui.separator();
            item(ui, Command::Close, true, requests);
        });
        ui.menu_button(crate::tr!("app-menu-edit"), |ui| {
            labelled_item(ui, Command::Undo, state.undo, requests);
            labelled_item(ui, Command::Redo, state.redo, requests);
            ui.separator();
            item(ui, Command::Cut, state.has_selection, requests);
            item(ui, Command::Copy, state.has_selection, requests);
            item(ui, Command::Paste, true, requests);
            item(ui, Command::Duplicate, state.has_selection, requests);
            item(ui, Command::Delete, state.has_selection, requests);
            ui.separator();
            item(ui, Command::SelectAll, true, requests);
            ui.separator();
            item(ui, Command::Tidy, true, requests);
        });
        ui.menu_button(crate::tr!("app-menu-view"), |ui| {
            item(ui, Command::ToggleWalkthrough, true, requests);
            item(ui, Command::ToggleWorkshop, true, requests);
            item(ui, Command::Present, true, requests);
            let mut emotion_row = state.emotion_row;
            if ui
                .checkbox(&mut emotion_row, Command::ToggleEmotionRow.text())
                .clicked()
            {
                requests.command(Command::ToggleEmotionRow);
            }
            item(ui, Command::Find, true, requests);
            ui.separator();
            item(ui, Command::FitView, true, requests);
            item(ui, Command::ZoomIn, true, requests);
            item(ui, Command::ZoomOut, true, requests);
            item(ui, Command::ActualSize, true, requests);
            ui.separator();
            ui.menu_button(crate::tr!("app-menu-theme"), |ui| {
                for theme in Theme::ALL {
                    let command = Command::SetTheme(theme);
                    if ui.radio(state.theme == theme, command.text()).clicked() {
                        requests.command(command);
                        ui.close();
                    }
                }
            });
            // Named in both languages, so it is found whichever is on.
            ui.menu_button("Language / Kieli", |ui| {
                let choices = std::iter::once(None).chain(crate::i18n::Language::ALL.map(Some));
                for language in choices {
                    let command = Command::SetLanguage(language);
                    if ui
                        .radio(state.language == language, command.text())
                        .clicked()
                    {
                        requests.command(command);
                        ui.close();
                    }
                }
            });
        });
    });
}

/// A menu item that runs `command`.
fn item(ui: &mut Ui, command: Command, enabled: bool, requests: &mut Requests) {
    let mut button = egui::Button::new(command.text());
    if let Some(shortcut) = command.shortcut_text(ui.ctx()) {
        button = button.shortcut_text(shortcut);
    }
    if ui.add_enabled(enabled, button).clicked() {
        requests.command(command);
        ui.close();
    }
}

/// Undo or Redo, saying what it would do ("Undo Move touchpoint").
fn labelled_item(ui: &mut Ui, command: Command, what: Option<&str>, requests: &mut Requests) {
    let text = match (what, &command) {
        (Some(what), Command::Undo) => crate::tr!("app-menu-undo-what", what = what.to_lowercase()),
        (Some(what), Command::Redo) => crate::tr!("app-menu-redo-what", what = what.to_lowercase()),
        (Some(what), _) => format!("{} {}", command.text(), what.to_lowercase()),
        (None, _) => command.text(),
    };
    let mut button = egui::Button::new(text);
    if let Some(shortcut) = command.shortcut_text(ui.ctx()) {
        button = button.shortcut_text(shortcut);
    }
    if ui.add_enabled(what.is_some(), button).clicked() {
        requests.command(command);
        ui.close();
    }
}
