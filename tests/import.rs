//! The touchpoint inventory: `polku import` run as the real binary on English and Finnish
//! spreadsheets, every example map through `to_csv` and back, every kind of bad row, and
//! no panic on any input.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;

use polku::io::inventory::{Imported, import_csv, to_csv};
use polku::model::{Journey, LaneKind, LinkKind};

mod common;

use common::cli::{output_of, polku_command, stderr, stdout};

/// Runs `polku import INVENTORY OUT FLAGS`.
fn import_args(inventory: &Path, out: &Path, flags: &[&str]) -> Output {
    output_of(
        polku_command()
            .arg("import")
            .arg(inventory)
            .arg(out)
            .args(flags),
    )
}

fn inventory(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/inventories")
        .join(name)
}

fn temp_dir() -> tempfile::TempDir {
    match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(error) => panic!("no temporary folder: {error}"),
    }
}

fn write(path: &Path, bytes: &[u8]) {
    if let Err(error) = std::fs::write(path, bytes) {
        panic!("could not write {}: {error}", path.display());
    }
}

fn load(path: &Path) -> Journey {
    match polku::io::load(path) {
        Ok(journey) => journey,
        Err(error) => panic!("{error}"),
    }
}

fn imported(bytes: &[u8], name: &str, skip_bad_rows: bool) -> Imported {
    match import_csv(bytes, Path::new(name), skip_bad_rows) {
        Ok(imported) => imported,
        Err(error) => panic!("{error}"),
    }
}

/// What a map holds, counted: touchpoints, lanes, stages, TERMS tags, Flow and Support
/// links.
fn counts(journey: &Journey) -> [usize; 6] {
    let links = |kind| journey.links().filter(|l| l.kind == kind).count();
    [
        journey.touchpoint_count(),
        journey.lanes().len(),
        journey.stages().len(),
        journey.touchpoints().map(|t| t.terms.len()).sum(),
        links(LinkKind::Flow),
        links(LinkKind::Support),
    ]
}

fn lane_kinds(journey: &Journey) -> BTreeSet<LaneKind> {
    journey.lanes().iter().map(|lane| lane.kind).collect()
}

/// Imports `name` with the binary, checks the result with the binary, and returns it.
fn import_and_check(name: &str) -> Journey {
    let dir = temp_dir();
    let out = dir.path().join("map.ron");
    let output = import_args(&inventory(name), &out, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with(&format!("{}: imported ", out.display())),
        "{}",
        stdout(&output)
    );
    let check = output_of(polku_command().arg("check").arg(&out));
    assert!(check.status.success(), "{}", stderr(&check));
    // The fixtures are complete maps: no step unlinked, no critical tag without a note.
    assert!(stdout(&check).contains(": ok, "), "{}", stdout(&check));
    assert!(!stdout(&check).contains("warning"), "{}", stdout(&check));
    load(&out)
}

#[test]
fn an_english_inventory_becomes_a_map_that_checks() {
    let journey = import_and_check("car-service.csv");
    assert_eq!(counts(&journey), [15, 5, 5, 11, 9, 5]);
    assert_eq!(lane_kinds(&journey), LaneKind::ALL.into_iter().collect());
    assert_eq!(journey.title(), "Inventory: car-service");
    let stages: Vec<&str> = journey.stages().iter().map(|s| s.name.as_str()).collect();
    assert_eq!(stages, ["Book", "Drop off", "Repair", "Pick up", "Pay"]);
    let sync = journey
        .touchpoints()
        .find(|t| t.title.starts_with("Booking system"));
    let note = sync
        .and_then(|t| t.terms.first())
        .map(|tag| tag.note.as_str());
    assert_eq!(note, Some("nightly sync; same-day changes are missing"));
}

