//! What the lists of the people panel share: what they read ([`Input`], and a persona's
//! [`Card`]), the panel's view state ([`PeopleState`]), and the small pieces each list
//! draws with.

use std::borrow::Cow;

use egui::{Color32, Ui};

use crate::model::{Colour, Edit, Journey, Persona, PersonaId, TouchpointId};
use crate::ui::Requests;
use crate::ui::filter::Highlight;

/// The panel's own view state, kept between frames and never saved.
#[derive(Clone, Debug, Default)]
pub struct PeopleState {
    /// The persona whose path is being recorded: each touchpoint clicked on the canvas is
    /// added to the end of it (see [`super::record_click`]).
    pub recording: Option<PersonaId>,
}

/// What every card of the panel reads: the journey, and the selected touchpoints in the
/// order a customer meets them.
pub(super) struct Input<'a> {
    pub journey: &'a Journey,
    /// Selected touchpoints, in journey order, so whatever is taken from the selection
    /// reads as the journey happens rather than in the order the cards were made.
    pub selected: &'a [TouchpointId],
}

/// What one persona's card shows.
pub(super) struct Card<'a> {
    pub input: &'a Input<'a>,
    pub persona: &'a Persona,
    /// Its place in the list, counted from 1, for accessible names ("Persona 2 name").
    pub n: usize,
}

impl Card<'_> {
    /// Asks to replace the persona with `changed`, as an undo step of its own.
    pub(super) fn set(
        &self,
        requests: &mut Requests,
        label: &str,
        change: impl FnOnce(&mut Persona),
    ) {
        let mut persona = self.persona.clone();
        change(&mut persona);
        if persona != *self.persona {
            requests.edit(Edit::SetPersona(persona), label);
        }
    }
}

/// Marks out `this` on the canvas, or stops marking it out when it already is.
pub(super) fn toggle_highlight(highlight: &mut Option<Highlight>, this: Highlight) {
    *highlight = if *highlight == Some(this) {
        None
    } else {
        Some(this)
    };
}

/// The egui colour of a persona's colour.
pub(super) fn colour32(colour: Colour) -> Color32 {
    let [r, g, b] = colour.0;
    Color32::from_rgb(r, g, b)
}

/// The text colour of a remove button: quieter than the error colour, but set apart from
/// the buttons that build things.
pub(super) fn remove_colour(ui: &Ui) -> Color32 {
    ui.visuals()
        .error_fg_color
        .lerp_to_gamma(ui.visuals().text_color(), 0.35)
}

/// The title of `id` for a list, or a note that the touchpoint is missing.
pub(super) fn title_of(journey: &Journey, id: TouchpointId) -> Cow<'_, str> {
    journey.touchpoint(id).map_or_else(
        || Cow::Owned(crate::tr!("people-missing-touchpoint")),
        |t| Cow::Borrowed(t.title.as_str()),
    )
}
