//! Laying a map out, which happens after every change: card sizes, lanes and stages, and
//! the routes of the links around the cards; and Tidy, for generated maps of 500, 5,000
//! and 20,000 touchpoints. Figures are in docs/benchmarks.md.

use criterion::{Criterion, criterion_group, criterion_main};
use polku::model::layout::Layout;
use polku::model::layout::tidy::tidy;

fn layout(c: &mut Criterion) {
    let mut group = c.benchmark_group("layout");
    group.sample_size(10);
    for touchpoints in [500, 5_000, 20_000] {
        let journey = polku::model::generate::generate(touchpoints, 1)
            .unwrap_or_else(|errors| panic!("{errors:?}"));
        group.bench_function(format!("{touchpoints} touchpoints, layout"), |b| {
            b.iter(|| Layout::new(&journey));
        });
        group.bench_function(format!("{touchpoints} touchpoints, tidy"), |b| {
            b.iter(|| tidy(&journey));
        });
    }
    group.finish();
}

criterion_group!(benches, layout);
criterion_main!(benches);
