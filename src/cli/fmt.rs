//! `polku fmt [--check] [--drop-comments] FILE...`: rewrite maps in canonical form.
//!
//! A map with comments is left alone unless `--drop-comments` is given (the canonical
//! form has no comments), and a map that another program saves while polku works on it
//! is left as that program saved it.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::tr;

pub(super) fn run(
    files: &[PathBuf],
    check_only: bool,
    drop_comments: bool,
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
                writeln!(
                    err,
                    "{}",
                    tr!(
                        "cli-fmt-could-not-write",
                        path = crate::io::single_line(&path.display().to_string()).into_owned(),
                        reason = error.to_string()
                    )
                )?;
                continue;
            }
        };
        if bytes == canonical.as_bytes() {
            continue;
        }
        let comment = std::str::from_utf8(&bytes)
            .ok()
            .and_then(crate::io::first_comment);
        if let Some(position) = comment.filter(|_| !drop_comments && !check_only) {
            failed = true;
            writeln!(
                err,
                "{}:{}:{}: {}",
                crate::io::single_line(&path.display().to_string()),
                position.line,
                position.column,
                tr!("cli-fmt-has-comments")
            )?;
            continue;
        }
        if check_only {
            failed = true;
            writeln!(
                out,
                "{}",
                tr!(
                    "cli-fmt-not-canonical",
                    path = crate::io::single_line(&path.display().to_string()).into_owned()
                )
            )?;
        } else if let Err(error) = crate::io::save_unless_changed(path, &journey, &bytes) {
            failed = true;
            writeln!(err, "{error}")?;
        } else {
            writeln!(
                out,
                "{}",
                tr!(
                    "cli-fmt-formatted",
                    path = crate::io::single_line(&path.display().to_string()).into_owned()
                )
            )?;
        }
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
