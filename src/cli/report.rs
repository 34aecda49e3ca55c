//! `polku report FILE --format md|html|csv [--output OUT]`: a report of a map for the
//! people who were not in the workshop, written to standard output or to a file.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::args::ReportFormat;
use crate::io::feedback::{MapFeedback, read_sources};
use crate::io::report::{to_html, to_markdown};
use crate::model::feedback::{Period, Window};
use crate::tr;

pub(super) fn run(
    path: &Path,
    format: ReportFormat,
    output: Option<&Path>,
    force: bool,
    terminal: bool,
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
    // A map's feedback files are read as the window reads them when it opens.
    let feedback = (!journey.feedback().is_empty() && format != ReportFormat::Csv).then(|| {
        let (sources, readings) = read_sources(path, &journey, &|| {});
        MapFeedback::new(&journey, sources, readings, &Window::ALL, Period::Week)
    });
    let (text, what) = match format {
        ReportFormat::Md => (
            to_markdown(&journey, feedback.as_ref()),
            tr!("cli-report-markdown"),
        ),
        ReportFormat::Html => (to_html(&journey, feedback.as_ref()), tr!("cli-report-html")),
        ReportFormat::Csv => (
            crate::io::inventory::to_csv(&journey),
            tr!("cli-report-csv"),
        ),
    };
    // A report read on a terminal, or the Markdown one printed anywhere but to a file, is
    // read by a person: the map's text arrives as text, control characters escaped.
    let streamed = !matches!(target, crate::io::output::Destination::File(_));
    let for_people = target.reaches_terminal(terminal) || streamed && format == ReportFormat::Md;
    let text = if for_people {
        super::printable::escaped(&text).into_owned()
    } else {
        text
    };
    if target.is_stdout() {
        out.write_all(text.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    let out = &mut super::printable::Printable::new(out);
    // Written atomically, so a report that is open elsewhere is never seen half written.
    if let Err(error) = target.write(text.as_bytes(), out) {
        writeln!(
            err,
            "{}",
            tr!(
                "cli-report-could-not-write",
                path = target.describe(),
                what = what,
                reason = crate::io::reason(&error)
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
            map = crate::io::single_line(&path.display().to_string()).into_owned()
        )
    )?;
    Ok(ExitCode::SUCCESS)
}
