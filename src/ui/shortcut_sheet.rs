//! The shortcut sheet (F1 or ?): every command of the menus, found by typing and run with
//! Enter, so that everything the menus do can be done from the keyboard; and the keys of
//! the map and of a walk, for reference.

use egui::{Key, KeyboardShortcut, Modal, Modifiers, RichText, Ui};

use super::Requests;
use super::commands::Command;
use crate::tr;

/// The sheet's state while it is open.
#[derive(Debug, Default)]
pub struct ShortcutSheet {
    pub query: String,
    /// The highlighted command, counted among those that match.
    pub chosen: usize,
    opened: bool,
}

/// The keys of the map, each with what it does: the keys as the canvas and the command
/// table read them.
fn key_rows(ctx: &egui::Context) -> Vec<(String, String)> {
    use crate::ui::canvas::keys as map;
    let arrows = map::ARROWS.map(|(key, _)| KeyboardShortcut::new(Modifiers::NONE, key));
    let with = |modifiers| arrows.map(|arrow| KeyboardShortcut::new(modifiers, arrow.logical_key));
    vec![
        (
            keys_text(ctx, &[map::NEXT_CARD, map::PREVIOUS_CARD]),
            tr!("keys-map-tab"),
        ),
        (keys_text(ctx, &arrows), tr!("keys-map-arrows")),
        (
            keys_text(ctx, &with(Modifiers::SHIFT)),
            tr!("keys-map-extend"),
        ),
        (keys_text(ctx, &[map::EDIT_TITLE]), tr!("keys-map-enter")),
        (keys_text(ctx, &[map::ADD_AFTER]), tr!("keys-map-add")),
        (keys_text(ctx, &[map::LINK]), tr!("keys-map-link")),
        (keys_text(ctx, &with(Modifiers::ALT)), tr!("keys-map-move")),
        (
            keys_text(ctx, Command::Delete.keys()),
            tr!("keys-map-delete"),
        ),
        (keys_text(ctx, &[map::CLEAR]), tr!("keys-map-escape")),
        (keys_text(ctx, Command::FitView.keys()), tr!("keys-map-fit")),
        (
            keys_text(ctx, Command::ShowShortcuts.keys()),
            tr!("keys-map-sheet"),
        ),
    ]
}

/// The keys of a walk, each with what it does, as the walk reads them.
fn walk_rows(ctx: &egui::Context) -> Vec<(String, String)> {
    use crate::ui::walkthrough::keys as walk;
    let plain = |keys: &[Key]| -> Vec<KeyboardShortcut> {
        keys.iter()
            .map(|&key| KeyboardShortcut::new(Modifiers::NONE, key))
            .collect()
    };
    let tags = walk::TAGS.map(|(key, _)| key);
    let ratings = walk::RATINGS;
    vec![
        (keys_text(ctx, &plain(&walk::NEXT)), tr!("keys-walk-next")),
        (
            keys_text(ctx, &plain(&walk::PREVIOUS)),
            tr!("keys-walk-previous"),
        ),
        (keys_text(ctx, &plain(&tags)), tr!("keys-walk-tag")),
        (
            format!(
                "{} – {}",
                keys_text(ctx, &plain(&ratings[..1])),
                keys_text(ctx, &plain(&ratings[ratings.len() - 1..]))
            ),
            tr!("keys-walk-emotion"),
        ),
        (keys_text(ctx, &plain(&[walk::NOTE])), tr!("keys-walk-note")),
        (
            keys_text(ctx, &plain(&[walk::REVEAL])),
            tr!("keys-walk-reveal"),
        ),
        (keys_text(ctx, &plain(&[walk::END])), tr!("keys-walk-end")),
    ]
}

