//! Switching the window's language at run time, without a restart, and remembering it.

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use polku::app::PolkuApp;
use polku::app::files::NoDialogs;
use polku::app::settings::Settings;
use polku::i18n::Language;

fn choose_language(harness: &mut Harness<'_, PolkuApp>, view: &str, language: &str) {
    harness.get_by_label(view).click();
    harness.run();
    harness.get_by_label("Language / Kieli").hover();
    harness.run();
    harness.get_by_label(language).click();
    harness.run();
}

#[test]
fn the_language_switches_at_once_and_is_remembered() {
    let mut harness = common::window(PolkuApp::new(Settings::english(), Box::new(NoDialogs)));
    harness.get_by_label("File");

    choose_language(&mut harness, "View", "Suomi");
    harness.get_by_label("Tiedosto");
    harness.get_by_label("Kaistat");
    assert!(harness.query_by_label("File").is_none());
    assert_eq!(harness.state().settings().language, Some(Language::Finnish));

    choose_language(&mut harness, "Näytä", "English");
    harness.get_by_label("File");
    assert_eq!(harness.state().settings().language, Some(Language::English));
}
