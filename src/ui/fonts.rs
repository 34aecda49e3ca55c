//! The fonts polku draws with: egui's own for the window, with DejaVu Sans behind them
//! for the symbols and letters they lack, and DejaVu Sans alone for the map's cards, as
//! in the pictures, so titles break at the same words in both. Nothing on screen depends
//! on the fonts of the machine.

/// DejaVu Sans (Bitstream Vera licence, see `assets/fonts/DejaVuSans-LICENSE.txt`): the
/// same bytes the picture export draws with, embedded once.
pub const FALLBACK_FONT: &[u8] = crate::io::picture::FONT;

/// The font family the cards' text is drawn in: DejaVu Sans only.
pub const MAP_FAMILY: &str = "map";

/// Adds polku's fonts to `ctx`. Call before the first frame.
pub fn install_fonts(ctx: &egui::Context) {
    let families = [egui::FontFamily::Proportional, egui::FontFamily::Monospace]
        .into_iter()
        .map(|family| egui::epaint::text::InsertFontFamily {
            family,
            priority: egui::epaint::text::FontPriority::Lowest,
        })
        .chain([egui::epaint::text::InsertFontFamily {
            family: egui::FontFamily::Name(MAP_FAMILY.into()),
            priority: egui::epaint::text::FontPriority::Highest,
        }])
        .collect();
    ctx.add_font(egui::epaint::text::FontInsert::new(
        "DejaVu Sans",
        egui::FontData::from_static(FALLBACK_FONT),
        families,
    ));
}
