//! A new source for a map from a file of responses: its columns as named, else guessed
//! from their headers (in English and Finnish), its scale as named, else guessed from the
//! score's header or from the scores, and its path as the map keeps it. `polku feedback
//! add` and the window's File → Add a feedback file… both make a source this way.

use std::path::Path;

use super::read::read_table;
use crate::model::compare::words::quoted_whole;
use crate::model::feedback::{Audience, FeedbackSource, Scale, guess_columns, scale_from_scores};
use crate::tr;

/// The columns and scale the user named; the others are guessed.
#[derive(Clone, Debug, Default)]
pub struct Asked {
    pub touchpoint: Option<String>,
    pub score: Option<String>,
    pub scale: Option<Scale>,
    pub date: Option<String>,
    pub comment: Option<String>,
}

/// A source made from a file, and what was guessed, a sentence each.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposed {
    pub source: FeedbackSource,
    pub guesses: Vec<String>,
}

/// The source of `file`'s responses (`bytes`) for the map at `map`, for `audience`; or
/// why none can be made (the file cannot be read, or no column could be taken for the
/// touchpoint or the score: the message names the file's columns).
pub fn propose(
    map: &Path,
    file: &Path,
    bytes: &[u8],
    audience: Audience,
    asked: Asked,
) -> Result<Proposed, String> {
    let table = read_table(bytes, file).map_err(|error| error.to_string())?;
    let guessed = guess_columns(&table.headers);
    // A column the user named, else the one guessed, saying which were guessed.
    let mut guesses = Vec::new();
    let mut chosen =
        |asked: Option<String>, guessed: Option<String>, what: String| match (asked, guessed) {
            (Some(asked), _) => Some(asked),
            (None, Some(guessed)) => {
                guesses.push(tr!(
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
        let columns: Vec<String> = table.headers.iter().map(|h| quoted_whole(h)).collect();
        return Err(tr!(
            "cli-feedback-name-the-columns",
            path = crate::io::single_line(&file.display().to_string()).into_owned(),
            columns = columns.join(", ")
        ));
    };
    let scale = match (asked.scale, guessed.scale) {
        (Some(scale), _) => scale,
        (None, Some(scale)) => {
            guesses.push(tr!("cli-feedback-guessed-scale", scale = scale.name()));
            scale
        }
        (None, None) => {
            let at = table.headers.iter().position(|header| *header == score);
            let scores = table
                .rows
                .iter()
                .filter_map(|row| row.get(at?).map(String::as_str));
            let scale = scale_from_scores(scores);
            guesses.push(tr!(
                "cli-feedback-guessed-scale-from-scores",
                scale = scale.name()
            ));
            scale
        }
    };
    Ok(Proposed {
        source: FeedbackSource {
            file: stored_path(map, file),
            audience,
            touchpoint,
            score,
            scale,
            date: date.unwrap_or_default(),
            comment: comment.unwrap_or_default(),
        },
        guesses,
    })
}

/// Whose responses a file most likely holds, from its name: employees' when it speaks of
/// staff or a pulse survey (in English or Finnish), else customers'.
pub fn audience_from_name(file: &Path) -> Audience {
    let name = file
        .file_name()
        .map(|name| name.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let employees = [
        "employee",
        "staff",
        "pulse",
        "henkilö",
        "henkilo",
        "työntekijä",
        "tyontekija",
    ];
    if employees.iter().any(|word| name.contains(word)) {
        Audience::Employee
    } else {
        Audience::Customer
    }
}

/// The file as the map keeps it: relative to the map's folder when it lies within it (so
/// the folder can move, or be shared), else as given.
pub fn stored_path(map: &Path, file: &Path) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pulse_or_staff_file_is_employees_and_any_other_customers() {
        for name in [
            "staff-pulse.csv",
            "online-order-henkilosto.csv",
            "Työntekijäkysely.xlsx",
        ] {
            assert_eq!(
                audience_from_name(Path::new(name)),
                Audience::Employee,
                "{name}"
            );
        }
        for name in ["nps-export.csv", "responses.xlsx"] {
            assert_eq!(
                audience_from_name(Path::new(name)),
                Audience::Customer,
                "{name}"
            );
        }
    }
}
