//! `polku fmt [--check] FILE...`: rewrite maps in canonical form.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

pub(super) fn run(
    files: &[PathBuf],
    check_only: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let mut failed = false;
    for path in files {
        let journey = match crate::io::load(path) {
            Ok(journey) => journey,
            Err(error) => {
                failed = true;
                writeln!(err, "{error}")?;
                continue;
            }
        };
        let canonical = match crate::io::to_ron_string(&journey) {
            Ok(text) => text,
            Err(error) => {
                failed = true;
                writeln!(err, "{}: could not write the map: {error}", path.display())?;
                continue;
            }
        };
        let current = std::fs::read(path).unwrap_or_default();
        if current == canonical.as_bytes() {
            continue;
        }
        if check_only {
            failed = true;
            writeln!(
                out,
                "{}: not in canonical form; run `polku fmt` on it",
                path.display()
            )?;
        } else if let Err(error) = crate::io::write_atomic(path, canonical.as_bytes()) {
            failed = true;
            writeln!(
                err,
                "{}: could not write: {error}; the file was not changed",
                path.display()
            )?;
        } else {
            writeln!(out, "{}: formatted", path.display())?;
        }
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
