//! PDF: the SVG converted by svg2pdf, as vectors with the text embedded (DejaVu Sans,
//! subset), either on a page the size of the map or filling a poster page, turned
//! whichever way holds the map largest (tiled pages are in `tiles.rs`).

use super::drawn::Drawn;
use emath::{Vec2, vec2};
use svg2pdf::{ConversionOptions, PageOptions};

use super::error::PictureError;
use super::limits::MAX_PDF_PAGE_PT;
use super::sheet::{Layer, Sheet};
use super::svg::{N, Svg};

/// Points in a millimetre.
pub(super) const PT_PER_MM: f32 = 72.0 / 25.4;
/// White space between a poster page's edge and the map, in millimetres.
const POSTER_MARGIN_MM: f32 = 10.0;

/// A poster page (its size; the orientation is chosen for the map, see [`Orientation`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    A3,
    A1,
    A0,
}

impl Page {
    /// Width and height, landscape, in millimetres.
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            Self::A3 => (420.0, 297.0),
            Self::A1 => (841.0, 594.0),
            Self::A0 => (1189.0, 841.0),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::A3 => "A3",
            Self::A1 => "A1",
            Self::A0 => "A0",
        }
    }

    fn size_pt(self) -> Vec2 {
        let (width, height) = self.size_mm();
        vec2(width, height) * PT_PER_MM
    }
}

/// Which way up a page is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Orientation {
    Portrait,
    Landscape,
}

impl Orientation {
    /// "portrait" or "landscape", in the language of the thread.
    pub fn label(self) -> String {
        match self {
            Self::Portrait => crate::tr!("io-orientation-portrait"),
            Self::Landscape => crate::tr!("io-orientation-landscape"),
        }
    }

    /// `landscape` (a page's size, its longer side first) turned this way.
    pub(super) fn turn(self, landscape: Vec2) -> Vec2 {
        match self {
            Self::Landscape => landscape,
            Self::Portrait => vec2(landscape.y, landscape.x),
        }
    }
}

/// How a picture goes on a poster page: the page turned the way that holds it largest,
/// and its scale in points per map unit.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Poster {
    orientation: Orientation,
    size: Vec2,
    scale: f32,
}

impl Poster {
    /// A picture of `picture` map units on `page`, as large as fits within the margin.
    /// Landscape unless portrait holds the picture larger.
    fn new(page: Page, picture: Vec2) -> Self {
        let fit = |orientation: Orientation| {
            let size = orientation.turn(page.size_pt());
            let room = size - Vec2::splat(2.0 * POSTER_MARGIN_MM * PT_PER_MM);
            let scale = (room.x / picture.x).min(room.y / picture.y);
            Self {
                orientation,
                size,
                scale,
            }
        };
        let (landscape, portrait) = (fit(Orientation::Landscape), fit(Orientation::Portrait));
        if portrait.scale > landscape.scale {
            portrait
        } else {
            landscape
        }
    }
}

/// Which way up [`to_pdf`] turns `page` for `journey`: the way the map is drawn largest.
pub fn poster_orientation<'a>(map: impl Into<Drawn<'a>>, page: Page) -> Orientation {
    let map: Drawn<'a> = map.into();
    Poster::new(page, Sheet::new(map).size()).orientation
}

/// How large a card's title is printed on a poster of `journey` on `page`, in points
/// (13.5 at the map's own size): whether it can be read from a step away.
pub fn poster_title_size_pt<'a>(map: impl Into<Drawn<'a>>, page: Page) -> f32 {
    let map: Drawn<'a> = map.into();
    Poster::new(page, Sheet::new(map).size()).scale * crate::model::look::card::TITLE_SIZE
}

/// Width and height of the page [`to_pdf`] makes, in millimetres.
pub fn pdf_page_size_mm<'a>(map: impl Into<Drawn<'a>>, page: Option<Page>) -> (f32, f32) {
    let map: Drawn<'a> = map.into();
    let picture = Sheet::new(map).size();
    let size = match page {
        Some(page) => Poster::new(page, picture).size,
        None => map_page(picture).0,
    };
    (size.x / PT_PER_MM, size.y / PT_PER_MM)
}

/// How much the map is scaled to fit a page of its own size (1 unless a side would pass
/// [`MAX_PDF_PAGE_PT`]).
pub fn pdf_map_scale<'a>(map: impl Into<Drawn<'a>>) -> f32 {
    let map: Drawn<'a> = map.into();
    map_page(Sheet::new(map).size()).1
}

