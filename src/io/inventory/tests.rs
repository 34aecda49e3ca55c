//! Unit tests of the inventory: how rows become lanes, stages, ids, positions and links,
//! and how each kind of problem is reported. The examples and the command line are
//! tested in `tests/import.rs`.

use super::*;
use crate::model::{Edit, LaneKind, LinkKind, Touchpoint};

fn import(text: &str) -> Result<Imported, ImportError> {
    import_csv(text.as_bytes(), Path::new("inventory.csv"), false)
}

fn import_skipping(text: &str) -> Result<Imported, ImportError> {
    import_csv(text.as_bytes(), Path::new("inventory.csv"), true)
}

/// Each message as `ROW: message`.
fn messages(messages: &[RowMessage]) -> Vec<String> {
    messages
        .iter()
        .map(|m| format!("{}: {}", m.row, m.message))
        .collect()
}

fn problems(text: &str) -> Vec<String> {
    match import(text) {
        Ok(_) => vec!["imported".to_owned()],
        Err(error) => messages(&error.problems),
    }
}

fn journey(text: &str) -> Journey {
    match import(text) {
        Ok(imported) => imported.journey,
        Err(error) => panic!("{error}"),
    }
}

fn lane_names(journey: &Journey) -> Vec<&str> {
    journey.lanes().iter().map(|l| l.name.as_str()).collect()
}

fn stage_names(journey: &Journey) -> Vec<&str> {
    journey.stages().iter().map(|s| s.name.as_str()).collect()
}

#[test]
fn cards_in_one_lane_and_stage_sit_side_by_side_in_file_order() {
    let journey = journey(
        "title,lane,stage\nFirst,Customer,Join\nOther,Staff,Join\nSecond,customer,Join\nThird,Customer,Join\nLater,Customer,Use\n",
    );
    let x: Vec<(&str, f32)> = journey
        .touchpoints()
        .map(|t| (t.title.as_str(), t.x))
        .collect();
    assert_eq!(
        x,
        [
            ("First", 0.0),
            ("Other", 0.0),
            ("Second", 200.0),
            ("Third", 400.0),
            ("Later", 0.0)
        ]
    );
    // Lane names match in any case; the first spelling names the lane.
    assert_eq!(lane_names(&journey), ["Customer", "Staff"]);
    assert_eq!(journey.title(), "Inventory: inventory");
}

#[test]
fn a_report_brings_its_lanes_back_in_their_order() {
    // Lane B has nothing in the first stage, so a report lists C before B there; plain
    // first appearance would put C above B.
    let mut journey = journey(
        "title,lane,lane_kind,stage\n\
         a1,A,customer,One\nc1,C,support,One\na2,A,customer,Two\nb2,B,frontstage,Two\nc2,C,support,Two\n",
    );
    let b = journey.lanes()[1].id;
    let stage = journey.stages()[0].id;
    let id = journey.new_touchpoint_id();
    let edit = Edit::AddTouchpoint(Box::new(Touchpoint::new(id, "b1", b, stage)));
    assert!(journey.apply(edit).is_ok());
    assert_eq!(lane_names(&journey), ["A", "B", "C"]);

    let again = match import(&to_csv(&journey)) {
        Ok(imported) => imported.journey,
        Err(error) => panic!("{error}"),
    };
    assert_eq!(lane_names(&again), ["A", "B", "C"]);
    assert_eq!(again.touchpoints().count(), 6);
}

#[test]
fn a_file_in_the_order_things_happen_keeps_first_appearance() {
    // Join lists Customer before Staff, Use lists Staff before Customer: the rows are in
    // time order, not lane order.
    let journey = journey(
        "title,lane,stage\nAsks,Customer,Join\nAnswers,Staff,Join\nChecks,Staff,Use\nUses,Customer,Use\nLogs,System,Use\n",
    );
    assert_eq!(lane_names(&journey), ["Customer", "Staff", "System"]);
    // Stages follow the order each lane lists them in.
    let stages =
        journey_stages("title,lane,stage\nPays,Customer,Pay\nGreets,Staff,Join\nBills,Staff,Pay\n");
    assert_eq!(stages, ["Join", "Pay"]);
}

