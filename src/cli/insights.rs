//! `polku insights FILE [--json]`: the analyses of a map, as a report or as JSON.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use crate::model::analysis::Insights;
use crate::model::{Journey, TermsArea};
use crate::tr;

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
    /// When the map names files of feedback (see `feedback_report.rs`).
    #[serde(skip_serializing_if = "Option::is_none")]
    feedback: Option<super::feedback_report::FeedbackReport>,
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
    /// The first supported touchpoints, in journey order.
    supports: Vec<String>,
    /// How many more it supports than `supports` lists.
    more_supported: usize,
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

pub(super) fn title(journey: &Journey, id: crate::model::TouchpointId) -> String {
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
                    visible_supported: impact.visible_supported,
                    terms_weight: impact.terms_weight,
                    supports: titles(&impact.supports),
                    more_supported: impact.more_supported(),
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
        feedback: None,
    }
}

/// JSON text with the characters that must not reach a terminal (which serde_json
/// writes as they are when they are not C0 controls) written as `\uXXXX` escapes: the
/// same JSON to a program, plain text to a person. They can only stand inside strings.
fn json_escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if super::printable::is_unprintable(c) {
            let mut units = [0; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

pub(super) fn run(
    path: &Path,
    json: bool,
    window: &crate::model::feedback::Window,
    period: crate::model::feedback::Period,
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
    let mut report = report(&journey);
    report.feedback = super::feedback_report::feedback_report(path, &journey, window, period);
    if json {
        match serde_json::to_string_pretty(&report) {
            Ok(text) => writeln!(out, "{}", json_escaped(&text))?,
            Err(error) => {
                writeln!(
                    err,
                    "{}",
                    tr!(
                        "cli-insights-could-not-write",
                        path = crate::io::single_line(&path.display().to_string()).into_owned(),
                        reason = error.to_string()
                    )
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
    use crate::io::single_line as one;
    writeln!(out, "{}", one(journey.title()))?;
    writeln!(
        out,
        "{}",
        tr!(
            "cli-insights-counts",
            touchpoints = report.touchpoints,
            visible = report.visible,
            hidden = report.hidden,
            links = report.links,
            handoffs = report.handoffs
        )
    )?;
    let t = &report.terms;
    let areas: Vec<String> = [
        (TermsArea::Time, t.time),
        (TermsArea::Emotion, t.emotion),
        (TermsArea::Risk, t.risk),
        (TermsArea::Money, t.money),
        (TermsArea::Situation, t.situation),
    ]
    .iter()
    .map(|(area, count)| format!("{} {count}", area.label()))
    .collect();
    writeln!(
        out,
        "{}",
        tr!("cli-insights-terms", areas = areas.join(", "))
    )?;

    writeln!(out, "\n{}", tr!("cli-insights-hidden-impact"))?;
    if report.hidden_impact.is_empty() {
        writeln!(out, "  ({})", tr!("cli-insights-no-hidden-steps"))?;
    }
    for (rank, entry) in report.hidden_impact.iter().take(10).enumerate() {
        let words = tr!(
            "cli-insights-impact",
            title = one(&entry.title).into_owned(),
            lane = one(&entry.lane).into_owned(),
            count = entry.visible_supported,
            weight = entry.terms_weight.to_string()
        );
        writeln!(out, "  {:>2}. {words}", rank + 1)?;
    }

    writeln!(out, "\n{}", tr!("cli-insights-heatmap"))?;
    let stage = tr!("cli-insights-stage");
    let width = report
        .heatmap
        .iter()
        .map(|row| one(&row.stage).chars().count())
        .chain([stage.chars().count()])
        .max()
        .unwrap_or_default();
    writeln!(out, "  {stage:width$}     T     E     R     M     S")?;
    for row in &report.heatmap {
        writeln!(
            out,
            "  {:width$} {:>5} {:>5} {:>5} {:>5} {:>5}",
            one(&row.stage),
            row.time,
            row.emotion,
            row.risk,
            row.money,
            row.situation
        )?;
    }

    writeln!(out, "\n{}", tr!("cli-insights-handoffs"))?;
    if report.handoff_links.is_empty() {
        writeln!(out, "  ({})", tr!("cli-insights-none"))?;
    }
    for handoff in &report.handoff_links {
        writeln!(
            out,
            "  {} → {}: {} → {}",
            one(&handoff.from_owner),
            one(&handoff.to_owner),
            one(&handoff.from),
            one(&handoff.to)
        )?;
    }

    writeln!(out, "\n{}", tr!("cli-insights-promises"))?;
    if report.promises.is_empty() {
        writeln!(out, "  ({})", tr!("cli-insights-none"))?;
    }
    for promise in &report.promises {
        let status = match (
            promise.redeemed_by.is_empty(),
            promise.secured_by.is_empty(),
        ) {
            (false, false) => tr!("cli-insights-covered"),
            (true, _) => tr!("cli-insights-not-redeemed"),
            (false, true) => tr!("cli-insights-not-secured"),
        };
        writeln!(out, "  {}: {status}", one(&promise.text))?;
    }

    if let Some(feedback) = &report.feedback {
        super::feedback_report::text(feedback, out)?;
    }

    if !report.warnings.is_empty() {
        writeln!(out, "\n{}", tr!("cli-insights-warnings"))?;
        for warning in &report.warnings {
            writeln!(out, "  {}", one(warning))?;
        }
    }
    Ok(())
}
