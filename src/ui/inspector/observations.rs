//! The observations of one touchpoint: dated notes of what someone saw or heard, listed
//! with a remove button each, and a form to add one.

use egui::{Frame, Grid, RichText, Ui};

use super::fields::{LABEL_WIDTH, ROW_SPACING, choice_ui};
use crate::model::{Date, Edit, EvidenceLevel, Observation, Touchpoint, TouchpointId};
use crate::tr;
use crate::ui::Requests;

/// The observation being written, kept between frames until it is added.
#[derive(Clone, Debug, Default)]
pub(super) struct Draft {
    /// The touchpoint the draft was started on: selecting another starts afresh, so a
    /// half-written note never lands on the wrong touchpoint.
    touchpoint: Option<TouchpointId>,
    text: String,
    source: String,
    evidence: EvidenceLevel,
    /// The date as typed; empty means today.
    date: String,
}

/// Lists the observations of `touchpoint` and shows the form to add one.
pub(super) fn observations_ui(
    ui: &mut Ui,
    touchpoint: &Touchpoint,
    draft: &mut Draft,
    requests: &mut Requests,
) {
    let id = touchpoint.id;
    if draft.touchpoint != Some(id) {
        *draft = Draft {
            touchpoint: Some(id),
            ..Draft::default()
        };
    }

    if touchpoint.observations.is_empty() {
        ui.label(RichText::new(tr!("inspector-observations-none")).weak());
    }
    for (index, observation) in touchpoint.observations.iter().enumerate() {
        let remove = observation_ui(ui, index, observation);
        if remove {
            let edit = Edit::RemoveObservation {
                touchpoint: id,
                index,
            };
            requests.edit(edit, tr!("inspector-observation-remove-undo"));
        }
    }

    ui.add_space(6.0);
    if let Some(observation) = form_ui(ui, draft) {
        let edit = Edit::AddObservation {
            touchpoint: id,
            index: touchpoint.observations.len(),
            observation,
        };
        requests.edit(edit, tr!("inspector-observation-add"));
        *draft = Draft {
            touchpoint: Some(id),
            evidence: draft.evidence,
            source: draft.source.clone(),
            ..Draft::default()
        };
    }
}

/// One observation in a light frame. Returns whether its remove button was clicked.
fn observation_ui(ui: &mut Ui, index: usize, observation: &Observation) -> bool {
    let mut remove = false;
    Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            let date = crate::i18n::date(observation.date);
            let mut about = format!("{date} · {}", observation.evidence.label());
            if !observation.source.is_empty() {
                about.push_str(" · ");
                about.push_str(&observation.source);
            }
            ui.label(RichText::new(about).small().weak());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                remove = ui
                    .small_button("✕")
                    .on_hover_text(tr!("inspector-observation-remove-hover"))
                    .accessible_name(tr!("inspector-observation-remove-name", number = index + 1))
                    .clicked();
            });
        });
        ui.label(&observation.text);
    });
    remove
}

