//! The promises: each with its text and description, whether it is covered, and the
//! touchpoints that redeem it (where the customer sees it kept) and those that secure it
//! (the work that makes keeping it possible).

use egui::{Button, Frame, RichText, Ui};

use super::rows::{self, Row};
use super::shared::{Input, remove_colour, title_of, toggle_highlight};
use crate::model::analysis::{PromiseCoverage, promise_coverage};
use crate::model::{Edit, Promise, TouchpointId};
use crate::tr;
use crate::ui::Requests;
use crate::ui::filter::Highlight;
use crate::ui::inspector::fields::TextField;

/// The promises, each on a card, and a button to add one.
pub(super) fn promises_ui(
    ui: &mut Ui,
    input: &Input<'_>,
    highlight: &mut Option<Highlight>,
    requests: &mut Requests,
) {
    let promises = input.journey.promises();
    if promises.is_empty() {
        ui.label(RichText::new(tr!("people-promises-empty")).weak());
        ui.add_space(4.0);
    }
    let coverage = promise_coverage(input.journey);
    for (index, promise) in promises.iter().enumerate() {
        let Some(coverage) = coverage.iter().find(|c| c.promise == promise.id) else {
            continue;
        };
        ui.push_id(("promise", promise.id), |ui| {
            let card = Card {
                input,
                promise,
                coverage,
                n: index + 1,
            };
            card_ui(ui, &card, highlight, requests);
        });
        ui.add_space(6.0);
    }
    if ui.button(tr!("people-add-promise")).clicked() {
        let promise = Promise {
            id: requests.ids.promise(),
            text: tr!("people-new-promise"),
            description: String::new(),
            redeemed_by: Vec::new(),
            secured_by: Vec::new(),
        };
        requests.edit(Edit::AddPromise(promise), tr!("people-undo-add-promise"));
    }
}

/// What one promise's card shows.
struct Card<'a> {
    input: &'a Input<'a>,
    promise: &'a Promise,
    coverage: &'a PromiseCoverage,
    /// Its place in the list, counted from 1, for accessible names ("Promise 2 text").
    n: usize,
}

impl Card<'_> {
    /// Asks to replace the promise with `changed`, as an undo step of its own.
    fn set(&self, requests: &mut Requests, label: &str, change: impl FnOnce(&mut Promise)) {
        let mut promise = self.promise.clone();
        change(&mut promise);
        if promise != *self.promise {
            requests.edit(Edit::SetPromise(promise), label);
        }
    }
}

/// Which of a promise's two lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Side {
    Redeemed,
    Secured,
}

impl Side {
    fn list(self, promise: &mut Promise) -> &mut Vec<TouchpointId> {
        match self {
            Self::Redeemed => &mut promise.redeemed_by,
            Self::Secured => &mut promise.secured_by,
        }
    }
}

/// One promise's card: its words, coverage, the two lists and the buttons.
fn card_ui(
    ui: &mut Ui,
    card: &Card<'_>,
    highlight: &mut Option<Highlight>,
    requests: &mut Requests,
) {
    let this = Highlight::Promise(card.promise.id);
    let mut frame = Frame::group(ui.style());
    if *highlight == Some(this) {
        frame = frame.fill(ui.visuals().selection.bg_fill.gamma_multiply(0.25));
    }
    frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        words_ui(ui, card, requests);
        coverage_ui(ui, card);
        ui.add_space(4.0);
        list_ui(ui, card, Side::Redeemed, requests);
        ui.add_space(4.0);
        list_ui(ui, card, Side::Secured, requests);
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing = egui::vec2(4.0, 4.0);
            let n = card.n;
            let shown = ui
                .add(Button::new(tr!("people-highlight")).selected(*highlight == Some(this)))
                .on_hover_text(tr!("people-promise-highlight-hover"))
                .accessible_name(tr!("people-promise-highlight-name", n = n));
            if shown.clicked() {
                toggle_highlight(highlight, this);
            }
            let remove = ui
                .add(Button::new(
                    RichText::new(tr!("people-remove-promise")).color(remove_colour(ui)),
                ))
                .on_hover_text(tr!("people-remove-promise-hover"))
                .accessible_name(tr!("people-remove-promise-name", n = n));
            if remove.clicked() {
                requests.edit(
                    Edit::RemovePromise(card.promise.id),
                    tr!("people-undo-remove-promise"),
                );
            }
        });
    });
}

