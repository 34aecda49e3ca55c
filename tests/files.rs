//! The journey file: every example round-trips byte for byte, and every broken file gets
//! an error that says what and where, never a panic.

use std::path::Path;

use polku::io::{self, LoadError, MAX_FILE_BYTES};
use polku::model::Journey;

mod common;

use common::examples;

fn example_text() -> String {
    let path = &examples()[0];
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

#[test]
fn there_are_at_least_four_examples() {
    assert!(examples().len() >= 4, "{:?}", examples());
}

#[test]
fn every_example_round_trips_byte_for_byte() -> Result<(), Box<dyn std::error::Error>> {
    for path in examples() {
        let bytes = std::fs::read(&path)?;
        let journey = io::load(&path)?;
        let saved = io::to_ron_string(&journey)?;
        assert!(
            saved.as_bytes() == bytes,
            "{} is not in canonical form",
            path.display()
        );
        let again = io::from_ron_str(&saved, &path)?;
        assert_eq!(again, journey, "{}", path.display());
        assert_eq!(
            io::to_ron_string(&again)?,
            saved,
            "saving twice differs: {}",
            path.display()
        );
    }
    Ok(())
}

#[test]
fn saving_writes_what_loading_reads() -> Result<(), Box<dyn std::error::Error>> {
    let folder = tempfile::tempdir()?;
    for path in examples() {
        let journey = io::load(&path)?;
        let copy = folder.path().join("copy.ron");
        io::save(&copy, &journey)?;
        assert_eq!(io::load(&copy)?, journey);
        assert_eq!(std::fs::read(&copy)?, std::fs::read(&path)?);
    }
    Ok(())
}

/// Loads `text` as the file `map.ron` and returns the error it gives.
fn error_of(text: impl AsRef<[u8]>) -> LoadError {
    match io::load_bytes(text.as_ref(), Path::new("map.ron")) {
        Ok(journey) => panic!("loaded a broken file: {journey:?}"),
        Err(error) => error,
    }
}

/// Checks that `text` fails with a message containing `needle` at `line:column`
/// (or with no position, when `position` is `None`).
fn check(text: impl AsRef<[u8]>, position: Option<(usize, usize)>, needle: &str) {
    let error = error_of(text);
    let message = error.to_string();
    let expected_start = match position {
        Some((line, column)) => format!("map.ron:{line}:{column}: "),
        None => "map.ron: ".to_owned(),
    };
    assert!(
        message.starts_with(&expected_start),
        "{message}\nexpected it to start with {expected_start}"
    );
    assert!(
        message.contains(needle),
        "{message}\nexpected it to mention {needle:?}"
    );
}

const MINIMAL: &str = r#"(
    version: 1,
    title: "Tiny",
    lanes: [
        (id: 1, name: "Customer", kind: Customer),
    ],
    stages: [
        (id: 1, name: "Use"),
    ],
    touchpoints: [
        (id: 1, title: "Opens the app", lane: 1, stage: 1),
        (id: 2, title: "Logs in", lane: 1, stage: 1, x: 200.0),
    ],
    links: [
        (id: 1, from: 1, to: 2),
    ],
)
"#;

#[test]
fn a_short_hand_written_file_loads_with_defaults() -> Result<(), LoadError> {
    let journey = io::from_ron_str(MINIMAL, Path::new("map.ron"))?;
    assert_eq!(journey.touchpoint_count(), 2);
    assert_eq!(journey.link_count(), 1);
    Ok(())
}

#[test]
fn an_empty_file_is_an_error() {
    common::english();
    check("", Some((1, 1)), "the file is empty");
    check("   \n", Some((1, 1)), "the file is empty");
}

#[test]
fn a_truncated_file_says_where_it_ends() {
    let text = example_text();
    assert!(!text.is_empty());
    let cut = &text[..text.len() / 2];
    let error = error_of(cut);
    let position = error.problems[0].position;
    assert!(position.is_some_and(|p| p.line > 10), "{error}");
}

#[test]
fn binary_garbage_is_refused_as_not_text() {
    common::english();
    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    check(garbage, Some((1, 2)), "not UTF-8");
}

#[test]
fn invalid_utf8_is_located() {
    common::english();
    let mut bytes = MINIMAL.as_bytes().to_vec();
    let at = MINIMAL.find("Opens").unwrap();
    bytes[at] = 0xff;
    check(bytes, Some((11, 25)), "not UTF-8");
}

