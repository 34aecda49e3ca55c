//! The RON parser's messages about text that is not a valid map or clipboard fragment,
//! in the language of the thread.
//!
//! RON words its errors in English. The ones a person editing a map by hand meets (a
//! missing comma, an unknown field, a bracket too many) are said here in every language,
//! with RON's English as the English; the rare rest (byte strings, extensions, raw values)
//! keeps RON's own words.

use crate::tr;

/// What the text as a whole is, for the messages about its outermost brackets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Root {
    /// A map file, read as the struct `FileV1`.
    Map,
    /// Clipboard text, read as the struct `Fragment`.
    Fragment,
}

impl Root {
    /// The Rust name of the struct the text is read as, which RON names in its messages.
    fn struct_name(self) -> &'static str {
        match self {
            Self::Map => "FileV1",
            Self::Fragment => "Fragment",
        }
    }

    /// What RON's English calls it instead: users never saw the struct.
    fn english_words(self) -> &'static str {
        match self {
            Self::Map => "the map",
            Self::Fragment => "the fragment",
        }
    }
}

/// The parser's `error` in words, with the text read as `root`.
pub(super) fn message(error: &ron::Error, root: Root) -> String {
    use ron::Error as E;
    match error {
        E::Eof => tr!("io-parser-eof"),
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
        E::ExpectedNamedStructLike(name) if *name == root.struct_name() => match root {
            Root::Map => tr!("io-parser-expected-map-paren"),
            Root::Fragment => tr!("io-parser-expected-fragment-paren"),
        },
        E::ExpectedNamedStructLike(name) if !name.is_empty() => {
            tr!("io-parser-expected-struct", name = identifier(name))
        }
        E::ExpectedUnit => tr!("io-parser-expected-unit"),
        E::ExpectedString => tr!("io-parser-expected-string"),
        E::ExpectedStringEnd => tr!("io-parser-expected-string-end"),
        E::ExpectedIdentifier => tr!("io-parser-expected-identifier"),
        E::IntegerOutOfBounds => tr!("io-parser-integer-out-of-bounds"),
        E::InvalidIntegerDigit { digit, base } => tr!(
            "io-parser-invalid-digit",
            digit = format!("{digit:?}"),
            base = base.to_string()
        ),
        E::UnclosedBlockComment => tr!("io-parser-unclosed-comment"),
        E::UnexpectedChar(c) => tr!("io-parser-unexpected-char", char = format!("{c:?}")),
        E::TrailingCharacters => tr!("io-parser-trailing-characters"),
        E::InvalidValueForType { expected, found } => tr!(
            "io-parser-invalid-value",
            expected = expected.as_str(),
            found = found.as_str()
        ),
        E::ExpectedDifferentLength { expected, found } => tr!(
            "io-parser-different-length",
            expected = expected.as_str(),
            found = *found
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            let (found, expected) = (identifier(found), one_of(expected, Alternatives::Variants));
            match outer {
                Some(outer) => tr!(
                    "io-parser-unknown-variant-in",
                    found = found,
                    outer = identifier(outer),
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
            let (found, expected) = (identifier(found), one_of(expected, Alternatives::Fields));
            match outer {
                Some(outer) => tr!(
                    "io-parser-unknown-field-in",
                    found = found,
                    outer = identifier(outer),
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
                field = identifier(field),
                outer = identifier(outer)
            ),
            None => tr!("io-parser-missing-field", field = identifier(field)),
        },
        E::DuplicateStructField { field, outer } => match outer {
            Some(outer) => tr!(
                "io-parser-duplicate-field-in",
                field = identifier(field),
                outer = identifier(outer)
            ),
            None => tr!("io-parser-duplicate-field", field = identifier(field)),
        },
        // The parser names our internal type; the user knows it as the map.
        other => other.to_string().replace(
            &format!("struct `{}`", root.struct_name()),
            root.english_words(),
        ),
    }
}

/// A name as RON writes it in its messages: `` `name` ``, or `` `r#name` `` when it needs
/// to be written raw. RON itself does the quoting, so the English stays RON's to the byte.
fn identifier(name: &str) -> String {
    let words = ron::Error::NoSuchExtension(name.to_owned()).to_string();
    match words.strip_prefix("No RON extension named ") {
        Some(quoted) => quoted.to_owned(),
        None => format!("`{name}`"),
    }
}

/// What a list of alternatives holds, for when it is empty.
#[derive(Clone, Copy)]
enum Alternatives {
    Fields,
    Variants,
}

/// What could have been written instead: "expected one of `a`, `b`, or `c` instead".
fn one_of(alternatives: &[&str], kind: Alternatives) -> String {
    match alternatives {
        [] => match kind {
            Alternatives::Fields => tr!("io-parser-no-fields"),
            Alternatives::Variants => tr!("io-parser-no-variants"),
        },
        [only] => tr!("io-parser-expected-instead", name = identifier(only)),
        [first, second] => tr!(
            "io-parser-expected-either",
            first = identifier(first),
            second = identifier(second)
        ),
        [rest @ .., last] => {
            let list: Vec<String> = rest.iter().map(|name| identifier(name)).collect();
            tr!(
                "io-parser-expected-one-of",
                list = list.join(", "),
                last = identifier(last)
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, set_language};

    /// Every message said here reads, in English, exactly as RON's own.
    #[test]
    fn english_is_rons_own_words() {
        set_language(Language::English);
        let errors = [
            ron::Error::Eof,
            ron::Error::ExpectedComma,
            ron::Error::ExpectedMap,
            ron::Error::ExpectedMapEnd,
            ron::Error::ExpectedNamedStructLike("Lane"),
            ron::Error::InvalidIntegerDigit {
                digit: 'x',
                base: 10,
            },
            ron::Error::UnexpectedChar('}'),
            ron::Error::ExpectedDifferentLength {
                expected: "a pair".into(),
                found: 1,
            },
            ron::Error::ExpectedDifferentLength {
                expected: "a pair".into(),
                found: 0,
            },
            ron::Error::NoSuchStructField {
                expected: &["id", "title", "lane"],
                found: "titel".into(),
                outer: Some("Touchpoint".into()),
            },
            ron::Error::NoSuchStructField {
                expected: &["id", "r#type"],
                found: "x".into(),
                outer: None,
            },
            ron::Error::NoSuchEnumVariant {
                expected: &["Flow"],
                found: "Flw".into(),
                outer: None,
            },
            ron::Error::NoSuchEnumVariant {
                expected: &[],
                found: "Flw".into(),
                outer: Some("LinkKind".into()),
            },
            ron::Error::MissingStructField {
                field: "id",
                outer: Some("Lane".into()),
            },
            ron::Error::DuplicateStructField {
                field: "id",
                outer: None,
            },
        ];
        for error in errors {
            assert_eq!(message(&error, Root::Map), error.to_string());
        }
        assert_eq!(
            message(&ron::Error::ExpectedNamedStructLike("FileV1"), Root::Map),
            "Expected opening `(` for the map"
        );
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
            message(&unknown, Root::Map),
            "Tuntematon kenttä `titel` tyypissä `Touchpoint`; odotettiin jotakin näistä: \
             `id`, `title` tai `lane`"
        );
        assert_eq!(
            message(&ron::Error::ExpectedComma, Root::Fragment),
            "Tästä puuttuu pilkku"
        );
        set_language(Language::English);
    }
}
