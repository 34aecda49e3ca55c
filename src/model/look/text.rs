//! Text of the map laid out in lines: where titles and names break, measured with the
//! map's font, so the canvas and the pictures break them at the same words.

use super::font::Metrics;

/// Height of the capital letters of DejaVu Sans, in ems: to centre a line on a point.
pub const CAP_HEIGHT_EM: f32 = 0.729;
/// Distance from the top of a line to its baseline, in ems (DejaVu Sans's ascent, a
/// little less than the font's own 0.928, which includes room for accents).
pub const ASCENT_EM: f32 = 0.9;
/// Distance between the baselines of two wrapped lines, in ems.
pub const LINE_HEIGHT_EM: f32 = 1.2;

const ELLIPSIS: char = '…';

/// Splits `text` into at most `max_lines` lines no wider than `max_width` at font size
/// `size`. Lines break between words, and inside a word too long for a line of its own;
/// line breaks in `text` are kept. When the text needs more lines, the last one kept ends
/// in "…". Blank text gives no lines.
pub fn wrap(text: &str, size: f32, max_width: f32, max_lines: usize) -> Vec<String> {
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
pub fn one_line(text: &str, size: f32, max_width: f32) -> String {
    wrap(text, size, max_width, 1).pop().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

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
