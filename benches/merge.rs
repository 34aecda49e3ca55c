//! Merging two people's work on a large map: 99,000 touchpoints (room for what they
//! add), one side retitling a thousand cards and adding a hundred, the other tagging a
//! thousand others and adding a hundred (whose ids collide with the first side's); beside
//! loading one version of the same map (the floor a merge of files stands on) and
//! `polku diff`'s comparison. Figures are in docs/benchmarks.md.

use criterion::{Criterion, criterion_group, criterion_main};
use polku::model::{Document, Severity, TermsArea, TermsTag, Touchpoint, TouchpointId};

/// `base` with `count` touchpoints from `first` on changed by `change`, and `added` new
/// ones numbered on from the highest id.
fn side(
    base: &Document,
    first: usize,
    count: usize,
    added: u64,
    change: impl Fn(&mut Touchpoint),
) -> Document {
    let mut side = base.clone();
    for touchpoint in side.touchpoints.iter_mut().skip(first).take(count) {
        change(touchpoint);
    }
    let next = side.touchpoints.iter().map(|t| t.id.0).max().unwrap_or(0);
    let template = side.touchpoints[0].clone();
    for number in 1..=added {
        let mut new = template.clone();
        new.id = TouchpointId(next + number);
        new.title = format!("Added {number}");
        side.touchpoints.push(new);
    }
    side
}

fn merge(c: &mut Criterion) {
    let mut group = c.benchmark_group("merge");
    group.sample_size(10);
    let touchpoints = 99_000;
    let journey = polku::model::generate::generate(touchpoints, 1)
        .unwrap_or_else(|errors| panic!("{errors:?}"));
    let base = journey.to_document();
    let ours = side(&base, 0, 1_000, 100, |t| t.title.push_str(" (ours)"));
    let theirs = side(&base, 50_000, 1_000, 100, |t| {
        let tag = TermsTag {
            area: TermsArea::Time,
            severity: Severity::Major,
            note: String::new(),
        };
        t.set_tag(TermsArea::Time, Some(tag));
    });
    let text = polku::io::to_ron_string(&journey).unwrap_or_else(|error| panic!("{error}"));
    let path = std::path::Path::new("bench.ron");

    group.bench_function(format!("three-way, {touchpoints} touchpoints"), |b| {
        b.iter(|| polku::model::merge::merge(&base, &ours, &theirs));
    });
    let mine = polku::model::Journey::from_document(ours.clone())
        .unwrap_or_else(|errors| panic!("{errors:?}"));
    let other = polku::model::Journey::from_document(theirs.clone())
        .unwrap_or_else(|errors| panic!("{errors:?}"));
    group.bench_function(format!("compare, {touchpoints} touchpoints"), |b| {
        b.iter(|| polku::model::compare::compare(&mine, &other));
    });
    group.bench_function(
        format!("load one version, {touchpoints} touchpoints"),
        |b| {
            b.iter(|| {
                polku::io::load_bytes(text.as_bytes(), path).unwrap_or_else(|e| panic!("{e}"))
            });
        },
    );
    group.finish();
}

criterion_group!(benches, merge);
criterion_main!(benches);