#[test]
fn a_wrong_field_type_is_located() {
    common::english();
    check(
        MINIMAL.replace("x: 200.0", "x: \"left\""),
        Some((12, 56)),
        "expected a number",
    );
}

#[test]
fn an_unknown_field_is_located() {
    check(
        MINIMAL.replace("title: \"Opens", "titel: \"Opens"),
        Some((11, 17)),
        "titel",
    );
}

#[test]
fn a_touchpoint_in_an_unknown_lane_is_named() {
    common::english();
    check(
        MINIMAL.replace("lane: 1, stage: 1, x: 200.0", "lane: 9, stage: 1, x: 200.0"),
        Some((12, 10)),
        "touchpoint 2 is in lane 9, which does not exist",
    );
}

#[test]
fn a_link_to_a_missing_touchpoint_is_named() {
    common::english();
    check(
        MINIMAL.replace("from: 1, to: 2", "from: 1, to: 7"),
        Some((15, 10)),
        "link 1 points to touchpoint 7, which does not exist",
    );
}

#[test]
fn duplicate_ids_are_named_at_the_second() {
    common::english();
    check(
        MINIMAL.replace("(id: 2, title", "(id: 1, title"),
        Some((12, 10)),
        "touchpoint 1 appears more than once",
    );
    check(
        MINIMAL.replace(
            "(id: 1, name: \"Use\")",
            "(id: 1, name: \"Use\"), (id: 1, name: \"Pay\")",
        ),
        Some((8, 32)),
        "stage 1 appears more than once",
    );
}

#[test]
fn a_newer_version_is_refused_by_number() {
    check(
        MINIMAL.replace("version: 1", "version: 999"),
        Some((2, 5)),
        "version 999",
    );
    // Even when the rest is something this polku cannot parse.
    check(
        MINIMAL
            .replace("version: 1", "version: 999")
            .replace("links: [", "links: {{ new syntax }} ["),
        Some((2, 5)),
        "version 999",
    );
}

#[test]
fn a_missing_version_is_refused() {
    common::english();
    check(
        MINIMAL.replace("version: 1,", ""),
        Some((1, 1)),
        "no version",
    );
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    common::english();
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    check(&deep, Some((1, 1)), "");
    let deep_value = MINIMAL.replace("x: 200.0", &format!("x: {}", "[".repeat(100_000)));
    check(deep_value, Some((12, 56)), "expected a number");
    let deep_inside = MINIMAL.replace("links: [", &format!("links: {}[", "(".repeat(100_000)));
    let error = error_of(deep_inside);
    assert!(error.problems[0].position.is_some(), "{error}");
}

#[test]
fn a_position_that_is_not_a_number_is_refused() {
    common::english();
    check(
        MINIMAL.replace("x: 200.0", "x: 5e9"),
        Some((12, 10)),
        "from 0 to 1000000",
    );
    check(
        MINIMAL.replace("x: 200.0", "x: NaN"),
        Some((12, 10)),
        "not a position",
    );
    check(
        MINIMAL.replace("x: 200.0", "x: inf"),
        Some((12, 10)),
        "not a position",
    );
}

