//! The feedback part of the insights panel, first in it when the map has sources: what
//! changed from the period before to the latest one (with the comments behind it), where
//! employee and customer experience fall together (the mirror), and how each source was
//! read, with every row that could not be used.

use egui::{RichText, Ui};

use super::parts::InsightsState;
use super::parts::{empty_ui, row_ui, text_ui, title_of};
use crate::io::feedback::MapFeedback;
use crate::model::feedback::{Audience, Group, Period, Scored, Window, Worsened};
use crate::model::{Date, Journey};
use crate::tr;
use crate::ui::Requests;
use crate::ui::commands::Command;

/// How many entries of a list are shown.
const LISTED: usize = 10;
/// How many comments are shown under a change.
const COMMENTS: usize = 2;
/// How many unusable rows of a source its hover text lists.
const UNUSABLE_LISTED: usize = 20;

/// The first and last day whose responses count, typed as dates; empty is open. A date
/// that cannot be read is said in red, and the figures stay as they were.
pub(super) fn window_ui(ui: &mut Ui, window: &mut Window, state: &mut InsightsState) {
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("insights-feedback-from"));
        let since = date_field(ui, &mut state.feedback_since, "feedback since");
        ui.label(tr!("insights-feedback-to"));
        let until = date_field(ui, &mut state.feedback_until, "feedback until");
        if let (Some(since), Some(until)) = (since, until) {
            *window = Window { since, until };
        }
    });
}

/// A field for a date: `Some(None)` when empty, `Some(date)` when it reads as one, `None`
/// (said beside it) when it does not.
fn date_field(ui: &mut Ui, text: &mut String, id: &str) -> Option<Option<Date>> {
    let field = egui::TextEdit::singleline(text)
        .id_salt(id)
        .hint_text(tr!("insights-feedback-any-day"))
        .desired_width(92.0);
    ui.add(field);
    let typed = text.trim();
    if typed.is_empty() {
        return Some(None);
    }
    match typed.parse::<Date>() {
        Ok(date) => Some(Some(date)),
        Err(_) => {
            ui.colored_label(
                ui.visuals().error_fg_color,
                tr!("insights-feedback-not-a-date"),
            );
            None
        }
    }
}

/// The period chooser and what changed in it.
pub(super) fn changes_ui(
    ui: &mut Ui,
    journey: &Journey,
    feedback: &MapFeedback,
    period: &mut Period,
    requests: &mut Requests,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("insights-feedback-compare"));
        for (choice, name) in [
            (Period::Day, tr!("insights-feedback-day")),
            (Period::Week, tr!("insights-feedback-week")),
            (Period::Month, tr!("insights-feedback-month")),
        ] {
            ui.selectable_value(period, choice, name);
        }
    });
    let summary = &feedback.summary;
    if let Some(latest) = summary.latest {
        ui.weak(tr!("insights-feedback-latest", date = latest.to_string()));
    }
    if summary.changes.is_empty() {
        empty_ui(ui, &tr!("insights-feedback-no-changes"));
        return;
    }
    for worse in summary.changes.iter().take(LISTED) {
        change_ui(ui, journey, feedback, worse, requests);
    }
}

/// One touchpoint that got worse, with the latest negative comments about it.
fn change_ui(
    ui: &mut Ui,
    journey: &Journey,
    feedback: &MapFeedback,
    worse: &Worsened,
    requests: &mut Requests,
) {
    let title = title_of(journey, worse.touchpoint);
    let change = &worse.change;
    let before = worse.scale.shown(worse.previous.score);
    let details = tr!(
        "insights-feedback-changed",
        whose = worse.audience.label(),
        before = before,
        after = worse.scale.shown(change.latest.score),
        negative_before = change.negative_previous,
        negative_after = change.negative_latest
    );
    // The negative comments of the latest period, each once: what to react to today.
    let comments = feedback.comments_behind(worse, COMMENTS);
    let name = tr!("insights-feedback-show", title = title.as_str());
    let response = row_ui(ui, &name, |ui| {
        text_ui(ui, RichText::new(&title).strong());
        text_ui(ui, RichText::new(details).small());
        for comment in comments {
            text_ui(ui, RichText::new(format!("“{comment}”")).italics().weak());
        }
    });
    if response.clicked() {
        requests.command(Command::ShowTouchpoint(worse.touchpoint));
    }
}

