//! Test helpers for the insights panel: a harness that records the filter and the
//! commands the panel asks for, and a small map with something in every section.

use std::path::Path;

use egui_kittest::Harness;

use super::{InsightsState, insights_ui};
use crate::model::analysis::Insights;
use crate::model::{
    Document, Journey, Lane, LaneId, LaneKind, Link, LinkId, LinkKind, Persona, PersonaId,
    PersonaKind, Promise, PromiseId, Rating, Severity, Stage, StageId, TermsArea, TermsTag,
    Touchpoint, TouchpointId, templates::Template,
};
use crate::ui::commands::Command;
use crate::ui::filter::Filter;
use crate::ui::inspector::testing::{Bench, bench_at};

/// What the insights harness keeps: the panel's state, the canvas filter it sets, and
/// every command it asked for, in order.
#[derive(Default)]
pub(super) struct Panel {
    pub state: InsightsState,
    pub filter: Filter,
    pub commands: Vec<Command>,
}

/// A harness showing the insights of `journey` in a side panel 320 points wide.
pub(super) fn insights(journey: Journey) -> Harness<'static, Bench<Panel>> {
    insights_at(320.0, journey)
}

/// The online-order example with its feedback files read, as the window reads them.
pub(crate) fn example_with_feedback() -> (Journey, crate::io::feedback::MapFeedback) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("journeys/online-order.ron");
    let journey = crate::io::load(&path).unwrap_or_else(|error| panic!("{error}"));
    let (sources, readings) = crate::io::feedback::read_sources(&path, &journey, &|| {});
    let feedback = crate::io::feedback::MapFeedback::new(
        &journey,
        sources,
        readings,
        &crate::model::feedback::Window::ALL,
        crate::model::feedback::Period::Week,
    );
    (journey, feedback)
}

/// The period and the window of dates the panel chooses.
pub(super) type Choice = (
    crate::model::feedback::Period,
    crate::model::feedback::Window,
);

/// A harness showing the insights of `journey`, with `feedback`, in a side panel `width`
/// points wide.
pub(super) fn insights_with_feedback(
    width: f32,
    journey: Journey,
    feedback: crate::io::feedback::MapFeedback,
) -> Harness<'static, Bench<(Panel, crate::io::feedback::MapFeedback, Choice)>> {
    bench_at(
        width,
        journey,
        (Panel::default(), feedback, Choice::default()),
        |ui, journey, (panel, feedback, (period, window)), requests| {
            let insights = Insights::of(journey);
            let Panel {
                state,
                filter,
                commands,
            } = panel;
            insights_ui(
                ui,
                journey,
                &insights,
                Some((feedback, period, window)),
                filter,
                state,
                requests,
            );
            commands.append(&mut requests.commands);
        },
    )
}

/// A harness showing the insights of `journey` in a side panel `width` points wide.
pub(super) fn insights_at(width: f32, journey: Journey) -> Harness<'static, Bench<Panel>> {
    bench_at(
        width,
        journey,
        Panel::default(),
        |ui, journey, panel, requests| {
            // The app caches the insights per change; computing them each frame is the same
            // to the panel.
            let insights = Insights::of(journey);
            let Panel {
                state,
                filter,
                commands,
            } = panel;
            insights_ui(ui, journey, &insights, None, filter, state, requests);
            commands.append(&mut requests.commands);
        },
    )
}

pub(super) const JOIN: StageId = StageId(1);
pub(super) const PAY: StageId = StageId(2);
pub(super) const ORDER: TouchpointId = TouchpointId(1);
pub(super) const CONFIRM: TouchpointId = TouchpointId(2);
pub(super) const PRINT: TouchpointId = TouchpointId(3);
pub(super) const OPEN: TouchpointId = TouchpointId(4);
pub(super) const ARCHIVE: TouchpointId = TouchpointId(7);
/// The handoff from Billing's "Print invoice" to Sales's "Send confirmation".
pub(super) const PRINT_TO_CONFIRM: LinkId = LinkId(5);
pub(super) const PAYER: PersonaId = PersonaId(1);

