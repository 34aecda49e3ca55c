//! `polku feedback add MAP FILE …` and `polku feedback check MAP`: naming the files of
//! customer feedback and employee pulse a map reads its figures from, and reading each to
//! say how many rows it holds, how many were matched to a touchpoint, and every row that
//! could not be used, with its number and why. A source file is only read, never written.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::args::FeedbackAction;
use crate::io::feedback::{
    Asked, FeedbackRead, MAX_SOURCE_BYTES, Proposed, propose, read_responses, read_source,
    source_path,
};
use crate::model::Journey;
use crate::tr;

pub(super) fn run(
    action: FeedbackAction,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    match action {
        FeedbackAction::Add {
            map,
            file,
            audience,
            touchpoint,
            score,
            scale,
            date,
            comment,
        } => {
            let asked = Asked {
                touchpoint,
                score,
                scale: scale.map(Into::into),
                date,
                comment,
            };
            add(&map, &file, audience.into(), asked, out, err)
        }
        FeedbackAction::Check { map } => check(&map, out, err),
    }
}

fn line(path: &Path) -> String {
    crate::io::single_line(&path.display().to_string()).into_owned()
}

fn add(
    map: &Path,
    file: &Path,
    audience: crate::model::feedback::Audience,
    asked: Asked,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let trouble = ExitCode::FAILURE;
    let (map_bytes, journey) = match crate::io::read_bytes(map)
        .and_then(|bytes| crate::io::load_bytes(&bytes, map).map(|journey| (bytes, journey)))
    {
        Ok(read) => read,
        Err(error) => {
            writeln!(err, "{error}")?;
            return Ok(trouble);
        }
    };
    let bytes = match crate::io::read_regular(file, MAX_SOURCE_BYTES) {
        Ok(bytes) => bytes,
        Err(error) => {
            writeln!(err, "{}: {error}", line(file))?;
            return Ok(trouble);
        }
    };
    let Proposed { source, guesses } = match propose(map, file, &bytes, audience, asked) {
        Ok(proposed) => proposed,
        Err(error) => {
            writeln!(err, "{error}")?;
            return Ok(trouble);
        }
    };
    for guess in guesses {
        writeln!(out, "{guess}")?;
    }
    let read = match read_responses(&bytes, file, &source, &journey) {
        Ok(read) => read,
        Err(error) => {
            writeln!(err, "{error}")?;
            return Ok(trouble);
        }
    };
    report(file, &read, out)?;

    let mut document = journey.to_document();
    match document.feedback.iter_mut().find(|s| s.file == source.file) {
        Some(existing) => *existing = source,
        None => document.feedback.push(source),
    }
    let journey = match Journey::from_document(document) {
        Ok(journey) => journey,
        Err(errors) => {
            for error in errors {
                writeln!(err, "{error}")?;
            }
            return Ok(trouble);
        }
    };
    if let Err(error) = crate::io::save_unless_changed(map, &journey, &map_bytes) {
        writeln!(err, "{error}")?;
        return Ok(trouble);
    }
    writeln!(
        out,
        "{}",
        tr!("cli-feedback-added", file = line(file), map = line(map))
    )?;
    Ok(ExitCode::SUCCESS)
}

/// `FILE: N rows, M matched to a touchpoint, K could not be used`, then each of those.
fn report(file: &Path, read: &FeedbackRead, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{}",
        tr!(
            "cli-feedback-read",
            path = line(file),
            rows = read.rows,
            matched = read.responses.len(),
            unusable = read.unusable.len()
        )
    )?;
    for unusable in &read.unusable {
        let reason = crate::io::single_line(&unusable.reason.to_string()).into_owned();
        writeln!(out, "    {}:{}: {reason}", line(file), unusable.row)?;
    }
    Ok(())
}

fn check(map: &Path, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<ExitCode> {
    let journey = match crate::io::load(map) {
        Ok(journey) => journey,
        Err(error) => {
            writeln!(err, "{error}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    if journey.feedback().is_empty() {
        writeln!(out, "{}", tr!("cli-feedback-none", map = line(map)))?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut failed = false;
    for source in journey.feedback() {
        let path = source_path(map, source);
        match read_source(&path, source, &journey) {
            Ok(read) => {
                failed |= !read.unusable.is_empty();
                report(&path, &read, out)?;
            }
            Err(error) => {
                failed = true;
                writeln!(err, "{error}")?;
            }
        }
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
