//! Maps written by someone who wants to hurt their readers: every text drawn from control
//! characters, formula starters, Markdown and XML markup, line breaks, quotes and
//! delimiters. Whatever polku writes or prints from them carries their text as text.

use std::path::Path;

use polku::cli::{Command, ReportFormat};
use polku::model::{
    Channel, Document, EvidenceLevel, Idea, Journey, Lane, LaneId, LaneKind, Link, LinkId,
    LinkKind, Observation, Persona, PersonaId, Promise, PromiseId, Rating, Severity, Stage,
    StageId, TermsArea, TermsTag, Touchpoint, TouchpointId,
};
use proptest::prelude::*;

mod common;

/// Characters that mean something to a terminal, a spreadsheet, a Markdown renderer, XML
/// or a CSV reader, and a few ordinary ones.
const NASTY: &[char] = &[
    '\u{1b}', '\u{7}', '\u{0}', '\u{8}', '\u{7f}', '\u{9b}', '\u{202e}', '\u{2066}', '\r', '\n',
    '\t', '=', '+', '-', '@', '\'', '"', ',', ';', '<', '>', '&', '[', ']', '(', ')', '!', '#',
    '*', '_', '`', '~', '|', '\\', ':', '/', '.', ' ', 'a', 'Z', '1', 'ä', '€',
];

fn text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(NASTY), 0..max)
        .prop_map(|chars| chars.into_iter().collect())
}

/// A name: on one line and not blank (an inventory's titles, lanes and stages are).
fn name(max: usize) -> impl Strategy<Value = String> {
    text(max).prop_map(|text| {
        let one_line: String = text.chars().filter(|c| !matches!(c, '\n' | '\r')).collect();
        format!("{one_line}x")
    })
}

/// A TERMS note as an inventory can carry it: no semicolons, which separate notes, and
/// no spaces at its edges.
fn note() -> impl Strategy<Value = String> {
    text(12).prop_map(|text| {
        let kept: String = text.chars().filter(|&c| c != ';').collect();
        kept.trim().to_owned()
    })
}

/// Makes names unique in any case, as an inventory matches them.
fn unique(names: Vec<String>) -> Vec<String> {
    names
        .into_iter()
        .enumerate()
        .map(|(i, name)| format!("{name}{i}"))
        .collect()
}

prop_compose! {
    fn touchpoint(id: u64, lanes: u64, stages: u64)(
        title in name(16),
        description in text(30),
        actor in text(10),
        owner in text(10),
        lane in 1..=lanes,
        stage in 1..=stages,
        channel in prop::sample::select(Channel::ALL.to_vec()),
        tags in prop::collection::vec((0..5usize, 1..=3u8, note()), 0..3),
        emotion in prop::option::of(-2..=2i64),
        experience in prop::option::of(-2..=2i64),
        observation in prop::option::of(text(20)),
    ) -> Touchpoint {
        let mut touchpoint = Touchpoint::new(TouchpointId(id), title, LaneId(lane), StageId(stage));
        touchpoint.description = description;
        touchpoint.actor = actor;
        touchpoint.owner = owner;
        touchpoint.channel = channel;
        let mut terms: Vec<TermsTag> = Vec::new();
        for (area, severity, note) in tags {
            let area = TermsArea::ALL[area];
            if terms.iter().all(|tag| tag.area != area) {
                let severity = Severity::ALL[usize::from(severity) - 1];
                terms.push(TermsTag { area, severity, note });
            }
        }
        terms.sort_by_key(|tag| tag.area);
        touchpoint.terms = terms;
        touchpoint.emotion = emotion.and_then(Rating::new);
        touchpoint.employee_experience = experience.and_then(Rating::new);
        touchpoint.evidence = EvidenceLevel::Reported;
        touchpoint.observations = observation
            .into_iter()
            .map(|text| Observation {
                date: polku::model::Date::new(2026, 12, 1).unwrap_or_else(|| panic!("a date")),
                evidence: EvidenceLevel::Observed,
                source: text.clone(),
                text,
            })
            .collect();
        touchpoint
    }
}