#[test]
fn a_finnish_inventory_with_semicolons_becomes_a_map_that_checks() {
    let journey = import_and_check("hammaslaakari.csv");
    assert_eq!(counts(&journey), [14, 6, 5, 11, 8, 6]);
    assert_eq!(lane_kinds(&journey), LaneKind::ALL.into_iter().collect());
    let lanes: Vec<(&str, LaneKind)> = journey
        .lanes()
        .iter()
        .map(|l| (l.name.as_str(), l.kind))
        .collect();
    assert_eq!(lanes[0], ("Asiakas", LaneKind::Customer));
    assert!(lanes.contains(&("Mitä asiakas näkee", LaneKind::Evidence)));
    assert!(lanes.contains(&("Laskutus", LaneKind::Backstage)));
    let arrives = journey
        .touchpoints()
        .find(|t| t.title == "Ilmoittautuu vastaanotossa");
    // Written with a real minus sign, −1.
    assert_eq!(arrives.and_then(|t| t.emotion).map(|r| r.get()), Some(-1));
    let examined = journey
        .touchpoints()
        .find(|t| t.title == "Hammaslääkäri tutkii hampaat");
    assert_eq!(
        examined.map(|t| t.description.as_str()),
        Some("Pelottaa; varsinkin poraus")
    );
    let fear = examined.and_then(|t| t.terms.first());
    assert_eq!(
        fear.map(|tag| (tag.area.letter(), tag.severity.weight(), tag.note.as_str())),
        Some(('E', 3, "pelko porauksesta"))
    );
}

#[test]
fn every_example_comes_back_from_its_csv_report() {
    for path in common::examples() {
        let original = load(&path);
        let csv = to_csv(&original);
        let again = imported(csv.as_bytes(), "report.csv", false);
        assert_eq!(again.warnings, [], "{}", path.display());
        assert_same_map(&original, &again.journey, &path);
        // And the report of the imported map is the same report.
        assert_eq!(to_csv(&again.journey), csv, "{}", path.display());
    }
}

/// The touchpoints, the lanes and stages that hold them, and the links are the same.
fn assert_same_map(original: &Journey, again: &Journey, path: &Path) {
    let place = |journey: &Journey, lane, stage| {
        let lane = journey.lane(lane).map(|l| (l.name.clone(), l.kind));
        let stage = journey.stage(stage).map(|s| s.name.clone());
        (lane, stage)
    };
    assert_eq!(
        original.touchpoint_count(),
        again.touchpoint_count(),
        "{}",
        path.display()
    );
    for touchpoint in original.touchpoints() {
        let Some(copy) = again.touchpoint(touchpoint.id) else {
            panic!("{}: {} is missing", path.display(), touchpoint.id);
        };
        let what = format!("{}: {}", path.display(), touchpoint.id);
        assert_eq!(copy.title, touchpoint.title, "{what}");
        assert_eq!(copy.description, touchpoint.description, "{what}");
        assert_eq!(
            place(again, copy.lane, copy.stage),
            place(original, touchpoint.lane, touchpoint.stage),
            "{what}"
        );
        assert_eq!(copy.terms, touchpoint.terms, "{what}");
        assert_eq!(copy.emotion, touchpoint.emotion, "{what}");
        assert_eq!(
            copy.employee_experience, touchpoint.employee_experience,
            "{what}"
        );
        assert_eq!(copy.owner, touchpoint.owner, "{what}");
        assert_eq!(copy.actor, touchpoint.actor, "{what}");
        assert_eq!(copy.channel, touchpoint.channel, "{what}");
        assert_eq!(copy.evidence, touchpoint.evidence, "{what}");
    }

    let used = |journey: &Journey| {
        let lanes: Vec<(String, LaneKind)> = journey
            .lanes()
            .iter()
            .filter(|lane| journey.touchpoints_in_lane(lane.id).next().is_some())
            .map(|lane| (lane.name.clone(), lane.kind))
            .collect();
        let stages: Vec<String> = journey
            .stages()
            .iter()
            .filter(|stage| journey.touchpoints_in_stage(stage.id).next().is_some())
            .map(|stage| stage.name.clone())
            .collect();
        (lanes, stages)
    };
    assert_eq!(used(again), used(original), "{}", path.display());

    let links = |journey: &Journey| {
        let mut links: Vec<_> = journey.links().map(|l| (l.kind, l.from, l.to)).collect();
        links.sort();
        links
    };
    assert_eq!(links(again), links(original), "{}", path.display());
}

