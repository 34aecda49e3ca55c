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
mod language;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub use fluent_bundle::FluentValue;
pub use format::{CalendarDay, date, decimal, integer};
pub use language::{Language, language, set_language, system_language};

thread_local! {
    /// Texts without placeholders, formatted: English, Finnish.
    static PLAIN: std::cell::RefCell<[std::collections::HashMap<String, String>; 2]> =
        std::cell::RefCell::new([std::collections::HashMap::new(), std::collections::HashMap::new()]);
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
