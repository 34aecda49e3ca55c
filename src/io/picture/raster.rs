//! PNG: the SVG rendered on the CPU by resvg into a tiny-skia pixmap.

use super::drawn::Drawn;
use emath::Vec2;
use resvg::tiny_skia;

use super::error::PictureError;
use super::limits::{MAX_PNG_MEGAPIXELS, MAX_PNG_SIDE};
use super::sheet::Sheet;
use super::svg::Svg;

/// The size in pixels of the PNG of `journey` at `scale` pixels per map point, or why
/// there would be no such PNG.
pub fn png_size<'a>(map: impl Into<Drawn<'a>>, scale: f32) -> Result<(u32, u32), PictureError> {
    let map: Drawn<'a> = map.into();
    pixel_size(Sheet::new(map).size(), scale)
}

/// The largest scale, at most `wanted`, at which the PNG of `journey` stays within
/// [`MAX_PNG_SIDE`] and [`MAX_PNG_MEGAPIXELS`]: `wanted` itself when it fits, otherwise
/// rounded down to three significant digits. Large maps are drawn smaller rather than
/// not at all.
pub fn png_scale_that_fits<'a>(map: impl Into<Drawn<'a>>, wanted: f32) -> f32 {
    let map: Drawn<'a> = map.into();
    fitting_scale(Sheet::new(map).size(), wanted)
}

fn fitting_scale(size: Vec2, wanted: f32) -> f32 {
    if pixel_size(size, wanted).is_ok() || !(wanted.is_finite() && wanted > 0.0) {
        return wanted;
    }
    let side = MAX_PNG_SIDE as f32;
    let area = (MAX_PNG_MEGAPIXELS * 1_000_000) as f32;
    let largest = (side / size.x)
        .min(side / size.y)
        .min((area / (size.x * size.y)).sqrt())
        .min(wanted);
    // Three significant digits, rounded down, and a step down more if rounding up the
    // pixels still crosses a limit.
    let unit = 10f32.powf(largest.log10().floor() - 2.0);
    let mut scale = (largest / unit).floor() * unit;
    while pixel_size(size, scale).is_err() && scale > unit {
        scale -= unit;
    }
    scale
}

/// The picture of `journey` as PNG, `scale` pixels per map point, on white.
pub fn to_png<'a>(map: impl Into<Drawn<'a>>, scale: f32) -> Result<Vec<u8>, PictureError> {
    let map: Drawn<'a> = map.into();
    let sheet = Sheet::new(map);
    // Refuse before drawing anything: a large map takes a while to draw.
    let (width, height) = pixel_size(sheet.size(), scale)?;
    let mut pixmap =
        tiny_skia::Pixmap::new(width, height).ok_or(PictureError::OutOfMemory { width, height })?;
    // The picture's own background ends at its size in map units; the last row and
    // column of pixels, rounded up, would otherwise be partly transparent.
    pixmap.fill(tiny_skia::Color::WHITE);
    // A very large map comes in layers, drawn over one another.
    for layer in sheet.layers() {
        let mut svg = Svg::new(sheet.size().x, sheet.size().y);
        sheet.draw_layer(&mut svg, &layer);
        let tree = super::read_back::parse(&svg.finish())?;
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
    }
    pixmap
        .encode_png()
        .map_err(|error| PictureError::Png(error.to_string()))
}

fn pixel_size(size: Vec2, scale: f32) -> Result<(u32, u32), PictureError> {
    if !(scale.is_finite() && scale > 0.0) {
        return Err(PictureError::BadScale { scale });
    }
    // Rounded up, so the edge of the picture is never cut off; at least one pixel.
    let pixels = |length: f32| f64::from(length * scale).ceil().max(1.0);
    let (width, height) = (pixels(size.x), pixels(size.y));
    let too_large = width > f64::from(MAX_PNG_SIDE)
        || height > f64::from(MAX_PNG_SIDE)
        || width * height > (MAX_PNG_MEGAPIXELS * 1_000_000) as f64;
    // Within the limits, both fit a u32 exactly.
    let (width_px, height_px) = (width as u64, height as u64);
    if too_large {
        return Err(PictureError::TooLarge {
            width: width_px,
            height: height_px,
        });
    }
    match (u32::try_from(width_px), u32::try_from(height_px)) {
        (Ok(width), Ok(height)) => Ok((width, height)),
        _ => Err(PictureError::TooLarge {
            width: width_px,
            height: height_px,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use emath::vec2;

    #[test]
    fn a_map_drawn_in_layers_is_the_same_picture() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("journeys/online-order.ron");
        let journey = crate::io::load(&path).expect("the example map");
        let sheet = Sheet::new((&journey).into());
        let render = |layers: Vec<super::super::sheet::Layer>| {
            let (width, height) = pixel_size(sheet.size(), 0.5).expect("a size");
            let mut pixmap = tiny_skia::Pixmap::new(width, height).expect("a pixmap");
            pixmap.fill(tiny_skia::Color::WHITE);
            for layer in layers {
                let mut svg = Svg::new(sheet.size().x, sheet.size().y);
                sheet.draw_layer(&mut svg, &layer);
                let tree = super::super::read_back::parse(&svg.finish()).expect("a drawing");
                resvg::render(
                    &tree,
                    tiny_skia::Transform::from_scale(0.5, 0.5),
                    &mut pixmap.as_mut(),
                );
            }
            pixmap
        };
        let whole = render(sheet.layers());
        let layered = render(sheet.layers_of(5, 4));
        assert!(sheet.layers_of(5, 4).len() > 4);
        assert!(
            whole.data() == layered.data(),
            "the layers make another picture"
        );
    }

    #[test]
    fn a_scale_that_fits_is_the_largest_within_the_limits() {
        // 21,000 points wide: at 2 pixels a point, 42,000 px would be too wide.
        let size = vec2(21_000.0, 1_500.0);
        let scale = fitting_scale(size, 2.0);
        assert!((1.55..=1.5604).contains(&scale), "{scale}");
        assert!(pixel_size(size, scale).is_ok());
        assert!(pixel_size(size, scale + 0.01).is_err());
        // Small maps keep the scale asked for; so does a scale that is no scale.
        assert_eq!(fitting_scale(vec2(800.0, 600.0), 2.0), 2.0);
        assert!(fitting_scale(vec2(800.0, 600.0), f32::NAN).is_nan());
        // Square and huge: the megapixel limit decides.
        let scale = fitting_scale(vec2(30_000.0, 30_000.0), 2.0);
        assert!(
            pixel_size(vec2(30_000.0, 30_000.0), scale).is_ok(),
            "{scale}"
        );
        assert!(scale > 0.5, "{scale}");
    }

    #[test]
    fn sizes_round_up_and_bad_scales_are_refused() {
        assert_eq!(pixel_size(vec2(100.5, 50.0), 2.0).ok(), Some((201, 100)));
        assert_eq!(pixel_size(vec2(100.2, 50.0), 1.0).ok(), Some((101, 50)));
        for scale in [0.0, -1.0, f32::NAN, f32::INFINITY] {
            assert!(matches!(
                pixel_size(vec2(10.0, 10.0), scale),
                Err(PictureError::BadScale { .. })
            ));
        }
        assert!(matches!(
            pixel_size(vec2(20_000.0, 20_000.0), 1.0),
            Err(PictureError::TooLarge { .. })
        ));
        assert!(matches!(
            pixel_size(vec2(40_000.0, 10.0), 1.0),
            Err(PictureError::TooLarge { .. })
        ));
    }
}
