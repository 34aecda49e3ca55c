//! Reading and writing a map of 10,000 touchpoints: polku's own load (version, syntax,
//! every reference checked, the graph built) and save (the document in file order,
//! pretty RON), beside serde_json reading and writing the same `Document`, and `ron`
//! alone reading and writing it (the floor polku's own work stands on). Figures are in
//! docs/benchmarks.md.

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use polku::model::Document;

fn file(c: &mut Criterion) {
    let mut group = c.benchmark_group("file");
    group.sample_size(20);
    let touchpoints = 10_000;
    let journey = polku::model::generate::generate(touchpoints, 1)
        .unwrap_or_else(|errors| panic!("{errors:?}"));
    let document = journey.to_document();
    let ron_text = polku::io::to_ron_string(&journey).unwrap_or_else(|error| panic!("{error}"));
    let json_text =
        serde_json::to_string_pretty(&document).unwrap_or_else(|error| panic!("{error}"));
    let config = ron::ser::PrettyConfig::new().struct_names(false);
    let ron_document_text = ron::ser::to_string_pretty(&document, config.clone())
        .unwrap_or_else(|error| panic!("{error}"));
    let path = Path::new("bench.ron");

    group.bench_function(format!("load ron, {touchpoints} touchpoints"), |b| {
        b.iter(|| {
            polku::io::load_bytes(ron_text.as_bytes(), path).unwrap_or_else(|e| panic!("{e}"))
        });
    });
    group.bench_function(format!("load json, {touchpoints} touchpoints"), |b| {
        b.iter(|| serde_json::from_str::<Document>(&json_text).unwrap_or_else(|e| panic!("{e}")));
    });
    group.bench_function(format!("load ron alone, {touchpoints} touchpoints"), |b| {
        b.iter(|| ron::from_str::<Document>(&ron_document_text).unwrap_or_else(|e| panic!("{e}")));
    });
    group.bench_function(format!("save ron, {touchpoints} touchpoints"), |b| {
        b.iter(|| polku::io::to_ron_string(&journey).unwrap_or_else(|e| panic!("{e}")));
    });
    group.bench_function(format!("save json, {touchpoints} touchpoints"), |b| {
        b.iter(|| serde_json::to_string_pretty(&document).unwrap_or_else(|e| panic!("{e}")));
    });
    group.bench_function(format!("save ron alone, {touchpoints} touchpoints"), |b| {
        b.iter(|| {
            ron::ser::to_string_pretty(&document, config.clone()).unwrap_or_else(|e| panic!("{e}"))
        });
    });
    group.finish();
}

criterion_group!(benches, file);
criterion_main!(benches);
