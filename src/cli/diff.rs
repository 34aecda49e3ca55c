//! `polku diff OLD NEW [--json]`: what changed between two versions of a map, by meaning:
//! each thing added, removed or changed, with the fields that changed and their values
//! before and after. Like `diff`, it exits 0 when the maps are equal in content, 1 when
//! they differ and 2 when one could not be read.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::merge::read_base;
use crate::model::Journey;
use crate::model::compare::{Difference, DifferenceKind, compare};

pub(super) fn run(
    old: &Path,
    new: &Path,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let differences = match differences(old, new) {
        Ok(differences) => differences,
        Err(error) => {
            writeln!(err, "{error}")?;
            return Ok(ExitCode::from(2));
        }
    };
    if json {
        let listed: Vec<serde_json::Value> = differences
            .iter()
            .map(|difference| {
                serde_json::json!({
                    "kind": match difference.kind {
                        DifferenceKind::OnlyMine => "removed",
                        DifferenceKind::OnlyTheirs => "added",
                        DifferenceKind::Changed => "changed",
                    },
                    "what": difference.what,
                })
            })
            .collect();
        let object = serde_json::json!({
            "old": old.display().to_string(),
            "new": new.display().to_string(),
            "differences": listed,
        });
        writeln!(out, "{object:#}")?;
    } else {
        print(&differences, out)?;
    }
    Ok(if differences.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// What differs from `old` to `new`; a missing side (`/dev/null`, an empty file) is an
/// empty map.
pub(super) fn differences(old: &Path, new: &Path) -> Result<Vec<Difference>, crate::io::LoadError> {
    let load = |path: &Path| {
        read_base(path).and_then(|document| {
            Journey::from_document(document).map_err(|errors| crate::io::LoadError {
                path: path.to_owned(),
                problems: errors
                    .iter()
                    .map(|error| crate::io::Problem {
                        position: None,
                        message: error.to_string(),
                    })
                    .collect(),
            })
        })
    };
    Ok(compare(&load(old)?, &load(new)?))
}

/// One line per difference: `+` added, `-` removed, `~` changed.
pub(super) fn print(differences: &[Difference], out: &mut dyn Write) -> std::io::Result<()> {
    for difference in differences {
        let sign = match difference.kind {
            DifferenceKind::OnlyMine => '-',
            DifferenceKind::OnlyTheirs => '+',
            DifferenceKind::Changed => '~',
        };
        let what = crate::io::single_line(&difference.what).into_owned();
        writeln!(out, "{sign} {what}")?;
    }
    Ok(())
}
