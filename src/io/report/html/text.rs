//! Text on the report's page: the map's words escaped, polku's own words, paragraphs, and
//! the anchors and links of touchpoint cards.

use std::fmt::{self, Write as _};

use crate::io::report::findings::Findings;
use crate::model::TouchpointId;

/// `text` with the five characters that mean something in HTML replaced by references,
/// so it is safe both between tags and inside a quoted attribute.
pub(super) fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// Words of polku (not of the map) between tags: `&`, `<` and `>` replaced by references;
/// quotes and apostrophes stay, since these words never go inside an attribute.
pub(super) fn words(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Paragraphs of text: a blank line starts a new paragraph, a single line break stays one.
pub(super) fn paragraphs(out: &mut String, text: &str, class: &str) -> fmt::Result {
    let text = text.trim().replace("\r\n", "\n");
    for paragraph in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        let lines: Vec<String> = paragraph.lines().map(|l| escape(l.trim())).collect();
        writeln!(out, "<p class=\"{class}\">{}</p>", lines.join("<br>"))?;
    }
    Ok(())
}

/// The anchor of a touchpoint's card.
pub(super) fn anchor(id: TouchpointId) -> String {
    format!("touchpoint-{}", id.0)
}

/// A link to a touchpoint's card, its title as the text.
pub(super) fn touchpoint_link(f: &Findings<'_>, id: TouchpointId) -> String {
    format!("<a href=\"#{}\">{}</a>", anchor(id), escape(&f.title(id)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_replaces_every_character_that_means_something_in_html() {
        assert_eq!(escape("<script>&\"'x"), "&lt;script&gt;&amp;&quot;&#39;x");
        assert_eq!(escape("Billing – €29.90"), "Billing – €29.90");
    }

    #[test]
    fn paragraphs_split_on_blank_lines_and_keep_single_breaks() {
        let mut out = String::new();
        assert!(paragraphs(&mut out, "one\ntwo\n\n<three>", "lead").is_ok());
        assert_eq!(
            out,
            "<p class=\"lead\">one<br>two</p>\n<p class=\"lead\">&lt;three&gt;</p>\n"
        );
    }
}
