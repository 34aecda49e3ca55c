//! The report as one self-contained HTML5 page: its styles inline, no scripts, nothing
//! loaded from anywhere else (a Content-Security-Policy says so to the browser too), so
//! it can be mailed, opened offline and printed.
//!
//! Every piece of text from the map goes through [`escape`]; the only markup is ours.

use std::fmt::{self, Write as _};

mod cards;
mod feedback;
mod text;

use super::findings::{self, Findings, Fix, coverage_words};
use crate::model::{TermsArea, TouchpointId};
use crate::tr;
use text::{anchor, escape, paragraphs, touchpoint_link, words};

/// The page's styles, for the screen and for paper.
const STYLE: &str = include_str!("style.css");

pub(super) fn write(f: &Findings<'_>) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = page(&mut out, f);
    out
}

fn page(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    let journey = f.journey;
    let title = findings::or_unnamed(journey.title(), || tr!("io-untitled-map"));
    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(out, "<html lang=\"{}\">", crate::i18n::language().code())?;
    writeln!(out, "<head>")?;
    writeln!(out, "<meta charset=\"utf-8\">")?;
    writeln!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'\">"
    )?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(out, "<meta name=\"generator\" content=\"polku\">")?;
    writeln!(
        out,
        "<title>{}</title>",
        escape(&tr!("io-report-html-title", title = title.as_str()))
    )?;
    writeln!(out, "<style>\n{STYLE}</style>")?;
    writeln!(out, "</head>")?;
    writeln!(out, "<body>")?;
    writeln!(out, "<header>")?;
    writeln!(
        out,
        "<p class=\"kicker\">{}</p>",
        words(&tr!("io-report-html-kicker"))
    )?;
    writeln!(out, "<h1>{}</h1>", escape(&title))?;
    paragraphs(out, journey.description(), "lead")?;
    writeln!(out, "</header>")?;
    contents(out, f)?;
    writeln!(out, "<main>")?;
    summary(out, f)?;
    feedback::feedback(out, f)?;
    heatmap(out, f)?;
    hidden_impact(out, f)?;
    handoffs(out, f)?;
    promises(out, f)?;
    warnings(out, f)?;
    cards::personas(out, f)?;
    cards::touchpoints(out, f)?;
    cards::parking_lot(out, f)?;
    writeln!(out, "</main>")?;
    writeln!(
        out,
        "<footer><p>{}</p></footer>",
        words(&tr!("io-report-html-footer"))
    )?;
    writeln!(out, "</body>")?;
    writeln!(out, "</html>")
}

/// The small table of contents, with the stages under their section.
fn contents(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    let contents = escape(&tr!("io-report-contents"));
    writeln!(out, "<nav class=\"toc\" aria-label=\"{contents}\">")?;
    writeln!(out, "<h2>{contents}</h2>")?;
    writeln!(out, "<ol>")?;
    for (id, name) in [
        ("summary", tr!("io-report-summary")),
        ("heatmap", tr!("io-report-heatmap")),
        ("hidden-impact", tr!("io-report-hidden-impact")),
        ("handoffs", tr!("io-report-handoffs")),
        ("promises", tr!("io-report-promises")),
        ("warnings", tr!("io-report-warnings")),
        ("personas", tr!("io-report-personas")),
    ] {
        writeln!(out, "<li><a href=\"#{id}\">{}</a></li>", escape(&name))?;
    }
    writeln!(
        out,
        "<li><a href=\"#touchpoints\">{}</a>",
        words(&tr!("io-report-touchpoints"))
    )?;
    if !f.stages.is_empty() {
        writeln!(out, "<ol>")?;
        for group in &f.stages {
            writeln!(
                out,
                "<li><a href=\"#{}\">{}</a></li>",
                group.anchor,
                escape(&group.name)
            )?;
        }
        writeln!(out, "</ol>")?;
    }
    writeln!(out, "</li>")?;
    if !f.journey.parking_lot().is_empty() {
        writeln!(
            out,
            "<li><a href=\"#parking-lot\">{}</a></li>",
            words(&tr!("io-report-parking-lot"))
        )?;
    }
    writeln!(out, "</ol>")?;
    writeln!(out, "</nav>")
}

