//! Building blocks shared by the inspector and the map panel: section headings, text
//! fields that ask for typing edits, combo boxes and rows of choice buttons.
//!
//! None of them change the journey: they return what the user picked or typed, and the
//! caller turns that into an edit.

use std::collections::BTreeSet;

use egui::{Color32, ComboBox, Id, Response, RichText, TextEdit, Ui};

use crate::model::{Journey, Touchpoint};
use crate::ui::Requests;
use crate::ui::style;

/// Width of the label column of the panels' two-column grids.
pub(crate) const LABEL_WIDTH: f32 = 80.0;

/// Width of the suggestions button beside a text field.
const MENU_WIDTH: f32 = 22.0;

/// Space between the rows of a grid.
pub(crate) const ROW_SPACING: [f32; 2] = [8.0, 6.0];

/// A section heading, with some air above it so the panel reads as blocks.
pub(crate) fn section_ui(ui: &mut Ui, title: &str) {
    ui.add_space(10.0);
    ui.label(RichText::new(title).strong().size(15.0));
    ui.add_space(2.0);
}

/// A text field that shows a value of the journey and reports what the user types.
///
/// The field holds no text of its own between frames: each frame it shows the journey's
/// value, so an undo or a change made elsewhere shows up at once.
pub(crate) struct TextField<'a> {
    id: Id,
    value: &'a str,
    multiline: bool,
    hint: &'a str,
    width: Option<f32>,
}

impl<'a> TextField<'a> {
    /// A one-line field: Enter ends it, and a text longer than the field wraps onto more
    /// rows rather than being cut off. `id` keeps its cursor and focus when the panel's
    /// layout changes.
    pub(crate) fn singleline(id: Id, value: &'a str) -> Self {
        Self {
            id,
            value,
            multiline: false,
            hint: "",
            width: None,
        }
    }

    /// A field of several lines, for descriptions and notes.
    pub(crate) fn multiline(id: Id, value: &'a str) -> Self {
        Self {
            multiline: true,
            ..Self::singleline(id, value)
        }
    }

    /// Grey text shown while the field is empty.
    pub(crate) fn hint(mut self, hint: &'a str) -> Self {
        self.hint = hint;
        self
    }

    pub(crate) fn width(mut self, width: f32) -> Self {
        self.width = Some(width);
        self
    }

    /// Shows the field. Returns its response and the new text when the user changed it
    /// this frame. When the field loses focus, the typing step it was part of ends.
    pub(crate) fn show(self, ui: &mut Ui, requests: &mut Requests) -> (Response, Option<String>) {
        let mut text = self.value.to_owned();
        let width = self.width.unwrap_or_else(|| ui.available_width());
        let mut wrapped = wrapped_layout;
        let edit = if self.multiline {
            TextEdit::multiline(&mut text).desired_rows(3)
        } else {
            TextEdit::singleline(&mut text).layouter(&mut wrapped)
        };
        let response = ui.add(edit.id(self.id).hint_text(self.hint).desired_width(width));
        if response.lost_focus() {
            requests.end_typing = true;
        }
        let typed = response.changed().then_some(text);
        (response, typed)
    }
}

/// The text of a one-line field laid out in rows of at most `wrap_width`: a long name or
/// title is shown whole, on as many rows as it needs, never cut off at the field's edge.
fn wrapped_layout(
    ui: &Ui,
    text: &dyn egui::TextBuffer,
    wrap_width: f32,
) -> std::sync::Arc<egui::Galley> {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let visuals = ui.visuals();
    let colour = visuals
        .override_text_color
        .unwrap_or_else(|| visuals.widgets.inactive.text_color());
    let mut job = egui::text::LayoutJob::simple(text.as_str().to_owned(), font, colour, wrap_width);
    // Spaces being typed at the end stay where the cursor is.
    job.keep_trailing_whitespace = true;
    ui.fonts_mut(|fonts| fonts.layout_job(job))
}

/// What the user did to a text field with suggestions.
pub(crate) enum FieldInput {
    Unchanged,
    /// Typed into the field: one keystroke of a typing step.
    Typed(String),
    /// Picked a suggestion from the menu: a step of its own.
    Picked(String),
}

/// A text field with a small menu beside it of values already used in the map, so a
/// department is spelled the same way on every touchpoint.
pub(crate) struct SuggestedField<'a> {
    pub id: Id,
    /// What the field is, for the menu button's accessible name ("Owner suggestions").
    pub name: &'a str,
    pub value: &'a str,
    pub suggestions: &'a [String],
    pub hint: &'a str,
}

