//! The lists of lanes and of stages: rename, set a lane's kind, reorder, add and remove.

use egui::{Button, Response, RichText, Ui};

use super::removal::{self, Band, Removal};
use crate::model::{Edit, Journey, Lane, LaneKind, Stage};
use crate::ui::Requests;
use crate::ui::inspector::fields::{TextField, choice_ui, count};

/// Width of a lane's kind menu.
const KIND_WIDTH: f32 = 100.0;
/// Width of the small arrow and remove buttons.
const BUTTON_WIDTH: f32 = 22.0;
/// The narrowest a lane's name field gets before its kind moves to a line of its own.
const MIN_NAME_WIDTH: f32 = 110.0;
/// Space between the controls of a row.
const GAP: f32 = 3.0;

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
    for (index, lane) in lanes.iter().enumerate() {
        let n = index + 1;
        ui.push_id(("lane row", lane.id), |ui| {
            ui.horizontal(|ui| {
                compact(ui);
                if let Some(to) = arrows_ui(ui, "lane", n, lanes.len(), ("up", "down")) {
                    requests.edit(
                        Edit::MoveLane {
                            id: lane.id,
                            index: to,
                        },
                        "Move lane",
                    );
                }

                let kind_width = if one_line { KIND_WIDTH + GAP } else { 0.0 };
                let name_width = ui.available_width() - kind_width - BUTTON_WIDTH - 2.0 * GAP;
                let field_id = ui.make_persistent_id("name");
                let (response, typed) = TextField::singleline(field_id, &lane.name)
                    .hint("Lane name")
                    .width(name_width.max(40.0))
                    .show(ui, requests);
                response.accessible_name(format!("Lane {n} name"));
                if let Some(name) = typed {
                    let edit = Edit::SetLane {
                        id: lane.id,
                        name,
                        kind: lane.kind,
                    };
                    requests.typing(edit, "Rename lane", (lane.id, "name"));
                }

                if one_line {
                    lane_kind_ui(ui, lane, n, requests);
                }

                let holding = journey.touchpoints_in_lane(lane.id).count();
                if remove_button_ui(ui, "lane", n, lanes.len(), holding).clicked() {
                    removal::remove(journey, Band::Lane(lane.id), pending, requests);
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
        });
    }
    ui.add_space(4.0);
    if ui.button("Add lane").clicked() {
        // A new lane goes at the bottom, of the bottom lane's kind, so it does not cut a
        // new blueprint line through the map.
        let kind = lanes.last().map_or(LaneKind::Customer, |lane| lane.kind);
        let lane = Lane {
            id: requests.ids.lane(),
            name: "New lane".to_owned(),
            kind,
        };
        let index = lanes.len();
        requests.edit(Edit::AddLane { index, lane }, "Add lane");
    }
}

/// The kind menu of `lane`, the `n`th from the top.
fn lane_kind_ui(ui: &mut Ui, lane: &Lane, n: usize, requests: &mut Requests) {
    let kinds = LaneKind::ALL.map(|kind| (kind, kind.name().to_owned()));
    let field_id = ui.make_persistent_id("kind");
    let (response, picked) = choice_ui(ui, field_id, Some(lane.kind), &kinds, Some(KIND_WIDTH));
    response
        .accessible_name(format!("Lane {n} kind"))
        .on_hover_text(kind_help(lane.kind));
    if let Some(kind) = picked {
        let edit = Edit::SetLane {
            id: lane.id,
            name: lane.name.clone(),
            kind,
        };
        requests.edit(edit, "Set lane kind");
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
    for (index, stage) in stages.iter().enumerate() {
        let n = index + 1;
        ui.push_id(("stage row", stage.id), |ui| {
            ui.horizontal(|ui| {
                compact(ui);
                let directions = ("earlier", "later");
                if let Some(to) = arrows_ui(ui, "stage", n, stages.len(), directions) {
                    let edit = Edit::MoveStage {
                        id: stage.id,
                        index: to,
                    };
                    requests.edit(edit, "Move stage");
                }

                let name_width = ui.available_width() - BUTTON_WIDTH - GAP;
                let field_id = ui.make_persistent_id("name");
                let (response, typed) = TextField::singleline(field_id, &stage.name)
                    .hint("Stage name")
                    .width(name_width.max(60.0))
                    .show(ui, requests);
                response.accessible_name(format!("Stage {n} name"));
                if let Some(name) = typed {
                    let edit = Edit::RenameStage { id: stage.id, name };
                    requests.typing(edit, "Rename stage", (stage.id, "name"));
                }

                let holding = journey.touchpoints_in_stage(stage.id).count();
                if remove_button_ui(ui, "stage", n, stages.len(), holding).clicked() {
                    removal::remove(journey, Band::Stage(stage.id), pending, requests);
                }
            });
        });
    }
    ui.add_space(4.0);
    if ui.button("Add stage").clicked() {
        let stage = Stage {
            id: requests.ids.stage(),
            name: "New stage".to_owned(),
        };
        let index = stages.len();
        requests.edit(Edit::AddStage { index, stage }, "Add stage");
    }
}

/// The up and down buttons of item `n` (counted from 1) of a list of `len`. Returns the
/// index the item should move to, if one was clicked.
fn arrows_ui(
    ui: &mut Ui,
    word: &str,
    n: usize,
    len: usize,
    (back, forth): (&str, &str),
) -> Option<usize> {
    let index = n - 1;
    let mut to = None;
    let up = ui
        .add_enabled(index > 0, small_button("↑"))
        .on_hover_text(format!("Move {back}"))
        .accessible_name(format!("Move {word} {n} {back}"));
    if up.clicked() {
        to = Some(index - 1);
    }
    let down = ui
        .add_enabled(n < len, small_button("↓"))
        .on_hover_text(format!("Move {forth}"))
        .accessible_name(format!("Move {word} {n} {forth}"));
    if down.clicked() {
        to = Some(index + 1);
    }
    to
}

/// The remove button of item `n` of a list of `len`, which holds `holding` touchpoints.
/// The last item cannot go: a map needs at least one lane and one stage.
fn remove_button_ui(ui: &mut Ui, word: &str, n: usize, len: usize, holding: usize) -> Response {
    let hover = if holding == 0 {
        format!("Remove this {word}")
    } else {
        format!(
            "Remove this {word}; it holds {}, and you choose what happens to them",
            count(holding, "touchpoint")
        )
    };
    ui.add_enabled(len > 1, small_button("✕"))
        .on_hover_text(hover)
        .on_disabled_hover_text(format!(
            "A map needs at least one {word}: add another before removing this one"
        ))
        .accessible_name(format!("Remove {word} {n}"))
}

fn small_button(text: &str) -> Button<'_> {
    Button::new(RichText::new(text)).min_size(egui::vec2(BUTTON_WIDTH, 0.0))
}

/// What a lane of `kind` holds, for the hover text of its kind menu.
fn kind_help(kind: LaneKind) -> &'static str {
    match kind {
        LaneKind::Evidence => "Evidence: what the customer physically sees: the invoice, the sign",
        LaneKind::Customer => "Customer: what the customer does",
        LaneKind::Frontstage => "Frontstage: employee actions the customer sees",
        LaneKind::Backstage => "Backstage: employee actions the customer does not see",
        LaneKind::Support => "Support: processes and systems: billing, logistics, IT",
    }
}
