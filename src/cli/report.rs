//! `polku report FILE --format md|html|csv [--output OUT]`: a report of a map for the
//! people who were not in the workshop, written to standard output or to a file.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::ReportFormat;
use crate::io::report::{to_html, to_markdown};

pub(super) fn run(
    path: &Path,
    format: ReportFormat,
    output: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let journey = match crate::io::load(path) {
        Ok(journey) => journey,
        Err(error) => {
            writeln!(err, "{error}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let (text, what) = match format {
        ReportFormat::Md => (to_markdown(&journey), "Markdown report"),
        ReportFormat::Html => (to_html(&journey), "HTML report"),
        ReportFormat::Csv => (
            crate::io::inventory::to_csv(&journey),
            "touchpoint inventory (CSV)",
        ),
    };
    let Some(target) = output else {
        out.write_all(text.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    };
    // Written atomically, so a report that is open elsewhere is never seen half written.
    if let Err(error) = crate::io::write_atomic(target, text.as_bytes()) {
        writeln!(
            err,
            "{}: could not write the {what}: {error}; any file already there was not changed",
            target.display()
        )?;
        return Ok(ExitCode::FAILURE);
    }
    writeln!(out, "{}: {what} of {}", target.display(), path.display())?;
    Ok(ExitCode::SUCCESS)
}