/// `keys` as the sheet shows them: arrows as arrows, the rest as egui names them for this
/// system ("Ctrl+Enter"), side by side.
fn keys_text(ctx: &egui::Context, keys: &[KeyboardShortcut]) -> String {
    // Keys that egui names by a word where a sign reads better.
    let sign = |key: Key| match key {
        Key::ArrowLeft => Some("←"),
        Key::ArrowRight => Some("→"),
        Key::ArrowUp => Some("↑"),
        Key::ArrowDown => Some("↓"),
        Key::Questionmark => Some("?"),
        Key::Escape => Some("Esc"),
        _ => None,
    };
    keys.iter()
        .map(|shortcut| match sign(shortcut.logical_key) {
            Some(symbol) => {
                let held = ctx.format_modifiers(shortcut.modifiers);
                if held.is_empty() {
                    symbol.to_owned()
                } else if held.ends_with('+') {
                    format!("{held}{symbol}")
                } else {
                    format!("{held}+{symbol}")
                }
            }
            None => ctx.format_shortcut(shortcut),
        })
        .collect::<Vec<_>>()
        .join("  ")
}

/// Every command of the menus, in their order, with the recent files.
pub fn all_commands(recent: &[std::path::PathBuf]) -> Vec<Command> {
    use super::commands::{ExportKind, Theme};
    use crate::model::templates::Template;
    let mut commands: Vec<Command> = Template::ALL.into_iter().map(Command::New).collect();
    commands.push(Command::Open);
    commands.extend(recent.iter().cloned().map(Command::OpenRecent));
    commands.extend([Command::Save, Command::SaveAs]);
    commands.extend(ExportKind::ALL.into_iter().map(Command::Export));
    commands.extend([
        Command::Import,
        Command::MergeCopy,
        Command::AddFeedback,
        Command::ToggleBackups,
        Command::ToggleOwnFileDialog,
        Command::Close,
        Command::Undo,
        Command::Redo,
        Command::Cut,
        Command::Copy,
        Command::Paste,
        Command::Duplicate,
        Command::Delete,
        Command::SelectAll,
        Command::Tidy,
        Command::ToggleWalkthrough,
        Command::ToggleWorkshop,
        Command::Present,
        Command::ToggleEmotionRow,
        Command::Find,
        Command::FitView,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ActualSize,
    ]);
    commands.extend(Theme::ALL.into_iter().map(Command::SetTheme));
    commands.push(Command::SetLanguage(None));
    commands.extend(crate::i18n::Language::ALL.map(|l| Command::SetLanguage(Some(l))));
    commands
}

/// A command as the sheet names it: with the menu it is in, where its own text would not
/// say what it does ("New: Service blueprint").
pub fn text(command: &Command) -> String {
    let menu = match command {
        Command::New(_) => tr!("keys-in-new"),
        Command::OpenRecent(_) => tr!("keys-in-recent"),
        Command::Export(_) => tr!("keys-in-export"),
        Command::SetTheme(_) => tr!("keys-in-theme"),
        Command::SetLanguage(_) => tr!("keys-in-language"),
        _ => return command.text(),
    };
    tr!("keys-in-menu", menu = menu, command = command.text())
}

/// The commands of `commands` whose text contains every word of `query`.
pub fn matching<'a>(commands: &'a [Command], query: &str) -> Vec<&'a Command> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    commands
        .iter()
        .filter(|command| {
            let text = text(command).to_lowercase();
            words.iter().all(|word| text.contains(word.as_str()))
        })
        .collect()
}

