//! The TERMS cells of an inventory: `terms` (`time:2 money:3`, `TR:2`) and `terms_notes`
//! (`time: the queue is slow; money: billed twice`), in English and Finnish.
//!
//! Pure text matching, like `words.rs`: every reader returns the tags or a message that
//! says what to write instead.

use crate::model::{Severity, TermsArea, TermsTag};

/// The TERMS area a word names: English or Finnish, or one letter T, E, R, M or S.
fn area_word(word: &str) -> Option<TermsArea> {
    let areas = [
        (["time", "aika", "t"], TermsArea::Time),
        (["emotion", "tunne", "e"], TermsArea::Emotion),
        (["risk", "riski", "r"], TermsArea::Risk),
        (["money", "raha", "m"], TermsArea::Money),
        (["situation", "tilanne", "s"], TermsArea::Situation),
    ];
    let word = word.to_lowercase();
    areas
        .iter()
        .find(|(names, _)| names.contains(&word.as_str()))
        .map(|&(_, area)| area)
}

/// The word `to_csv` writes for an area.
pub(super) fn area_name(area: TermsArea) -> String {
    area.name().to_lowercase()
}

/// What to write in a terms cell, for messages.
const TERMS_HINT: &str = "write the letters T E R M S or the words time, emotion, risk, money, \
     situation (in Finnish: aika, tunne, riski, raha, tilanne), each optionally followed by \
     :1, :2 or :3 for the severity, such as \"T:2 R\" or \"time:2, risk\"";

/// A `terms` cell: areas separated by `;`, `,` or spaces, each a word or a run of the
/// letters T E R M S, optionally followed by `:1`, `:2` or `:3` (1 when left out).
/// The tags come sorted by area, with empty notes.
pub(super) fn terms(cell: &str) -> Result<Vec<TermsTag>, String> {
    let glued = glue_colons(cell);
    let mut tags: Vec<TermsTag> = Vec::new();
    for token in glued
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|token| !token.is_empty())
    {
        let (name, severity) = match token.split_once(':') {
            Some((name, severity)) => (name, Some(severity)),
            None => (token, None),
        };
        let severity = match severity {
            None => Severity::Minor,
            Some(text) => text
                .parse::<i64>()
                .ok()
                .and_then(|value| Severity::try_from(value).ok())
                .ok_or_else(|| {
                    format!(
                        "terms \"{token}\" has the severity \"{text}\"; a severity is 1 (minor), \
                         2 (major) or 3 (critical), such as {name}:2"
                    )
                })?,
        };
        for area in areas_of(name, token)? {
            if tags.iter().any(|tag| tag.area == area) {
                return Err(format!(
                    "terms names {} more than once; name each area once",
                    area_name(area)
                ));
            }
            tags.push(TermsTag {
                area,
                severity,
                note: String::new(),
            });
        }
    }
    tags.sort_by_key(|tag| tag.area);
    Ok(tags)
}

/// The areas one name in a terms cell stands for: a word, or a run of letters.
fn areas_of(name: &str, token: &str) -> Result<Vec<TermsArea>, String> {
    if let Some(area) = area_word(name) {
        return Ok(vec![area]);
    }
    if name.is_empty() {
        return Err(format!(
            "terms \"{token}\" has no area before the colon; {TERMS_HINT}"
        ));
    }
    let letters: Vec<Option<TermsArea>> = name
        .chars()
        .map(|letter| area_word(&letter.to_string()))
        .collect();
    if letters.iter().all(Option::is_some) {
        return Ok(letters.into_iter().flatten().collect());
    }
    // `TX` or `x` was meant as letters; `costs` as a word.
    let short_run = name.chars().all(char::is_alphabetic)
        && (name.chars().count() <= 2
            || (name.chars().count() <= 5 && name.chars().all(char::is_uppercase)));
    match name.chars().zip(&letters).find(|(_, area)| area.is_none()) {
        Some((letter, _)) if short_run => Err(format!(
            "terms has the letter {} in \"{token}\", which is no TERMS area; {TERMS_HINT}",
            letter.to_uppercase()
        )),
        _ => Err(format!(
            "terms \"{token}\" names no TERMS area; {TERMS_HINT}"
        )),
    }
}

