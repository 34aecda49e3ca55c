//! `polku import INVENTORY.csv OUT.ron [--skip-bad-rows] [--force]`: make a map from a
//! touchpoint inventory kept in a spreadsheet.
//!
//! It writes nothing unless the whole import succeeds, and never overwrites a file
//! without `--force`. The format is described in [`crate::io::inventory`].

use std::io::{Read as _, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::io::MAX_FILE_BYTES;
use crate::io::inventory::import_csv;

pub(super) fn run(
    inventory: &Path,
    target: &Path,
    skip_bad_rows: bool,
    force: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    if same_file(inventory, target) {
        writeln!(
            err,
            "{}: this is the inventory itself; write the map to a .ron file of its own",
            target.display()
        )?;
        return Ok(ExitCode::FAILURE);
    }
    if target.exists() && !force {
        writeln!(
            err,
            "{}: already exists; choose another name, or add --force to overwrite it",
            target.display()
        )?;
        return Ok(ExitCode::FAILURE);
    }
    let bytes = match read(inventory) {
        Ok(bytes) => bytes,
        Err(message) => {
            writeln!(err, "{}: {message}", inventory.display())?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let imported = match import_csv(&bytes, inventory, skip_bad_rows) {
        Ok(imported) => imported,
        Err(error) => {
            writeln!(err, "{error}")?;
            let hint = match error.bad_rows {
                0 => String::new(),
                1 if skip_bad_rows => " (its only row is bad)".to_owned(),
                n if skip_bad_rows => format!(" (all {n} of its rows are bad)"),
                1 => "; fix the bad row, or add --skip-bad-rows to import the others".to_owned(),
                n => format!("; fix the {n} bad rows, or add --skip-bad-rows to import the others"),
            };
            writeln!(
                err,
                "{}: nothing was imported, and {} was not written{hint}",
                inventory.display(),
                target.display()
            )?;
            return Ok(ExitCode::FAILURE);
        }
    };
    for warning in &imported.warnings {
        writeln!(err, "{}", warning.in_file(inventory))?;
    }
    if let Err(error) = crate::io::save(target, &imported.journey) {
        writeln!(err, "{error}")?;
        return Ok(ExitCode::FAILURE);
    }
    writeln!(
        out,
        "{}: imported {} from {}",
        target.display(),
        super::check::summary(&imported.journey),
        inventory.display()
    )?;
    Ok(ExitCode::SUCCESS)
}

/// The bytes of the inventory, or what went wrong, worded for the user.
fn read(path: &Path) -> Result<Vec<u8>, String> {
    let describe = |error: std::io::Error| match error.kind() {
        std::io::ErrorKind::NotFound => "no such file; check the name and the folder".to_owned(),
        _ => format!("could not read it: {error}"),
    };
    let file = std::fs::File::open(path).map_err(describe)?;
    if file.metadata().map_err(describe)?.is_dir() {
        return Err("this is a folder; name the inventory's CSV file".to_owned());
    }
    let mut bytes = Vec::new();
    // Never read more than the limit, even if the file grows meanwhile.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(describe)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!(
            "the file is larger than {} MiB; split the inventory into smaller files",
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    Ok(bytes)
}

/// Whether two paths name the same existing file, so that `--force` cannot replace the
/// inventory with the map made from it.
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
