//! `polku export FILE --svg OUT | --png OUT [--scale N] | --pdf OUT [--page a3|a1|a0 |
//! --tiles a4|a3]`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::args::{PageArg, TilesArg};
use crate::io::picture::{self, Page, Paper, PictureError};
use crate::tr;

/// What to write, and where.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Target {
    Svg(PathBuf),
    /// A PNG, at the scale asked for, or the largest up to 2 that fits a PNG.
    Png {
        out: PathBuf,
        scale: Option<f32>,
    },
    Pdf {
        out: PathBuf,
        page: Option<PageArg>,
    },
    /// A PDF of pages to tape together (clap keeps `--page` and `--tiles` apart).
    Tiles {
        out: PathBuf,
        paper: TilesArg,
    },
}

impl Target {
    /// The target clap's arguments name (clap makes sure exactly one is given).
    pub(super) fn from_args(
        svg: Option<PathBuf>,
        png: Option<PathBuf>,
        scale: Option<f32>,
        pdf: Option<PathBuf>,
        page: Option<PageArg>,
        tiles: Option<TilesArg>,
    ) -> Option<Self> {
        match (svg, png, pdf, tiles) {
            (Some(out), None, None, None) => Some(Self::Svg(out)),
            (None, Some(out), None, None) => Some(Self::Png { out, scale }),
            (None, None, Some(out), None) => Some(Self::Pdf { out, page }),
            (None, None, Some(out), Some(paper)) if page.is_none() => {
                Some(Self::Tiles { out, paper })
            }
            _ => None,
        }
    }

    fn out(&self) -> &Path {
        match self {
            Self::Svg(out)
            | Self::Png { out, .. }
            | Self::Pdf { out, .. }
            | Self::Tiles { out, .. } => out,
        }
    }
}

impl From<TilesArg> for Paper {
    fn from(paper: TilesArg) -> Self {
        match paper {
            TilesArg::A4 => Self::A4,
            TilesArg::A3 => Self::A3,
        }
    }
}

impl From<PageArg> for Page {
    fn from(page: PageArg) -> Self {
        match page {
            PageArg::A3 => Self::A3,
            PageArg::A1 => Self::A1,
            PageArg::A0 => Self::A0,
        }
    }
}