impl SuggestedField<'_> {
    /// Shows the field, named by the label `label` for screen readers.
    pub(crate) fn show(self, ui: &mut Ui, label: Id, requests: &mut Requests) -> FieldInput {
        let mut result = FieldInput::Unchanged;
        ui.horizontal(|ui| {
            // Tight spacing makes the menu button exactly MENU_WIDTH wide, so the field can
            // be given the rest of the row.
            ui.spacing_mut().item_spacing.x = 2.0;
            ui.spacing_mut().button_padding.x = 4.0;
            let menu_width = if self.suggestions.is_empty() {
                0.0
            } else {
                MENU_WIDTH + 2.0
            };
            let (response, typed) = TextField::singleline(self.id, self.value)
                .hint(self.hint)
                .width(ui.available_width() - menu_width)
                .show(ui, requests);
            response.labelled_by(label);
            if let Some(text) = typed {
                result = FieldInput::Typed(text);
            }
            if self.suggestions.is_empty() {
                return;
            }
            let button = egui::Button::new("▾").min_size(egui::vec2(MENU_WIDTH, 0.0));
            let menu = egui::containers::menu::MenuButton::from_button(button);
            let (response, _) = menu.ui(ui, |ui| {
                for suggestion in self.suggestions {
                    let chosen = suggestion == self.value;
                    if ui.selectable_label(chosen, suggestion.as_str()).clicked() {
                        result = FieldInput::Picked(suggestion.clone());
                    }
                }
            });
            response
                .on_hover_text(crate::tr!("inspector-suggestions-hover"))
                .accessible_name(crate::tr!("inspector-suggestions-name", name = self.name));
        });
        result
    }
}

/// The distinct non-empty values of one text field over every touchpoint, after `first`:
/// suggestions for a field, sorted so the menu reads the same every time.
pub(crate) fn used_values<'a>(
    journey: &'a Journey,
    field: impl Fn(&'a Touchpoint) -> &'a String,
    first: &[&str],
) -> Vec<String> {
    let found: BTreeSet<&str> = journey
        .touchpoints()
        .map(field)
        .map(|value| value.trim())
        .filter(|value| !value.is_empty() && !first.contains(value))
        .collect();
    first
        .iter()
        .copied()
        .chain(found)
        .map(str::to_owned)
        .collect()
}

/// A combo box over `options` (each a value and its name), showing `current`, or "mixed"
/// when the things edited have no single current value. It is `width` wide, or as wide
/// as the space left. Returns its response and the option the user picked this frame,
/// if it differs from `current`.
pub(crate) fn choice_ui<T: Copy + PartialEq>(
    ui: &mut Ui,
    id: Id,
    current: Option<T>,
    options: &[(T, String)],
    width: Option<f32>,
) -> (Response, Option<T>) {
    let width = width.unwrap_or_else(|| ui.available_width());
    let found = options.iter().find(|(value, _)| Some(*value) == current);
    let selected_text = match (found, current) {
        (Some((_, name)), _) => name.clone(),
        (None, None) => crate::tr!("inspector-choice-mixed"),
        // A lane or stage the touchpoint names but the map lacks; validation reports it.
        (None, Some(_)) => crate::tr!("inspector-choice-missing"),
    };
    let mut picked = None;
    // A combo box grows to fit its text; held to `width`, a long name is cut short
    // instead of pushing the widgets after it off the panel.
    let size = egui::vec2(width, ui.spacing().interact_size.y);
    let response = ui
        .allocate_ui(size, |ui| {
            ComboBox::from_id_salt(id)
                .width(width)
                .selected_text(selected_text)
                .truncate()
                .show_ui(ui, |ui| {
                    for (value, name) in options {
                        if ui
                            .selectable_label(Some(*value) == current, name.as_str())
                            .clicked()
                        {
                            picked = Some(*value);
                        }
                    }
                })
                .response
        })
        .inner;
    (response, picked.filter(|value| Some(*value) != current))
}

/// A small button that fills a colour when selected: for one-click choices such as
/// ratings and severities, where a combo box would take two clicks.
pub(crate) fn chip_ui(
    ui: &mut Ui,
    text: &str,
    selected: bool,
    fill: Option<Color32>,
    name: &str,
) -> Response {
    let text = match (selected, fill) {
        (true, Some(fill)) => RichText::new(text).color(style::text_on(fill)),
        _ => RichText::new(text),
    };
    let mut button = egui::Button::selectable(selected, text).min_size(egui::vec2(24.0, 0.0));
    if let (true, Some(fill)) = (selected, fill) {
        button = button.fill(fill);
    }
    ui.add(button).accessible_name(name)
}

/// `title` in the quotes of the language, or a mark that it has none: how a panel names
/// a touchpoint in a sentence. The quotes also keep the text apart from the card that
/// shows the same title.
pub(crate) fn quoted(title: &str) -> String {
    if title.trim().is_empty() {
        crate::tr!("inspector-untitled")
    } else {
        crate::tr!("inspector-quoted", title = title)
    }
}
