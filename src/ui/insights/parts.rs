//! What the insights panel's sections share: the panel's view state, and the widgets
//! every section is built of (a foldable section, a clickable row, a list cut short, an
//! empty section's line, the names and colours they use).

use std::collections::BTreeSet;

use egui::{CollapsingHeader, Color32, CornerRadius, Frame, Label, Margin, Response, RichText};
use egui::{Sense, Shape, Stroke, StrokeKind, Ui, UiBuilder};

use crate::model::{Journey, PersonaId, TermsArea, TouchpointId};
use crate::tr;

/// How many entries a long list shows until the user asks for all of them.
pub(super) const SHORT_LIST: usize = 10;

/// The insights panel's own view state, kept between frames and never saved.
///
/// Which sections are folded is kept by egui under each section's stable id.
#[derive(Clone, Debug, Default)]
pub struct InsightsState {
    /// Whose emotion and experience curves to draw: a persona's path, or with `None`
    /// every visible touchpoint.
    pub persona: Option<PersonaId>,
    /// Whether the hidden-impact list shows every hidden step, not just the top ones.
    pub all_hidden_impact: bool,
    /// Whether every warning is listed, not just the first ones.
    pub all_warnings: bool,
    /// Whether every pair of owners with handoffs is listed, not just the busiest.
    pub all_handoffs: bool,
    /// The owner pairs whose handoffs are unfolded, by lowercase owner names.
    pub open_handoffs: BTreeSet<(String, String)>,
    /// The first and last day of the feedback counted, as typed (empty: open).
    pub feedback_since: String,
    pub feedback_until: String,
}

/// A foldable section under a stable id, open until the user folds it.
pub(super) fn section_ui(ui: &mut Ui, key: &str, title: String, add_body: impl FnOnce(&mut Ui)) {
    ui.add_space(8.0);
    CollapsingHeader::new(RichText::new(title).strong().size(15.0))
        .id_salt(("insights section", key))
        .default_open(true)
        .show_unindented(ui, |ui| {
            ui.add_space(2.0);
            add_body(ui);
        });
}

/// A row as wide as the panel that can be clicked: a list entry that shows something on
/// the map. `name` is its accessible name; the row is highlighted under the pointer.
pub(super) fn row_ui(ui: &mut Ui, name: &str, add_contents: impl FnOnce(&mut Ui)) -> Response {
    // The highlight goes behind the row's text, but its size is known only after the text
    // is laid out: reserve its place in the paint order first.
    let background = ui.painter().add(Shape::Noop);
    let response = ui
        .scope_builder(UiBuilder::new().sense(Sense::click()), |ui| {
            ui.set_width(ui.available_width());
            Frame::new()
                .inner_margin(Margin::symmetric(4, 2))
                .show(ui, add_contents);
        })
        .response;
    let visuals = ui.visuals();
    if response.hovered() || response.has_focus() {
        let fill = visuals.widgets.hovered.weak_bg_fill;
        let shape = Shape::rect_filled(response.rect, CornerRadius::same(3), fill);
        ui.painter().set(background, shape);
    }
    if response.has_focus() {
        let stroke = visuals.selection.stroke;
        let radius = CornerRadius::same(3);
        ui.painter()
            .rect_stroke(response.rect, radius, stroke, StrokeKind::Inside);
    }
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::accesskit::Role::Button, ui.is_enabled(), name)
    });
    response.on_hover_cursor(egui::CursorIcon::PointingHand)
}

/// A label that wraps at the panel's edge and is not selectable, so a click on it goes to
/// the row around it.
pub(super) fn text_ui(ui: &mut Ui, text: impl Into<egui::WidgetText>) -> Response {
    ui.add(Label::new(text).wrap().selectable(false))
}

/// The name of a TERMS area in the language of the thread.
pub(super) fn area_name(area: TermsArea) -> String {
    match area {
        TermsArea::Time => tr!("terms-time"),
        TermsArea::Emotion => tr!("terms-emotion"),
        TermsArea::Risk => tr!("terms-risk"),
        TermsArea::Money => tr!("terms-money"),
        TermsArea::Situation => tr!("terms-situation"),
    }
}

/// A touchpoint's title as lists show it, or a mark that it has none (or is gone).
pub(super) fn title_of(journey: &Journey, id: TouchpointId) -> String {
    match journey.touchpoint(id) {
        Some(touchpoint) if !touchpoint.title.trim().is_empty() => touchpoint.title.clone(),
        Some(_) => tr!("insights-untitled"),
        None => tr!("insights-missing", what = id.to_string()),
    }
}

/// A list that [`more_ui`] cuts short.
#[derive(Clone, Copy)]
pub(super) enum LongList {
    Warnings,
    HiddenSteps,
    OwnerPairs,
}

/// A "Show all N …" or "Show the first 10 …" button under a list cut short at
/// [`SHORT_LIST`].
pub(super) fn more_ui(ui: &mut Ui, total: usize, all: &mut bool, list: LongList) {
    if total <= SHORT_LIST {
        return;
    }
    let text = match (list, *all) {
        (LongList::Warnings, true) => tr!("insights-first-warnings", count = SHORT_LIST),
        (LongList::Warnings, false) => tr!("insights-all-warnings", count = total),
        (LongList::HiddenSteps, true) => tr!("insights-first-hidden-steps", count = SHORT_LIST),
        (LongList::HiddenSteps, false) => tr!("insights-all-hidden-steps", count = total),
        (LongList::OwnerPairs, true) => tr!("insights-first-owner-pairs", count = SHORT_LIST),
        (LongList::OwnerPairs, false) => tr!("insights-all-owner-pairs", count = total),
    };
    if ui.small_button(text).clicked() {
        *all = !*all;
    }
}

/// A weak line of text that explains an empty section.
pub(super) fn empty_ui(ui: &mut Ui, text: &str) {
    ui.add(Label::new(RichText::new(text).weak()).wrap());
}

/// A thin outline for whatever is active: the heatmap cell that filters the canvas.
pub(super) fn active_stroke(ui: &Ui) -> Stroke {
    Stroke::new(2.0, ui.visuals().strong_text_color())
}

/// A colour for text that says things are well: readable on light and dark panels.
pub(super) fn good_colour(ui: &Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(110, 200, 120)
    } else {
        Color32::from_rgb(30, 130, 50)
    }
}