fn journey() -> impl Strategy<Value = Journey> {
    (1..4u64, 1..4u64, 1..7u64).prop_flat_map(|(lanes, stages, touchpoints)| {
        (
            prop::collection::vec(name(10), lanes as usize),
            prop::collection::vec(name(10), stages as usize),
            (1..=touchpoints)
                .map(|id| touchpoint(id, lanes, stages))
                .collect::<Vec<_>>(),
            prop::collection::vec((1..=touchpoints, 1..=touchpoints, any::<bool>()), 0..8),
            name(20),
            text(40),
            text(20),
        )
            .prop_map(
                move |(lane_names, stage_names, touchpoints, ends, title, description, idea)| {
                    let kinds = [LaneKind::Customer, LaneKind::Backstage, LaneKind::Support];
                    let lanes = unique(lane_names)
                        .into_iter()
                        .zip(1..)
                        .map(|(name, id)| Lane {
                            id: LaneId(id),
                            name,
                            kind: kinds[(id as usize - 1) % kinds.len()],
                        })
                        .collect();
                    let stages = unique(stage_names)
                        .into_iter()
                        .zip(1..)
                        .map(|(name, id)| Stage {
                            id: StageId(id),
                            name,
                        })
                        .collect();
                    let mut links: Vec<Link> = Vec::new();
                    for (from, to, flow) in ends {
                        let kind = if flow {
                            LinkKind::Flow
                        } else {
                            LinkKind::Support
                        };
                        let repeated = links
                            .iter()
                            .any(|l| l.from.0 == from && l.to.0 == to && l.kind == kind);
                        if from != to && !repeated {
                            links.push(Link {
                                id: LinkId(links.len() as u64 + 1),
                                from: TouchpointId(from),
                                to: TouchpointId(to),
                                kind,
                                label: String::new(),
                            });
                        }
                    }
                    let document = Document {
                        title: title.clone(),
                        description: description.clone(),
                        lanes,
                        stages,
                        touchpoints,
                        links,
                        personas: vec![Persona {
                            id: PersonaId(1),
                            name: title.clone(),
                            description: description.clone(),
                            kind: polku::model::PersonaKind::Customer,
                            colour: polku::model::Colour::default(),
                            path: vec![TouchpointId(1)],
                        }],
                        promises: vec![Promise {
                            id: PromiseId(1),
                            text: title,
                            description,
                            redeemed_by: vec![TouchpointId(1)],
                            secured_by: Vec::new(),
                        }],
                        parking_lot: vec![Idea {
                            text: idea,
                            date: polku::model::Date::new(2026, 12, 1)
                                .unwrap_or_else(|| panic!("a date")),
                        }],
                        conflicts: Vec::new(),
                        feedback: Vec::new(),
                    };
                    Journey::from_document(document).unwrap_or_else(|errors| panic!("{errors:?}"))
                },
            )
    })
}

