//! How large a picture polku makes may be (PNG sides and pixels, PDF pages, tiled pages)
//! and how small a tiled card's title may be printed: what the exports and their error
//! messages both name.

/// Widest or tallest PNG made, in pixels: about the most that image viewers, editors and
/// browsers open. Larger maps are better exported as SVG or PDF, which stay sharp at
/// any size (a 5,000-touchpoint map is some 300,000 points across).
pub const MAX_PNG_SIDE: u32 = 32_768;
/// Most pixels in a PNG, in millions: at four bytes a pixel, 1 GiB while rendering.
pub const MAX_PNG_MEGAPIXELS: u64 = 256;
/// Longest side of a page the size of the map, in points (200 inches): the largest page
/// common PDF readers open. Larger maps are scaled down to fit; they are vectors, so
/// they stay sharp when zoomed.
pub const MAX_PDF_PAGE_PT: f32 = 14_400.0;
/// The smallest a card's title is printed on tiles, in points: a size read at arm's
/// length. The map's own titles are 13.5 units, so the map is drawn at 2/3 of a point
/// per unit or larger.
pub const TILE_TITLE_PT: f32 = 9.0;
/// The most pages polku tiles a map onto: a wall of 200 A4 pages is some 12 m².
pub const MAX_TILES: usize = 200;
