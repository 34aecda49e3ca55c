//! What customers and employees said about one touchpoint, in the inspector: each
//! audience's figure and how it went, its figures period by period, and the latest
//! comments, each of which one click turns into an observation on the touchpoint
//! (evidence "reported", the file as its source).

use egui::{RichText, Ui};

use crate::io::feedback::MapFeedback;
use crate::model::feedback::{Audience, periods};
use crate::model::{Edit, EvidenceLevel, Observation, Touchpoint};
use crate::tr;
use crate::ui::Requests;

/// How many periods the figures over time go back.
const PERIODS: usize = 6;
/// How many of the latest comments are listed.
const COMMENTS: usize = 5;

/// The touchpoint's feedback; says so when no response is about it.
pub(super) fn feedback_ui(
    ui: &mut Ui,
    feedback: &MapFeedback,
    touchpoint: &Touchpoint,
    requests: &mut Requests,
) {
    let id = touchpoint.id;
    let summary = &feedback.summary;
    let mut any = false;
    for audience in Audience::ALL {
        let Some(measured) = summary.of(audience).get(&id) else {
            continue;
        };
        any = true;
        let scale = measured.scored.scale;
        let trend = measured
            .trend
            .map_or_else(String::new, |trend| format!(" · {}", trend.words()));
        ui.label(
            RichText::new(
                tr!(
                    "inspector-feedback-figure",
                    audience = audience.name(),
                    score = scale.shown(measured.scored.figure.score),
                    responses = measured.scored.figure.responses
                ) + &trend,
            )
            .strong(),
        );
        // Period by period.
        let Some(latest) = summary.latest else {
            continue;
        };
        // From the source the figure came from, as the figure and its trend.
        let responses = feedback
            .responses_in(id, measured.source)
            .filter(|response| summary.window.contains(response.date));
        let found = periods(scale, responses, summary.period, latest, PERIODS);
        // A row a period, its figure after its dates, wrapping in a narrow panel.
        for in_period in found {
            ui.horizontal_wrapped(|ui| {
                ui.weak(tr!(
                    "inspector-feedback-period",
                    from = in_period.from.to_string(),
                    until = in_period.until.to_string()
                ));
                match in_period.figure {
                    Some(figure) => ui.label(tr!(
                        "inspector-feedback-in-period",
                        score = scale.shown(figure.score),
                        responses = figure.responses
                    )),
                    None => ui.weak("–"),
                };
            });
        }
        ui.add_space(4.0);
    }
    if !any {
        ui.weak(tr!("inspector-feedback-none"));
        return;
    }
    comments_ui(ui, feedback, touchpoint, requests);
}

/// The latest comments about the touchpoint, each with what it would become as an
/// observation.
fn comments_ui(
    ui: &mut Ui,
    feedback: &MapFeedback,
    touchpoint: &Touchpoint,
    requests: &mut Requests,
) {
    let comments: Vec<_> = feedback
        .responses_about(touchpoint.id)
        .filter(|(_, response)| !response.comment.trim().is_empty())
        .take(COMMENTS)
        .collect();
    if comments.is_empty() {
        return;
    }
    ui.label(RichText::new(tr!("inspector-feedback-comments")).weak());
    for (reading, response) in comments {
        let file = reading.file.clone();
        let date = response
            .date
            .map_or_else(|| tr!("inspector-feedback-undated"), |d| d.to_string());
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            ui.weak(tr!(
                "inspector-feedback-said",
                audience = reading.audience.name(),
                date = date,
                score = response.score
            ));
            ui.label(response.comment.trim());
            let observation = Observation {
                date: response.date.unwrap_or_else(crate::ui::today),
                text: response.comment.trim().to_owned(),
                evidence: EvidenceLevel::Reported,
                source: file.clone(),
            };
            let kept = touchpoint
                .observations
                .iter()
                .any(|o| o.text == observation.text && o.source == observation.source);
            let button = ui.add_enabled(
                !kept,
                egui::Button::new(tr!("inspector-feedback-to-observation")),
            );
            let button = if kept {
                button.on_disabled_hover_text(tr!("inspector-feedback-already-observed"))
            } else {
                button.on_hover_text(tr!("inspector-feedback-to-observation-hover", file = file))
            };
            if button.clicked() {
                let edit = Edit::AddObservation {
                    touchpoint: touchpoint.id,
                    index: touchpoint.observations.len(),
                    observation,
                };
                requests.edit(edit, tr!("inspector-feedback-to-observation-undo"));
            }
        });
    }
}
