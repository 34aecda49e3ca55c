//! `polku check FILE...`: load and validate maps, and say what each holds.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::count;
use crate::model::{Journey, validate};

pub(super) fn run(
    files: &[PathBuf],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let mut failed = false;
    for path in files {
        match crate::io::load(path) {
            Ok(journey) => {
                writeln!(out, "{}: ok, {}", path.display(), summary(&journey))?;
                for warning in validate(&journey) {
                    writeln!(out, "    warning: {warning}")?;
                }
            }
            Err(error) => {
                failed = true;
                writeln!(err, "{error}")?;
            }
        }
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// What a map holds, in one line.
pub(super) fn summary(journey: &Journey) -> String {
    let touchpoints = journey.touchpoint_count();
    let visible = journey
        .touchpoints()
        .filter(|t| journey.is_visible(t.id) == Some(true))
        .count();
    let tags: usize = journey.touchpoints().map(|t| t.terms.len()).sum();
    format!(
        "{} ({visible} visible, {} hidden), {}, {}, {}, {}",
        count(touchpoints, "touchpoint", "touchpoints"),
        touchpoints - visible,
        count(journey.link_count(), "link", "links"),
        count(journey.stages().len(), "stage", "stages"),
        count(journey.lanes().len(), "lane", "lanes"),
        count(tags, "TERMS tag", "TERMS tags"),
    )
}