#[test]
fn out_of_range_values_are_refused() {
    common::english();
    let with = |field: &str| MINIMAL.replace("x: 200.0", &format!("x: 200.0, {field}"));
    check(with("emotion: Some(5)"), Some((12, 78)), "from -2 to 2");
    check(
        with("terms: [(area: Time, severity: 4)]"),
        Some((12, 95)),
        "severity",
    );
    check(
        with("observations: [(date: \"2026-02-30\", text: \"x\")]"),
        Some((12, 87)),
        "not a day",
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let text = MINIMAL
        .replace("from: 1, to: 2", "from: 8, to: 2")
        .replace("lane: 1, stage: 1, x: 200.0", "lane: 9, stage: 1, x: 200.0");
    let error = error_of(text);
    assert_eq!(error.problems.len(), 2, "{error}");
}

#[test]
fn files_over_the_limit_are_refused_unread() -> std::io::Result<()> {
    common::english();
    let folder = tempfile::tempdir()?;
    let path = folder.path().join("huge.ron");
    // A sparse file: large on paper, costs no memory or disk.
    std::fs::File::create(&path)?.set_len(MAX_FILE_BYTES + 1)?;
    let error = io::load(&path).unwrap_err().to_string();
    assert!(
        error.ends_with(
            "huge.ron: the file is 67,108,865 bytes; polku reads files up to 67,108,864 bytes \
             (64 MiB)"
        ),
        "{error}"
    );
    Ok(())
}

#[test]
fn a_missing_file_and_a_folder_are_errors() {
    common::english();
    let missing = io::load(Path::new("/nonexistent/map.ron"))
        .err()
        .map(|e| e.to_string());
    assert_eq!(
        missing.as_deref(),
        Some("/nonexistent/map.ron: no such file")
    );
    let folder = io::load(Path::new(env!("CARGO_MANIFEST_DIR")))
        .err()
        .map(|e| e.to_string());
    assert!(folder.is_some_and(|m| m.contains("folder")));
}

#[test]
fn saving_over_a_file_keeps_no_temporary_files() -> Result<(), Box<dyn std::error::Error>> {
    let folder = tempfile::tempdir()?;
    let path = folder.path().join("map.ron");
    let journey: Journey = io::from_ron_str(MINIMAL, &path)?;
    io::save(&path, &journey)?;
    io::save(&path, &journey)?;
    let names: Vec<_> = std::fs::read_dir(folder.path())?
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names, ["map.ron"]);
    Ok(())
}

