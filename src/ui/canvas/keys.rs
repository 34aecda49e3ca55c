//! The map's keys: moving between cards, moving cards, adding and linking them without
//! a mouse. (Tab and Shift+Tab are the window's, in `app::window`, because egui reads Tab
//! before the canvas is drawn.)

use egui::Ui;

use super::CanvasView;
use super::layout::{CARD_SIZE, Layout, STAGE_PADDING};

/// How far Alt and an arrow key move cards sideways, in map units (five times as far with
/// Shift too).
const NUDGE: f32 = 10.0;
use crate::model::{Edit, Journey, LinkKind, Touchpoint, TouchpointChange, TouchpointId};
use crate::ui::Requests;
use crate::ui::selection::Selection;

/// The map's keys (see the shortcut sheet, `ui::palette`): Esc clears the selection;
/// arrow keys go to the nearest card that way (with Shift, add it to the selection); Alt
/// and the arrow keys move the selected cards (sideways by a few points, up and down by a
/// lane); Enter edits the selected card's title; Ctrl+Enter adds a card after it, linked
/// from it; Ctrl+L links the selected cards from left to right. Returns the card whose
/// title is to be edited now.
pub(super) fn keys(
    ui: &Ui,
    journey: &Journey,
    layout: &Layout,
    view: &mut CanvasView,
    selection: &mut Selection,
    requests: &mut Requests,
) -> Option<TouchpointId> {
    use crate::ui::navigate::{self, Direction, Step};
    use egui::{Key, Modifiers};
    let (escape, enter, add, link, modifiers) = ui.input_mut(|i| {
        (
            i.key_pressed(Key::Escape),
            i.consume_key(Modifiers::NONE, Key::Enter),
            i.consume_key(Modifiers::COMMAND, Key::Enter),
            i.consume_key(Modifiers::COMMAND, Key::L),
            i.modifiers,
        )
    });
    let direction = ui.input(|i| {
        [
            (Key::ArrowLeft, Direction::Left),
            (Key::ArrowRight, Direction::Right),
            (Key::ArrowUp, Direction::Up),
            (Key::ArrowDown, Direction::Down),
        ]
        .into_iter()
        .find(|(key, _)| i.key_pressed(*key))
        .map(|(_, direction)| direction)
    });
    if escape {
        view.drag = None;
        selection.clear();
    }
    let single = selection.single_touchpoint();
    if enter && single.is_some() {
        return single;
    }
    if add {
        let added = add_after(journey, layout, single, selection, requests);
        view.keyboard_at = added;
        return added;
    }
    if link {
        link_left_to_right(journey, layout, selection, requests);
    }
    let direction = direction?;
    if modifiers.alt {
        nudge(
            journey,
            layout,
            selection,
            requests,
            direction,
            modifiers.shift,
        );
        return None;
    }
    let from = view.keyboard_card(selection);
    let to = navigate::step(journey, layout, from, Step::Toward(direction))?;
    if !modifiers.shift {
        selection.clear();
    }
    selection.touchpoints.insert(to);
    view.keyboard_at = Some(to);
    if let Some(&card) = layout.cards.get(&to) {
        view.reveal(card);
    }
    None
}

/// Moves the selected cards a few points sideways (five times as far with Shift), or to
/// the lane above or below.
fn nudge(
    journey: &Journey,
    layout: &Layout,
    selection: &Selection,
    requests: &mut Requests,
    direction: crate::ui::navigate::Direction,
    far: bool,
) {
    use crate::ui::navigate::Direction;
    let step = if far { NUDGE * 5.0 } else { NUDGE };
    let (dx, dlane): (f32, isize) = match direction {
        Direction::Left => (-step, 0),
        Direction::Right => (step, 0),
        Direction::Up => (0.0, -1),
        Direction::Down => (0.0, 1),
    };
    let edits: Vec<Edit> = selection
        .touchpoints
        .iter()
        .filter_map(|&id| {
            let touchpoint = journey.touchpoint(id)?;
            let index = journey.lane_index(touchpoint.lane)?;
            let lane_index = index
                .saturating_add_signed(dlane)
                .min(layout.lanes.len().saturating_sub(1));
            let lane = journey.lanes().get(lane_index)?.id;
            let x = (touchpoint.x + dx).max(0.0);
            let place = TouchpointChange::Place {
                lane,
                stage: touchpoint.stage,
                x,
            };
            ((lane, x) != (touchpoint.lane, touchpoint.x))
                .then_some(Edit::UpdateTouchpoint { id, change: place })
        })
        .collect();
    if !edits.is_empty() {
        requests.edit(Edit::Batch(edits), crate::tr!("canvas-edit-nudge"));
    }
}