/// One row of each kind of problem, after a good one.
const BAD: &str = "\
id,title,lane,lane_kind,stage,emotion,terms,after
T1,Signs up,Customer,customer,Join,1,,
T2,,Customer,,Join,,,T1
T1,Signs up again,Customer,,Join,,,
T4,Waits for a call,Customer,,Join,,,T99
T5,Is delighted,Customer,,Use,5,,T1
T6,Reads the invoice,Customer,,Pay,,TX,T1
T7,Greets the customer,Front desk,vip,Join,,,T1
T8,Pays,Customer,,Pay,,money:2,T1
";

#[test]
fn every_bad_row_is_reported_with_its_row_and_nothing_is_written() {
    let dir = temp_dir();
    let csv = dir.path().join("bad.csv");
    write(&csv, BAD.as_bytes());
    let out = dir.path().join("map.ron");
    let output = import_args(&csv, &out, &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(!out.exists());
    assert_eq!(stdout(&output), "");
    let report = stderr(&output);
    let at = |row: usize| format!("{}:{row}: ", csv.display());
    for (row, says) in [
        (3, "title is empty; write what happens at this step"),
        (
            4,
            "the id \"T1\" is already used in row 2; give each row its own id",
        ),
        (
            5,
            "after names \"T99\", but no row has that id; write the id of another row",
        ),
        (
            6,
            "emotion \"5\" is not on the scale; write a whole number from -2",
        ),
        (
            7,
            "terms has the letter X in \"TX\", which is no TERMS area; write the letters T E R M S",
        ),
        (
            8,
            "lane_kind \"vip\" is no lane kind; write customer, frontstage",
        ),
    ] {
        let line = format!("{}{says}", at(row));
        assert!(
            report.lines().any(|l| l.starts_with(&line)),
            "{line}\n{report}"
        );
    }
    assert!(!report.contains(&at(2)), "{report}");
    assert!(!report.contains(&at(9)), "{report}");
    assert!(
        report.contains("nothing was imported") && report.contains("--skip-bad-rows"),
        "{report}"
    );
}

#[test]
fn skip_bad_rows_imports_the_rest() {
    let dir = temp_dir();
    let csv = dir.path().join("bad.csv");
    write(&csv, BAD.as_bytes());
    let out = dir.path().join("map.ron");
    let output = import_args(&csv, &out, &["--skip-bad-rows"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let journey = load(&out);
    let titles: Vec<&str> = journey.touchpoints().map(|t| t.title.as_str()).collect();
    assert_eq!(titles, ["Signs up", "Pays"]);
    assert_eq!(journey.link_count(), 1);
    assert!(
        stdout(&output).contains("imported 2 touchpoints"),
        "{}",
        stdout(&output)
    );
    let warnings = stderr(&output);
    for row in 3..=8 {
        let line = format!("{}:{row}: row skipped: ", csv.display());
        assert!(warnings.contains(&line), "{line}\n{warnings}");
    }
}

#[test]
fn an_unknown_column_is_a_warning() {
    common::english();
    let text = "title,lane,stage,Cost (EUR)\nPays,Customer,Pay,12\n";
    let result = imported(text.as_bytes(), "costs.csv", false);
    assert_eq!(result.journey.touchpoint_count(), 1);
    assert_eq!(result.warnings.len(), 1);
    assert_eq!(result.warnings[0].row, 1);
    let line = result.warnings[0].in_file(Path::new("costs.csv"));
    assert!(
        line.starts_with(
            "costs.csv:1: column D \"Cost (EUR)\" is not one polku reads, so it was ignored"
        ),
        "{line}"
    );
}

#[test]
fn tabs_and_semicolons_work_like_commas() {
    let comma = "title,lane,stage,terms,after,id\nAsks,Customer,Join,\"T:2, R\",,a\nAnswers,Staff,Join,M,a,b\n";
    let expected = imported(comma.as_bytes(), "x.csv", false).journey;
    assert_eq!(counts(&expected), [2, 2, 1, 3, 1, 0]);
    for delimiter in ["\t", ";"] {
        let text = comma.replace(',', delimiter).replace("T:2; R", "T:2, R");
        let journey = imported(text.as_bytes(), "x.csv", false).journey;
        assert_eq!(journey, expected, "{delimiter:?}");
    }
}

#[test]
fn a_file_that_is_not_utf8_is_refused_with_what_to_do() {
    common::english();
    // "Käynti" as Windows-1252 saves it.
    let result = import_csv(
        b"title;lane;stage\nK\xe4ynti;Asiakas;Hoito\n",
        Path::new("a.csv"),
        true,
    );
    let message = result.unwrap_err().to_string();
    assert!(
        message.starts_with("a.csv:2: this file is not UTF-8"),
        "{message}"
    );
    assert!(message.contains("CSV UTF-8"), "{message}");
}

#[test]
fn import_refuses_to_overwrite_without_force() {
    let dir = temp_dir();
    let out = dir.path().join("map.ron");
    write(&out, b"keep me");
    let csv = inventory("car-service.csv");
    let output = import_args(&csv, &out, &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("already exists"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read(&out).ok().as_deref(), Some(&b"keep me"[..]));

    let forced = import_args(&csv, &out, &["--force"]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert_eq!(load(&out).touchpoint_count(), 15);

    // Not even --force replaces the inventory with the map made from it.
    let copy = dir.path().join("copy.csv");
    write(&copy, b"title,lane,stage\nx,y,z\n");
    let output = import_args(&copy, &copy, &["--force"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        std::fs::read(&copy).ok().as_deref(),
        Some(&b"title,lane,stage\nx,y,z\n"[..])
    );
}

#[test]
fn a_missing_inventory_is_named() {
    let dir = temp_dir();
    let out = dir.path().join("map.ron");
    let output = import_args(&dir.path().join("nope.csv"), &out, &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("nope.csv: no such file"),
        "{}",
        stderr(&output)
    );
    assert!(!out.exists());
}

/// A small random generator, so the mangled inputs are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn no_input_makes_import_panic() {
    let seeds: Vec<Vec<u8>> = [
        std::fs::read(inventory("car-service.csv")).unwrap(),
        std::fs::read(inventory("hammaslaakari.csv")).unwrap(),
        BAD.as_bytes().to_vec(),
    ]
    .into();
    let pieces: [&[u8]; 24] = [
        b",",
        b";",
        b"\t",
        b"\"",
        b"\n",
        b"\r",
        b"\r\n",
        b":",
        b"-",
        b"\xe2\x88\x92",
        b"T",
        b"X",
        b"T1",
        b"T18446744073709551615",
        b"\xff",
        b"\xe4",
        b"\xef\xbb\xbf",
        b" ",
        b"",
        b"title",
        b"lane_kind",
        b"after",
        b"999999999999999999999",
        b"\0",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for round in 0..3000 {
        let mut bytes = seeds[round % seeds.len()].clone();
        for _ in 0..=rng.below(8) {
            let at = rng.below(bytes.len() + 1);
            match rng.below(4) {
                0 => bytes.truncate(at),
                1 => {
                    let end = (at + rng.below(40)).min(bytes.len());
                    bytes.drain(at..end);
                }
                _ => {
                    let piece = pieces[rng.below(pieces.len())];
                    bytes.splice(at..at, piece.iter().copied());
                }
            }
        }
        if round % 10 == 0 {
            bytes = (0..rng.below(300)).map(|_| rng.next() as u8).collect();
        }
        for skip in [false, true] {
            match import_csv(&bytes, Path::new("mangled.csv"), skip) {
                Ok(imported) => {
                    assert!(imported.journey.touchpoint_count() > 0);
                    // What was imported also saves and loads.
                    let text = polku::io::to_ron_string(&imported.journey).unwrap();
                    assert!(polku::io::from_ron_str(&text, Path::new("m.ron")).is_ok());
                }
                Err(error) => assert!(!error.problems.is_empty()),
            }
        }
    }
}
