//! The touchpoint inventory: a spreadsheet (CSV) with one row per touchpoint, read by
//! `polku import` and written by `polku report --format csv`.
//!
//! This module turns text into a [`Journey`] and back; it never touches the file system
//! (the caller reads and writes the bytes) and never shows anything.
//!
//! # The format
//!
//! The first row names the columns; each row after it is one touchpoint. Columns are
//! matched by name, in any order and any case, in English or Finnish (spaces, hyphens and
//! underscores count the same, so `Lane kind` is `lane_kind`). The cells are separated by
//! commas, semicolons (as Finnish spreadsheets save them) or tabs: whichever splits the
//! first row into the most known columns. The file must be UTF-8 (a byte-order mark is
//! fine).
//!
//! | column | Finnish | what it holds |
//! | --- | --- | --- |
//! | `id` | `tunniste` | optional; unique in the file; what `after` and `supports` name. No spaces, commas or semicolons |
//! | `title` | `nimi`, `otsikko` | required |
//! | `lane` | `kaista` | required: the lane's name. Rows with the same name (any case) share a lane |
//! | `lane_kind` | `kaistatyyppi` | `customer`, `frontstage`, `backstage`, `support`, `evidence` (`asiakas`, `näkyvä`, `näkymätön`, `tuki`, `todiste`) |
//! | `stage` | `vaihe` | required: the stage's name |
//! | `actor` | `toimija` | text |
//! | `owner` | `omistaja`, `vastuu` | text |
//! | `channel` | `kanava` | `in person`, `phone`, `web`, `app`, `email`, `letter`, `chat`, `other` (`kasvokkain`, `puhelin`, `verkko`, `sovellus`, `sähköposti`, `kirje`, `chat`, `muu`) |
//! | `terms` | | areas separated by `;`, `,` or spaces: words (`time`, `emotion`, `risk`, `money`, `situation`; `aika`, `tunne`, `riski`, `raha`, `tilanne`) or runs of the letters `T E R M S`, each optionally followed by `:1`, `:2` or `:3` (1 when left out): `time:2 money:3`, `TR:2` |
//! | `terms_notes` | `terms_huomiot` | the tags' notes: `time: the queue is slow; money: billed twice` |
//! | `emotion` | `tunnetila` | −2…+2 (`-2`, `−2` and `+1` all read) |
//! | `employee_experience` | `työntekijäkokemus` | −2…+2 |
//! | `evidence` | `näyttö` | `observed`, `reported`, `assumed` (`havaittu`, `kerrottu`, `oletettu`) |
//! | `after` | `jälkeen` | ids of the steps this one follows (Flow links), separated by `,`, `;` or spaces |
//! | `supports` | `tukee` | ids of the steps this one enables (Support links) |
//! | `notes` | `kuvaus`, `muistiinpanot`, `description` | the touchpoint's description |
//!
//! Lanes and stages are made in the order the rows first name them, with one refinement
//! that lets a report come back as the map it was written from: where the rows of a
//! stage list lanes in an order (lane B before lane A, though A appeared first in another
//! stage), that order wins, as long as no two stages contradict each other; stages
//! likewise follow the order each lane lists them in. A file written in the order things
//! happen (customer, staff, customer…) usually contradicts itself, and then keeps plain
//! first appearance. A lane without a kind takes the kind its name says ("Asiakas",
//! "Backstage"); failing that, the first such lane becomes Customer when no lane is, the
//! others Frontstage, with a warning. In each lane and stage the cards are placed
//! side by side (x = 0, 200, 400…) in the order of the file. When every row has an id of
//! the form `T<number>` (as reports write them), the touchpoints keep those numbers;
//! otherwise they are numbered in the order of the file.
//!
//! # What a report cannot carry
//!
//! A CSV report imports back to the same touchpoints, lanes, stages, TERMS tags (with
//! severities and notes) and links. It leaves out what has no row of its own: lanes and
//! stages without touchpoints, personas, promises, the parking lot, observations, link
//! labels, the map's description, and the exact positions of cards (only their order
//! within a lane and stage). Two lanes, or two stages, with the same name become one. A
//! link from a step to itself, or a second link with the same ends and kind, is dropped
//! with a warning (`polku check` asks to remove those anyway). A touchpoint with an
//! empty title, lane or stage name cannot be imported (`polku check` warns about those
//! too). A note that itself holds `; risk:` (an area word and a colon after a semicolon)
//! is read as two notes.
//!
//! Rows are counted as a spreadsheet shows them: the header is row 1, blank lines count,
//! and a cell spanning several lines is still one row.

