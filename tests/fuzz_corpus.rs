//! Inputs kept from fuzzing the map loader and the inventory importer (`fuzz/`): each
//! one is read again, and must be refused or read without a panic; what is read must
//! save and load back unchanged.

use std::path::{Path, PathBuf};

fn inputs(target: &str) -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz")
        .join(target);
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&folder) {
        Ok(entries) => entries
            .map(|entry| match entry {
                Ok(entry) => entry.path(),
                Err(error) => panic!("{}: {error}", folder.display()),
            })
            .collect(),
        Err(error) => panic!("{}: {error}", folder.display()),
    };
    files.sort();
    files
}

#[test]
fn every_kept_map_input_is_refused_or_round_trips() -> Result<(), Box<dyn std::error::Error>> {
    let files = inputs("load");
    assert!(files.len() > 10, "the corpus is missing");
    for file in files {
        let bytes = std::fs::read(&file)?;
        if let Ok(journey) = polku::io::load_bytes(&bytes, &file) {
            let text = polku::io::to_ron_string(&journey)?;
            let again = polku::io::from_ron_str(&text, &file)?;
            assert_eq!(again, journey, "{}", file.display());
            // The analyses run on whatever loads: hidden steps ranked by the moments they
            // hold up.
            let insights = polku::model::analysis::Insights::of(&journey);
            let ranked = &insights.hidden_impact;
            assert!(
                ranked
                    .iter()
                    .all(|impact| journey.is_visible(impact.touchpoint) == Some(false)),
                "{}: a ranked step is not hidden",
                file.display()
            );
            assert!(
                ranked
                    .windows(2)
                    .all(|w| w[0].visible_supported >= w[1].visible_supported),
                "{}: not ranked",
                file.display()
            );
        }
    }
    Ok(())
}

#[test]
fn every_kept_inventory_input_is_refused_or_imports_a_valid_map()
-> Result<(), Box<dyn std::error::Error>> {
    let files = inputs("import_csv");
    assert!(files.len() > 10, "the corpus is missing");
    for file in files {
        let bytes = std::fs::read(&file)?;
        for skip_bad_rows in [false, true] {
            if let Ok(imported) = polku::io::inventory::import_csv(&bytes, &file, skip_bad_rows) {
                let text = polku::io::to_ron_string(&imported.journey)?;
                let again = polku::io::from_ron_str(&text, &file)?;
                assert_eq!(again, imported.journey, "{}", file.display());
            }
        }
    }
    Ok(())
}
