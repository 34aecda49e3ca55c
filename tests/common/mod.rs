//! Helpers shared by the tests: the whole window driven through egui_kittest, and what a
//! Markdown renderer makes of a report. Each test file uses some of them.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use egui::Vec2;
use egui_kittest::Harness;
use polku::app::PolkuApp;
use polku::app::files::NoDialogs;
use polku::app::settings::Settings;

/// The example map called `name`.
fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("journeys")
        .join(name)
}

/// Every example map in `journeys/`, in name order.
pub fn examples() -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("journeys");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 4, "the examples are missing: {paths:?}");
    paths
}

/// The window with a copy of an example map, saved in `folder`.
pub fn harness_with_copy(folder: &Path, name: &str) -> Harness<'static, PolkuApp> {
    let path = folder.join(name);
    if let Err(error) = std::fs::copy(example(name), &path) {
        panic!("{error}");
    }
    let app = PolkuApp::open_at_start(&path, Settings::english(), Box::new(NoDialogs));
    let mut harness = window_with(app);
    harness.run();
    harness
}

/// The window with the map at `path`, opened as `polku FILE` opens it, asking for files
/// with `dialogs`.
pub fn window_at(
    path: &Path,
    dialogs: Box<dyn polku::app::files::FileDialogs>,
) -> Harness<'static, PolkuApp> {
    window_sized(path, dialogs, Vec2::new(1400.0, 900.0))
}

/// [`window_at`] in a window of `size`.
pub fn window_sized(
    path: &Path,
    dialogs: Box<dyn polku::app::files::FileDialogs>,
    size: Vec2,
) -> Harness<'static, PolkuApp> {
    let app = PolkuApp::open_at_start(path, Settings::english(), dialogs);
    let mut harness = Harness::builder()
        .with_size(size)
        .with_context_setup(polku::ui::fonts::install_fonts)
        .build_ui_state(|ui, app: &mut PolkuApp| app.ui_root(ui), app);
    harness.run();
    harness
}

/// The window with `app` in it, not yet drawn.
pub fn window_with(app: PolkuApp) -> Harness<'static, PolkuApp> {
    Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .with_context_setup(polku::ui::fonts::install_fonts)
        .build_ui_state(|ui, app: &mut PolkuApp| app.ui_root(ui), app)
}

/// Renames touchpoint `id` to `title`, as one change made in the window.
pub fn rename(harness: &mut Harness<'_, PolkuApp>, id: polku::model::TouchpointId, title: &str) {
    let change = polku::ui::Change {
        edit: polku::model::Edit::UpdateTouchpoint {
            id,
            change: polku::model::TouchpointChange::Title(title.to_owned()),
        },
        label: "Rename".to_owned(),
        merge: None,
    };
    if let Err(error) = harness.state_mut().change(change, 0.0) {
        panic!("{error}");
    }
}

/// Asks the window to close, as its close button does.
pub fn request_close(harness: &mut Harness<'_, PolkuApp>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
}

/// Whether the last frame cancelled a close of the window.
pub fn close_cancelled(harness: &Harness<'_, PolkuApp>) -> bool {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::CancelClose))
}

/// Lets background work (an export, an import) finish, as the window's frames go on.
pub fn wait(harness: &mut Harness<'_, PolkuApp>) {
    for _ in 0..400 {
        if !harness.state().is_busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
        harness.step();
    }
    assert!(!harness.state().is_busy(), "the work did not finish");
    harness.run_ok();
}

/// What a Markdown renderer (CommonMark with GitHub's extensions, through comrak) makes
/// of a text: its headings with their text, and how many tables, links and images, and
/// which raw HTML, it holds.
#[derive(Debug, Default)]
pub struct Rendered {
    pub headings: Vec<(u8, String)>,
    pub tables: usize,
    pub links: usize,
    pub images: usize,
    pub html: Vec<String>,
}

pub fn rendered(markdown: &str) -> Rendered {
    use comrak::nodes::NodeValue;
    let arena = comrak::Arena::new();
    let mut options = comrak::Options::default();
    options.extension.table = true;
    options.extension.autolink = true;
    options.extension.strikethrough = true;
    options.extension.tasklist = true;
    options.extension.footnotes = true;
    let root = comrak::parse_document(&arena, markdown, &options);
    let mut found = Rendered::default();
    for node in root.descendants() {
        match &node.data().value {
            NodeValue::Heading(heading) => {
                found.headings.push((heading.level, node.collect_text()));
            }
            NodeValue::Table(_) => found.tables += 1,
            NodeValue::Link(_) | NodeValue::WikiLink(_) => found.links += 1,
            NodeValue::Image(_) => found.images += 1,
            NodeValue::HtmlInline(html) => found.html.push(html.clone()),
            NodeValue::HtmlBlock(block) => found.html.push(block.literal.clone()),
            _ => {}
        }
    }
    found
}
