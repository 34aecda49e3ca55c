//! The end of each frame: the modal on screen drawn and its answer acted on, then what
//! the UI asked for carried out (changes through the session's one doorway, then
//! commands).

use super::modal::Modal;
use super::shell::PolkuApp;
use crate::ui::Requests;
use crate::ui::dialogs::{self, Answer, Choice};

/// What the user did in the modal on screen this frame.
enum Answered {
    Question(Answer),
    Recovered(usize, Choice),
    /// polku's own file dialog is open: it draws itself and acts on its answer.
    FileDialog,
    SheetClosed,
    Merge(dialogs::MergeAnswer),
}

impl PolkuApp {
    /// Applies what the UI asked for during the frame.
    pub(super) fn apply(&mut self, ctx: &egui::Context, requests: Requests) {
        let now = ctx.input(|i| i.time);
        if requests.end_typing {
            self.session.end_typing();
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
        self.selection.retain_existing(self.session.journey());
        self.tend_status(ctx);
    }

    /// Shows what waits on screen for an answer (one at a time), and acts on the answer.
    pub(super) fn modal_ui(&mut self, ctx: &egui::Context, requests: &mut Requests) {
        if !self.modals.any() {
            return;
        }
        let modified = self.is_modified();
        let name = self.session.map_name();
        let recent = &self.settings.recent;
        let answered = match self.modals.open_mut() {
            Some(Modal::Question(question)) => {
                dialogs::question_ui(ctx, &question.asked(&name, modified)).map(Answered::Question)
            }
            // A restored map would replace one with unsaved changes: not offered then.
            Some(Modal::Recovered(recovered)) => dialogs::recovered_ui(ctx, recovered, !modified)
                .map(|(index, choice)| Answered::Recovered(index, choice)),
            Some(Modal::FileDialog(..)) => Some(Answered::FileDialog),
            Some(Modal::ShortcutSheet(sheet)) => {
                let commands = crate::ui::shortcut_sheet::all_commands(recent);
                crate::ui::shortcut_sheet::shortcut_sheet_ui(ctx, sheet, &commands, requests)
                    .then_some(Answered::SheetClosed)
            }
            Some(Modal::MergeChoices(choices)) => {
                dialogs::merge_choices_ui(ctx, choices).map(Answered::Merge)
            }
            None => None,
        };
        match answered {
            Some(Answered::Question(answer)) => self.answer(ctx, answer),
            Some(Answered::Recovered(index, choice)) => self.recover(index, choice),
            Some(Answered::FileDialog) => self.file_dialog_ui(ctx),
            Some(Answered::SheetClosed) => {
                self.modals.close();
            }
            Some(Answered::Merge(answer)) => self.merge_answered(ctx, answer),
            None => {}
        }
    }
}
