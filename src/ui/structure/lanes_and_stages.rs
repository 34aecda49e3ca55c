//! The lists of lanes and of stages: rename, set a lane's kind, reorder, add and remove.

use egui::{Button, Response, RichText, Ui};

use super::removal::{self, Division, Removal};
use crate::model::{Edit, Journey, Lane, LaneKind, Stage};
use crate::tr;
use crate::ui::Requests;
use crate::ui::inspector::fields::{TextField, choice_ui};
use crate::ui::long_list::rows_ui;

/// Width of a lane's kind menu.
const KIND_WIDTH: f32 = 100.0;
/// Width of the small arrow and remove buttons.
const BUTTON_WIDTH: f32 = 22.0;
/// The narrowest a lane's name field gets before its kind moves to a line of its own.
const MIN_NAME_WIDTH: f32 = 110.0;
/// Space between the controls of a row.
const GAP: f32 = 3.0;

/// Which list a row is in, for the words of its buttons.
#[derive(Clone, Copy)]
enum List {
    Lanes,
    Stages,
}

impl List {
    /// The hover text and the accessible name of each move button of item `n`: first
    /// the one back (up, earlier), then the one forth (down, later).
    fn move_texts(self, n: usize) -> [(String, String); 2] {
        match self {
            Self::Lanes => [
                (
                    tr!("structure-lane-move-up-hover"),
                    tr!("structure-lane-move-up", n = n),
                ),
                (
                    tr!("structure-lane-move-down-hover"),
                    tr!("structure-lane-move-down", n = n),
                ),
            ],
            Self::Stages => [
                (
                    tr!("structure-stage-move-earlier-hover"),
                    tr!("structure-stage-move-earlier", n = n),
                ),
                (
                    tr!("structure-stage-move-later-hover"),
                    tr!("structure-stage-move-later", n = n),
                ),
            ],
        }
    }

    /// The accessible name of item `n`'s remove button.
    fn remove_name(self, n: usize) -> String {
        match self {
            Self::Lanes => tr!("structure-lane-remove", n = n),
            Self::Stages => tr!("structure-stage-remove", n = n),
        }
    }

    /// What the remove button of an item holding `holding` touchpoints does.
    fn remove_hover(self, holding: usize) -> String {
        match (self, holding) {
            (Self::Lanes, 0) => tr!("structure-lane-remove-hover"),
            (Self::Stages, 0) => tr!("structure-stage-remove-hover"),
            (Self::Lanes, count) => tr!("structure-lane-remove-holding-hover", count = count),
            (Self::Stages, count) => tr!("structure-stage-remove-holding-hover", count = count),
        }
    }

    /// Why the remove button of the only item is disabled.
    fn remove_last(self) -> String {
        match self {
            Self::Lanes => tr!("structure-lane-remove-last"),
            Self::Stages => tr!("structure-stage-remove-last"),
        }
    }
}

/// Tightens a row's spacing so its controls fit the narrow panel: the small buttons then
/// take exactly [`BUTTON_WIDTH`], and the name field can be given what is left.
fn compact(ui: &mut Ui) {
    ui.spacing_mut().item_spacing.x = GAP;
    ui.spacing_mut().button_padding.x = 4.0;
}

/// The lanes, top to bottom, with a row of controls each, and a button to add one.
pub(super) fn lanes_ui(
    ui: &mut Ui,
    journey: &Journey,
    pending: &mut Option<Removal>,
    requests: &mut Requests,
) {
    let lanes = journey.lanes();
    // In a narrow panel each lane's kind goes on a line of its own, below its name, so
    // the name keeps room to be read.
    let arrows_width = 2.0 * (BUTTON_WIDTH + GAP);
    let one_line = ui.available_width()
        >= arrows_width + MIN_NAME_WIDTH + KIND_WIDTH + BUTTON_WIDTH + 3.0 * GAP;
    rows_ui(ui, "lane rows", lanes.len(), |ui, index| {
        let Some(lane) = lanes.get(index) else {
            return 0.0;
        };
        let n = index + 1;
        ui.push_id(("lane row", lane.id), |ui| {
            ui.horizontal(|ui| {
                compact(ui);
                if let Some(to) = arrows_ui(ui, List::Lanes, n, lanes.len()) {
                    requests.edit(
                        Edit::MoveLane {
                            id: lane.id,
                            index: to,
                        },
                        tr!("structure-lane-move-undo"),
                    );
                }

                let kind_width = if one_line { KIND_WIDTH + GAP } else { 0.0 };
                let name_width = ui.available_width() - kind_width - BUTTON_WIDTH - 2.0 * GAP;
                let field_id = ui.make_persistent_id("name");
                let (response, typed) = TextField::singleline(field_id, &lane.name)
                    .hint(&tr!("structure-lane-name-hint"))
                    .width(name_width.max(40.0))
                    .show(ui, requests);
                response.accessible_name(tr!("structure-lane-name", n = n));
                if let Some(name) = typed {
                    let edit = Edit::SetLane {
                        id: lane.id,
                        name,
                        kind: lane.kind,
                    };
                    let label = tr!("structure-lane-rename-undo");
                    requests.typing(edit, label, (lane.id, "name"));
                }

                if one_line {
                    lane_kind_ui(ui, lane, n, requests);
                }

                let holding = || journey.touchpoints_in_lane(lane.id).count();
                if remove_button_ui(ui, List::Lanes, n, lanes.len(), holding).clicked() {
                    removal::remove(journey, Division::Lane(lane.id), pending, requests);
                }
            });
            if !one_line {
                ui.horizontal(|ui| {
                    compact(ui);
                    ui.add_space(arrows_width);
                    lane_kind_ui(ui, lane, n, requests);
                });
                ui.add_space(2.0);
            }
        })
        .response
        .rect
        .height()
    });
    ui.add_space(4.0);
    if ui.button(tr!("structure-add-lane")).clicked() {
        // A new lane goes at the bottom, of the bottom lane's kind, so it does not cut a
        // new blueprint line through the map.
        let kind = lanes.last().map_or(LaneKind::Customer, |lane| lane.kind);
        let lane = Lane {
            id: requests.ids.lane(),
            name: tr!("structure-new-lane"),
            kind,
        };
        let index = lanes.len();
        requests.edit(Edit::AddLane { index, lane }, tr!("structure-add-lane"));
    }
}

