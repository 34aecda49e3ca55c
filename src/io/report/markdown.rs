//! The report as Markdown: CommonMark with GitHub-style tables, for a wiki or a pull
//! request.
//!
//! Text from the map comes out as text and nothing else: every character that a renderer
//! could take for markup is escaped (see [`text_only`]), a line break becomes a space in a
//! heading or a list item and `<br>` in a table cell.

use std::fmt::{self, Write as _};

use super::findings::{self, Findings, coverage_words};
use crate::model::{TermsArea, Touchpoint};
use crate::tr;

pub(super) fn write(f: &Findings<'_>) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = page(&mut out, f);
    out
}

fn page(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    let journey = f.journey;
    writeln!(
        out,
        "# {}",
        line(&findings::or_unnamed(journey.title(), || tr!(
            "io-untitled-map"
        )))
    )?;
    if !journey.description().trim().is_empty() {
        writeln!(out)?;
        block(out, journey.description(), "")?;
    }
    summary(out, f)?;
    feedback(out, f)?;
    heatmap(out, f)?;
    hidden_impact(out, f)?;
    handoffs(out, f)?;
    promises(out, f)?;
    warnings(out, f)?;
    personas(out, f)?;
    touchpoints(out, f)?;
    parking_lot(out, f)
}

fn summary(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    writeln!(out, "\n## {}\n", tr!("io-report-summary"))?;
    writeln!(out, "{}", line(&f.summary().join(" ")))?;
    if f.fixes.is_empty() {
        writeln!(out, "\n{}", tr!("io-report-nothing-stands-out"))?;
        return Ok(());
    }
    writeln!(out, "\n**{}:**\n", tr!("io-report-fix-first"))?;
    for (rank, fix) in f.fixes.iter().enumerate() {
        let (what, why) = f.fix_words(fix);
        writeln!(out, "{}. **{}**: {}", rank + 1, line(&what), line(&why))?;
    }
    Ok(())
}

/// What customers and employees said: what changed, where both fall, the sources.
fn feedback(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    let Some(said) = &f.feedback else {
        return Ok(());
    };
    writeln!(out, "\n## {}\n", tr!("io-report-feedback"))?;
    if let Some(period) = &said.period {
        writeln!(out, "{}", line(period))?;
    }
    writeln!(out, "\n### {}\n", tr!("io-report-feedback-changes"))?;
    if said.changes.is_empty() {
        writeln!(out, "{}", tr!("io-report-feedback-no-changes"))?;
    } else {
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            tr!("io-report-feedback-touchpoint"),
            tr!("io-report-feedback-whose"),
            tr!("io-report-feedback-before"),
            tr!("io-report-feedback-after"),
            tr!("io-report-feedback-negative"),
            tr!("io-report-feedback-said")
        )?;
        writeln!(out, "| --- | --- | ---: | ---: | ---: | --- |")?;
        for change in &said.changes {
            let comments: Vec<String> = change
                .comments
                .iter()
                .map(|c| format!("“{}”", cell(c)))
                .collect();
            writeln!(
                out,
                "| {} | {} | {} | {} | {} → {} | {} |",
                cell(&change.title),
                cell(&change.whose),
                cell(&change.before),
                cell(&change.after),
                change.negative.0,
                change.negative.1,
                comments.join("<br>")
            )?;
        }
    }
    writeln!(out, "\n### {}\n", tr!("io-report-feedback-mirror"))?;
    if said.mirror.is_empty() {
        writeln!(out, "{}", tr!("io-report-feedback-no-mirror"))?;
    } else {
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            tr!("io-report-feedback-moment"),
            tr!("io-report-feedback-customers"),
            tr!("io-report-feedback-support"),
            tr!("io-report-feedback-employees")
        )?;
        writeln!(out, "| --- | ---: | --- | ---: |")?;
        for found in &said.mirror {
            writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell(&found.title),
                cell(&found.customers),
                cell(&found.support),
                cell(&found.employees)
            )?;
        }
    }
    if !said.groups.is_empty() {
        writeln!(out, "\n### {}\n", tr!("io-report-feedback-groups"))?;
        writeln!(
            out,
            "| {} | {} | {} |",
            tr!("io-report-feedback-group"),
            tr!("io-report-feedback-customers"),
            tr!("io-report-feedback-employees")
        )?;
        writeln!(out, "| --- | ---: | ---: |")?;
        for [name, customers, employees] in &said.groups {
            writeln!(
                out,
                "| {} | {} | {} |",
                cell(name),
                cell(customers),
                cell(employees)
            )?;
        }
    }
    writeln!(out, "\n### {}\n", tr!("io-report-feedback-sources"))?;
    for source in &said.sources {
        writeln!(out, "- {}", line(source))?;
    }
    Ok(())
}

