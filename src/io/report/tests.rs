//! Tests of what the reports say, on small maps built for each question.

use super::findings::{Findings, Fix, coverage_words, rating};
use super::{to_html, to_markdown};
use crate::model::{
    Document, Journey, Lane, LaneId, LaneKind, Link, LinkId, LinkKind, Rating, Severity, Stage,
    StageId, TermsArea, TermsTag, Touchpoint, TouchpointId,
};

/// A touchpoint with an owner and, if `severity` is given, a Time tag.
fn step(
    id: u64,
    lane: u64,
    stage: u64,
    x: f32,
    owner: &str,
    severity: Option<Severity>,
) -> Touchpoint {
    let mut touchpoint = Touchpoint::new(
        TouchpointId(id),
        format!("step {id}"),
        LaneId(lane),
        StageId(stage),
    );
    touchpoint.x = x;
    touchpoint.owner = owner.to_owned();
    touchpoint.terms = severity
        .map(|severity| TermsTag {
            area: TermsArea::Time,
            severity,
            note: String::new(),
        })
        .into_iter()
        .collect();
    touchpoint
}

fn link(id: u64, from: u64, to: u64, kind: LinkKind) -> Link {
    Link {
        id: LinkId(id),
        from: TouchpointId(from),
        to: TouchpointId(to),
        kind,
        label: String::new(),
    }
}

/// Two stages; a customer lane (1) and a backstage lane (2).
fn journey(touchpoints: Vec<Touchpoint>, links: Vec<Link>) -> Journey {
    let document = Document {
        title: "Test".into(),
        lanes: vec![
            Lane {
                id: LaneId(1),
                name: "Customer".into(),
                kind: LaneKind::Customer,
            },
            Lane {
                id: LaneId(2),
                name: "Back".into(),
                kind: LaneKind::Backstage,
            },
        ],
        stages: vec![
            Stage {
                id: StageId(1),
                name: "Before".into(),
            },
            Stage {
                id: StageId(2),
                name: "After".into(),
            },
        ],
        touchpoints,
        links,
        ..Document::default()
    };
    match Journey::from_document(document) {
        Ok(journey) => journey,
        Err(errors) => panic!("{errors:?}"),
    }
}

#[test]
fn ratings_use_a_real_minus_sign_and_an_explicit_plus() {
    let words: Vec<String> = Rating::ALL.into_iter().map(rating).collect();
    assert_eq!(words, ["\u{2212}2", "\u{2212}1", "0", "+1", "+2"]);
}

#[test]
fn coverage_names_each_gap() {
    assert_eq!(coverage_words(true, true), "covered");
    assert_eq!(coverage_words(false, true), "not redeemed");
    assert_eq!(coverage_words(true, false), "not secured");
    assert_eq!(coverage_words(false, false), "not redeemed, not secured");
}

#[test]
fn fix_first_takes_hidden_steps_and_hot_spots_in_turn() {
    let journey = journey(
        vec![
            step(1, 1, 1, 0.0, "", Some(Severity::Major)),
            step(2, 1, 2, 0.0, "", Some(Severity::Critical)),
            step(3, 2, 1, 0.0, "", None),
            step(4, 2, 2, 0.0, "", None),
        ],
        vec![
            link(1, 3, 1, LinkKind::Support),
            link(2, 3, 2, LinkKind::Support),
            link(3, 4, 2, LinkKind::Support),
        ],
    );
    let findings = Findings::of(&journey, None);
    let fixes: Vec<String> = findings
        .fixes
        .iter()
        .map(|fix| match fix {
            Fix::Hidden { touchpoint, .. } => format!("hidden {}", touchpoint.0),
            Fix::Hotspot {
                stage, severity, ..
            } => format!("{stage} {severity}"),
        })
        .collect();
    assert_eq!(fixes, ["hidden 3", "After 3", "hidden 4"]);
}

