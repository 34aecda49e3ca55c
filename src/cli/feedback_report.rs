//! The `feedback` object of `polku insights --json`: each source read (its rows, how many
//! matched a touchpoint, how many could not be used), each touchpoint's customer and
//! employee figures within the window asked for, the mirror (where employee and customer
//! experience fall together) and what changed from the period before to the latest.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::io::feedback::read_sources;
use crate::io::single_line as one;
use crate::model::Journey;
use crate::model::feedback::{Audience, Figure, Period, Scale, Scored, Window, summary};
use crate::tr;

/// The object, its keys documented in the README.
#[derive(Serialize)]
pub(super) struct FeedbackReport {
    sources: Vec<SourceEntry>,
    touchpoints: Vec<TouchpointEntry>,
    mirror: Vec<MirrorEntry>,
    changes: Vec<ChangeEntry>,
}

#[derive(Serialize)]
struct SourceEntry {
    file: String,
    audience: &'static str,
    /// Whose responses, in the thread's language (for the text report only).
    #[serde(skip)]
    whose: String,
    rows: usize,
    matched: usize,
    unusable: usize,
    /// Why the file could not be read at all; then it has no rows.
    #[serde(skip_serializing_if = "Option::is_none")]
    problem: Option<String>,
}

#[derive(Serialize)]
struct ScoreEntry {
    responses: usize,
    scale: &'static str,
    score: f64,
    /// The score as people read it, in the thread's language (for the text report only).
    #[serde(skip)]
    shown: String,
}

impl From<Scored> for ScoreEntry {
    fn from(scored: Scored) -> Self {
        Self {
            responses: scored.figure.responses,
            scale: scored.scale.name(),
            score: scored.figure.score,
            shown: scored.scale.shown(scored.figure.score),
        }
    }
}

#[derive(Serialize)]
struct TouchpointEntry {
    title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    customer: Option<ScoreEntry>,
    #[serde(skip_serializing_if = "Option::is_none")]
    employee: Option<ScoreEntry>,
}

#[derive(Serialize)]
struct MirrorEntry {
    touchpoint: String,
    customer: ScoreEntry,
    falling: bool,
    support: String,
    employee: ScoreEntry,
}

#[derive(Serialize)]
struct PeriodEntry {
    responses: usize,
    score: f64,
    negative: usize,
}

#[derive(Serialize)]
struct ChangeEntry {
    title: String,
    audience: &'static str,
    scale: &'static str,
    #[serde(skip)]
    whose: String,
    #[serde(skip)]
    of: Scale,
    latest: PeriodEntry,
    previous: Option<PeriodEntry>,
}

fn period_entry(figure: Figure, negative: usize) -> PeriodEntry {
    PeriodEntry {
        responses: figure.responses,
        score: figure.score,
        negative,
    }
}

/// The report of `journey`'s sources (the map at `map`); none when it names none.
pub(super) fn feedback_report(
    map: &Path,
    journey: &Journey,
    window: &Window,
    period: Period,
) -> Option<FeedbackReport> {
    if journey.feedback().is_empty() {
        return None;
    }
    // A touchpoint by its title, as the rest of the report names it.
    let title = |id| {
        journey
            .touchpoint(id)
            .map(|t| t.title.clone())
            .unwrap_or_default()
    };
    let (read, readings) = read_sources(map, journey, &|| {});
    let sources = read
        .into_iter()
        .map(|read| SourceEntry {
            file: read.source.file,
            audience: read.source.audience.name(),
            whose: read.source.audience.label(),
            rows: read.rows,
            matched: read.matched,
            unusable: read.unusable.len(),
            problem: read.problem,
        })
        .collect();
    let summed = summary(journey, &readings, window, period);
    let touchpoints = journey
        .touchpoints()
        .filter_map(|touchpoint| {
            let of = |audience| {
                summed
                    .of(audience)
                    .get(&touchpoint.id)
                    .map(|measured| ScoreEntry::from(measured.scored))
            };
            let (customer, employee) = (of(Audience::Customer), of(Audience::Employee));
            (customer.is_some() || employee.is_some()).then(|| TouchpointEntry {
                title: touchpoint.title.clone(),
                customer,
                employee,
            })
        })
        .collect();
    let mirror = summed
        .mirror
        .iter()
        .map(|found| MirrorEntry {
            touchpoint: title(found.visible),
            customer: found.customer.into(),
            falling: found.falling,
            support: title(found.support),
            employee: found.employee.into(),
        })
        .collect();
    let changes = summed
        .changes
        .iter()
        .map(|worse| ChangeEntry {
            title: title(worse.touchpoint),
            audience: worse.audience.name(),
            scale: worse.scale.name(),
            whose: worse.audience.label(),
            of: worse.scale,
            latest: period_entry(worse.change.latest, worse.change.negative_latest),
            previous: Some(period_entry(worse.previous, worse.change.negative_previous)),
        })
        .collect();
    Some(FeedbackReport {
        sources,
        touchpoints,
        mirror,
        changes,
    })
}

/// How many entries of the mirror and of the changes the text report lists.
const LISTED: usize = 10;

/// The feedback part of the text report: each source, then where both fall, then what
/// got worse.
pub(super) fn text(report: &FeedbackReport, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "\n{}", tr!("cli-feedback-heading"))?;
    for source in &report.sources {
        let line = match &source.problem {
            Some(problem) => one(problem).into_owned(),
            None => tr!(
                "cli-feedback-source",
                file = one(&source.file).into_owned(),
                whose = source.whose.clone(),
                rows = source.rows,
                matched = source.matched,
                unusable = source.unusable
            ),
        };
        writeln!(out, "  {line}")?;
    }
    writeln!(out, "\n{}", tr!("cli-feedback-mirror"))?;
    if report.mirror.is_empty() {
        writeln!(out, "  ({})", tr!("cli-insights-none"))?;
    }
    for (rank, found) in report.mirror.iter().take(LISTED).enumerate() {
        let words = tr!(
            "cli-feedback-mirrored",
            touchpoint = one(&found.touchpoint).into_owned(),
            customer = found.customer.shown.clone(),
            support = one(&found.support).into_owned(),
            employee = found.employee.shown.clone()
        );
        let falling = if found.falling {
            format!(" ({})", tr!("cli-feedback-falling"))
        } else {
            String::new()
        };
        writeln!(out, "  {:>2}. {words}{falling}", rank + 1)?;
    }
    writeln!(out, "\n{}", tr!("cli-feedback-changes"))?;
    if report.changes.is_empty() {
        writeln!(out, "  ({})", tr!("cli-insights-none"))?;
    }
    for change in report.changes.iter().take(LISTED) {
        let before = change.previous.as_ref();
        let words = tr!(
            "cli-feedback-changed",
            title = one(&change.title).into_owned(),
            whose = change.whose.clone(),
            before = before.map(|p| change.of.shown(p.score)).unwrap_or_default(),
            after = change.of.shown(change.latest.score),
            negative_before = before.map_or(0, |p| p.negative),
            negative_after = change.latest.negative
        );
        writeln!(out, "  {words}")?;
    }
    Ok(())
}
