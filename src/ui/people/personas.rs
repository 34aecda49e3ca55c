//! The personas: each on a card with its name, kind, colour and description, its path
//! (shown by [`super::path`]), and buttons to highlight it on the map or remove it.

use egui::{Button, CornerRadius, Frame, Margin, Rect, RichText, Sense, Stroke, Ui};

use super::path;
use super::shared::{Card, Input, PeopleState, colour32, remove_colour, toggle_highlight};
use crate::model::{Colour, Edit, Persona, PersonaKind};
use crate::tr;
use crate::ui::Requests;
use crate::ui::filter::Highlight;
use crate::ui::inspector::fields::{TextField, chip_ui};

/// The name of the colour at `index` of [`Colour::PALETTE`], for hover texts and screen
/// readers.
fn palette_name(index: usize) -> String {
    match index {
        0 => tr!("people-colour-blue"),
        1 => tr!("people-colour-red"),
        2 => tr!("people-colour-green"),
        3 => tr!("people-colour-purple"),
        4 => tr!("people-colour-orange"),
        5 => tr!("people-colour-brown"),
        6 => tr!("people-colour-pink"),
        _ => tr!("people-colour-cyan"),
    }
}

/// The name of a kind of persona, as its choice button shows it.
fn kind_name(kind: PersonaKind) -> String {
    match kind {
        PersonaKind::Customer => tr!("people-kind-customer"),
        PersonaKind::Employee => tr!("people-kind-employee"),
    }
}

/// Side of a palette swatch.
const SWATCH: f32 = 16.0;
/// Width of the colour bar at the left edge of a persona's card.
const BAR_WIDTH: f32 = 4.0;

/// The personas, each on a card, and a button to add one.
pub(super) fn personas_ui(
    ui: &mut Ui,
    input: &Input<'_>,
    highlight: &mut Option<Highlight>,
    state: &mut PeopleState,
    requests: &mut Requests,
) {
    let personas = input.journey.personas();
    if personas.is_empty() {
        ui.label(RichText::new(tr!("people-personas-empty")).weak());
        ui.add_space(4.0);
    }
    for (index, persona) in personas.iter().enumerate() {
        ui.push_id(("persona", persona.id), |ui| {
            let card = Card {
                input,
                persona,
                n: index + 1,
            };
            card_ui(ui, &card, highlight, state, requests);
        });
        ui.add_space(6.0);
    }
    if ui.button(tr!("people-add-persona")).clicked() {
        // The first palette colour no persona wears yet, so the paths on the map differ.
        let colour = Colour::PALETTE
            .into_iter()
            .find(|colour| personas.iter().all(|p| p.colour != *colour))
            .unwrap_or(Colour::PALETTE[personas.len() % Colour::PALETTE.len()]);
        let persona = Persona {
            id: requests.ids.persona(),
            name: tr!("people-new-persona"),
            description: String::new(),
            kind: PersonaKind::Customer,
            colour,
            path: Vec::new(),
        };
        requests.edit(Edit::AddPersona(persona), tr!("people-undo-add-persona"));
    }
}

/// One persona's card: its words, colour, path and buttons.
fn card_ui(
    ui: &mut Ui,
    card: &Card<'_>,
    highlight: &mut Option<Highlight>,
    state: &mut PeopleState,
    requests: &mut Requests,
) {
    let persona = card.persona;
    let colour = colour32(persona.colour);
    let marked =
        *highlight == Some(Highlight::Persona(persona.id)) || state.recording == Some(persona.id);
    let mut frame = Frame::group(ui.style()).inner_margin(Margin {
        left: 6 + BAR_WIDTH as i8,
        right: 6,
        top: 6,
        bottom: 6,
    });
    if marked {
        // A tint rather than a thicker edge, so nothing in the card moves.
        frame = frame.fill(colour.gamma_multiply(0.1));
    }
    let response = frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        words_ui(ui, card, requests);
        ui.add_space(4.0);
        path::path_ui(ui, card, highlight, state, requests);
        ui.add_space(4.0);
        buttons_ui(ui, card, highlight, state, requests);
    });
    // The persona's colour down the card's left edge: the colour its path has on the map.
    let rect = response.response.rect;
    let bar = Rect::from_min_max(rect.min, egui::pos2(rect.left() + BAR_WIDTH, rect.bottom()));
    let radius = ui.visuals().widgets.noninteractive.corner_radius;
    let radius = CornerRadius {
        ne: 0,
        se: 0,
        ..radius
    };
    ui.painter().rect_filled(bar, radius, colour);
}