fn summary(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    writeln!(out, "<section id=\"summary\">")?;
    writeln!(out, "<h2>{}</h2>", words(&tr!("io-report-summary")))?;
    writeln!(out, "<p>{}</p>", escape(&f.summary().join(" ")))?;
    if f.fixes.is_empty() {
        writeln!(
            out,
            "<p>{}</p>",
            words(&tr!("io-report-nothing-stands-out"))
        )?;
    } else {
        writeln!(out, "<h3>{}</h3>", words(&tr!("io-report-fix-first")))?;
        writeln!(out, "<ol class=\"fixes\">")?;
        for fix in &f.fixes {
            let (what, why) = f.fix_words(fix);
            let target = match fix {
                Fix::Hidden { touchpoint, .. } => anchor(*touchpoint),
                Fix::Hotspot { .. } => "heatmap".to_owned(),
            };
            writeln!(
                out,
                "<li><a href=\"#{target}\"><strong>{}</strong></a>: {}</li>",
                escape(&what),
                escape(&why)
            )?;
        }
        writeln!(out, "</ol>")?;
    }
    writeln!(out, "</section>")
}

/// The colours of a heatmap cell (background, text) whose tags add up to `value`: the
/// same fixed scale as the app's heatmap, so a printed report and the screen agree and
/// maps compare. `None` for no problem at all.
fn heat_colours(value: u32) -> Option<(&'static str, &'static str)> {
    const DARK: &str = "#1a1a1a";
    const LIGHT: &str = "#ffffff";
    match value {
        0 => None,
        1..=2 => Some(("#fae6a0", DARK)),
        3..=4 => Some(("#f2c94c", DARK)),
        5..=6 => Some(("#f28e2b", DARK)),
        7..=9 => Some(("#d63031", LIGHT)),
        _ => Some(("#8c141e", LIGHT)),
    }
}

fn heat_cell(out: &mut String, value: u32) -> fmt::Result {
    match heat_colours(value) {
        Some((background, text)) => write!(
            out,
            "<td class=\"heat\" style=\"background-color:{background};color:{text}\">{value}</td>"
        ),
        None => write!(out, "<td class=\"heat zero\">0</td>"),
    }
}

fn heatmap(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    writeln!(out, "<section id=\"heatmap\">")?;
    writeln!(out, "<h2>{}</h2>", words(&tr!("io-report-heatmap")))?;
    writeln!(out, "<p>{}.</p>", words(&tr!("io-report-heatmap-intro")))?;
    writeln!(out, "<table class=\"heatmap\">")?;
    write!(
        out,
        "<thead><tr><th scope=\"col\">{}</th>",
        words(&tr!("io-report-stage"))
    )?;
    for area in TermsArea::ALL {
        write!(
            out,
            "<th scope=\"col\"><abbr title=\"{}\">{}</abbr></th>",
            escape(&area.label()),
            area.letter()
        )?;
    }
    writeln!(
        out,
        "<th scope=\"col\">{}</th></tr></thead>",
        words(&tr!("io-report-total"))
    )?;
    writeln!(out, "<tbody>")?;
    let mut totals = [0; 5];
    for row in &f.insights.heatmap {
        write!(
            out,
            "<tr><th scope=\"row\">{}</th>",
            escape(&f.stage_name(row.stage))
        )?;
        for (total, value) in totals.iter_mut().zip(row.areas) {
            *total += value;
            heat_cell(out, value)?;
        }
        writeln!(
            out,
            "<td class=\"total\">{}</td></tr>",
            row.areas.iter().sum::<u32>()
        )?;
    }
    writeln!(out, "</tbody>")?;
    write!(
        out,
        "<tfoot><tr><th scope=\"row\">{}</th>",
        words(&tr!("io-report-all-stages"))
    )?;
    for total in totals {
        write!(out, "<td class=\"total\">{total}</td>")?;
    }
    writeln!(
        out,
        "<td class=\"total\">{}</td></tr></tfoot>",
        totals.iter().sum::<u32>()
    )?;
    writeln!(out, "</table>")?;
    write!(out, "<p class=\"legend\">")?;
    for area in TermsArea::ALL {
        write!(
            out,
            "<span><b>{}</b> {}</span> ",
            area.letter(),
            words(&area.label())
        )?;
    }
    write!(
        out,
        "<span class=\"key\">{}:",
        words(&tr!("io-report-colour"))
    )?;
    for (value, words) in [(1, "1–2"), (3, "3–4"), (5, "5–6"), (7, "7–9"), (10, "10+")] {
        if let Some((background, text)) = heat_colours(value) {
            write!(
                out,
                " <span class=\"swatch-key\" style=\"background-color:{background};color:{text}\">{words}</span>"
            )?;
        }
    }
    writeln!(out, "</span></p>")?;
    writeln!(out, "</section>")
}

