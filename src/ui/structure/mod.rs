//! The map panel: the map's title and description, and its lanes and stages.
//!
//! Split by concern: [`lanes_and_stages`] lists the lanes and stages with their controls, and
//! [`removal`] asks what happens to the touchpoints of a lane or stage being removed.
//! Like the rest of the UI it only reads the journey, and asks for every change through
//! [`Requests`].

mod feedback;
mod lanes_and_stages;
mod removal;

use egui::Ui;

use super::Requests;
use super::inspector::fields::{self, TextField};
use crate::model::{Edit, Journey};
use crate::tr;

/// The panel's own view state, kept between frames and never saved.
#[derive(Clone, Debug, Default)]
pub struct StructureState {
    /// A lane or stage the user asked to remove, while the panel asks what happens to
    /// the touchpoints in it.
    removing: Option<removal::Removal>,
}

impl StructureState {
    /// Whether the panel is asking what happens to the touchpoints of a lane or stage
    /// being removed (a modal dialog is open).
    pub fn is_asking(&self) -> bool {
        self.removing.is_some()
    }
}

/// Shows the map's title, lanes and stages, and asks for the changes the user makes.
///
/// It fills `ui` from the top; the caller places it, in a vertical `ScrollArea` inside a
/// side panel. When a lane or stage being removed holds touchpoints, it opens a modal
/// dialog over the whole window to ask what happens to them.
pub fn structure_ui(
    ui: &mut Ui,
    journey: &Journey,
    state: &mut StructureState,
    requests: &mut Requests,
) {
    ui.heading(tr!("structure-title"));
    info_ui(ui, journey, requests);

    fields::section_ui(ui, &tr!("structure-lanes"));
    lanes_and_stages::lanes_ui(ui, journey, &mut state.removing, requests);

    fields::section_ui(ui, &tr!("structure-stages"));
    lanes_and_stages::stages_ui(ui, journey, &mut state.removing, requests);

    fields::section_ui(ui, &tr!("structure-feedback"));
    feedback::feedback_ui(ui, journey, requests);

    removal::removal_ui(ui, journey, &mut state.removing, requests);
}

