//! What waits for the user's answer on screen: a question, the maps a crash left behind,
//! the shortcut sheet, polku's own file dialog or the choices of a merge. One at a time is open; the others wait
//! in line, and the map's keys wait while any is open.

use std::collections::VecDeque;
use std::path::PathBuf;

use crate::io::recovery::Recovered;
use crate::model::templates::Template;
use crate::ui::dialogs::{Asked, Before};
use crate::ui::file_dialog::InWindowDialog;
use crate::ui::shortcut_sheet::ShortcutSheet;

/// What a file dialog is asked for, so that the answer can be acted on when it comes.
#[derive(Clone, Debug, PartialEq)]
pub enum Purpose {
    Open,
    /// Save the map, then carry on with what the user wanted (a new map, closing…).
    SaveAs(Option<Leave>),
    Export(crate::ui::commands::ExportKind),
    Import,
    /// Another copy of the map, to merge into it.
    MergeCopy,
    /// A file of responses, to name as a source of the map.
    AddFeedback,
}

/// What the user wants to do that would replace or close the map.
#[derive(Clone, Debug, PartialEq)]
pub enum Leave {
    New(Template),
    /// Open a map: the one at this path, or one picked in a dialog.
    Open(Option<PathBuf>),
    /// Close the window.
    Quit,
    /// Put a map made from an inventory in the window.
    Imported(Box<crate::model::Journey>),
    /// Put a map read in the background in the window: its file, the file's bytes and
    /// the map (it changed in the window while the file was read).
    Opened(Box<(PathBuf, Vec<u8>, crate::model::Journey)>),
}

/// A question on screen, waiting for an answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Question {
    /// The map has unsaved changes and the user asked to leave it.
    Unsaved(Leave),
    /// Something failed; the message says what, and what is unchanged.
    Problem { title: String, message: String },
    /// The open file changed on disk (found by looking, or when about to save over it);
    /// with what differs, once the user asked to compare.
    ChangedOnDisk {
        saving: bool,
        differences: Option<Result<Vec<crate::model::compare::Difference>, String>>,
    },
    /// The file chosen in polku's own dialog exists: replace it?
    Replace { path: PathBuf, purpose: Purpose },
}

impl Question {
    /// The question as the dialog shows it, about the map called `map_name` (`modified`:
    /// whether it has unsaved changes).
    pub fn asked<'a>(&'a self, map_name: &'a str, modified: bool) -> Asked<'a> {
        match self {
            Self::Unsaved(leave) => Asked::Unsaved {
                map_name,
                before: match leave {
                    Leave::New(_) => Before::New,
                    Leave::Open(_) | Leave::Opened(_) => Before::Open,
                    Leave::Quit => Before::Quit,
                    Leave::Imported(_) => Before::Import,
                },
            },
            Self::Problem { title, message } => Asked::Problem { title, message },
            Self::ChangedOnDisk {
                saving,
                differences,
            } => Asked::ChangedOnDisk {
                map_name,
                modified,
                saving: *saving,
                differences: differences.as_ref(),
            },
            Self::Replace { path, .. } => Asked::Replace { path },
        }
    }
}

/// Something on screen that waits for the user.
pub enum Modal {
    Question(Question),
    /// Maps from sessions that ended without saving them, each waiting for a choice.
    Recovered(Vec<Recovered>),
    /// The shortcut sheet (F1).
    ShortcutSheet(ShortcutSheet),
    /// polku's own file dialog, and what the file is for.
    FileDialog(Box<InWindowDialog>, Purpose),
    /// A copy of the map to merge, with a choice for each difference.
    MergeChoices(Box<crate::ui::dialogs::MergeChoices>),
}

/// The one modal open, and those waiting for it to close.
#[derive(Default)]
pub struct Modals {
    open: Option<Modal>,
    waiting: VecDeque<Modal>,
}

impl Modals {
    /// Whether anything waits for an answer: the map's keys wait meanwhile.
    pub fn any(&self) -> bool {
        self.open.is_some()
    }

    /// Asks `question`. A question comes before the other modals (they come back once it
    /// is answered), and after a question already open.
    pub fn ask(&mut self, question: Question) {
        match self.open.take() {
            Some(Modal::Question(open)) => {
                self.open = Some(Modal::Question(open));
                self.waiting.push_back(Modal::Question(question));
            }
            Some(other) => {
                self.waiting.push_front(other);
                self.open = Some(Modal::Question(question));
            }
            None => self.open = Some(Modal::Question(question)),
        }
    }

    /// Asks `question` once everything open or waiting now has been answered (what an
    /// import left out, after the question that import raised).
    pub fn ask_later(&mut self, question: Question) {
        self.show_later(Modal::Question(question));
    }

    /// Shows `modal` now if nothing else is open, else once the others are done.
    pub fn show_later(&mut self, modal: Modal) {
        if self.open.is_none() {
            self.open = Some(modal);
        } else {
            self.waiting.push_back(modal);
        }
    }

    /// The modal open now.
    pub fn open(&self) -> Option<&Modal> {
        self.open.as_ref()
    }

    /// The modal open now, to be drawn (it keeps what the user typed in it).
    pub fn open_mut(&mut self) -> Option<&mut Modal> {
        self.open.as_mut()
    }

    /// Closes the modal open now and returns it; the next one waiting opens at the end of
    /// the frame (see [`Modals::next`]), so an answer that asks again comes first.
    pub fn close(&mut self) -> Option<Modal> {
        self.open.take()
    }

    /// Opens the next modal waiting, if none is open.
    pub fn next(&mut self) {
        if self.open.is_none() {
            self.open = self.waiting.pop_front();
        }
    }

    /// The question open now, if the open modal is one.
    pub fn question(&self) -> Option<&Question> {
        match &self.open {
            Some(Modal::Question(question)) => Some(question),
            _ => None,
        }
    }

    /// Whether a question is open now.
    pub fn asking_question(&self) -> bool {
        self.question().is_some()
    }

    /// The maps a crash left behind, open or waiting behind a question.
    pub fn recovered(&self) -> &[Recovered] {
        self.open
            .iter()
            .chain(&self.waiting)
            .find_map(|modal| match modal {
                Modal::Recovered(list) => Some(list.as_slice()),
                _ => None,
            })
            .unwrap_or(&[])
    }

    /// Takes the recovered map at `index` out of the list (the list goes when empty).
    pub fn take_recovered(&mut self, index: usize) -> Option<Recovered> {
        let found = self
            .open
            .iter_mut()
            .chain(&mut self.waiting)
            .find_map(|modal| match modal {
                Modal::Recovered(list) if index < list.len() => Some(list.remove(index)),
                _ => None,
            });
        let emptied = |modal: &Modal| matches!(modal, Modal::Recovered(list) if list.is_empty());
        if self.open.as_ref().is_some_and(emptied) {
            self.open = None;
        }
        self.waiting.retain(|modal| !emptied(modal));
        found
    }
}
