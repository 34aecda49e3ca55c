//! `polku feedback add` and `polku feedback check` through the real binary: columns
//! guessed from English and Finnish headers, the source saved in the map relative to it,
//! and every row that cannot be used reported with its row number, never dropped.

mod common;

use std::path::Path;

use common::cli::{FINNISH, polku, polku_in, stderr, stdout};

/// A copy of the example map in `folder`, with no sources yet.
fn map_in(folder: &Path) -> String {
    let text = std::fs::read_to_string(common::example("online-order.ron"))
        .unwrap_or_else(|error| panic!("{error}"));
    let cut = text.find("    feedback: [").unwrap_or(text.len());
    let mut text = text[..cut].to_owned();
    if !text.ends_with(")\n") {
        text.push_str(")\n");
    }
    let path = folder.join("map.ron");
    std::fs::write(&path, text).unwrap_or_else(|error| panic!("{error}"));
    path.display().to_string()
}

fn write(path: &Path, text: &[u8]) -> String {
    std::fs::write(path, text).unwrap_or_else(|error| panic!("{error}"));
    path.display().to_string()
}

#[test]
fn the_example_map_reads_both_of_its_feedback_files() {
    let map = common::example("online-order.ron").display().to_string();
    let output = polku(&["feedback", "check", &map]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let said = stdout(&output);
    assert!(
        said.contains("online-order-customers.csv: 305 rows, 305 matched"),
        "{said}"
    );
    assert!(
        said.contains("online-order-henkilosto.csv: 212 rows, 212 matched"),
        "{said}"
    );
}

#[test]
fn add_guesses_the_columns_says_so_and_saves_the_source_beside_the_map() {
    let folder = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let map = map_in(folder.path());
    let file = write(
        &folder.path().join("pulse.csv"),
        "Päivämäärä;Kosketuspiste;Arvio (1–5);Vapaa palaute\n\
         1.11.2026;picking;2;Liian vähän väkeä\n\
         8.11.2026;Picking and packing;4;\n"
            .as_bytes(),
    );
    let output = polku(&["feedback", "add", &map, &file, "--audience", "employee"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let said = stdout(&output);
    for guess in [
        "guessed the touchpoint column: “Kosketuspiste”",
        "guessed the score column: “Arvio (1–5)”",
        "guessed the date column: “Päivämäärä”",
        "guessed the comment column: “Vapaa palaute”",
        "guessed the scale from the score's header: 1-5",
        "pulse.csv: 2 rows, 2 matched to a touchpoint, 0 could not be used",
    ] {
        assert!(said.contains(guess), "{guess} not in:\n{said}");
    }
    let saved = std::fs::read_to_string(&map).unwrap_or_else(|error| panic!("{error}"));
    assert!(saved.contains("file: \"pulse.csv\""), "{saved}");
    assert!(saved.contains("audience: Employee"), "{saved}");
    assert!(saved.contains("scale: Rating5"), "{saved}");
    // Adding it again replaces it rather than naming it twice.
    let again = polku(&["feedback", "add", &map, &file, "--audience", "employee"]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    let saved = std::fs::read_to_string(&map).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(saved.matches("pulse.csv").count(), 1, "{saved}");
}

#[test]
fn check_lists_every_row_it_cannot_use_with_its_number() {
    let folder = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let map = map_in(folder.path());
    // Windows-1252, as Excel writes CSV: the ä of "Kassalla" is one byte.
    let mut bytes = b"Date,Touchpoint,Score,Comment\n\
        2026-11-01,tracking,9,Fine\n\
        2026-11-02,no such step,8,\n\
        2026-11-03,tracking,11,\n\
        not a date,tracking,5,\n\
        2026-11-05,tracking,3,Kassalla jonoa \xe4\n"
        .to_vec();
    bytes.extend_from_slice(b"\n2026-11-06,Tracks the parcel,10,\n");
    let file = write(&folder.path().join("nps.csv"), &bytes);
    let output = polku(&[
        "feedback",
        "add",
        &map,
        &file,
        "--audience",
        "customer",
        "--scale",
        "nps",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let output = polku(&["feedback", "check", &map]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let said = stdout(&output);
    assert!(
        said.contains("nps.csv: 6 rows, 3 matched to a touchpoint, 3 could not be used"),
        "{said}"
    );
    // Rows as a spreadsheet counts them: the header is row 1.
    for row in [":3: ", ":4: ", ":5: "] {
        assert!(said.contains(row), "row {row} not in:\n{said}");
    }
    assert!(said.contains("no such step"), "{said}");

    // In Finnish, too.
    let output = polku_in(FINNISH, &["feedback", "check", &map]);
    assert!(
        stdout(&output).contains("6 riviä, joista 3 kohdistui"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_missing_source_is_reported_and_the_map_is_untouched() {
    let folder = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let map = map_in(folder.path());
    let file = write(
        &folder.path().join("gone.csv"),
        b"Touchpoint,Score\ntracking,9\n",
    );
    let output = polku(&["feedback", "add", &map, &file, "--audience", "customer"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    std::fs::remove_file(folder.path().join("gone.csv")).unwrap_or_else(|error| panic!("{error}"));
    let before = std::fs::read(&map).unwrap_or_else(|error| panic!("{error}"));
    let output = polku(&["feedback", "check", &map]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("gone.csv"), "{}", stderr(&output));
    assert_eq!(
        std::fs::read(&map).unwrap_or_else(|error| panic!("{error}")),
        before
    );
    // And the map still opens.
    assert_eq!(polku(&["check", &map]).status.code(), Some(0));
}

#[test]
fn columns_that_cannot_be_guessed_are_asked_for_by_name() {
    let folder = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let map = map_in(folder.path());
    let file = write(&folder.path().join("odd.csv"), b"A,B\ntracking,9\n");
    let before = std::fs::read(&map).unwrap_or_else(|error| panic!("{error}"));
    let output = polku(&["feedback", "add", &map, &file, "--audience", "customer"]);
    assert_eq!(output.status.code(), Some(1));
    let said = stderr(&output);
    assert!(
        said.contains("--touchpoint") && said.contains("“A”, “B”"),
        "{said}"
    );
    assert_eq!(
        std::fs::read(&map).unwrap_or_else(|error| panic!("{error}")),
        before
    );
    let output = polku(&[
        "feedback",
        "add",
        &map,
        &file,
        "--audience",
        "customer",
        "--touchpoint",
        "A",
        "--score",
        "B",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("guessed the scale from the scores: nps"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn insights_json_has_the_figures_the_changes_and_each_source() {
    let folder = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let map = map_in(folder.path());
    // Tracks the parcel: 10 and 10 in the week of 1–7 Nov (NPS 100), then 3 and 6 in the
    // week of 8–14 Nov (NPS −100). Over both: 2 promoters, 2 detractors of 4 → 0.
    let file = write(
        &folder.path().join("nps.csv"),
        b"Date,Touchpoint,Score\n\
          2026-11-02,tracking,10\n\
          2026-11-05,tracking,10\n\
          2026-11-09,tracking,3\n\
          2026-11-14,tracking,6\n\
          2026-11-14,nowhere,6\n",
    );
    let added = polku(&["feedback", "add", &map, &file, "--audience", "customer"]);
    assert_eq!(added.status.code(), Some(0), "{}", stderr(&added));
    let output = polku(&["insights", "--json", &map]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&output)).unwrap_or_else(|error| panic!("{error}"));
    let feedback = &json["feedback"];
    assert_eq!(feedback["sources"][0]["file"], "nps.csv");
    assert_eq!(feedback["sources"][0]["rows"], 5);
    assert_eq!(feedback["sources"][0]["matched"], 4);
    assert_eq!(feedback["sources"][0]["unusable"], 1);
    let tracking = feedback["touchpoints"]
        .as_array()
        .and_then(|all| all.iter().find(|t| t["title"] == "Tracks the parcel"))
        .unwrap_or_else(|| panic!("no figures for the touchpoint: {feedback}"));
    assert_eq!(tracking["customer"]["responses"], 4);
    assert_eq!(tracking["customer"]["scale"], "nps");
    assert_eq!(tracking["customer"]["score"], 0.0);
    let change = &feedback["changes"][0];
    assert_eq!(change["title"], "Tracks the parcel");
    assert_eq!(change["latest"]["score"], -100.0);
    assert_eq!(change["latest"]["negative"], 2);
    assert_eq!(change["previous"]["score"], 100.0);
    assert!(feedback["mirror"].is_array());

    // The report for people says the same.
    let output = polku(&["insights", &map]);
    let said = stdout(&output);
    assert!(
        said.contains(
            "nps.csv (customers): 5 rows, 4 matched to a touchpoint, 1 could not be used"
        ),
        "{said}"
    );
    assert!(
        said.contains(
            "Tracks the parcel (customers): NPS 100 → NPS −100, negative responses 0 → 2"
        ),
        "{said}"
    );

    // A window of the first week only: NPS 100 from 2 responses.
    let output = polku(&["insights", "--json", &map, "--until", "2026-11-07"]);
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&output)).unwrap_or_else(|error| panic!("{error}"));
    let tracking = &json["feedback"]["touchpoints"][0];
    assert_eq!(tracking["customer"]["responses"], 2);
    assert_eq!(tracking["customer"]["score"], 100.0);
}

#[test]
fn the_reports_say_what_changed_and_where_both_fall() {
    let map = common::example("online-order.ron").display().to_string();
    let output = polku(&["report", &map, "--format", "md"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let markdown = stdout(&output);
    let section = markdown
        .split("## What customers and employees said")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .unwrap_or_else(|| panic!("no feedback section:\n{markdown}"));
    assert!(section.contains("### What changed"), "{section}");
    // The worst drop first: an employee score of the backorder step, 2.5 → 1.5 of 5.
    let first_row = section
        .lines()
        .find(|line| {
            line.starts_with("| ")
                && !line.starts_with("| Touchpoint")
                && !line.starts_with("| ---")
        })
        .unwrap_or_default();
    assert!(
        first_row.contains("Agent finds the backorder"),
        "{first_row}"
    );
    assert!(section.contains("### Where employee and customer experience fall together"));
    assert!(
        section.contains("| Reminder letter with a €5 fee | NPS −100 |"),
        "{section}"
    );
    assert!(section.contains("online-order-customers.csv (customers): 305 rows, 305 matched"));
    // Each stage and each persona's path, pooled: the last stage's customers are the
    // NPS of every response about its touchpoints.
    assert!(section.contains("### By stage and path"), "{section}");
    assert!(
        section.contains("| Path: Careful first-time buyer |"),
        "{section}"
    );
    // A comment many gave is quoted once.
    assert_eq!(
        section
            .matches("“They cancelled the fee, but it took two calls.”")
            .count(),
        1
    );
    let output = polku(&["report", &map, "--format", "html"]);
    let html = stdout(&output);
    assert!(html.contains("<section id=\"feedback\">"), "{html}");
    assert!(html.contains("<h3>What changed</h3>"));
}
