//! The inspector for one touchpoint: its words, its place on the map, who owns it, and
//! (through the modules beside this one) its TERMS tags, ratings and observations.

use crate::model::layout::tidy::Slots;
use egui::text::CCursorRange;
use egui::{Grid, Id, RichText, TextEdit, Ui};

use super::fields::{
    self, FieldInput, LABEL_WIDTH, ROW_SPACING, SuggestedField, TextField, choice_ui, quoted,
};
use super::state::InspectorState;
use super::{observations, ratings, terms};
use crate::io::feedback::MapFeedback;
use crate::model::{Channel, Edit, EvidenceLevel, Journey, LinkKind, Touchpoint, TouchpointChange};
use crate::tr;
use crate::ui::Requests;

/// Shows every field of `touchpoint` and asks for the changes the user makes.
pub(super) fn touchpoint_ui(
    ui: &mut Ui,
    journey: &Journey,
    feedback: Option<&MapFeedback>,
    touchpoint: &Touchpoint,
    state: &mut InspectorState,
    requests: &mut Requests,
) {
    ui.heading(tr!("inspector-touchpoint-title"));
    visibility_ui(ui, journey, touchpoint);
    ui.add_space(4.0);
    words_ui(ui, journey, touchpoint, state, requests);

    fields::section_ui(ui, &tr!("inspector-section-place"));
    place_ui(ui, journey, touchpoint, requests);

    fields::section_ui(ui, &tr!("inspector-section-terms"));
    terms::terms_ui(ui, touchpoint, requests);

    fields::section_ui(ui, &tr!("inspector-section-experience"));
    ratings::ratings_ui(ui, touchpoint, requests);

    fields::section_ui(ui, &tr!("inspector-section-links"));
    links_ui(ui, journey, touchpoint);

    if let Some(feedback) = feedback {
        fields::section_ui(ui, &tr!("inspector-section-feedback"));
        super::feedback::feedback_ui(ui, feedback, touchpoint, requests);
    }

    fields::section_ui(ui, &tr!("inspector-section-observations"));
    observations::observations_ui(ui, touchpoint, &mut state.observation, requests);

    ui.add_space(16.0);
    ui.separator();
    if ui
        .button(tr!("inspector-delete-touchpoint"))
        .on_hover_text(tr!("inspector-delete-touchpoint-hover"))
        .clicked()
    {
        let label = tr!("inspector-delete-touchpoint");
        requests.edit(Edit::RemoveTouchpoint(touchpoint.id), label);
    }
}

/// Whether the customer sees the touchpoint, which follows from its lane's kind.
fn visibility_ui(ui: &mut Ui, journey: &Journey, touchpoint: &Touchpoint) {
    let text = match journey.is_visible(touchpoint.id) {
        Some(true) => tr!("inspector-visible"),
        _ => tr!("inspector-hidden"),
    };
    ui.label(RichText::new(text).weak());
}

