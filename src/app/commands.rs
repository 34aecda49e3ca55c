//! Carrying out commands from the menus and the keyboard, and the clipboard.

use crate::ui::canvas::ZOOM_STEP;
use egui::Event;

use super::modal::{Leave, Modal};
use super::shell::PolkuApp;
use crate::io::fragment;
use crate::model::{Change, Edit};
use crate::ui::Requests;
use crate::ui::commands::{Command, Mode};
use crate::ui::selection::Selection;

impl PolkuApp {
    /// Turns this frame's shortcuts and clipboard events into commands. Commands that act
    /// on the map wait while a text field has the keyboard, where the same keys edit text.
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context, requests: &mut Requests) {
        if self.asking() {
            return;
        }
        let typing = ctx.egui_wants_keyboard_input();
        let mode = if self.walkthrough.is_some() {
            Mode::Walk
        } else {
            Mode::Map
        };
        for command in Command::WITH_KEYS {
            // Copy, cut and paste arrive as events, below.
            if command.is_clipboard() {
                continue;
            }
            let pressed = command.keys().iter().any(|key| {
                command.works(key, mode, typing) && ctx.input_mut(|i| i.consume_shortcut(key))
            });
            if pressed {
                requests.command(command);
            }
        }
        if typing || mode == Mode::Walk {
            return;
        }
        let events = ctx.input(|i| i.events.clone());
        for event in events {
            match event {
                Event::Copy => requests.command(Command::Copy),
                Event::Cut => requests.command(Command::Cut),
                Event::Paste(text) => self.paste(&text, requests),
                _ => {}
            }
        }
    }

    /// Carries out one command.
    pub(super) fn run(&mut self, ctx: &egui::Context, command: Command) {
        let now = ctx.input(|i| i.time);
        match command {
            Command::New(template) => self.leave(ctx, Leave::New(template)),
            Command::Open => self.leave(ctx, Leave::Open(None)),
            Command::OpenRecent(path) => self.leave(ctx, Leave::Open(Some(path))),
            Command::ClearRecent => self.settings.recent.clear(),
            Command::Save => {
                self.save();
            }
            Command::SaveAs => {
                self.save_as();
            }
            Command::Close => self.leave(ctx, Leave::Quit),
            Command::Undo => {
                if let Some(label) = self.session.undo() {
                    self.status = Some(crate::tr!("app-undid", what = label.to_lowercase()));
                }
            }
            Command::Redo => {
                if let Some(label) = self.session.redo() {
                    self.status = Some(crate::tr!("app-redid", what = label.to_lowercase()));
                }
            }
            Command::Copy => self.copy(ctx),
            Command::Cut => {
                self.copy(ctx);
                if let Some(what) = self.delete_selection(now, &crate::tr!("app-edit-cut")) {
                    self.status = Some(crate::tr!("app-cut", what = what));
                }
            }
            // The menu cannot read the clipboard itself; this asks for a paste event.
            Command::Paste => ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste),
            Command::Duplicate => {
                let label = crate::tr!("app-edit-duplicate");
                let mut ids = self.session.journey().ids();
                let duplicated = fragment::duplicate(
                    self.session.journey(),
                    &mut ids,
                    &self.selection.touchpoints,
                )
                .map_err(|error| error.to_string())
                .and_then(|pasted| match pasted {
                    Some(pasted) => self
                        .session
                        .apply(Change::new(pasted.edit, label.as_str()), now)
                        .map(|()| Some(pasted.touchpoints))
                        .map_err(|error| error.to_string()),
                    None => Ok(None),
                });
                match duplicated {
                    Ok(Some(touchpoints)) => self.selection = selection_of(&touchpoints),
                    Ok(None) => {}
                    // Say why nothing happened: a map at its limit, say.
                    Err(error) => {
                        self.status =
                            Some(crate::tr!("app-edit-failed", what = label, error = error));
                    }
                }
            }
            Command::Delete => {
                if let Some(what) = self.delete_selection(now, &crate::tr!("app-edit-delete")) {
                    self.status = Some(crate::tr!("app-deleted", what = what));
                }
            }
            Command::SelectAll => {
                self.selection = selection_of(
                    &self
                        .session
                        .journey()
                        .touchpoints()
                        .map(|t| t.id)
                        .collect::<Vec<_>>(),
                );
            }
            Command::Tidy => self.tidy(now),
            Command::FitView => self.canvas.fit_requested = true,
            Command::ZoomIn | Command::ZoomOut => {
                let factor = if command == Command::ZoomIn {
                    ZOOM_STEP
                } else {
                    1.0 / ZOOM_STEP
                };
                let pointer = ctx.input(|i| i.pointer.hover_pos());
                let selected = self
                    .selection
                    .touchpoints
                    .iter()
                    .filter_map(|id| self.layout.cards.get(id))
                    .copied()
                    .reduce(egui::Rect::union);
                self.canvas.zoom_toward(factor, pointer, selected);
            }
            Command::ActualSize => self.canvas.actual_size(),
            Command::SetTheme(theme) => self.settings.theme = theme,
            Command::SetLanguage(language) => {
                self.settings.language = language;
                crate::i18n::set_language(self.settings.language());
            }
            Command::ToggleWalkthrough => self.toggle_walkthrough(),
            Command::Export(kind) => self.export(kind),
            Command::Import => self.import(),
            Command::MergeCopy => self.merge_copy(),
            Command::AddFeedback => self.add_feedback(now),
            Command::ToggleBackups => self.settings.keep_backup = !self.settings.keep_backup,
            Command::ToggleEmotionRow => self.settings.emotion_row = !self.settings.emotion_row,
            Command::ToggleOwnFileDialog => {
                self.settings.own_file_dialog = !self.settings.own_file_dialog;
            }
            Command::Find => self.toolbar.focus_search = true,
            Command::ToggleWorkshop => self.toggle_workshop(ctx),
            Command::Present => self.toggle_presenting(ctx),
            Command::ShowShortcuts => self.modals.show_later(Modal::ShortcutSheet(
                crate::ui::shortcut_sheet::ShortcutSheet::default(),
            )),
            Command::ShowTouchpoint(id) => {
                self.selection = Selection::touchpoint(id);
                if let Some(&card) = self.layout.cards.get(&id) {
                    self.canvas.center_on(card);
                }
            }
            Command::ShowLink(id) => {
                self.selection = Selection::link(id);
                let ends = self
                    .session
                    .journey()
                    .link(id)
                    .map(|link| [link.from, link.to]);
                let cards = ends
                    .into_iter()
                    .flatten()
                    .filter_map(|end| self.layout.cards.get(&end));
                if let Some(area) = cards.copied().reduce(|a, b| a.union(b)) {
                    self.canvas.center_on(area);
                }
            }
        }
    }

    /// Puts the selected touchpoints on the clipboard, as RON that another polku window
    /// can paste.
    fn copy(&mut self, ctx: &egui::Context) {
        if self.selection.touchpoints.is_empty() {
            return;
        }
        ctx.copy_text(fragment::to_fragment(
            self.session.journey(),
            &self.selection.touchpoints,
        ));
        let count = self.selection.touchpoints.len();
        self.status = Some(crate::tr!("app-copied", count = count));
    }

    /// Adds the touchpoints in `text` (copied from polku) to the map and selects them.
    fn paste(&mut self, text: &str, requests: &mut Requests) {
        match fragment::paste(self.session.journey(), &mut requests.ids, text) {
            Ok(pasted) => {
                requests.edit(pasted.edit, crate::tr!("app-edit-paste"));
                self.selection = selection_of(&pasted.touchpoints);
            }
            Err(error) => {
                self.status = Some(crate::tr!("app-nothing-pasted", error = error.to_string()));
            }
        }
    }

    /// Puts every card in its column (see `model::layout::tidy`), as one undo step, and
    /// says how many moved.
    fn tidy(&mut self, now: f64) {
        let edits = crate::model::layout::tidy::tidy(self.session.journey());
        if edits.is_empty() {
            self.status = Some(crate::tr!("app-tidy-nothing"));
            return;
        }
        let (count, label) = (edits.len(), crate::tr!("app-edit-tidy"));
        self.status = Some(
            match self
                .session
                .apply(Change::new(Edit::Batch(edits), label.as_str()), now)
            {
                Ok(()) => crate::tr!("app-tidied", count = count),
                Err(error) => {
                    crate::tr!("app-edit-failed", what = label, error = error.to_string(),)
                }
            },
        );
    }

    /// Removes the selected links and touchpoints as one undo step. Returns what it
    /// removed, in words ("“Pays the invoice”", "2 touchpoints and 1 link"), or `None`
    /// when it removed nothing.
    fn delete_selection(&mut self, now: f64, label: &str) -> Option<String> {
        let what = self.selection_in_words();
        // Links first: a selected link whose touchpoint is also removed would be gone by
        // the time its own removal came.
        let edits: Vec<Edit> = self
            .selection
            .links
            .iter()
            .map(|&id| Edit::RemoveLink(id))
            .chain(
                self.selection
                    .touchpoints
                    .iter()
                    .map(|&id| Edit::RemoveTouchpoint(id)),
            )
            .collect();
        if edits.is_empty() {
            return None;
        }
        match self
            .session
            .apply(Change::new(Edit::Batch(edits), label), now)
        {
            Ok(()) => {
                self.selection.clear();
                Some(what)
            }
            Err(error) => {
                self.status = Some(crate::tr!(
                    "app-edit-failed",
                    what = label,
                    error = error.to_string(),
                ));
                None
            }
        }
    }

    /// The selection in words: one touchpoint by its title (shortened), else how many
    /// touchpoints and links.
    fn selection_in_words(&self) -> String {
        let (touchpoints, links) = (&self.selection.touchpoints, &self.selection.links);
        let one = match (touchpoints.iter().next(), touchpoints.len(), links.len()) {
            (Some(&id), 1, 0) => self.session.journey().touchpoint(id),
            _ => None,
        };
        if let Some(touchpoint) = one {
            return crate::ui::inspector::fields::quoted(&shortened(&touchpoint.title));
        }
        let touchpoint_count = crate::tr!("touchpoint-count", count = touchpoints.len());
        let link_count = crate::tr!("link-count", count = links.len());
        match (touchpoints.is_empty(), links.is_empty()) {
            (false, true) => touchpoint_count,
            (true, false) => link_count,
            _ => crate::tr!(
                "app-touchpoints-and-links",
                touchpoints = touchpoint_count,
                links = link_count
            ),
        }
    }
}

/// Titles longer than this many characters are cut short in the status bar.
const STATUS_TITLE_CHARS: usize = 40;

/// `title` on one line, and cut short with an ellipsis when it is long.
fn shortened(title: &str) -> String {
    let line = title.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= STATUS_TITLE_CHARS {
        return line;
    }
    let kept: String = line.chars().take(STATUS_TITLE_CHARS - 1).collect();
    format!("{}…", kept.trim_end())
}

fn selection_of(ids: &[crate::model::TouchpointId]) -> Selection {
    Selection {
        touchpoints: ids.iter().copied().collect(),
        links: Default::default(),
    }
}
