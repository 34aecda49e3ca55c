//! The egui user interface: the canvas and the panels around it.
//!
//! The UI reads the journey and asks for changes through [`Requests`]; it never changes
//! the journey itself. The app carries the requests out at the end of the frame. View
//! state (selection, pan, zoom, what is being dragged) belongs to the UI and is never
//! saved in the document.

pub mod canvas;
pub mod commands;
pub mod conflicts;
pub mod dialogs;
pub mod file_dialog;
pub mod filter;
pub mod fonts;
pub mod insights;
pub mod inspector;
pub mod long_list;
pub mod menu;
pub mod navigate;
pub mod people;
pub mod selection;
pub mod shortcut_sheet;
pub mod structure;
pub mod style;
pub mod toolbar;
pub mod walkthrough;
pub mod workshop;

use crate::model::{Change, Edit, IdSource, Journey, MergeKey};
use commands::Command;

/// What the UI asks of the app during one frame, carried out at its end in order.
#[derive(Debug)]
pub struct Requests {
    pub changes: Vec<Change>,
    /// A text field lost focus: the typing step it was part of is over.
    pub end_typing: bool,
    /// Menu items and shortcuts that were used.
    pub commands: Vec<Command>,
    /// Names for the things the UI asks to add. Fresh for the frame, never used before.
    pub ids: IdSource,
}

impl Requests {
    /// Requests for a frame that shows `journey`.
    pub fn new(journey: &Journey) -> Self {
        Self {
            changes: Vec::new(),
            end_typing: false,
            commands: Vec::new(),
            ids: journey.ids(),
        }
    }

    /// Asks for `edit` as an undo step of its own.
    pub fn edit(&mut self, edit: Edit, label: impl Into<String>) {
        self.changes.push(Change {
            edit,
            label: label.into(),
            merge: None,
        });
    }

    /// Asks for `edit` as part of typing into the field named by `key`: all of it undoes
    /// as one step.
    pub fn typing(&mut self, edit: Edit, label: impl Into<String>, key: impl std::hash::Hash) {
        use std::hash::{Hash as _, Hasher as _};
        let mut hasher = std::hash::DefaultHasher::new();
        // The type keeps `(LaneId(1), "name")` and `(StageId(1), "name")` apart.
        std::any::type_name_of_val(&key).hash(&mut hasher);
        key.hash(&mut hasher);
        let key = MergeKey(hasher.finish());
        self.changes.push(Change {
            edit,
            label: label.into(),
            merge: Some(key),
        });
    }

    /// Asks the app to run `command`.
    pub fn command(&mut self, command: Command) {
        self.commands.push(command);
    }
}

/// Today's date where the user is (their time zone, from the system), for dating
/// observations and ideas: a note written in Helsinki just after midnight is dated that
/// day, not the day before as in UTC.
pub fn today() -> crate::model::Date {
    date_of(&chrono::Local::now())
}

/// The calendar date of `moment` in its own time zone.
fn date_of<Zone: chrono::TimeZone>(moment: &chrono::DateTime<Zone>) -> crate::model::Date {
    use chrono::Datelike as _;
    let date = moment.date_naive();
    let (month, day) = (date.month() as u8, date.day() as u8);
    u16::try_from(date.year())
        .ok()
        .and_then(|year| crate::model::Date::new(year, month, day))
        // Only a clock set outside the years a map can hold gets here.
        .unwrap_or_else(|| crate::model::Date::from_days_since_epoch(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{FixedOffset, TimeZone as _};

    #[test]
    fn a_note_just_after_midnight_is_dated_that_day_where_it_was_written() {
        // 00:30 in Helsinki (UTC+2 in winter) is 22:30 the evening before in UTC.
        let helsinki = FixedOffset::east_opt(2 * 3600)
            .map(|zone| zone.with_ymd_and_hms(2026, 12, 2, 0, 30, 0).single());
        let Some(Some(moment)) = helsinki else {
            panic!("a moment in Helsinki");
        };
        assert_eq!(date_of(&moment).to_string(), "2026-12-02");
        assert_eq!(date_of(&moment.to_utc()).to_string(), "2026-12-01");
    }
}
