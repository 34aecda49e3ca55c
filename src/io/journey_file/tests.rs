//! Tests of the journey file's messages and file names. Tests only.

use std::path::Path;

use super::read::{from_ron_str, load_bytes};
use super::write::file_stem_for;

#[test]
fn problems_are_told_in_the_language_of_the_thread() {
    crate::i18n::set_language(crate::i18n::Language::Finnish);
    let error = from_ron_str("(version: 7)", Path::new("kartta.ron")).err();
    let message = error.map(|e| e.to_string()).unwrap_or_default();
    assert!(
        message.starts_with("kartta.ron:1:2: tämä kartta on tehty uudemmalla polku-versiolla"),
        "{message}"
    );
    let error = load_bytes(b"(version: 1, title: \xff)", Path::new("kartta.ron")).err();
    let message = error.map(|e| e.to_string()).unwrap_or_default();
    assert_eq!(
        message,
        "kartta.ron:1:21: tämä ei ole UTF-8-tekstiä; polku-kartta on RON-tekstitiedosto \
         (tallennettiinko se jollakin toisella ohjelmalla?)"
    );
}

#[test]
fn file_names_come_from_titles() {
    assert_eq!(file_stem_for("Service blueprint"), "service-blueprint");
    assert_eq!(file_stem_for("Päiväkoti: haku!"), "päiväkoti-haku");
    assert_eq!(file_stem_for("  "), "map");
}