#[test]
fn apostrophes_stay_readable_and_backslashes_survive() -> Result<(), Box<dyn std::error::Error>> {
    let text = MINIMAL.replace("Opens the app", r#"The city's app \' \\' said \"hi\""#);
    let journey = io::from_ron_str(&text, Path::new("map.ron"))?;
    let title = journey
        .touchpoints()
        .next()
        .map(|t| t.title.clone())
        .unwrap();
    assert_eq!(title, r#"The city's app ' \' said "hi""#);
    let saved = io::to_ron_string(&journey)?;
    assert!(
        saved.contains(r#"title: "The city's app ' \\' said \"hi\"","#),
        "{saved}"
    );
    assert_eq!(io::from_ron_str(&saved, Path::new("map.ron"))?, journey);
    Ok(())
}

#[test]
fn the_version_is_read_before_anything_else() {
    common::english();
    // A newer file is refused by its version even when its fields would also be wrong
    // for this polku, and the message points at the version.
    check(
        MINIMAL
            .replace("version: 1", "version: 2")
            .replace("title: \"Tiny\"", "title: (\"new\", \"kind\")"),
        Some((2, 5)),
        "version 2",
    );
    check(
        MINIMAL.replace("version: 1", "version: 0"),
        Some((2, 5)),
        "no file format version 0",
    );
}

#[test]
fn saving_over_a_map_keeps_the_previous_version_as_a_backup()
-> Result<(), Box<dyn std::error::Error>> {
    let folder = tempfile::tempdir()?;
    let path = folder.path().join("map.ron");
    let first: Journey = io::from_ron_str(MINIMAL, &path)?;
    // A new file has nothing to back up.
    io::save_keeping_backup(&path, &first)?;
    assert!(!io::backup_path(&path).exists());

    let mut second = first.clone();
    let edit = polku::model::Edit::SetInfo {
        title: "Second".into(),
        description: String::new(),
    };
    assert!(second.apply(edit).is_ok());
    io::save_keeping_backup(&path, &second)?;
    assert_eq!(io::backup_path(&path), folder.path().join("map.ron.bak"));
    assert_eq!(io::load(&io::backup_path(&path))?, first);
    assert_eq!(io::load(&path)?, second);

    // One generation: the next save replaces the backup with the version before it.
    io::save_keeping_backup(&path, &first)?;
    assert_eq!(io::load(&io::backup_path(&path))?, second);
    let mut names: Vec<_> = std::fs::read_dir(folder.path())?
        .flatten()
        .map(|e| e.file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["map.ron", "map.ron.bak"]);
    Ok(())
}

#[test]
fn a_backup_that_cannot_be_made_stops_the_save_and_keeps_the_file()
-> Result<(), Box<dyn std::error::Error>> {
    common::english();
    let folder = tempfile::tempdir()?;
    let path = folder.path().join("map.ron");
    std::fs::write(&path, MINIMAL)?;
    // A folder where the backup would go cannot be replaced by a file.
    std::fs::create_dir(io::backup_path(&path))?;
    std::fs::write(io::backup_path(&path).join("keep"), "x")?;
    let journey: Journey = io::from_ron_str(MINIMAL, &path)?;
    let mut changed = journey.clone();
    assert!(
        changed
            .apply(polku::model::Edit::SetInfo {
                title: "New".into(),
                description: String::new()
            })
            .is_ok()
    );
    let error = io::save_keeping_backup(&path, &changed)
        .unwrap_err()
        .to_string();
    assert!(error.contains("could not keep a backup"), "{error}");
    assert_eq!(std::fs::read_to_string(&path)?, MINIMAL);
    Ok(())
}

#[test]
fn too_many_touchpoints_are_refused_at_the_first_one_too_many() {
    common::english();
    use polku::model::limits::MAX_TOUCHPOINTS;
    let entries: String = (1..=MAX_TOUCHPOINTS + 1)
        .map(|id| format!("(id:{id},title:\"\",lane:1,stage:1),"))
        .collect();
    let text = format!(
        "(version:1,lanes:[(id:1,name:\"L\",kind:Customer)],stages:[(id:1,name:\"S\")],\ntouchpoints:[{entries}])"
    );
    let error = error_of(text);
    let message = error.to_string();
    assert!(message.starts_with("map.ron:2:"), "{message}");
    assert!(message.contains("up to 100000 touchpoints"), "{message}");
}

#[test]
fn texts_over_their_limit_are_refused_naming_the_touchpoint() {
    common::english();
    use polku::model::limits::{MAX_NAME_CHARS, MAX_TEXT_CHARS};
    let long_title = "x".repeat(MAX_NAME_CHARS + 1);
    check(
        MINIMAL.replace("Logs in", &long_title),
        Some((12, 10)),
        "touchpoint 2 is over a limit: its title is 1001 characters long",
    );
    let long_description = "y".repeat(MAX_TEXT_CHARS + 1);
    check(
        MINIMAL.replace(
            "title: \"Tiny\"",
            &format!("description: \"{long_description}\""),
        ),
        None,
        "the map is over a limit: its description is 100001 characters long",
    );
    // At the limit is fine.
    let at_limit = MINIMAL.replace("Logs in", &"ä".repeat(MAX_NAME_CHARS));
    assert!(io::load_bytes(at_limit.as_bytes(), Path::new("map.ron")).is_ok());
}

#[test]
fn a_map_too_large_to_open_again_is_not_saved() -> Result<(), Box<dyn std::error::Error>> {
    common::english();
    use polku::model::limits::MAX_TEXT_CHARS;
    use polku::model::{Edit, Touchpoint, templates::Template};
    let mut journey = Template::Blueprint.journey();
    let lane = journey.lanes()[0].id;
    let stage = journey.stages()[0].id;
    // Each within the limits; together more than a file polku opens.
    let description = "x".repeat(MAX_TEXT_CHARS);
    let count = (MAX_FILE_BYTES as usize / MAX_TEXT_CHARS) + 1;
    let edits = (0..count)
        .map(|_| {
            let mut touchpoint = Touchpoint::new(journey.new_touchpoint_id(), "t", lane, stage);
            touchpoint.description = description.clone();
            Edit::AddTouchpoint(Box::new(touchpoint))
        })
        .collect();
    journey
        .apply(Edit::Batch(edits))
        .map_err(|e| e.to_string())?;
    let folder = tempfile::tempdir()?;
    let path = folder.path().join("huge.ron");
    std::fs::write(&path, "the old version")?;
    let error = io::save(&path, &journey).err().map(|e| e.to_string());
    assert!(
        error.as_deref().is_some_and(|e| e.contains("up to 64 MiB")),
        "{error:?}"
    );
    assert_eq!(std::fs::read_to_string(&path)?, "the old version");
    Ok(())
}

/// A small map whose first touchpoint ends in `rest` (fields after `stage: 1`).
fn map_with(rest: &str) -> String {
    format!(
        "(version: 1, title: \"T\", lanes: [(id: 1, name: \"C\", kind: Customer)], \
         stages: [(id: 1, name: \"S\")], touchpoints: [(id: 1, title: \"A\", lane: 1, \
         stage: 1{rest})])"
    )
}

#[test]
fn parse_errors_say_what_is_wrong_in_the_words_of_the_map() {
    common::english();
    let base = map_with("");
    let cases: Vec<(String, &str)> = vec![
        (
            base.replace("(id: 1, title", "(id: 1.5, title"),
            "1.5 is not a whole number; write 1",
        ),
        (
            base.replace("version: 1", "version: 1.0"),
            "1.0 is no file format version",
        ),
        (
            base.replace("version: 1", "version: -1"),
            "-1 is no file format version",
        ),
        (
            base.replace("(id: 1, title", "(id: -1, title"),
            "-1 is negative; ids and counts",
        ),
        (
            base.replace("(id: 1, title", "(id: 99999999999999999999, title"),
            "99999999999999999999 is too large for polku",
        ),
        (
            base.replace("title: \"A\"", "title: \"A"),
            "the text that starts here has no closing double quote",
        ),
        (base[..base.len() - 1].to_owned(), "the file ends too early"),
        (
            base.replace("kind: Customer", "kind: Customr"),
            "`Customr` is not a lane kind; write `Evidence`, `Customer`",
        ),
        (
            map_with(", colour: 3"),
            "a touchpoint has no field `colour`; its fields are `id`, `title`",
        ),
        (
            base.replace(", kind: Customer", ""),
            "a lane needs the field `kind`; add it",
        ),
        (
            "{\"version\": 1}".to_owned(),
            "this looks like JSON; a polku map is RON",
        ),
        ("[1, 2]".to_owned(), "a polku map starts with `(`"),
    ];
    for (text, expected) in cases {
        let error = error_of(&text).to_string();
        assert!(error.contains(expected), "{text}\n{error}");
        for internal in [
            "FileV1",
            "LaneKind",
            "Touchpoint`",
            "Expected",
            "Integer is",
        ] {
            assert!(!error.contains(internal), "{text}\n{error}");
        }
    }
    // A plain number where an optional one goes reads as that number.
    let plain = polku::io::from_ron_str(&map_with(", emotion: -1"), Path::new("m.ron"));
    let emotion = plain.map(|j| j.touchpoints().next().and_then(|t| t.emotion));
    assert_eq!(emotion.ok().flatten().map(|r| r.get()), Some(-1));
}

#[test]
fn utf16_is_named_as_such_with_or_without_a_byte_order_mark() {
    common::english();
    let text = "(version: 1)";
    let little: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let big: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let marked: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(little.iter().copied())
        .collect();
    for bytes in [little, big, marked] {
        let error = error_of(&bytes).to_string();
        assert!(error.contains("this file is UTF-16 text"), "{error}");
    }
}

#[test]
fn a_message_quotes_a_short_excerpt_of_a_huge_file() {
    common::english();
    let huge = "Q".repeat(1_000_000);
    for text in [
        map_with(&format!(", channel: {huge}")),
        map_with(&format!(", {huge}: 1")),
        map_with(&format!(
            ", observations: [(date: \"{huge}\", text: \"x\")]"
        )),
        format!("(version: 1, title: \"{huge}"),
    ] {
        let error = error_of(&text).to_string();
        assert!(
            error.chars().count() < 500,
            "{} characters",
            error.chars().count()
        );
    }
}

#[test]
fn every_parse_error_speaks_finnish_under_finnish() {
    let base = map_with("");
    let texts = [
        base.replace("(id: 1, title", "(id: 1.5, title"),
        base.replace("(id: 1, title", "(id: -1, title"),
        base.replace("title: \"A\"", "title: \"A"),
        base.replace("kind: Customer", "kind: Customr"),
        map_with(", colour: 3"),
        map_with(", title: \"B\""),
        base.replace(", kind: Customer", ""),
        map_with(", x: abc"),
        map_with(", emotion: Some(\"x\")"),
        base.replace(
            "lanes: [(id: 1, name: \"C\", kind: Customer)]",
            "lanes: [1]",
        ),
        map_with(", terms: [(Time, 2)]"),
        format!("{base} extra"),
        format!("{base} /* x"),
        "{}".to_owned(),
    ];
    for text in texts {
        polku::i18n::set_language(polku::i18n::Language::English);
        let english = error_of(&text).to_string();
        polku::i18n::set_language(polku::i18n::Language::Finnish);
        let finnish = error_of(&text).to_string();
        assert_ne!(english, finnish, "{text}");
        for word in [" the ", " is ", "expected", "Expected", " here"] {
            assert!(!finnish.contains(word), "{word:?} in {finnish}");
        }
    }
    polku::i18n::set_language(polku::i18n::Language::English);
}