/// Shows the sheet over the window. The command chosen goes to `requests`. Returns
/// whether the sheet should close.
pub fn shortcut_sheet_ui(
    ctx: &egui::Context,
    sheet: &mut ShortcutSheet,
    commands: &[Command],
    requests: &mut Requests,
) -> bool {
    let mut close = false;
    let (up, down, enter) = ctx.input(|i| {
        (
            i.key_pressed(Key::ArrowUp),
            i.key_pressed(Key::ArrowDown),
            i.key_pressed(Key::Enter) && !i.modifiers.command,
        )
    });
    let found = matching(commands, &sheet.query);
    if down {
        sheet.chosen = (sheet.chosen + 1).min(found.len().saturating_sub(1));
    }
    if up {
        sheet.chosen = sheet.chosen.saturating_sub(1);
    }
    sheet.chosen = sheet.chosen.min(found.len().saturating_sub(1));
    if enter && let Some(command) = found.get(sheet.chosen) {
        requests.command((*command).clone());
        return true;
    }

    let modal = Modal::new(egui::Id::unique("polku shortcut sheet")).show(ctx, |ui| {
        ui.set_width(620.0);
        ui.heading(tr!("keys-title"));
        let label = ui.label(tr!("keys-search"));
        let search = ui
            .add(
                egui::TextEdit::singleline(&mut sheet.query)
                    .hint_text(tr!("keys-search-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if !sheet.opened {
            search.request_focus();
            sheet.opened = true;
        }
        if search.changed() {
            sheet.chosen = 0;
        }
        ui.add_space(6.0);
        egui::ScrollArea::vertical()
            .max_height(420.0)
            .show(ui, |ui| {
                ui.strong(tr!("keys-commands"));
                if found.is_empty() {
                    ui.weak(tr!("keys-no-match", query = sheet.query.clone()));
                }
                for (index, command) in found.iter().enumerate() {
                    let shortcut = command.shortcut_text(ui.ctx()).unwrap_or_default();
                    let row = ui.horizontal(|ui| {
                        let row = ui.selectable_label(index == sheet.chosen, text(command));
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            // Clear of the scroll bar.
                            ui.add_space(ui.spacing().scroll.bar_width + 8.0);
                            ui.weak(shortcut);
                        });
                        row
                    });
                    if index == sheet.chosen && (up || down) {
                        row.inner.scroll_to_me(None);
                    }
                    if row.inner.clicked() {
                        requests.command((*command).clone());
                        close = true;
                    }
                }
                ui.add_space(8.0);
                reference(ui, &tr!("keys-on-map"), &key_rows(ui.ctx()));
                ui.add_space(8.0);
                reference(ui, &tr!("keys-in-walk"), &walk_rows(ui.ctx()));
            });
        ui.add_space(6.0);
        if ui.button(tr!("keys-close")).clicked() {
            close = true;
        }
    });
    close || modal.should_close()
}

fn reference(ui: &mut Ui, heading: &str, rows: &[(String, String)]) {
    ui.strong(heading);
    egui::Grid::new(heading).num_columns(2).show(ui, |ui| {
        for (key, what) in rows {
            ui.label(RichText::new(key).monospace());
            ui.label(what);
            ui.end_row();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, set_language};

    #[test]
    fn every_word_typed_must_match() {
        set_language(Language::English);
        let commands = [Command::Save, Command::SaveAs, Command::Undo];
        let texts = |query| -> Vec<String> {
            matching(&commands, query)
                .iter()
                .map(|c| c.text())
                .collect()
        };
        assert_eq!(texts("save"), ["Save", "Save as…"]);
        assert_eq!(texts("as SAVE"), ["Save as…"]);
        assert!(texts("frobnicate").is_empty());
    }

    #[test]
    fn the_keys_are_told_in_finnish_too() {
        set_language(Language::Finnish);
        let ctx = egui::Context::default();
        let rows = key_rows(&ctx).into_iter().chain(walk_rows(&ctx));
        assert!(rows.into_iter().all(|(_, text)| !text.starts_with("keys-")));
        assert_eq!(tr!("keys-title"), "Näppäimistö ja komennot");
    }

    #[test]
    fn the_keys_shown_are_the_keys_read() {
        set_language(Language::English);
        let ctx = egui::Context::default();
        let keys: Vec<String> = key_rows(&ctx)
            .into_iter()
            .chain(walk_rows(&ctx))
            .map(|(keys, _)| keys)
            .collect();
        for expected in [
            "Tab  Shift+Tab",
            "←  →  ↑  ↓",
            "Ctrl+Enter",
            "Ctrl+L",
            "Delete  Backspace",
            "F1  ?",
            "→  Space",
            "←  Backspace",
            "T  E  R  M  S",
            "1 – 5",
            "Shift+←  Shift+→  Shift+↑  Shift+↓",
            "Alt+←  Alt+→  Alt+↑  Alt+↓",
            "Esc",
        ] {
            assert!(
                keys.iter().any(|k| k == expected),
                "{expected} not in {keys:?}"
            );
        }
    }
}
