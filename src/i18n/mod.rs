//! The words of polku in English and Finnish: every text a user sees, in the window and
//! on the command line, comes from the Fluent files in `locales/LANGUAGE/*.ftl` through
//! [`tr!`](crate::tr).
//!
//! The language belongs to the thread: the window's thread follows the settings, the
//! command line follows the system (`LC_ALL`, `LC_MESSAGES`, `LANG`, or the operating
//! system's locale on Windows and macOS), and a worker thread is given the language of the
//! thread that started it. So tests in both languages run side by side.
//!
//! Fluent (Project Fluent, by Mozilla) was chosen over rust-i18n because Finnish needs
//! what Fluent has and key-value files don't: plural forms chosen by the number
//! (`1 kosketuspiste`, `2 kosketuspistettä`), and variants a translator can add without a
//! change to the code. The files are embedded in the binary, so polku works offline.

mod format;

use std::cell::Cell;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};

pub use fluent_bundle::FluentValue;
pub use format::{date, decimal, integer};

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
    /// Texts without placeholders, formatted: English, Finnish.
    static PLAIN: std::cell::RefCell<[std::collections::HashMap<String, String>; 2]> =
        std::cell::RefCell::new([std::collections::HashMap::new(), std::collections::HashMap::new()]);
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

/// The Fluent files, by area of the program, in every language.
macro_rules! sources {
    ($($area:literal),+ $(,)?) => {
        /// Every Fluent file: (language, file name, text).
        pub const SOURCES: &[(Language, &str, &str)] = &[
            $(
                (Language::English, concat!("en/", $area, ".ftl"),
                    include_str!(concat!("../../locales/en/", $area, ".ftl"))),
                (Language::Finnish, concat!("fi/", $area, ".ftl"),
                    include_str!(concat!("../../locales/fi/", $area, ".ftl"))),
            )+
        ];
    };
}

sources!(
    "common",
    "app",
    "canvas",
    "inspector",
    "structure",
    "people",
    "insights",
    "model",
    "io",
    "cli",
    "keys",
);

type Bundle = FluentBundle<FluentResource>;

fn bundle(language: Language) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| Language::ALL.map(build_bundle));
    &bundles[Language::ALL
        .iter()
        .position(|&l| l == language)
        .unwrap_or(0)]
}

fn build_bundle(language: Language) -> Bundle {
    let id = language
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks would show as boxes in some fonts and terminals; polku's
    // texts are all left to right.
    bundle.set_use_isolating(false);
    for (of, _, text) in SOURCES {
        if *of != language {
            continue;
        }
        // A file that does not parse keeps the messages it could read; the test of the
        // locales (`tests/locales.rs`) fails on any error.
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The message `key` in this thread's language, with `args` in its placeholders. A
/// message missing in Finnish is taken from English; one missing everywhere shows its key
/// (and fails the locale tests).
pub fn message(key: &str, args: Option<&FluentArgs<'_>>) -> String {
    let language = language();
    if args.is_some() {
        return formatted(language, key, args);
    }
    // A text without placeholders is the same every time: format it once per thread and
    // language (the canvas asks for a channel's name for every card, every frame).
    PLAIN.with_borrow_mut(|plain| {
        let cache = &mut plain[usize::from(language == Language::Finnish)];
        if let Some(text) = cache.get(key) {
            return text.clone();
        }
        let text = formatted(language, key, None);
        cache.insert(key.to_owned(), text.clone());
        text
    })
}

/// `key` formatted in `language`, else in English, else the key itself.
fn formatted(language: Language, key: &str, args: Option<&FluentArgs<'_>>) -> String {
    format_in(bundle(language), key, args)
        .or_else(|| format_in(bundle(Language::English), key, args))
        .unwrap_or_else(|| key.to_owned())
}

fn format_in(bundle: &Bundle, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let (key, attribute) = match key.split_once('.') {
        Some((key, attribute)) => (key, Some(attribute)),
        None => (key, None),
    };
    let message = bundle.get_message(key)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// A text of polku in the language of the thread: `tr!("menu-file")`, or with values for
/// its placeholders: `tr!("status-saved", path = path.display().to_string())`. Numbers
/// given as numbers choose plural forms: `tr!("touchpoint-count", count = 3)`.
#[macro_export]
macro_rules! tr {
    ($key:expr $(,)?) => {
        $crate::i18n::message($key, None)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $(args.set(stringify!($name), $crate::i18n::FluentValue::from($value));)+
        $crate::i18n::message($key, Some(&args))
    }};
}

/// The values for a message's placeholders (see [`tr!`](crate::tr)).
pub type Args<'a> = FluentArgs<'a>;

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

    #[test]
    fn each_thread_speaks_its_own_language() {
        set_language(Language::Finnish);
        assert_eq!(tr!("language-name"), "Suomi");
        let other = std::thread::spawn(|| {
            set_language(Language::English);
            tr!("language-name")
        })
        .join()
        .unwrap_or_default();
        assert_eq!(other, "English");
        assert_eq!(tr!("language-name"), "Suomi");
    }

    #[test]
    fn plural_forms_follow_the_number() {
        set_language(Language::Finnish);
        assert_eq!(tr!("touchpoint-count", count = 1), "1 kosketuspiste");
        assert_eq!(tr!("touchpoint-count", count = 3), "3 kosketuspistettä");
        set_language(Language::English);
        assert_eq!(tr!("touchpoint-count", count = 1), "1 touchpoint");
        assert_eq!(tr!("touchpoint-count", count = 3), "3 touchpoints");
    }
}
