//! The personas and promises panel: who walks the map and along which path, and what the
//! service promises and which touchpoints keep each promise.
//!
//! Split by what it lists: [`personas`] (with each one's [`path`]) and [`promises`], with
//! the touchpoint rows the lists share in [`rows`], and what every list reads and uses in
//! [`shared`]. Like the rest of the UI it only reads the journey and asks for
//! every change through [`Requests`]; what the canvas marks out is the caller's
//! [`Highlight`], and a path being recorded is the panel's own view state.

mod path;
mod personas;
mod promises;
mod rows;
mod shared;
#[cfg(test)]
mod testing;

use egui::{RichText, Ui};

use super::Requests;
use super::filter::Highlight;
use super::inspector::fields;
use super::selection::Selection;
use crate::model::analysis::journey_order_all;
use crate::model::{Edit, Journey, TouchpointId};
use shared::Input;
pub use shared::PeopleState;

/// Shows the personas and the promises, and asks for the changes the user makes.
///
/// It fills `ui` from the top; the caller places it, in a vertical `ScrollArea` inside a
/// side panel. `highlight` is what the canvas marks out: the panel sets and clears it.
pub fn people_ui(
    ui: &mut Ui,
    journey: &Journey,
    selection: &Selection,
    highlight: &mut Option<Highlight>,
    state: &mut PeopleState,
    requests: &mut Requests,
) {
    forget_missing(journey, highlight, state);
    // Journey order costs a graph walk; with nothing selected there is nothing to order.
    let selected: Vec<TouchpointId> = if selection.touchpoints.is_empty() {
        Vec::new()
    } else {
        journey_order_all(journey)
            .into_iter()
            .filter(|id| selection.touchpoints.contains(id))
            .collect()
    };
    let input = Input {
        journey,
        selected: &selected,
    };

    ui.heading(crate::tr!("people-title"));
    if let Some(persona) = state.recording.and_then(|id| journey.persona(id)) {
        ui.add_space(6.0);
        path::recording_banner_ui(ui, persona, state);
    }

    fields::section_ui(ui, &crate::tr!("people-personas"));
    personas::personas_ui(ui, &input, highlight, state, requests);

    fields::section_ui(ui, &crate::tr!("people-promises"));
    ui.label(RichText::new(crate::tr!("people-promises-intro")).weak());
    ui.add_space(4.0);
    promises::promises_ui(ui, &input, highlight, requests);
}

/// Called by the app when a card is clicked on the canvas: while a persona's path is being
/// recorded, appends the touchpoint to it (one undo step per click).
pub fn record_click(
    journey: &Journey,
    state: &PeopleState,
    clicked: TouchpointId,
    requests: &mut Requests,
) {
    let Some(persona) = state.recording.and_then(|id| journey.persona(id)) else {
        return;
    };
    // A second click on the step just recorded is a slip or a double click: nobody meets
    // the same touchpoint twice in a row. Going back to it later is kept.
    if journey.touchpoint(clicked).is_none() || persona.path.last() == Some(&clicked) {
        return;
    }
    let mut persona = persona.clone();
    persona.path.push(clicked);
    requests.edit(
        Edit::SetPersona(persona),
        crate::tr!("people-undo-add-to-path"),
    );
}

