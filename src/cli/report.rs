//! `polku report FILE --format md|html|csv [--output OUT]`: a report of a map for the
//! people who were not in the workshop, written to standard output or to a file.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::ReportFormat;
use crate::io::report::{to_html, to_markdown};
use crate::tr;

pub(super) fn run(
    path: &Path,
    format: ReportFormat,
    output: Option<&Path>,
    force: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let target = match output.map(|output| crate::io::output::destination(output, &[path], force)) {
        None => crate::io::output::Destination::Stdout,
        Some(Ok(target)) => target,
        Some(Err(error)) => {
            writeln!(err, "{error}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let journey = match crate::io::load(path) {
        Ok(journey) => journey,
        Err(error) => {
            writeln!(err, "{error}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let (text, what) = match format {
        ReportFormat::Md => (to_markdown(&journey), tr!("cli-report-markdown")),
        ReportFormat::Html => (to_html(&journey), tr!("cli-report-html")),
        ReportFormat::Csv => (
            crate::io::inventory::to_csv(&journey),
            tr!("cli-report-csv"),
        ),
    };
    if target.is_stdout() {
        out.write_all(text.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    // Written atomically, so a report that is open elsewhere is never seen half written.
    if let Err(error) = target.write(text.as_bytes(), out) {
        writeln!(
            err,
            "{}",
            tr!(
                "cli-report-could-not-write",
                path = target.describe(),
                what = what,
                reason = error.to_string()
            )
        )?;
        return Ok(ExitCode::FAILURE);
    }
    writeln!(
        out,
        "{}",
        tr!(
            "cli-report-written",
            path = target.describe(),
            what = what,
            map = path.display().to_string()
        )
    )?;
    Ok(ExitCode::SUCCESS)
}