/// Title, description, actor, owner, channel and evidence level.
fn words_ui(
    ui: &mut Ui,
    journey: &Journey,
    touchpoint: &Touchpoint,
    state: &mut InspectorState,
    requests: &mut Requests,
) {
    let id = touchpoint.id;
    let title_id = ui.make_persistent_id(("touchpoint title", id));
    let update = |change| Edit::UpdateTouchpoint { id, change };

    Grid::new(("touchpoint words", id))
        .num_columns(2)
        .min_col_width(LABEL_WIDTH)
        .spacing(ROW_SPACING)
        .show(ui, |ui| {
            // A grid shown for the first time lays itself out in an invisible pass that
            // cannot take focus; the request waits for the pass the user sees.
            if state.focus_title == Some(id) && ui.is_visible() && !ui.is_sizing_pass() {
                select_all(ui, title_id, &touchpoint.title);
                state.focus_title = None;
            }
            let label = ui.label(tr!("inspector-title-label"));
            let (response, typed) = TextField::singleline(title_id, &touchpoint.title)
                .hint(&tr!("inspector-title-hint"))
                .show(ui, requests);
            response.labelled_by(label.id);
            if let Some(text) = typed {
                let edit = update(TouchpointChange::Title(text));
                requests.typing(edit, tr!("inspector-title-undo"), (id, "title"));
            }
            ui.end_row();

            let label = ui.label(tr!("inspector-description"));
            let field_id = ui.make_persistent_id(("touchpoint description", id));
            let (response, typed) =
                TextField::multiline(field_id, &touchpoint.description).show(ui, requests);
            response.labelled_by(label.id);
            if let Some(text) = typed {
                let edit = update(TouchpointChange::Description(text));
                let label = tr!("inspector-description-undo");
                requests.typing(edit, label, (id, "description"));
            }
            ui.end_row();

            let name = tr!("inspector-actor");
            let label = ui.label(name.as_str());
            let customer = tr!("inspector-actor-customer");
            let actors = fields::used_values(journey, |t| &t.actor, &[customer.as_str()]);
            let typed = SuggestedField {
                id: ui.make_persistent_id(("actor", id)),
                name: &name,
                value: &touchpoint.actor,
                suggestions: &actors,
                hint: &tr!("inspector-actor-hint"),
            }
            .show(ui, label.id, requests);
            match typed {
                FieldInput::Typed(text) => {
                    let edit = update(TouchpointChange::Actor(text));
                    requests.typing(edit, tr!("inspector-actor-typed-undo"), (id, "actor"));
                }
                FieldInput::Picked(text) => {
                    let label = tr!("inspector-actor-picked-undo");
                    requests.edit(update(TouchpointChange::Actor(text)), label);
                }
                FieldInput::Unchanged => {}
            }
            ui.end_row();

            let name = tr!("inspector-owner");
            let label = ui.label(name.as_str());
            let owners = fields::used_values(journey, |t| &t.owner, &[]);
            let typed = SuggestedField {
                id: ui.make_persistent_id(("owner", id)),
                name: &name,
                value: &touchpoint.owner,
                suggestions: &owners,
                hint: &tr!("inspector-owner-hint"),
            }
            .show(ui, label.id, requests);
            match typed {
                FieldInput::Typed(text) => {
                    let edit = update(TouchpointChange::Owner(text));
                    requests.typing(edit, tr!("inspector-owner-typed-undo"), (id, "owner"));
                }
                FieldInput::Picked(text) => {
                    let label = tr!("inspector-set-owner");
                    requests.edit(update(TouchpointChange::Owner(text)), label);
                }
                FieldInput::Unchanged => {}
            }
            ui.end_row();

            let label = ui.label(tr!("inspector-channel"));
            let options = Channel::ALL.map(|c| (c, c.label()));
            let field_id = ui.make_persistent_id(("channel", id));
            let (response, picked) =
                choice_ui(ui, field_id, Some(touchpoint.channel), &options, None);
            response.labelled_by(label.id);
            if let Some(channel) = picked {
                let label = tr!("inspector-channel-undo");
                requests.edit(update(TouchpointChange::Channel(channel)), label);
            }
            ui.end_row();

            let label = ui.label(tr!("inspector-evidence"));
            let options = EvidenceLevel::ALL.map(|e| (e, e.label()));
            let field_id = ui.make_persistent_id(("evidence", id));
            let (response, picked) =
                choice_ui(ui, field_id, Some(touchpoint.evidence), &options, None);
            response
                .labelled_by(label.id)
                .on_hover_text(tr!("inspector-evidence-hover"));
            if let Some(evidence) = picked {
                let label = tr!("inspector-evidence-undo");
                requests.edit(update(TouchpointChange::Evidence(evidence)), label);
            }
            ui.end_row();

            let label = ui.label(tr!("inspector-key"));
            let field_id = ui.make_persistent_id(("touchpoint key", id));
            let (response, typed) = TextField::singleline(field_id, &touchpoint.key)
                .hint(&tr!("inspector-key-hint"))
                .show(ui, requests);
            response
                .labelled_by(label.id)
                .on_hover_text(tr!("inspector-key-hover"));
            if let Some(text) = typed {
                let edit = update(TouchpointChange::Key(text));
                requests.typing(edit, tr!("inspector-key-undo"), (id, "key"));
            }
            ui.end_row();
        });
}

/// Focuses the field `id` with all of `text` selected, so what is typed replaces it.
fn select_all(ui: &Ui, id: Id, text: &str) {
    let mut edit_state = TextEdit::load_state(ui.ctx(), id).unwrap_or_default();
    edit_state
        .cursor
        .set_char_range(Some(CCursorRange::select_all_str(text)));
    TextEdit::store_state(ui.ctx(), id, edit_state);
    ui.memory_mut(|memory| memory.request_focus(id));
}

