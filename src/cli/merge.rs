//! `polku merge BASE OURS THEIRS [-o OUT]`: a three-way merge of a map, also as git's
//! merge driver (`-o` OURS, which git asks a driver to replace). The merged map is always
//! one that loads; conflicts are listed in it and here, and the exit code says whether
//! there were any (0 none, 1 some, 2 nothing merged).

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::model::merge::{Merged, describe, merge, thing_label};
use crate::model::{Document, Journey};
use crate::tr;

/// What `polku merge` was asked.
pub struct Request<'a> {
    pub base: &'a Path,
    pub ours: &'a Path,
    pub theirs: &'a Path,
    pub output: Option<&'a Path>,
    pub force: bool,
    /// The name the map goes by in messages (git passes the path in the repository).
    pub shown_as: Option<&'a str>,
}

pub(super) fn run(
    request: &Request<'_>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let trouble = ExitCode::from(2);
    let shown_as = request.shown_as.map_or_else(
        || crate::io::single_line(&request.ours.display().to_string()).into_owned(),
        |name| crate::io::single_line(name).into_owned(),
    );
    // OURS may be written over: that is what git asks of a merge driver.
    let output = match request.output {
        None => None,
        Some(path) => {
            let replace = request.force || crate::io::output::same_file(path, request.ours);
            let inputs = [request.base, request.theirs];
            match crate::io::output::destination(path, &inputs, replace) {
                Ok(destination) => Some(destination),
                Err(error) => {
                    writeln!(err, "{error}")?;
                    return Ok(trouble);
                }
            }
        }
    };
    let (base, ours, theirs) = match (
        read_base(request.base),
        read(request.ours),
        read(request.theirs),
    ) {
        (Ok(base), Ok(ours), Ok(theirs)) => (base, ours, theirs),
        (base, ours, theirs) => {
            for error in [base.err(), ours.err(), theirs.err()].into_iter().flatten() {
                writeln!(err, "{error}")?;
            }
            writeln!(err, "{}", tr!("cli-merge-nothing-written", path = shown_as))?;
            return Ok(trouble);
        }
    };
    let Merged {
        document,
        renumbered,
        ..
    } = merge(&base, &ours, &theirs);
    let journey = match Journey::from_document(document) {
        Ok(journey) => journey,
        Err(errors) => {
            for error in errors {
                writeln!(err, "{error}")?;
            }
            writeln!(err, "{}", tr!("cli-merge-nothing-written", path = shown_as))?;
            return Ok(trouble);
        }
    };
    let text = match crate::io::to_ron_string(&journey) {
        Ok(text) => text,
        Err(error) => {
            writeln!(err, "{error}")?;
            return Ok(trouble);
        }
    };
    match &output {
        None => out.write_all(text.as_bytes())?,
        Some(destination) => {
            if let Err(error) = destination.write(text.as_bytes(), out) {
                let reason = crate::io::reason(&error);
                let path = destination.describe();
                writeln!(
                    err,
                    "{}",
                    tr!("cli-merge-could-not-write", path = path, reason = reason)
                )?;
                return Ok(trouble);
            }
        }
    }
    for (theirs_id, now) in renumbered {
        let theirs_id = thing_label(theirs_id, &Document::default());
        let now = thing_label(now, &journey);
        writeln!(
            err,
            "{}",
            tr!("cli-merge-renumbered", theirs = theirs_id, now = now)
        )?;
    }
    let conflicts = journey.conflicts();
    if conflicts.is_empty() {
        writeln!(err, "{}", tr!("cli-merge-clean", path = shown_as))?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        err,
        "{}",
        tr!(
            "cli-merge-conflicts",
            path = shown_as,
            count = conflicts.len()
        )
    )?;
    list(conflicts, &journey, 4, err)?;
    writeln!(err, "{}", tr!("cli-merge-resolve-hint"))?;
    Ok(ExitCode::FAILURE)
}

/// Each conflict on its own lines, `indent` spaces in: what, then base, ours and theirs.
pub(super) fn list(
    conflicts: &[crate::model::Conflict],
    journey: &Journey,
    indent: usize,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let pad = " ".repeat(indent);
    for conflict in conflicts {
        let described = describe(conflict, journey);
        let line = |text: &str| crate::io::single_line(text).into_owned();
        writeln!(out, "{pad}{}", line(&described.what))?;
        writeln!(
            out,
            "{pad}    {}",
            line(&tr!(
                "cli-merge-values",
                base = described.base,
                ours = described.ours,
                theirs = described.theirs
            ))
        )?;
    }
    Ok(())
}

pub(super) fn read(path: &Path) -> Result<Document, crate::io::LoadError> {
    crate::io::load(path).map(|journey| journey.to_document())
}

/// A version that may be no map at all: an empty file (git's base when both sides added
/// the map) or `/dev/null` (git's old side of a new file) is an empty map.
pub(super) fn read_base(path: &Path) -> Result<Document, crate::io::LoadError> {
    if path == Path::new("/dev/null") {
        return Ok(Document::default());
    }
    let bytes = crate::io::read_bytes(path)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(Document::default());
    }
    crate::io::load_bytes(&bytes, path).map(|journey| journey.to_document())
}