fn journey_stages(text: &str) -> Vec<String> {
    stage_names(&journey(text))
        .into_iter()
        .map(str::to_owned)
        .collect()
}

#[test]
fn lane_kinds_come_from_the_column_then_the_name_then_a_guess() {
    let imported = match import(
        "title,lane,lane_kind,stage\nx,Myyjä,,S\ny,Backstage,,S\nz,Varasto,,S\nw,Tuki,,S\nv,Kassa,todiste,S\nu,Kassa,,S\n",
    ) {
        Ok(imported) => imported,
        Err(error) => panic!("{error}"),
    };
    let kinds: Vec<LaneKind> = imported.journey.lanes().iter().map(|l| l.kind).collect();
    assert_eq!(
        kinds,
        [
            LaneKind::Customer,
            LaneKind::Backstage,
            LaneKind::Frontstage,
            LaneKind::Support,
            LaneKind::Evidence
        ]
    );
    let warnings = messages(&imported.warnings);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(
        warnings[0].starts_with("2: lane \"Myyjä\" has no kind"),
        "{warnings:?}"
    );
    assert!(
        warnings[1].contains("so it became frontstage"),
        "{warnings:?}"
    );
}

#[test]
fn report_ids_are_kept_and_other_ids_are_numbered_in_file_order() {
    let kept = journey("id,title,lane,stage,after\nT7,a,L,S,\nT3,b,L,S,T7\n");
    let ids: Vec<u64> = kept.touchpoints().map(|t| t.id.0).collect();
    assert_eq!(ids, [3, 7]);
    let link = kept.links().next().map(|l| (l.from.0, l.to.0, l.kind));
    assert_eq!(link, Some((7, 3, LinkKind::Flow)));

    let numbered = journey("id,title,lane,stage,supports\nT7,a,L,S,x\nx,b,L,S,\n");
    let ids: Vec<u64> = numbered.touchpoints().map(|t| t.id.0).collect();
    assert_eq!(ids, [1, 2]);
    let link = numbered.links().next().map(|l| (l.from.0, l.to.0, l.kind));
    assert_eq!(link, Some((1, 2, LinkKind::Support)));
}

#[test]
fn every_bad_row_is_reported_with_its_row() {
    let text = "id,title,lane,lane_kind,stage,emotion,terms,after\n\
                T1,Good,Customer,customer,Join,,,\n\
                T2,,Customer,,Join,,,\n\
                T1,Again,Customer,,Join,,,\n\
                T4,Dangling,Customer,,Join,,,T99\n\
                T5,Ecstatic,Customer,,Join,5,,\n\
                T6,Unknown letter,Customer,,Join,,TX,\n\
                T7,Odd kind,Other lane,vip,Join,,,\n\
                T8,Two kinds,Customer,backstage,Join,,,\n\
                \"T9\",\"Note\non two lines\",Customer,,,,,\n";
    let found = problems(text);
    let rows: Vec<&str> = found.iter().filter_map(|p| p.split(':').next()).collect();
    assert_eq!(
        rows,
        ["3", "4", "5", "6", "7", "8", "9", "10", "10"],
        "{found:#?}"
    );
    for expected in [
        "3: title is empty; write what happens",
        "4: the id \"T1\" is already used in row 2",
        "5: after names \"T99\", but no row has that id",
        "6: emotion \"5\" is not on the scale",
        "7: terms has the letter X in \"TX\"",
        "8: lane_kind \"vip\" is no lane kind",
        "9: lane \"Customer\" is customer in row 2, but backstage here",
        "10: the cell title (column B) spans lines 10–11; a title, lane or stage is one line",
        "10: stage is empty",
    ] {
        assert!(
            found.iter().any(|p| p.starts_with(expected)),
            "{expected}\n{found:#?}"
        );
    }
}