/// The map's title and description, each under its label.
fn info_ui(ui: &mut Ui, journey: &Journey, requests: &mut Requests) {
    let set_info = |title: &str, description: &str| Edit::SetInfo {
        title: title.to_owned(),
        description: description.to_owned(),
    };
    ui.add_space(4.0);
    // "Map title" rather than "Title", so the map's field is never taken for the
    // inspector's touchpoint title by a screen reader or a test.
    let label = ui.label(tr!("structure-map-title"));
    let field_id = ui.make_persistent_id("map title");
    let (response, typed) = TextField::singleline(field_id, journey.title())
        .hint(&tr!("structure-map-title-hint"))
        .show(ui, requests);
    response.labelled_by(label.id);
    if let Some(title) = typed {
        let edit = set_info(&title, journey.description());
        requests.typing(edit, tr!("structure-map-title-undo"), "map title");
    }

    ui.add_space(4.0);
    let label = ui.label(tr!("structure-map-description"));
    let field_id = ui.make_persistent_id("map description");
    let (response, typed) = TextField::multiline(field_id, journey.description())
        .hint(&tr!("structure-map-description-hint"))
        .show(ui, requests);
    response.labelled_by(label.id);
    if let Some(description) = typed {
        let edit = set_info(journey.title(), &description);
        let label = tr!("structure-map-description-undo");
        requests.typing(edit, label, "map description");
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT as _, Queryable as _};

    use super::{StructureState, structure_ui};
    use crate::model::{Edit, Journey, LaneKind};
    use crate::ui::inspector::testing::{self, Bench};

    /// A harness showing the map panel over `journey`.
    pub(crate) fn panel(journey: Journey) -> Harness<'static, Bench<StructureState>> {
        testing::bench(journey, StructureState::default(), structure_ui)
    }

    fn lane_names(journey: &Journey) -> Vec<&str> {
        journey
            .lanes()
            .iter()
            .map(|lane| lane.name.as_str())
            .collect()
    }

    #[test]
    fn a_lane_is_added_renamed_given_a_kind_and_moved_up() {
        let mut harness = panel(testing::journey());
        harness.get_by_label("Add lane").click();
        harness.run();
        testing::retype(&mut harness, "Lane 4 name", "Quality checks");
        harness.get_by_label("Lane 4 kind").click();
        harness.run();
        harness.get_by_label("Support").click();
        harness.run();
        harness.get_by_label("Move lane 4 up").click();
        harness.run();

        let bench = harness.state();
        assert_eq!(
            lane_names(bench.journey()),
            [
                "Customer actions",
                "Frontstage",
                "Quality checks",
                "Backstage"
            ]
        );
        assert_eq!(
            bench.journey().lanes().get(2).map(|lane| lane.kind),
            Some(LaneKind::Support)
        );
        assert_eq!(bench.done.first().map(String::as_str), Some("Add lane"));
        assert!(bench.done.iter().any(|label| label == "Rename lane"));
        assert_eq!(
            bench.done[bench.done.len() - 2..],
            ["Set lane kind", "Move lane"]
        );
        assert!(bench.refused.is_empty(), "{:?}", bench.refused);
    }

    #[test]
    fn the_panel_fits_a_narrow_side_panel() {
        // The panel's default width and the narrowest the app lets it be, in every
        // language: Finnish words run longer.
        for language in crate::i18n::Language::ALL {
            crate::i18n::set_language(language);
            for width in [250.0, 180.0] {
                let mut journey = crate::model::templates::Template::Blueprint.journey();
                // Long names, as real maps have them.
                let (lane, stage) = (journey.lanes()[0].clone(), journey.stages()[0].clone());
                let long_names = [
                    Edit::SetInfo {
                        title: "Ordering online: from checkout to a paid invoice".to_owned(),
                        description: String::new(),
                    },
                    Edit::SetLane {
                        id: lane.id,
                        name: "Payment provider and billing department".to_owned(),
                        kind: lane.kind,
                    },
                    Edit::RenameStage {
                        id: stage.id,
                        name: "Delivery, unpacking and first use".to_owned(),
                    },
                ];
                for edit in long_names {
                    assert!(journey.apply(edit).is_ok());
                }
                let harness =
                    testing::bench_at(width, journey, StructureState::default(), structure_ui);
                testing::assert_fits(&harness);
            }
        }
    }

    #[test]
    fn the_first_lane_cannot_move_up_nor_the_last_down() {
        let harness = panel(testing::journey());
        assert!(
            harness
                .get_by_label("Move lane 1 up")
                .accesskit_node()
                .is_disabled()
        );
        assert!(
            harness
                .get_by_label("Move lane 3 down")
                .accesskit_node()
                .is_disabled()
        );
        assert!(
            !harness
                .get_by_label("Move lane 2 down")
                .accesskit_node()
                .is_disabled()
        );
    }

    #[test]
    fn a_stage_is_added_renamed_and_moved_earlier() {
        let mut harness = panel(testing::journey());
        harness.get_by_label("Add stage").click();
        harness.run();
        testing::retype(&mut harness, "Stage 3 name", "Use");
        harness.get_by_label("Move stage 3 earlier").click();
        harness.run();

        let bench = harness.state();
        let names: Vec<&str> = bench
            .journey()
            .stages()
            .iter()
            .map(|s| s.name.as_str())
            .collect();
        assert_eq!(names, ["Join", "Use", "Pay"]);
        assert!(bench.refused.is_empty(), "{:?}", bench.refused);
    }

    #[test]
    fn the_map_title_and_description_are_edited() {
        let mut harness = panel(testing::journey());
        testing::retype(&mut harness, "Map title", "Web shop, spring 2026");
        testing::retype(&mut harness, "Map description", "First-time buyers");
        let bench = harness.state();
        assert_eq!(bench.journey().title(), "Web shop, spring 2026");
        assert_eq!(bench.journey().description(), "First-time buyers");
    }
}