/// The lane and stage the touchpoint sits in.
fn place_ui(ui: &mut Ui, journey: &Journey, touchpoint: &Touchpoint, requests: &mut Requests) {
    let id = touchpoint.id;
    Grid::new(("touchpoint place", id))
        .num_columns(2)
        .min_col_width(LABEL_WIDTH)
        .spacing(ROW_SPACING)
        .show(ui, |ui| {
            let label = ui.label(tr!("inspector-lane"));
            let lanes: Vec<_> = journey
                .lanes()
                .iter()
                .map(|lane| (lane.id, lane.name.clone()))
                .collect();
            let field_id = ui.make_persistent_id(("lane", id));
            let (response, picked) = choice_ui(ui, field_id, Some(touchpoint.lane), &lanes, None);
            response.labelled_by(label.id);
            if let Some(lane) = picked {
                // Into the free place of the new lane nearest to where it was.
                let x = Slots::new(journey).near(lane, touchpoint.stage, touchpoint.x, id);
                let change = TouchpointChange::Place {
                    lane,
                    stage: touchpoint.stage,
                    x,
                };
                let label = tr!("inspector-move-undo");
                requests.edit(Edit::UpdateTouchpoint { id, change }, label);
            }
            ui.end_row();

            let label = ui.label(tr!("inspector-stage"));
            let stages: Vec<_> = journey
                .stages()
                .iter()
                .map(|stage| (stage.id, stage.name.clone()))
                .collect();
            let field_id = ui.make_persistent_id(("stage", id));
            let (response, picked) = choice_ui(ui, field_id, Some(touchpoint.stage), &stages, None);
            response.labelled_by(label.id);
            if let Some(stage) = picked {
                // At the end of the new stage, in the card's lane.
                let x = Slots::new(journey).end(touchpoint.lane, stage, id);
                let change = TouchpointChange::Place {
                    lane: touchpoint.lane,
                    stage,
                    x,
                };
                let label = tr!("inspector-move-undo");
                requests.edit(Edit::UpdateTouchpoint { id, change }, label);
            }
            ui.end_row();
        });
}

