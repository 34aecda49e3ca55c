//! The command line speaks the system's language: the real binary, run with a Finnish
//! `LANG` (and, to compare, an English one).

use std::path::{Path, PathBuf};
use std::process::Output;

mod common;

use common::cli::{FINNISH, polku_in, stderr, stdout};

fn finnish(args: &[&str]) -> Output {
    polku_in(FINNISH, args)
}

fn english(args: &[&str]) -> Output {
    polku_in("en_US.UTF-8", args)
}

/// An example map that ships with polku.
fn example() -> String {
    common::example("online-order.ron").display().to_string()
}

fn write(folder: &Path, name: &str, text: &str) -> PathBuf {
    let path = folder.join(name);
    if let Err(error) = std::fs::write(&path, text) {
        panic!("could not write {}: {error}", path.display());
    }
    path
}

/// A map whose only lane has a kind polku does not know, at line 1.
const BROKEN: &str = "(version: 1, lanes: [(id: 1, name: \"A\", kind: Nope)])";

#[test]
fn check_says_what_a_good_map_holds_in_finnish() {
    let example = example();
    let output = finnish(&["check", &example]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = stdout(&output);
    let first = report.lines().next().expect("a line for the map");
    assert!(
        first.starts_with(&format!("{example}: kunnossa, ")),
        "{report}"
    );
    for words in [
        " kosketuspistettä (",
        " näkyvissä, ",
        " piilossa), ",
        " kaistaa, ",
    ] {
        assert!(first.contains(words), "{words:?} is not in {first}");
    }
    assert!(first.ends_with(" TERMS-merkintää"), "{first}");
}

#[test]
fn check_says_what_is_wrong_with_a_broken_map_in_finnish_and_where() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let broken = write(folder.path(), "rikki.ron", BROKEN);
    let output = finnish(&["check", &broken.display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    // FILE:LINE:COL: message
    let rest = message
        .strip_prefix(&format!("{}:", broken.display()))
        .unwrap_or_else(|| panic!("the message does not name the file: {message}"));
    let mut parts = rest.splitn(3, ':');
    assert_eq!(parts.next(), Some("1"), "{message}");
    let column = parts.next().and_then(|n| n.parse::<usize>().ok());
    assert!(column.is_some(), "{message}");
    let words = parts.next().expect("a message after the position");
    assert!(
        words.starts_with(" `Nope` ei ole kaistatyyppi; kirjoita `Evidence`, `Customer`"),
        "{message}"
    );

    let cut = write(folder.path(), "katkennut.ron", "(version: 1,");
    let output = finnish(&["check", &cut.display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("tiedosto loppuu kesken"),
        "{}",
        stderr(&output)
    );
    Ok(())
}

#[test]
fn check_speaks_english_on_an_english_system() -> std::io::Result<()> {
    let example = example();
    let output = english(&["check", &example]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = stdout(&output);
    assert!(report.starts_with(&format!("{example}: ok, ")), "{report}");
    assert!(report.contains(" touchpoints ("), "{report}");

    let folder = tempfile::tempdir()?;
    let broken = write(folder.path(), "broken.ron", BROKEN);
    let output = english(&["check", &broken.display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.starts_with(&format!("{}:1:", broken.display())),
        "{message}"
    );
    assert!(
        message.contains(": `Nope` is not a lane kind; write `Evidence`, `Customer`"),
        "{message}"
    );
    Ok(())
}

#[test]
fn new_writes_a_map_with_finnish_lane_names() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let path = folder.path().join("piirustus.ron");
    let name = path.display().to_string();
    let output = finnish(&["new", "--template", "blueprint", &name]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with(&format!("{name}: luotu mallipohjasta blueprint, ")),
        "{}",
        stdout(&output)
    );
    let text = std::fs::read_to_string(&path)?;
    for lane in [
        "Asiakkaan toiminta",
        "Näkyvä toiminta",
        "Taustatoiminta",
        "Tukiprosessit",
    ] {
        assert!(
            text.contains(&format!("\"{lane}\"")),
            "no {lane} in\n{text}"
        );
    }
    // A file that is there is not overwritten, and the refusal says so in Finnish.
    let again = finnish(&["new", "--template", "blueprint", &name]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("on jo olemassa") && stderr(&again).contains("--force"),
        "{}",
        stderr(&again)
    );
    Ok(())
}

#[test]
fn help_is_in_finnish() {
    let output = finnish(&["--help"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let help = stdout(&output);
    for words in [
        "Käyttö: polku [FILE]",
        "Komennot:",
        "Argumentit:",
        "Valitsimet:",
    ] {
        assert!(help.contains(words), "{words:?} is not in\n{help}");
    }
    assert!(help.contains("Lataa ja tarkista kartat"), "{help}");
    let output = finnish(&["export", "--help"]);
    assert!(
        stdout(&output).contains("Kirjoita SVG-kuva tähän"),
        "{}",
        stdout(&output)
    );
}
