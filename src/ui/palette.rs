//! The shortcut sheet (F1 or ?): every command of the menus, found by typing and run with
//! Enter, so that everything the menus do can be done from the keyboard; and the keys of
//! the map and of a walk, for reference.

use egui::{Key, Modal, RichText, Ui};

use super::Requests;
use super::commands::Command;
use crate::tr;

/// The sheet's state while it is open.
#[derive(Debug, Default)]
pub struct Palette {
    pub query: String,
    /// The highlighted command, counted among those that match.
    pub chosen: usize,
    opened: bool,
}

/// The keys of the map, each with what it does.
fn key_rows() -> [(&'static str, String); 11] {
    [
        ("Tab  ⇧Tab", tr!("keys-map-tab")),
        ("← → ↑ ↓", tr!("keys-map-arrows")),
        ("⇧ ← → ↑ ↓", tr!("keys-map-extend")),
        ("Enter", tr!("keys-map-enter")),
        ("Ctrl+Enter", tr!("keys-map-add")),
        ("Ctrl+L", tr!("keys-map-link")),
        ("Alt ← → ↑ ↓", tr!("keys-map-move")),
        ("Delete", tr!("keys-map-delete")),
        ("Esc", tr!("keys-map-escape")),
        ("F", tr!("keys-map-fit")),
        ("F1  ?", tr!("keys-map-sheet")),
    ]
}

fn walk_rows() -> [(&'static str, String); 7] {
    [
        ("→  Space", tr!("keys-walk-next")),
        ("←  Backspace", tr!("keys-walk-previous")),
        ("T E R M S", tr!("keys-walk-tag")),
        ("1 – 5", tr!("keys-walk-emotion")),
        ("N", tr!("keys-walk-note")),
        ("H", tr!("keys-walk-reveal")),
        ("Esc", tr!("keys-walk-end")),
    ]
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
pub fn palette_ui(
    ctx: &egui::Context,
    palette: &mut Palette,
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
    let found = matching(commands, &palette.query);
    if down {
        palette.chosen = (palette.chosen + 1).min(found.len().saturating_sub(1));
    }
    if up {
        palette.chosen = palette.chosen.saturating_sub(1);
    }
    palette.chosen = palette.chosen.min(found.len().saturating_sub(1));
    if enter && let Some(command) = found.get(palette.chosen) {
        requests.command((*command).clone());
        return true;
    }

    let modal = Modal::new(egui::Id::unique("polku shortcut sheet")).show(ctx, |ui| {
        ui.set_width(620.0);
        ui.heading(tr!("keys-title"));
        let label = ui.label(tr!("keys-search"));
        let search = ui
            .add(
                egui::TextEdit::singleline(&mut palette.query)
                    .hint_text(tr!("keys-search-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if !palette.opened {
            search.request_focus();
            palette.opened = true;
        }
        if search.changed() {
            palette.chosen = 0;
        }
        ui.add_space(6.0);
        egui::ScrollArea::vertical()
            .max_height(420.0)
            .show(ui, |ui| {
                ui.strong(tr!("keys-commands"));
                if found.is_empty() {
                    ui.weak(tr!("keys-no-match", query = palette.query.clone()));
                }
                for (index, command) in found.iter().enumerate() {
                    let shortcut = command.shortcut_text(ui.ctx()).unwrap_or_default();
                    let row = ui.horizontal(|ui| {
                        let row = ui.selectable_label(index == palette.chosen, text(command));
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            // Clear of the scroll bar.
                            ui.add_space(ui.spacing().scroll.bar_width + 8.0);
                            ui.weak(shortcut);
                        });
                        row
                    });
                    if index == palette.chosen && (up || down) {
                        row.inner.scroll_to_me(None);
                    }
                    if row.inner.clicked() {
                        requests.command((*command).clone());
                        close = true;
                    }
                }
                ui.add_space(8.0);
                reference(ui, &tr!("keys-on-map"), &key_rows());
                ui.add_space(8.0);
                reference(ui, &tr!("keys-in-walk"), &walk_rows());
            });
        ui.add_space(6.0);
        if ui.button(tr!("keys-close")).clicked() {
            close = true;
        }
    });
    close || modal.should_close()
}

fn reference(ui: &mut Ui, heading: &str, rows: &[(&str, String)]) {
    ui.strong(heading);
    egui::Grid::new(heading).num_columns(2).show(ui, |ui| {
        for (key, what) in rows {
            ui.label(RichText::new(*key).monospace());
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
        assert!(
            key_rows()
                .iter()
                .all(|(_, text)| !text.starts_with("keys-"))
        );
        assert_eq!(tr!("keys-title"), "Näppäimistö ja komennot");
    }
}