/// The promise's text and description.
fn words_ui(ui: &mut Ui, card: &Card<'_>, requests: &mut Requests) {
    let (promise, n) = (card.promise, card.n);
    let id = promise.id;
    let field_id = ui.make_persistent_id("text");
    let hint = tr!("people-promise-text-hint");
    let (response, typed) = TextField::singleline(field_id, &promise.text)
        .hint(&hint)
        .show(ui, requests);
    response.accessible_name(tr!("people-promise-text-name", n = n));
    if let Some(text) = typed {
        let mut promise = promise.clone();
        promise.text = text;
        requests.typing(
            Edit::SetPromise(promise),
            tr!("people-undo-edit-promise"),
            ("promise", id, "text"),
        );
    }

    let field_id = ui.make_persistent_id("description");
    let hint = tr!("people-promise-description-hint");
    let (response, typed) = TextField::multiline(field_id, &promise.description)
        .hint(&hint)
        .show(ui, requests);
    response.accessible_name(tr!("people-promise-description-name", n = n));
    if let Some(description) = typed {
        let mut promise = promise.clone();
        promise.description = description;
        let key = ("promise", id, "description");
        let label = tr!("people-undo-promise-description");
        requests.typing(Edit::SetPromise(promise), label, key);
    }
}

/// Whether the promise is redeemed and secured, and what is missing when it is not.
fn coverage_ui(ui: &mut Ui, card: &Card<'_>) {
    let coverage = card.coverage;
    if coverage.is_covered() {
        let green = egui::Color32::from_rgb(46, 160, 67);
        ui.label(RichText::new(tr!("people-covered")).color(green));
        return;
    }
    let warn = ui.visuals().warn_fg_color;
    if coverage.redeemed_by.is_empty() {
        ui.label(RichText::new(tr!("people-not-redeemed")).color(warn));
    }
    if coverage.secured_by.is_empty() {
        ui.label(RichText::new(tr!("people-not-secured")).color(warn));
    }
}

/// One of the two lists, and the button that adds the selection to it.
fn list_ui(ui: &mut Ui, card: &Card<'_>, side: Side, requests: &mut Requests) {
    let (promise, n) = (card.promise, card.n);
    let journey = card.input.journey;
    let (heading, list) = match side {
        Side::Redeemed => (tr!("people-redeemed-by"), &promise.redeemed_by),
        Side::Secured => (tr!("people-secured-by"), &promise.secured_by),
    };
    ui.label(RichText::new(heading).strong());
    if list.is_empty() {
        ui.label(RichText::new(tr!("people-no-touchpoints")).weak());
    }
    let hidden_note = tr!("people-hidden-note");
    let remove_hover = tr!("people-promise-row-remove-hover");
    for (index, &touchpoint) in list.iter().enumerate() {
        let title = title_of(journey, touchpoint);
        // A touchpoint moved below the line of visibility stays in the list, but the
        // customer no longer sees the promise kept there.
        let hidden = side == Side::Redeemed && journey.is_visible(touchpoint) != Some(true);
        let name = match side {
            Side::Redeemed => tr!("people-redeeming-name", index = index + 1, n = n),
            Side::Secured => tr!("people-securing-name", index = index + 1, n = n),
        };
        let row = Row {
            touchpoint,
            title: &title,
            note: hidden.then_some(hidden_note.as_str()),
            name,
            number: None,
            moves: None,
            remove_hover: &remove_hover,
        };
        // Salted by the side rather than its heading, which changes with the language.
        let action = ui
            .push_id((side, index), |ui| rows::row_ui(ui, row, requests))
            .inner;
        if let Some(action) = action {
            card.set(requests, &tr!("people-undo-remove-from-promise"), |p| {
                rows::apply(action, side.list(p), index);
            });
        }
    }

    let selected = card.input.selected;
    let (adding, left_out): (Vec<TouchpointId>, usize) = match side {
        Side::Redeemed => {
            let visible: Vec<TouchpointId> = selected
                .iter()
                .copied()
                .filter(|&id| journey.is_visible(id) == Some(true))
                .collect();
            let hidden = selected.len() - visible.len();
            (visible, hidden)
        }
        Side::Secured => (selected.to_vec(), 0),
    };
    let adding: Vec<TouchpointId> = adding.into_iter().filter(|id| !list.contains(id)).collect();
    let (text, label, step) = match side {
        Side::Redeemed => (
            tr!("people-redeemed-by-selection"),
            tr!("people-redeemed-by-selection-name", n = n),
            tr!("people-undo-redeem"),
        ),
        Side::Secured => (
            tr!("people-secured-by-selection"),
            tr!("people-secured-by-selection-name", n = n),
            tr!("people-undo-secure"),
        ),
    };
    let hover = add_help(side, adding.len(), left_out);
    let response = ui
        .add_enabled(!adding.is_empty(), Button::new(text))
        .on_hover_text(&hover)
        .on_disabled_hover_text(&hover)
        .accessible_name(label);
    if response.clicked() {
        card.set(requests, &step, |p| side.list(p).extend(adding));
    }
}

