//! Picture export: SVG, PNG and PDF of every example map, checked as a reader of the file
//! would check them, and `polku export` run as the real binary.

use std::path::Path;

use polku::io::picture::{self, Page, PictureError};
use polku::model::layout::{BlueprintLine, Layout};
use polku::model::templates::Template;
use polku::model::{Edit, Journey, LaneKind, Touchpoint, TouchpointChange};
use resvg::{tiny_skia, usvg};

mod common;
use common::cli::{polku, stderr, stdout};
#[path = "export/pages.rs"]
mod pages;
#[path = "export/window.rs"]
mod window;

fn load(path: &Path) -> Journey {
    polku::io::load(path).unwrap_or_else(|error| panic!("{error}"))
}

/// `text` as it appears escaped in the SVG.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// All the words drawn as text, in drawing order, one space apart: wrapped lines come
/// back together.
fn drawn_words(svg: &str) -> String {
    let mut words = Vec::new();
    for piece in svg.split("<text ").skip(1) {
        let content = piece
            .split_once('>')
            .and_then(|(_, rest)| rest.split_once("</text>"))
            .map(|(content, _)| content)
            .unwrap_or_else(|| panic!("a text is not closed: {piece}"));
        words.push(content);
    }
    words.join(" ")
}

fn parse(svg: &str) -> usvg::Tree {
    usvg::Tree::from_str(svg, &usvg::Options::default())
        .unwrap_or_else(|error| panic!("the SVG does not parse: {error}"))
}

/// The width and height a PNG's header gives.
fn png_dimensions(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    assert_eq!(&png[12..16], b"IHDR");
    let be = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    (be(16), be(20))
}

/// A small map whose names need escaping.
fn awkward_journey() -> Journey {
    let mut document = Template::Blueprint.journey().to_document();
    document.title = "Fees <&> \"refunds\" & 'credits'".to_owned();
    document.lanes[0].name = "Web & <app>".to_owned();
    let mut journey = Journey::from_document(document)
        .unwrap_or_else(|errors| panic!("the template does not load: {errors:?}"));
    let id = journey.new_touchpoint_id();
    let lane = journey.lanes()[1].id;
    let stage = journey.stages()[0].id;
    let touchpoint = Touchpoint::new(id, "Pays <b>twice</b> & asks \u{1}why", lane, stage);
    assert!(
        journey
            .apply(Edit::AddTouchpoint(Box::new(touchpoint)))
            .is_ok()
    );
    journey
}

#[test]
fn every_example_svg_parses_and_shows_every_name() {
    common::english();
    for path in common::examples() {
        let journey = load(&path);
        let svg = picture::to_svg(&journey);
        parse(&svg);
        let words = drawn_words(&svg);
        for touchpoint in journey.touchpoints() {
            let id = format!(
                r#"<g id="touchpoint-{0}" data-touchpoint="{0}">"#,
                touchpoint.id.0
            );
            let title = format!("<title>{}</title>", escaped(&touchpoint.title));
            let Some(card) = svg.split(&id).nth(1) else {
                panic!("{}: no card for {}", path.display(), touchpoint.title);
            };
            assert!(
                card.starts_with(&format!("\n{title}")),
                "{}: no card for {}",
                path.display(),
                touchpoint.title
            );
        }
        for name in journey.stages().iter().map(|s| &s.name) {
            assert!(
                words.contains(&escaped(name)),
                "{}: stage {name}",
                path.display()
            );
        }
        for lane in journey.lanes() {
            let name = escaped(&lane.name);
            assert!(words.contains(&name), "{}: lane {name}", path.display());
            assert!(words.contains(lane.kind.name()));
        }
        assert!(words.contains(&escaped(journey.title())));
    }
}

/// The groups of the cards in `svg`, by the touchpoint number in their `data-touchpoint`.
fn card_groups<'a>(
    document: &'a roxmltree::Document<'a>,
) -> std::collections::HashMap<u64, roxmltree::Node<'a, 'a>> {
    document
        .descendants()
        .filter_map(|node| {
            let number = node.attribute("data-touchpoint")?.parse().ok()?;
            node.has_tag_name("g").then_some((number, node))
        })
        .collect()
}