/// The cells of a CSV file, read as RFC 4180 says (written out here so the test does not
/// trust the reader it checks).
/// A one-card map, and feedback about its card whose every text is `comments`, `file` and
/// `problem`: the week before all promoters, the latest week all detractors saying
/// `comments`; a second source that could not be read, and says `problem`.
fn hostile_feedback(
    comments: &[String],
    file: &str,
    problem: &str,
) -> (Journey, polku::io::feedback::MapFeedback) {
    use polku::io::feedback::{MapFeedback, SourceRead};
    use polku::model::feedback::{
        Audience, FeedbackSource, Period, Readings, Response, Scale, Window,
    };
    let document = Document {
        lanes: vec![Lane {
            id: LaneId(1),
            name: "Customer".to_owned(),
            kind: LaneKind::Customer,
        }],
        stages: vec![Stage {
            id: StageId(1),
            name: "Pay".to_owned(),
        }],
        touchpoints: vec![Touchpoint::new(
            TouchpointId(1),
            "Pays",
            LaneId(1),
            StageId(1),
        )],
        ..Document::default()
    };
    let journey = Journey::from_document(document).unwrap_or_else(|errors| panic!("{errors:?}"));
    let source = |file: &str| FeedbackSource {
        file: file.to_owned(),
        audience: Audience::Customer,
        touchpoint: "Touchpoint".to_owned(),
        score: "Score".to_owned(),
        scale: Scale::Nps,
        date: String::new(),
        comment: String::new(),
    };
    let day = |day| polku::model::Date::new(2026, 11, day);
    let mut responses = vec![Response {
        row: 2,
        touchpoint: TouchpointId(1),
        date: day(20),
        score: 10,
        comment: String::new(),
    }];
    responses.extend(comments.iter().enumerate().map(|(n, comment)| Response {
        row: 3 + n,
        touchpoint: TouchpointId(1),
        date: day(28),
        score: 0,
        comment: comment.clone(),
    }));
    let read = |file: &str, rows: usize, problem: Option<String>| SourceRead {
        source: source(file),
        path: Path::new(file).to_path_buf(),
        rows,
        matched: rows,
        unusable: Vec::new(),
        problem,
    };
    let sources = vec![
        read(file, responses.len(), None),
        read("gone.csv", 0, Some(problem.to_owned())),
    ];
    let readings = vec![Readings {
        file: file.to_owned(),
        audience: Audience::Customer,
        scale: Scale::Nps,
        responses,
    }];
    let feedback = MapFeedback::new(&journey, sources, readings, &Window::ALL, Period::Week);
    (journey, feedback)
}

fn cells(csv: &str) -> Vec<String> {
    let (mut cells, mut cell) = (Vec::new(), String::new());
    let mut quoted = false;
    let mut chars = csv.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            '"' => quoted = !quoted,
            ',' | '\n' if !quoted => cells.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
    }
    cells.push(cell);
    cells
}

/// What `polku` prints for `command`, on standard output and standard error together.
fn printed(command: Command) -> String {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    polku::cli::run(command, &mut out, &mut err);
    out.extend(err);
    String::from_utf8_lossy(&out).into_owned()
}