/// The cell with spaces around colons taken out, so `time : 2` reads as `time:2`.
fn glue_colons(cell: &str) -> String {
    let mut glued = String::with_capacity(cell.len());
    let mut chars = cell.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ':' {
            while glued.ends_with(char::is_whitespace) {
                glued.pop();
            }
            glued.push(':');
            while chars.next_if(|c| c.is_whitespace()).is_some() {}
        } else {
            glued.push(c);
        }
    }
    glued
}

/// Reads a `terms_notes` cell (`time: the queue is slow; money: billed twice`) into the
/// notes of `tags`. A cell without any `area:` goes to the only tag, when there is one.
pub(super) fn terms_notes(cell: &str, tags: &mut [TermsTag]) -> Result<(), String> {
    if cell.trim().is_empty() {
        return Ok(());
    }
    // Split at every `;`, then glue back the pieces that do not start with `area:`: a
    // note may itself hold a semicolon.
    let mut notes: Vec<(Option<TermsArea>, String)> = Vec::new();
    for piece in cell.split(';') {
        let start = piece
            .split_once(':')
            .and_then(|(name, rest)| area_word(name.trim()).map(|area| (area, rest)));
        match (start, notes.last_mut()) {
            (Some((area, rest)), _) => notes.push((Some(area), rest.to_owned())),
            (None, Some((_, text))) => {
                text.push(';');
                text.push_str(piece);
            }
            (None, None) => notes.push((None, piece.to_owned())),
        }
    }
    for (area, text) in notes {
        let area = match (area, &*tags) {
            (Some(area), _) => area,
            (None, [only]) => only.area,
            (None, _) => {
                return Err(
                    "terms_notes: start each note with its area and a colon, such as \
                     \"time: the queue is slow; money: billed twice\""
                        .to_owned(),
                );
            }
        };
        let Some(tag) = tags.iter_mut().find(|tag| tag.area == area) else {
            return Err(format!(
                "terms_notes has a note on {name}, but terms has no {name}; add {name} to \
                 terms, or remove the note",
                name = area_name(area)
            ));
        };
        if !tag.note.is_empty() {
            return Err(format!(
                "terms_notes has two notes on {}; join them into one",
                area_name(area)
            ));
        }
        tag.note = text.trim().to_owned();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn areas(cell: &str) -> Result<Vec<(char, u32)>, String> {
        terms(cell).map(|tags| {
            tags.iter()
                .map(|tag| (tag.area.letter(), tag.severity.weight()))
                .collect()
        })
    }

    #[test]
    fn terms_cells_take_words_letters_and_severities() {
        assert_eq!(areas(""), Ok(vec![]));
        assert_eq!(areas("time:2 money:3"), Ok(vec![('T', 2), ('M', 3)]));
        assert_eq!(areas("TR:2, s"), Ok(vec![('T', 2), ('R', 2), ('S', 1)]));
        assert_eq!(areas("aika ; Raha : 3"), Ok(vec![('T', 1), ('M', 3)]));
        assert_eq!(areas("TERMS").map(|a| a.len()), Ok(5));
        assert_eq!(areas("tunne:2;riski"), Ok(vec![('E', 2), ('R', 1)]));
    }

    #[test]
    fn bad_terms_cells_say_what_to_write() {
        let letter = areas("TX").err().unwrap_or_default();
        assert!(letter.contains("letter X"), "{letter}");
        assert!(areas("costs").is_err_and(|e| e.contains("names no TERMS area")));
        assert!(areas("time:4").is_err_and(|e| e.contains("1 (minor)")));
        assert!(areas("T time").is_err_and(|e| e.contains("more than once")));
        assert!(areas(":2").is_err());
    }

    #[test]
    fn notes_find_their_tags() {
        let mut tags = terms("time:2 money").unwrap_or_default();
        assert_eq!(
            terms_notes("time: slow; queue; money: billed twice", &mut tags),
            Ok(())
        );
        assert_eq!(tags[0].note, "slow; queue");
        assert_eq!(tags[1].note, "billed twice");

        let mut one = terms("R").unwrap_or_default();
        assert_eq!(terms_notes("nobody checks", &mut one), Ok(()));
        assert_eq!(one[0].note, "nobody checks");
        assert!(terms_notes("risk: x", &mut tags).is_err());
    }
}
