//! The inspector for several things at once: what makes sense to set on many touchpoints
//! together (lane, stage, owner, a TERMS tag), the kind of many links, and deleting them.
//!
//! Each change to many things is one [`Edit::Batch`], so one undo takes all of it back.

use std::collections::BTreeSet;

use egui::{Grid, RichText, Ui};

use super::fields::{self, FieldInput, LABEL_WIDTH, ROW_SPACING, SuggestedField, choice_ui};
use super::terms::severity_name;
use crate::model::{
    Edit, Journey, Link, LinkKind, Severity, TermsArea, TermsTag, Touchpoint, TouchpointChange,
    TouchpointId,
};
use crate::tr;
use crate::ui::Requests;
use crate::ui::selection::Selection;

/// What the fields for many touchpoints hold until the user applies them.
#[derive(Clone, Debug)]
pub(super) struct Draft {
    /// The touchpoints the draft was made for: a new selection starts afresh.
    for_touchpoints: BTreeSet<TouchpointId>,
    owner: String,
    area: TermsArea,
    severity: Severity,
}

impl Default for Draft {
    fn default() -> Self {
        Self {
            for_touchpoints: BTreeSet::new(),
            owner: String::new(),
            area: TermsArea::Time,
            severity: Severity::Minor,
        }
    }
}

/// Whether anything in `selection` still exists.
pub(super) fn has_any(journey: &Journey, selection: &Selection) -> bool {
    selection
        .touchpoints
        .iter()
        .any(|&id| journey.touchpoint(id).is_some())
        || selection.links.iter().any(|&id| journey.link(id).is_some())
}

/// Shows what can be set on all of the selection, and asks for the changes.
pub(super) fn several_ui(
    ui: &mut Ui,
    journey: &Journey,
    selection: &Selection,
    draft: &mut Draft,
    requests: &mut Requests,
) {
    let touchpoints: Vec<&Touchpoint> = selection
        .touchpoints
        .iter()
        .filter_map(|&id| journey.touchpoint(id))
        .collect();
    let links: Vec<&Link> = selection
        .links
        .iter()
        .filter_map(|&id| journey.link(id))
        .collect();
    let ids: BTreeSet<TouchpointId> = touchpoints.iter().map(|t| t.id).collect();
    if draft.for_touchpoints != ids {
        *draft = Draft {
            for_touchpoints: ids,
            owner: common(&touchpoints, |t| t.owner.clone()).unwrap_or_default(),
            ..Draft::default()
        };
    }

    let what = match (touchpoints.len(), links.len()) {
        (n, 0) => tr!("touchpoint-count", count = n),
        (0, m) => tr!("link-count", count = m),
        (n, m) => tr!(
            "inspector-several-both",
            touchpoints = tr!("touchpoint-count", count = n),
            links = tr!("link-count", count = m),
        ),
    };
    ui.heading(tr!("inspector-several-selected", what = what.as_str()));
    ui.label(RichText::new(tr!("inspector-several-help")).weak());

    if !touchpoints.is_empty() {
        fields::section_ui(ui, &tr!("inspector-section-touchpoints"));
        touchpoints_ui(ui, journey, &touchpoints, draft, requests);
    }
    if touchpoints.is_empty() && !links.is_empty() {
        fields::section_ui(ui, &tr!("inspector-section-links"));
        links_ui(ui, &links, requests);
    }

    ui.add_space(16.0);
    ui.separator();
    let delete = tr!("inspector-several-delete", what = what.as_str());
    if ui.button(delete.as_str()).clicked() {
        // Links first: removing a touchpoint takes its links with it, and a link removed
        // twice would make the whole batch fail.
        let edits = links
            .iter()
            .map(|link| Edit::RemoveLink(link.id))
            .chain(touchpoints.iter().map(|t| Edit::RemoveTouchpoint(t.id)))
            .collect();
        batch(requests, edits, delete);
    }
}