fn heatmap(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    writeln!(out, "\n## {}\n", tr!("io-report-heatmap"))?;
    let areas: Vec<String> = TermsArea::ALL
        .into_iter()
        .map(|area| format!("{} {}", area.letter(), area.label()))
        .collect();
    writeln!(
        out,
        "{}: {}.\n",
        tr!("io-report-heatmap-intro"),
        areas.join(", ")
    )?;
    writeln!(
        out,
        "| {} | T | E | R | M | S | {} |",
        tr!("io-report-stage"),
        tr!("io-report-total")
    )?;
    writeln!(out, "| :--- | ---: | ---: | ---: | ---: | ---: | ---: |")?;
    let mut totals = [0; 5];
    for row in &f.insights.heatmap {
        write!(out, "| {} |", cell(&f.stage_name(row.stage)))?;
        for (total, value) in totals.iter_mut().zip(row.areas) {
            *total += value;
            write!(out, " {value} |")?;
        }
        writeln!(out, " {} |", row.areas.iter().sum::<u32>())?;
    }
    write!(out, "| **{}** |", tr!("io-report-all-stages"))?;
    for total in totals {
        write!(out, " **{total}** |")?;
    }
    writeln!(out, " **{}** |", totals.iter().sum::<u32>())
}

fn hidden_impact(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    writeln!(out, "\n## {}\n", tr!("io-report-hidden-impact"))?;
    writeln!(out, "{}", tr!("io-report-hidden-impact-intro"))?;
    if f.insights.hidden_impact.is_empty() {
        return writeln!(out, "\n{}", tr!("io-report-no-hidden-steps"));
    }
    writeln!(out)?;
    for (rank, impact) in f.insights.hidden_impact.iter().enumerate() {
        let Some((touchpoint, place)) = f.impact_place(impact) else {
            continue;
        };
        write!(
            out,
            "{}. **{}**: {}. ",
            rank + 1,
            line(&findings::title(touchpoint)),
            line(&place)
        )?;
        if impact.supports.is_empty() {
            writeln!(out, "{}", tr!("io-report-supports-nothing"))?;
            continue;
        }
        let mut supported: Vec<String> = impact
            .supports
            .iter()
            .map(|&id| line(&f.title(id)))
            .collect();
        if impact.more_supported() > 0 {
            supported.push(tr!(
                "io-report-more-supported",
                count = impact.more_supported()
            ));
        }
        writeln!(
            out,
            "{}",
            tr!(
                "io-report-md-supports",
                count = impact.visible_supported,
                touchpoints = supported.join("; "),
                weight = impact.terms_weight.to_string()
            )
        )?;
    }
    Ok(())
}

fn handoffs(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    writeln!(out, "\n## {}\n", tr!("io-report-handoffs"))?;
    if f.handoffs.is_empty() {
        return writeln!(out, "{}", tr!("io-report-no-handoffs"));
    }
    writeln!(out, "{}\n", tr!("io-report-md-handoffs-intro"))?;
    writeln!(
        out,
        "| {} | {} | {} | {} |",
        tr!("io-report-from"),
        tr!("io-report-to"),
        tr!("io-report-handoffs"),
        tr!("io-report-links")
    )?;
    writeln!(out, "| --- | --- | ---: | --- |")?;
    for group in &f.handoffs {
        let links: Vec<String> = group
            .links
            .iter()
            .map(|&(from, to)| format!("{} → {}", cell(&f.title(from)), cell(&f.title(to))))
            .collect();
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            cell(&group.from_owner),
            cell(&group.to_owner),
            group.links.len(),
            links.join("<br>")
        )?;
    }
    Ok(())
}

fn promises(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    writeln!(out, "\n## {}\n", tr!("io-report-promises"))?;
    if f.insights.promises.is_empty() {
        return writeln!(out, "{}", tr!("io-report-no-promises"));
    }
    writeln!(out, "{}\n", tr!("io-report-promises-intro"))?;
    for coverage in &f.insights.promises {
        let Some(promise) = f.journey.promise(coverage.promise) else {
            continue;
        };
        let status = coverage_words(
            !coverage.redeemed_by.is_empty(),
            !coverage.secured_by.is_empty(),
        );
        writeln!(
            out,
            "- **{}**: {status}.",
            line(&findings::or_unnamed(&promise.text, || tr!(
                "io-report-no-text"
            )))
        )?;
        if !promise.description.trim().is_empty() {
            block(out, &promise.description, "  ")?;
        }
        let titles = |ids: &[crate::model::TouchpointId], none: String| {
            if ids.is_empty() {
                none
            } else {
                let titles: Vec<String> = ids.iter().map(|&id| line(&f.title(id))).collect();
                titles.join("; ")
            }
        };
        writeln!(
            out,
            "  - {}: {}",
            tr!("io-report-redeemed-by"),
            titles(
                &coverage.redeemed_by,
                tr!("io-report-no-visible-touchpoint")
            )
        )?;
        writeln!(
            out,
            "  - {}: {}",
            tr!("io-report-secured-by"),
            titles(&coverage.secured_by, tr!("io-report-no-touchpoint"))
        )?;
    }
    Ok(())
}