/// A web shop's map with something in every section of the panel.
///
/// Customer: "Order online" (Join, emotion +1, Time minor) flows to "Send confirmation"
/// (frontstage, Sales, Join, emotion 0, experience −1), which flows to "Open invoice"
/// (Pay, emotion −2, Money critical, Emotion major), which flows to "Call about the
/// invoice" (frontstage, Customer service, Pay, experience −2, Money minor).
/// Behind them: "Print invoice" (Billing) supports "Open invoice" and "Send confirmation"
/// and "Call about the invoice"; "Run billing" (IT) supports "Print invoice";
/// "Correct the invoice" (Billing) supports "Call about the invoice"; "Archive letters"
/// is linked to nothing. The persona "Careful payer" walks "Order online" and "Open
/// invoice"; one promise is covered, the other is neither redeemed nor secured.
pub(super) fn journey() -> Journey {
    let lane = |id, name: &str, kind| Lane {
        id: LaneId(id),
        name: name.to_owned(),
        kind,
    };
    let stage = |id, name: &str| Stage {
        id,
        name: name.to_owned(),
    };
    let touchpoint = |id, title: &str, lane, stage, owner: &str| {
        let mut touchpoint = Touchpoint::new(id, title, LaneId(lane), stage);
        touchpoint.owner = owner.to_owned();
        touchpoint.x = 10.0 * id.0 as f32;
        touchpoint
    };
    let tag = |area, severity| TermsTag {
        area,
        severity,
        note: "Goes wrong".to_owned(),
    };
    let link = |id, from, to, kind| Link {
        id: LinkId(id),
        from: TouchpointId(from),
        to: TouchpointId(to),
        kind,
        label: String::new(),
    };

    let mut order = touchpoint(ORDER, "Order online", 1, JOIN, "");
    order.emotion = Rating::new(1);
    order.terms.push(tag(TermsArea::Time, Severity::Minor));
    let mut confirm = touchpoint(CONFIRM, "Send confirmation", 2, JOIN, "Sales");
    confirm.emotion = Rating::new(0);
    confirm.employee_experience = Rating::new(-1);
    let print = touchpoint(PRINT, "Print invoice", 3, PAY, "Billing");
    let mut open = touchpoint(OPEN, "Open invoice", 1, PAY, "");
    open.emotion = Rating::new(-2);
    open.terms.push(tag(TermsArea::Emotion, Severity::Major));
    open.terms.push(tag(TermsArea::Money, Severity::Critical));
    let run = touchpoint(TouchpointId(5), "Run billing", 4, PAY, "IT");
    let call_id = TouchpointId(6);
    let mut call = touchpoint(
        call_id,
        "Call about the invoice",
        2,
        PAY,
        "Customer service",
    );
    call.employee_experience = Rating::new(-2);
    call.terms.push(tag(TermsArea::Money, Severity::Minor));
    let archive = touchpoint(ARCHIVE, "Archive letters", 3, PAY, "Billing");
    let correct = touchpoint(TouchpointId(8), "Correct the invoice", 3, PAY, "billing");

    let document = Document {
        title: "Web shop".to_owned(),
        lanes: vec![
            lane(1, "Customer actions", LaneKind::Customer),
            lane(2, "Frontstage", LaneKind::Frontstage),
            lane(3, "Back office", LaneKind::Backstage),
            lane(4, "Billing system", LaneKind::Support),
        ],
        stages: vec![stage(JOIN, "Join"), stage(PAY, "Pay")],
        touchpoints: vec![order, confirm, print, open, run, call, archive, correct],
        links: vec![
            link(1, 1, 2, LinkKind::Flow),
            link(2, 2, 4, LinkKind::Flow),
            link(3, 3, 4, LinkKind::Support),
            link(4, 5, 3, LinkKind::Support),
            link(PRINT_TO_CONFIRM.0, 3, 2, LinkKind::Support),
            link(6, 4, 6, LinkKind::Flow),
            link(7, 3, 6, LinkKind::Support),
            link(8, 8, 6, LinkKind::Support),
            link(9, 5, 8, LinkKind::Support),
        ],
        personas: vec![
            Persona {
                id: PAYER,
                name: "Careful payer".to_owned(),
                description: String::new(),
                kind: PersonaKind::Customer,
                colour: crate::model::Colour::PALETTE[1],
                path: vec![ORDER, OPEN],
            },
            Persona {
                id: PersonaId(2),
                name: "Billing clerk".to_owned(),
                description: String::new(),
                kind: PersonaKind::Employee,
                colour: crate::model::Colour::PALETTE[2],
                path: vec![PRINT, CONFIRM, call_id],
            },
        ],
        promises: vec![
            Promise {
                id: PromiseId(1),
                text: "The invoice is right".to_owned(),
                description: String::new(),
                redeemed_by: vec![OPEN],
                secured_by: vec![PRINT],
            },
            Promise {
                id: PromiseId(2),
                text: "We call you back".to_owned(),
                description: String::new(),
                redeemed_by: Vec::new(),
                secured_by: Vec::new(),
            },
        ],
        ..Document::default()
    };
    // The document above is sound; an empty template map would make every test fail
    // loudly rather than pass by accident.
    Journey::from_document(document).unwrap_or_else(|_| Template::Blueprint.journey())
}

/// The telecom example from `journeys/`: a real map with long names in every section.
pub(super) fn telecom() -> Journey {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("journeys/telecom-wrong-invoice.ron");
    crate::io::load(&path).unwrap_or_else(|_| Template::Blueprint.journey())
}
