//! The font the map's text is drawn in (DejaVu Sans, bundled), and how wide its text is.
//!
//! Card titles are wrapped here, once, for the canvas and the pictures alike, so both
//! need the advance widths of the font they draw with. They are read from the bundled
//! font's `cmap` and `hmtx` tables with `ttf-parser` (the parser usvg reads fonts with),
//! once. Kerning is ignored, which only ever overestimates a width, so a wrapped line never
//! runs past its card. Pure: this reads the bytes built into polku, never a file.

use std::sync::OnceLock;

/// DejaVu Sans (Bitstream Vera licence, see `assets/fonts/DejaVuSans-LICENSE.txt`): the
/// same font the app draws with, so a picture looks the same on every machine.
pub const FONT: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");

/// Width of a character the font has no glyph for, in ems: roughly an average letter.
const FALLBACK_ADVANCE_EM: f32 = 0.55;

/// Advance widths of the bundled font, in ems, by character.
pub struct Metrics {
    /// Printable ASCII, looked up most often, by code.
    ascii: [f32; 128],
    /// Every other character the font maps, sorted by character.
    others: Vec<(char, f32)>,
}

impl Metrics {
    /// The bundled font's metrics, read once.
    pub fn get() -> &'static Self {
        static METRICS: OnceLock<Metrics> = OnceLock::new();
        METRICS.get_or_init(|| Self::read(FONT).unwrap_or_else(Self::fallback))
    }

    /// How wide `text` is at font size `size`, in the same units as `size`.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(c)).sum::<f32>() * size
    }

    /// How wide `c` is, in ems.
    pub fn advance(&self, c: char) -> f32 {
        if let Some(&advance) = self.ascii.get(c as usize) {
            return advance;
        }
        match self.others.binary_search_by_key(&c, |&(other, _)| other) {
            Ok(i) => self.others[i].1,
            Err(_) => FALLBACK_ADVANCE_EM,
        }
    }

    /// Metrics that guess every character's width, for a font that cannot be read.
    fn fallback() -> Self {
        Self {
            ascii: [FALLBACK_ADVANCE_EM; 128],
            others: Vec::new(),
        }
    }

    /// Reads the advance widths of a TrueType font, mapping characters through its Unicode
    /// BMP subtable of `cmap` (format 4, Windows' if there is one). `None` when the font
    /// cannot be read or has no such subtable.
    fn read(font: &[u8]) -> Option<Self> {
        let face = ttf_parser::Face::parse(font, 0).ok()?;
        let units_per_em = f32::from(face.units_per_em().max(1));
        let subtable = unicode_subtable(&face)?;
        let mut ascii = [FALLBACK_ADVANCE_EM; 128];
        let mut others = Vec::new();
        subtable.codepoints(|code| {
            let (Some(c), Some(glyph)) = (char::from_u32(code), subtable.glyph_index(code)) else {
                return;
            };
            // Glyph 0 is the font's "missing" box: such a character has no glyph of its own.
            if glyph.0 == 0 {
                return;
            }
            let advance = face
                .glyph_hor_advance(glyph)
                .map_or(FALLBACK_ADVANCE_EM, |units| f32::from(units) / units_per_em);
            match ascii.get_mut(code as usize) {
                Some(slot) => *slot = advance,
                None => others.push((c, advance)),
            }
        });
        others.sort_by_key(|&(c, _)| c);
        others.dedup_by_key(|&mut (c, _)| c);
        Some(Self { ascii, others })
    }
}

/// The `cmap` subtable for Unicode BMP characters in format 4: Windows' Unicode BMP one
/// (the usual one, the last if there are several), else the first of the Unicode platform.
fn unicode_subtable<'a>(face: &ttf_parser::Face<'a>) -> Option<ttf_parser::cmap::Subtable<'a>> {
    use ttf_parser::PlatformId;
    let mut best = None;
    for subtable in face.tables().cmap?.subtables {
        let preferred = match (subtable.platform_id, subtable.encoding_id) {
            (PlatformId::Windows, 1) => true,
            (PlatformId::Unicode, _) => false,
            _ => continue,
        };
        let format_4 = matches!(
            subtable.format,
            ttf_parser::cmap::Format::SegmentMappingToDeltaValues(_)
        );
        if format_4 && (preferred || best.is_none()) {
            best = Some(subtable);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_font_is_read_not_guessed() {
        let Some(metrics) = Metrics::read(FONT) else {
            panic!("DejaVu Sans has cmap and hmtx tables")
        };
        // DejaVu Sans: 2048 units per em; a space is 651 units, an M 1767, an i 569.
        assert!((metrics.advance(' ') - 651.0 / 2048.0).abs() < 1e-4);
        assert!((metrics.advance('M') - 1767.0 / 2048.0).abs() < 1e-4);
        assert!(metrics.advance('i') < metrics.advance('m'));
        assert!(metrics.advance('ä') > 0.4 && metrics.advance('€') > 0.4);
        assert!((metrics.width("MM", 10.0) - 2.0 * metrics.advance('M') * 10.0).abs() < 1e-3);
    }

    #[test]
    fn advance_widths_are_the_fonts_own() {
        let Some(metrics) = Metrics::read(FONT) else {
            panic!("DejaVu Sans has cmap and hmtx tables")
        };
        // Advance widths in DejaVu Sans's own units, 2048 to the em.
        let known: [(char, u16); 9] = [
            ('a', 1255),
            ('m', 1995),
            ('W', 2025),
            ('1', 1303),
            ('Ö', 1612),
            ('€', 1303),
            ('—', 2048),
            ('→', 1716),
            ('”', 1061),
        ];
        for (c, units) in known {
            let expected = f32::from(units) / 2048.0;
            assert!(
                (metrics.advance(c) - expected).abs() < 1e-6,
                "{c:?}: {} ems, not {expected}",
                metrics.advance(c)
            );
        }
        // A character the font has no glyph for is guessed, not read.
        assert_eq!(metrics.advance('\u{10FFFD}'), FALLBACK_ADVANCE_EM);
    }
}