#[test]
fn every_card_title_is_written_whole_in_its_card() {
    common::english();
    for path in common::examples() {
        let mut journey = load(&path);
        // A title longer than any example's, with a word too long for a line.
        let first = journey.touchpoints().next().map(|t| t.id);
        let long = "Reads the whole contract again, the price list, the offer sent last week \
                    and the invoice line by line, then calls customer service about \
                    Kuukausiveloitustarkistuspyynto";
        if let Some(id) = first {
            let edit = Edit::UpdateTouchpoint {
                id,
                change: TouchpointChange::Title(long.to_owned()),
            };
            assert!(journey.apply(edit).is_ok());
        }
        let svg = picture::to_svg(&journey);
        let document = roxmltree::Document::parse(&svg)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let groups = card_groups(&document);
        let layout = Layout::new(&journey);
        for touchpoint in journey.touchpoints() {
            let Some(group) = groups.get(&touchpoint.id.0) else {
                panic!("{}: no group for {}", path.display(), touchpoint.id.0);
            };
            // The title's lines are the card's largest text.
            let lines: Vec<&str> = group
                .children()
                .filter(|node| {
                    node.has_tag_name("text") && node.attribute("font-size") == Some("13.5")
                })
                .filter_map(|node| node.text())
                .collect();
            // Lines broken inside a word end in a hyphen of polku's own (U+2010).
            let written: String = lines
                .concat()
                .replace('\u{2010}', "")
                .split_whitespace()
                .collect();
            let title: String = touchpoint.title.split_whitespace().collect();
            assert_eq!(written, title, "{}: {}", path.display(), touchpoint.title);
            assert!(!lines.concat().contains('…'));
            // Every line's baseline is inside the card.
            let rect = layout.cards[&touchpoint.id];
            for node in group.children().filter(|node| node.has_tag_name("text")) {
                let y: f32 = node
                    .attribute("y")
                    .and_then(|y| y.parse().ok())
                    .expect("a line has a baseline");
                assert!(
                    rect.y_range().contains(y),
                    "{}: {:?} at {y} is outside {rect:?}",
                    path.display(),
                    node.text()
                );
            }
        }
    }
}

/// The points of a path's `d` written as `M x y L x y …`.
fn path_points(d: &str) -> Vec<(f32, f32)> {
    d.split(['M', 'L'])
        .filter(|part| !part.trim().is_empty())
        .map(|part| {
            let mut numbers = part.split_whitespace().map(|n| n.parse::<f32>());
            match (numbers.next(), numbers.next()) {
                (Some(Ok(x)), Some(Ok(y))) => (x, y),
                _ => panic!("not a point: {part:?} in {d:?}"),
            }
        })
        .collect()
}

#[test]
fn no_link_passes_through_a_card_other_than_its_ends() {
    for path in common::examples() {
        let journey = load(&path);
        let svg = picture::to_svg(&journey);
        let document = roxmltree::Document::parse(&svg)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        // Card rectangles as the SVG has them: the first rect of each card's group.
        let cards: Vec<(u64, usvg::Rect)> = card_groups(&document)
            .into_iter()
            .filter_map(|(id, group)| {
                let rect = group.children().find(|n| n.has_tag_name("rect"))?;
                let n = |name| rect.attribute(name).and_then(|v| v.parse::<f32>().ok());
                let r = usvg::Rect::from_xywh(n("x")?, n("y")?, n("width")?, n("height")?)?;
                Some((id, r))
            })
            .collect();
        assert_eq!(cards.len(), journey.touchpoint_count());
        let mut links = 0;
        for node in document.descendants().filter(|n| n.has_tag_name("path")) {
            let Some(id) = node.attribute("data-link").and_then(|id| id.parse().ok()) else {
                continue;
            };
            links += 1;
            let link = journey
                .link(polku::model::LinkId(id))
                .unwrap_or_else(|| panic!("no link {id}"));
            let points = path_points(node.attribute("d").expect("a link has a path"));
            assert!(points.len() >= 2);
            for pair in points.windows(2) {
                let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
                assert!(
                    x0 == x1 || y0 == y1,
                    "{}: link {id} is not at right angles",
                    path.display()
                );
                for (card, rect) in &cards {
                    if *card == link.from.0 || *card == link.to.0 {
                        continue;
                    }
                    // The stretch, shrunk by the outline's half unit, against the inside.
                    let (left, right) = (x0.min(x1), x0.max(x1));
                    let (top, bottom) = (y0.min(y1), y0.max(y1));
                    let inside = left < rect.right() - 0.5
                        && right > rect.left() + 0.5
                        && top < rect.bottom() - 0.5
                        && bottom > rect.top() + 0.5;
                    assert!(
                        !inside,
                        "{}: link {id} ({:?} → {:?}) passes through card {card}",
                        path.display(),
                        link.from,
                        link.to
                    );
                }
            }
        }
        assert_eq!(links, journey.link_count(), "{}", path.display());
    }
}

