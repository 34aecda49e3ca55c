//! Generated maps: they load back as they were saved, and the command line writes them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

mod common;

use common::cli::{polku, stderr, stdout};

use polku::model::generate::{DEFAULT_SEED, MAX_TOUCHPOINTS, generate};
use polku::model::{LaneId, LaneKind, StageId, validate};

#[test]
fn generated_maps_load_back_equal_and_clean() {
    for n in [1, 15, 500, 5000] {
        let journey = generate(n, DEFAULT_SEED).unwrap();
        assert_eq!(journey.touchpoint_count(), n);
        assert_eq!(validate(&journey), [], "{n} touchpoints");
        if n >= 15 {
            for kind in LaneKind::ALL {
                let used = journey
                    .touchpoints()
                    .any(|t| journey.lane(t.lane).is_some_and(|lane| lane.kind == kind));
                assert!(used, "no {kind:?} touchpoint among {n}");
            }
        }
        let saved = polku::io::to_ron_string(&journey);
        let Ok(saved) = saved else {
            panic!("{n}: {saved:?}")
        };
        let loaded = polku::io::from_ron_str(&saved, Path::new("generated.ron"));
        let Ok(loaded) = loaded else {
            panic!("{n}: {loaded:?}")
        };
        assert!(loaded == journey, "{n} touchpoints changed on the way");
        assert_eq!(polku::io::to_ron_string(&loaded).ok(), Some(saved));
    }
}

#[test]
fn small_maps_are_clean_too_and_hidden_steps_lead_somewhere() {
    for n in [2, 3, 7, 14, 61] {
        let journey = generate(n, DEFAULT_SEED).unwrap();
        assert_eq!(journey.touchpoint_count(), n);
        assert_eq!(validate(&journey), [], "{n} touchpoints");
        assert!(journey.stages().len() >= 6);
    }
    let journey = generate(2000, 4).unwrap();
    for touchpoint in journey.touchpoints() {
        if journey.is_visible(touchpoint.id) == Some(false) {
            let links = journey.links_of(touchpoint.id);
            assert!(
                links.iter().any(|l| l.from == touchpoint.id),
                "{}",
                touchpoint.id
            );
        }
    }
}

#[test]
fn every_kind_of_lane_is_used_from_15_touchpoints_whatever_the_seed() {
    for seed in 0..20 {
        let journey = generate(15, seed).unwrap();
        let kinds: BTreeSet<LaneKind> = journey
            .touchpoints()
            .filter_map(|t| journey.lane(t.lane).map(|lane| lane.kind))
            .collect();
        assert_eq!(kinds.len(), LaneKind::ALL.len(), "seed {seed}: {kinds:?}");
    }
}

#[test]
fn cards_in_the_same_lane_and_stage_never_overlap() {
    for (n, seed) in [(500, 1), (5000, 11)] {
        let journey = generate(n, seed).unwrap();
        let mut xs: BTreeMap<(LaneId, StageId), Vec<f32>> = BTreeMap::new();
        for t in journey.touchpoints() {
            xs.entry((t.lane, t.stage)).or_default().push(t.x);
        }
        for (place, mut xs) in xs {
            xs.sort_by(f32::total_cmp);
            let mut gaps = xs.windows(2).map(|pair| pair[1] - pair[0]);
            assert!(gaps.all(|gap| gap >= 200.0), "{place:?}: {xs:?}");
        }
    }
}

#[test]
fn maps_have_tags_emotions_personas_and_promises() {
    let journey = generate(5000, DEFAULT_SEED).unwrap();
    let tagged = journey
        .touchpoints()
        .filter(|t| !t.terms.is_empty())
        .count();
    assert!((1800..=2200).contains(&tagged), "{tagged} of 5000 tagged");
    let mut visible = journey
        .touchpoints()
        .filter(|t| journey.is_visible(t.id) == Some(true));
    assert!(visible.all(|t| t.emotion.is_some() && !t.owner.is_empty()));
    assert_eq!(journey.personas().len(), 3);
    assert_eq!(journey.promises().len(), 3);
    assert!(journey.stages().len() >= 5000 / 60);
}

#[test]
fn the_same_seed_gives_the_same_bytes_and_another_seed_another_map() {
    let bytes = |seed| polku::io::to_ron_string(&generate(300, seed).unwrap()).unwrap();
    assert_eq!(bytes(7), bytes(7));
    assert_ne!(bytes(7), bytes(8));
}

#[test]
fn generate_writes_a_map_that_check_accepts_and_keeps_existing_files() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("big.ron");
    let file = path.to_string_lossy().into_owned();

    let output = polku(&["generate", "--touchpoints", "500", &file]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = stdout(&output);
    assert!(
        report.starts_with(&format!(
            "{file}: generated with seed {DEFAULT_SEED}, 500 touchpoints ("
        )),
        "{report}"
    );

    let output = polku(&["check", &file]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = stdout(&output);
    assert!(
        report.starts_with(&format!("{file}: ok, 500 touchpoints (")),
        "{report}"
    );
    assert!(!report.contains("warning"), "{report}");

    let before = std::fs::read(&path).unwrap();
    let output = polku(&["generate", "--touchpoints", "20", &file]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("--force"), "{}", stderr(&output));
    assert_eq!(std::fs::read(&path).unwrap(), before);

    let output = polku(&[
        "generate",
        "--touchpoints",
        "20",
        "--seed",
        "9",
        "--force",
        &file,
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = stdout(&output);
    assert!(report.contains("seed 9, 20 touchpoints ("), "{report}");
}

#[test]
fn generate_refuses_a_count_out_of_range() {
    let too_many = (MAX_TOUCHPOINTS + 1).to_string();
    for count in ["0", &too_many, "many"] {
        let output = polku(&["generate", "--touchpoints", count, "never-written.ron"]);
        assert_eq!(output.status.code(), Some(2), "{count}");
        let error = stderr(&output);
        assert!(error.contains("--touchpoints"), "{error}");
    }
    assert!(!Path::new("never-written.ron").exists());
}

#[test]
fn every_count_up_to_the_limit_makes_a_map_of_that_many() {
    // From 60,060 on, one stage per 60 touchpoints would pass the limit of 1,000 stages;
    // the map used to come out empty, and the command said it was written.
    for n in [60_060, MAX_TOUCHPOINTS] {
        let journey = generate(n, DEFAULT_SEED).unwrap();
        assert_eq!(journey.touchpoint_count(), n);
    }
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("large.ron");
    let file = path.to_string_lossy().into_owned();
    let output = polku(&["generate", "--touchpoints", "60060", &file]);
    assert!(output.status.success(), "{}", stderr(&output));
    let loaded = polku::io::load(&path).unwrap();
    assert_eq!(loaded.touchpoint_count(), 60_060);
}