/// What a "… by selection" button does with the selection as it is: how many touchpoints
/// it adds and, for redeeming, why hidden ones are left out.
fn add_help(side: Side, adding: usize, hidden: usize) -> String {
    let mut help = match (side, adding) {
        (Side::Redeemed, 0) => tr!("people-add-help-redeem-none"),
        (Side::Secured, 0) => tr!("people-add-help-secure-none"),
        (_, n) => tr!("people-add-help-adds", count = n),
    };
    if side == Side::Redeemed && hidden > 0 {
        help.push(' ');
        help.push_str(&tr!("people-add-help-hidden", count = hidden));
    }
    help
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::{NodeT as _, Queryable as _};

    use super::super::testing::{self, promise};
    use super::{Side, add_help};
    use crate::model::{Edit, Promise, PromiseId};
    use crate::ui::commands::Command;
    use crate::ui::inspector::testing::{CONFIRM, INVOICE, ORDER};

    fn kept(harness: &testing::Harness) -> Option<Promise> {
        harness.state().journey().promise(PromiseId(1)).cloned()
    }

    #[test]
    fn a_promise_is_added_redeemed_and_secured_by_the_selection() {
        let mut harness = testing::panel(testing::journey());
        harness.get_by_label("Add promise").click();
        harness.run();
        testing::retype(&mut harness, "Promise 1 text", "Delivered tomorrow");
        harness.get_by_label_contains("Not redeemed");
        harness.get_by_label_contains("Not secured");

        // Order online is visible; Print invoice is backstage, hidden from the customer.
        harness.state_mut().view.selection.touchpoints = [ORDER, INVOICE].into();
        harness.run();
        harness
            .get_by_label("Promise 1 redeemed by selection")
            .click();
        harness.run();
        assert_eq!(kept(&harness).map(|p| p.redeemed_by), Some(vec![ORDER]));
        assert!(harness.query_by_label_contains("Not redeemed").is_none());
        // Only the hidden one is left, and it cannot redeem.
        assert!(
            harness
                .get_by_label("Promise 1 redeemed by selection")
                .accesskit_node()
                .is_disabled()
        );

        harness.state_mut().view.selection.touchpoints = [INVOICE, CONFIRM].into();
        harness.run();
        harness
            .get_by_label("Promise 1 secured by selection")
            .click();
        harness.run();
        // In journey order: the confirmation is sent before the invoice is printed.
        assert_eq!(
            kept(&harness).map(|p| p.secured_by),
            Some(vec![CONFIRM, INVOICE])
        );
        harness.get_by_label_contains("✓ Covered");

        harness
            .get_by_label("Redeeming touchpoint 1 of promise 1: Order online")
            .click();
        harness.run();
        assert_eq!(
            harness.state().view.commands,
            [Command::ShowTouchpoint(ORDER)]
        );

        harness
            .get_by_label("Remove securing touchpoint 1 of promise 1")
            .click();
        harness.run();
        assert_eq!(kept(&harness).map(|p| p.secured_by), Some(vec![INVOICE]));

        let bench = harness.state();
        assert_eq!(
            kept(&harness).map(|p| p.text).as_deref(),
            Some("Delivered tomorrow")
        );
        assert_eq!(bench.done.first().map(String::as_str), Some("Add promise"));
        assert_eq!(
            bench.done[bench.done.len() - 3..],
            ["Redeem promise", "Secure promise", "Remove from promise"]
        );
        assert!(bench.refused.is_empty(), "{:?}", bench.refused);
    }

    #[test]
    fn a_redeeming_touchpoint_moved_out_of_sight_is_marked_as_not_counting() {
        let mut journey = testing::journey();
        let mut hidden = promise(1, "Delivered tomorrow");
        hidden.redeemed_by = vec![INVOICE];
        assert!(journey.apply(Edit::AddPromise(hidden)).is_ok());
        let harness = testing::panel(journey);
        harness.get_by_label_contains("(hidden: does not count)");
        harness.get_by_label_contains("Not redeemed");
    }

    #[test]
    fn the_help_says_why_hidden_touchpoints_are_not_added() {
        let help = add_help(Side::Redeemed, 1, 1);
        assert!(
            help.starts_with("Adds the 1 touchpoint in the selection."),
            "{help}"
        );
        assert!(help.contains("1 hidden touchpoint below the line of visibility is left out"));
        let help = add_help(Side::Redeemed, 0, 2);
        assert!(help.contains("2 hidden touchpoints below the line of visibility are left out"));
        assert!(!add_help(Side::Secured, 2, 0).contains("hidden"));
    }

    #[test]
    fn the_help_is_in_finnish_with_finnish_plurals() {
        crate::i18n::set_language(crate::i18n::Language::Finnish);
        assert_eq!(
            add_help(Side::Redeemed, 1, 1),
            "Lisää valinnasta 1 kosketuspisteen. 1 valittu kosketuspiste on piilossa \
             näkyvyyden rajan alapuolella, joten se jätetään pois: asiakas ei koskaan kohtaa \
             sitä, eikä se siksi voi lunastaa lupausta. Käytä sille painiketta \
             ”Lisää valitut varmistaviksi”."
        );
        assert!(add_help(Side::Redeemed, 3, 2).starts_with(
            "Lisää valinnasta 3 kosketuspistettä. 2 valittua kosketuspistettä on piilossa"
        ));
    }
}
