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
    write_new(path, force, &template.journey(), &how, out, err)
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
    write_new(path, force, &generate(touchpoints, seed), &how, out, err)
}

/// Saves `journey` at `path`, unless a file is there and `force` is not given.
fn write_new(
    path: &Path,
    force: bool,
    journey: &Journey,
    how: &str,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    if path.exists() && !force {
        writeln!(
            err,
            "{}",
            tr!("cli-exists", path = path.display().to_string())
        )?;
        return Ok(ExitCode::FAILURE);
    }
    if let Err(error) = crate::io::save(path, journey) {
        writeln!(err, "{error}")?;
        return Ok(ExitCode::FAILURE);
    }
    writeln!(
        out,
        "{}",
        tr!(
            "cli-new-written",
            path = path.display().to_string(),
            how = how,
            summary = super::check::summary(journey)
        )
    )?;
    Ok(ExitCode::SUCCESS)
}
