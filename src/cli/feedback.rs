//! `polku feedback add MAP FILE …` and `polku feedback check MAP`: naming the files of
//! customer feedback and employee pulse a map reads its figures from, and reading each to
//! say how many rows it holds, how many were matched to a touchpoint, and every row that
//! could not be used, with its number and why. A source file is only read, never written.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::args::FeedbackAction;
use crate::io::feedback::{
    FeedbackRead, MAX_SOURCE_BYTES, read_responses, read_source, read_table, source_path,
};
use crate::model::feedback::{FeedbackSource, guess_columns, scale_from_scores};
use crate::model::{Journey, compare::words::quoted_whole};
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

/// The columns named on the command line.
struct Asked {
    touchpoint: Option<String>,
    score: Option<String>,
    scale: Option<crate::model::feedback::Scale>,
    date: Option<String>,
    comment: Option<String>,
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
    let table = match read_table(&bytes, file) {
        Ok(table) => table,
        Err(error) => {
            writeln!(err, "{error}")?;
            return Ok(trouble);
        }
    };
    let guessed = guess_columns(&table.headers);
    let columns = || {
        let shown: Vec<String> = table.headers.iter().map(|h| quoted_whole(h)).collect();
        shown.join(", ")
    };
    // A column the user named, else the one guessed, saying which were guessed.
    let mut said = Vec::new();
    let mut chosen =
        |asked: Option<String>, guessed: Option<String>, what: String| match (asked, guessed) {
            (Some(asked), _) => Some(asked),
            (None, Some(guessed)) => {
                said.push(tr!(
                    "cli-feedback-guessed",
                    what = what,
                    column = quoted_whole(&guessed)
                ));
                Some(guessed)
            }
            (None, None) => None,
        };
    let touchpoint = chosen(
        asked.touchpoint,
        guessed.touchpoint,
        tr!("cli-feedback-what-touchpoint"),
    );
    let score = chosen(asked.score, guessed.score, tr!("cli-feedback-what-score"));
    let date = chosen(asked.date, guessed.date, tr!("cli-feedback-what-date"));
    let comment = chosen(
        asked.comment,
        guessed.comment,
        tr!("cli-feedback-what-comment"),
    );
    let (Some(touchpoint), Some(score)) = (touchpoint, score) else {
        writeln!(
            err,
            "{}",
            tr!(
                "cli-feedback-name-the-columns",
                path = line(file),
                columns = columns()
            )
        )?;
        return Ok(trouble);
    };
    let scale = match (asked.scale, guessed.scale) {
        (Some(scale), _) => scale,
        (None, Some(scale)) => {
            said.push(tr!("cli-feedback-guessed-scale", scale = scale.name()));
            scale
        }
        (None, None) => {
            let at = table.headers.iter().position(|header| *header == score);
            let scores = table
                .rows
                .iter()
                .filter_map(|row| row.get(at?).map(String::as_str));
            let scale = scale_from_scores(scores);
            said.push(tr!(
                "cli-feedback-guessed-scale-from-scores",
                scale = scale.name()
            ));
            scale
        }
    };
    let source = FeedbackSource {
        file: stored_path(map, file),
        audience,
        touchpoint,
        score,
        scale,
        date: date.unwrap_or_default(),
        comment: comment.unwrap_or_default(),
    };
    for guess in said {
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

/// The file as the map keeps it: relative to the map's folder when it lies within it (so
/// the folder can move, or be shared), else as given.
fn stored_path(map: &Path, file: &Path) -> String {
    let absolute = |path: &Path| std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    let folder = match map.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => absolute(folder),
        _ => absolute(Path::new(".")),
    };
    let file = absolute(file);
    match file.strip_prefix(&folder) {
        Ok(relative) => relative.to_string_lossy().replace('\\', "/"),
        Err(_) => file.to_string_lossy().into_owned(),
    }
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
