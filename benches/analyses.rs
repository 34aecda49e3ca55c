//! The analyses of maps at the limit of 100,000 touchpoints, in the shapes that are
//! hardest for them: a long chain of hidden steps, a hidden hub feeding every customer
//! moment and every hidden step feeding one, a layered web of hidden steps that each
//! reach a different set of moments, a hub with 50,000 variants of its set waiting at
//! once, a tangle of hidden cycles, a journey of cycles, a persona walking every step,
//! and a realistic generated map. Each is timed as the whole of `Insights::of` (journey
//! order, hidden impact, handoffs, heatmap, promises, warnings) plus a persona's walk and
//! curves; the peak memory of the process while the analyses run (its resident set,
//! Linux's VmHWM) is printed before the timings.
//! Figures are in docs/benchmarks.md.

use criterion::{Criterion, criterion_group, criterion_main};
use polku::model::analysis::{Insights, curves};
use polku::model::{
    Colour, Document, Journey, Lane, LaneId, LaneKind, Link, LinkId, LinkKind, Persona, PersonaId,
    PersonaKind, Severity, Stage, StageId, TermsArea, TermsTag, Touchpoint, TouchpointId,
};

const TOUCHPOINTS: usize = 100_000;

/// splitmix64, so every run measures the same maps.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        (((z ^ (z >> 31)) as u128 * n as u128) >> 64) as usize
    }
}

/// A map of `hidden[i]` steps (hidden or visible) with `links` (from, to, Flow?) between
/// them, 100 stages, every fourth step tagged, and a persona who walks every step.
fn map(hidden: &[bool], links: &[(usize, usize, bool)]) -> Journey {
    let lanes = vec![
        Lane {
            id: LaneId(1),
            name: "Customer".into(),
            kind: LaneKind::Customer,
        },
        Lane {
            id: LaneId(2),
            name: "Back office".into(),
            kind: LaneKind::Backstage,
        },
    ];
    let stages = (1..=100)
        .map(|n| Stage {
            id: StageId(n),
            name: format!("Stage {n}"),
        })
        .collect();
    let touchpoints = hidden
        .iter()
        .enumerate()
        .map(|(i, &is_hidden)| {
            let lane = LaneId(if is_hidden { 2 } else { 1 });
            let stage = StageId(1 + (i * 100 / hidden.len()) as u64);
            let mut card =
                Touchpoint::new(TouchpointId(i as u64 + 1), format!("Step {i}"), lane, stage);
            card.x = (i % 1000) as f32 * 200.0;
            card.owner = ["Sales", "Billing", "Logistics"][i % 3].into();
            if i % 4 == 0 {
                card.terms = vec![TermsTag {
                    area: TermsArea::ALL[i % 5],
                    severity: Severity::ALL[i % 3],
                    note: "noted".into(),
                }];
            }
            card
        })
        .collect();
    let links = links
        .iter()
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
        title: "Shape".into(),
        lanes,
        stages,
        touchpoints,
        links,
        personas: vec![Persona {
            id: PersonaId(1),
            name: "Everyone".into(),
            description: String::new(),
            kind: PersonaKind::Customer,
            colour: Colour::default(),
            path: (1..=hidden.len() as u64).map(TouchpointId).collect(),
        }],
        ..Document::default()
    };
    Journey::from_document(document).unwrap_or_else(|errors| panic!("{errors:?}"))
}

