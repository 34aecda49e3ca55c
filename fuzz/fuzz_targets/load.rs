//! Any bytes given to the map loader: it may refuse them, never panic, hang or run out of
//! memory. What it accepts saves and loads back to the same map.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let path = Path::new("fuzz.ron");
    if let Ok(journey) = polku::io::load_bytes(bytes, path) {
        let text = polku::io::to_ron_string(&journey).expect("a loaded map saves");
        let again = polku::io::from_ron_str(&text, path).expect("a saved map loads");
        assert_eq!(again, journey, "saving and loading changed the map");
        // The analyses and the layout run on whatever loads.
        let _ = polku::model::analysis::Insights::of(&journey);
    }
});