/// The links into and out of the touchpoint, by the titles at their other ends.
fn links_ui(ui: &mut Ui, journey: &Journey, touchpoint: &Touchpoint) {
    let links = journey.links_of(touchpoint.id);
    if links.is_empty() {
        ui.label(RichText::new(tr!("inspector-no-links")).weak());
        return;
    }
    let title = |id| journey.touchpoint(id).map_or("", |t: &Touchpoint| &t.title);
    for link in links {
        // Not words, but the selectors of the messages' variants.
        let kind = match link.kind {
            LinkKind::Flow => "flow",
            LinkKind::Support => "support",
        };
        let text = if link.from == touchpoint.id {
            tr!(
                "inspector-link-to",
                title = quoted(title(link.to)),
                kind = kind
            )
        } else {
            tr!(
                "inspector-link-from",
                title = quoted(title(link.from)),
                kind = kind
            )
        };
        ui.label(text);
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use crate::model::{Channel, LaneKind};
    use crate::ui::inspector::testing::{self, BACKSTAGE, CONFIRM, INVOICE, ORDER};
    use crate::ui::inspector::{InspectorState, inspector_ui};
    use crate::ui::selection::Selection;

    #[test]
    fn a_touchpoint_is_renamed_in_one_undo_step() {
        let mut harness = testing::inspector(testing::journey(), Selection::touchpoint(ORDER));
        testing::retype(&mut harness, "Title", "Order in the app");
        harness.key_press(egui::Key::Enter);
        harness.run();

        let bench = harness.state();
        let title = bench.journey().touchpoint(ORDER).map(|t| t.title.as_str());
        assert_eq!(title, Some("Order in the app"));
        assert!(bench.done.iter().all(|label| label == "Rename touchpoint"));
        assert!(
            bench.typing_ended > 0,
            "leaving the field ends the typing step"
        );
    }

    #[test]
    fn a_new_touchpoint_has_its_title_selected_so_typing_replaces_it() {
        // The canvas asks for the focus in the frame that creates the touchpoint, so the
        // inspector meets the request the first time it shows the touchpoint.
        let state = InspectorState {
            focus_title: Some(ORDER),
            ..InspectorState::default()
        };
        let mut harness = testing::bench(
            testing::journey(),
            (Selection::touchpoint(ORDER), state),
            |ui, journey, (selection, state), requests| {
                inspector_ui(ui, journey, None, selection, state, requests);
            },
        );
        harness.run();
        assert!(harness.get_by_label("Title").is_focused());
        assert_eq!(harness.state().view.1.focus_title, None);

        harness.get_by_label("Title").type_text("Browse products");
        harness.run();
        let title = harness
            .state()
            .journey()
            .touchpoint(ORDER)
            .map(|t| t.title.clone());
        assert_eq!(title.as_deref(), Some("Browse products"));

        // Once met, the request is done: the field is left alone after that.
        harness.key_press(egui::Key::Escape);
        harness.run();
        assert!(!harness.get_by_label("Title").is_focused());
    }

    #[test]
    fn a_card_moved_to_another_stage_goes_to_the_end_of_its_lane_there() {
        let mut harness = testing::inspector(testing::journey(), Selection::touchpoint(INVOICE));
        harness.get_by_label("Stage").click();
        harness.run();
        harness.get_by_label("Join").click();
        harness.run();
        let bench = harness.state();
        let invoice = bench.journey().touchpoint(INVOICE).cloned();
        assert_eq!(invoice.as_ref().map(|t| t.stage), Some(testing::JOIN));
        // Not at the x it had in its old stage (70), far to the right: at the start of the
        // empty backstage lane.
        assert_eq!(invoice.map(|t| t.x), Some(0.0));
        // Moved into a lane with a card where it was, it goes to the free place nearest.
        let mut harness = testing::inspector(testing::journey(), Selection::touchpoint(ORDER));
        harness.get_by_label("Lane").click();
        harness.run();
        harness.get_by_label("Frontstage").click();
        harness.run();
        let order = harness.state().journey().touchpoint(ORDER).cloned();
        // "Send confirmation" sits at x 40, off the columns: the nearest column clear of
        // it (with a gap between the two cards) is the third.
        assert_eq!(
            order.map(|t| t.x),
            Some(2.0 * crate::model::layout::tidy::COLUMN)
        );
    }

    #[test]
    fn channel_lane_and_owner_are_picked_from_menus() {
        let mut harness = testing::inspector(testing::journey(), Selection::touchpoint(ORDER));
        harness.get_by_label_contains("Visible to the customer");
        harness.get_by_label("Channel").click();
        harness.run();
        harness.get_by_label("web").click();
        harness.run();
        harness.get_by_label("Lane").click();
        harness.run();
        harness.get_by_label("Backstage").click();
        harness.run();
        harness.get_by_label("Owner suggestions").click();
        harness.run();
        harness.get_by_label("Billing").click();
        harness.run();

        let bench = harness.state();
        let touchpoint = bench.journey().touchpoint(ORDER).cloned();
        assert_eq!(touchpoint.as_ref().map(|t| t.channel), Some(Channel::Web));
        assert_eq!(touchpoint.as_ref().map(|t| t.lane), Some(BACKSTAGE));
        // Into the free place of the new lane nearest to where it was: its first column.
        assert_eq!(touchpoint.as_ref().map(|t| t.x), Some(0.0));
        assert_eq!(touchpoint.map(|t| t.owner).as_deref(), Some("Billing"));
        assert_eq!(bench.done, ["Set channel", "Move touchpoint", "Set owner"]);
        // Now in a backstage lane, the customer no longer sees it.
        assert_eq!(
            bench.journey().lane(BACKSTAGE).map(|l| l.kind),
            Some(LaneKind::Backstage)
        );
        harness.get_by_label_contains("Hidden from the customer");
    }

    #[test]
    fn links_are_listed_by_the_titles_at_their_other_ends() {
        let harness = testing::inspector(testing::journey(), Selection::touchpoint(CONFIRM));
        harness.get_by_label("← from “Order online” (flow)");
    }

    #[test]
    fn a_touchpoint_is_deleted() {
        let mut harness = testing::inspector(testing::journey(), Selection::touchpoint(INVOICE));
        harness.get_by_label("Delete touchpoint").click();
        harness.run();
        let bench = harness.state();
        assert!(bench.journey().touchpoint(INVOICE).is_none());
        assert_eq!(bench.done, ["Delete touchpoint"]);
    }
}
