//! Where a command writes its output, by the rules every command that writes keeps:
//!
//! - `-` is standard output;
//! - an output that is one of the command's inputs (the same file, also through a link
//!   or a second name) is refused, so nothing polku writes ever destroys what it read;
//! - an existing file is replaced only when the user asked for it (`--force`);
//! - a symbolic link is written through to the file it points to and stays a link;
//! - something that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a pipe)
//!   is written to as a stream, never replaced.
//!
//! Checking comes first, before any work is done, so a refused output costs nothing.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::atomic::{is_stream, resolve_links, write_atomic};
use crate::tr;

/// Where an output goes, once its path has been checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Destination {
    /// Standard output (the path `-`).
    Stdout,
    /// A device, a pipe or another file that is not a regular one: written as a stream.
    Stream(PathBuf),
    /// A regular file, new or replaced: written atomically (through links).
    File(PathBuf),
}

impl Destination {
    /// Writes `bytes` there; `stdout` is standard output.
    pub fn write(&self, bytes: &[u8], stdout: &mut dyn Write) -> io::Result<()> {
        match self {
            Self::Stdout => {
                stdout.write_all(bytes)?;
                stdout.flush()
            }
            // write_atomic writes streams as streams.
            Self::Stream(path) | Self::File(path) => write_atomic(path, bytes),
        }
    }

    /// Whether this is standard output, where nothing but the output itself may go.
    pub fn is_stdout(&self) -> bool {
        matches!(self, Self::Stdout)
    }

    /// Whether what is written here reaches a terminal, where a person reads it (and
    /// where a control character would act on the terminal). `stdout_is_terminal` says
    /// whether standard output is one.
    pub fn reaches_terminal(&self, stdout_is_terminal: bool) -> bool {
        use std::io::IsTerminal as _;
        match self {
            Self::Stdout => stdout_is_terminal,
            Self::Stream(path) => {
                super::atomic::open_stream(path).is_ok_and(|stream| stream.is_terminal())
            }
            Self::File(_) => false,
        }
    }

    /// The path as the user gave it, for messages.
    pub fn describe(&self) -> String {
        match self {
            Self::Stdout => tr!("io-output-stdout"),
            Self::Stream(path) | Self::File(path) => {
                super::error::single_line(&path.display().to_string()).into_owned()
            }
        }
    }
}

/// Why an output was refused. Nothing was written.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OutputError {
    /// The output is one of the inputs.
    #[error("{}", tr!(
        "io-output-is-input",
        path = super::error::single_line(&output.display().to_string()).into_owned(),
        input = super::error::single_line(&input.display().to_string()).into_owned()
    ))]
    IsInput { output: PathBuf, input: PathBuf },
    /// The output exists and replacing it was not asked for.
    #[error("{}", tr!("cli-exists", path = super::error::single_line(&output.display().to_string()).into_owned()))]
    Exists { output: PathBuf },
    /// The output is a folder.
    #[error("{}: {}", super::error::single_line(&output.display().to_string()), tr!("io-output-is-folder"))]
    Folder { output: PathBuf },
    /// The output's links could not be followed (a loop).
    #[error("{}: {reason}", super::error::single_line(&output.display().to_string()))]
    Unusable { output: PathBuf, reason: String },
}

/// Checks `output` against the rules above. `inputs` are the files the command reads;
/// `replace` is whether the user allowed an existing file to be replaced.
pub fn destination(
    output: &Path,
    inputs: &[&Path],
    replace: bool,
) -> Result<Destination, OutputError> {
    if output.as_os_str() == "-" {
        return Ok(Destination::Stdout);
    }
    if let Some(input) = inputs.iter().find(|input| same_file(output, input)) {
        return Err(OutputError::IsInput {
            output: output.to_owned(),
            input: input.to_path_buf(),
        });
    }
    if is_stream(output) {
        return Ok(Destination::Stream(output.to_owned()));
    }
    let real = resolve_links(output).map_err(|error| OutputError::Unusable {
        output: output.to_owned(),
        reason: error.to_string(),
    })?;
    if real.is_dir() {
        return Err(OutputError::Folder {
            output: output.to_owned(),
        });
    }
    if real.exists() && !replace {
        return Err(OutputError::Exists {
            output: output.to_owned(),
        });
    }
    Ok(Destination::File(output.to_owned()))
}

