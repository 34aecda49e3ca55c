//! Comments in a map's file. RON allows `// line` and `/* block */` comments, and a
//! hand-written map may have them; polku's model has no place for them, so saving drops
//! them. This finds them, so that nothing drops them without saying so.

use super::error::Position;

/// Where the first comment of `text` (RON) starts, outside strings and characters.
pub fn first_comment(text: &str) -> Option<Position> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if matches!(bytes.get(i + 1), Some(b'/' | b'*')) => {
                return Some(Position::of_offset(text, i));
            }
            b'"' => i = string_end(bytes, i + 1),
            // A raw string: r"…", r#"…"#, br##"…"##.
            b'r' if starts_raw_string(bytes, i) => i = raw_string_end(bytes, i + 1),
            b'\'' => i = char_end(bytes, i + 1),
            _ => i += 1,
        }
    }
    None
}

/// Whether a raw string starts at `i` (an `r` that is not part of a longer word).
fn starts_raw_string(bytes: &[u8], i: usize) -> bool {
    let word_before = i > 0
        && bytes
            .get(i - 1)
            .is_some_and(|&b| (b.is_ascii_alphanumeric() || b == b'_') && b != b'b');
    let mut j = i + 1;
    while bytes.get(j) == Some(&b'#') {
        j += 1;
    }
    !word_before && bytes.get(j) == Some(&b'"')
}

/// Just past the end of a string whose text starts at `i`.
fn string_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Just past the end of a raw string whose hashes start at `i`.
fn raw_string_end(bytes: &[u8], mut i: usize) -> usize {
    let mut hashes = 0;
    while bytes.get(i) == Some(&b'#') {
        hashes += 1;
        i += 1;
    }
    i += 1; // the opening quote
    while i < bytes.len() {
        if bytes[i] == b'"' {
            let closing = bytes
                .get(i + 1..i + 1 + hashes)
                .is_some_and(|after| after.iter().all(|&b| b == b'#'));
            if closing {
                return i + 1 + hashes;
            }
        }
        i += 1;
    }
    bytes.len()
}

/// Just past the end of a character whose text starts at `i`.
fn char_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'\'' => return i + 1,
            b'\n' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Option<(usize, usize)> {
        first_comment(text).map(|p| (p.line, p.column))
    }

    #[test]
    fn comments_are_found_outside_strings() {
        assert_eq!(at("(version: 1)"), None);
        assert_eq!(at("(\n  // why\n  version: 1)"), Some((2, 3)));
        assert_eq!(at("(version: /* one */ 1)"), Some((1, 11)));
        assert_eq!(at(r#"(title: "a // b /* c", x: 1) // d"#), Some((1, 30)));
        assert_eq!(at(r#"(title: "say \"//\" twice")"#), None);
        assert_eq!(at(r###"(title: r#"a "// b" c"#)"###), None);
        assert_eq!(at(r#"(title: r"//") //"#), Some((1, 16)));
        assert_eq!(at("(c: '/', d: '\\'') //"), Some((1, 19)));
        assert_eq!(at("(version: 1, url: \"https://x\")"), None);
    }
}
