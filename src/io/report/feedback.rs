//! What a report says of a map's feedback, worded once for both writers: the latest
//! period against the one before, what got worse (worst drop first, with the negative
//! comments of the latest period behind it), where employee and customer experience fall
//! together, and how each source was read.

use crate::io::feedback::MapFeedback;
use crate::model::feedback::{Group, Groups, Period, Scored};
use crate::model::{Journey, TouchpointId};
use crate::tr;

/// How many entries each list of the section holds.
const LISTED: usize = 15;
/// How many comments stand behind a change.
const COMMENTS: usize = 3;

/// The feedback section of a report.
pub(super) struct FeedbackFindings {
    /// "The latest week, to 30.11.2026, against the week before"; none without dates.
    pub period: Option<String>,
    pub changes: Vec<ChangeWords>,
    pub mirror: Vec<MirrorWords>,
    /// Each stage, then each persona's path, with its customers' and employees' scores
    /// (with how many responses), or a dash.
    pub groups: Vec<[String; 3]>,
    /// Each source as read, in one sentence.
    pub sources: Vec<String>,
}

/// A touchpoint that got worse, worded.
pub(super) struct ChangeWords {
    pub touchpoint: TouchpointId,
    pub title: String,
    pub whose: String,
    pub before: String,
    pub after: String,
    /// Negative responses in the period before and in the latest.
    pub negative: (usize, usize),
    pub comments: Vec<String>,
}

/// A place where both fall, worded.
pub(super) struct MirrorWords {
    pub touchpoint: TouchpointId,
    pub title: String,
    /// The customers' score, and "falling" when it fell.
    pub customers: String,
    pub support: String,
    pub employees: String,
}

impl FeedbackFindings {
    pub fn of(journey: &Journey, feedback: &MapFeedback) -> Self {
        let title = |id| {
            journey
                .touchpoint(id)
                .map_or_else(|| id.to_string(), |t| t.title.clone())
        };
        let summary = &feedback.summary;
        let period = summary.latest.map(|latest| {
            let name = match summary.period {
                Period::Day => tr!("io-report-feedback-day"),
                Period::Week => tr!("io-report-feedback-week"),
                Period::Month => tr!("io-report-feedback-month"),
            };
            tr!(
                "io-report-feedback-period",
                period = name,
                latest = latest.to_string()
            )
        });
        let changes = summary
            .changes
            .iter()
            .take(LISTED)
            .map(|worse| ChangeWords {
                touchpoint: worse.touchpoint,
                title: title(worse.touchpoint),
                whose: worse.audience.label(),
                before: worse.scale.shown(worse.previous.score),
                after: worse.scale.shown(worse.change.latest.score),
                negative: (worse.change.negative_previous, worse.change.negative_latest),
                comments: feedback
                    .comments_behind(worse, COMMENTS)
                    .into_iter()
                    .map(str::to_owned)
                    .collect(),
            })
            .collect();
        let mirror = summary
            .mirror
            .iter()
            .take(LISTED)
            .map(|found| {
                let customers = found.customer.scale.shown(found.customer.figure.score);
                MirrorWords {
                    touchpoint: found.visible,
                    title: title(found.visible),
                    customers: if found.falling {
                        format!("{customers} ({})", tr!("io-report-feedback-falling"))
                    } else {
                        customers
                    },
                    support: title(found.support),
                    employees: found.employee.scale.shown(found.employee.figure.score),
                }
            })
            .collect();
        let sources = feedback.sources.iter().map(|read| read.said()).collect();
        Self {
            period,
            changes,
            mirror,
            groups: groups(journey, &summary.groups),
            sources,
        }
    }
}

/// Each stage's row, then each persona's, for those with responses.
fn groups(journey: &Journey, groups: &Groups) -> Vec<[String; 3]> {
    let shown = |scored: &Option<Scored>| {
        scored.map_or_else(
            || "–".to_owned(),
            |s| format!("{} ({})", s.scale.shown(s.figure.score), s.figure.responses),
        )
    };
    groups
        .in_order(journey)
        .into_iter()
        .map(|(group, both)| {
            let name = match group {
                Group::Stage(name) => name.to_owned(),
                Group::Path(persona) => tr!("io-report-feedback-path", persona = persona),
            };
            [name, shown(&both[0]), shown(&both[1])]
        })
        .collect()
}
