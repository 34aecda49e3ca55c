//! The RON parser's errors about text that is not a valid map or clipboard fragment, in
//! polku's own words and in the language of the thread.
//!
//! RON's messages name Rust types (`FileV1`, `LaneKind`) and say what the parser missed
//! rather than what is wrong: `id: 1.5` is "Expected comma", `-1` is "Integer is out of
//! bounds". [`explain`] looks at the text where the parser stopped and says what a person
//! editing the map by hand needs to hear: that an id is a whole number, that a text is
//! never closed, that the file ends too early. Every message quotes at most a short
//! excerpt of the file, however large the file.

use crate::tr;

/// The most characters of the file a message quotes.
const EXCERPT_CHARS: usize = 40;
/// The most characters a whole message has.
const MESSAGE_CHARS: usize = 400;

/// What the text as a whole is, for the messages about its outermost brackets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Root {
    /// A map file, read as the struct `FileV1`.
    Map,
    /// Clipboard text, read as the struct `Fragment`.
    Fragment,
}

/// The parser's error, in words, for `text` read as `root`.
pub(super) fn explain(error: &ron::error::SpannedError, text: &str, root: Root) -> String {
    let offset = offset_of(text, error.span.start.line, error.span.start.col);
    let message =
        in_context(&error.code, text, offset, root).unwrap_or_else(|| message(&error.code));
    shortened(&message, MESSAGE_CHARS)
}

/// The byte offset of a line and a column (in characters), both from 1.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    text.get(line_start..)
        .unwrap_or_default()
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(i, _)| line_start + i)
}

/// What the text around `offset` says the error really is, where the parser's own words
/// would mislead.
fn in_context(error: &ron::Error, text: &str, offset: usize, root: Root) -> Option<String> {
    use ron::Error as E;
    let before = text.get(..offset).unwrap_or_default();
    let rest = text.get(offset..).unwrap_or_default();
    // Whatever the parser wanted next, nothing came, or only closing brackets when more
    // are open: the file was cut off, or a bracket is missing.
    let only_closing = rest.trim().chars().all(|c| matches!(c, ')' | ']'));
    if !matches!(error, E::TrailingCharacters)
        && (rest.trim().is_empty() || only_closing && opens_more_than_it_closes(text))
    {
        return Some(tr!("io-parser-eof"));
    }
    match error {
        // `1.5` or `1e3` where a whole number belongs: the parser read `1` and stopped.
        E::ExpectedComma | E::ExpectedStructLikeEnd | E::ExpectedArrayEnd
            if rest.starts_with(['.', 'e', 'E'])
                && before.ends_with(|c: char| c.is_ascii_digit()) =>
        {
            let start = before
                .rfind(|c: char| !(c.is_ascii_digit() || c == '-' || c == '+'))
                .map_or(0, |i| i + 1);
            let whole = before.get(start..).unwrap_or_default();
            let number = number_at(text, start);
            Some(
                if field_before(text.get(..start).unwrap_or_default()) == Some("version") {
                    tr!("io-parser-version", number = number)
                } else {
                    tr!("io-parser-decimal", number = number, whole = whole)
                },
            )
        }
        E::IntegerOutOfBounds => {
            // The parser points past a minus sign.
            let start = if before.ends_with('-') {
                offset - 1
            } else {
                offset
            };
            let number = number_at(text, start);
            let field = field_before(text.get(..start).unwrap_or_default());
            Some(if field == Some("version") {
                tr!("io-parser-version", number = number)
            } else if number.starts_with('-') {
                tr!("io-parser-negative", number = number)
            } else {
                tr!("io-parser-too-large", number = number)
            })
        }
        E::ExpectedNamedStructLike(_) | E::ExpectedStructLike
            if root == Root::Map && offset == 0 && rest.trim_start().starts_with('{') =>
        {
            Some(tr!("io-parser-json"))
        }
        _ => None,
    }
}

/// The name of the field whose value starts where `before` ends (`version` in
/// `(version: `), if that is what stands there.
fn field_before(before: &str) -> Option<&str> {
    let name = before.trim_end().strip_suffix(':')?.trim_end();
    let start = name
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    name.get(start..).filter(|name| !name.is_empty())
}

/// Whether `text` opens more brackets than it closes, outside its texts.
fn opens_more_than_it_closes(text: &str) -> bool {
    let mut depth: i64 = 0;
    let mut in_text = false;
    let mut escaped = false;
    for c in text.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_text => escaped = true,
            '"' => in_text = !in_text,
            '(' | '[' if !in_text => depth += 1,
            ')' | ']' if !in_text => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

/// The number written at `offset`: digits, signs, a decimal point and an exponent.
fn number_at(text: &str, offset: usize) -> String {
    let rest = text.get(offset..).unwrap_or_default();
    let number: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '.' | '_'))
        .collect();
    shortened(&number, EXCERPT_CHARS)
}

