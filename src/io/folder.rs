//! What a folder holds, for polku's own file dialog: its folders and the files a dialog
//! asks for, by name.

use std::path::Path;

/// One thing in a folder.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    /// Folders come first.
    pub is_folder: bool,
    pub name: String,
}

/// The folders in `folder` and the files whose names end in one of `extensions` (any
/// case; every file when there are none), folders first, then by name without case.
/// Names starting with a dot (hidden on Unix) are left out.
pub fn list(folder: &Path, extensions: &[&str]) -> std::io::Result<Vec<Entry>> {
    let mut entries: Vec<Entry> = std::fs::read_dir(folder)?
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                return None;
            }
            // Links are followed, so a link to a folder opens as one.
            let is_folder = std::fs::metadata(entry.path()).is_ok_and(|m| m.is_dir());
            let wanted = is_folder
                || extensions.is_empty()
                || Path::new(&name)
                    .extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)));
            wanted.then_some(Entry { is_folder, name })
        })
        .collect();
    entries.sort_by(|a, b| {
        b.is_folder
            .cmp(&a.is_folder)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            .then_with(|| a.name.cmp(&b.name))
    });
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_first_then_the_files_asked_for() -> std::io::Result<()> {
        let folder = tempfile::tempdir()?;
        for name in ["b.ron", "A.RON", "notes.txt", ".hidden.ron"] {
            std::fs::write(folder.path().join(name), "")?;
        }
        std::fs::create_dir(folder.path().join("maps"))?;
        let names: Vec<String> = list(folder.path(), &["ron"])?
            .into_iter()
            .map(|entry| entry.name)
            .collect();
        assert_eq!(names, ["maps", "A.RON", "b.ron"]);
        assert_eq!(list(folder.path(), &[])?.len(), 4);
        assert!(list(&folder.path().join("missing"), &[]).is_err());
        Ok(())
    }
}