/// The form for a new observation. Returns the observation when the user adds it.
fn form_ui(ui: &mut Ui, draft: &mut Draft) -> Option<Observation> {
    let date = if draft.date.trim().is_empty() {
        Ok(crate::ui::today())
    } else {
        draft.date.trim().parse::<Date>()
    };
    let mut add = false;
    Grid::new("new observation")
        .num_columns(2)
        .min_col_width(LABEL_WIDTH)
        .spacing(ROW_SPACING)
        .show(ui, |ui| {
            let label = ui.label(tr!("inspector-observation"));
            ui.add(
                egui::TextEdit::multiline(&mut draft.text)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY)
                    .hint_text(tr!("inspector-observation-hint")),
            )
            .labelled_by(label.id);
            ui.end_row();

            let label = ui.label(tr!("inspector-observation-source"));
            ui.add(
                egui::TextEdit::singleline(&mut draft.source)
                    .desired_width(f32::INFINITY)
                    .hint_text(tr!("inspector-observation-source-hint")),
            )
            .labelled_by(label.id);
            ui.end_row();

            let label = ui.label(tr!("inspector-observation-evidence"));
            let options = EvidenceLevel::ALL.map(|e| (e, e.label()));
            let field_id = ui.make_persistent_id("new observation evidence");
            let (response, picked) = choice_ui(ui, field_id, Some(draft.evidence), &options, None);
            response.labelled_by(label.id);
            if let Some(evidence) = picked {
                draft.evidence = evidence;
            }
            ui.end_row();

            let label = ui.label(tr!("inspector-observation-date"));
            // The form of date the field reads, in every language.
            let today = crate::ui::today().to_string();
            ui.add(
                egui::TextEdit::singleline(&mut draft.date)
                    .desired_width(f32::INFINITY)
                    .hint_text(today),
            )
            .labelled_by(label.id);
            ui.end_row();

            ui.label("");
            ui.vertical(|ui| {
                if let Err(problem) = &date {
                    let text = RichText::new(problem).color(ui.visuals().error_fg_color);
                    ui.add(egui::Label::new(text).wrap());
                }
                let ready = !draft.text.trim().is_empty() && date.is_ok();
                add = ui
                    .add_enabled(ready, egui::Button::new(tr!("inspector-observation-add")))
                    .on_disabled_hover_text(tr!("inspector-observation-add-disabled"))
                    .clicked();
            });
            ui.end_row();
        });
    let date = date.ok().filter(|_| add)?;
    Some(Observation {
        date,
        text: draft.text.trim().to_owned(),
        evidence: draft.evidence,
        source: draft.source.trim().to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use crate::model::{EvidenceLevel, Observation};
    use crate::ui::inspector::testing::{self, CONFIRM};
    use crate::ui::selection::Selection;

    #[test]
    fn an_observation_is_added_dated_today_and_removed() {
        let mut harness = testing::inspector(testing::journey(), Selection::touchpoint(CONFIRM));
        harness.get_by_label("Observation").click();
        harness.run();
        harness
            .get_by_label("Observation")
            .type_text("Customer phoned to ask where the email was");
        harness.get_by_label("Source").click();
        harness.run();
        harness.get_by_label("Source").type_text("Support call");
        harness.get_by_label("How we know").click();
        harness.run();
        harness.get_by_label("reported").click();
        harness.run();
        harness.get_by_label("Add observation").click();
        harness.run();

        let observations = harness
            .state()
            .journey()
            .touchpoint(CONFIRM)
            .map(|t| t.observations.clone())
            .unwrap_or_default();
        assert_eq!(
            observations,
            [Observation {
                date: crate::ui::today(),
                text: "Customer phoned to ask where the email was".to_owned(),
                evidence: EvidenceLevel::Reported,
                source: "Support call".to_owned(),
            }]
        );
        // The form is empty again, ready for the next one.
        assert_eq!(
            harness.get_by_label("Observation").value().as_deref(),
            Some("")
        );

        harness.get_by_label("Remove observation 1").click();
        harness.run();
        let bench = harness.state();
        let left = bench
            .journey()
            .touchpoint(CONFIRM)
            .map(|t| t.observations.len());
        assert_eq!(left, Some(0));
        assert_eq!(bench.done, ["Add observation", "Remove observation"]);
    }

    #[test]
    fn a_date_that_is_not_in_the_calendar_cannot_be_added() {
        let mut harness = testing::inspector(testing::journey(), Selection::touchpoint(CONFIRM));
        harness.get_by_label("Observation").click();
        harness.run();
        harness
            .get_by_label("Observation")
            .type_text("Queue at the door");
        harness.get_by_label("Date").click();
        harness.run();
        harness.get_by_label("Date").type_text("2026-02-30");
        harness.run();
        harness.get_by_label_contains("not a day in the calendar");
        harness.get_by_label("Add observation").click();
        harness.run();
        assert!(harness.state().done.is_empty());
    }
}
