//! The canvas in the accessibility tree: each card a button named by its title, with
//! where it is and what is tagged said after it; while a screen reader listens, the cards
//! out of sight too.

use std::collections::HashSet;

use egui::{Rect, Response, Sense, Ui};

use super::interaction::Interaction;
use crate::model::feedback::{Audience, Summary, Trend};
use crate::model::{Journey, Touchpoint, TouchpointId};
use crate::ui::selection::Selection;

/// While a screen reader listens (as a card in sight found out, or else as the canvas's
/// own node tells), names the cards out of sight too (see [`name_off_screen_cards`]);
/// choosing one that is in sight in the overview goes in close to it.
pub(super) fn name_cards_out_of_sight(
    canvas: &mut Interaction<'_>,
    in_sight: Vec<TouchpointId>,
    screen_reader: bool,
) {
    // The canvas's own node is built only while a screen reader listens.
    let screen_reader = screen_reader
        || canvas
            .ui
            .ctx()
            .accesskit_node_builder(canvas.background.id, |_| ())
            .is_some();
    if !screen_reader {
        return;
    }
    let (journey, layout) = (canvas.journey, canvas.layout);
    let screen_from_map = canvas.view.screen_from_map;
    let shown: HashSet<TouchpointId> = in_sight.into_iter().collect();
    let off_screen: Vec<(&Touchpoint, Rect)> = journey
        .touchpoints()
        .filter(|t| !shown.contains(&t.id))
        .filter_map(|t| Some((t, screen_from_map.mul_rect(*layout.cards.get(&t.id)?))))
        .collect();
    // In the overview, a click on a card in sight goes in close to it, as a click on
    // the canvas there does.
    if let Some(id) = name_off_screen_cards(
        canvas.ui,
        journey,
        canvas.feedback,
        canvas.selection,
        &off_screen,
        canvas.rect,
    ) && let Some(&card) = layout.cards.get(&id)
    {
        canvas.view.center_on(card);
    }
}

/// While a screen reader listens, the cards outside the canvas (and, in the overview, all
/// of them) are in the accessibility tree too, so that it can list every card of the map;
/// choosing one out of sight selects it. (Without a screen reader they cost nothing.)
/// Returns the card in sight on `canvas` that was clicked, if one was.
fn name_off_screen_cards(
    ui: &Ui,
    journey: &Journey,
    feedback: Option<&Summary>,
    selection: &mut Selection,
    cards: &[(&Touchpoint, Rect)],
    canvas: Rect,
) -> Option<TouchpointId> {
    let mut clicked = None;
    for &(touchpoint, on_screen) in cards {
        let id = touchpoint.id;
        let card = ui.interact(on_screen, ui.scope_id().with(("card", id)), Sense::click());
        describe_card(ui, &card, (journey, feedback), touchpoint, selection);
        if card.clicked() {
            if on_screen.intersects(canvas) {
                clicked = Some(id);
            } else {
                *selection = Selection::touchpoint(id);
            }
        }
    }
    clicked
}

/// Names `card` for screen readers: a button with the card's title, selected or not, and
/// after it where the card is and what is tagged (worked out only while a screen reader
/// listens: AccessKit is off otherwise). Returns whether one listens.
pub(super) fn describe_card(
    ui: &Ui,
    card: &Response,
    (journey, feedback): (&Journey, Option<&Summary>),
    touchpoint: &Touchpoint,
    selection: &Selection,
) -> bool {
    card.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(egui::Role::Button, true, &touchpoint.title);
        info.selected = Some(selection.touchpoints.contains(&touchpoint.id));
        info
    });
    ui.ctx()
        .accesskit_node_builder(card.id, |node| {
            node.set_description(card_description(journey, feedback, touchpoint));
        })
        .is_some()
}

/// What a screen reader says about a card after its title: its lane and stage, its TERMS
/// tags, how the customer feels there, and what customers and employees measured.
pub fn card_description(
    journey: &Journey,
    feedback: Option<&Summary>,
    touchpoint: &Touchpoint,
) -> String {
    let lane = journey
        .lane(touchpoint.lane)
        .map(|lane| lane.name.clone())
        .unwrap_or_default();
    let stage = journey
        .stage(touchpoint.stage)
        .map(|stage| stage.name.clone())
        .unwrap_or_default();
    let tags: Vec<String> = touchpoint
        .terms
        .iter()
        .map(|tag| format!("{} ({})", tag.area.label(), tag.severity.label()))
        .collect();
    let mut text = crate::tr!("canvas-card-place", lane = lane, stage = stage);
    if !tags.is_empty() {
        text.push_str(". ");
        text.push_str(&crate::tr!("canvas-card-tags", tags = tags.join(", ")));
    }
    if let Some(emotion) = touchpoint.emotion {
        text.push_str(". ");
        text.push_str(&crate::tr!(
            "canvas-card-emotion",
            rating = emotion.to_string()
        ));
    }
    for audience in Audience::ALL {
        if let Some(measured) = feedback.and_then(|f| f.of(audience).get(&touchpoint.id)) {
            let scale = measured.scored.scale;
            text.push_str(". ");
            text.push_str(&crate::tr!(
                "canvas-card-measured",
                whose = audience.label(),
                score = scale.shown(measured.scored.figure.score),
                responses = measured.scored.figure.responses
            ));
            // A steady score is no news to someone listening.
            if let Some(trend) = measured.trend.filter(|&trend| trend != Trend::Steady) {
                text.push_str(", ");
                text.push_str(&trend.words());
            }
        }
    }
    text
}