/// Whether two paths name the same existing file: the same path, a link to it, or another
/// name (a hard link) of it.
pub fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(first), Ok(second)) = (std::fs::metadata(a), std::fs::metadata(b)) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        first.dev() == second.dev() && first.ino() == second.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (first, second);
        match (a.canonicalize(), b.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(output: &Path, inputs: &[&Path], replace: bool) -> Result<Destination, OutputError> {
        crate::i18n::set_language(crate::i18n::Language::English);
        destination(output, inputs, replace)
    }

    #[test]
    fn a_dash_is_standard_output() {
        assert_eq!(check(Path::new("-"), &[], false), Ok(Destination::Stdout));
    }

    #[cfg(unix)]
    #[test]
    fn the_input_is_never_an_output_whatever_it_is_called() -> io::Result<()> {
        let folder = tempfile::tempdir()?;
        let map = folder.path().join("map.ron");
        std::fs::write(&map, "(version: 1)")?;
        let link = folder.path().join("link.ron");
        let hard = folder.path().join("hard.ron");
        let dotted = folder.path().join(".").join("map.ron");
        std::os::unix::fs::symlink(&map, &link)?;
        std::fs::hard_link(&map, &hard)?;
        for output in [&map, &link, &hard, &dotted] {
            let refused = check(output, &[&map], true);
            assert!(
                matches!(refused, Err(OutputError::IsInput { .. })),
                "{output:?}: {refused:?}"
            );
        }
        Ok(())
    }

    #[test]
    fn an_existing_file_is_replaced_only_when_asked() -> io::Result<()> {
        let folder = tempfile::tempdir()?;
        let out = folder.path().join("out.svg");
        assert_eq!(check(&out, &[], false), Ok(Destination::File(out.clone())));
        std::fs::write(&out, "old")?;
        let refused = check(&out, &[], false).map_err(|e| e.to_string());
        assert_eq!(
            refused,
            Err(format!(
                "{}: already exists; choose another name, or add --force to overwrite it",
                out.display()
            ))
        );
        assert_eq!(check(&out, &[], true), Ok(Destination::File(out)));
        assert!(matches!(
            check(folder.path(), &[], true),
            Err(OutputError::Folder { .. })
        ));
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_streams_and_stay_devices() -> io::Result<()> {
        let null = Path::new("/dev/null");
        assert_eq!(
            check(null, &[], false),
            Ok(Destination::Stream(null.to_owned()))
        );
        Destination::Stream(null.to_owned()).write(b"bytes", &mut io::sink())?;
        let metadata = std::fs::metadata(null)?;
        assert!(!metadata.is_file());
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn links_are_written_through_and_stay_links() -> io::Result<()> {
        let folder = tempfile::tempdir()?;
        let real = folder.path().join("real.svg");
        std::fs::write(&real, "old")?;
        let link = folder.path().join("link.svg");
        std::os::unix::fs::symlink("real.svg", &link)?;
        let dangling = folder.path().join("dangling.svg");
        std::os::unix::fs::symlink("later.svg", &dangling)?;
        for (output, target) in [
            (&link, &real),
            (&dangling, &folder.path().join("later.svg")),
        ] {
            let destination = check(output, &[], true).map_err(io::Error::other)?;
            destination.write(b"new", &mut io::sink())?;
            assert!(std::fs::symlink_metadata(output)?.file_type().is_symlink());
            assert_eq!(std::fs::read(target)?, b"new");
        }
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn a_loop_of_links_is_refused() -> io::Result<()> {
        let folder = tempfile::tempdir()?;
        let a = folder.path().join("a");
        let b = folder.path().join("b");
        std::os::unix::fs::symlink(&b, &a)?;
        std::os::unix::fs::symlink(&a, &b)?;
        assert!(matches!(
            check(&a, &[], true),
            Err(OutputError::Unusable { .. })
        ));
        Ok(())
    }
}
