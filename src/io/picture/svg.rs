//! A small SVG writer: the handful of shapes a map is drawn with, written the same way
//! every time, so the same map always gives the same bytes.

use std::fmt::{self, Write as _};

use emath::{Pos2, Rect};

use super::font::FAMILY;
use super::palette::Rgb;
use super::text::Escaped;

/// A length or coordinate, written with at most two decimals and no trailing zeros.
#[derive(Clone, Copy, Debug)]
pub(super) struct N(pub f32);

impl fmt::Display for N {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rounded = (self.0 * 100.0).round() / 100.0;
        if !rounded.is_finite() || rounded == 0.0 {
            // Also turns -0 into 0, so a sign never depends on how a value was reached.
            f.write_str("0")
        } else {
            write!(f, "{rounded}")
        }
    }
}

/// How a shape is filled and outlined. Always opaque: see [`Rgb::over`].
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Paint {
    fill: Option<Rgb>,
    /// Colour and width.
    stroke: Option<(Rgb, f32)>,
    dash: Option<(f32, f32)>,
}

impl Paint {
    pub(super) fn fill(colour: Rgb) -> Self {
        Self {
            fill: Some(colour),
            ..Self::default()
        }
    }

    pub(super) fn stroke(colour: Rgb, width: f32) -> Self {
        Self::default().and_stroke(colour, width)
    }

    pub(super) fn and_stroke(mut self, colour: Rgb, width: f32) -> Self {
        self.stroke = Some((colour, width));
        self
    }

    pub(super) fn dashed(mut self, on: f32, off: f32) -> Self {
        self.dash = Some((on, off));
        self
    }
}

impl fmt::Display for Paint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.fill {
            Some(colour) => write!(f, r#" fill="{colour}""#)?,
            None => f.write_str(r#" fill="none""#)?,
        }
        if let Some((colour, width)) = self.stroke {
            write!(f, r#" stroke="{colour}" stroke-width="{}""#, N(width))?;
        }
        if let Some((on, off)) = self.dash {
            write!(f, r#" stroke-dasharray="{} {}""#, N(on), N(off))?;
        }
        Ok(())
    }
}

/// Where a line of text sits relative to its position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Anchor {
    Start,
    Middle,
}

/// The style of a line of text.
#[derive(Clone, Copy, Debug)]
pub(super) struct Font {
    pub size: f32,
    pub colour: Rgb,
    pub anchor: Anchor,
}

impl Font {
    pub(super) fn new(size: f32, colour: Rgb) -> Self {
        Self {
            size,
            colour,
            anchor: Anchor::Start,
        }
    }

    pub(super) fn centred(self) -> Self {
        Self {
            anchor: Anchor::Middle,
            ..self
        }
    }
}

/// An SVG document being written.
#[derive(Default)]
pub(super) struct Svg {
    text: String,
}

impl Svg {
    /// A document `width` × `height` units in size; the caller fills it and calls
    /// [`Svg::finish`].
    pub(super) fn new(width: f32, height: f32) -> Self {
        let mut svg = Self::default();
        svg.put(format_args!(
            concat!(
                r#"<?xml version="1.0" encoding="UTF-8"?>"#,
                "\n",
                r#"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{family}">"#,
                "\n"
            ),
            w = N(width),
            h = N(height),
            family = FAMILY,
        ));
        svg
    }

    pub(super) fn finish(mut self) -> String {
        self.text.push_str("</svg>\n");
        self.text
    }

    fn put(&mut self, args: fmt::Arguments<'_>) {
        // Writing into a String cannot fail.
        let _ = self.text.write_fmt(args);
    }