#[test]
fn the_blueprint_lines_are_labelled_where_the_lanes_change_kind() {
    common::english();
    let mut seen = Vec::new();
    for path in common::examples() {
        let journey = load(&path);
        let svg = picture::to_svg(&journey);
        let lines = Layout::new(&journey).lines;
        for line in [
            BlueprintLine::Interaction,
            BlueprintLine::Visibility,
            BlueprintLine::InternalInteraction,
        ] {
            let expected = lines.iter().filter(|&&(l, _)| l == line).count();
            let drawn = svg.matches(&format!(">{}</text>", line.label())).count();
            assert_eq!(drawn, expected, "{}: {}", path.display(), line.label());
            if expected > 0 {
                seen.push(line);
            }
        }
    }
    // The examples between them have all three lines.
    for line in [
        BlueprintLine::Interaction,
        BlueprintLine::Visibility,
        BlueprintLine::InternalInteraction,
    ] {
        assert!(seen.contains(&line), "no example has the {}", line.label());
    }
}

#[test]
fn names_are_escaped_and_the_svg_still_parses() {
    let svg = picture::to_svg(&awkward_journey());
    parse(&svg);
    assert!(svg.contains("<title>Pays &lt;b&gt;twice&lt;/b&gt; &amp; asks why</title>"));
    assert!(svg.contains("Fees &lt;&amp;&gt; &quot;refunds&quot; &amp; &apos;credits&apos;"));
    assert!(svg.contains("Web &amp; &lt;app&gt;"));
    assert!(!svg.contains("<b>") && !svg.contains("<app>") && !svg.contains('\u{1}'));
}

#[test]
fn every_example_png_has_the_size_of_the_map_and_is_not_blank() {
    for path in common::examples() {
        let journey = load(&path);
        let scale = 1.5;
        let png = picture::to_png(&journey, scale).unwrap_or_else(|e| panic!("{e}"));
        let (width, height) = png_dimensions(&png);
        let (map_width, map_height) = picture::picture_size(&journey);
        assert_eq!(width, (map_width * scale).ceil() as u32);
        assert_eq!(height, (map_height * scale).ceil() as u32);
        assert_eq!(
            picture::png_size(&journey, scale).ok(),
            Some((width, height))
        );

        let pixmap = tiny_skia::Pixmap::decode_png(&png).unwrap_or_else(|e| panic!("{e}"));
        let pixels = pixmap.pixels();
        let mut colours: Vec<[u8; 4]> = pixels
            .iter()
            .map(|p| [p.red(), p.green(), p.blue(), p.alpha()])
            .collect();
        let not_white = colours.iter().filter(|c| c[..3] != [255, 255, 255]).count();
        colours.sort_unstable();
        colours.dedup();
        assert!(
            colours.len() > 100,
            "{}: {} colours",
            path.display(),
            colours.len()
        );
        // The map is coloured bands; the legend and the notes under it are text on white.
        assert!(
            not_white > pixels.len() / 3,
            "{}: mostly blank ({not_white} of {} pixels)",
            path.display(),
            pixels.len()
        );
        assert!(
            pixels.iter().all(|p| p.alpha() == 255),
            "the background is opaque"
        );
    }
}