/// Where employee and customer experience fall together, worst first.
pub(super) fn mirror_ui(
    ui: &mut Ui,
    journey: &Journey,
    feedback: &MapFeedback,
    requests: &mut Requests,
) {
    let mirror = &feedback.summary.mirror;
    if mirror.is_empty() {
        empty_ui(ui, &tr!("insights-feedback-no-mirror"));
        return;
    }
    ui.weak(tr!("insights-feedback-mirror-intro"));
    for (rank, found) in mirror.iter().take(LISTED).enumerate() {
        let title = title_of(journey, found.visible);
        let support = title_of(journey, found.support);
        let customer = found.customer.scale.shown(found.customer.figure.score);
        let employee = found.employee.scale.shown(found.employee.figure.score);
        let customer = if found.falling {
            format!("{customer} ({})", tr!("insights-feedback-falling"))
        } else {
            customer
        };
        let name = tr!("insights-feedback-show", title = title.as_str());
        let response = row_ui(ui, &name, |ui| {
            text_ui(ui, RichText::new(format!("{}. {title}", rank + 1)).strong());
            text_ui(
                ui,
                RichText::new(tr!("insights-feedback-customers", score = customer)).small(),
            );
            text_ui(
                ui,
                RichText::new(tr!(
                    "insights-feedback-employees",
                    step = support.as_str(),
                    score = employee
                ))
                .small(),
            );
        });
        if response.clicked() {
            requests.command(Command::ShowTouchpoint(found.visible));
        }
    }
}

/// How each source was read; a source that could not be read says why, in red.
pub(super) fn sources_ui(ui: &mut Ui, feedback: &MapFeedback) {
    for read in &feedback.sources {
        if let Some(problem) = &read.problem {
            ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
            continue;
        }
        let label = ui.label(read.said());
        if !read.unusable.is_empty() {
            label.on_hover_ui(|ui| {
                for unusable in read.unusable.iter().take(UNUSABLE_LISTED) {
                    ui.label(
                        RichText::new(unusable.in_file(std::path::Path::new(&read.source.file)))
                            .color(ui.visuals().warn_fg_color),
                    );
                }
                if read.unusable.len() > UNUSABLE_LISTED {
                    ui.weak(tr!(
                        "insights-feedback-more-unusable",
                        count = read.unusable.len() - UNUSABLE_LISTED
                    ));
                }
            });
        }
    }
}

/// Each stage's figures, left to right, then each persona's along their path: for
/// customers and for employees.
pub(super) fn groups_ui(ui: &mut Ui, journey: &Journey, feedback: &MapFeedback) {
    let rows = feedback.summary.groups.in_order(journey);
    if rows.is_empty() {
        empty_ui(ui, &tr!("insights-feedback-no-groups"));
        return;
    }
    // One row each, its figures wrapped under its name, so that the list keeps to the
    // panel's width.
    let shown = |audience: Audience, scored: &Option<Scored>| {
        scored.map(|s| {
            tr!(
                "insights-feedback-group-figure",
                audience = audience.name(),
                score = s.scale.badge(s.figure.score),
                responses = s.figure.responses
            )
        })
    };
    for (group, both) in rows {
        let name = match group {
            Group::Stage(name) => name.to_owned(),
            Group::Path(persona) => tr!("insights-feedback-path", persona = persona),
        };
        let figures: Vec<String> = [
            shown(Audience::Customer, &both[0]),
            shown(Audience::Employee, &both[1]),
        ]
        .into_iter()
        .flatten()
        .collect();
        ui.add_space(2.0);
        text_ui(ui, RichText::new(name).strong());
        text_ui(ui, RichText::new(figures.join(" · ")).small());
    }
}
