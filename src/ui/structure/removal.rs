//! Removing a lane or a stage: at once when it is empty, and otherwise only after asking
//! what happens to the touchpoints it holds (move them elsewhere, or delete them too).

use egui::{Id, Modal, RichText, Ui};

use crate::model::{Edit, Journey, LaneId, StageId, Touchpoint, TouchpointChange};
use crate::tr;
use crate::ui::Requests;
use crate::ui::inspector::fields::{choice_ui, quoted};

/// A lane or a stage: the two ways the map is divided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Division {
    Lane(LaneId),
    Stage(StageId),
}

impl Division {
    /// Its name, or `None` when it no longer exists.
    fn name(self, journey: &Journey) -> Option<&str> {
        match self {
            Self::Lane(id) => journey.lane(id).map(|lane| lane.name.as_str()),
            Self::Stage(id) => journey.stage(id).map(|stage| stage.name.as_str()),
        }
    }

    /// The touchpoints in it, by id.
    fn holders(self, journey: &Journey) -> Vec<&Touchpoint> {
        match self {
            Self::Lane(id) => journey.touchpoints_in_lane(id).collect(),
            Self::Stage(id) => journey.touchpoints_in_stage(id).collect(),
        }
    }

    /// The other divisions of its kind, with their names, in map order.
    fn others(self, journey: &Journey) -> Vec<(Self, String)> {
        let all: Vec<(Self, String)> = match self {
            Self::Lane(_) => journey
                .lanes()
                .iter()
                .map(|lane| (Self::Lane(lane.id), lane.name.clone()))
                .collect(),
            Self::Stage(_) => journey
                .stages()
                .iter()
                .map(|stage| (Self::Stage(stage.id), stage.name.clone()))
                .collect(),
        };
        all.into_iter()
            .filter(|(division, _)| *division != self)
            .collect()
    }

    fn remove(self) -> Edit {
        match self {
            Self::Lane(id) => Edit::RemoveLane(id),
            Self::Stage(id) => Edit::RemoveStage(id),
        }
    }

    /// The edit that puts `touchpoint` into this lane or stage, keeping the rest of its place.
    fn take(self, touchpoint: &Touchpoint) -> Edit {
        let (lane, stage) = match self {
            Self::Lane(lane) => (lane, touchpoint.stage),
            Self::Stage(stage) => (touchpoint.lane, stage),
        };
        Edit::UpdateTouchpoint {
            id: touchpoint.id,
            change: TouchpointChange::Place {
                lane,
                stage,
                x: touchpoint.x,
            },
        }
    }

    /// "Remove lane “Backstage”", for the undo menu.
    fn undo_label(self, journey: &Journey) -> String {
        let name = quoted(self.name(journey).unwrap_or_default());
        match self {
            Self::Lane(_) => tr!("structure-lane-remove-undo", name = name),
            Self::Stage(_) => tr!("structure-stage-remove-undo", name = name),
        }
    }

    /// The texts of the question what happens to its `count` touchpoints, named `name`:
    /// the heading, the question itself, the button that moves them, and the accessible
    /// name of the menu of where to.
    fn question(self, name: &str, count: usize) -> [String; 4] {
        let name = quoted(name);
        match self {
            Self::Lane(_) => [
                tr!("structure-lane-remove-question", name = name.as_str()),
                tr!("structure-lane-remove-holds", name = name, count = count),
                tr!("structure-lane-move-them"),
                tr!("structure-lane-move-them-name"),
            ],
            Self::Stage(_) => [
                tr!("structure-stage-remove-question", name = name.as_str()),
                tr!("structure-stage-remove-holds", name = name, count = count),
                tr!("structure-stage-move-them"),
                tr!("structure-stage-move-them-name"),
            ],
        }
    }
}

/// A removal waiting for the user to say what happens to the touchpoints.
#[derive(Clone, Debug)]
pub(super) struct Removal {
    division: Division,
    /// Where "Move them to" puts the touchpoints.
    move_to: Option<Division>,
}

