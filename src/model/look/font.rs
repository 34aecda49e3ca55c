//! The font the map's text is drawn in (DejaVu Sans, bundled), and how wide its text is.
//!
//! Card titles are wrapped here, once, for the canvas and the pictures alike, so both
//! need the advance widths of the font they draw with. They are read from the bundled
//! font's `cmap` and `hmtx` tables by a small reader, since the font parsers behind egui
//! and usvg are not reachable from the model. Kerning is ignored, which only ever
//! overestimates a width, so a wrapped line never runs past its card.

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

    /// Reads the advance widths of a TrueType font, mapping characters through the
    /// Unicode BMP subtable of `cmap` (format 4). `None` when a table is missing or
    /// malformed.
    fn read(font: &[u8]) -> Option<Self> {
        let head = table(font, b"head")?;
        let hhea = table(font, b"hhea")?;
        let hmtx = table(font, b"hmtx")?;
        let cmap = table(font, b"cmap")?;
        let units_per_em = f32::from(u16_at(head, 18)?.max(1));
        let metric_count = usize::from(u16_at(hhea, 34)?.max(1));
        let advance_of = |glyph: u16| -> f32 {
            // Glyphs past the last metric share its advance (the monospaced tail).
            let index = usize::from(glyph).min(metric_count - 1);
            u16_at(hmtx, index * 4)
                .map_or(FALLBACK_ADVANCE_EM, |units| f32::from(units) / units_per_em)
        };

        let subtable = unicode_subtable(cmap)?;
        let mut ascii = [FALLBACK_ADVANCE_EM; 128];
        let mut others = Vec::new();
        for (code, glyph) in format_4_mappings(subtable)? {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let advance = advance_of(glyph);
            match ascii.get_mut(code as usize) {
                Some(slot) => *slot = advance,
                None => others.push((c, advance)),
            }
        }
        others.sort_by_key(|&(c, _)| c);
        others.dedup_by_key(|&mut (c, _)| c);
        Some(Self { ascii, others })
    }
}

/// The bytes of the table tagged `tag`.
fn table<'a>(font: &'a [u8], tag: &[u8; 4]) -> Option<&'a [u8]> {
    let count = usize::from(u16_at(font, 4)?);
    (0..count).find_map(|i| {
        let record = 12 + i * 16;
        if font.get(record..record + 4)? != tag {
            return None;
        }
        let offset = usize::try_from(u32_at(font, record + 8)?).ok()?;
        let length = usize::try_from(u32_at(font, record + 12)?).ok()?;
        font.get(offset..offset.checked_add(length)?)
    })
}

/// The `cmap` subtable for Unicode BMP characters, if it is in format 4.
fn unicode_subtable(cmap: &[u8]) -> Option<&[u8]> {
    let count = usize::from(u16_at(cmap, 2)?);
    let mut best = None;
    for i in 0..count {
        let record = 4 + i * 8;
        let platform = u16_at(cmap, record)?;
        let encoding = u16_at(cmap, record + 2)?;
        let offset = usize::try_from(u32_at(cmap, record + 4)?).ok()?;
        // Windows Unicode BMP is the usual one; the Unicode platform will do otherwise.
        let preferred = match (platform, encoding) {
            (3, 1) => true,
            (0, _) => false,
            _ => continue,
        };
        let subtable = cmap.get(offset..)?;
        if u16_at(subtable, 0)? == 4 && (preferred || best.is_none()) {
            best = Some(subtable);
        }
    }
    best
}

/// Every (character code, glyph) pair of a format 4 `cmap` subtable.
fn format_4_mappings(subtable: &[u8]) -> Option<Vec<(u32, u16)>> {
    let segments = usize::from(u16_at(subtable, 6)? / 2);
    let ends = 14;
    let starts = ends + segments * 2 + 2;
    let deltas = starts + segments * 2;
    let range_offsets = deltas + segments * 2;
    let mut mappings = Vec::new();
    for segment in 0..segments {
        let end = u16_at(subtable, ends + segment * 2)?;
        let start = u16_at(subtable, starts + segment * 2)?;
        let delta = u16_at(subtable, deltas + segment * 2)?;
        let range_offset_at = range_offsets + segment * 2;
        let range_offset = usize::from(u16_at(subtable, range_offset_at)?);
        if start > end || start == 0xFFFF {
            continue;
        }
        for code in start..=end {
            let glyph = if range_offset == 0 {
                code.wrapping_add(delta)
            } else {
                let at = range_offset_at + range_offset + usize::from(code - start) * 2;
                match u16_at(subtable, at) {
                    Some(0) | None => 0,
                    Some(glyph) => glyph.wrapping_add(delta),
                }
            };
            if glyph != 0 {
                mappings.push((u32::from(code), glyph));
            }
        }
    }
    Some(mappings)
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    let pair = bytes.get(at..at.checked_add(2)?)?;
    Some(u16::from_be_bytes([pair[0], pair[1]]))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let quad = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_be_bytes([quad[0], quad[1], quad[2], quad[3]]))
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
}
