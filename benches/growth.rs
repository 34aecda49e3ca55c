//! How each cost grows with the size of the map, measured in one run for the table in
//! docs/benchmarks.md: loading and saving the file, the insights, the SVG export, and
//! laying the map out, for generated maps of 1,000 to 100,000 touchpoints. (One frame of
//! the window at each size is `cargo bench --bench frame`; one edit at 100,000 is there
//! too.)

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use polku::model::Journey;
use polku::model::analysis::Insights;
use polku::model::layout::Layout;

const SIZES: [usize; 5] = [1_000, 5_000, 20_000, 50_000, 100_000];

fn generated(touchpoints: usize) -> Journey {
    polku::model::generate::generate(touchpoints, 1).unwrap_or_else(|errors| panic!("{errors:?}"))
}

fn growth(c: &mut Criterion) {
    let mut group = c.benchmark_group("growth");
    group.sample_size(10);
    for touchpoints in SIZES {
        let journey = generated(touchpoints);
        let text = polku::io::to_ron_string(&journey).unwrap_or_else(|error| panic!("{error}"));
        let path = Path::new("growth.ron");
        group.bench_function(format!("load, {touchpoints} touchpoints"), |b| {
            b.iter(|| {
                polku::io::load_bytes(text.as_bytes(), path).unwrap_or_else(|e| panic!("{e}"))
            });
        });
        group.bench_function(format!("save, {touchpoints} touchpoints"), |b| {
            b.iter(|| polku::io::to_ron_string(&journey).unwrap_or_else(|e| panic!("{e}")));
        });
        group.bench_function(format!("insights, {touchpoints} touchpoints"), |b| {
            b.iter(|| Insights::of(&journey));
        });
        group.bench_function(format!("layout, {touchpoints} touchpoints"), |b| {
            b.iter(|| Layout::new(&journey).with_emotion_row(&journey, None));
        });
        group.bench_function(format!("svg, {touchpoints} touchpoints"), |b| {
            b.iter(|| polku::io::picture::to_svg(&journey));
        });
    }
    group.finish();
}

/// The insights of the largest map, the figure the target names.
fn insights(c: &mut Criterion) {
    let mut group = c.benchmark_group("insights");
    group.sample_size(10);
    let touchpoints = 100_000;
    let journey = generated(touchpoints);
    group.bench_function(format!("{touchpoints} touchpoints"), |b| {
        b.iter(|| Insights::of(&journey));
    });
    group.finish();
}

criterion_group!(benches, insights, growth);
criterion_main!(benches);