#[test]
fn skipping_bad_rows_imports_the_rest_and_says_what_was_left_out() {
    let text = "id,title,lane,stage,after,supports\nT1,Good,Asiakas,S,,\nT2,,Asiakas,S,T1,\nT3,Also good,Asiakas,S,T2 T3 T1 T1,T2\n";
    let imported = match import_skipping(text) {
        Ok(imported) => imported,
        Err(error) => panic!("{error}"),
    };
    assert_eq!(imported.journey.touchpoint_count(), 2);
    assert_eq!(imported.journey.link_count(), 1);
    assert_eq!(
        messages(&imported.warnings),
        [
            "3: row skipped: title is empty; write what happens at this step, such as \"Pays the invoice\"",
            "4: after names this row's own id \"T3\"; a step cannot link to itself, so that link was left out",
            "4: after names \"T1\" twice; it was linked once",
            "4: after names \"T2\", whose row 3 was skipped, so that link was left out",
            "4: supports names \"T2\", whose row 3 was skipped, so that link was left out",
        ]
    );
    // With nothing good left, there is nothing to import.
    let none = import_skipping("title,lane,stage\n,L,S\n");
    assert_eq!(none.map(|_| ()).map_err(|e| e.bad_rows), Err(1));
}

#[test]
fn problems_with_the_whole_file_name_row_1() {
    assert_eq!(
        problems("title,lane\nx,y\n"),
        ["1: there is no stage column; add one, with the header stage or vaihe"]
    );
    assert_eq!(
        problems("title,nimi,lane,stage\n"),
        ["1: the columns \"title\" (A) and \"nimi\" (B) both hold the title; keep one of them"]
    );
    assert!(problems("")[0].starts_with("1: the file is empty"));
    assert!(problems("Touchpoints of 2026\n")[0].contains("names none of the columns"));
    assert_eq!(
        problems("title,lane,stage\n\n,,\n"),
        ["2: there are no rows under the header; add one row per touchpoint"]
    );
    let error = import("title,lane\nx,y\n").err();
    assert_eq!(error.map(|e| e.bad_rows), Some(0));
}

#[test]
fn unknown_columns_and_values_are_warnings() {
    let imported = match import(
        "Title,Lane,Stage,Cost,,channel,evidence\nx,Customer,S,12,,fax,maybe\ny,Customer,S,,ignored,web,observed,extra\n,,,24,,,\n",
    ) {
        Ok(imported) => imported,
        Err(error) => panic!("{error}"),
    };
    let warnings = messages(&imported.warnings);
    assert!(
        warnings[0].starts_with("1: column D \"Cost\" is not one polku reads"),
        "{warnings:#?}"
    );
    assert!(
        warnings[1].starts_with("1: column E has no name"),
        "{warnings:#?}"
    );
    assert!(
        warnings[2].starts_with("2: channel \"fax\" is not a channel"),
        "{warnings:#?}"
    );
    assert!(
        warnings[3].starts_with("2: evidence \"maybe\" is not an evidence level"),
        "{warnings:#?}"
    );
    assert!(
        warnings[4].starts_with("3: this row has more cells"),
        "{warnings:#?}"
    );
    assert_eq!(
        warnings[5],
        "4: this row has nothing in the columns polku reads, so it was skipped"
    );
    assert_eq!(warnings.len(), 6);
}

#[test]
fn the_error_reads_file_row_message() {
    let error = import_csv(
        b"title,lane,stage\n,L,S\nx,,S\n",
        Path::new("dir/inv.csv"),
        false,
    );
    let text = error.err().map(|e| e.to_string()).unwrap_or_default();
    assert_eq!(
        text.lines()
            .map(|l| l.split(": ").next().unwrap_or(""))
            .collect::<Vec<_>>(),
        ["dir/inv.csv:2", "dir/inv.csv:3"]
    );
}

