//! `polku insights FILE [--json]`: the analyses of a map, as a report or as JSON.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use crate::model::analysis::Insights;
use crate::model::{Journey, TermsArea};

/// The JSON report: one object, its keys documented in the README.
#[derive(Serialize)]
struct Report {
    touchpoints: usize,
    visible: usize,
    hidden: usize,
    links: usize,
    /// How many links cross from one owner to another.
    handoffs: usize,
    handoff_links: Vec<HandoffEntry>,
    terms: TermsCounts,
    hidden_impact: Vec<ImpactEntry>,
    heatmap: Vec<HeatmapEntry>,
    promises: Vec<PromiseEntry>,
    warnings: Vec<String>,
}

#[derive(Serialize)]
struct TermsCounts {
    time: usize,
    emotion: usize,
    risk: usize,
    money: usize,
    situation: usize,
}

#[derive(Serialize)]
struct HandoffEntry {
    link: u64,
    from: String,
    to: String,
    from_owner: String,
    to_owner: String,
}

#[derive(Serialize)]
struct ImpactEntry {
    title: String,
    lane: String,
    owner: String,
    visible_supported: usize,
    terms_weight: u32,
    supports: Vec<String>,
}

#[derive(Serialize)]
struct HeatmapEntry {
    stage: String,
    time: u32,
    emotion: u32,
    risk: u32,
    money: u32,
    situation: u32,
}

#[derive(Serialize)]
struct PromiseEntry {
    text: String,
    redeemed_by: Vec<String>,
    secured_by: Vec<String>,
    covered: bool,
}

fn title(journey: &Journey, id: crate::model::TouchpointId) -> String {
    journey
        .touchpoint(id)
        .map(|t| t.title.clone())
        .unwrap_or_default()
}

fn report(journey: &Journey) -> Report {
    let insights = Insights::of(journey);
    let titles =
        |ids: &[crate::model::TouchpointId]| ids.iter().map(|&id| title(journey, id)).collect();
    let count = |area| insights.terms_count(area);
    Report {
        touchpoints: insights.touchpoints,
        visible: insights.visible,
        hidden: insights.hidden,
        links: insights.links,
        handoffs: insights.handoffs.len(),
        handoff_links: insights
            .handoffs
            .iter()
            .filter_map(|handoff| {
                let link = journey.link(handoff.link)?;
                Some(HandoffEntry {
                    link: link.id.0,
                    from: title(journey, link.from),
                    to: title(journey, link.to),
                    from_owner: handoff.from_owner.clone(),
                    to_owner: handoff.to_owner.clone(),
                })
            })
            .collect(),
        terms: TermsCounts {
            time: count(TermsArea::Time),
            emotion: count(TermsArea::Emotion),
            risk: count(TermsArea::Risk),
            money: count(TermsArea::Money),
            situation: count(TermsArea::Situation),
        },
        hidden_impact: insights
            .hidden_impact
            .iter()
            .filter_map(|impact| {
                let touchpoint = journey.touchpoint(impact.touchpoint)?;
                Some(ImpactEntry {
                    title: touchpoint.title.clone(),
                    lane: journey
                        .lane(touchpoint.lane)
                        .map(|l| l.name.clone())
                        .unwrap_or_default(),
                    owner: touchpoint.owner.clone(),
                    visible_supported: impact.visible_supported(),
                    terms_weight: impact.terms_weight,
                    supports: titles(&impact.supports),
                })
            })
            .collect(),
        heatmap: insights
            .heatmap
            .iter()
            .map(|row| {
                let [time, emotion, risk, money, situation] = row.areas;
                HeatmapEntry {
                    stage: journey
                        .stage(row.stage)
                        .map(|s| s.name.clone())
                        .unwrap_or_default(),
                    time,
                    emotion,
                    risk,
                    money,
                    situation,
                }
            })
            .collect(),
        promises: insights
            .promises
            .iter()
            .filter_map(|coverage| {
                let promise = journey.promise(coverage.promise)?;
                Some(PromiseEntry {
                    text: promise.text.clone(),
                    redeemed_by: titles(&coverage.redeemed_by),
                    secured_by: titles(&coverage.secured_by),
                    covered: coverage.is_covered(),
                })
            })
            .collect(),
        warnings: insights.warnings.iter().map(ToString::to_string).collect(),
    }
}

pub(super) fn run(
    path: &Path,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let journey = match crate::io::load(path) {
        Ok(journey) => journey,
        Err(error) => {
            writeln!(err, "{error}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let report = report(&journey);
    if json {
        match serde_json::to_string_pretty(&report) {
            Ok(text) => writeln!(out, "{text}")?,
            Err(error) => {
                writeln!(
                    err,
                    "{}: could not write the report: {error}",
                    path.display()
                )?;
                return Ok(ExitCode::FAILURE);
            }
        }
    } else {
        text_report(&journey, &report, out)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The report for people: what to fix first, then the details.
fn text_report(journey: &Journey, report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "{}", journey.title())?;
    writeln!(
        out,
        "{} touchpoints ({} visible, {} hidden), {} links, {} handoffs",
        report.touchpoints, report.visible, report.hidden, report.links, report.handoffs
    )?;
    let t = &report.terms;
    writeln!(
        out,
        "TERMS: Time {}, Emotion {}, Risk {}, Money {}, Situation {} touchpoints",
        t.time, t.emotion, t.risk, t.money, t.situation
    )?;

    writeln!(
        out,
        "\nHidden steps that hold up the most customer moments:"
    )?;
    if report.hidden_impact.is_empty() {
        writeln!(out, "  (no hidden steps)")?;
    }
    for (rank, entry) in report.hidden_impact.iter().take(10).enumerate() {
        writeln!(
            out,
            "  {:>2}. {} ({}): supports {} visible, TERMS weight {}",
            rank + 1,
            entry.title,
            entry.lane,
            entry.visible_supported,
            entry.terms_weight
        )?;
    }

    writeln!(out, "\nTERMS heatmap (summed severities):")?;
    let width = report
        .heatmap
        .iter()
        .map(|row| row.stage.chars().count())
        .max()
        .unwrap_or(5)
        .max(5);
    writeln!(out, "  {:width$}     T     E     R     M     S", "Stage")?;
    for row in &report.heatmap {
        writeln!(
            out,
            "  {:width$} {:>5} {:>5} {:>5} {:>5} {:>5}",
            row.stage, row.time, row.emotion, row.risk, row.money, row.situation
        )?;
    }

    writeln!(out, "\nHandoffs between owners:")?;
    if report.handoff_links.is_empty() {
        writeln!(out, "  (none)")?;
    }
    for handoff in &report.handoff_links {
        writeln!(
            out,
            "  {} → {}: {} → {}",
            handoff.from_owner, handoff.to_owner, handoff.from, handoff.to
        )?;
    }

    writeln!(out, "\nPromises:")?;
    if report.promises.is_empty() {
        writeln!(out, "  (none)")?;
    }
    for promise in &report.promises {
        let status = match (
            promise.redeemed_by.is_empty(),
            promise.secured_by.is_empty(),
        ) {
            (false, false) => "covered",
            (true, _) => "not redeemed by any visible touchpoint",
            (false, true) => "not secured by any touchpoint",
        };
        writeln!(out, "  {}: {status}", promise.text)?;
    }

    if !report.warnings.is_empty() {
        writeln!(out, "\nWarnings:")?;
        for warning in &report.warnings {
            writeln!(out, "  {warning}")?;
        }
    }
    Ok(())
}
