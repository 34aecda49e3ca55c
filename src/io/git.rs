//! Asking git, where a map lives in a git repository, for the version of it last
//! committed: the version a colleague's copy most likely started from too, so merging
//! their copy can be a three-way merge. Reads only; where there is no git, no repository
//! or no committed version, there is simply none.

use std::path::Path;
use std::process::{Command, Stdio};

/// The bytes of `map` as last committed (`HEAD`) in the repository that holds it.
pub fn committed_version(map: &Path) -> Option<Vec<u8>> {
    let folder = map
        .parent()
        .filter(|folder| !folder.as_os_str().is_empty())?;
    let name = map.file_name()?;
    let run = |args: &[&std::ffi::OsStr]| {
        let output = Command::new("git")
            .args(args)
            .current_dir(folder)
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .ok()?;
        output.status.success().then_some(output.stdout)
    };
    // The path from the repository's top, as `HEAD:` needs it.
    let prefix = run(&["rev-parse".as_ref(), "--show-prefix".as_ref()])?;
    let prefix = String::from_utf8(prefix).ok()?;
    let mut spec = std::ffi::OsString::from("HEAD:");
    spec.push(prefix.trim_end_matches(['\n', '\r']));
    spec.push(name);
    let bytes = run(&["show".as_ref(), spec.as_os_str()])?;
    (bytes.len() as u64 <= super::MAX_FILE_BYTES).then_some(bytes)
}