fn warnings(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    writeln!(out, "\n## {}\n", tr!("io-report-warnings"))?;
    if f.insights.warnings.is_empty() {
        return writeln!(out, "{}", tr!("io-report-no-warnings"));
    }
    for warning in &f.insights.warnings {
        writeln!(out, "- {}", line(&warning.to_string()))?;
    }
    Ok(())
}

fn personas(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    writeln!(out, "\n## {}\n", tr!("io-report-personas"))?;
    if f.journey.personas().is_empty() {
        return writeln!(out, "{}", tr!("io-report-no-personas"));
    }
    for persona in f.journey.personas() {
        write!(
            out,
            "- **{}** ({})",
            line(&findings::or_unnamed(&persona.name, || tr!(
                "io-report-unnamed-persona"
            ))),
            findings::persona_kind(persona)
        )?;
        if persona.description.trim().is_empty() {
            writeln!(out)?;
        } else {
            writeln!(out, ": {}", line(&persona.description))?;
        }
        let path: Vec<String> = persona.path.iter().map(|&id| line(&f.title(id))).collect();
        if path.is_empty() {
            writeln!(
                out,
                "  - {}: {}",
                tr!("io-report-path"),
                tr!("io-report-path-none")
            )?;
        } else {
            writeln!(out, "  - {}: {}", tr!("io-report-path"), path.join(" → "))?;
        }
    }
    Ok(())
}

fn touchpoints(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    writeln!(out, "\n## {}", tr!("io-report-touchpoints"))?;
    for group in &f.stages {
        writeln!(out, "\n### {}", line(&group.name))?;
        if group.touchpoints.is_empty() {
            writeln!(out, "\n{}", tr!("io-report-no-touchpoints"))?;
        }
        for touchpoint in &group.touchpoints {
            card(out, f, touchpoint)?;
        }
    }
    Ok(())
}

/// One touchpoint: its description, facts, TERMS tags and observations.
fn card(out: &mut String, f: &Findings<'_>, touchpoint: &Touchpoint) -> fmt::Result {
    writeln!(out, "\n#### {}\n", line(&findings::title(touchpoint)))?;
    if !touchpoint.description.trim().is_empty() {
        block(out, &touchpoint.description, "")?;
        writeln!(out)?;
    }
    for (label, value) in f.facts(touchpoint) {
        writeln!(out, "- {label}: {}", line(&value))?;
    }
    if touchpoint.terms.is_empty() {
        writeln!(out, "- TERMS: {}", tr!("io-report-terms-none"))?;
    } else {
        writeln!(out, "- TERMS:")?;
        for tag in &touchpoint.terms {
            write!(out, "  - {}, {}", tag.area.label(), tag.severity.label())?;
            if tag.note.trim().is_empty() {
                writeln!(out)?;
            } else {
                writeln!(out, ": {}", line(&tag.note))?;
            }
        }
    }
    if !touchpoint.observations.is_empty() {
        writeln!(out, "\n{}:\n", tr!("io-report-observations"))?;
        for observation in &touchpoint.observations {
            write!(
                out,
                "- {}, {}",
                crate::i18n::date(observation.date),
                observation.evidence.label()
            )?;
            if !observation.source.trim().is_empty() {
                write!(out, ", {}", line(&observation.source))?;
            }
            writeln!(out, ": {}", line(&observation.text))?;
        }
    }
    Ok(())
}

fn parking_lot(out: &mut String, f: &Findings<'_>) -> fmt::Result {
    if f.journey.parking_lot().is_empty() {
        return Ok(());
    }
    writeln!(out, "\n## {}\n", tr!("io-report-parking-lot"))?;
    writeln!(
        out,
        "{}\n",
        tr!(
            "io-report-parking-lot-intro",
            count = f.journey.parking_lot().len()
        )
    )?;
    for idea in f.journey.parking_lot() {
        writeln!(
            out,
            "- {}: {}",
            crate::i18n::date(idea.date),
            line(&idea.text)
        )?;
    }
    Ok(())
}

/// Text for a heading, a list item or a sentence: on one line, and only text.
fn line(text: &str) -> String {
    let joined: Vec<&str> = text.split_whitespace().collect();
    text_only(&joined.join(" "))
}

