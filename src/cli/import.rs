//! `polku import INVENTORY.csv OUT.ron [--skip-bad-rows] [--force]`: make a map from a
//! touchpoint inventory kept in a spreadsheet.
//!
//! It writes nothing unless the whole import succeeds, and never overwrites a file
//! without `--force`. The format is described in [`crate::io::inventory`].

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::io::MAX_FILE_BYTES;
use crate::io::inventory::import_csv;
use crate::tr;

pub(super) fn run(
    inventory: &Path,
    target: &Path,
    skip_bad_rows: bool,
    force: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let destination = match crate::io::output::destination(target, &[inventory], force) {
        Ok(destination) => destination,
        Err(crate::io::output::OutputError::IsInput { .. }) => {
            writeln!(
                err,
                "{}",
                tr!(
                    "cli-import-same-file",
                    path = crate::io::single_line(&target.display().to_string()).into_owned()
                )
            )?;
            return Ok(ExitCode::FAILURE);
        }
        Err(error) => {
            writeln!(err, "{error}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let bytes = match read(inventory) {
        Ok(bytes) => bytes,
        Err(message) => {
            writeln!(
                err,
                "{}: {message}",
                crate::io::single_line(&inventory.display().to_string())
            )?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let imported = match import_csv(&bytes, inventory, skip_bad_rows) {
        Ok(imported) => imported,
        Err(error) => {
            writeln!(err, "{error}")?;
            let (inventory, target) = (
                crate::io::single_line(&inventory.display().to_string()).into_owned(),
                crate::io::single_line(&target.display().to_string()).into_owned(),
            );
            let words = match error.bad_rows {
                0 => tr!("cli-import-nothing", inventory = inventory, target = target),
                1 if skip_bad_rows => tr!(
                    "cli-import-nothing-only-row-bad",
                    inventory = inventory,
                    target = target
                ),
                n if skip_bad_rows => tr!(
                    "cli-import-nothing-all-rows-bad",
                    inventory = inventory,
                    target = target,
                    count = n
                ),
                n => tr!(
                    "cli-import-nothing-fix",
                    inventory = inventory,
                    target = target,
                    count = n
                ),
            };
            writeln!(err, "{words}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    for warning in &imported.warnings {
        writeln!(err, "{}", warning.in_file(inventory))?;
    }
    if let Err(error) = crate::io::save_to(&destination, &imported.journey, out) {
        writeln!(err, "{error}")?;
        return Ok(ExitCode::FAILURE);
    }
    // On standard output, the map is all there is.
    let said: &mut dyn Write = if destination.is_stdout() { err } else { out };
    writeln!(
        said,
        "{}",
        tr!(
            "cli-import-done",
            path = destination.describe(),
            summary = super::check::summary(&imported.journey),
            inventory = crate::io::single_line(&inventory.display().to_string()).into_owned()
        )
    )?;
    Ok(ExitCode::SUCCESS)
}

/// The bytes of the inventory, or what went wrong, worded for the user.
fn read(path: &Path) -> Result<Vec<u8>, String> {
    crate::io::read_regular(path, MAX_FILE_BYTES).map_err(|error| match error {
        crate::io::ReadError::NotFound => tr!("cli-import-no-such-file"),
        crate::io::ReadError::Folder => tr!("cli-import-folder"),
        other => other.to_string(),
    })
}
