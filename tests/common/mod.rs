//! Helpers shared by the tests: the example maps, the language a test speaks, the real
//! binary (`cli`), a map's text edited as in an editor (`ron_text`), the whole window driven through egui_kittest with file dialogs that
//! answer from a script, and what a Markdown renderer makes of a report. Each test file
//! uses some of them.
#![allow(dead_code)]

pub mod cli;
pub mod ron_text;
pub mod source;

use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use egui::Vec2;
use egui_kittest::Harness;
use polku::app::PolkuApp;
use polku::app::files::{FileDialogs, NoDialogs};
use polku::app::settings::Settings;

/// The example map called `name`, in `journeys/`.
pub fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("journeys")
        .join(name)
}

/// Every example map in `journeys/`, in name order.
pub fn examples() -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("journeys");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap_or_else(|error| panic!("{}: {error}", folder.display()))
        .map(|entry| match entry {
            Ok(entry) => entry.path(),
            Err(error) => panic!("{}: {error}", folder.display()),
        })
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 4, "the examples are missing: {paths:?}");
    paths
}

/// Makes this test's thread speak English: the words a test checks are English, whatever
/// the system running the tests speaks.
pub fn english() {
    polku::i18n::set_language(polku::i18n::Language::English);
}

/// The size of the window the tests draw, unless a test needs another.
pub const SIZE: Vec2 = Vec2::new(1400.0, 900.0);

/// The window's time between two frames of a test, in seconds.
pub const STEP_SECS: f64 = 0.25;

/// The window with `app` in it, of `size`, before its first frame. Each frame runs as
/// polku runs it (inside `PolkuApp::guarded`, which writes the recovery copy before a
/// panic ends the program), with polku's fonts.
pub fn window_before_first_frame(app: PolkuApp, size: Vec2) -> Harness<'static, PolkuApp> {
    Harness::builder()
        .with_size(size)
        .with_step_dt(STEP_SECS as f32)
        .with_context_setup(polku::ui::fonts::install_fonts)
        .build_ui_state(
            |ui, app: &mut PolkuApp| app.guarded(|app| app.ui_root(ui)),
            app,
        )
}

/// The window with `app` in it, of `size`, drawn.
pub fn window_sized(app: PolkuApp, size: Vec2) -> Harness<'static, PolkuApp> {
    let mut harness = window_before_first_frame(app, size);
    harness.run();
    harness
}

/// The window with `app` in it, drawn.
pub fn window(app: PolkuApp) -> Harness<'static, PolkuApp> {
    window_sized(app, SIZE)
}

/// The window with the map at `path`, opened as `polku FILE` opens it, in English, asking
/// for files with `dialogs`; drawn.
pub fn window_at(path: &Path, dialogs: Box<dyn FileDialogs>) -> Harness<'static, PolkuApp> {
    window(PolkuApp::open_at_start(path, Settings::english(), dialogs))
}

/// The window with a copy of the example map `name`, saved in `folder` with the files of
/// feedback beside it (`online-order-….csv` beside `online-order.ron`), as a team keeps
/// them; drawn.
pub fn harness_with_copy(folder: &Path, name: &str) -> Harness<'static, PolkuApp> {
    copy_with_feedback(name, folder);
    window_at(&folder.join(name), Box::new(NoDialogs))
}

/// Copies the example map `name` into `folder`, with the files of feedback beside it.
pub fn copy_with_feedback(name: &str, folder: &Path) {
    let stem = name.trim_end_matches(".ron");
    let beside = std::fs::read_dir(example(""))
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|file| file.starts_with(&format!("{stem}-")) && file.ends_with(".csv"));
    for file in std::iter::once(name.to_owned()).chain(beside) {
        if let Err(error) = std::fs::copy(example(&file), folder.join(&file)) {
            panic!("{file}: {error}");
        }
    }
}

/// File dialogs that answer from a script, in turn, and record what they were asked.
#[derive(Clone, Default)]
pub struct ScriptedDialogs {
    answers: Rc<RefCell<VecDeque<PathBuf>>>,
    asked: Rc<RefCell<Vec<&'static str>>>,
    unavailable: bool,
}

impl ScriptedDialogs {
    /// A system without file dialogs (no desktop portal, no zenity): every pick comes back
    /// at once with nothing, and polku asks in its own dialog.
    pub fn unavailable() -> Self {
        Self {
            unavailable: true,
            ..Self::default()
        }
    }

    /// Makes the next dialog answer `path`.
    pub fn answer(&self, path: &Path) {
        self.answers.borrow_mut().push_back(path.to_owned());
    }

    /// The dialogs asked so far, in order: `open` or `save`.
    pub fn asked(&self) -> Vec<&'static str> {
        self.asked.borrow().clone()
    }

    /// These dialogs, for a window.
    pub fn boxed(&self) -> Box<dyn FileDialogs> {
        Box::new(self.clone())
    }
}

impl FileDialogs for ScriptedDialogs {
    fn pick_open(&mut self) -> Option<PathBuf> {
        self.asked.borrow_mut().push("open");
        self.answers.borrow_mut().pop_front()
    }

    fn pick_save(&mut self, _file_name: &str) -> Option<PathBuf> {
        self.asked.borrow_mut().push("save");
        self.answers.borrow_mut().pop_front()
    }

    fn available(&self) -> bool {
        !self.unavailable
    }
}

/// Renames touchpoint `id` to `title`, as one change made in the window.
pub fn rename(harness: &mut Harness<'_, PolkuApp>, id: polku::model::TouchpointId, title: &str) {
    let change = polku::model::Change {
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

/// Chooses the menu item at the end of `path` (`["File", "Export", "Picture (SVG)…"]`),
/// opening the menus before it. The last click is handled in one frame: work it starts
/// goes on, and the window does not settle until it ends (see [`wait`]).
pub fn choose(harness: &mut Harness<'_, PolkuApp>, path: &[&str]) {
    use egui_kittest::kittest::Queryable as _;
    let Some((item, menus)) = path.split_last() else {
        panic!("no menu item to choose");
    };
    for menu in menus {
        harness.get_by_label(menu).click();
        harness.run();
    }
    harness.get_by_label(item).click();
    harness.step();
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