/// The picture of `journey` as a one-page PDF. Without `page`, the page is the size of
/// the picture at one point per map unit (scaled down if a side would pass
/// [`MAX_PDF_PAGE_PT`]); with one, the picture is scaled to fill that page within a
/// margin, centred, the page turned whichever way holds it largest
/// ([`poster_orientation`]).
pub fn to_pdf<'a>(map: impl Into<Drawn<'a>>, page: Option<Page>) -> Result<Vec<u8>, PictureError> {
    let map: Drawn<'a> = map.into();
    let sheet = Sheet::new(map);
    let (page_size, scale) = match page {
        Some(page) => {
            let poster = Poster::new(page, sheet.size());
            (poster.size, poster.scale)
        }
        None => map_page(sheet.size()),
    };
    let offset = (page_size - sheet.size() * scale) / 2.0;
    // The scale keeps six decimals: a large map on an A3 page is scaled by a hundredth.
    let transform = format!(
        "matrix({scale:.6} 0 0 {scale:.6} {} {})",
        N(offset.x),
        N(offset.y)
    );
    let layers = sheet.layers();
    // The paper is white: only the picture is drawn, so a reader of the PDF finds the
    // picture's own white sheet where it is on the page.
    let page_svg = |layer: &Layer| {
        let mut svg = Svg::new(page_size.x, page_size.y);
        svg.open_group(Some("page"), Some(&transform));
        sheet.draw_layer(&mut svg, layer);
        svg.close_group();
        svg.finish()
    };
    if let [layer] = layers.as_slice() {
        let tree = super::read_back::parse(&page_svg(layer))?;
        return svg2pdf::to_pdf(&tree, ConversionOptions::default(), PageOptions::default())
            .map_err(|error| PictureError::Pdf(error.to_string()));
    }
    let layers = layers.iter().map(page_svg).map(Ok);
    pdf_of_pages(std::iter::once(Ok((page_size, layers))))
}

/// A PDF of pages, each given as its size in points and its layers (SVG of the page's
/// size, each drawn over the ones before: a map too large for one SVG reading comes in
/// several). Each page and layer is read only when its turn comes, so a large map is
/// never in memory as SVG all at once.
pub(super) fn pdf_of_pages<P, L>(pages: P) -> Result<Vec<u8>, PictureError>
where
    P: Iterator<Item = Result<(Vec2, L), PictureError>>,
    L: Iterator<Item = Result<String, PictureError>>,
{
    use pdf_writer::{Content, Finish as _, Name, Pdf, Rect, Ref};
    let mut next = Ref::new(1);
    let catalog = next.bump();
    let page_tree = next.bump();
    let mut pdf = Pdf::new();
    let mut page_refs = Vec::new();
    for page in pages {
        let (size, layers) = page?;
        let page_ref = next.bump();
        let content_ref = next.bump();
        let mut content = Content::new();
        let mut names = Vec::new();
        for (i, layer) in layers.enumerate() {
            let tree = super::read_back::parse(&layer?)?;
            let (chunk, root) = svg2pdf::to_chunk(&tree, ConversionOptions::default())
                .map_err(|error| PictureError::Pdf(error.to_string()))?;
            drop(tree);
            let mut renumbered = std::collections::HashMap::new();
            let chunk = chunk.renumber(|old| *renumbered.entry(old).or_insert_with(|| next.bump()));
            let root = renumbered
                .get(&root)
                .copied()
                .ok_or_else(|| PictureError::Pdf(crate::tr!("io-picture-layer-missing")))?;
            pdf.extend(&chunk);
            let name = format!("L{i}");
            // A layer is one point square, as an image is: stretched over the page.
            content.save_state();
            content.transform([size.x, 0.0, 0.0, size.y, 0.0, 0.0]);
            content.x_object(Name(name.as_bytes()));
            content.restore_state();
            names.push((name, root));
        }
        let mut page_writer = pdf.page(page_ref);
        page_writer.media_box(Rect::new(0.0, 0.0, size.x, size.y));
        page_writer.parent(page_tree);
        page_writer.contents(content_ref);
        let mut resources = page_writer.resources();
        let mut objects = resources.x_objects();
        for (name, root) in &names {
            objects.pair(Name(name.as_bytes()), *root);
        }
        objects.finish();
        resources.finish();
        page_writer.finish();
        pdf.stream(content_ref, &content.finish());
        page_refs.push(page_ref);
    }
    pdf.catalog(catalog).pages(page_tree);
    let count = i32::try_from(page_refs.len()).unwrap_or(i32::MAX);
    pdf.pages(page_tree).kids(page_refs).count(count);
    Ok(pdf.finish())
}

/// The page for a picture of `size` map units, in points, and the scale that puts the
/// picture on it.
fn map_page(size: Vec2) -> (Vec2, f32) {
    let scale = (MAX_PDF_PAGE_PT / size.max_elem()).min(1.0);
    (size * scale, scale)
}
