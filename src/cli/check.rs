//! `polku check FILE...`: load and validate maps, and say what each holds.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::model::{Journey, validate};
use crate::tr;

pub(super) fn run(
    files: &[PathBuf],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let mut failed = false;
    for path in files {
        match crate::io::load(path) {
            Ok(journey) => {
                writeln!(
                    out,
                    "{}",
                    tr!(
                        "cli-check-ok",
                        path = crate::io::single_line(&path.display().to_string()).into_owned(),
                        summary = summary(&journey)
                    )
                )?;
                for warning in validate(&journey) {
                    let warning = crate::io::single_line(&warning.to_string()).into_owned();
                    let warning = tr!("cli-check-warning", warning = warning);
                    writeln!(out, "    {warning}")?;
                }
                // Conflicts a merge left are problems: the map holds one side's value
                // until someone chooses.
                let conflicts = journey.conflicts();
                if !conflicts.is_empty() {
                    failed = true;
                    writeln!(
                        out,
                        "    {}",
                        tr!("cli-check-conflicts", count = conflicts.len())
                    )?;
                    super::merge::list(conflicts, &journey, 8, out)?;
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
    tr!(
        "cli-summary",
        touchpoints = tr!("touchpoint-count", count = touchpoints),
        visible = visible,
        hidden = touchpoints - visible,
        links = tr!("link-count", count = journey.link_count()),
        stages = tr!("cli-stage-count", count = journey.stages().len()),
        lanes = tr!("cli-lane-count", count = journey.lanes().len()),
        tags = tr!("cli-tag-count", count = tags),
    )
}
