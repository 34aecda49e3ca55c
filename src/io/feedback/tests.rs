//! Reading feedback files as survey tools and spreadsheets write them.

use std::path::Path;

use super::*;
use crate::i18n::{Language, set_language};
use crate::model::Journey;
use crate::model::feedback::{Audience, FeedbackSource, Scale};
use crate::model::templates::Template;
use crate::model::{Date, Edit, Touchpoint, TouchpointId};

/// A blueprint with touchpoints: 1 "Invoice arrives" (key `invoice-first`), 2 "Kassaä",
/// 3 "Pays" (key `PAY`), 4 and 5 both "Call", 6 "7" (a title that is another's id).
fn journey() -> Journey {
    let mut journey = Template::Blueprint.journey();
    let lane = journey.lanes()[0].id;
    let stage = journey.stages()[0].id;
    for (id, title, key) in [
        (1, "Invoice arrives", "invoice-first"),
        (2, "Kassaä", ""),
        (3, "Pays", "PAY"),
        (4, "Call", ""),
        (5, "Call", ""),
        (6, "3", ""),
    ] {
        let mut touchpoint = Touchpoint::new(TouchpointId(id), title, lane, stage);
        touchpoint.key = key.to_owned();
        journey
            .apply(Edit::AddTouchpoint(Box::new(touchpoint)))
            .unwrap();
    }
    journey
}

/// A customer NPS source with the columns `Touchpoint`, `Score`, `Date`, `Comment`.
fn source() -> FeedbackSource {
    FeedbackSource {
        file: "responses.csv".into(),
        audience: Audience::Customer,
        touchpoint: "Touchpoint".into(),
        score: "Score".into(),
        scale: Scale::Nps,
        date: "Date".into(),
        comment: "Comment".into(),
    }
}

fn read(bytes: &[u8], source: &FeedbackSource) -> FeedbackRead {
    let read = read_responses(bytes, Path::new("responses.csv"), source, &journey()).unwrap();
    assert_eq!(read.rows, read.responses.len() + read.unusable.len());
    read
}

/// Each response as (row, touchpoint, date, score, comment).
fn responses(read: &FeedbackRead) -> Vec<(usize, u64, Option<String>, u8, String)> {
    read.responses
        .iter()
        .map(|r| {
            (
                r.row,
                r.touchpoint.0,
                r.date.map(|date| date.to_string()),
                r.score,
                r.comment.clone(),
            )
        })
        .collect()
}

fn unusable(read: &FeedbackRead) -> Vec<(usize, Reason)> {
    read.unusable
        .iter()
        .map(|u| (u.row, u.reason.clone()))
        .collect()
}

fn response(
    row: usize,
    touchpoint: u64,
    date: Option<&str>,
    score: u8,
    comment: &str,
) -> (usize, u64, Option<String>, u8, String) {
    (
        row,
        touchpoint,
        date.map(str::to_owned),
        score,
        comment.to_owned(),
    )
}

#[test]
fn commas_semicolons_and_tabs_all_read() {
    let expected = vec![
        response(2, 1, Some("2026-12-01"), 9, "Clear, thanks"),
        response(3, 3, None, 4, ""),
    ];
    for text in [
        "Touchpoint,Score,Date,Comment\ninvoice-first,9,2026-12-01,\"Clear, thanks\"\nPays,4,,\n",
        "Touchpoint;Score;Date;Comment\r\ninvoice-first;9;2026-12-01;Clear, thanks\r\nPays;4;;\r\n",
        "Touchpoint\tScore\tDate\tComment\ninvoice-first\t9\t2026-12-01\t Clear, thanks \nPays\t4\t\t\n",
    ] {
        assert_eq!(
            responses(&read(text.as_bytes(), &source())),
            expected,
            "{text}"
        );
    }
}