/// Stops recording, and clears the highlight, of a persona or promise that is gone (after
/// a remove, or an undo of its adding), so neither points at nothing.
fn forget_missing(journey: &Journey, highlight: &mut Option<Highlight>, state: &mut PeopleState) {
    if state
        .recording
        .is_some_and(|id| journey.persona(id).is_none())
    {
        state.recording = None;
    }
    let gone = match *highlight {
        Some(Highlight::Persona(id)) => journey.persona(id).is_none(),
        Some(Highlight::Promise(id)) => journey.promise(id).is_none(),
        None => false,
    };
    if gone {
        *highlight = None;
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use super::testing::{self, BROWSE, persona, promise};
    use crate::model::{Edit, PersonaId, PromiseId};
    use crate::ui::filter::Highlight;
    use crate::ui::inspector::testing::{CONFIRM, INVOICE, ORDER};

    #[test]
    fn highlight_on_map_toggles_and_moves_between_persona_and_promise() {
        let mut journey = testing::journey();
        for edit in [
            Edit::AddPersona(persona(1, "Anna", &[ORDER])),
            Edit::AddPromise(promise(1, "Delivered tomorrow")),
        ] {
            assert!(journey.apply(edit).is_ok());
        }
        let mut harness = testing::panel(journey);
        let highlight = |harness: &testing::Harness| harness.state().view.highlight;

        harness.get_by_label("Highlight persona 1 on map").click();
        harness.run();
        assert_eq!(highlight(&harness), Some(Highlight::Persona(PersonaId(1))));

        harness.get_by_label("Highlight promise 1 on map").click();
        harness.run();
        assert_eq!(highlight(&harness), Some(Highlight::Promise(PromiseId(1))));

        harness.get_by_label("Highlight promise 1 on map").click();
        harness.run();
        assert_eq!(highlight(&harness), None);
        assert!(harness.state().done.is_empty(), "highlighting is no edit");
    }

    #[test]
    fn a_persona_and_a_promise_are_removed_and_their_highlight_with_them() {
        let mut journey = testing::journey();
        for edit in [
            Edit::AddPersona(persona(1, "Anna", &[ORDER, CONFIRM])),
            Edit::AddPromise(promise(1, "Delivered tomorrow")),
        ] {
            assert!(journey.apply(edit).is_ok());
        }
        let mut harness = testing::panel(journey);
        harness.get_by_label("Highlight persona 1 on map").click();
        harness.run();
        harness.get_by_label("Record path of persona 1").click();
        harness.run();

        harness.get_by_label("Remove persona 1").click();
        harness.run();
        harness.get_by_label("Remove promise 1").click();
        harness.run();

        let bench = harness.state();
        assert!(bench.journey().personas().is_empty());
        assert!(bench.journey().promises().is_empty());
        assert_eq!(bench.done, ["Remove persona", "Remove promise"]);
        assert_eq!(bench.view.highlight, None);
        assert_eq!(bench.view.state.recording, None);
        harness.get_by_label_contains("No personas yet");
        harness.get_by_label_contains("No promises yet");
    }

    #[test]
    fn the_panel_fits_the_narrowest_and_widest_side_panel() {
        let mut journey = testing::journey();
        let mut anna = persona(
            1,
            "Anna, a first-time buyer who orders on her phone at night",
            &[BROWSE, ORDER, CONFIRM, INVOICE],
        );
        anna.description = "Busy, price-aware, wants to know when the parcel comes".into();
        let mut kept = promise(1, "Your order arrives the next working day, or it is free");
        kept.redeemed_by = vec![ORDER, INVOICE];
        kept.secured_by = vec![INVOICE];
        for edit in [
            Edit::AddPersona(anna),
            Edit::AddPersona(persona(2, "", &[])),
            Edit::AddPromise(kept),
            Edit::AddPromise(promise(2, "")),
        ] {
            assert!(journey.apply(edit).is_ok());
        }
        // The widest the app lets the panel be, its default, and the narrowest.
        for width in [560.0, 320.0, 220.0] {
            let mut harness = testing::panel_at(width, journey.clone());
            harness.state_mut().view.selection.touchpoints = [ORDER, INVOICE].into();
            harness.get_by_label("Record path of persona 1").click();
            harness.run();
            harness.get_by_label_contains("Click touchpoints on the map");
            crate::ui::inspector::testing::assert_fits(&harness);
        }
        let harness = testing::panel_at(220.0, testing::journey());
        crate::ui::inspector::testing::assert_fits(&harness);
    }

    #[test]
    fn the_panel_speaks_finnish() {
        crate::i18n::set_language(crate::i18n::Language::Finnish);
        let mut journey = testing::journey();
        let mut kept = promise(1, "Toimitus huomenna");
        kept.redeemed_by = vec![INVOICE];
        for edit in [
            Edit::AddPersona(persona(1, "Anna", &[ORDER, CONFIRM])),
            Edit::AddPromise(kept),
        ] {
            assert!(journey.apply(edit).is_ok());
        }
        let mut harness = testing::panel_at(220.0, journey);
        harness.get_by_label("Persoonat ja lupaukset");
        harness.get_by_label("Persoonan 1 askel 2: Send confirmation");
        harness.get_by_label("Siirrä persoonan 1 askel 2 ylös");
        harness.get_by_label("Persoonan 1 tyyppi: Työntekijä");
        harness.get_by_label_contains("(piilossa: ei lasketa)");
        harness.get_by_label("Kirjaa persoonan 1 polku").click();
        harness.run();
        harness.get_by_label("2 askelta kirjattu");
        crate::ui::inspector::testing::assert_fits(&harness);

        harness.get_by_label("Poista persoona 1").click();
        harness.run();
        assert_eq!(harness.state().done, ["Poista persoona"]);
    }
}
