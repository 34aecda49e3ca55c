//! The `feedback` object of `polku insights --json`: each source read (its rows, how many
//! matched a touchpoint, how many could not be used), each touchpoint's customer and
//! employee figures within the window asked for, the mirror (where employee and customer
//! experience fall together) and what changed from the period before to the latest.

use std::path::Path;

use std::io::Write;

use serde::Serialize;

use crate::io::single_line as one;
use crate::model::Journey;
use crate::model::feedback::{
    Audience, Figure, Period, Readings, Scale, Scored, Window, by_touchpoint, change, latest_date,
    mirror, scored,
};
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
            shown: shown(scored.scale, scored.figure.score),
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
    let mut sources = Vec::new();
    let mut readings = Vec::new();
    for source in journey.feedback() {
        let path = super::feedback::source_path(map, source);
        let mut entry = SourceEntry {
            file: source.file.clone(),
            audience: source.audience.name(),
            whose: source.audience.label(),
            rows: 0,
            matched: 0,
            unusable: 0,
            problem: None,
        };
        match super::feedback::read_source(&path, source, journey) {
            Ok(read) => {
                entry.rows = read.rows;
                entry.matched = read.responses.len();
                entry.unusable = read.unusable.len();
                readings.push(Readings {
                    audience: source.audience,
                    scale: source.scale,
                    responses: read.responses,
                });
            }
            Err(problem) => entry.problem = Some(problem),
        }
        sources.push(entry);
    }

    let customers = scored(&readings, Audience::Customer, window);
    let employees = scored(&readings, Audience::Employee, window);
    let touchpoints = journey
        .touchpoints()
        .filter_map(|touchpoint| {
            let customer = customers.get(&touchpoint.id).copied().map(ScoreEntry::from);
            let employee = employees.get(&touchpoint.id).copied().map(ScoreEntry::from);
            (customer.is_some() || employee.is_some()).then(|| TouchpointEntry {
                title: touchpoint.title.clone(),
                customer,
                employee,
            })
        })
        .collect();

    let latest = window.until.or_else(|| {
        readings
            .iter()
            .filter_map(|r| latest_date(&r.responses))
            .max()
    });
    let mirror = mirror(journey, &readings, window, period, latest)
        .into_iter()
        .map(|found| MirrorEntry {
            touchpoint: title(found.visible),
            customer: found.customer.into(),
            falling: found.falling,
            support: title(found.support),
            employee: found.employee.into(),
        })
        .collect();

    let mut changes = Vec::new();
    if let Some(latest) = latest {
        for reading in &readings {
            for (touchpoint, responses) in by_touchpoint(&reading.responses) {
                let responses = responses.iter().copied();
                let Some(change) = change(reading.scale, responses, touchpoint, period, latest)
                else {
                    continue;
                };
                let Some(previous) = change.previous else {
                    continue;
                };
                let worse = worse(reading.scale, change.latest.score, previous.score)
                    || change.negative_latest > change.negative_previous;
                if worse {
                    changes.push(ChangeEntry {
                        title: title(touchpoint),
                        audience: reading.audience.name(),
                        scale: reading.scale.name(),
                        whose: reading.audience.label(),
                        of: reading.scale,
                        latest: period_entry(change.latest, change.negative_latest),
                        previous: Some(period_entry(previous, change.negative_previous)),
                    });
                }
            }
        }
    }
    Some(FeedbackReport {
        sources,
        touchpoints,
        mirror,
        changes,
    })
}

/// Whether `now` is worse than `then` on `scale` (effort: higher is worse).
fn worse(scale: Scale, now: f64, then: f64) -> bool {
    match scale {
        Scale::Ces => now > then,
        Scale::Nps | Scale::Csat | Scale::Rating5 | Scale::Rating7 => now < then,
    }
}

/// A score as people read it: `NPS −33`, `CSAT 72 %`, `effort 4.2 of 7`, `3.4 of 5`.
fn shown(scale: Scale, score: f64) -> String {
    let rounded = |digits: usize| format!("{score:.digits$}").replace('-', "−");
    match scale {
        Scale::Nps => tr!("cli-feedback-nps", score = rounded(0)),
        Scale::Csat => tr!("cli-feedback-csat", score = rounded(0)),
        Scale::Ces => tr!("cli-feedback-ces", score = rounded(1)),
        Scale::Rating5 => tr!("cli-feedback-of", score = rounded(1), high = 5),
        Scale::Rating7 => tr!("cli-feedback-of", score = rounded(1), high = 7),
    }
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
            before = before
                .map(|p| shown(change.of, p.score))
                .unwrap_or_default(),
            after = shown(change.of, change.latest.score),
            negative_before = before.map_or(0, |p| p.negative),
            negative_after = change.latest.negative
        );
        writeln!(out, "  {words}")?;
    }
    Ok(())
}
