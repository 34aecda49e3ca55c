//! The languages polku speaks, and the language of each thread: the one it was given, or
//! the system's. It knows no words: the texts in each language are `mod.rs`'s.

use std::cell::Cell;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// A language polku speaks.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Language {
    #[default]
    English,
    Finnish,
}

impl Language {
    pub const ALL: [Self; 2] = [Self::English, Self::Finnish];

    /// The language's code: `en`, `fi`.
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Finnish => "fi",
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Finnish => "Suomi",
        }
    }

    /// The language of a locale such as `fi_FI.UTF-8`, `fi-FI` or `en_GB`, if polku
    /// speaks it.
    pub fn of_locale(locale: &str) -> Option<Self> {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "fi" => Some(Self::Finnish),
            "en" | "c" | "posix" => Some(Self::English),
            _ => None,
        }
    }

    /// The system's language: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set,
    /// or else the operating system's locale; English when polku does not speak it.
    pub fn of_system() -> Self {
        let from_environment = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty());
        from_environment
            .or_else(sys_locale::get_locale)
            .and_then(|locale| Self::of_locale(&locale))
            .unwrap_or_default()
    }
}

thread_local! {
    static CURRENT: Cell<Option<Language>> = const { Cell::new(None) };
}

/// The language of this thread: the one set with [`set_language`], or the system's.
pub fn language() -> Language {
    CURRENT.get().unwrap_or_else(unset_language)
}

/// The language of a thread that has not been given one: the system's.
#[cfg(not(test))]
fn unset_language() -> Language {
    system_language()
}

/// In the library's own unit tests, English whatever the system speaks: a test that
/// checks words sets the language it checks, and the rest should not depend on where
/// `cargo test` runs (`LANG=fi_FI.UTF-8 cargo test` passes as `LANG=C` does).
#[cfg(test)]
fn unset_language() -> Language {
    Language::English
}

/// Makes this thread speak `language`.
pub fn set_language(language: Language) {
    CURRENT.set(Some(language));
}

/// The system's language (see [`Language::of_system`]), read once.
pub fn system_language() -> Language {
    static SYSTEM: OnceLock<Language> = OnceLock::new();
    *SYSTEM.get_or_init(Language::of_system)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_their_language() {
        assert_eq!(Language::of_locale("fi_FI.UTF-8"), Some(Language::Finnish));
        assert_eq!(Language::of_locale("fi-FI"), Some(Language::Finnish));
        assert_eq!(Language::of_locale("en_GB.UTF-8"), Some(Language::English));
        assert_eq!(Language::of_locale("C.UTF-8"), Some(Language::English));
        assert_eq!(Language::of_locale("sv_SE"), None);
    }
}
