//! polku in git: `polku git-setup` makes a repository merge and show its maps by meaning;
//! `polku git-diff` is the diff command git then calls for each changed map (`git diff`),
//! and `polku git-text` the listing git compares line by line where it calls no diff
//! command (`git log -p`, `git show`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use crate::tr;

/// The line `.gitattributes` gets: maps merge and diff with polku.
const ATTRIBUTES: &str = "*.ron merge=polku diff=polku";

/// `polku git-setup`: in the repository that holds the current folder, writes
/// [`ATTRIBUTES`] into `.gitattributes` (once) and sets polku as the merge driver and
/// the diff command in the repository's configuration. Saying it twice changes nothing.
pub(super) fn setup(out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<ExitCode> {
    let trouble = ExitCode::from(2);
    let root = match git(&["rev-parse", "--show-toplevel"], None) {
        Ok(root) => PathBuf::from(root.trim_end_matches(['\n', '\r'])),
        Err(reason) => {
            writeln!(err, "{}", tr!("cli-git-not-a-repository", reason = reason))?;
            return Ok(trouble);
        }
    };
    let polku = match std::env::current_exe() {
        Ok(path) => path,
        Err(error) => {
            writeln!(
                err,
                "{}",
                tr!("cli-git-no-program", reason = crate::io::reason(&error))
            )?;
            return Ok(trouble);
        }
    };
    let program = shell_quoted(&polku.display().to_string());

    let attributes = root.join(".gitattributes");
    let existing = match std::fs::read_to_string(&attributes) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(error) => {
            let reason = crate::io::reason(&error);
            writeln!(err, "{}: {reason}", attributes.display())?;
            return Ok(trouble);
        }
    };
    if existing.lines().any(|line| line.trim() == ATTRIBUTES) {
        writeln!(
            out,
            "{}",
            tr!("cli-git-attributes-there", line = ATTRIBUTES)
        )?;
    } else {
        let mut text = existing;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(ATTRIBUTES);
        text.push('\n');
        if let Err(error) = crate::io::write_atomic(&attributes, text.as_bytes()) {
            let reason = crate::io::reason(&error);
            writeln!(err, "{}: {reason}", attributes.display())?;
            return Ok(trouble);
        }
        writeln!(
            out,
            "{}",
            tr!("cli-git-attributes-added", line = ATTRIBUTES)
        )?;
    }

    let settings = [
        ("merge.polku.name", tr!("cli-git-driver-name")),
        (
            "merge.polku.driver",
            format!("{program} merge %O %A %B -o %A --shown-as %P"),
        ),
        ("diff.polku.command", format!("{program} git-diff")),
        ("diff.polku.textconv", format!("{program} git-text")),
    ];
    for (key, value) in settings {
        if let Err(reason) = git(&["config", "--local", key, &value], Some(&root)) {
            writeln!(
                err,
                "{}",
                tr!("cli-git-config-failed", key = key, reason = reason)
            )?;
            return Ok(trouble);
        }
        let shown = crate::io::single_line(&value).into_owned();
        writeln!(
            out,
            "{}",
            tr!("cli-git-config-set", key = key, value = shown)
        )?;
    }
    writeln!(out, "{}", tr!("cli-git-ready"))?;
    Ok(ExitCode::SUCCESS)
}

/// Runs git with `args` (in `folder`, else here) and returns what it printed.
fn git(args: &[&str], folder: Option<&Path>) -> Result<String, String> {
    let mut command = Command::new("git");
    command.args(args);
    if let Some(folder) = folder {
        command.current_dir(folder);
    }
    let output = command
        .output()
        .map_err(|error| crate::io::reason(&error))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        let said = String::from_utf8_lossy(&output.stderr);
        Err(crate::io::single_line(said.trim()).into_owned())
    }
}

/// `text` as one word for the shell git runs its drivers with.
fn shell_quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// `polku git-diff`, as git's diff command: git gives the path and, for each side, the
/// file, its object id and its mode (and, for a rename, the new path and a score); for a
/// path with unresolved conflicts, only the path. It prints what changed by meaning and
/// always exits 0, as git asks of a diff command (anything else stops `git diff`).
pub(super) fn diff(args: &[PathBuf], out: &mut dyn Write) -> std::io::Result<ExitCode> {
    let line = |path: &Path| crate::io::single_line(&path.display().to_string()).into_owned();
    let (path, old, new, new_path) = match args {
        [path, old, _, _, new, _, _] => (path, old, new, path),
        [path, old, _, _, new, _, _, new_path, _] => (path, old, new, new_path),
        [path] => {
            writeln!(out, "{}", tr!("cli-git-diff-unmerged", path = line(path)))?;
            return Ok(ExitCode::SUCCESS);
        }
        _ => {
            writeln!(out, "{}", tr!("cli-git-diff-arguments", count = args.len()))?;
            return Ok(ExitCode::SUCCESS);
        }
    };
    writeln!(out, "polku diff a/{} b/{}", line(path), line(new_path))?;
    match super::diff::differences(old, new) {
        Ok(differences) if differences.is_empty() => {
            writeln!(out, "{}", tr!("cli-git-diff-same"))?;
        }
        Ok(differences) => super::diff::print(&differences, out)?,
        Err(error) => {
            let error = error.to_string();
            for problem in error.lines() {
                writeln!(out, "! {problem}")?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `polku git-text FILE`, as git's textconv: the map as a listing of its things and
/// fields, one to a line. A file polku cannot read is printed as it is, so git still
/// shows something; it always exits 0.
pub(super) fn text(path: &Path, out: &mut dyn Write) -> std::io::Result<ExitCode> {
    match super::merge::read_base(path).map(crate::model::Journey::from_document) {
        Ok(Ok(journey)) => out.write_all(crate::model::compare::listing(&journey).as_bytes())?,
        _ => {
            if let Ok(bytes) = std::fs::read(path) {
                out.write_all(&bytes)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