#[test]
fn a_map_with_nothing_to_fix_says_so() {
    let journey = journey(vec![step(1, 1, 1, 0.0, "", None)], Vec::new());
    assert!(Findings::of(&journey, None).fixes.is_empty());
    assert!(to_markdown(&journey, None).contains("Nothing stands out yet"));
    assert!(to_html(&journey, None).contains("Nothing stands out yet"));
}

#[test]
fn handoffs_are_grouped_by_owner_pair_most_frequent_first() {
    let journey = journey(
        vec![
            step(1, 1, 1, 0.0, "Sales", None),
            step(2, 1, 1, 100.0, "Billing", None),
            step(3, 1, 2, 0.0, "Sales", None),
            step(4, 1, 2, 100.0, "Billing", None),
            step(5, 1, 2, 200.0, "Anyone", None),
        ],
        vec![
            link(1, 2, 3, LinkKind::Flow),
            link(2, 1, 2, LinkKind::Flow),
            link(3, 3, 4, LinkKind::Flow),
            link(4, 4, 5, LinkKind::Flow),
        ],
    );
    let findings = Findings::of(&journey, None);
    let groups: Vec<(&str, &str, usize)> = findings
        .handoffs
        .iter()
        .map(|g| (g.from_owner.as_str(), g.to_owner.as_str(), g.links.len()))
        .collect();
    assert_eq!(
        groups,
        [
            ("Sales", "Billing", 2),
            ("Billing", "Anyone", 1),
            ("Billing", "Sales", 1)
        ]
    );
    assert!(
        to_markdown(&journey, None)
            .contains("| Sales | Billing | 2 | step 1 → step 2<br>step 3 → step 4 |")
    );
}

#[test]
fn each_stage_lists_its_touchpoints_in_journey_order() {
    // Flow links put step 2 before step 1, although it sits further right.
    let journey = journey(
        vec![
            step(1, 1, 1, 0.0, "", None),
            step(2, 1, 1, 300.0, "", None),
            step(3, 1, 2, 0.0, "", None),
        ],
        vec![link(1, 2, 1, LinkKind::Flow), link(2, 1, 3, LinkKind::Flow)],
    );
    let findings = Findings::of(&journey, None);
    let stages: Vec<(&str, Vec<u64>)> = findings
        .stages
        .iter()
        .map(|g| {
            (
                g.name.as_str(),
                g.touchpoints.iter().map(|t| t.id.0).collect(),
            )
        })
        .collect();
    assert_eq!(stages, [("Before", vec![2, 1]), ("After", vec![3])]);
}

#[test]
fn the_report_is_written_in_the_language_of_the_thread() {
    use crate::i18n::{Language, set_language};
    let journey = journey(
        vec![
            step(1, 1, 1, 0.0, "Asiakas", Some(Severity::Major)),
            step(2, 2, 1, 0.0, "Laskutus", None),
        ],
        vec![link(1, 2, 1, LinkKind::Support)],
    );
    set_language(Language::Finnish);
    let markdown = to_markdown(&journey, None);
    for words in [
        "## Yhteenveto",
        "2 kosketuspistettä: asiakas näkee niistä 1, ja 1 on piilossa",
        "**Korjaa ensin:**",
        "| Vaihe | T | E | R | M | S | Yhteensä |",
        "## Kosketuspisteet vaiheittain",
        "- Kaista: Back (taustatoiminta, piilossa asiakkaalta)",
        "  - Aika, merkittävä",
    ] {
        assert!(markdown.contains(words), "{words:?} is not in\n{markdown}");
    }
    let html = to_html(&journey, None);
    assert!(html.contains("<html lang=\"fi\">"));
    assert!(html.contains("<h2>Piilossa olevien askelten vaikutus</h2>"));
    assert!(html.contains("<span class=\"chip major\" title=\"Aika\">T</span> Aika, merkittävä"));
    set_language(Language::English);
    assert!(to_markdown(&journey, None).contains("## Summary"));
}