/// The kind menu of `lane`, the `n`th from the top.
fn lane_kind_ui(ui: &mut Ui, lane: &Lane, n: usize, requests: &mut Requests) {
    let kinds = LaneKind::ALL.map(|kind| (kind, kind.label()));
    let field_id = ui.make_persistent_id("kind");
    let (response, picked) = choice_ui(ui, field_id, Some(lane.kind), &kinds, Some(KIND_WIDTH));
    response
        .accessible_name(tr!("structure-lane-kind", n = n))
        .on_hover_text(kind_help(lane.kind));
    if let Some(kind) = picked {
        let edit = Edit::SetLane {
            id: lane.id,
            name: lane.name.clone(),
            kind,
        };
        requests.edit(edit, tr!("structure-lane-kind-undo"));
    }
}

/// The stages, left to right, with a row of controls each, and a button to add one.
pub(super) fn stages_ui(
    ui: &mut Ui,
    journey: &Journey,
    pending: &mut Option<Removal>,
    requests: &mut Requests,
) {
    let stages = journey.stages();
    rows_ui(ui, "stage rows", stages.len(), |ui, index| {
        let Some(stage) = stages.get(index) else {
            return 0.0;
        };
        let n = index + 1;
        ui.push_id(("stage row", stage.id), |ui| {
            ui.horizontal(|ui| {
                compact(ui);
                if let Some(to) = arrows_ui(ui, List::Stages, n, stages.len()) {
                    let edit = Edit::MoveStage {
                        id: stage.id,
                        index: to,
                    };
                    requests.edit(edit, tr!("structure-stage-move-undo"));
                }

                let name_width = ui.available_width() - BUTTON_WIDTH - GAP;
                let field_id = ui.make_persistent_id("name");
                let (response, typed) = TextField::singleline(field_id, &stage.name)
                    .hint(&tr!("structure-stage-name-hint"))
                    .width(name_width.max(60.0))
                    .show(ui, requests);
                response.accessible_name(tr!("structure-stage-name", n = n));
                if let Some(name) = typed {
                    let edit = Edit::RenameStage { id: stage.id, name };
                    let label = tr!("structure-stage-rename-undo");
                    requests.typing(edit, label, (stage.id, "name"));
                }

                let holding = || journey.touchpoints_in_stage(stage.id).count();
                if remove_button_ui(ui, List::Stages, n, stages.len(), holding).clicked() {
                    removal::remove(journey, Division::Stage(stage.id), pending, requests);
                }
            });
        })
        .response
        .rect
        .height()
    });
    ui.add_space(4.0);
    if ui.button(tr!("structure-add-stage")).clicked() {
        let stage = Stage {
            id: requests.ids.stage(),
            name: tr!("structure-new-stage"),
        };
        let index = stages.len();
        requests.edit(Edit::AddStage { index, stage }, tr!("structure-add-stage"));
    }
}

/// The up and down buttons of item `n` (counted from 1) of a list of `len`. Returns the
/// index the item should move to, if one was clicked.
fn arrows_ui(ui: &mut Ui, list: List, n: usize, len: usize) -> Option<usize> {
    let index = n - 1;
    let mut to = None;
    let [(back_hover, back_name), (forth_hover, forth_name)] = list.move_texts(n);
    let up = ui
        .add_enabled(index > 0, small_button("↑"))
        .on_hover_text(back_hover)
        .accessible_name(back_name);
    if up.clicked() {
        to = Some(index - 1);
    }
    let down = ui
        .add_enabled(n < len, small_button("↓"))
        .on_hover_text(forth_hover)
        .accessible_name(forth_name);
    if down.clicked() {
        to = Some(index + 1);
    }
    to
}

/// The remove button of item `n` of a list of `len`, which holds `holding()` touchpoints
/// (counted only when the button's hover text is shown). The last item cannot go: a map
/// needs at least one lane and one stage.
fn remove_button_ui(
    ui: &mut Ui,
    list: List,
    n: usize,
    len: usize,
    holding: impl FnOnce() -> usize,
) -> Response {
    ui.add_enabled(len > 1, small_button("✕"))
        .on_hover_ui(|ui| {
            ui.label(list.remove_hover(holding()));
        })
        .on_disabled_hover_text(list.remove_last())
        .accessible_name(list.remove_name(n))
}

fn small_button(text: &str) -> Button<'_> {
    Button::new(RichText::new(text)).min_size(egui::vec2(BUTTON_WIDTH, 0.0))
}

/// What a lane of `kind` holds, for the hover text of its kind menu.
fn kind_help(kind: LaneKind) -> String {
    match kind {
        LaneKind::Evidence => tr!("structure-lane-help-evidence"),
        LaneKind::Customer => tr!("structure-lane-help-customer"),
        LaneKind::Frontstage => tr!("structure-lane-help-frontstage"),
        LaneKind::Backstage => tr!("structure-lane-help-backstage"),
        LaneKind::Support => tr!("structure-lane-help-support"),
    }
}
