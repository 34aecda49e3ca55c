//! The font pictures are drawn with: the map's own (see `model::look::font`), as the
//! only font the SVG reader behind PNG and PDF knows.

use std::sync::{Arc, OnceLock};

use resvg::usvg::fontdb;

pub use crate::model::look::font::FONT;

/// The family name the SVG asks for, and the font's own name.
pub(super) const FAMILY: &str = "DejaVu Sans";

/// A font database holding the bundled font only: system fonts are never loaded, so no
/// font installed on the machine can change a picture.
pub(super) fn database() -> Arc<fontdb::Database> {
    static DATABASE: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DATABASE
        .get_or_init(|| {
            let mut database = fontdb::Database::new();
            database.load_font_source(fontdb::Source::Binary(Arc::new(FONT)));
            database.set_sans_serif_family(FAMILY);
            database.set_serif_family(FAMILY);
            database.set_monospace_family(FAMILY);
            Arc::new(database)
        })
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_database_holds_the_bundled_font_only() {
        let database = database();
        assert_eq!(database.len(), 1);
        assert!(
            database
                .faces()
                .all(|face| { face.families.iter().any(|(name, _)| name == FAMILY) })
        );
    }
}
