//! The map's keys: moving between cards, moving cards, adding and linking them without
//! a mouse. (Tab and Shift+Tab are the window's, in `app::window`, because egui reads Tab
//! before the canvas is drawn.)

use egui::{Key, KeyboardShortcut, Modifiers, Ui};

use super::view::CanvasView;
use crate::model::layout::Layout;
use crate::model::layout::tidy::{COLUMN, Slots};
use crate::model::{Edit, Journey, LinkKind, Touchpoint, TouchpointChange, TouchpointId};
use crate::ui::Requests;
use crate::ui::selection::Selection;

/// Tab goes to the next card in journey order (read by the window, see above).
pub const NEXT_CARD: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::Tab);
/// Shift+Tab goes to the card before.
pub const PREVIOUS_CARD: KeyboardShortcut = KeyboardShortcut::new(Modifiers::SHIFT, Key::Tab);
/// Enter edits the selected card's title.
pub const EDIT_TITLE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::Enter);
/// Ctrl+Enter adds a card after the selected one, linked from it.
pub const ADD_AFTER: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Enter);
/// Ctrl+L links the selected cards from left to right.
pub const LINK: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::L);
/// Esc clears the selection.
pub const CLEAR: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::Escape);
/// The arrow keys go to the nearest card that way; with Shift they add it to the
/// selection, with Alt they move the selected cards.
pub const ARROWS: [(Key, crate::ui::navigate::Direction); 4] = {
    use crate::ui::navigate::Direction;
    [
        (Key::ArrowLeft, Direction::Left),
        (Key::ArrowRight, Direction::Right),
        (Key::ArrowUp, Direction::Up),
        (Key::ArrowDown, Direction::Down),
    ]
};

/// The map's keys (see the shortcut sheet, `ui::shortcut_sheet`): Esc clears the selection;
/// arrow keys go to the nearest card that way (with Shift, add it to the selection); Alt
/// and the arrow keys move the selected cards (sideways by a column, from stage to stage,
/// up and down by a lane); Enter edits the selected card's title; Ctrl+Enter adds a card after it, linked
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
    use crate::ui::navigate::{self, Step};
    let (escape, enter, add, link, modifiers) = ui.input_mut(|i| {
        (
            i.key_pressed(CLEAR.logical_key),
            i.consume_shortcut(&EDIT_TITLE),
            i.consume_shortcut(&ADD_AFTER),
            i.consume_shortcut(&LINK),
            i.modifiers,
        )
    });
    let direction = ui.input(|i| {
        ARROWS
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
        view.reveal_cards.extend(added);
        return added;
    }
    if link {
        link_left_to_right(journey, layout, selection, requests);
    }
    let direction = direction?;
    if modifiers.alt {
        nudge(journey, selection, requests, direction);
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

/// Moves the selected cards one column sideways, into the next free place of their lane
/// (from the last column of a stage, into the next stage; from the first, into the
/// previous one), or to the lane above or below, into the free place nearest.
fn nudge(
    journey: &Journey,
    selection: &Selection,
    requests: &mut Requests,
    direction: crate::ui::navigate::Direction,
) {
    use crate::ui::navigate::Direction;
    let mut slots = Slots::new(journey);
    // Left to right when moving right, so the first card does not block the next.
    let mut cards: Vec<&Touchpoint> = selection
        .touchpoints
        .iter()
        .filter_map(|&id| journey.touchpoint(id))
        .collect();
    cards.sort_by(|a, b| {
        let key = |t: &Touchpoint| (journey.stage_index(t.stage), t.x);
        let order = key(a)
            .partial_cmp(&key(b))
            .unwrap_or(std::cmp::Ordering::Equal);
        if direction == Direction::Right {
            order.reverse()
        } else {
            order
        }
    });
    let stages = journey.stages();
    let mut edits = Vec::new();
    for touchpoint in cards {
        let (id, lane, stage, x) = (
            touchpoint.id,
            touchpoint.lane,
            touchpoint.stage,
            touchpoint.x,
        );
        let stage_index = journey.stage_index(stage).unwrap_or(0);
        let place = match direction {
            Direction::Up | Direction::Down => {
                let index = journey.lane_index(lane).unwrap_or(0);
                let index = if direction == Direction::Up {
                    index.checked_sub(1)
                } else {
                    Some(index + 1).filter(|&i| i < journey.lanes().len())
                };
                index
                    .and_then(|i| journey.lanes().get(i))
                    .map(|to| (to.id, stage, slots.near(to.id, stage, x, id)))
            }
            Direction::Right => {
                let last_in_stage = slots.stage_reach(stage).is_none_or(|reach| x >= reach);
                match stages.get(stage_index + 1) {
                    Some(next) if last_in_stage => {
                        Some((lane, next.id, slots.near(lane, next.id, 0.0, id)))
                    }
                    _ => Some((lane, stage, slots.from(lane, stage, x + COLUMN / 2.0, id))),
                }
            }
            Direction::Left => {
                let free_left = (1..)
                    .map(|k| x - k as f32 * COLUMN)
                    .take_while(|&c| c > -COLUMN / 2.0)
                    .map(|c| slots.near(lane, stage, c.max(0.0), id))
                    .find(|&c| c < x);
                match (free_left, stage_index.checked_sub(1)) {
                    (Some(c), _) => Some((lane, stage, c)),
                    (None, Some(previous)) => {
                        let previous = stages[previous].id;
                        Some((lane, previous, slots.end(lane, previous, id)))
                    }
                    (None, None) => None,
                }
            }
        };
        let Some((lane, stage, x)) = place else {
            continue;
        };
        if (lane, stage, x) != (touchpoint.lane, touchpoint.stage, touchpoint.x) {
            slots.put(id, lane, stage, x);
            let change = TouchpointChange::Place {
                lane,
                stage,
                x: x.min(Touchpoint::MAX_X),
            };
            edits.push(Edit::UpdateTouchpoint { id, change });
        }
    }
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
    let id = requests.ids.touchpoint();
    let slots = Slots::new(journey);
    // The next free place in the lane: right after the card, or at the end of the lane.
    let (lane, stage, x) = match after.and_then(|id| journey.touchpoint(id)) {
        Some(before) => (
            before.lane,
            before.stage,
            slots.from(before.lane, before.stage, before.x + COLUMN, id),
        ),
        None => {
            let lane = journey
                .lanes()
                .iter()
                .find(|lane| lane.kind == crate::model::LaneKind::Customer)
                .or_else(|| journey.lanes().first())?
                .id;
            let stage = journey.stages().first()?.id;
            (lane, stage, slots.end(lane, stage, id))
        }
    };
    if !layout.lanes.iter().any(|band| band.id == lane) {
        return None;
    }
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
            // As when a link is drawn from a card's handle: from a hidden step, it is
            // support.
            let kind = if journey.is_visible(pair[0].2) == Some(false) {
                LinkKind::Support
            } else {
                LinkKind::Flow
            };
            Edit::AddLink(crate::model::Link {
                id: requests.ids.link(),
                from: pair[0].2,
                to: pair[1].2,
                kind,
                label: String::new(),
            })
        })
        .collect();
    if !edits.is_empty() {
        requests.edit(Edit::Batch(edits), crate::tr!("canvas-edit-link"));
    }
}