/// Removes `division` at once when it is empty (undo brings it back); otherwise opens the
/// question of what happens to its touchpoints.
pub(super) fn remove(
    journey: &Journey,
    division: Division,
    pending: &mut Option<Removal>,
    requests: &mut Requests,
) {
    if division.holders(journey).is_empty() {
        requests.edit(division.remove(), division.undo_label(journey));
    } else {
        *pending = Some(Removal {
            division,
            move_to: division.others(journey).first().map(|(other, _)| *other),
        });
    }
}

/// Shows the question of a pending removal, if there is one, and asks for what the user
/// chooses.
pub(super) fn removal_ui(
    ui: &mut Ui,
    journey: &Journey,
    pending: &mut Option<Removal>,
    requests: &mut Requests,
) {
    let Some(removal) = pending.as_mut() else {
        return;
    };
    let division = removal.division;
    let holders = division.holders(journey);
    // An undo or a change elsewhere may have removed or emptied it meanwhile; then there
    // is nothing left to ask.
    let Some(name) = division.name(journey).filter(|_| !holders.is_empty()) else {
        *pending = None;
        return;
    };
    let others = division.others(journey);
    if !others
        .iter()
        .any(|(other, _)| Some(*other) == removal.move_to)
    {
        removal.move_to = others.first().map(|(other, _)| *other);
    }

    let [heading, question, move_them, move_to_name] = division.question(name, holders.len());
    let mut choice = None;
    let modal = Modal::new(Id::unique(("polku remove division", division))).show(ui.ctx(), |ui| {
        ui.set_max_width(360.0);
        ui.heading(heading);
        ui.add_space(6.0);
        ui.label(question);
        ui.add_space(10.0);

        if let Some(move_to) = removal.move_to {
            ui.horizontal(|ui| {
                if ui.button(move_them).clicked() {
                    choice = Some(Choice::Move(move_to));
                }
                let id = ui.make_persistent_id("move to");
                let (response, picked) = choice_ui(ui, id, Some(move_to), &others, Some(160.0));
                response.accessible_name(move_to_name);
                if let Some(other) = picked {
                    removal.move_to = Some(other);
                }
            });
            ui.add_space(4.0);
        }
        if ui.button(tr!("structure-delete-them-too")).clicked() {
            choice = Some(Choice::Delete);
        }
        ui.add_space(10.0);
        ui.label(RichText::new(tr!("structure-undo-brings-back")).weak());
        ui.add_space(4.0);
        if ui.button(tr!("structure-cancel")).clicked() {
            choice = Some(Choice::Cancel);
        }
    });
    if modal.should_close() {
        choice = Some(Choice::Cancel);
    }

    let Some(choice) = choice else {
        return;
    };
    *pending = None;
    let edits: Vec<Edit> = match choice {
        Choice::Cancel => return,
        Choice::Move(to) => holders.iter().map(|t| to.take(t)).collect(),
        Choice::Delete => holders
            .iter()
            .map(|t| Edit::RemoveTouchpoint(t.id))
            .collect(),
    };
    // The touchpoints leave first: the journey refuses to remove a lane or stage that holds any.
    let edits = edits.into_iter().chain([division.remove()]).collect();
    requests.edit(Edit::Batch(edits), division.undo_label(journey));
}

/// What the user answered.
#[derive(Clone, Copy)]
enum Choice {
    Move(Division),
    Delete,
    Cancel,
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::{NodeT as _, Queryable as _};

    use crate::model::{Document, Journey, Lane, LaneId, LaneKind, Stage, StageId};
    use crate::ui::inspector::testing::{self, BACKSTAGE, FRONTSTAGE, INVOICE, PAY};
    use crate::ui::structure::tests::panel;