#[test]
fn cards_are_drawn_where_the_layout_puts_them_and_hidden_ones_are_muted() {
    let journey = load(&common::examples()[0]);
    let svg = picture::to_svg(&journey);
    let layout = Layout::new(&journey);
    for touchpoint in journey.touchpoints() {
        let rect = layout.cards[&touchpoint.id];
        let card = svg
            .split(&format!(r#"data-touchpoint="{}">"#, touchpoint.id.0))
            .nth(1)
            .unwrap_or_else(|| panic!("no card for {}", touchpoint.title));
        // Coordinates are written with at most two decimals.
        let n = |x: f32| (x * 100.0).round() / 100.0;
        let outline = format!(
            r#"<rect x="{}" y="{}""#,
            n(rect.min.x + 0.5),
            n(rect.min.y + 0.5)
        );
        assert!(
            card.contains(&outline),
            "{} is not at {rect:?}",
            touchpoint.title
        );
        let hidden = journey
            .lane(touchpoint.lane)
            .is_some_and(|lane| matches!(lane.kind, LaneKind::Backstage | LaneKind::Support));
        let first_rect = card.split("/>").next().unwrap();
        assert_eq!(first_rect.contains("stroke-dasharray"), hidden);
        assert_eq!(first_rect.contains(r##"fill="#ececec""##), hidden);
    }
}

#[test]
fn a_scale_too_large_or_not_a_number_is_refused() {
    common::english();
    let journey = load(&common::examples()[0]);
    match picture::to_png(&journey, 100.0) {
        Err(error @ PictureError::TooLarge { .. }) => {
            assert!(error.to_string().contains("smaller scale"), "{error}");
        }
        other => panic!("expected TooLarge, got {:?}", other.map(|png| png.len())),
    }
    for scale in [0.0, -2.0, f32::NAN] {
        assert!(matches!(
            picture::to_png(&journey, scale),
            Err(PictureError::BadScale { .. })
        ));
    }
}

#[test]
fn every_example_pdf_is_one_page_the_size_of_the_map() {
    for path in common::examples() {
        let journey = load(&path);
        let pdf = picture::to_pdf(&journey, None).unwrap_or_else(|e| panic!("{e}"));
        let document = lopdf::Document::load_mem(&pdf).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(document.get_pages().len(), 1, "{}", path.display());
        let (width, height) = picture::picture_size(&journey);
        let media_box = media_box(&document);
        assert!((media_box[2] - width).abs() < 0.1, "{media_box:?}");
        assert!((media_box[3] - height).abs() < 0.1, "{media_box:?}");
        assert_embeds_dejavu(&document);

        // The words are there as text, to search and copy, not as outlines.
        let text = document
            .extract_text(&[1])
            .unwrap_or_else(|e| panic!("{e}"))
            .replace('\n', "");
        assert!(text.contains(journey.title()), "{}", path.display());
        for stage in journey.stages() {
            assert!(
                text.contains(&stage.name),
                "{}: {}",
                path.display(),
                stage.name
            );
        }
    }
}

#[test]
fn a_poster_pdf_has_the_page_size_asked_for() {
    let journey = load(&common::examples()[0]);
    for (page, width_mm, height_mm) in [
        (Page::A3, 420.0, 297.0),
        (Page::A1, 841.0, 594.0),
        (Page::A0, 1189.0, 841.0),
    ] {
        let pdf = picture::to_pdf(&journey, Some(page)).unwrap_or_else(|e| panic!("{e}"));
        let document = lopdf::Document::load_mem(&pdf).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(document.get_pages().len(), 1);
        let points = |mm: f32| mm / 25.4 * 72.0;
        let media_box = media_box(&document);
        assert!(
            (media_box[2] - points(width_mm)).abs() < 0.5,
            "{media_box:?}"
        );
        assert!(
            (media_box[3] - points(height_mm)).abs() < 0.5,
            "{media_box:?}"
        );
        assert_embeds_dejavu(&document);
    }
}

fn media_box(document: &lopdf::Document) -> Vec<f32> {
    let Some(page) = document.get_pages().into_values().next() else {
        panic!("the PDF has no page");
    };
    let dictionary = document
        .get_dictionary(page)
        .unwrap_or_else(|e| panic!("{e}"));
    let array = dictionary
        .get(b"MediaBox")
        .and_then(lopdf::Object::as_array)
        .unwrap_or_else(|e| panic!("{e}"));
    array
        .iter()
        .map(|n| n.as_float().unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

/// The text is in the PDF as text, in DejaVu Sans carried inside the file.
fn assert_embeds_dejavu(document: &lopdf::Document) {
    let mut font_names = Vec::new();
    let mut embedded = false;
    for object in document.objects.values() {
        if let Ok(dictionary) = object.as_dict() {
            if let Ok(name) = dictionary.get(b"BaseFont").and_then(lopdf::Object::as_name) {
                font_names.push(String::from_utf8_lossy(name).into_owned());
            }
            embedded |= dictionary.has(b"FontFile2") || dictionary.has(b"FontFile3");
        }
    }
    assert!(
        !font_names.is_empty(),
        "no fonts: the text was not embedded"
    );
    assert!(
        font_names.iter().all(|name| name.contains("DejaVuSans")),
        "{font_names:?}"
    );
    assert!(embedded, "the font is not embedded");
}

#[test]
fn the_same_map_gives_the_same_bytes() {
    let journey = load(&common::examples()[0]);
    assert_eq!(picture::to_svg(&journey), picture::to_svg(&journey));
    let png = |scale| picture::to_png(&journey, scale).unwrap_or_else(|e| panic!("{e}"));
    assert!(png(1.0) == png(1.0), "the PNG changed");
    let pdf = |page| picture::to_pdf(&journey, page).unwrap_or_else(|e| panic!("{e}"));
    assert!(pdf(None) == pdf(None), "the PDF changed");
    assert!(
        pdf(Some(Page::A3)) == pdf(Some(Page::A3)),
        "the poster changed"
    );
}

#[test]
fn cli_exports_svg_png_and_pdf_and_says_what_it_wrote() {
    common::english();
    let folder = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let example = common::examples()[0].display().to_string();
    let journey = load(&common::examples()[0]);
    let touchpoints = journey.touchpoint_count();
    let out = |name: &str| folder.path().join(name).display().to_string();

    let svg = out("map.svg");
    let output = polku(&["export", &example, "--svg", &svg]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        format!("{svg}: SVG of {touchpoints} touchpoints\n")
    );
    let written = std::fs::read_to_string(&svg).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(written, picture::to_svg(&journey));

    let png = out("map.png");
    let output = polku(&["export", &example, "--png", &png, "--scale", "1"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let bytes = std::fs::read(&png).unwrap_or_else(|e| panic!("{e}"));
    let (width, height) = png_dimensions(&bytes);
    assert_eq!(
        stdout(&output),
        format!("{png}: PNG ({width}×{height} px) of {touchpoints} touchpoints\n")
    );

    let pdf = out("poster.pdf");
    let output = polku(&["export", &example, "--pdf", &pdf, "--page", "a1"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        format!(
            "{pdf}: PDF (1 page, A1 landscape, 841×594 mm, card titles {} pt) of {touchpoints} touchpoints\n",
            polku::i18n::decimal(
                f64::from(picture::poster_title_size_pt(&journey, Page::A1)),
                1
            )
        )
    );
    let bytes = std::fs::read(&pdf).unwrap_or_else(|e| panic!("{e}"));
    assert!(lopdf::Document::load_mem(&bytes).is_ok());

    // Only the pictures are left behind: no temporary files.
    let mut names: Vec<String> = std::fs::read_dir(folder.path())
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["map.png", "map.svg", "poster.pdf"]);
}

#[test]
fn cli_refuses_a_huge_scale_a_broken_map_and_a_missing_target() {
    let folder = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let example = common::examples()[0].display().to_string();
    let png = folder.path().join("map.png").display().to_string();

    let output = polku(&["export", &example, "--png", &png, "--scale", "100"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("--scale"), "{}", stderr(&output));
    assert!(!Path::new(&png).exists(), "nothing is written");

    let broken = folder.path().join("broken.ron");
    std::fs::write(&broken, "(\n    version: 1,\n    title: \"x\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let broken = broken.display().to_string();
    let output = polku(&["export", &broken, "--svg", &png]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).starts_with(&format!("{broken}:")),
        "{}",
        stderr(&output)
    );
    let position = stderr(&output)[broken.len() + 1..].to_owned();
    assert!(
        position
            .split(':')
            .take(2)
            .all(|n| n.parse::<usize>().is_ok()),
        "FILE:LINE:COL expected: {position}"
    );

    let output = polku(&["export", &example]);
    assert_eq!(output.status.code(), Some(2));
    assert!(!stderr(&output).is_empty());
}

#[test]
fn an_empty_map_still_makes_every_picture() {
    common::english();
    let journey = Journey::new();
    let svg = picture::to_svg(&journey);
    parse(&svg);
    assert!(svg.contains("Untitled map"));
    let png = picture::to_png(&journey, 1.0).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        Some(png_dimensions(&png)),
        picture::png_size(&journey, 1.0).ok()
    );
    let pdf = picture::to_pdf(&journey, Some(Page::A3)).unwrap_or_else(|e| panic!("{e}"));
    assert!(lopdf::Document::load_mem(&pdf).is_ok());
}

#[test]
fn a_png_of_a_map_too_wide_for_the_default_scale_is_drawn_smaller_and_says_so() {
    // At 2 pixels a point, 400 touchpoints would be wider than a PNG can be; the export
    // used to fail.
    let folder = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let map = folder.path().join("wide.ron").display().to_string();
    let png = folder.path().join("wide.png").display().to_string();
    let output = polku(&["generate", "--touchpoints", "400", &map]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let journey = load(Path::new(&map));
    let (width, _) = picture::picture_size(&journey);
    assert!(
        width * 2.0 > picture::MAX_PNG_SIDE as f32,
        "{width} is not wide enough"
    );

    let output = polku(&["export", &map, "--png", &png]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let said = stdout(&output);
    assert!(
        said.contains("pixels a point: the most that fits a PNG"),
        "{said}"
    );
    let bytes = std::fs::read(&png).unwrap_or_else(|e| panic!("{e}"));
    let (png_width, _) = png_dimensions(&bytes);
    assert!(png_width <= picture::MAX_PNG_SIDE && png_width > picture::MAX_PNG_SIDE / 2);

    // A scale asked for is kept, or refused before drawing with the largest that fits.
    let output = polku(&["export", &map, "--png", &png, "--scale", "2", "--force"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("the largest scale that fits this map is"),
        "{}",
        stderr(&output)
    );
}