/// Lane, stage, owner and a TERMS tag for every selected touchpoint.
fn touchpoints_ui(
    ui: &mut Ui,
    journey: &Journey,
    touchpoints: &[&Touchpoint],
    draft: &mut Draft,
    requests: &mut Requests,
) {
    let n = touchpoints.len();
    let place = |t: &Touchpoint, lane, stage| Edit::UpdateTouchpoint {
        id: t.id,
        change: TouchpointChange::Place {
            lane,
            stage,
            x: t.x,
        },
    };
    Grid::new("several touchpoints")
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
            let current = common(touchpoints, |t| t.lane);
            let field_id = ui.make_persistent_id("several lane");
            let (response, picked) = choice_ui(ui, field_id, current, &lanes, None);
            response.labelled_by(label.id);
            if let Some(lane) = picked {
                let edits = touchpoints
                    .iter()
                    .filter(|t| t.lane != lane)
                    .map(|t| place(t, lane, t.stage))
                    .collect();
                let label = tr!("inspector-several-move-lane-undo", count = n);
                batch(requests, edits, label);
            }
            ui.end_row();

            let label = ui.label(tr!("inspector-stage"));
            let stages: Vec<_> = journey
                .stages()
                .iter()
                .map(|stage| (stage.id, stage.name.clone()))
                .collect();
            let current = common(touchpoints, |t| t.stage);
            let field_id = ui.make_persistent_id("several stage");
            let (response, picked) = choice_ui(ui, field_id, current, &stages, None);
            response.labelled_by(label.id);
            if let Some(stage) = picked {
                let edits = touchpoints
                    .iter()
                    .filter(|t| t.stage != stage)
                    .map(|t| place(t, t.lane, stage))
                    .collect();
                let label = tr!("inspector-several-move-stage-undo", count = n);
                batch(requests, edits, label);
            }
            ui.end_row();

            let name = tr!("inspector-owner");
            let label = ui.label(name.as_str());
            let owners = fields::used_values(journey, |t| &t.owner, &[]);
            let typed = SuggestedField {
                id: ui.make_persistent_id("several owner"),
                name: &name,
                value: &draft.owner,
                suggestions: &owners,
                hint: &tr!("inspector-owner-hint"),
            }
            .show(ui, label.id, requests);
            if let FieldInput::Typed(text) | FieldInput::Picked(text) = typed {
                draft.owner = text;
            }
            ui.end_row();

            ui.label("");
            let apply = ui
                .button(tr!("inspector-set-owner-all"))
                .on_hover_text(tr!("inspector-several-owner-hover", count = n));
            if apply.clicked() {
                let owner = draft.owner.trim().to_owned();
                let edits = touchpoints
                    .iter()
                    .filter(|t| t.owner != owner)
                    .map(|t| Edit::UpdateTouchpoint {
                        id: t.id,
                        change: TouchpointChange::Owner(owner.clone()),
                    })
                    .collect();
                batch(
                    requests,
                    edits,
                    tr!("inspector-several-owner-undo", count = n),
                );
            }
            ui.end_row();

            terms_rows_ui(ui, touchpoints, draft, requests);
        });
}

/// Grid rows to tag every touchpoint with one TERMS area, or clear that area from all.
fn terms_rows_ui(
    ui: &mut Ui,
    touchpoints: &[&Touchpoint],
    draft: &mut Draft,
    requests: &mut Requests,
) {
    let n = touchpoints.len();
    let label = ui.label(tr!("inspector-section-terms"));
    let areas = TermsArea::ALL.map(|a| (a, a.label()));
    let field_id = ui.make_persistent_id("several area");
    let (response, picked) = choice_ui(ui, field_id, Some(draft.area), &areas, None);
    response.labelled_by(label.id);
    if let Some(area) = picked {
        draft.area = area;
    }
    ui.end_row();

    let label = ui.label(tr!("inspector-severity"));
    let severities = Severity::ALL.map(|s| (s, severity_name(s)));
    let field_id = ui.make_persistent_id("several severity");
    let (response, picked) = choice_ui(ui, field_id, Some(draft.severity), &severities, None);
    response.labelled_by(label.id);
    if let Some(severity) = picked {
        draft.severity = severity;
    }
    ui.end_row();

    ui.label("");
    let area = draft.area;
    ui.horizontal_wrapped(|ui| {
        let tag = ui
            .button(tr!("inspector-tag-all"))
            .on_hover_text(tr!("inspector-tag-all-hover"));
        if tag.clicked() {
            let edits = touchpoints
                .iter()
                .map(|t| {
                    let note = t.tag(area).map(|tag| tag.note.clone()).unwrap_or_default();
                    let tag = TermsTag {
                        area,
                        severity: draft.severity,
                        note,
                    };
                    tag_edit(t, area, Some(tag))
                })
                .collect();
            let label = tr!("inspector-several-tag-undo", count = n, area = area.label());
            batch(requests, edits, label);
        }
        if ui.button(tr!("inspector-untag-all")).clicked() {
            let edits = touchpoints
                .iter()
                .filter(|t| t.tag(area).is_some())
                .map(|t| tag_edit(t, area, None))
                .collect();
            let label = tr!(
                "inspector-several-untag-undo",
                count = n,
                area = area.label()
            );
            batch(requests, edits, label);
        }
    });
    ui.end_row();
}

/// Asks for `edits` as one undo step, unless there is nothing to do: an empty step
/// would sit in the undo menu and undo nothing.
fn batch(requests: &mut Requests, edits: Vec<Edit>, label: String) {
    if !edits.is_empty() {
        requests.edit(Edit::Batch(edits), label);
    }
}

