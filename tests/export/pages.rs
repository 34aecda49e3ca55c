//! Pictures to hand over: the numbered TERMS notes, posters that fill their page, and
//! maps tiled over pages, checked in the files as a reader of them would find them.

use std::collections::HashMap;

use lopdf::{Document, Object};
use polku::io::picture::{self, Orientation, Page, Paper, PictureError};
use polku::model::Journey;
use polku::model::layout::Layout;
use polku::model::look::card::{TITLE_SIZE, title_lines};

use super::common::examples;
use super::{drawn_words, load, polku, stderr, stdout};

const PT_PER_MM: f32 = 72.0 / 25.4;

/// What one page of a PDF shows, found by reading its content and the forms it draws,
/// as a viewer does: the text (each glyph is placed on its own, so lines run together
/// with nothing between them), and the box around everything drawn, in points.
#[derive(Debug, Default)]
struct Drawn {
    text: String,
    bounds: Option<[f32; 4]>,
}

impl Drawn {
    fn take(&mut self, ctm: [f32; 6], x: f32, y: f32) {
        let (x, y) = (
            ctm[0] * x + ctm[2] * y + ctm[4],
            ctm[1] * x + ctm[3] * y + ctm[5],
        );
        let b = self.bounds.get_or_insert([x, y, x, y]);
        *b = [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)];
    }

    fn width(&self) -> f32 {
        self.bounds.map_or(0.0, |b| b[2] - b[0])
    }

    fn height(&self) -> f32 {
        self.bounds.map_or(0.0, |b| b[3] - b[1])
    }
}

