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
        let loaded = crate::io::read_bytes(path)
            .and_then(|bytes| crate::io::load_bytes(&bytes, path).map(|journey| (bytes, journey)));
        let (bytes, journey) = match loaded {
            Ok(loaded) => loaded,
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
        if bytes == canonical.as_bytes() {
            continue;
        }
        if check_only {
            failed = true;
            writeln!(
                out,
                "{}: not in canonical form; run `polku fmt` on it",
                path.display()
            )?;
        } else if let Err(error) = crate::io::save(path, &journey) {
            failed = true;
            writeln!(err, "{error}")?;
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
