//! The HTML report's section on what customers and employees said.

use std::fmt::{self, Write as _};

use super::text::{escape, touchpoint_link, words};
use crate::io::report::findings::Findings;
use crate::tr;

/// What changed, where both fall, and the sources; nothing for a map without feedback.
pub(super) fn feedback(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    let Some(said) = &f.feedback else {
        return Ok(());
    };
    writeln!(out, "<section id=\"feedback\">")?;
    writeln!(out, "<h2>{}</h2>", words(&tr!("io-report-feedback")))?;
    if let Some(period) = &said.period {
        writeln!(out, "<p>{}</p>", escape(period))?;
    }
    writeln!(
        out,
        "<h3>{}</h3>",
        words(&tr!("io-report-feedback-changes"))
    )?;
    if said.changes.is_empty() {
        writeln!(
            out,
            "<p>{}</p>",
            words(&tr!("io-report-feedback-no-changes"))
        )?;
    } else {
        table_head(
            out,
            &[
                tr!("io-report-feedback-touchpoint"),
                tr!("io-report-feedback-whose"),
                tr!("io-report-feedback-before"),
                tr!("io-report-feedback-after"),
                tr!("io-report-feedback-negative"),
                tr!("io-report-feedback-said"),
            ],
        )?;
        for change in &said.changes {
            write!(
                out,
                "<tr><td>{}</td><td>{}</td><td class=\"number\">{}</td>\
                 <td class=\"number\">{}</td><td class=\"number\">{} → {}</td><td>",
                touchpoint_link(f, change.touchpoint),
                escape(&change.whose),
                escape(&change.before),
                escape(&change.after),
                change.negative.0,
                change.negative.1
            )?;
            for comment in &change.comments {
                write!(out, "<q>{}</q> ", escape(comment))?;
            }
            writeln!(out, "</td></tr>")?;
        }
        writeln!(out, "</tbody>\n</table>")?;
    }
    writeln!(out, "<h3>{}</h3>", words(&tr!("io-report-feedback-mirror")))?;
    if said.mirror.is_empty() {
        writeln!(
            out,
            "<p>{}</p>",
            words(&tr!("io-report-feedback-no-mirror"))
        )?;
    } else {
        table_head(
            out,
            &[
                tr!("io-report-feedback-moment"),
                tr!("io-report-feedback-customers"),
                tr!("io-report-feedback-support"),
                tr!("io-report-feedback-employees"),
            ],
        )?;
        for found in &said.mirror {
            writeln!(
                out,
                "<tr><td>{}</td><td class=\"number\">{}</td><td>{}</td>\
                 <td class=\"number\">{}</td></tr>",
                touchpoint_link(f, found.touchpoint),
                escape(&found.customers),
                escape(&found.support),
                escape(&found.employees)
            )?;
        }
        writeln!(out, "</tbody>\n</table>")?;
    }
    if !said.groups.is_empty() {
        writeln!(out, "<h3>{}</h3>", words(&tr!("io-report-feedback-groups")))?;
        table_head(
            out,
            &[
                tr!("io-report-feedback-group"),
                tr!("io-report-feedback-customers"),
                tr!("io-report-feedback-employees"),
            ],
        )?;
        for [name, customers, employees] in &said.groups {
            writeln!(
                out,
                "<tr><td>{}</td><td class=\"number\">{}</td><td class=\"number\">{}</td></tr>",
                escape(name),
                escape(customers),
                escape(employees)
            )?;
        }
        writeln!(out, "</tbody>\n</table>")?;
    }
    writeln!(
        out,
        "<h3>{}</h3>",
        words(&tr!("io-report-feedback-sources"))
    )?;
    writeln!(out, "<ul>")?;
    for source in &said.sources {
        writeln!(out, "<li>{}</li>", escape(source))?;
    }
    writeln!(out, "</ul>\n</section>")
}

/// A table opened with a header row of `headers`, and its body opened.
fn table_head(out: &mut String, headers: &[String]) -> fmt::Result {
    write!(out, "<table>\n<thead><tr>")?;
    for header in headers {
        write!(out, "<th scope=\"col\">{}</th>", words(header))?;
    }
    writeln!(out, "</tr></thead>\n<tbody>")
}
