//! The TERMS cells of an inventory: `terms` (`time:2 money:3`, `TR:2`) and `terms_notes`
//! (`time: the queue is slow; money: billed twice`), in English and Finnish.
//!
//! Pure text matching, like `words.rs`: every reader returns the tags or a message that
//! says what to write instead.

use crate::model::{Severity, TermsArea, TermsTag};
use crate::tr;

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

/// The word `to_csv` writes for an area: the English one, whatever the language.
pub(super) fn area_name(area: TermsArea) -> &'static str {
    match area {
        TermsArea::Time => "time",
        TermsArea::Emotion => "emotion",
        TermsArea::Risk => "risk",
        TermsArea::Money => "money",
        TermsArea::Situation => "situation",
    }
}

/// The word for an area that messages use, in the language of the thread (one a terms
/// cell may hold).
fn area_label(area: TermsArea) -> String {
    let name = match area {
        TermsArea::Time => tr!("terms-time"),
        TermsArea::Emotion => tr!("terms-emotion"),
        TermsArea::Risk => tr!("terms-risk"),
        TermsArea::Money => tr!("terms-money"),
        TermsArea::Situation => tr!("terms-situation"),
    };
    name.to_lowercase()
}

/// What to write in a terms cell, for messages.
fn terms_hint() -> String {
    tr!("io-import-terms-hint")
}

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
                    tr!(
                        "io-import-terms-severity",
                        token = super::message::excerpt(token),
                        severity = super::message::excerpt(text),
                        name = name
                    )
                })?,
        };
        for area in areas_of(name, token)? {
            if tags.iter().any(|tag| tag.area == area) {
                return Err(tr!("io-import-terms-twice", area = area_label(area)));
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
        return Err(tr!(
            "io-import-terms-no-area",
            token = super::message::excerpt(token),
            hint = terms_hint()
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
        Some((letter, _)) if short_run => Err(tr!(
            "io-import-terms-letter",
            letter = letter.to_uppercase().to_string(),
            token = super::message::excerpt(token),
            hint = terms_hint()
        )),
        _ => Err(tr!(
            "io-import-terms-unknown",
            token = super::message::excerpt(token),
            hint = terms_hint()
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
                return Err(tr!("io-import-notes-no-area"));
            }
        };
        let Some(tag) = tags.iter_mut().find(|tag| tag.area == area) else {
            return Err(tr!("io-import-notes-untagged", area = area_label(area)));
        };
        if !tag.note.is_empty() {
            return Err(tr!("io-import-notes-twice", area = area_label(area)));
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