/// `text` cut to `limit` characters, with "…" where it was cut.
fn shortened(text: &str, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// The parser's `error` in words.
pub(super) fn message(error: &ron::Error) -> String {
    use ron::Error as E;
    match error {
        E::Eof => tr!("io-parser-eof"),
        E::ExceededRecursionLimit => tr!("io-parser-too-deep"),
        E::ExpectedArray => tr!("io-parser-expected-list"),
        E::ExpectedArrayEnd => tr!("io-parser-expected-list-end"),
        E::ExpectedBoolean => tr!("io-parser-expected-boolean"),
        E::ExpectedComma => tr!("io-parser-expected-comma"),
        E::ExpectedChar => tr!("io-parser-expected-char"),
        E::ExpectedFloat => tr!("io-parser-expected-float"),
        E::ExpectedInteger => tr!("io-parser-expected-integer"),
        E::ExpectedOption => tr!("io-parser-expected-option"),
        E::ExpectedOptionEnd | E::ExpectedStructLikeEnd => tr!("io-parser-expected-paren-end"),
        E::ExpectedMap => tr!("io-parser-expected-map"),
        E::ExpectedMapColon => tr!("io-parser-expected-colon"),
        E::ExpectedMapEnd => tr!("io-parser-expected-map-end"),
        E::ExpectedStructLike => tr!("io-parser-expected-paren"),
        E::ExpectedNamedStructLike("FileV1") => tr!("io-parser-expected-map-paren"),
        E::ExpectedNamedStructLike("Fragment") => tr!("io-parser-expected-fragment-paren"),
        E::ExpectedNamedStructLike(name) => {
            tr!("io-parser-expected-struct", name = what(name))
        }
        E::ExpectedUnit => tr!("io-parser-expected-unit"),
        E::ExpectedString => tr!("io-parser-expected-string"),
        E::ExpectedStringEnd => tr!("io-parser-expected-string-end"),
        E::ExpectedIdentifier => tr!("io-parser-expected-identifier"),
        E::IntegerOutOfBounds => tr!("io-parser-integer-out-of-bounds"),
        E::InvalidIntegerDigit { digit, .. } => {
            tr!(
                "io-parser-invalid-digit",
                digit = quoted(&digit.to_string())
            )
        }
        E::InvalidEscape(_) => tr!("io-parser-invalid-escape"),
        E::UnclosedBlockComment => tr!("io-parser-unclosed-comment"),
        E::UnclosedLineComment => tr!("io-parser-unclosed-line-comment"),
        E::UnexpectedChar(c) => tr!("io-parser-unexpected-char", char = quoted(&c.to_string())),
        E::TrailingCharacters => tr!("io-parser-trailing-characters"),
        E::InvalidValueForType { expected, found } => tr!(
            "io-parser-invalid-value",
            expected = shortened(expected, EXCERPT_CHARS),
            found = shortened(found, EXCERPT_CHARS)
        ),
        E::ExpectedDifferentLength { expected, found } => tr!(
            "io-parser-different-length",
            expected = shortened(expected, EXCERPT_CHARS),
            found = *found
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            let (found, expected) = (quoted(found), one_of(expected, Joined::Or));
            match outer {
                Some(outer) => tr!(
                    "io-parser-unknown-variant-in",
                    found = found,
                    outer = what(outer),
                    expected = expected
                ),
                None => tr!(
                    "io-parser-unknown-variant",
                    found = found,
                    expected = expected
                ),
            }
        }
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            let (found, expected) = (quoted(found), one_of(expected, Joined::And));
            match outer {
                Some(outer) => tr!(
                    "io-parser-unknown-field-in",
                    found = found,
                    outer = what(outer),
                    expected = expected
                ),
                None => tr!(
                    "io-parser-unknown-field",
                    found = found,
                    expected = expected
                ),
            }
        }
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => tr!(
                "io-parser-missing-field-in",
                field = quoted(field),
                outer = what(outer)
            ),
            None => tr!("io-parser-missing-field", field = quoted(field)),
        },
        E::DuplicateStructField { field, outer } => match outer {
            Some(outer) => tr!(
                "io-parser-duplicate-field-in",
                field = quoted(field),
                outer = what(outer)
            ),
            None => tr!("io-parser-duplicate-field", field = quoted(field)),
        },
        // Messages of polku's own checks (a rating out of range, a date that does not
        // exist) are already in words, and in the language of the thread.
        E::Message(message) => shortened(message, MESSAGE_CHARS),
        // Byte strings, raw values, extensions: RON syntax a map never uses.
        _ => tr!("io-parser-not-a-map"),
    }
}

