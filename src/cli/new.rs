//! `polku new --template KIND FILE` and `polku generate --touchpoints N FILE`: write a
//! new map, from a template or made up at scale, without overwriting anything by accident.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::model::Journey;
use crate::model::generate::generate;
use crate::model::templates::Template;
use crate::tr;

/// `polku new`: a map with the template's lanes and stages.
pub(super) fn new(
    template: Template,
    path: &Path,
    force: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let how = tr!("cli-new-from-template", template = template.key());
    write_new(path, force, || Ok(template.journey()), &how, out, err)
}

/// `polku generate`: a realistic large map, for trying polku at scale.
pub(super) fn generated(
    touchpoints: usize,
    seed: u64,
    path: &Path,
    force: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let how = tr!("cli-new-generated", seed = seed.to_string());
    let make = || {
        generate(touchpoints, seed).map_err(|errors| {
            let reasons: Vec<String> = errors.iter().map(ToString::to_string).collect();
            tr!(
                "cli-generate-failed",
                count = touchpoints,
                reasons = reasons.join("; ")
            )
        })
    };
    write_new(path, force, make, &how, out, err)
}

/// Saves the journey `make` makes at `path`, unless a file is there and `force` is not
/// given (checked first, so nothing is made in vain). If it cannot be made, nothing is
/// written and the error says why.
fn write_new(
    path: &Path,
    force: bool,
    make: impl FnOnce() -> Result<Journey, String>,
    how: &str,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let destination = match crate::io::output::destination(path, &[], force) {
        Ok(destination) => destination,
        Err(error) => {
            writeln!(err, "{error}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let journey = match make() {
        Ok(journey) => journey,
        Err(error) => {
            writeln!(err, "{error}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let journey = &journey;
    if let Err(error) = crate::io::save_to(&destination, journey, out) {
        writeln!(err, "{error}")?;
        return Ok(ExitCode::FAILURE);
    }
    let said: &mut dyn Write = if destination.is_stdout() { err } else { out };
    writeln!(
        said,
        "{}",
        tr!(
            "cli-new-written",
            path = destination.describe(),
            how = how,
            summary = super::check::summary(journey)
        )
    )?;
    Ok(ExitCode::SUCCESS)
}
