//! `polku generate --touchpoints N FILE`: write a large made-up map, to try polku at scale.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::model::generate::generate;

pub(super) fn run(
    touchpoints: usize,
    seed: u64,
    path: &Path,
    force: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    if path.exists() && !force {
        writeln!(
            err,
            "{}: already exists; choose another name, or add --force to overwrite it",
            path.display()
        )?;
        return Ok(ExitCode::FAILURE);
    }
    let journey = generate(touchpoints, seed);
    if let Err(error) = crate::io::save(path, &journey) {
        writeln!(err, "{error}")?;
        return Ok(ExitCode::FAILURE);
    }
    writeln!(
        out,
        "{}: generated with seed {seed}, {}",
        path.display(),
        super::check::summary(&journey)
    )?;
    Ok(ExitCode::SUCCESS)
}
