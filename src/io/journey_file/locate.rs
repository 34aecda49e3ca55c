//! Where in a journey file's text a field or a numbered entry stands, found by scanning
//! the text (outside strings) rather than parsing it again, so a problem found after
//! parsing can still point at its line and column. It judges nothing.

use crate::io::error::Position;
use crate::model::{DocumentError, Subject};

/// Where in the file the thing a [`DocumentError`] is about is written: the `id` of the
/// entry in its list (the second entry, for a duplicate).
pub(super) fn locate(text: &str, error: &DocumentError) -> Option<Position> {
    let (section, id) = match error.subject() {
        Subject::Lane(id) => ("lanes", id.0),
        Subject::Stage(id) => ("stages", id.0),
        Subject::Touchpoint(id) => ("touchpoints", id.0),
        Subject::Link(id) => ("links", id.0),
        Subject::Persona(id) => ("personas", id.0),
        Subject::Promise(id) => ("promises", id.0),
        // The message names them; a whole list or the map's title has no one place.
        Subject::Map | Subject::Idea(_) => return None,
    };
    let occurrence = match error {
        DocumentError::DuplicateLane(_)
        | DocumentError::DuplicateStage(_)
        | DocumentError::DuplicateTouchpoint(_)
        | DocumentError::DuplicateLink(_)
        | DocumentError::DuplicatePersona(_)
        | DocumentError::DuplicatePromise(_) => 2,
        _ => 1,
    };
    let start = find_field(text, section)?;
    let end = start + list_end(&text[start..])?;
    let mut from = start;
    let mut seen = 0;
    while let Some(offset) = find_field(&text[from..end], "id") {
        let at = from + offset;
        let value = text[at + 2..end]
            .trim_start()
            .strip_prefix(':')?
            .trim_start();
        let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
        if digits.parse() == Ok(id) {
            seen += 1;
            if seen == occurrence {
                return Some(Position::of_offset(text, at));
            }
        }
        from = at + 2;
    }
    None
}

/// The offset of the first `name` in `text` that stands as a field name: not part of a
/// longer word, not inside a string, and followed by a colon.
pub(super) fn find_field(text: &str, name: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut in_string = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if in_string => i += 1,
            b'"' => in_string = !in_string,
            _ if !in_string && bytes[i..].starts_with(name.as_bytes()) => {
                let word_before = i > 0 && is_word(bytes[i - 1]);
                let rest = text[i + name.len()..].trim_start();
                let word_after = rest.as_bytes().first().is_some_and(|&b| is_word(b));
                if !word_before && !word_after && rest.starts_with(':') {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// How far the list that follows the field at the start of `text` reaches, so a search
/// stays inside it.
fn list_end(text: &str) -> Option<usize> {
    let open = text.find('[')?;
    let mut depth = 0usize;
    let mut in_string = false;
    let bytes = text.as_bytes();
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if in_string => i += 1,
            b'"' => in_string = !in_string,
            b'[' | b'(' if !in_string => depth += 1,
            b']' | b')' if !in_string => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    Some(text.len())
}

fn is_word(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}