/// A name from the file, in backquotes, cut short if it is long.
fn quoted(name: &str) -> String {
    format!("`{}`", shortened(name, EXCERPT_CHARS))
}

/// What a part of the map is called, for the Rust type RON names it by.
fn what(type_name: &str) -> String {
    match type_name {
        "FileV1" => tr!("io-type-map"),
        "Fragment" => tr!("io-type-fragment"),
        "Lane" => tr!("io-type-lane"),
        "Stage" => tr!("io-type-stage"),
        "Touchpoint" => tr!("io-type-touchpoint"),
        "Link" => tr!("io-type-link"),
        "TermsTag" => tr!("io-type-terms-tag"),
        "Observation" => tr!("io-type-observation"),
        "Persona" => tr!("io-type-persona"),
        "Promise" => tr!("io-type-promise"),
        "Idea" => tr!("io-type-idea"),
        "LaneKind" => tr!("io-type-lane-kind"),
        "Channel" => tr!("io-type-channel"),
        "LinkKind" => tr!("io-type-link-kind"),
        "TermsArea" => tr!("io-type-terms-area"),
        "EvidenceLevel" => tr!("io-type-evidence"),
        "PersonaKind" => tr!("io-type-persona-kind"),
        other => quoted(other),
    }
}

/// How the last two names of a list are joined.
#[derive(Clone, Copy)]
enum Joined {
    /// The values one of which may be written: "`a`, `b` or `c`".
    Or,
    /// The fields there are: "`a`, `b` and `c`".
    And,
}

/// A list of names from the file.
fn one_of(names: &[&str], joined: Joined) -> String {
    match names {
        [] => tr!("io-parser-nothing"),
        [only] => quoted(only),
        [rest @ .., last] => {
            let list: Vec<String> = rest.iter().map(|name| quoted(name)).collect();
            let (list, last) = (list.join(", "), quoted(last));
            match joined {
                Joined::Or => tr!("io-parser-list-or", list = list, last = last),
                Joined::And => tr!("io-parser-list-and", list = list, last = last),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, set_language};

    #[test]
    fn positions_become_offsets_in_characters() {
        let text = "ab\näöx\ny";
        assert_eq!(offset_of(text, 1, 1), 0);
        assert_eq!(offset_of(text, 2, 3), "ab\näö".len());
        assert_eq!(offset_of(text, 3, 1), "ab\näöx\n".len());
        assert_eq!(offset_of(text, 9, 9), text.len());
    }

    #[test]
    fn names_of_types_become_the_words_of_the_map() {
        set_language(Language::English);
        let unknown = ron::Error::NoSuchEnumVariant {
            expected: &["InPerson", "Phone", "Web"],
            found: "Fax".into(),
            outer: Some("Channel".into()),
        };
        assert_eq!(
            message(&unknown),
            "`Fax` is not a channel; write `InPerson`, `Phone` or `Web`"
        );
        let missing = ron::Error::MissingStructField {
            field: "kind",
            outer: Some("Lane".into()),
        };
        assert_eq!(message(&missing), "a lane needs the field `kind`; add it");
    }

    #[test]
    fn finnish_says_what_is_wrong_in_finnish() {
        set_language(Language::Finnish);
        let unknown = ron::Error::NoSuchStructField {
            expected: &["id", "title", "lane"],
            found: "titel".into(),
            outer: Some("Touchpoint".into()),
        };
        assert_eq!(
            message(&unknown),
            "kenttää `titel` ei ole tässä (kosketuspiste); sen kentät ovat `id`, `title` ja `lane`"
        );
        assert_eq!(
            message(&ron::Error::ExpectedComma),
            "tähän odotettiin pilkkua kahden kentän tai luettelon kahden kohdan väliin"
        );
        set_language(Language::English);
    }

    #[test]
    fn a_long_name_is_quoted_short() {
        set_language(Language::English);
        let unknown = ron::Error::NoSuchStructField {
            expected: &["id"],
            found: "x".repeat(10_000),
            outer: None,
        };
        let words = message(&unknown);
        assert!(words.chars().count() < 120, "{words}");
        assert!(words.contains(&format!("`{}…`", "x".repeat(EXCERPT_CHARS))));
    }
}