mod build;
mod formula;
pub(crate) mod message;
pub(crate) mod read;
pub(crate) mod records;
mod terms;
mod words;
mod write;

use std::path::{Path, PathBuf};

use crate::model::Journey;

pub use message::RowMessage;
pub use write::to_csv;

/// A map made from an inventory, and what was odd about it.
#[derive(Clone, Debug)]
pub struct Imported {
    pub journey: Journey,
    /// Unknown columns, values polku replaced, and with `skip_bad_rows` the rows left
    /// out: by row.
    pub warnings: Vec<RowMessage>,
}

/// Why an inventory could not be imported: every bad row, or what is wrong with the file
/// as a whole (it is not UTF-8 text, a required column is missing…). Each problem reads
/// `FILE:ROW: message`, one per line.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", lines(.path, .problems))]
pub struct ImportError {
    pub path: PathBuf,
    /// At least one, by row.
    pub problems: Vec<RowMessage>,
    /// How many rows are bad; 0 when the problem is with the file as a whole, which
    /// skipping bad rows cannot get past.
    pub bad_rows: usize,
}

fn lines(path: &Path, problems: &[RowMessage]) -> String {
    problems
        .iter()
        .map(|problem| problem.in_file(path))
        .collect::<Vec<_>>()
        .join("\n")
}

impl ImportError {
    fn new(path: &Path, mut problems: Vec<RowMessage>, bad_rows: usize) -> Self {
        // Stable, so the problems of one row keep the order of its columns.
        problems.sort_by_key(|problem| problem.row);
        Self {
            path: path.to_owned(),
            problems,
            bad_rows,
        }
    }
}

/// Makes a map from the bytes of an inventory. `path` names the map ("Inventory: STEM")
/// and the messages; the file is not read.
///
/// Without `skip_bad_rows`, any bad row fails the import, and the error lists them all;
/// with it, the good rows are imported and the bad ones (and links to them) become
/// warnings. Problems with the file as a whole always fail it.
pub fn import_csv(bytes: &[u8], path: &Path, skip_bad_rows: bool) -> Result<Imported, ImportError> {
    let table = read::table(bytes).map_err(|problems| ImportError::new(path, problems, 0))?;
    let mut warnings = table.warnings.clone();
    let drafts = table.drafts(&mut warnings);
    let heading = build::Heading {
        title: title(path),
        description: crate::tr!(
            "io-import-description",
            file = path
                .file_name()
                .map_or(path.to_string_lossy(), |name| name.to_string_lossy())
                .into_owned()
        ),
    };
    let built = build::journey(&table, drafts, heading, skip_bad_rows, &mut warnings).map_err(
        |(mut problems, bad_rows)| {
            table.locate(&mut problems);
            ImportError::new(path, problems, bad_rows)
        },
    )?;
    warnings.sort_by_key(|warning| warning.row);
    table.locate(&mut warnings);
    Ok(Imported {
        journey: built,
        warnings,
    })
}

/// The map's title, from the file's name.
fn title(path: &Path) -> String {
    match path.file_stem().map(|stem| stem.to_string_lossy()) {
        Some(stem) if !stem.trim().is_empty() => {
            crate::tr!("io-import-title", name = stem.trim())
        }
        _ => crate::tr!("io-import-title-plain"),
    }
}

#[cfg(test)]
mod tests;
