//! Export and import from the window. The work runs on a worker thread, so a large map
//! never freezes the window; the status bar shows what is going on until it is done.

use std::path::PathBuf;
use std::sync::mpsc::{TryRecvError, channel};

use super::job::{Job, Outcome};
use super::modal::{Leave, Purpose, Question};
use super::shell::PolkuApp;
use crate::io::feedback::MapFeedback;
use crate::io::inventory::ImportError;
use crate::io::picture::Page;
use crate::model::Journey;
use crate::ui::commands::{ExportKind, PosterSize};

/// The bytes of `kind` for `journey`, and what to say about them besides that they were
/// written (a PNG drawn smaller than asked, so that it fits).
fn render(
    journey: &Journey,
    feedback: Option<&MapFeedback>,
    kind: ExportKind,
    emotion_row: bool,
) -> Result<(Vec<u8>, Option<String>), String> {
    use crate::io::{inventory, picture, report};
    // Pictures draw the emotion row as the canvas does: when View → Emotion row is on; and
    // what customers and employees measured, as the canvas shows it.
    let drawn = picture::Drawn::new(journey)
        .emotion_row(emotion_row)
        .feedback(feedback.map(|feedback| &feedback.summary));
    let page = |size| match size {
        PosterSize::A3 => Page::A3,
        PosterSize::A1 => Page::A1,
        PosterSize::A0 => Page::A0,
    };
    let plain = |bytes: Vec<u8>| (bytes, None);
    match kind {
        ExportKind::Svg => Ok(plain(picture::to_svg(drawn).into_bytes())),
        ExportKind::Png => {
            let scale = picture::png_scale_that_fits(drawn, 2.0);
            let bytes = picture::to_png(drawn, scale).map_err(|e| e.to_string())?;
            let note = (scale < 2.0).then(|| {
                crate::tr!(
                    "app-export-png-scaled",
                    scale = crate::i18n::decimal(f64::from(scale), 3)
                )
            });
            Ok((bytes, note))
        }
        ExportKind::Pdf => picture::to_pdf(drawn, None)
            .map(plain)
            .map_err(|e| e.to_string()),
        ExportKind::Poster(size) => picture::to_pdf(drawn, Some(page(size)))
            .map(plain)
            .map_err(|e| e.to_string()),
        ExportKind::TiledA4 => tiled(drawn, picture::Paper::A4),
        ExportKind::TiledA3 => tiled(drawn, picture::Paper::A3),
        ExportKind::Markdown => Ok(plain(report::to_markdown(journey, feedback).into_bytes())),
        ExportKind::Html => Ok(plain(report::to_html(journey, feedback).into_bytes())),
        ExportKind::Csv => Ok(plain(inventory::to_csv(journey).into_bytes())),
    }
}

/// The map tiled on pages of `paper`, and how many pages it took.
fn tiled(
    drawn: crate::io::picture::Drawn<'_>,
    paper: crate::io::picture::Paper,
) -> Result<(Vec<u8>, Option<String>), String> {
    use crate::io::picture;
    let tiling = picture::tiling(drawn, paper).map_err(|e| e.to_string())?;
    let bytes = picture::to_tiled_pdf(drawn, paper).map_err(|e| e.to_string())?;
    let note = crate::tr!(
        "app-export-tiled-note",
        pages = tiling.pages(),
        paper = paper.name(),
        rows = tiling.rows,
        columns = tiling.columns
    );
    Ok((bytes, Some(note)))
}

impl PolkuApp {
    /// Runs `work` on a worker thread (in the window's language), saying `doing` in the
    /// status bar until its outcome comes back.
    pub(super) fn start_job(
        &mut self,
        doing: String,
        work: impl FnOnce() -> Outcome + Send + 'static,
    ) {
        let (sender, receiver) = channel();
        let language = crate::i18n::language();
        std::thread::spawn(move || {
            crate::i18n::set_language(language);
            // The window may have closed meanwhile; then nobody is waiting for the answer.
            let _ = sender.send(work());
        });
        self.job = Some(Job {
            doing,
            receiver,
            generation: self.session.generation(),
            revision: self.session.journey().revision(),
            saving: false,
            then_close: false,
            fresh: true,
        });
    }

