//! One touchpoint in a list of the panel (a step of a path, a touchpoint that redeems or
//! secures a promise): its title, which shows the touchpoint on the map when clicked, and
//! small buttons to move it or take it out of the list.

use egui::text::LayoutJob;
use egui::{Align, Button, FontSelection, Label, Layout, RichText, Ui, vec2};

use crate::model::TouchpointId;
use crate::tr;
use crate::ui::Requests;
use crate::ui::commands::Command;
use crate::ui::inspector::fields::quoted;

/// Width of the small arrow and remove buttons.
const BUTTON_WIDTH: f32 = 22.0;
/// Width of a step's number.
const NUMBER_WIDTH: f32 = 22.0;
/// Space between the controls of a row.
const GAP: f32 = 3.0;

/// What the user did to a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum RowAction {
    Up,
    Down,
    Remove,
}

/// A row to show.
pub(super) struct Row<'a> {
    pub touchpoint: TouchpointId,
    /// The touchpoint's title.
    pub title: &'a str,
    /// A remark shown after the title, in parentheses.
    pub note: Option<&'a str>,
    /// What the row is, for the accessible names of its controls: "step 2 of persona 1"
    /// names the title "Step 2 of persona 1: …" and the buttons "Move step 2 of persona 1
    /// up" and "Remove step 2 of persona 1". In the language of the thread, worded so it
    /// reads both as a title and as what the buttons act on.
    pub name: String,
    /// The step number, in a path.
    pub number: Option<usize>,
    /// Whether the row can move up and down, in a list whose order matters.
    pub moves: Option<(bool, bool)>,
    /// The remove button's hover text.
    pub remove_hover: &'a str,
}

/// Shows `row` across the width of `ui`. A click on the title asks the app to show the
/// touchpoint; a click on a button is returned for the caller to turn into an edit.
pub(super) fn row_ui(ui: &mut Ui, row: Row<'_>, requests: &mut Requests) -> Option<RowAction> {
    let mut action = None;
    ui.horizontal(|ui| {
        // Tight spacing makes the small buttons exactly BUTTON_WIDTH wide, so the title
        // can be given the rest of the row and cut short when it is long.
        ui.spacing_mut().item_spacing.x = GAP;
        ui.spacing_mut().button_padding.x = 4.0;
        let height = ui.spacing().interact_size.y;
        if let Some(number) = row.number {
            let text = RichText::new(format!("{number}.")).weak();
            ui.add_sized(vec2(NUMBER_WIDTH, height), Label::new(text));
        }
        let buttons = if row.moves.is_some() { 3.0 } else { 1.0 };
        let title_width = (ui.available_width() - buttons * (BUTTON_WIDTH + GAP)).max(24.0);
        let layout = Layout::left_to_right(Align::Center);
        let text = title_text(ui, row.title, row.note);
        let show = ui
            .allocate_ui_with_layout(vec2(title_width, height), layout, |ui| {
                // Held to the full width, so the buttons line up at the right edge.
                ui.set_min_width(title_width);
                ui.add(Button::new(text).frame_when_inactive(false).truncate())
            })
            .inner;
        let mut name = format!("{}: {}", capitalised(&row.name), row.title);
        if let Some(note) = row.note {
            name.push_str(&format!(" ({note})"));
        }
        let show = show
            .on_hover_text(tr!("people-row-show-hover"))
            .accessible_name(name);
        if show.clicked() {
            requests.command(Command::ShowTouchpoint(row.touchpoint));
        }

        if let Some((up, down)) = row.moves {
            let response = ui
                .add_enabled(up, small_button("↑"))
                .on_hover_text(tr!("people-row-move-earlier"))
                .accessible_name(tr!("people-row-move-up-name", name = row.name.as_str()));
            if response.clicked() {
                action = Some(RowAction::Up);
            }
            let response = ui
                .add_enabled(down, small_button("↓"))
                .on_hover_text(tr!("people-row-move-later"))
                .accessible_name(tr!("people-row-move-down-name", name = row.name.as_str()));
            if response.clicked() {
                action = Some(RowAction::Down);
            }
        }
        let response = ui
            .add(small_button("✕"))
            .on_hover_text(row.remove_hover)
            .accessible_name(tr!("people-row-remove-name", name = row.name.as_str()));
        if response.clicked() {
            action = Some(RowAction::Remove);
        }
    });
    action
}

/// Applies `action` on the item at `index` of `list`. Returns whether the list changed.
pub(super) fn apply(action: RowAction, list: &mut Vec<TouchpointId>, index: usize) -> bool {
    match action {
        RowAction::Up if index > 0 && index < list.len() => list.swap(index - 1, index),
        RowAction::Down if index + 1 < list.len() => list.swap(index, index + 1),
        RowAction::Remove if index < list.len() => {
            list.remove(index);
        }
        _ => return false,
    }
    true
}

/// The title in quotes, and the note after it in weaker text.
fn title_text(ui: &Ui, title: &str, note: Option<&str>) -> LayoutJob {
    let mut job = LayoutJob::default();
    let mut append = |text: RichText| {
        text.append_to(&mut job, ui.style(), FontSelection::Default, Align::Center);
    };
    append(RichText::new(quoted(title)));
    if let Some(note) = note {
        append(RichText::new(format!(" ({note})")).weak());
    }
    job
}

fn small_button(text: &str) -> Button<'_> {
    Button::new(text).min_size(vec2(BUTTON_WIDTH, 0.0))
}

/// `text` with its first letter in upper case.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::{RowAction, apply};
    use crate::model::TouchpointId;

    #[test]
    fn rows_move_within_the_list_and_no_further() {
        let [a, b, c] = [1, 2, 3].map(TouchpointId);
        let mut list = vec![a, b, c];
        assert!(apply(RowAction::Up, &mut list, 2));
        assert_eq!(list, [a, c, b]);
        assert!(apply(RowAction::Down, &mut list, 0));
        assert_eq!(list, [c, a, b]);
        assert!(!apply(RowAction::Up, &mut list, 0));
        assert!(!apply(RowAction::Down, &mut list, 2));
        assert!(apply(RowAction::Remove, &mut list, 1));
        assert_eq!(list, [c, b]);
        assert!(!apply(RowAction::Remove, &mut list, 5));
    }
}