/// Adds a card after `after` (in its lane and stage, to its right, linked from it), or,
/// with nothing selected, at the end of the first customer lane's first stage. Selects it
/// and returns it, for its title to be edited.
fn add_after(
    journey: &Journey,
    layout: &Layout,
    after: Option<TouchpointId>,
    selection: &mut Selection,
    requests: &mut Requests,
) -> Option<TouchpointId> {
    let (lane, stage, x) = match after.and_then(|id| journey.touchpoint(id)) {
        Some(before) => (
            before.lane,
            before.stage,
            before.x + CARD_SIZE.x + STAGE_PADDING,
        ),
        None => {
            let lane = journey
                .lanes()
                .iter()
                .find(|lane| lane.kind == crate::model::LaneKind::Customer)
                .or_else(|| journey.lanes().first())?
                .id;
            let stage = journey.stages().first()?.id;
            let x = journey
                .touchpoints()
                .filter(|t| t.lane == lane && t.stage == stage)
                .map(|t| t.x + CARD_SIZE.x + STAGE_PADDING)
                .fold(0.0, f32::max);
            (lane, stage, x)
        }
    };
    if !layout.lanes.iter().any(|band| band.id == lane) {
        return None;
    }
    let id = requests.ids.touchpoint();
    let mut touchpoint = Touchpoint::new(id, crate::tr!("canvas-new-title"), lane, stage);
    touchpoint.x = x.min(Touchpoint::MAX_X);
    if journey
        .lane(lane)
        .is_some_and(|lane| lane.kind == crate::model::LaneKind::Customer)
    {
        touchpoint.actor = crate::tr!("canvas-new-actor-customer");
    }
    let mut edits = vec![Edit::AddTouchpoint(Box::new(touchpoint))];
    if let Some(from) = after {
        edits.push(Edit::AddLink(crate::model::Link {
            id: requests.ids.link(),
            from,
            to: id,
            kind: LinkKind::Flow,
            label: String::new(),
        }));
    }
    requests.edit(Edit::Batch(edits), crate::tr!("canvas-edit-add"));
    *selection = Selection::touchpoint(id);
    Some(id)
}

/// Links the selected cards one after another, from left to right on the map (Flow
/// links; pairs that are linked already are left as they are).
fn link_left_to_right(
    journey: &Journey,
    layout: &Layout,
    selection: &Selection,
    requests: &mut Requests,
) {
    let mut cards: Vec<(f32, f32, TouchpointId)> = selection
        .touchpoints
        .iter()
        .filter_map(|&id| layout.cards.get(&id).map(|r| (r.left(), r.top(), id)))
        .collect();
    cards.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let edits: Vec<Edit> = cards
        .windows(2)
        .filter(|pair| {
            !journey
                .links()
                .any(|link| link.from == pair[0].2 && link.to == pair[1].2)
        })
        .map(|pair| {
            Edit::AddLink(crate::model::Link {
                id: requests.ids.link(),
                from: pair[0].2,
                to: pair[1].2,
                kind: LinkKind::Flow,
                label: String::new(),
            })
        })
        .collect();
    if !edits.is_empty() {
        requests.edit(Edit::Batch(edits), crate::tr!("canvas-edit-link"));
    }
}