/// Text for a table cell: only text, line breaks kept as `<br>`.
fn cell(text: &str) -> String {
    let lines: Vec<String> = lines(text.trim()).map(|l| text_only(l.trim())).collect();
    lines.join("<br>")
}

/// The lines of `text`, split where a Markdown renderer would split them: at `\n`, `\r\n`
/// and a lone `\r`.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').flat_map(|line| {
        let line = line.strip_suffix('\r').unwrap_or(line);
        line.split('\r')
    })
}

/// A paragraph or more of text, each line indented by `indent` (to stay inside a list
/// item): each line only text, blank lines kept between paragraphs.
fn block(out: &mut String, text: &str, indent: &str) -> fmt::Result {
    for text_line in lines(text.trim()) {
        // Leading spaces would make an indented code block.
        let text_line = text_line.trim();
        if text_line.is_empty() {
            writeln!(out)?;
        } else {
            writeln!(out, "{indent}{}", text_only(text_line))?;
        }
    }
    Ok(())
}

/// `text` (one line) written so that a Markdown renderer (CommonMark with GitHub's
/// extensions) shows it as the same text and makes nothing of it: no link, image,
/// autolink, HTML, emphasis, code, heading, list, quote, table or rule. Every character
/// that could start such a thing is escaped with a backslash, which CommonMark allows
/// before any ASCII punctuation and renders as the character alone.
fn text_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    // Where the line's leading digits end, for "1." and "1)", which start lists.
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    for (i, &c) in chars.iter().enumerate() {
        let escape = match c {
            // Inline markup anywhere: links and images, HTML and autolinks, emphasis,
            // code, strikethrough, table cells, entities, hard breaks, email autolinks,
            // headings' closing hashes.
            '\\' | '[' | ']' | '<' | '>' | '*' | '_' | '`' | '~' | '|' | '&' | '@' | '#' => true,
            // Block markup at the start of the line: lists, rules and setext underlines.
            // (`#` starts a heading there, and closes one at its end, so it is escaped
            // everywhere.)
            '-' | '+' | '=' if i == 0 => true,
            // A table's delimiter row (":-"), under a line that becomes its header.
            ':' if i == 0 => true,
            '.' | ')' if i == digits && digits > 0 => true,
            // Bare web addresses, which GitHub turns into links: http://, https://,
            // ftp://, mailto:, xmpp: and www.
            ':' => {
                chars.get(i + 1) == Some(&'/') || ends_with_word(&chars[..i], &["mailto", "xmpp"])
            }
            '.' => ends_with_word(&chars[..i], &["www"]),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether `before` ends with one of `words` (any case) standing as a word of its own.
fn ends_with_word(before: &[char], words: &[&str]) -> bool {
    words.iter().any(|word| {
        let len = word.chars().count();
        before.len() >= len
            && before[before.len() - len..]
                .iter()
                .zip(word.chars())
                .all(|(a, b)| a.to_ascii_lowercase() == b)
            && before
                .len()
                .checked_sub(len + 1)
                .and_then(|i| before.get(i))
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_cells_keep_pipes_and_line_breaks_from_breaking_the_table() {
        assert_eq!(cell("a | b\nc"), "a \\| b<br>c");
        assert_eq!(cell("  <b>  "), "\\<b\\>");
    }

    #[test]
    fn lines_are_single_lines_without_raw_html() {
        assert_eq!(line("two\nlines  <script>"), "two lines \\<script\\>");
    }

    #[test]
    fn blocks_keep_their_lines_and_indent_them() {
        let mut out = String::new();
        assert!(block(&mut out, "one\n\n    two  \n", "  ").is_ok());
        assert_eq!(out, "  one\n\n  two\n");
    }

    #[test]
    fn markup_in_text_is_escaped_and_plain_words_are_not() {
        assert_eq!(
            text_only("[x](javascript:alert(1)) ![](http://e.example/p.png)"),
            "\\[x\\](javascript:alert(1)) !\\[\\](http\\://e.example/p.png)"
        );
        assert_eq!(text_only("# Title"), "\\# Title");
        assert_eq!(text_only("Pay #"), "Pay \\#");
        assert_eq!(text_only("12. Pay"), "12\\. Pay");
        assert_eq!(text_only("--- | ---"), "\\--- \\| ---");
        assert_eq!(
            text_only("mail a@b.fi, www.polku.fi"),
            "mail a\\@b.fi, www\\.polku.fi"
        );
        assert_eq!(text_only("Mailto:x Awww.y"), "Mailto\\:x Awww.y");
        assert_eq!(
            text_only("Check-in at 9.30: 2 - 3 people"),
            "Check-in at 9.30: 2 - 3 people"
        );
    }
}