fn hidden_impact(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    writeln!(out, "<section id=\"hidden-impact\">")?;
    writeln!(out, "<h2>{}</h2>", words(&tr!("io-report-hidden-impact")))?;
    writeln!(
        out,
        "<p>{}</p>",
        words(&tr!("io-report-hidden-impact-intro"))
    )?;
    if f.insights.hidden_impact.is_empty() {
        writeln!(out, "<p>{}</p>", words(&tr!("io-report-no-hidden-steps")))?;
        return writeln!(out, "</section>");
    }
    writeln!(out, "<ol class=\"ranked\">")?;
    for impact in &f.insights.hidden_impact {
        let Some((touchpoint, place)) = f.impact_place(impact) else {
            continue;
        };
        writeln!(
            out,
            "<li><strong>{}</strong> <span class=\"muted\">· {}</span>",
            touchpoint_link(f, touchpoint.id),
            escape(&place)
        )?;
        if impact.supports.is_empty() {
            writeln!(
                out,
                "<p>{}</p></li>",
                words(&tr!("io-report-supports-nothing"))
            )?;
            continue;
        }
        // The numbers are set in bold: the markup goes in after the words are escaped.
        let bold = |n: String| format!("<b>{n}</b>");
        writeln!(
            out,
            "<p>{}:</p>",
            tr!(
                "io-report-html-supports",
                count = bold(impact.visible_supported.to_string()),
                weight = bold(impact.terms_weight.to_string())
            )
        )?;
        write!(out, "<ul class=\"inline\">")?;
        for &id in &impact.supports {
            write!(out, "<li>{}</li>", touchpoint_link(f, id))?;
        }
        if impact.more_supported() > 0 {
            let more = tr!("io-report-more-supported", count = impact.more_supported());
            write!(out, "<li>{}</li>", words(&more))?;
        }
        writeln!(out, "</ul></li>")?;
    }
    writeln!(out, "</ol>")?;
    writeln!(out, "</section>")
}

fn handoffs(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    writeln!(out, "<section id=\"handoffs\">")?;
    writeln!(out, "<h2>{}</h2>", words(&tr!("io-report-handoffs")))?;
    if f.handoffs.is_empty() {
        writeln!(out, "<p>{}</p>", words(&tr!("io-report-no-handoffs")))?;
        return writeln!(out, "</section>");
    }
    writeln!(
        out,
        "<p>{}</p>",
        words(&tr!(
            "io-report-html-handoffs-intro",
            count = f.insights.handoffs.len()
        ))
    )?;
    writeln!(out, "<table>")?;
    writeln!(
        out,
        "<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>",
        words(&tr!("io-report-from")),
        words(&tr!("io-report-to")),
        words(&tr!("io-report-handoffs")),
        words(&tr!("io-report-links"))
    )?;
    writeln!(out, "<tbody>")?;
    for group in &f.handoffs {
        write!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"number\">{}</td><td><ul class=\"plain\">",
            escape(&group.from_owner),
            escape(&group.to_owner),
            group.links.len()
        )?;
        for &(from, to) in &group.links {
            write!(
                out,
                "<li>{} → {}</li>",
                touchpoint_link(f, from),
                touchpoint_link(f, to)
            )?;
        }
        writeln!(out, "</ul></td></tr>")?;
    }
    writeln!(out, "</tbody>")?;
    writeln!(out, "</table>")?;
    writeln!(out, "</section>")
}

