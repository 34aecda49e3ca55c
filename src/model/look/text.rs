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

/// The hyphen put at the end of a line where a word too long for a line is broken
/// (Unicode's HYPHEN, which a reader can tell from a hyphen the text itself has).
pub const BREAK_HYPHEN: char = '\u{2010}';

/// Splits `text` into at most `max_lines` lines no wider than `max_width` at font size
/// `size`. Lines break between words, after a hyphen inside a word, and, for a word too
/// long for a line of its own, inside it, with a [`BREAK_HYPHEN`]; line breaks in `text`
/// are kept. When the text needs more lines, the last one kept ends in "…". Blank text
/// gives no lines.
pub fn wrap(text: &str, size: f32, max_width: f32, max_lines: usize) -> Vec<String> {
    let metrics = Metrics::get();
    let fits = |line: &str| metrics.width(line, size) <= max_width;
    let mut lines: Vec<String> = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            // A word breaks after its hyphens without a hyphen of ours.
            for (i, piece) in word.split_inclusive('-').enumerate() {
                let glue = if i == 0 && !line.is_empty() { " " } else { "" };
                let candidate = format!("{line}{glue}{piece}");
                if fits(&candidate) {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                // A piece wider than a whole line is broken where the line is full.
                for c in piece.chars() {
                    line.push(c);
                    if !fits(&line) && line.chars().count() > 1 {
                        line.pop();
                        // Room for the hyphen, giving back letters as needed.
                        let mut carried = vec![c];
                        while line.chars().count() > 1 && !fits(&format!("{line}{BREAK_HYPHEN}")) {
                            carried.extend(line.pop());
                        }
                        line.push(BREAK_HYPHEN);
                        lines.push(std::mem::take(&mut line));
                        line.extend(carried.into_iter().rev());
                    }
                }
                // A word broken inside keeps at least three letters on each side of the
                // break ("Familiarisa‐tion", not "Familiarisatio‐n").
                keep_letters_together(&mut lines, &mut line, &fits);
                if lines.len() > max_lines {
                    break;
                }
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        if lines.len() > max_lines {
            break;
        }
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            *last = with_ellipsis(last.trim_end_matches(BREAK_HYPHEN), &fits);
        }
    }
    lines
}

/// After a word was broken inside, at the end of `lines` and the start of `line`: moves
/// letters from before the break to after it until at least three follow it, while the
/// line after the break still fits.
fn keep_letters_together(lines: &mut [String], line: &mut String, fits: &impl Fn(&str) -> bool) {
    const LETTERS: usize = 3;
    let Some(last) = lines.last_mut() else {
        return;
    };
    if !last.ends_with(BREAK_HYPHEN) || line.contains(' ') {
        return;
    }
    while line.chars().count() < LETTERS {
        let mut before: Vec<char> = last.chars().collect();
        before.pop(); // the hyphen
        if before.len() <= LETTERS {
            break;
        }
        let Some(moved) = before.pop() else { break };
        let candidate = format!("{moved}{line}");
        if !fits(&candidate) {
            break;
        }
        *line = candidate;
        *last = before.into_iter().chain([BREAK_HYPHEN]).collect();
    }
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
        let joined = lines.iter().fold(String::new(), |text, line| {
            if text.is_empty() || text.ends_with('-') {
                text + line
            } else {
                text + " " + line
            }
        });
        assert_eq!(joined, "Fills in the application in the e-services portal");
    }

    #[test]
    fn a_word_breaks_after_its_hyphen_or_else_with_one() {
        let lines = wrap("City's early-education web pages", 13.5, 100.0, 9);
        assert!(lines.iter().any(|l| l.ends_with("early-")), "{lines:?}");
        let lines = wrap("Familiarisation visits with the child", 23.0, 118.0, 9);
        assert!(lines[0].ends_with(BREAK_HYPHEN), "{lines:?}");
        // At least three letters after the break.
        assert!(
            lines[1]
                .split(' ')
                .next()
                .is_some_and(|w| w.chars().count() >= 3),
            "{lines:?}"
        );
        let metrics = Metrics::get();
        assert!(
            lines.iter().all(|l| metrics.width(l, 23.0) <= 118.0),
            "{lines:?}"
        );
        let joined: String = lines
            .concat()
            .replace(BREAK_HYPHEN, "")
            .split_whitespace()
            .collect();
        assert_eq!(joined, "Familiarisationvisitswiththechild");
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
