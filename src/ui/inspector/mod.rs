//! The inspector: the side panel that edits whatever is selected on the canvas.
//!
//! Split by what is selected: [`touchpoint`] edits one touchpoint (with its TERMS tags in
//! [`terms`], its ratings in [`ratings`], what customers and employees said about it in
//! [`feedback`] and its observations in [`observations`]),
//! [`link`] one link, and [`several`] many things at once. Like the rest of the UI it only
//! reads the journey, and asks for every change through [`Requests`].

mod feedback;
pub(crate) mod fields;
mod link;
mod observations;
mod ratings;
mod several;
mod state;
mod terms;
#[cfg(test)]
pub(crate) mod testing;
mod touchpoint;

use egui::{RichText, Ui};

use super::Requests;
use super::selection::Selection;
pub use state::InspectorState;

use crate::io::feedback::MapFeedback;
use crate::model::Journey;

/// Shows the fields of the selection and asks for the changes the user makes.
///
/// It fills `ui` from the top and can grow taller than a window: the caller places it,
/// in a vertical `ScrollArea` inside a side panel about 300 points wide.
pub fn inspector_ui(
    ui: &mut Ui,
    journey: &Journey,
    feedback: Option<&MapFeedback>,
    selection: &Selection,
    state: &mut InspectorState,
    requests: &mut Requests,
) {
    let single_touchpoint = selection
        .single_touchpoint()
        .and_then(|id| journey.touchpoint(id));
    let single_link = selection.single_link().and_then(|id| journey.link(id));
    if let Some(touchpoint) = single_touchpoint {
        touchpoint::touchpoint_ui(ui, journey, feedback, touchpoint, state, requests);
    } else if let Some(link) = single_link {
        link::link_ui(ui, journey, link, requests);
    } else if several::has_any(journey, selection) {
        several::several_ui(ui, journey, selection, &mut state.several, requests);
    } else {
        nothing_ui(ui);
    }
}

/// What the panel says when nothing is selected.
fn nothing_ui(ui: &mut Ui) {
    ui.heading(crate::tr!("inspector-title"));
    ui.add_space(6.0);
    ui.label(RichText::new(crate::tr!("inspector-nothing-selected")).weak());
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use super::testing::{self, CONFIRM, CONFIRMS, ORDER};
    use crate::i18n::Language;
    use crate::model::{Edit, Severity, TermsArea, TermsTag, TouchpointChange};
    use crate::ui::selection::Selection;

    #[test]
    fn with_nothing_selected_it_says_what_to_do() {
        let harness = testing::inspector(testing::journey(), Selection::default());
        harness.get_by_label_contains("Select a touchpoint or a link");
    }

    #[test]
    fn every_view_fits_a_narrow_side_panel() {
        let several = Selection {
            touchpoints: [ORDER, CONFIRM].into(),
            links: [CONFIRMS].into(),
        };
        let selections = [
            Selection::touchpoint(CONFIRM),
            Selection::link(CONFIRMS),
            several,
        ];
        // Every TERMS area tagged, so each row shows all it can, with long words.
        let mut journey = testing::journey();
        let title = TouchpointChange::Title("Sends the order confirmation by email".to_owned());
        let edit = Edit::UpdateTouchpoint {
            id: CONFIRM,
            change: title,
        };
        assert!(journey.apply(edit).is_ok());
        for area in TermsArea::ALL {
            let tag = TermsTag {
                area,
                severity: Severity::Critical,
                note: "Customers wait for days before anyone answers them".to_owned(),
            };
            let change = TouchpointChange::Tag {
                area,
                tag: Some(tag),
            };
            let edit = Edit::UpdateTouchpoint {
                id: CONFIRM,
                change,
            };
            assert!(journey.apply(edit).is_ok());
        }
        // The panel's default width, and the narrowest the app lets it be, in every
        // language: Finnish words run longer.
        for language in Language::ALL {
            crate::i18n::set_language(language);
            for width in [300.0, 220.0] {
                for selection in selections.clone() {
                    let harness = testing::inspector_at(width, journey.clone(), selection);
                    testing::assert_fits(&harness);
                }
            }
        }
    }

    /// The online-order example with its feedback read, and its touchpoint with the most
    /// responses and comments.
    fn example_and_busiest() -> (
        crate::model::Journey,
        crate::io::feedback::MapFeedback,
        crate::model::TouchpointId,
    ) {
        let (journey, feedback) = crate::ui::insights::testing::example_with_feedback();
        let id = feedback
            .about
            .iter()
            .max_by_key(|(_, found)| found.len())
            .map(|(&id, _)| id)
            .expect("responses");
        (journey, feedback, id)
    }

    #[test]
    fn a_touchpoints_feedback_fits_and_a_comment_becomes_an_observation() {
        for language in Language::ALL {
            crate::i18n::set_language(language);
            for width in [300.0, 220.0] {
                let (journey, feedback, id) = example_and_busiest();
                let harness = testing::inspector_with_feedback(
                    width,
                    journey,
                    feedback,
                    Selection::touchpoint(id),
                );
                testing::assert_fits(&harness);
            }
        }
        crate::i18n::set_language(Language::English);
        let (journey, feedback, id) = example_and_busiest();
        let mut harness =
            testing::inspector_with_feedback(300.0, journey, feedback, Selection::touchpoint(id));
        harness.get_by_label_contains("Customers: NPS");
        harness
            .get_all_by_label("Make an observation")
            .next()
            .expect("a comment")
            .click_accesskit();
        harness.run();
        assert_eq!(harness.state().done, ["Make a comment an observation"]);
    }

    #[test]
    fn the_inspector_speaks_finnish() {
        crate::i18n::set_language(Language::Finnish);
        let several = Selection {
            touchpoints: [ORDER, CONFIRM].into(),
            links: [CONFIRMS].into(),
        };
        let harness = testing::inspector(testing::journey(), several);
        harness.get_by_label("Valittuna 2 kosketuspistettä ja 1 yhteys");
        harness.get_by_label("Poista 2 kosketuspistettä ja 1 yhteys");

        let mut harness = testing::inspector(testing::journey(), Selection::touchpoint(CONFIRM));
        harness.get_by_label("Näkyy asiakkaalle");
        harness.get_by_label("← kohteesta ”Order online” (kulku)");
        harness.get_by_label("Raha").click();
        harness.run();
        harness.get_by_label("Raha: muistiinpano");
        harness.get_by_label("Raha: vakavuus 3 kriittinen").click();
        harness.run();
        assert_eq!(
            harness.state().done,
            ["Merkitse: Raha", "Aseta vakavuus: Raha"]
        );
    }
}