    /// Opens a group; `id` names it for readers of the SVG, `transform` moves it.
    pub(super) fn open_group(&mut self, id: Option<&str>, transform: Option<&str>) {
        self.text.push_str("<g");
        if let Some(id) = id {
            self.put(format_args!(r#" id="{}""#, Escaped(id)));
        }
        if let Some(transform) = transform {
            self.put(format_args!(r#" transform="{transform}""#));
        }
        self.text.push_str(">\n");
    }

    /// Opens the group of one item of the map: `id` names it, and `data-{kind}` holds its
    /// number, for scripts and style sheets of a web page showing the SVG.
    pub(super) fn open_item(&mut self, id: &str, kind: &str, number: u64) {
        self.put(format_args!(r#"<g id="{}""#, Escaped(id)));
        self.data(Some((kind, number)));
        self.text.push_str(">\n");
    }

    /// ` data-KIND="NUMBER"`, when `item` is given.
    fn data(&mut self, item: Option<(&str, u64)>) {
        if let Some((kind, number)) = item {
            self.put(format_args!(r#" data-{kind}="{number}""#));
        }
    }

    /// Defines a clipping path named `id`: the rectangle `rect`.
    pub(super) fn clip_rect(&mut self, id: &str, rect: Rect) {
        self.put(format_args!(
            r#"<clipPath id="{}"><rect x="{}" y="{}" width="{}" height="{}"/></clipPath>"#,
            Escaped(id),
            N(rect.min.x),
            N(rect.min.y),
            N(rect.width()),
            N(rect.height())
        ));
        self.text.push('\n');
    }

    /// Opens a group of which only what falls within the clipping path `clip` is seen.
    pub(super) fn open_clipped_group(&mut self, clip: &str) {
        self.put(format_args!(r#"<g clip-path="url(#{})">"#, Escaped(clip)));
        self.text.push('\n');
    }

    pub(super) fn close_group(&mut self) {
        self.text.push_str("</g>\n");
    }

    /// A `<title>`: what a reader of the SVG (or a screen reader) is told the group is.
    pub(super) fn title(&mut self, title: &str) {
        self.put(format_args!("<title>{}</title>\n", Escaped(title)));
    }

    pub(super) fn rect(&mut self, rect: Rect, radius: f32, paint: Paint) {
        self.put(format_args!(
            r#"<rect x="{}" y="{}" width="{}" height="{}""#,
            N(rect.min.x),
            N(rect.min.y),
            N(rect.width()),
            N(rect.height())
        ));
        if radius > 0.0 {
            self.put(format_args!(r#" rx="{}""#, N(radius)));
        }
        self.put(format_args!("{paint}/>\n"));
    }

    pub(super) fn line(&mut self, from: Pos2, to: Pos2, paint: Paint) {
        self.put(format_args!(
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}"{paint}/>"#,
            N(from.x),
            N(from.y),
            N(to.x),
            N(to.y)
        ));
        self.text.push('\n');
    }

    /// A line through `points`, marked as belonging to `item` (its kind and number,
    /// written as `data-KIND="NUMBER"`) when given.
    pub(super) fn path(&mut self, points: &[Pos2], paint: Paint, item: Option<(&str, u64)>) {
        self.text.push_str("<path");
        self.data(item);
        self.text.push_str(r#" d=""#);
        for (i, point) in points.iter().enumerate() {
            let command = if i == 0 { "M" } else { "L" };
            self.put(format_args!("{command}{} {}", N(point.x), N(point.y)));
        }
        self.put(format_args!("\"{paint}/>\n"));
    }

    /// A closed polygon, marked as belonging to `item` when given (see [`Svg::path`]).
    pub(super) fn polygon(&mut self, points: &[Pos2], paint: Paint, item: Option<(&str, u64)>) {
        self.text.push_str("<polygon");
        self.data(item);
        self.text.push_str(r#" points=""#);
        for (i, point) in points.iter().enumerate() {
            let gap = if i == 0 { "" } else { " " };
            self.put(format_args!("{gap}{},{}", N(point.x), N(point.y)));
        }
        self.put(format_args!("\"{paint}/>\n"));
    }

    pub(super) fn circle(&mut self, centre: Pos2, radius: f32, paint: Paint) {
        self.put(format_args!(
            r#"<circle cx="{}" cy="{}" r="{}"{paint}/>"#,
            N(centre.x),
            N(centre.y),
            N(radius)
        ));
        self.text.push('\n');
    }

    /// One line of text with its baseline starting (or centred) at `baseline`.
    pub(super) fn text(&mut self, baseline: Pos2, font: Font, text: &str) {
        self.put(format_args!(
            r#"<text x="{}" y="{}" font-size="{}" fill="{}""#,
            N(baseline.x),
            N(baseline.y),
            N(font.size),
            font.colour
        ));
        if font.anchor == Anchor::Middle {
            self.text.push_str(r#" text-anchor="middle""#);
        }
        self.put(format_args!(">{}</text>\n", Escaped(text)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(N(12.0).to_string(), "12");
        assert_eq!(N(12.345_67).to_string(), "12.35");
        assert_eq!(N(-0.001).to_string(), "0");
        assert_eq!(N(f32::NAN).to_string(), "0");
    }

    #[test]
    fn shapes_are_written_with_their_paint() {
        let mut svg = Svg::new(10.0, 20.0);
        svg.rect(
            Rect::from_min_max(Pos2::ZERO, Pos2::new(4.0, 5.0)),
            1.0,
            Paint::fill(Rgb([255, 0, 0])).and_stroke(Rgb([0, 0, 0]), 1.5),
        );
        svg.text(Pos2::new(1.0, 2.0), Font::new(10.0, Rgb([1, 2, 3])), "a<b");
        let text = svg.finish();
        assert!(text.contains(r##"<rect x="0" y="0" width="4" height="5" rx="1" fill="#ff0000" stroke="#000000" stroke-width="1.5"/>"##));
        assert!(
            text.contains(r##"<text x="1" y="2" font-size="10" fill="#010203">a&lt;b</text>"##)
        );
        assert!(text.ends_with("</svg>\n"));
    }
}
