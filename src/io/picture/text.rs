//! Text for the SVG: made safe for XML, and wrapped into lines that fit a width.

use std::fmt;

use super::font::Metrics;

/// Height of the capital letters of DejaVu Sans, in ems: to centre a line on a point.
pub(super) const CAP_HEIGHT_EM: f32 = 0.729;
/// Distance from the top of a line to its baseline, in ems (DejaVu Sans's ascent, a
/// little less than the font's own 0.928, which includes room for accents).
pub(super) const ASCENT_EM: f32 = 0.9;
/// Distance between the baselines of two wrapped lines, in ems.
pub(super) const LINE_HEIGHT_EM: f32 = 1.2;

const ELLIPSIS: char = '…';

/// `text` written as XML character data or an attribute value: markup characters escaped,
/// and the control characters XML cannot hold at all left out.
pub(super) struct Escaped<'a>(pub &'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            match c {
                '&' => f.write_str("&amp;")?,
                '<' => f.write_str("&lt;")?,
                '>' => f.write_str("&gt;")?,
                '"' => f.write_str("&quot;")?,
                '\'' => f.write_str("&apos;")?,
                // Tabs and line breaks would be folded into spaces by the SVG reader
                // anyway; write them as spaces so every reader agrees.
                '\t' | '\n' | '\r' => f.write_str(" ")?,
                c if is_xml_char(c) => write!(f, "{c}")?,
                _ => {}
            }
        }
        Ok(())
    }
}

/// Whether XML 1.0 allows `c` in a document (it forbids most control characters).
fn is_xml_char(c: char) -> bool {
    !matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// Splits `text` into at most `max_lines` lines no wider than `max_width` at font size
/// `size`. Lines break between words, and inside a word too long for a line of its own;
/// line breaks in `text` are kept. When the text needs more lines, the last one kept ends
/// in "…". Blank text gives no lines.
pub(super) fn wrap(text: &str, size: f32, max_width: f32, max_lines: usize) -> Vec<String> {
    let metrics = Metrics::get();
    let fits = |line: &str| metrics.width(line, size) <= max_width;
    let mut lines: Vec<String> = Vec::new();
    let mut overflow = false;
    'paragraphs: for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if fits(&candidate) {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A word wider than a whole line is broken wherever the line is full.
            for c in word.chars() {
                line.push(c);
                if !fits(&line) && line.chars().count() > 1 {
                    line.pop();
                    lines.push(std::mem::replace(&mut line, c.to_string()));
                }
            }
            if lines.len() > max_lines {
                overflow = true;
                break 'paragraphs;
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        if lines.len() > max_lines {
            overflow = true;
            break;
        }
    }
    if overflow || lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            *last = with_ellipsis(last, &fits);
        }
    }
    lines
}

/// `line` shortened until it fits with "…" after it.
fn with_ellipsis(line: &str, fits: &impl Fn(&str) -> bool) -> String {
    let mut kept = line.trim_end().to_owned();
    loop {
        let candidate = format!("{kept}{ELLIPSIS}");
        if kept.is_empty() || fits(&candidate) {
            return candidate;
        }
        kept.pop();
        kept.truncate(kept.trim_end().len());
    }
}

/// `text` on one line of at most `max_width`, ending in "…" when it had to be cut.
pub(super) fn one_line(text: &str, size: f32, max_width: f32) -> String {
    wrap(text, size, max_width, 1).pop().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_and_control_characters_dropped() {
        let escaped = Escaped("Tom & Jerry <b>\"hi\"</b> it's\u{1}\tok").to_string();
        assert_eq!(
            escaped,
            "Tom &amp; Jerry &lt;b&gt;&quot;hi&quot;&lt;/b&gt; it&apos;s ok"
        );
    }

    #[test]
    fn words_wrap_within_the_width() {
        let lines = wrap(
            "Fills in the application in the e-services portal",
            13.5,
            146.0,
            3,
        );
        assert_eq!(lines.len(), 3, "{lines:?}");
        let metrics = Metrics::get();
        assert!(lines.iter().all(|l| metrics.width(l, 13.5) <= 146.0));
        assert_eq!(
            lines.join(" "),
            "Fills in the application in the e-services portal"
        );
    }

    #[test]
    fn too_much_text_ends_in_an_ellipsis() {
        let text = "one two three four five six seven eight nine ten eleven twelve thirteen";
        let lines = wrap(text, 13.5, 100.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert!(Metrics::get().width(&lines[1], 13.5) <= 100.0);
    }

    #[test]
    fn long_words_break_and_blank_text_gives_nothing() {
        let lines = wrap(&"x".repeat(80), 10.0, 100.0, 10);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| Metrics::get().width(l, 10.0) <= 100.0));
        assert!(wrap("   ", 10.0, 100.0, 3).is_empty());
        assert_eq!(one_line("short", 10.0, 100.0), "short");
    }
}