    /// Whether work in the background (opening, saving, exporting, importing) is still
    /// running.
    pub fn is_busy(&self) -> bool {
        self.job.is_some()
    }

    /// Asks where to, then writes `kind` there in the background.
    pub(super) fn export(&mut self, kind: ExportKind) {
        if self.still_busy() {
            return;
        }
        if let Some(path) = self.pick(Purpose::Export(kind)) {
            self.export_to(kind, path);
        }
    }

    /// Whether export or import work is still running; says so, since the command asked
    /// for now does nothing.
    pub(super) fn still_busy(&mut self) -> bool {
        if let Some(job) = &self.job {
            self.status = Some(crate::tr!("app-still-busy", doing = job.doing.as_str()));
            return true;
        }
        false
    }

    /// Writes `kind` to `path` in the background, unless `path` is the map's own file.
    pub(super) fn export_to(&mut self, kind: ExportKind, path: PathBuf) {
        if self.still_busy() {
            return;
        }
        if let Some(map) = self
            .session
            .path()
            .filter(|map| crate::io::output::same_file(&path, map))
        {
            self.modals.ask(Question::Problem {
                title: crate::tr!("app-export-failed"),
                message: crate::tr!(
                    "app-export-is-the-map",
                    path = path.display().to_string(),
                    map = map.display().to_string()
                ),
            });
            return;
        }
        let journey = self.session.journey().clone();
        // The feedback as the window shows it goes into the reports.
        let feedback = self.feedback.shown.clone();
        let target = path.clone();
        let emotion_row = self.settings.emotion_row;
        let doing = crate::tr!("app-exporting", name = display_name(&path));
        self.start_job(doing, move || {
            let result = render(&journey, feedback.as_deref(), kind, emotion_row).and_then(
                |(bytes, note)| {
                    crate::io::write_atomic(&target, &bytes)
                        .map(|()| note)
                        .map_err(|error| {
                            crate::tr!(
                                "app-export-write-failed",
                                path = target.display().to_string(),
                                error = crate::io::reason(&error),
                            )
                        })
                },
            );
            Outcome::Exported {
                path: target,
                result,
            }
        });
    }

    /// Asks for an inventory, then reads it into a new map in the background.
    pub(super) fn import(&mut self) {
        if self.still_busy() {
            return;
        }
        if let Some(path) = self.pick(Purpose::Import) {
            self.import_from(path);
        }
    }

    /// Reads the inventory at `path` into a new map in the background.
    pub(super) fn import_from(&mut self, path: PathBuf) {
        if self.still_busy() {
            return;
        }
        let source = path.clone();
        let doing = crate::tr!("app-importing", name = display_name(&path));
        self.start_job(doing, move || {
            let result = crate::io::read_bytes(&source)
                .map_err(|error| ImportError {
                    path: source.clone(),
                    problems: vec![crate::io::inventory::RowMessage {
                        row: 0,
                        line: 0,
                        message: error.to_string(),
                    }],
                    bad_rows: 0,
                })
                // In the window the good rows come in and the others are listed after: the
                // spreadsheet is not changed, so nothing is lost by looking at them then.
                .and_then(|bytes| crate::io::inventory::import_csv(&bytes, &source, true))
                .map(Box::new);
            Outcome::Imported {
                path: source,
                result,
            }
        });
    }

    /// Saves the map to `path` in the background (a copy of it: the map stays in the
    /// window, and may be changed meanwhile); `then` is carried out when it is saved.
    pub(super) fn save_in_background(&mut self, path: PathBuf, then: Option<Leave>) {
        if self.still_busy() {
            return;
        }
        let journey = self.session.journey().clone();
        let keep_backup = self.settings.keep_backup;
        let target = path.clone();
        let doing = crate::tr!("app-saving", name = display_name(&path));
        self.start_job(doing, move || Outcome::Saved {
            result: crate::io::save_map(&target, &journey, keep_backup),
            path: target,
            then,
        });
        if let Some(job) = &mut self.job {
            job.saving = true;
        }
    }