/// Draws the map at `path` and writes the picture `target` names. Exit 0 when written,
/// 1 when the map or the picture could not be made or written, 2 when no target is given.
pub(super) fn run(
    path: &Path,
    target: Option<Target>,
    emotion_row: bool,
    force: bool,
    terminal: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let Some(target) = target else {
        writeln!(err, "{}", tr!("cli-export-no-target"))?;
        return Ok(ExitCode::from(2));
    };
    let output = match crate::io::output::destination(target.out(), &[path], force) {
        Ok(output) => output,
        Err(error) => {
            writeln!(err, "{error}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let to_terminal = output.reaches_terminal(terminal);
    if to_terminal && !matches!(target, Target::Svg(_)) {
        // A PNG or PDF is not for reading on a terminal, and its bytes could act on it.
        writeln!(err, "{}", tr!("cli-export-binary-to-terminal"))?;
        return Ok(ExitCode::FAILURE);
    }
    let journey = match crate::io::load(path) {
        Ok(journey) => journey,
        Err(error) => {
            writeln!(err, "{error}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let destination = target.out();
    // A map's feedback files are read as the window reads them, for the badges.
    let feedback = (!journey.feedback().is_empty()).then(|| {
        let (sources, readings) = crate::io::feedback::read_sources(path, &journey, &|| {});
        crate::io::feedback::MapFeedback::new(
            &journey,
            sources,
            readings,
            &crate::model::feedback::Window::ALL,
            crate::model::feedback::Period::Week,
        )
    });
    let drawn = picture::Drawn::new(&journey)
        .emotion_row(emotion_row)
        .feedback(feedback.as_ref().map(|feedback| &feedback.summary));
    let (bytes, what) = match picture(drawn, &target) {
        Ok(picture) => picture,
        Err(error) => {
            writeln!(
                err,
                "{}",
                tr!(
                    "cli-export-failed",
                    path = crate::io::single_line(&destination.display().to_string()).into_owned(),
                    reason = error.to_string()
                )
            )?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let bytes = if to_terminal {
        super::printable::escaped(&String::from_utf8_lossy(&bytes))
            .into_owned()
            .into_bytes()
    } else {
        bytes
    };
    let written = output.write(&bytes, out);
    if let Err(error) = written {
        writeln!(
            err,
            "{}",
            tr!(
                "cli-export-could-not-write",
                path = crate::io::single_line(&destination.display().to_string()).into_owned(),
                reason = crate::io::reason(&error)
            )
        )?;
        return Ok(ExitCode::FAILURE);
    }
    let touchpoints = tr!("touchpoint-count", count = journey.touchpoint_count());
    // On standard output, the picture is all there is.
    let mut out = super::printable::Printable::new(out);
    let said: &mut dyn Write = if output.is_stdout() { err } else { &mut out };
    writeln!(
        said,
        "{}",
        tr!(
            "cli-export-written",
            path = output.describe(),
            what = what,
            touchpoints = touchpoints
        )
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Pixels per map point in a PNG, unless asked otherwise or the map is too large for it.
const DEFAULT_SCALE: f32 = 2.0;

/// The picture's bytes, and a few words on what it is ("PNG (1200×800 px)").
fn picture(
    journey: picture::Drawn<'_>,
    target: &Target,
) -> Result<(Vec<u8>, String), PictureError> {
    Ok(match *target {
        Target::Svg(_) => (picture::to_svg(journey).into_bytes(), tr!("cli-export-svg")),
        Target::Png { scale, .. } => {
            let fitted = picture::png_scale_that_fits(journey, scale.unwrap_or(DEFAULT_SCALE));
            let chosen = match scale {
                // Asked for, and too large: refuse before drawing, saying what fits.
                Some(asked) if fitted < asked => {
                    return Err(PictureError::ScaleTooLarge {
                        asked,
                        largest: fitted,
                    });
                }
                Some(asked) => asked,
                None => fitted,
            };
            let (width, height) = picture::png_size(journey, chosen)?;
            let bytes = picture::to_png(journey, chosen)?;
            let size = (width.to_string(), height.to_string());
            let what = if chosen < DEFAULT_SCALE && scale.is_none() {
                tr!(
                    "cli-export-png-scaled",
                    width = size.0,
                    height = size.1,
                    scale = crate::i18n::decimal(f64::from(chosen), 3)
                )
            } else {
                tr!("cli-export-png", width = size.0, height = size.1)
            };
            (bytes, what)
        }
        Target::Pdf { page, .. } => {
            let page = page.map(Page::from);
            let bytes = picture::to_pdf(journey, page)?;
            let (width, height) = picture::pdf_page_size_mm(journey, page);
            let (width, height) = (format!("{width:.0}"), format!("{height:.0}"));
            let size = match page {
                Some(page) => tr!(
                    "cli-export-poster-size",
                    page = page.name(),
                    orientation = picture::poster_orientation(journey, page).label(),
                    width = width,
                    height = height,
                    title = crate::i18n::decimal(
                        f64::from(picture::poster_title_size_pt(journey, page)),
                        1
                    )
                ),
                None => {
                    let scale = picture::pdf_map_scale(journey);
                    if scale < 0.995 {
                        tr!(
                            "cli-export-page-size-scaled",
                            width = width,
                            height = height,
                            percent = crate::i18n::decimal(f64::from(scale) * 100.0, 1)
                        )
                    } else {
                        tr!("cli-export-page-size", width = width, height = height)
                    }
                }
            };
            (bytes, tr!("cli-export-pdf", size = size))
        }
        Target::Tiles { paper, .. } => {
            let paper = Paper::from(paper);
            let tiling = picture::tiling(journey, paper)?;
            let bytes = picture::to_tiled_pdf(journey, paper)?;
            let (width, height) = tiling.page_size_mm();
            let what = tr!(
                "cli-export-tiled",
                pages = tiling.pages(),
                paper = paper.name(),
                orientation = tiling.orientation.label(),
                width = format!("{width:.0}"),
                height = format!("{height:.0}"),
                rows = tiling.rows,
                columns = tiling.columns,
                title = crate::i18n::decimal(f64::from(tiling.title_size_pt()), 1),
                overlap = format!("{:.0}", picture::OVERLAP_MM)
            );
            (bytes, what)
        }
    })
}
