//! Any bytes given to the inventory importer, with and without skipping bad rows: it may
//! refuse them, never panic, hang or run out of memory. What it imports is a valid map.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let path = Path::new("fuzz.csv");
    for skip_bad_rows in [false, true] {
        if let Ok(imported) = polku::io::inventory::import_csv(bytes, path, skip_bad_rows) {
            let text = polku::io::to_ron_string(&imported.journey).expect("an import saves");
            let again = polku::io::from_ron_str(&text, path).expect("an import loads");
            assert_eq!(again, imported.journey, "saving and loading changed the import");
        }
    }
});