#[test]
fn problems_are_told_in_the_language_of_the_thread() {
    use crate::i18n::{Language, set_language};
    set_language(Language::Finnish);
    assert_eq!(
        problems("nimi;kaista\nMaksaa;Asiakas\n"),
        ["1: sarake vaihe puuttuu; lisää se otsikolla stage tai vaihe"]
    );
    let bad = problems("nimi;kaista;vaihe;tunnetila;terms\nMaksaa;Asiakas;Maksu;5;aika aika\n");
    assert_eq!(bad.len(), 2, "{bad:?}");
    assert!(
        bad[0].starts_with("2: tunnetila \"5\" ei ole asteikolla"),
        "{bad:?}"
    );
    assert_eq!(
        bad[1],
        "2: terms-sarakkeessa on aika useammin kuin kerran; mainitse kukin alue vain kerran"
    );
    let imported = import("nimi;kaista;vaihe\nMaksaa;Asiakas;Maksu\n");
    assert_eq!(
        imported
            .map(|i| i.journey.title().to_owned())
            .ok()
            .as_deref(),
        Some("Inventaario: inventory")
    );
}

/// The rows that were imported, by title, and every message, as `ROW: message`.
fn outcome(text: &str, skip: bool) -> (Vec<String>, Vec<String>) {
    match import_csv(text.as_bytes(), Path::new("inventory.csv"), skip) {
        Ok(imported) => (
            imported
                .journey
                .touchpoints()
                .map(|t| t.title.clone())
                .collect(),
            imported.warnings.iter().map(with_line).collect(),
        ),
        Err(error) => (Vec::new(), error.problems.iter().map(with_line).collect()),
    }
}

/// `ROW: message`, or `ROW (line LINE): message` when the row starts on another line.
fn with_line(message: &RowMessage) -> String {
    message
        .in_file(Path::new(""))
        .trim_start_matches(':')
        .to_owned()
}

#[test]
fn a_quote_never_closed_swallows_no_row() {
    // C and D used to become part of B's notes, and the import said nothing.
    let text = "title,lane,stage,notes\n\
                A,Customer,S,ok\n\
                B,Customer,S,\"12\"\" screen, too small\n\
                C,Customer,S,ok\n\
                D,Customer,S,ok\n";
    let (titles, problems) = outcome(text, false);
    assert!(titles.is_empty());
    assert_eq!(
        problems,
        [
            "3: a quote opens the cell notes (column D) on line 3 and no quote closes it, so the \
          rest of the file would be part of that cell; close the quote, or write a quote \
          inside a cell twice (\"\")"
        ]
    );
    let (titles, warnings) = outcome(text, true);
    assert_eq!(titles, ["A", "C", "D"]);
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].starts_with("3: row skipped: a quote opens"),
        "{warnings:?}"
    );
}

#[test]
fn a_stray_quote_closed_many_rows_later_is_reported_with_every_line() {
    // A quote opens B's notes and another closes them 24 lines later, followed by text.
    let mut text = String::from("title,lane,stage,notes\nA,Customer,S,ok\nB,Customer,S,\"opens\n");
    for n in 0..23 {
        text.push_str(&format!("R{n},Customer,S,ok\n"));
    }
    text.push_str("Z,Customer,S,a \"quoted\" word\"\nLast,Customer,S,ok\n");
    let (titles, warnings) = outcome(&text, true);
    // Only B's own row is lost: the rows its stray quote ran over are read as rows.
    let mut expected = vec!["A".to_owned()];
    expected.extend((0..23).map(|n| format!("R{n}")));
    expected.extend(["Z".to_owned(), "Last".to_owned()]);
    assert_eq!(titles, expected);
    assert_eq!(
        warnings,
        [
            "3: row skipped: the quotes of the cell notes (column D) (lines 3–27) are unbalanced: \
          after the quote that closes it comes \"quoted\" word\"\"; write a quote inside a \
          cell twice (\"\"), and put the whole cell in quotes"
        ]
    );
}

#[test]
fn cells_over_several_lines_are_named_with_their_lines() {
    let text = "title,lane,stage,notes\nA,Customer,S,\"first\nsecond\"\nB,Customer,S,ok\n";
    let (titles, warnings) = outcome(text, false);
    assert_eq!(titles, ["A", "B"]);
    assert_eq!(
        warnings,
        ["2: the cell notes (column D) spans lines 2–3 of the file"]
    );
    // Lines inside a cell that look like rows of their own are pointed out.
    let text = "title,lane,stage,notes\nA,Customer,S,\"x\nB,Customer,S,y\nC,Customer,S,y\"\n";
    let (titles, warnings) = outcome(text, false);
    assert_eq!(titles, ["A"]);
    assert!(
        warnings[0].starts_with("2: the cell notes (column D) spans lines 2–4 of the file, and some of them look like rows"),
        "{warnings:?}"
    );
}