fn promises(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    writeln!(out, "<section id=\"promises\">")?;
    writeln!(out, "<h2>{}</h2>", words(&tr!("io-report-promises")))?;
    if f.insights.promises.is_empty() {
        writeln!(out, "<p>{}</p>", words(&tr!("io-report-no-promises")))?;
        return writeln!(out, "</section>");
    }
    writeln!(out, "<p>{}</p>", words(&tr!("io-report-promises-intro")))?;
    writeln!(out, "<table>")?;
    writeln!(
        out,
        "<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>",
        words(&tr!("io-report-promise")),
        words(&tr!("io-report-coverage")),
        words(&tr!("io-report-redeemed-by")),
        words(&tr!("io-report-secured-by"))
    )?;
    writeln!(out, "<tbody>")?;
    for coverage in &f.insights.promises {
        let Some(promise) = f.journey.promise(coverage.promise) else {
            continue;
        };
        let status = coverage_words(
            !coverage.redeemed_by.is_empty(),
            !coverage.secured_by.is_empty(),
        );
        let class = if coverage.is_covered() { "ok" } else { "gap" };
        write!(
            out,
            "<tr><td><strong>{}</strong>",
            escape(&findings::or_unnamed(&promise.text, || tr!(
                "io-report-no-text"
            )))
        )?;
        paragraphs(out, &promise.description, "muted")?;
        write!(
            out,
            "</td><td><span class=\"status {class}\">{}</span></td>",
            words(&status)
        )?;
        touchpoint_list(
            out,
            f,
            &coverage.redeemed_by,
            &tr!("io-report-no-visible-touchpoint"),
        )?;
        touchpoint_list(
            out,
            f,
            &coverage.secured_by,
            &tr!("io-report-no-touchpoint"),
        )?;
        writeln!(out, "</tr>")?;
    }
    writeln!(out, "</tbody>")?;
    writeln!(out, "</table>")?;
    writeln!(out, "</section>")
}

/// A table cell listing touchpoints, or saying there are none.
fn touchpoint_list(
    out: &mut String,
    f: &Findings<'_>,
    ids: &[TouchpointId],
    none: &str,
) -> fmt::Result {
    if ids.is_empty() {
        return write!(out, "<td class=\"gap\">{}</td>", words(none));
    }
    write!(out, "<td><ul class=\"plain\">")?;
    for &id in ids {
        write!(out, "<li>{}</li>", touchpoint_link(f, id))?;
    }
    write!(out, "</ul></td>")
}

fn warnings(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    writeln!(out, "<section id=\"warnings\">")?;
    writeln!(out, "<h2>{}</h2>", words(&tr!("io-report-warnings")))?;
    if f.insights.warnings.is_empty() {
        writeln!(out, "<p>{}</p>", words(&tr!("io-report-no-warnings")))?;
    } else {
        writeln!(out, "<ul class=\"warnings\">")?;
        for warning in &f.insights.warnings {
            writeln!(out, "<li>{}</li>", escape(&warning.to_string()))?;
        }
        writeln!(out, "</ul>")?;
    }
    writeln!(out, "</section>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heat_follows_a_fixed_scale() {
        assert_eq!(heat_colours(0), None);
        assert_eq!(heat_colours(2), heat_colours(1));
        assert_ne!(heat_colours(3), heat_colours(2));
        assert_eq!(heat_colours(40), heat_colours(10));
    }
}