/// A shape's name, and how to make it.
type Shape = (&'static str, fn() -> Journey);

/// The shapes, by name: each made when it is measured, so only one is in memory at once.
fn shapes() -> Vec<Shape> {
    vec![
        ("hidden chain", hidden_chain),
        ("hub to every moment", hub),
        ("every step to one moment", funnel),
        ("layered web", layered_web),
        ("hub and its variants", variants),
        ("hidden tangle", tangle),
        ("journey of loops", loops),
        ("generated", generated),
    ]
}

/// A chain of hidden steps, each supporting the next, ending at one customer moment.
fn hidden_chain() -> Journey {
    let mut hidden = vec![true; TOUCHPOINTS];
    hidden[TOUCHPOINTS - 1] = false;
    let chain: Vec<_> = (0..TOUCHPOINTS - 1).map(|i| (i, i + 1, false)).collect();
    map(&hidden, &chain)
}

/// One hidden hub feeding every customer moment, which follow one another.
fn hub() -> Journey {
    let n = TOUCHPOINTS;
    let mut hidden = vec![false; n];
    hidden[0] = true;
    let mut links: Vec<_> = (1..n).map(|i| (0, i, false)).collect();
    links.extend((1..n - 1).map(|i| (i, i + 1, true)));
    map(&hidden, &links)
}

/// Every hidden step feeding one customer moment.
fn funnel() -> Journey {
    let mut hidden = vec![true; TOUCHPOINTS];
    hidden[0] = false;
    let links: Vec<_> = (1..TOUCHPOINTS).map(|i| (i, 0, false)).collect();
    map(&hidden, &links)
}

/// Half hidden, half visible; each hidden step feeds two later hidden steps and two
/// random moments: a web without cycles in which each step reaches a set of its own.
fn layered_web() -> Journey {
    let half = TOUCHPOINTS / 2;
    let mut rng = Rng(2026);
    let hidden: Vec<bool> = (0..TOUCHPOINTS).map(|i| i < half).collect();
    let mut links = Vec::new();
    for i in 0..half {
        for _ in 0..2 {
            if i + 1 < half {
                links.push((i, i + 1 + rng.below(half - i - 1), false));
            }
            links.push((i, half + rng.below(half), false));
        }
    }
    map(&hidden, &links)
}

/// The most memory the sets of moments take: 50,000 moments; a hidden hub feeding them
/// all; 49,998 hidden steps each feeding the hub and a moment of its own (so each reaches
/// a set of its own, nearly as large as all); and one hidden step feeding all of those, so
/// their sets wait until it is done.
fn variants() -> Journey {
    let half = TOUCHPOINTS / 2;
    let hidden: Vec<bool> = (0..TOUCHPOINTS).map(|i| i < half).collect();
    let (hub, root) = (0, 1);
    let mut links: Vec<_> = (half..TOUCHPOINTS).map(|v| (hub, v, false)).collect();
    for i in 2..half {
        links.push((i, hub, false));
        links.push((i, half + i, false));
        links.push((root, i, false));
    }
    map(&hidden, &links)
}

/// Half hidden, half visible, and links in every direction up to the limit of 500,000:
/// hidden cycles within cycles.
fn tangle() -> Journey {
    let half = TOUCHPOINTS / 2;
    let mut rng = Rng(2027);
    let hidden: Vec<bool> = (0..TOUCHPOINTS).map(|i| i < half).collect();
    let mut links = Vec::new();
    while links.len() < 450_000 {
        links.push((rng.below(half), rng.below(half), false));
    }
    while links.len() < 500_000 {
        links.push((rng.below(half), half + rng.below(half), false));
    }
    links.retain(|&(from, to, _)| from != to);
    map(&hidden, &links)
}

/// Customer moments in 50,000 loops of two (sent back and forth), for journey order.
fn loops() -> Journey {
    let hidden = vec![false; TOUCHPOINTS];
    let mut links = Vec::new();
    for i in (0..TOUCHPOINTS).step_by(2) {
        links.push((i + 1, i, true));
        links.push((i, i + 1, true));
    }
    map(&hidden, &links)
}

fn generated() -> Journey {
    polku::model::generate::generate(TOUCHPOINTS, 1).unwrap_or_else(|errors| panic!("{errors:?}"))
}

/// Everything the analyses give a map, as the insights panel and a persona's curves
/// ask for them.
fn analyse(journey: &Journey) -> usize {
    let insights = Insights::of(journey);
    let persona = journey.personas().first().map(|p| p.id);
    insights.hidden_impact.len() + curves(journey, persona).len()
}

/// The process's peak resident memory in MB since it was last reset, on Linux.
fn peak_megabytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}

/// Starts counting the peak anew from what the process holds now (Linux).
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn analyses(c: &mut Criterion) {
    for (name, make) in shapes() {
        let journey = make();
        reset_peak();
        let before = peak_megabytes();
        let started = std::time::Instant::now();
        let answer = analyse(&journey);
        let seconds = started.elapsed().as_secs_f64();
        if let (Some(before), Some(peak)) = (before, peak_megabytes()) {
            println!(
                "{name}: {} touchpoints, {} links; one run {seconds:.2} s; resident {before} MB \
                 with the map, {peak} MB at the peak of the analyses, {} MB more ({answer} \
                 entries)",
                journey.touchpoint_count(),
                journey.link_count(),
                peak.saturating_sub(before)
            );
        }
    }
    let mut group = c.benchmark_group("analyses");
    group.sample_size(10);
    for (name, make) in shapes() {
        let journey = make();
        group.bench_function(name, |b| b.iter(|| analyse(&journey)));
    }
    group.finish();
}

criterion_group!(benches, analyses);
criterion_main!(benches);