#[test]
fn a_byte_order_mark_and_windows_1252_are_read() {
    let with_mark = read(
        "\u{feff}Touchpoint,Score,Date,Comment\nPays,10,,Hyvä\n".as_bytes(),
        &source(),
    );
    assert_eq!(responses(&with_mark), [response(2, 3, None, 10, "Hyvä")]);
    let windows = read(
        b"Touchpoint;Score;Date;Comment\nKassa\xe4;8;1.12.2026;Hyv\xe4 \x80\n",
        &source(),
    );
    assert_eq!(
        responses(&windows),
        [response(2, 2, Some("2026-12-01"), 8, "Hyvä €")]
    );
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(
            "Touchpoint\tScore\tDate\tComment\nKassaä\t7\t\t\n"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    assert_eq!(
        responses(&read(&utf16, &source())),
        [response(2, 2, None, 7, "")]
    );
}

#[test]
fn qualtrics_rows_under_the_header_are_skipped_and_not_counted() {
    let text = "StartDate,Touchpoint,Score,Comment\n\
        Start Date,Which step?,How likely are you to recommend us?,Anything else?\n\
        \"{\"\"ImportId\"\":\"\"startDate\"\",\"\"timeZone\"\":\"\"Europe/Helsinki\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2\"\"}\",\"{\"\"ImportId\"\":\"\"QID3_TEXT\"\"}\"\n\
        2026-12-01 09:30:00,PAY,10,Fast\n\
        2026-12-02 10:00:00,Nowhere,3,\n";
    let source = FeedbackSource {
        date: "startdate".into(),
        ..source()
    };
    let read = read(text.as_bytes(), &source);
    assert_eq!(read.rows, 2);
    assert_eq!(
        responses(&read),
        [response(4, 3, Some("2026-12-01"), 10, "Fast")]
    );
    assert_eq!(
        unusable(&read),
        [(5, Reason::UnknownTouchpoint("Nowhere".into()))]
    );
}

#[test]
fn finnish_dates_read_with_and_without_a_time() {
    let text = "Touchpoint;Score;Date;Comment\nPAY;5;1.12.2026;\nPAY;6;24.12.2026 klo 9.30;\nPAY;7;2.1.2027 13:05;\n";
    let dates: Vec<_> = responses(&read(text.as_bytes(), &source()))
        .into_iter()
        .map(|r| r.2)
        .collect();
    assert_eq!(
        dates,
        [
            Some("2026-12-01".into()),
            Some("2026-12-24".into()),
            Some("2027-01-02".into())
        ]
    );
}

#[test]
fn the_file_decides_whether_slashed_dates_put_the_month_or_the_day_first() {
    let dates = |text: &str| -> Vec<Option<Date>> {
        read(text.as_bytes(), &source())
            .responses
            .iter()
            .map(|r| r.date)
            .collect()
    };
    let us = "Touchpoint,Score,Date,Comment\nPAY,5,12/1/2026 9:30 AM,\nPAY,5,12/25/2026,\n";
    assert_eq!(dates(us), [Date::new(2026, 12, 1), Date::new(2026, 12, 25)]);
    let european = "Touchpoint,Score,Date,Comment\nPAY,5,12/1/2026 09:30,\nPAY,5,25/12/2026,\n";
    assert_eq!(
        dates(european),
        [Date::new(2026, 1, 12), Date::new(2026, 12, 25)]
    );
    let undecided = "Touchpoint,Score,Date,Comment\nPAY,5,1/2/2026,\n";
    assert_eq!(dates(undecided), [Date::new(2026, 1, 2)]);
}

#[test]
fn rows_that_are_no_responses_say_why_and_blank_rows_do_not_count() {
    let text = "Touchpoint,Score,Date,Comment\n\
        Nowhere,5,,\n\
        PAY,11,,\n\
        PAY,5,yesterday,\n\
        \n\
        ,,,\n\
        ,5,,\n\
        PAY,,,\n\
        PAY,7.5,,\n\
        Call,5,,\n\
        PAY,5,,\"never closed\n\
        PAY,9,2026-12-01,fine\n";
    let read = read(text.as_bytes(), &source());
    assert_eq!(read.rows, 9);
    assert_eq!(
        unusable(&read),
        [
            (2, Reason::UnknownTouchpoint("Nowhere".into())),
            (
                3,
                Reason::ScoreOutsideScale {
                    score: 11,
                    low: 0,
                    high: 10
                }
            ),
            (4, Reason::BadDate("yesterday".into())),
            (7, Reason::NoTouchpoint),
            (8, Reason::BadScore(String::new())),
            (9, Reason::BadScore("7.5".into())),
            (10, Reason::AmbiguousTouchpoint("Call".into())),
            (11, Reason::BadRecord),
        ]
    );
    assert_eq!(
        responses(&read),
        [response(12, 3, Some("2026-12-01"), 9, "fine")]
    );
    set_language(Language::English);
    assert_eq!(
        read.unusable[1].in_file(Path::new("responses.csv")),
        "responses.csv:3: the score 11 is outside the scale 0–10"
    );
}

#[test]
fn every_reason_reads_in_both_languages() {
    let reasons = [
        Reason::NoTouchpoint,
        Reason::UnknownTouchpoint("x".into()),
        Reason::AmbiguousTouchpoint("x".into()),
        Reason::BadScore(String::new()),
        Reason::BadScore("x".into()),
        Reason::ScoreOutsideScale {
            score: 11,
            low: 0,
            high: 10,
        },
        Reason::BadDate("x".into()),
        Reason::BadRecord,
    ];
    for reason in reasons {
        set_language(Language::English);
        let english = reason.to_string();
        set_language(Language::Finnish);
        let finnish = reason.to_string();
        assert!(!english.is_empty() && english != finnish, "{reason:?}");
    }
    set_language(Language::English);
}

#[test]
fn a_missing_column_is_named_with_the_columns_the_file_has() {
    set_language(Language::English);
    let error = read_responses(
        b"Step,Score,Date,Feedback\nPAY,5,,\n",
        Path::new("responses.csv"),
        &source(),
        &journey(),
    )
    .unwrap_err();
    assert_eq!(
        error.problem,
        FileProblem::MissingColumns {
            row: 1,
            missing: vec![
                "\"Touchpoint\" (the touchpoint)".into(),
                "\"Comment\" (the comment)".into()
            ],
            headers: vec![
                "\"Step\"".into(),
                "\"Score\"".into(),
                "\"Date\"".into(),
                "\"Feedback\"".into()
            ],
        }
    );
    let message = error.to_string();
    assert!(message.starts_with("responses.csv:1: "), "{message}");
    assert!(
        message.contains("\"Touchpoint\" (the touchpoint)"),
        "{message}"
    );
    assert!(
        message.contains("\"Step\", \"Score\", \"Date\", \"Feedback\""),
        "{message}"
    );
    set_language(Language::Finnish);
    assert!(error.to_string().contains("\"Step\""));
    set_language(Language::English);
}

#[test]
fn columns_are_found_by_their_name_in_any_case() {
    let text = "  touchpoint ,SCORE,Touchpoint Date,comment,Comment\nPAY,5,,x,y\n";
    let source = FeedbackSource {
        date: "touchpoint date".into(),
        ..source()
    };
    // `Comment` is there exactly, so `comment` does not make it ambiguous.
    assert_eq!(
        responses(&read(text.as_bytes(), &source)),
        [response(2, 3, None, 5, "y")]
    );
    let twice = read_responses(
        b"Touchpoint,Score,score\nPAY,5,6\n",
        Path::new("r.csv"),
        &FeedbackSource {
            score: "SCORE".into(),
            date: String::new(),
            comment: String::new(),
            ..self::source()
        },
        &journey(),
    )
    .unwrap_err();
    assert_eq!(
        twice.problem,
        FileProblem::SameColumn {
            row: 1,
            column: "SCORE".into(),
            count: 2
        }
    );
}

#[test]
fn a_source_without_date_or_comment_reads_only_what_it_names() {
    let source = FeedbackSource {
        date: String::new(),
        comment: String::new(),
        ..source()
    };
    let read = read(b"Touchpoint,Score,Date\nPAY,5,not a date\n", &source);
    assert_eq!(responses(&read), [response(2, 3, None, 5, "")]);
}

#[test]
fn touchpoints_are_matched_by_key_then_id_then_title() {
    let text = "Touchpoint,Score,Date,Comment\n\
        INVOICE-FIRST,1,,\n\
        pay,2,,\n\
        2,3,,\n\
        T1,4,,\n\
        3,5,,\n\
        \" kassaÄ \",6,,\n\
        invoice arrives,7,,\n\
        99,8,,\n";
    let read = read(text.as_bytes(), &source());
    let matched: Vec<(u8, u64)> = read
        .responses
        .iter()
        .map(|r| (r.score, r.touchpoint.0))
        .collect();
    // "3" is touchpoint 3's id before it is touchpoint 6's title.
    assert_eq!(
        matched,
        [(1, 1), (2, 3), (3, 2), (4, 1), (5, 3), (6, 2), (7, 1)]
    );
    assert_eq!(
        unusable(&read),
        [(9, Reason::UnknownTouchpoint("99".into()))]
    );
}

#[test]
fn files_that_cannot_be_read_say_why() {
    let problem = |bytes: &[u8]| {
        read_responses(bytes, Path::new("r.csv"), &source(), &journey())
            .unwrap_err()
            .problem
    };
    assert_eq!(problem(b""), FileProblem::Empty);
    assert_eq!(problem(b" \r\n\n"), FileProblem::Empty);
    // An old binary workbook (.xls) is not text; a ZIP archive that is no workbook says
    // why it could not be read as one.
    assert_eq!(
        problem(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0"),
        FileProblem::NotText
    );
    assert!(matches!(
        problem(b"PK\x03\x04\x14\0\0\0"),
        FileProblem::Workbook { .. }
    ));
    assert_eq!(
        problem(b"\"Touchpoint,Score\nPAY,5\n"),
        FileProblem::HeaderQuotes { row: 1 }
    );
    set_language(Language::English);
    let error = read_responses(b"", Path::new("r.csv"), &source(), &journey()).unwrap_err();
    assert!(error.to_string().starts_with("r.csv: "), "{error}");
}

#[test]
fn a_file_with_only_a_header_has_no_rows() {
    let read = read(b"Touchpoint,Score,Date,Comment\n", &source());
    assert_eq!((read.rows, read.responses.len()), (0, 0));
}

/// `tests/responses/survey.xlsx`, as Excel saves a workbook: shared strings, date and
/// date-time formats, its used area from row 2, an empty row 5, an error cell.
const WORKBOOK: &[u8] = include_bytes!("../../../tests/responses/survey.xlsx");

#[test]
fn an_excel_workbook_is_read_like_its_csv_export() {
    let read = read_responses(WORKBOOK, Path::new("survey.xlsx"), &source(), &journey()).unwrap();
    assert_eq!(read.rows, read.responses.len() + read.unusable.len());
    // Rows as the sheet numbers them; dates from date cells; a whole number saved as
    // 3.0; a touchpoint named by its id in a number cell.
    assert_eq!(
        responses(&read),
        [
            (3, 1, Some("2026-12-01".into()), 9, String::new()),
            (4, 3, Some("2026-12-02".into()), 3, "Late again".into()),
            (8, 2, Some("2026-12-03".into()), 0, String::new()),
        ]
    );
    assert_eq!(
        unusable(&read),
        [
            (6, Reason::BadScore("#N/A".into())),
            (7, Reason::AmbiguousTouchpoint("Call".into())),
        ]
    );
    // Its columns are guessed from the same cells.
    let table = read_table(WORKBOOK, Path::new("survey.xlsx")).unwrap();
    assert_eq!(table.headers, ["Touchpoint", "Score", "Date", "Comment"]);
    assert_eq!(table.rows.len(), 5);
    assert_eq!(table.rows[0], ["invoice-first", "9", "2026-12-01", ""]);
}
