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
use crate::tr;

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
            "{}",
            tr!("cli-import-same-file", path = target.display().to_string())
        )?;
        return Ok(ExitCode::FAILURE);
    }
    if target.exists() && !force {
        writeln!(
            err,
            "{}",
            tr!("cli-exists", path = target.display().to_string())
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
            let (inventory, target) = (
                inventory.display().to_string(),
                target.display().to_string(),
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
    if let Err(error) = crate::io::save(target, &imported.journey) {
        writeln!(err, "{error}")?;
        return Ok(ExitCode::FAILURE);
    }
    writeln!(
        out,
        "{}",
        tr!(
            "cli-import-done",
            path = target.display().to_string(),
            summary = super::check::summary(&imported.journey),
            inventory = inventory.display().to_string()
        )
    )?;
    Ok(ExitCode::SUCCESS)
}

/// The bytes of the inventory, or what went wrong, worded for the user.
fn read(path: &Path) -> Result<Vec<u8>, String> {
    let describe = |error: std::io::Error| match error.kind() {
        std::io::ErrorKind::NotFound => tr!("cli-import-no-such-file"),
        _ => tr!("cli-import-could-not-read", reason = error.to_string()),
    };
    let file = std::fs::File::open(path).map_err(describe)?;
    if file.metadata().map_err(describe)?.is_dir() {
        return Err(tr!("cli-import-folder"));
    }
    let mut bytes = Vec::new();
    // Never read more than the limit, even if the file grows meanwhile.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(describe)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(tr!(
            "cli-import-too-large",
            limit = (MAX_FILE_BYTES / (1024 * 1024)).to_string()
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