fn control_characters(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| polku::cli::is_unprintable(c))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn a_csv_report_imports_back_to_the_same_map(journey in journey()) {
        let csv = polku::io::inventory::to_csv(&journey);
        let imported = polku::io::inventory::import_csv(csv.as_bytes(), Path::new("r.csv"), false);
        let imported = match imported {
            Ok(imported) => imported,
            Err(error) => panic!("{error}\n{csv}"),
        };
        prop_assert_eq!(&polku::io::inventory::to_csv(&imported.journey), &csv);
        for touchpoint in journey.touchpoints() {
            let back = imported.journey.touchpoint(touchpoint.id);
            prop_assert_eq!(back.map(|t| &t.title), Some(&touchpoint.title));
            prop_assert_eq!(back.map(|t| &t.description), Some(&touchpoint.description));
            prop_assert_eq!(back.map(|t| &t.terms), Some(&touchpoint.terms));
        }
        // No cell a spreadsheet would run: those starting like a formula carry the mark.
        for cell in cells(&csv) {
            let number = cell.parse::<f64>().is_ok();
            let formula = cell.trim_start_matches(' ').starts_with(['=', '+', '-', '@', '\t', '\r']);
            prop_assert!(!formula || number, "{:?} in\n{}", cell, csv);
        }
    }

    #[test]
    fn a_markdown_report_makes_nothing_of_the_text_of_the_map(journey in journey()) {
        let markdown = polku::io::report::to_markdown(&journey, None);
        let common::Rendered { links, images, tables, headings, html } = common::rendered(&markdown);
        let headings = headings.len();
        prop_assert_eq!((links, images), (0, 0), "{}", markdown);
        prop_assert!(html.iter().all(|html| html == "<br>"), "{:?}\n{}", html, markdown);
        // The heatmap and, with handoffs, their table: none made of the map's text.
        let handoffs = !polku::model::analysis::handoffs(&journey).is_empty();
        prop_assert_eq!(tables, 1 + usize::from(handoffs), "{}", markdown);
        // The title, eight sections (and the parking lot), a heading per stage and card.
        let expected = 1 + 9 + journey.stages().len() + journey.touchpoint_count();
        prop_assert_eq!(headings, expected, "{}", markdown);
    }

    #[test]
    fn a_report_makes_nothing_of_what_respondents_wrote(
        comments in prop::collection::vec(text(120), 1..5),
        file in name(30),
        problem in text(80),
    ) {
        let (journey, feedback) = hostile_feedback(&comments, &file, &problem);
        prop_assert!(!feedback.summary.changes.is_empty());
        let markdown = polku::io::report::to_markdown(&journey, Some(&feedback));
        let without = polku::io::report::to_markdown(&journey, None);
        let common::Rendered { links, images, headings, html, .. } = common::rendered(&markdown);
        prop_assert_eq!((links, images), (0, 0), "{}", markdown);
        prop_assert!(html.iter().all(|html| html == "<br>"), "{:?}\n{}", html, markdown);
        // The section's own headings and no more: what changed, where both fall, by stage
        // and path, the sources, under its title.
        let before = common::rendered(&without).headings.len();
        prop_assert_eq!(headings.len(), before + 5, "{}", markdown);
        let svg = polku::io::picture::to_svg(
            polku::io::picture::Drawn::new(&journey).feedback(Some(&feedback.summary)),
        );
        prop_assert!(roxmltree::Document::parse(&svg).is_ok(), "{}", svg);
    }

    #[test]
    fn a_picture_is_well_formed_xml(journey in journey()) {
        let svg = polku::io::picture::to_svg(&journey);
        prop_assert!(roxmltree::Document::parse(&svg).is_ok(), "{}", svg);
    }

    #[test]
    fn nothing_printed_for_people_holds_a_control_character(journey in journey()) {
        // Every name also holds a line that would pass for one of polku's own.
        let mut document = journey.to_document();
        let forged = |text: &mut String| text.push_str("x\nFORGED: 1. everything is fine");
        forged(&mut document.title);
        document.lanes.iter_mut().for_each(|lane| forged(&mut lane.name));
        document.stages.iter_mut().for_each(|stage| forged(&mut stage.name));
        document.promises.iter_mut().for_each(|promise| forged(&mut promise.text));
        for touchpoint in &mut document.touchpoints {
            forged(&mut touchpoint.title);
            forged(&mut touchpoint.owner);
        }
        let journey = Journey::from_document(document).unwrap();
        let folder = tempfile::tempdir().unwrap();
        let map = folder.path().join("map.ron");
        polku::io::save(&map, &journey).unwrap();
        let inventory = folder.path().join("inventory.csv");
        let csv = polku::io::inventory::to_csv(&journey);
        // Every row bad: the import prints each with its text.
        std::fs::write(&inventory, csv.replace(",Customer", ",").replace(",customer,", ",vip\u{1b}[2J,")).unwrap();
        let out = folder.path().join("out.ron");
        for command in [
            Command::Check { files: vec![map.clone()] },
            Command::Insights {
                json: false,
                file: map.clone(),
                since: None,
                until: None,
                period: polku::cli::PeriodArg::Week,
            },
            Command::Insights {
                json: true,
                file: map.clone(),
                since: None,
                until: None,
                period: polku::cli::PeriodArg::Week,
            },
            Command::Report { file: map.clone(), format: ReportFormat::Md, output: None, force: false },
            Command::Import { inventory: inventory.clone(), out: out.clone(), skip_bad_rows: false, force: false },
        ] {
            let what = format!("{command:?}");
            let text = printed(command);
            prop_assert!(control_characters(&text).is_empty(), "{}: {:?}\n{}", what, control_characters(&text), text);
            let forged = text.lines().any(|line| line.trim_start().starts_with("FORGED"));
            prop_assert!(!forged, "{}: a name started a line\n{}", what, text);
        }
    }
}
