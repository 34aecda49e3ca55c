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
        ["3", "4", "5", "6", "7", "8", "9", "10"],
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
