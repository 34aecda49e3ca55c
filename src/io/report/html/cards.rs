//! The people and places of the HTML report: personas with their paths, a card for every
//! touchpoint by stage, and the parking lot.

use std::fmt::{self, Write as _};

use super::text::{anchor, escape, paragraphs, touchpoint_link, words};
use crate::io::report::findings::{self, Findings};
use crate::model::Touchpoint;
use crate::tr;

pub(super) fn personas(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    writeln!(out, "<section id=\"personas\">")?;
    writeln!(out, "<h2>{}</h2>", words(&tr!("io-report-personas")))?;
    if f.journey.personas().is_empty() {
        writeln!(out, "<p>{}</p>", words(&tr!("io-report-no-personas")))?;
        return writeln!(out, "</section>");
    }
    writeln!(out, "<ul class=\"personas\">")?;
    for persona in f.journey.personas() {
        // A colour is always `#rrggbb`, so it is safe inside the style attribute.
        writeln!(
            out,
            "<li><span class=\"swatch\" style=\"background-color:{}\"></span>\
             <strong>{}</strong> <span class=\"muted\">({})</span>",
            persona.colour,
            escape(&findings::or_unnamed(&persona.name, || tr!(
                "io-report-unnamed-persona"
            ))),
            words(&findings::persona_kind(persona))
        )?;
        paragraphs(out, &persona.description, "persona-description")?;
        if persona.path.is_empty() {
            writeln!(
                out,
                "<p class=\"muted\">{}</p></li>",
                words(&tr!("io-report-no-path"))
            )?;
            continue;
        }
        write!(out, "<ol class=\"path\">")?;
        for &id in &persona.path {
            write!(out, "<li>{}</li>", touchpoint_link(f, id))?;
        }
        writeln!(out, "</ol></li>")?;
    }
    writeln!(out, "</ul>")?;
    writeln!(out, "</section>")
}

pub(super) fn touchpoints(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    writeln!(out, "<section id=\"touchpoints\">")?;
    writeln!(out, "<h2>{}</h2>", words(&tr!("io-report-touchpoints")))?;
    writeln!(out, "<p>{}</p>", words(&tr!("io-report-touchpoints-intro")))?;
    for group in &f.stages {
        writeln!(out, "<section class=\"stage\" id=\"{}\">", group.anchor)?;
        writeln!(
            out,
            "<h3>{} <span class=\"muted\">· {}</span></h3>",
            escape(&group.name),
            words(&tr!("touchpoint-count", count = group.touchpoints.len()))
        )?;
        for touchpoint in &group.touchpoints {
            card(out, f, touchpoint)?;
        }
        writeln!(out, "</section>")?;
    }
    writeln!(out, "</section>")
}

/// One touchpoint: its description, facts, TERMS tags and observations.
fn card(out: &mut String, f: &Findings<'_>, touchpoint: &Touchpoint) -> fmt::Result {
    let visibility = match f.journey.is_visible(touchpoint.id) {
        Some(false) => "hidden-step",
        _ => "visible-step",
    };
    writeln!(
        out,
        "<article class=\"card {visibility}\" id=\"{}\">",
        anchor(touchpoint.id)
    )?;
    writeln!(out, "<h4>{}</h4>", escape(&findings::title(touchpoint)))?;
    paragraphs(out, &touchpoint.description, "description")?;
    writeln!(out, "<dl class=\"facts\">")?;
    for (label, value) in f.facts(touchpoint) {
        writeln!(
            out,
            "<div><dt>{}</dt><dd>{}</dd></div>",
            escape(&label),
            escape(&value)
        )?;
    }
    writeln!(out, "</dl>")?;
    if !touchpoint.terms.is_empty() {
        writeln!(out, "<ul class=\"terms\">")?;
        for tag in &touchpoint.terms {
            let area = escape(&tag.area.label());
            write!(
                out,
                "<li><span class=\"chip {}\" title=\"{area}\">{}</span> {area}, {}",
                tag.severity.word(),
                tag.area.letter(),
                words(&tag.severity.label())
            )?;
            if !tag.note.trim().is_empty() {
                write!(out, ": {}", escape(tag.note.trim()))?;
            }
            writeln!(out, "</li>")?;
        }
        writeln!(out, "</ul>")?;
    }
    if !touchpoint.observations.is_empty() {
        writeln!(out, "<h5>{}</h5>", words(&tr!("io-report-observations")))?;
        writeln!(out, "<ul class=\"observations\">")?;
        for observation in &touchpoint.observations {
            write!(
                out,
                "<li><time datetime=\"{}\">{}</time> <span class=\"muted\">{}",
                observation.date,
                crate::i18n::date(observation.date),
                words(&observation.evidence.label())
            )?;
            if !observation.source.trim().is_empty() {
                write!(out, ", {}", escape(observation.source.trim()))?;
            }
            writeln!(out, "</span> {}</li>", escape(observation.text.trim()))?;
        }
        writeln!(out, "</ul>")?;
    }
    writeln!(out, "</article>")
}

pub(super) fn parking_lot(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    let ideas = f.journey.parking_lot();
    if ideas.is_empty() {
        return Ok(());
    }
    writeln!(out, "<section id=\"parking-lot\">")?;
    writeln!(out, "<h2>{}</h2>", words(&tr!("io-report-parking-lot")))?;
    writeln!(
        out,
        "<p>{}</p>",
        words(&tr!("io-report-parking-lot-intro", count = ideas.len()))
    )?;
    writeln!(out, "<ul class=\"ideas\">")?;
    for idea in ideas {
        writeln!(
            out,
            "<li><time datetime=\"{}\">{}</time> {}</li>",
            idea.date,
            crate::i18n::date(idea.date),
            escape(idea.text.trim())
        )?;
    }
    writeln!(out, "</ul>")?;
    writeln!(out, "</section>")
}
