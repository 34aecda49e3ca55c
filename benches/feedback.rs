//! A million responses: a map's customer feedback file of 1,000,000 rows (about 100 MB of
//! CSV with dates and comments, as a year of a busy web shop's surveys), read from disk,
//! matched to the touchpoints and summed up (figures, trends, what changed, the mirror):
//! what the window does in the background when such a map opens. Also the peak memory
//! of one reading, from the process's high-water mark. Figures are in
//! docs/benchmarks.md.

use std::io::Write as _;

use criterion::{Criterion, criterion_group, criterion_main};
use polku::io::feedback::{MapFeedback, read_sources};
use polku::model::Journey;
use polku::model::feedback::{Audience, FeedbackSource, Period, Scale, Window};

const RESPONSES: usize = 1_000_000;

/// Where the order was made, in turns.
const CHANNELS: [&str; 3] = ["web shop", "mobile app", "customer service"];

/// What customers write, in turns.
const COMMENTS: [&str; 4] = [
    "",
    "The delivery took longer than promised and nobody told me why",
    "Quick and easy",
    "Could not find where to enter the discount code at checkout, so I paid the full price",
];

/// A generated map of 30 touchpoints, each with a key, naming `file` as its customers'
/// NPS source; and the CSV of `RESPONSES` responses spread over its touchpoints and a
/// year, written there.
fn map_and_file(folder: &std::path::Path) -> (std::path::PathBuf, Journey) {
    let generated =
        polku::model::generate::generate(30, 1).unwrap_or_else(|errors| panic!("{errors:?}"));
    let mut document = generated.to_document();
    for (n, touchpoint) in document.touchpoints.iter_mut().enumerate() {
        touchpoint.key = format!("step-{n}");
    }
    let keys = document.touchpoints.len();
    document.feedback.push(FeedbackSource {
        file: "responses.csv".to_owned(),
        audience: Audience::Customer,
        touchpoint: "Touchpoint".to_owned(),
        score: "Score".to_owned(),
        scale: Scale::Nps,
        date: "Date".to_owned(),
        comment: "Comment".to_owned(),
    });
    let journey = Journey::from_document(document).unwrap_or_else(|errors| panic!("{errors:?}"));
    let file = std::fs::File::create(folder.join("responses.csv"))
        .unwrap_or_else(|error| panic!("{error}"));
    let mut out = std::io::BufWriter::new(file);
    let written = (|| -> std::io::Result<()> {
        writeln!(
            out,
            "Response ID,Date,Order,Channel,Touchpoint,Score,Comment"
        )?;
        for n in 0..RESPONSES {
            let day = 1 + (n * 7) % 365;
            let (month, day) = (1 + (day - 1) / 31 % 12, 1 + (day - 1) % 28);
            writeln!(
                out,
                "R_{n:07},2026-{month:02}-{day:02} {:02}:{:02},ORD-2026-{n:08},{},step-{},{},\"{}\"",
                n % 24,
                n % 60,
                CHANNELS[n % CHANNELS.len()],
                n % keys,
                (n * 7 + n / 13) % 11,
                COMMENTS[n % COMMENTS.len()],
            )?;
        }
        out.flush()
    })();
    written.unwrap_or_else(|error| panic!("{error}"));
    (folder.join("map.ron"), journey)
}

/// The process's peak resident memory so far, in MB (Linux).
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn feedback(c: &mut Criterion) {
    let folder = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let (map, journey) = map_and_file(folder.path());
    let size = std::fs::metadata(folder.path().join("responses.csv"))
        .map(|m| m.len() as f64 / 1e6)
        .unwrap_or_default();
    let read = || {
        let (sources, readings) = read_sources(&map, &journey, &|| {});
        MapFeedback::new(&journey, sources, readings, &Window::ALL, Period::Week)
    };
    // One reading first, alone, for its memory: the high-water mark before it is the
    // map and the written file's buffers; what it adds is the reading's.
    let before = peak_mb();
    let first = read();
    let after = peak_mb();
    assert_eq!(
        first.sources[0].matched, RESPONSES,
        "every response matched"
    );
    if let (Some(before), Some(after)) = (before, after) {
        eprintln!(
            "feedback: {RESPONSES} responses, {size:.0} MB of CSV; peak memory {after:.0} MB \
             ({:.0} MB more than before reading)",
            after - before
        );
    }
    drop(first);
    let mut group = c.benchmark_group("feedback");
    group.sample_size(10);
    group.bench_function(format!("read and sum {RESPONSES} responses"), |b| {
        b.iter(read);
    });
    group.finish();
}

criterion_group!(benches, feedback);
criterion_main!(benches);
