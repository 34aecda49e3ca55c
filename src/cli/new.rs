//! `polku new --template KIND FILE`: start a map from a template.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::model::templates::Template;

pub(super) fn run(
    template: Template,
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
    let journey = template.journey();
    if let Err(error) = crate::io::save(path, &journey) {
        writeln!(err, "{error}")?;
        return Ok(ExitCode::FAILURE);
    }
    writeln!(
        out,
        "{}: created from the {} template, {}",
        path.display(),
        template.key(),
        super::check::summary(&journey)
    )?;
    Ok(ExitCode::SUCCESS)
}