/// Name, kind, colour and description.
fn words_ui(ui: &mut Ui, card: &Card<'_>, requests: &mut Requests) {
    let (persona, n) = (card.persona, card.n);
    let id = persona.id;

    let field_id = ui.make_persistent_id("name");
    let hint = tr!("people-persona-name-hint");
    let (response, typed) = TextField::singleline(field_id, &persona.name)
        .hint(&hint)
        .show(ui, requests);
    response.accessible_name(tr!("people-persona-name-name", n = n));
    if let Some(name) = typed {
        let mut persona = persona.clone();
        persona.name = name;
        requests.typing(
            Edit::SetPersona(persona),
            tr!("people-undo-rename-persona"),
            ("persona", id, "name"),
        );
    }

    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 3.0;
        for kind in [PersonaKind::Customer, PersonaKind::Employee] {
            let name = kind_name(kind);
            let label = tr!("people-persona-kind-name", n = n, kind = name.as_str());
            if chip_ui(ui, &name, persona.kind == kind, None, &label).clicked() {
                card.set(requests, &tr!("people-undo-persona-kind"), |p| {
                    p.kind = kind
                });
            }
        }
    });

    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 3.0;
        for (index, colour) in Colour::PALETTE.into_iter().enumerate() {
            let name = palette_name(index);
            let label = tr!("people-persona-colour-name", n = n, colour = name.as_str());
            if swatch_ui(ui, colour, persona.colour == colour, &label)
                .on_hover_text(name)
                .clicked()
            {
                card.set(requests, &tr!("people-undo-persona-colour"), |p| {
                    p.colour = colour;
                });
            }
        }
        // Narrower than a usual colour button, so it reads as one more choice in the row.
        ui.spacing_mut().interact_size.x = 1.75 * SWATCH;
        let mut rgb = persona.colour.0;
        let response = egui::color_picker::color_edit_button_srgb(ui, &mut rgb)
            .on_hover_text(tr!("people-pick-colour"))
            .accessible_name(tr!("people-persona-custom-colour-name", n = n));
        if response.changed() && rgb != persona.colour.0 {
            let mut persona = persona.clone();
            persona.colour = Colour(rgb);
            // Dragging in the picker changes the colour every frame: one undo step.
            let key = ("persona", id, "colour");
            let label = tr!("people-undo-persona-colour");
            requests.typing(Edit::SetPersona(persona), label, key);
        }
    });

    let field_id = ui.make_persistent_id("description");
    let hint = tr!("people-persona-description-hint");
    let (response, typed) = TextField::multiline(field_id, &persona.description)
        .hint(&hint)
        .show(ui, requests);
    response.accessible_name(tr!("people-persona-description-name", n = n));
    if let Some(description) = typed {
        let mut persona = persona.clone();
        persona.description = description;
        let key = ("persona", id, "description");
        let label = tr!("people-undo-persona-description");
        requests.typing(Edit::SetPersona(persona), label, key);
    }
}

/// A square of `colour` that picks it, outlined when it is the one picked. `name` is its
/// accessible name.
fn swatch_ui(ui: &mut Ui, colour: Colour, picked: bool, name: &str) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(SWATCH, SWATCH), Sense::click());
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::Button, ui.is_enabled(), picked, name)
    });
    if ui.is_rect_visible(rect) {
        let fill = colour32(colour);
        ui.painter().rect_filled(rect.shrink(1.5), 3.0, fill);
        if picked {
            let stroke = Stroke::new(2.0, ui.visuals().strong_text_color());
            ui.painter()
                .rect_stroke(rect, 4.0, stroke, egui::StrokeKind::Inside);
        } else if response.hovered() {
            let stroke = Stroke::new(1.0, ui.visuals().text_color());
            ui.painter()
                .rect_stroke(rect, 4.0, stroke, egui::StrokeKind::Inside);
        }
    }
    response
}