#[test]
fn a_row_with_other_delimiters_is_reported_as_such() {
    let text = "title,lane,stage\nA,Customer,S\nB;Customer;S\n";
    let (_, problems) = outcome(text, false);
    assert_eq!(
        problems,
        [
            "3: this row separates its cells with semicolons, but the header with commas; use \
          the same one for the whole file"
        ]
    );
    let (titles, _) = outcome(text, true);
    assert_eq!(titles, ["A"]);
}

#[test]
fn a_cell_over_a_limit_is_reported_at_its_own_row_and_can_be_skipped() {
    let long = "x".repeat(crate::model::limits::MAX_NAME_CHARS + 1);
    let text = format!("title,lane,stage\nA,Customer,S\n{long},Customer,S\nB,{long},S\n");
    let (_, problems) = outcome(&text, false);
    assert_eq!(
        problems,
        [
            "3: this touchpoint is too long to keep: its title is 1001 characters long; polku \
             keeps up to 1000 characters there; shorten it",
            "4: lane: its name is 1001 characters long; polku keeps up to 1000 characters \
             there; shorten it",
        ]
    );
    let (titles, warnings) = outcome(&text, true);
    assert_eq!(titles, ["A"]);
    assert_eq!(warnings.len(), 2);
}

#[test]
fn every_line_is_a_row_a_reported_row_or_part_of_a_named_cell() {
    // Random inventories of good rows, stray quotes and multi-line cells: each line of
    // the file is either imported, reported, or inside a cell the warnings name.
    let mut rng = 7u64;
    let mut next = |n: u64| {
        rng = rng
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (rng >> 33) % n
    };
    for _ in 0..300 {
        let mut text = String::from("title,lane,stage,notes\n");
        let rows = 1 + next(12);
        for row in 0..rows {
            let notes = match next(6) {
                0 => "\"12\"\" screen".to_owned(),
                1 => "\"two\nlines\"".to_owned(),
                2 => "a \"b\" c".to_owned(),
                3 => "\"x\" y".to_owned(),
                _ => "ok".to_owned(),
            };
            text.push_str(&format!("T{row},Customer,S,{notes}\n"));
        }
        let lines = text.lines().count();
        let (titles, warnings) = outcome(&text, true);
        let mut accounted = vec![false; lines + 1];
        accounted[1] = true;
        for title in &titles {
            let line = text
                .lines()
                .position(|l| l.starts_with(&format!("{title},")));
            if let Some(line) = line {
                accounted[line + 1] = true;
            }
        }
        // Skipped rows and cells over several lines name their lines.
        for warning in &warnings {
            let mut words = warning.split(' ').peekable();
            while let Some(word) = words.next() {
                let span = match word.trim_start_matches('(') {
                    "line" | "lines" => words.peek().copied().unwrap_or_default(),
                    _ => continue,
                };
                let span: String = span
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || *c == '–')
                    .collect();
                let (first, last) = span.split_once('–').unwrap_or((&span, &span));
                let (first, last): (usize, usize) = (first.parse().unwrap(), last.parse().unwrap());
                accounted[first..=last].fill(true);
            }
        }
        assert!(
            accounted[1..].iter().all(|&a| a),
            "{text}\n{titles:?}\n{warnings:#?}"
        );
    }
}

#[test]
fn a_message_quotes_at_most_a_short_excerpt_of_a_cell() {
    let long = "x".repeat(30_000);
    let text = format!(
        "title,lane,stage,channel,lane_kind,emotion,terms\nA,Customer,S,{long},{long},{long},{long}\n"
    );
    let (_, messages) = outcome(&text, false);
    assert!(!messages.is_empty());
    for message in messages {
        assert!(
            message.chars().count() < 700,
            "{} characters",
            message.chars().count()
        );
    }
}