/// `a` applied after `b`, as PDF's `cm` combines matrices.
fn times(a: [f32; 6], b: [f32; 6]) -> [f32; 6] {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

fn numbers(operands: &[Object]) -> Vec<f32> {
    operands
        .iter()
        .map(|n| n.as_float().unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

fn dictionary<'a>(document: &'a Document, object: &'a Object) -> &'a lopdf::Dictionary {
    let (_, object) = document
        .dereference(object)
        .unwrap_or_else(|e| panic!("{e}"));
    match object {
        Object::Dictionary(dictionary) => dictionary,
        Object::Stream(stream) => &stream.dict,
        other => panic!("not a dictionary: {other:?}"),
    }
}

fn walk(
    document: &Document,
    content: &[u8],
    resources: Option<&lopdf::Dictionary>,
    ctm: [f32; 6],
    drawn: &mut Drawn,
) {
    let content = lopdf::content::Content::decode(content).unwrap_or_else(|e| panic!("{e}"));
    let (mut ctm, mut stack) = (ctm, Vec::new());
    let mut encoding = None;
    let named = |kind: &[u8], name: &Object| -> Option<&Object> {
        let name = name.as_name().ok()?;
        let group = dictionary(document, resources?.get(kind).ok()?);
        let (_, object) = document.dereference(group.get(name).ok()?).ok()?;
        Some(object)
    };
    for operation in &content.operations {
        let operands = &operation.operands;
        match operation.operator.as_str() {
            "q" => stack.push(ctm),
            "Q" => {
                let Some(saved) = stack.pop() else {
                    panic!("Q restores a state that no q saved");
                };
                ctm = saved;
            }
            "cm" => {
                let m = numbers(operands);
                ctm = times([m[0], m[1], m[2], m[3], m[4], m[5]], ctm);
            }
            "m" | "l" | "c" | "v" | "y" => {
                for point in numbers(operands).chunks(2) {
                    drawn.take(ctm, point[0], point[1]);
                }
            }
            "re" => {
                let r = numbers(operands);
                drawn.take(ctm, r[0], r[1]);
                drawn.take(ctm, r[0] + r[2], r[1] + r[3]);
            }
            "Tf" => {
                encoding = named(b"Font", &operands[0]).and_then(|font| match font {
                    Object::Dictionary(font) => font.get_font_encoding(document).ok(),
                    _ => None,
                });
            }
            "Tj" | "TJ" => {
                let strings = match operands.first() {
                    Some(Object::Array(items)) => items.clone(),
                    Some(item) => vec![item.clone()],
                    None => Vec::new(),
                };
                for item in strings {
                    if let (Object::String(bytes, _), Some(encoding)) = (&item, &encoding) {
                        let text = Document::decode_text(encoding, bytes)
                            .unwrap_or_else(|e| panic!("{e}"));
                        drawn.text.push_str(&text);
                    }
                }
            }
            "Do" => {
                let Some(Object::Stream(form)) = named(b"XObject", &operands[0]) else {
                    continue;
                };
                let matrix = form
                    .dict
                    .get(b"Matrix")
                    .ok()
                    .and_then(|m| m.as_array().ok())
                    .map(|m| numbers(m))
                    .map_or([1.0, 0.0, 0.0, 1.0, 0.0, 0.0], |m| {
                        [m[0], m[1], m[2], m[3], m[4], m[5]]
                    });
                let inner = form
                    .dict
                    .get(b"Resources")
                    .ok()
                    .map(|r| dictionary(document, r));
                let bytes = form
                    .decompressed_content()
                    .unwrap_or_else(|_| form.content.clone());
                walk(document, &bytes, inner, times(matrix, ctm), drawn);
            }
            _ => {}
        }
    }
}

/// What each page of `pdf` shows, in page order, with each page's size in points.
fn pages(pdf: &[u8]) -> Vec<([f32; 2], Drawn)> {
    let document = Document::load_mem(pdf).unwrap_or_else(|e| panic!("{e}"));
    document
        .get_pages()
        .into_values()
        .map(|page| {
            let dictionary = document
                .get_dictionary(page)
                .unwrap_or_else(|e| panic!("{e}"));
            let media_box = numbers(
                dictionary
                    .get(b"MediaBox")
                    .and_then(Object::as_array)
                    .unwrap_or_else(|e| panic!("{e}")),
            );
            let resources = dictionary
                .get(b"Resources")
                .ok()
                .map(|r| dictionary_of(&document, r));
            let mut drawn = Drawn::default();
            let content = document.get_page_content(page);
            walk(
                &document,
                &content,
                resources,
                [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
                &mut drawn,
            );
            ([media_box[2], media_box[3]], drawn)
        })
        .collect()
}

fn dictionary_of<'a>(document: &'a Document, object: &'a Object) -> &'a lopdf::Dictionary {
    dictionary(document, object)
}

#[test]
fn every_note_is_numbered_on_its_card_and_listed_whole_under_the_legend() {
    super::common::english();
    for path in examples() {
        let journey = load(&path);
        let svg = picture::to_svg(&journey);
        let document = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{e}"));
        let layout = Layout::new(&journey);
        // The numbers on the cards: each a footnote mark in its card's group.
        let mut numbered: HashMap<usize, (usize, f32, usize)> = HashMap::new();
        let stage_of = |id| journey.stages().iter().position(|s| s.id == id);
        let lane_of = |id| journey.lanes().iter().position(|l| l.id == id);
        for (number, card) in super::card_groups(&document) {
            let touchpoint = journey
                .touchpoints()
                .find(|t| t.id.0 == number)
                .unwrap_or_else(|| panic!("no touchpoint {number}"));
            let marks: Vec<usize> = card
                .descendants()
                .filter(|n| n.has_tag_name("text"))
                .filter_map(|n| n.text()?.parse().ok())
                .collect();
            let notes = touchpoint
                .terms
                .iter()
                .filter(|t| !t.note.trim().is_empty())
                .count();
            assert_eq!(
                marks.len(),
                notes,
                "{}: {}",
                path.display(),
                touchpoint.title
            );
            let rect = layout.cards[&touchpoint.id];
            for mark in marks {
                let place = (
                    stage_of(touchpoint.stage).expect("its stage"),
                    rect.min.x,
                    lane_of(touchpoint.lane).expect("its lane"),
                );
                assert!(numbered.insert(mark, place).is_none(), "{mark} twice");
            }
        }
        let count = numbered.len();
        assert!(count > 0, "{}: no notes", path.display());
        // Numbered 1, 2, 3… in reading order: by stage, then from the left, then by lane.
        for n in 1..count {
            let (a, b) = (numbered[&n], numbered[&(n + 1)]);
            let order = (a.0.cmp(&b.0))
                .then(a.1.total_cmp(&b.1))
                .then(a.2.cmp(&b.2));
            assert!(order.is_le(), "{}: {n} after {}", path.display(), n + 1);
        }
        // The list: every note's words, whole, after its number, area, severity and title.
        let notes = document
            .descendants()
            .find(|n| n.attribute("id") == Some("notes"))
            .unwrap_or_else(|| panic!("{}: no notes block", path.display()));
        // Compared without spaces: a line may break after a hyphen inside a word.
        let bare = |text: &str| text.split_whitespace().collect::<String>();
        let listed = drawn_words(&svg[notes.range()]).replace('\u{2010}', "");
        assert!(listed.starts_with("Notes"), "{listed}");
        for touchpoint in journey.touchpoints() {
            for tag in touchpoint
                .terms
                .iter()
                .filter(|t| !t.note.trim().is_empty())
            {
                let words = format!(
                    "{} ({}) {}: {}",
                    tag.area.letter(),
                    tag.severity.label(),
                    touchpoint.title,
                    tag.note.trim()
                );
                let words = super::escaped(&bare(&words));
                assert!(
                    bare(&listed).contains(&words),
                    "{}: {words}\n{listed}",
                    path.display()
                );
            }
        }
        assert!(!listed.contains('…'), "a note was cut: {listed}");
        // Within the sheet's width.
        let (width, _) = picture::picture_size(&journey);
        for text in notes.descendants().filter(|n| n.has_tag_name("text")) {
            let x: f32 = text
                .attribute("x")
                .and_then(|x| x.parse().ok())
                .expect("a line of the notes has its place");
            let line = text.text().expect("a line of the notes has its text");
            let right = x + polku::model::look::font::Metrics::get().width(line, 12.0);
            assert!(
                right <= width - 31.9,
                "{}: {line} runs to {right}",
                path.display()
            );
        }

        // The poster carries the notes too, as text.
        let pdf = picture::to_pdf(&journey, Some(Page::A3)).unwrap_or_else(|e| panic!("{e}"));
        let text = pages(&pdf)
            .into_iter()
            .map(|(_, drawn)| drawn.text)
            .collect::<String>();
        assert!(text.contains("Notes on the TERMS tags"), "{text}");
    }
}

/// The scale at which a picture of `picture` fits a page of `page` (points) within the
/// poster's 10 mm margin.
fn fitted(picture: (f32, f32), page: (f32, f32)) -> f32 {
    let room = |side: f32| side - 20.0 * PT_PER_MM;
    (room(page.0) / picture.0).min(room(page.1) / picture.1)
}

#[test]
fn a_poster_fills_its_page_turned_the_way_that_holds_the_map_largest() {
    let mut journeys: Vec<(String, Journey)> = examples()
        .iter()
        .map(|path| (path.display().to_string(), load(path)))
        .collect();
    // A tall map: every card in one stage, stacked down the lanes.
    let mut document = journeys[0].1.to_document();
    document.stages.truncate(1);
    let first = document.stages[0].id;
    for touchpoint in &mut document.touchpoints {
        touchpoint.stage = first;
    }
    document.links.clear();
    let tall = Journey::from_document(document).unwrap_or_else(|e| panic!("{e:?}"));
    journeys.push(("a tall map".into(), tall));
    let mut orientations = Vec::new();
    for (name, journey) in &journeys {
        let picture = picture::picture_size(journey);
        for page in [Page::A3, Page::A1, Page::A0] {
            let pdf = picture::to_pdf(journey, Some(page)).unwrap_or_else(|e| panic!("{e}"));
            let pages = pages(&pdf);
            assert_eq!(pages.len(), 1);
            let ([width, height], drawn) = &pages[0];
            let (long, short) = page.size_mm();
            let (long, short) = (long * PT_PER_MM, short * PT_PER_MM);
            let landscape = width > height;
            assert!(
                (width.max(*height) - long).abs() < 0.5 && (width.min(*height) - short).abs() < 0.5
            );
            let fill = (drawn.width() / width).max(drawn.height() / height);
            println!(
                "{name} {}: {} fill {fill:.3}",
                page.name(),
                if landscape { "landscape" } else { "portrait" }
            );
            assert!(fill >= 0.9, "{name} {}: {fill}", page.name());
            // Centred.
            let b = drawn.bounds.expect("the page shows the map");
            assert!((b[0] - (width - b[2])).abs() < 1.0, "{name}: {b:?}");
            assert!((b[1] - (height - b[3])).abs() < 1.0, "{name}: {b:?}");
            // Drawn at the scale that fits, which the other way round would not beat.
            let scale = drawn.width() / picture.0;
            assert!((scale - fitted(picture, (*width, *height))).abs() < 1e-3 * scale);
            let turned = fitted(picture, (*height, *width));
            assert!(
                scale >= turned,
                "{name} {}: {scale} < {turned}",
                page.name()
            );
            let expected = if landscape {
                Orientation::Landscape
            } else {
                Orientation::Portrait
            };
            assert_eq!(picture::poster_orientation(journey, page), expected);
            orientations.push(expected);
        }
    }
    assert!(orientations.contains(&Orientation::Portrait));
    assert!(orientations.contains(&Orientation::Landscape));
}

/// How many pages of `page` (points) the tiles of a picture of `picture` map units take,
/// turned each way, at 9 pt titles with 10 mm margins and overlaps.
fn pages_needed(picture: (f32, f32), page: (f32, f32)) -> usize {
    let scale = 9.0 / TITLE_SIZE;
    let room = |side: f32| side - 20.0 * PT_PER_MM;
    let count = |length: f32, room: f32| {
        let mut pages = 1;
        while room + (pages - 1) as f32 * (room - 10.0 * PT_PER_MM) < length {
            pages += 1;
        }
        pages
    };
    count(picture.0 * scale, room(page.0)) * count(picture.1 * scale, room(page.1))
}

#[test]
fn a_tiled_map_is_on_the_fewest_pages_at_a_size_to_read_with_every_title_on_one() {
    super::common::english();
    for path in examples() {
        let journey = load(&path);
        let picture = picture::picture_size(&journey);
        for (paper, long, short) in [(Paper::A4, 297.0, 210.0), (Paper::A3, 420.0, 297.0)] {
            let tiling = picture::tiling(&journey, paper).unwrap_or_else(|e| panic!("{e}"));
            let pdf = picture::to_tiled_pdf(&journey, paper).unwrap_or_else(|e| panic!("{e}"));
            let pages = pages(&pdf);
            let (long, short) = (long * PT_PER_MM, short * PT_PER_MM);
            let fewest =
                pages_needed(picture, (long, short)).min(pages_needed(picture, (short, long)));
            println!(
                "{} {}: {} pages ({}×{}), titles {:.1} pt",
                path.display(),
                paper.name(),
                pages.len(),
                tiling.rows,
                tiling.columns,
                tiling.title_size_pt()
            );
            assert!(
                pages.len() > 1,
                "{}: an example is wider than a page",
                path.display()
            );
            assert_eq!(pages.len(), fewest, "{}", path.display());
            assert_eq!(pages.len(), tiling.rows * tiling.columns);
            assert!(tiling.title_size_pt() >= 9.0 - 1e-3);
            let turned = match tiling.orientation {
                Orientation::Landscape => [long, short],
                Orientation::Portrait => [short, long],
            };
            for (i, (size, drawn)) in pages.iter().enumerate() {
                assert!((size[0] - turned[0]).abs() < 0.5 && (size[1] - turned[1]).abs() < 0.5);
                let label = format!(
                    "Row {}, column {} of {}×{}",
                    i / tiling.columns + 1,
                    i % tiling.columns + 1,
                    tiling.rows,
                    tiling.columns
                );
                assert!(
                    drawn.text.contains(&label),
                    "page {}: {}",
                    i + 1,
                    drawn.text
                );
            }
            // Every line of every card's title is on a page; pages show only their part.
            let texts: Vec<String> = pages.iter().map(|(_, d)| d.text.clone()).collect();
            for touchpoint in journey.touchpoints() {
                for line in title_lines(touchpoint, 1.0) {
                    let on = texts.iter().filter(|t| t.contains(&line)).count();
                    assert!(on >= 1, "{}: {line} is on no page", path.display());
                }
            }
            let first = journey
                .touchpoints()
                .min_by(|a, b| a.x.total_cmp(&b.x))
                .map(|t| title_lines(t, 1.0).join(""))
                .expect("the map has touchpoints");
            let on = texts.iter().filter(|t| t.contains(&first)).count();
            assert!(on < pages.len(), "{first} is on every page");
        }
    }
}

#[test]
fn cli_tiles_a_map_and_refuses_tiles_with_a_poster_or_too_many_pages() {
    let folder = tempfile::tempdir().unwrap();
    let example = examples()[0].display().to_string();
    let journey = load(&examples()[0]);
    let pdf = folder.path().join("tiles.pdf").display().to_string();
    let output = polku(&["export", &example, "--pdf", &pdf, "--tiles", "a4"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let tiling = picture::tiling(&journey, Paper::A4).unwrap_or_else(|e| panic!("{e}"));
    let said = stdout(&output);
    assert!(
        said.contains(&format!("PDF ({} pages of A4 ", tiling.pages())),
        "{said}"
    );
    let bytes = std::fs::read(&pdf).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(pages(&bytes).len(), tiling.pages());

    let other = folder.path().join("other.pdf").display().to_string();
    let output = polku(&[
        "export", &example, "--pdf", &other, "--tiles", "a4", "--page", "a3",
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let output = polku(&["export", &example, "--svg", &other, "--tiles", "a4"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let output = polku(&["export", &example, "--pdf", &other, "--tiles", "b5"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(!std::path::Path::new(&other).exists());

    // A map far too large to tape to a wall is refused, saying what to do instead.
    let huge = polku::model::generate::generate(3000, 1).unwrap_or_else(|e| panic!("{e:?}"));
    match picture::tiling(&huge, Paper::A4) {
        Err(PictureError::TooManyTiles { pages, .. }) => assert!(pages > picture::MAX_TILES),
        other => panic!("{other:?}"),
    }
    super::common::english();
    let Err(error) = picture::to_tiled_pdf(&huge, Paper::A3) else {
        panic!("a map far too large was tiled");
    };
    let error = error.to_string();
    assert!(error.contains("--page a0"), "{error}");
}