/// Highlight and remove.
fn buttons_ui(
    ui: &mut Ui,
    card: &Card<'_>,
    highlight: &mut Option<Highlight>,
    state: &mut PeopleState,
    requests: &mut Requests,
) {
    let (persona, n) = (card.persona, card.n);
    let id = persona.id;
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(4.0, 4.0);
        let this = Highlight::Persona(id);
        let shown = ui
            .add(Button::new(tr!("people-highlight")).selected(*highlight == Some(this)))
            .on_hover_text(tr!("people-persona-highlight-hover"))
            .accessible_name(tr!("people-persona-highlight-name", n = n));
        if shown.clicked() {
            toggle_highlight(highlight, this);
        }

        let remove = ui
            .add(Button::new(
                RichText::new(tr!("people-remove-persona")).color(remove_colour(ui)),
            ))
            .on_hover_text(tr!("people-remove-persona-hover"))
            .accessible_name(tr!("people-remove-persona-name", n = n));
        if remove.clicked() {
            requests.edit(Edit::RemovePersona(id), tr!("people-undo-remove-persona"));
            if state.recording == Some(id) {
                state.recording = None;
            }
        }
    });
}
#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use super::super::testing::{self, ANNA, with_persona};
    use crate::model::{Colour, PersonaKind};

    #[test]
    fn a_persona_is_added_and_renamed_in_one_undo_step() {
        let mut harness = testing::panel(testing::journey());
        harness.get_by_label("Add persona").click();
        harness.run();
        // Typed in two goes, so the renaming spans several frames and several edits.
        testing::retype(&mut harness, "Persona 1 name", "Anna");
        harness
            .get_by_label("Persona 1 name")
            .type_text(", first-time buyer");
        harness.run();
        harness.key_press(egui::Key::Enter);
        harness.run();
        harness.get_by_label("Persona 1 kind: Employee").click();
        harness.run();

        let bench = harness.state();
        let anna = bench.journey().persona(ANNA).cloned();
        assert_eq!(
            anna.as_ref().map(|p| p.name.as_str()),
            Some("Anna, first-time buyer")
        );
        assert_eq!(anna.as_ref().map(|p| p.colour), Some(Colour::PALETTE[0]));
        assert_eq!(anna.map(|p| p.kind), Some(PersonaKind::Employee));
        assert!(bench.refused.is_empty(), "{:?}", bench.refused);

        // Carried out through an undo history, as the app does, the typing is one step.
        let mut editor = testing::replay(bench);
        assert_eq!(editor.undo().as_deref(), Some("Set persona kind"));
        assert_eq!(editor.undo().as_deref(), Some("Rename persona"));
        let name = editor.journey().persona(ANNA).map(|p| p.name.clone());
        assert_eq!(name.as_deref(), Some("New persona"));
        assert_eq!(editor.undo().as_deref(), Some("Add persona"));
        assert!(editor.journey().personas().is_empty());
    }

    #[test]
    fn a_second_persona_gets_the_next_colour() {
        let mut harness = with_persona(&[]);
        harness.get_by_label("Add persona").click();
        harness.run();
        let colours: Vec<Colour> = harness
            .state()
            .journey()
            .personas()
            .iter()
            .map(|p| p.colour)
            .collect();
        assert_eq!(colours, [Colour::PALETTE[0], Colour::PALETTE[1]]);
        harness.get_by_label("Persona 2 colour: green").click();
        harness.run();
        let colour = harness
            .state()
            .journey()
            .personas()
            .get(1)
            .map(|p| p.colour);
        assert_eq!(colour, Some(Colour::PALETTE[2]));
    }
}