    /// Reads the map at `path` in the background; it replaces the one on screen when it
    /// has been read (asking first if that one was changed meanwhile).
    pub(super) fn open_in_background(&mut self, path: PathBuf) {
        if self.still_busy() {
            return;
        }
        let source = path.clone();
        let doing = crate::tr!("app-opening", name = display_name(&path));
        self.start_job(doing, move || Outcome::Opened {
            result: crate::io::read_bytes(&source).and_then(|bytes| {
                crate::io::load_bytes(&bytes, &source).map(|journey| Box::new((bytes, journey)))
            }),
            path: source,
        });
    }

    /// Picks up the result of the running job, if it has one.
    pub(super) fn poll_job(&mut self, ctx: &egui::Context) {
        let Some(job) = &mut self.job else {
            return;
        };
        if std::mem::take(&mut job.fresh) {
            ctx.request_repaint();
            return;
        }
        let outcome = match job.receiver.try_recv() {
            Ok(outcome) => outcome,
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
                return;
            }
            Err(TryRecvError::Disconnected) => {
                self.job = None;
                self.status = Some(crate::tr!("app-job-stopped"));
                ctx.request_repaint();
                return;
            }
        };
        // The same map, unchanged since the job began?
        let same_map = job.generation == self.session.generation();
        let unchanged = same_map && job.revision == self.session.journey().revision();
        let then_close = job.then_close;
        self.job = None;
        // What the job's end says was decided after this frame was drawn: show it.
        ctx.request_repaint();
        match outcome {
            // The map on screen was left when the opening began; unless it was changed
            // since, the one read takes its place now.
            Outcome::Opened {
                path,
                result: Ok(read),
            } if !unchanged => {
                let (bytes, journey) = *read;
                self.leave(ctx, Leave::Opened(Box::new((path, bytes, journey))));
            }
            Outcome::Opened { path, result } => self.opened(&path, result.map(|read| *read)),
            // Another map took the window meanwhile: the file was written, and that is all.
            Outcome::Saved {
                path,
                result: Ok(()),
                ..
            } if !same_map => {
                self.status = Some(crate::tr!("app-saved", path = path.display().to_string()));
            }
            Outcome::Saved { path, result, then } => {
                let then = if then_close { Some(Leave::Quit) } else { then };
                if self.saved(&path, result, unchanged)
                    && let Some(leave) = then
                {
                    // Changed while it was saved: leaving asks about those changes.
                    self.leave(ctx, leave);
                }
            }
            Outcome::Exported {
                path,
                result: Ok(note),
            } => {
                let done = crate::tr!("app-exported", path = path.display().to_string());
                self.status = Some(match note {
                    Some(note) => format!("{done} {note}"),
                    None => done,
                });
            }
            Outcome::Exported {
                result: Err(message),
                ..
            } => {
                self.modals.ask(Question::Problem {
                    title: crate::tr!("app-export-failed"),
                    message,
                });
            }
            Outcome::Imported {
                path,
                result: Ok(imported),
            } => {
                let count = imported.journey.touchpoint_count();
                if !imported.warnings.is_empty() {
                    let lines: Vec<String> =
                        imported.warnings.iter().map(|w| w.in_file(&path)).collect();
                    self.status = Some(crate::tr!(
                        "app-imported-with-warnings",
                        count = count,
                        warnings = lines.len(),
                    ));
                    self.modals.ask_later(Question::Problem {
                        title: crate::tr!("app-imported-rows-to-check", count = count),
                        message: lines.join("\n"),
                    });
                } else {
                    self.status = Some(crate::tr!(
                        "app-imported",
                        count = count,
                        path = path.display().to_string(),
                    ));
                }
                self.leave(ctx, Leave::Imported(Box::new(imported.journey)));
            }
            Outcome::CopyRead { path, result } => self.copy_read(&path, result, same_map),
            Outcome::Imported {
                result: Err(error), ..
            } => {
                self.modals.ask(Question::Problem {
                    title: crate::tr!("app-import-failed"),
                    message: format!("{error}\n\n{}", crate::tr!("app-map-unchanged")),
                });
            }
        }
    }
}

pub(super) fn display_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}