    #[test]
    fn an_empty_lane_is_removed_at_once() {
        let mut harness = panel(testing::journey());
        harness.get_by_label("Add lane").click();
        harness.run();
        harness.get_by_label("Remove lane 4").click();
        harness.run();
        let bench = harness.state();
        assert_eq!(bench.journey().lanes().len(), 3);
        assert_eq!(bench.done, ["Add lane", "Remove lane “New lane”"]);
        assert!(harness.query_by_label("Delete them too").is_none());
    }

    #[test]
    fn removing_a_lane_with_touchpoints_moves_them_to_the_lane_chosen() {
        let mut harness = panel(testing::journey());
        harness.get_by_label("Remove lane 3").click();
        harness.run();
        harness.get_by_label_contains("Lane “Backstage” holds 1 touchpoint.");
        assert!(harness.state().view.is_asking());

        harness.get_by_label("Lane to move them to").click();
        harness.run();
        harness.get_by_label("Frontstage").click();
        harness.run();
        harness.get_by_label("Move them to").click();
        harness.run();

        let bench = harness.state();
        assert!(bench.journey().lane(BACKSTAGE).is_none());
        let invoice = bench.journey().touchpoint(INVOICE);
        assert_eq!(
            invoice.map(|t| (t.lane, t.stage, t.x)),
            Some((FRONTSTAGE, PAY, 70.0))
        );
        assert_eq!(bench.done, ["Remove lane “Backstage”"]);
        assert!(!bench.view.is_asking());
    }

    #[test]
    fn removing_a_stage_can_delete_its_touchpoints_too() {
        let mut harness = panel(testing::journey());
        harness.get_by_label("Remove stage 2").click();
        harness.run();
        harness.get_by_label_contains("Stage “Pay” holds 1 touchpoint.");
        harness.get_by_label("Delete them too").click();
        harness.run();

        let bench = harness.state();
        assert!(bench.journey().stage(PAY).is_none());
        assert!(bench.journey().touchpoint(INVOICE).is_none());
        assert_eq!(bench.journey().touchpoint_count(), 2);
        assert_eq!(bench.done, ["Remove stage “Pay”"]);
    }

    #[test]
    fn the_question_is_asked_in_finnish() {
        crate::i18n::set_language(crate::i18n::Language::Finnish);
        let mut harness = panel(testing::journey());
        harness.get_by_label("Poista kaista 3").click();
        harness.run();
        harness.get_by_label("Poistetaanko kaista ”Backstage”?");
        harness.get_by_label("Kaistalla ”Backstage” on 1 kosketuspiste. Mitä sille tehdään?");
        harness.get_by_label("Kaista, jolle ne siirretään");
        harness.get_by_label("Poista kosketuspisteineen").click();
        harness.run();
        assert_eq!(harness.state().done, ["Poista kaista ”Backstage”"]);
    }

    #[test]
    fn cancel_keeps_the_lane_and_its_touchpoints() {
        let mut harness = panel(testing::journey());
        harness.get_by_label("Remove lane 2").click();
        harness.run();
        harness.get_by_label("Cancel").click();
        harness.run();
        let bench = harness.state();
        assert_eq!(bench.journey().lanes().len(), 3);
        assert!(bench.done.is_empty());
        assert!(!bench.view.is_asking());
    }

    #[test]
    fn the_last_lane_and_stage_cannot_be_removed() {
        let document = Document {
            lanes: vec![Lane {
                id: LaneId(1),
                name: "Customer".to_owned(),
                kind: LaneKind::Customer,
            }],
            stages: vec![Stage {
                id: StageId(1),
                name: "Visit".to_owned(),
            }],
            ..Document::default()
        };
        let journey = Journey::from_document(document).unwrap_or_default();
        let mut harness = panel(journey);
        for label in ["Remove lane 1", "Remove stage 1"] {
            let button = harness.get_by_label(label);
            assert!(button.accesskit_node().is_disabled(), "{label}");
            button.click();
            harness.run();
        }
        let bench = harness.state();
        assert_eq!(bench.journey().lanes().len(), 1);
        assert_eq!(bench.journey().stages().len(), 1);
    }
}
