//! The analyses on small maps whose answers were worked out by hand.

use std::collections::BTreeMap;

use polku::model::analysis::{
    Glasses, Insights, curves, handoffs, hidden_impact, hidden_support, journey_order,
    journey_order_all, promise_coverage, terms_heatmap, walk,
};
use polku::model::{
    Colour, Document, Journey, Lane, LaneId, LaneKind, Link, LinkId, LinkKind, Persona, PersonaId,
    PersonaKind, Promise, PromiseId, Rating, Severity, Stage, StageId, TermsArea, TermsTag,
    Touchpoint, TouchpointId,
};

/// A card: its name, lane kind, stage (0, 1 or 2), position in the stage and owner.
type Card<'a> = (&'a str, LaneKind, u64, f32, &'a str);

/// A map with one lane of each kind and three stages, the `cards` and the `links`
/// between them (by name; `true` for Flow, `false` for Support).
fn map(
    cards: &[Card<'_>],
    links: &[(&str, &str, bool)],
) -> (Journey, BTreeMap<String, TouchpointId>) {
    let lanes = LaneKind::ALL
        .iter()
        .enumerate()
        .map(|(i, &kind)| Lane {
            id: LaneId(i as u64 + 1),
            name: kind.name().to_owned(),
            kind,
        })
        .collect();
    let stages = (1..=3)
        .map(|i| Stage {
            id: StageId(i),
            name: format!("Stage {i}"),
        })
        .collect();
    let lane_of = |kind: LaneKind| {
        let Some(index) = LaneKind::ALL.iter().position(|&k| k == kind) else {
            panic!("{kind:?} is no lane kind");
        };
        LaneId(index as u64 + 1)
    };
    let mut names = BTreeMap::new();
    let touchpoints = cards
        .iter()
        .enumerate()
        .map(|(i, &(name, kind, stage, x, owner))| {
            let id = TouchpointId(i as u64 + 1);
            names.insert(name.to_owned(), id);
            let mut touchpoint = Touchpoint::new(id, name, lane_of(kind), StageId(stage + 1));
            touchpoint.x = x;
            touchpoint.owner = owner.to_owned();
            touchpoint
        })
        .collect();
    let links = links
        .iter()
        .enumerate()
        .map(|(i, &(from, to, flow))| Link {
            id: LinkId(i as u64 + 1),
            from: names[from],
            to: names[to],
            kind: if flow {
                LinkKind::Flow
            } else {
                LinkKind::Support
            },
            label: String::new(),
        })
        .collect();
    let document = Document {
        title: "Test".into(),
        lanes,
        stages,
        touchpoints,
        links,
        ..Document::default()
    };
    match Journey::from_document(document) {
        Ok(journey) => (journey, names),
        Err(errors) => panic!("{errors:?}"),
    }
}

fn names(ids: &[TouchpointId], journey: &Journey) -> Vec<String> {
    ids.iter()
        .filter_map(|&id| journey.touchpoint(id))
        .map(|t| t.title.clone())
        .collect()
}

use LaneKind::{Backstage, Customer, Evidence, Frontstage, Support};

#[test]
fn a_chain_is_met_in_its_order_and_ties_go_by_stage_then_position() {
    let (journey, _) = map(
        &[
            ("C", Customer, 2, 0.0, ""),
            ("B", Customer, 1, 0.0, ""),
            ("A", Customer, 0, 0.0, ""),
            ("Sign", Evidence, 0, 200.0, ""),
            ("Leaflet", Evidence, 0, 100.0, ""),
        ],
        &[("A", "B", true), ("B", "C", true)],
    );
    // Leaflet and Sign have no links: they come where they stand, by stage and position.
    assert_eq!(
        names(&journey_order(&journey), &journey),
        ["A", "Leaflet", "Sign", "B", "C"]
    );
}

#[test]
fn flow_links_outrank_the_stages() {
    // X stands in the last stage but leads to Y in the first; Z stands alone in the middle.
    let (journey, _) = map(
        &[
            ("Y", Customer, 0, 0.0, ""),
            ("Z", Customer, 1, 0.0, ""),
            ("X", Customer, 2, 0.0, ""),
        ],
        &[("X", "Y", true)],
    );
    assert_eq!(names(&journey_order(&journey), &journey), ["Z", "X", "Y"]);
}

#[test]
fn a_cycle_is_entered_at_its_earliest_step() {
    // A → B → C → B: the customer is sent back to B; and D → E → D, a loop on its own.
    let (journey, _) = map(
        &[
            ("A", Customer, 0, 0.0, ""),
            ("B", Customer, 1, 0.0, ""),
            ("C", Customer, 2, 0.0, ""),
            ("E", Frontstage, 2, 200.0, ""),
            ("D", Frontstage, 1, 200.0, ""),
        ],
        &[
            ("A", "B", true),
            ("B", "C", true),
            ("C", "B", true),
            ("D", "E", true),
            ("E", "D", true),
        ],
    );
    // D and E wait until nothing else can go: a loop is entered only when it must be.
    assert_eq!(
        names(&journey_order(&journey), &journey),
        ["A", "B", "C", "D", "E"]
    );
}

#[test]
fn support_links_do_not_order_and_hidden_steps_are_left_out() {
    let (journey, _) = map(
        &[
            ("Orders", Customer, 0, 0.0, ""),
            ("Packs", Backstage, 1, 0.0, ""),
            ("Receives", Customer, 2, 0.0, ""),
            ("Invoice run", Support, 0, 200.0, ""),
        ],
        &[
            ("Orders", "Packs", true),
            ("Packs", "Receives", true),
            ("Invoice run", "Orders", false),
        ],
    );
    assert_eq!(
        names(&journey_order(&journey), &journey),
        ["Orders", "Receives"]
    );
    assert_eq!(
        names(&journey_order_all(&journey), &journey),
        ["Orders", "Invoice run", "Packs", "Receives"]
    );
}

#[test]
fn disconnected_parts_and_an_empty_map() {
    let (journey, _) = map(
        &[
            ("P1", Customer, 0, 0.0, ""),
            ("P2", Customer, 2, 0.0, ""),
            ("Q1", Frontstage, 1, 0.0, ""),
            ("Q2", Frontstage, 1, 200.0, ""),
        ],
        &[("P1", "P2", true), ("Q1", "Q2", true)],
    );
    assert_eq!(
        names(&journey_order(&journey), &journey),
        ["P1", "Q1", "Q2", "P2"]
    );

    let (empty, _) = map(&[], &[]);
    assert!(journey_order(&empty).is_empty());
    let insights = Insights::of(&empty);
    assert_eq!(
        (
            insights.touchpoints,
            insights.visible,
            insights.hidden,
            insights.links
        ),
        (0, 0, 0, 0)
    );
    assert!(insights.hidden_impact.is_empty() && insights.handoffs.is_empty());
    assert_eq!(insights.heatmap.len(), 3);
    assert!(insights.heatmap.iter().all(|row| row.areas == [0; 5]));
}

/// Behind the bill: a support system feeds a backstage check, which feeds the bill the
/// customer reads; a second system feeds the call centre, which the customer also meets.
fn billing() -> (Journey, BTreeMap<String, TouchpointId>) {
    let (mut journey, names) = map(
        &[
            ("Reads the bill", Customer, 1, 0.0, "Billing"),
            ("Calls", Customer, 2, 0.0, "Customer service"),
            ("Agent answers", Frontstage, 2, 0.0, "Customer service"),
            ("Checks the bill", Backstage, 1, 0.0, "Billing"),
            ("Billing system", Support, 0, 0.0, "IT"),
            ("CRM", Support, 2, 200.0, "IT"),
            ("Archive", Support, 2, 400.0, "IT"),
        ],
        &[
            ("Reads the bill", "Calls", true),
            ("Calls", "Agent answers", true),
            ("Billing system", "Checks the bill", false),
            ("Checks the bill", "Reads the bill", false),
            ("Checks the bill", "Agent answers", false),
            ("CRM", "Agent answers", false),
            ("Archive", "CRM", false),
            // Through a visible step: this does not make the archive support the bill.
            ("Agent answers", "Reads the bill", true),
        ],
    );
    let tags = [
        ("Reads the bill", TermsArea::Money, Severity::Critical),
        ("Reads the bill", TermsArea::Emotion, Severity::Minor),
        ("Agent answers", TermsArea::Time, Severity::Major),
    ];
    for (name, area, severity) in tags {
        let edit = polku::model::Edit::UpdateTouchpoint {
            id: names[name],
            change: polku::model::TouchpointChange::Tag {
                area,
                tag: Some(TermsTag {
                    area,
                    severity,
                    note: String::new(),
                }),
            },
        };
        assert!(journey.apply(edit).is_ok());
    }
    (journey, names)
}

#[test]
fn hidden_support_goes_through_hidden_steps_only() {
    let (journey, n) = billing();
    assert_eq!(
        names(&hidden_support(&journey, n["Reads the bill"]), &journey),
        ["Checks the bill", "Billing system"]
    );
    assert_eq!(
        names(&hidden_support(&journey, n["Agent answers"]), &journey),
        ["Checks the bill", "CRM", "Billing system", "Archive"]
    );
    assert!(hidden_support(&journey, n["Calls"]).is_empty());
}

#[test]
fn hidden_impact_ranks_by_moments_then_by_their_problems() {
    let (journey, _) = billing();
    let ranked: Vec<(String, usize, u32)> = hidden_impact(&journey)
        .iter()
        .map(|impact| {
            let title = journey
                .touchpoint(impact.touchpoint)
                .map(|t| t.title.clone())
                .expect("a ranked step is in the map");
            (title, impact.visible_supported, impact.terms_weight)
        })
        .collect();
    // Checks the bill and the billing system hold up the bill (3+1) and the agent (2);
    // the CRM and the archive only the agent.
    assert_eq!(
        ranked,
        [
            ("Checks the bill".to_owned(), 2, 6),
            ("Billing system".to_owned(), 2, 6),
            ("CRM".to_owned(), 1, 2),
            ("Archive".to_owned(), 1, 2),
        ]
    );
}

#[test]
fn handoffs_are_links_between_different_owners() {
    let (journey, _) = billing();
    let found: Vec<(String, String)> = handoffs(&journey)
        .into_iter()
        .map(|h| (h.from_owner, h.to_owner))
        .collect();
    assert_eq!(
        found,
        [
            ("Billing".to_owned(), "Customer service".to_owned()),
            ("IT".to_owned(), "Billing".to_owned()),
            ("Billing".to_owned(), "Customer service".to_owned()),
            ("IT".to_owned(), "Customer service".to_owned()),
            ("Customer service".to_owned(), "Billing".to_owned()),
        ]
    );
    // Same owner (whatever the case), or no owner at one end: no handoff.
    let (journey, _) = map(
        &[
            ("A", Customer, 0, 0.0, "Sales"),
            ("B", Customer, 1, 0.0, "sales "),
            ("C", Customer, 2, 0.0, ""),
        ],
        &[("A", "B", true), ("B", "C", true)],
    );
    assert!(handoffs(&journey).is_empty());
}

#[test]
fn the_heatmap_sums_severities_by_stage_and_area() {
    let (journey, _) = billing();
    let rows: Vec<[u32; 5]> = terms_heatmap(&journey)
        .iter()
        .map(|row| row.areas)
        .collect();
    // Time, Emotion, Risk, Money, Situation.
    assert_eq!(rows, [[0, 0, 0, 0, 0], [0, 1, 0, 3, 0], [2, 0, 0, 0, 0]]);
    let insights = Insights::of(&journey);
    assert_eq!(insights.terms, [1, 1, 0, 1, 0]);
    assert_eq!(
        (insights.visible, insights.hidden, insights.links),
        (3, 4, 8)
    );
}

#[test]
fn a_promise_kept_only_out_of_sight_is_not_redeemed() {
    let (journey, n) = billing();
    let mut document = journey.to_document();
    document.promises = vec![
        Promise {
            id: PromiseId(1),
            text: "A bill you understand".into(),
            description: String::new(),
            redeemed_by: vec![n["Reads the bill"]],
            secured_by: vec![n["Checks the bill"]],
        },
        Promise {
            id: PromiseId(2),
            text: "Answers in a minute".into(),
            description: String::new(),
            redeemed_by: vec![n["CRM"]],
            secured_by: vec![],
        },
    ];
    let journey = Journey::from_document(document).unwrap();
    let coverage = promise_coverage(&journey);
    assert!(coverage[0].is_covered());
    assert!(!coverage[1].is_covered());
    assert!(coverage[1].redeemed_by.is_empty());
}

#[test]
fn employee_glasses_walk_the_employees_steps_and_personas_their_paths() {
    let (journey, n) = billing();
    assert_eq!(
        names(&walk(&journey, Glasses::Employee, None), &journey),
        ["Checks the bill", "Agent answers"]
    );
    assert_eq!(
        names(&walk(&journey, Glasses::Customer, None), &journey),
        ["Reads the bill", "Calls", "Agent answers"]
    );

    let mut document = journey.to_document();
    document.personas = vec![Persona {
        id: PersonaId(1),
        name: "Agent".into(),
        description: String::new(),
        kind: PersonaKind::Employee,
        colour: Colour::default(),
        // Out of order on purpose: the walk follows the journey, not the list.
        path: vec![n["Agent answers"], n["CRM"]],
    }];
    let mut journey = Journey::from_document(document).unwrap();
    assert_eq!(
        names(
            &walk(&journey, Glasses::Employee, Some(PersonaId(1))),
            &journey
        ),
        ["CRM", "Agent answers"]
    );

    let edit = polku::model::Edit::UpdateTouchpoint {
        id: n["Agent answers"],
        change: polku::model::TouchpointChange::EmployeeExperience(Rating::new(-2)),
    };
    assert!(journey.apply(edit).is_ok());
    let curve = curves(&journey, Some(PersonaId(1)));
    assert_eq!(curve.len(), 2);
    assert_eq!(curve[1].employee_experience, Rating::new(-2));
    assert_eq!(curve[1].stage_index, 2);
}

/// A map of hidden and visible steps: `kinds` says which steps are hidden, `tags` the
/// TERMS severity of each (in turn), `links` the ends of each link (by position) and
/// whether it is a Flow link.
fn random_map(kinds: &[bool], tags: &[u8], links: &[(usize, usize, bool)]) -> Journey {
    let n = kinds.len();
    let lanes = vec![
        Lane {
            id: LaneId(1),
            name: "Customer".into(),
            kind: LaneKind::Customer,
        },
        Lane {
            id: LaneId(2),
            name: "Back office".into(),
            kind: LaneKind::Support,
        },
    ];
    let touchpoints = (0..n)
        .map(|i| {
            let lane = LaneId(if kinds[i] { 2 } else { 1 });
            let mut card = Touchpoint::new(
                TouchpointId(i as u64 + 1),
                format!("T{i}"),
                lane,
                StageId(1),
            );
            card.x = (i * 7 % 11) as f32 * 200.0;
            let severity = tags[i % tags.len()];
            if severity > 0 {
                card.terms = vec![TermsTag {
                    area: TermsArea::Time,
                    severity: Severity::ALL[usize::from(severity - 1)],
                    note: String::new(),
                }];
            }
            card
        })
        .collect();
    let links = links
        .iter()
        .filter(|&&(from, to, _)| from < n && to < n)
        .zip(1..)
        .map(|(&(from, to, flow), id)| Link {
            id: LinkId(id),
            from: TouchpointId(from as u64 + 1),
            to: TouchpointId(to as u64 + 1),
            kind: if flow {
                LinkKind::Flow
            } else {
                LinkKind::Support
            },
            label: String::new(),
        })
        .collect();
    let document = Document {
        lanes,
        stages: vec![Stage {
            id: StageId(1),
            name: "All".into(),
        }],
        touchpoints,
        links,
        ..Document::default()
    };
    Journey::from_document(document).unwrap_or_else(|errors| panic!("{errors:?}"))
}

#[test]
fn a_long_hidden_chain_and_a_wide_fan_are_counted_exactly() {
    // 3,000 hidden steps in a chain ending at one visible step, and a hidden hub that
    // feeds 3,000 visible steps: answers too large to list are counted.
    let n = 3_000;
    let mut kinds = vec![true; n];
    kinds.push(false);
    let chain: Vec<(usize, usize, bool)> = (0..n).map(|i| (i, i + 1, false)).collect();
    let journey = random_map(&kinds, &[1], &chain);
    let impacts = hidden_impact(&journey);
    assert!(
        impacts
            .iter()
            .all(|i| i.visible_supported == 1 && i.supports.len() == 1)
    );

    let mut kinds = vec![true];
    kinds.extend(std::iter::repeat_n(false, n));
    let fan: Vec<(usize, usize, bool)> = (1..=n).map(|i| (0, i, false)).collect();
    let journey = random_map(&kinds, &[2], &fan);
    let impacts = hidden_impact(&journey);
    assert_eq!(impacts[0].visible_supported, n);
    assert_eq!(impacts[0].terms_weight, 2 * n as u32);
    assert_eq!(
        impacts[0].supports.len(),
        polku::model::analysis::SUPPORTS_LISTED
    );
    assert_eq!(
        impacts[0].more_supported(),
        n - polku::model::analysis::SUPPORTS_LISTED
    );
}