fn tag_edit(touchpoint: &Touchpoint, area: TermsArea, tag: Option<TermsTag>) -> Edit {
    Edit::UpdateTouchpoint {
        id: touchpoint.id,
        change: TouchpointChange::Tag { area, tag },
    }
}

/// Flow or support for every selected link.
fn links_ui(ui: &mut Ui, links: &[&Link], requests: &mut Requests) {
    let current = common(links, |link| link.kind);
    ui.horizontal(|ui| {
        ui.label(tr!("inspector-link-kind"));
        for kind in [LinkKind::Flow, LinkKind::Support] {
            if ui.radio(current == Some(kind), kind.label()).clicked() && current != Some(kind) {
                let edits = links
                    .iter()
                    .map(|link| Edit::SetLink {
                        id: link.id,
                        kind,
                        label: link.label.clone(),
                    })
                    .collect();
                let label = tr!("inspector-several-kind-undo", count = links.len());
                batch(requests, edits, label);
            }
        }
    });
}

/// The value all of `things` share, if they do.
fn common<T, V: PartialEq>(things: &[&T], value: impl Fn(&T) -> V) -> Option<V> {
    let mut values = things.iter().map(|thing| value(thing));
    let first = values.next()?;
    values.all(|v| v == first).then_some(first)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use egui_kittest::kittest::Queryable as _;

    use crate::model::{Severity, TermsArea};
    use crate::ui::inspector::testing::{self, BACKSTAGE, CONFIRM, INVOICE, ORDER};
    use crate::ui::selection::Selection;

    fn all_three() -> Selection {
        Selection {
            touchpoints: BTreeSet::from([ORDER, CONFIRM, INVOICE]),
            links: BTreeSet::new(),
        }
    }

    #[test]
    fn several_touchpoints_move_to_one_lane_in_one_step() {
        let mut harness = testing::inspector(testing::journey(), all_three());
        harness.get_by_label("3 touchpoints selected");
        harness.get_by_label("Lane").click();
        harness.run();
        harness.get_by_label("Backstage").click();
        harness.run();

        let bench = harness.state();
        for id in [ORDER, CONFIRM, INVOICE] {
            let touchpoint = bench.journey().touchpoint(id);
            assert_eq!(touchpoint.map(|t| t.lane), Some(BACKSTAGE), "{id}");
        }
        // Stages and positions stay.
        let order = bench.journey().touchpoint(ORDER);
        assert_eq!(order.map(|t| (t.stage, t.x)), Some((testing::JOIN, 10.0)));
        assert_eq!(bench.done, ["Move 3 touchpoints to another lane"]);
    }

    #[test]
    fn several_touchpoints_get_an_owner_and_a_terms_tag() {
        let mut harness = testing::inspector(testing::journey(), all_three());
        testing::retype(&mut harness, "Owner", "Customer service");
        harness.get_by_label("Set owner").click();
        harness.run();

        harness.get_by_label("TERMS").click();
        harness.run();
        harness.get_by_label("Risk").click();
        harness.run();
        harness.get_by_label("Severity").click();
        harness.run();
        harness.get_by_label("2 major").click();
        harness.run();
        harness.get_by_label("Tag all").click();
        harness.run();

        let bench = harness.state();
        for id in [ORDER, CONFIRM, INVOICE] {
            let touchpoint = bench.journey().touchpoint(id);
            assert_eq!(
                touchpoint.map(|t| t.owner.as_str()),
                Some("Customer service")
            );
            let severity = touchpoint
                .and_then(|t| t.tag(TermsArea::Risk))
                .map(|t| t.severity);
            assert_eq!(severity, Some(Severity::Major), "{id}");
        }
        assert_eq!(
            bench.done,
            ["Set owner of 3 touchpoints", "Tag 3 touchpoints Risk"]
        );

        harness.get_by_label("Untag all").click();
        harness.run();
        let bench = harness.state();
        assert!(bench.journey().touchpoints().all(|t| t.terms.is_empty()));
        assert_eq!(bench.done.len(), 3);

        // With nothing left to untag, no empty step lands in the undo menu.
        harness.get_by_label("Untag all").click();
        harness.run();
        assert_eq!(harness.state().done.len(), 3);
    }

    #[test]
    fn a_mixed_selection_is_deleted_in_one_step() {
        let mut selection = all_three();
        selection.links.insert(testing::CONFIRMS);
        let mut harness = testing::inspector(testing::journey(), selection);
        harness
            .get_by_label("Delete 3 touchpoints and 1 link")
            .click();
        harness.run();
        let bench = harness.state();
        assert_eq!(bench.journey().touchpoint_count(), 0);
        assert!(bench.refused.is_empty(), "{:?}", bench.refused);
        assert_eq!(bench.done.len(), 1);
    }
}
