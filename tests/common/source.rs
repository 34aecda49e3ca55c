//! polku's own source, read for the tests that check it (`architecture.rs`,
//! `locales.rs`): every `.rs` file under a folder by name, and a file parsed with syn. A
//! folder that cannot be listed, a file that cannot be read and one that does not parse
//! fail the test: an unread file would be a file never checked.

use std::collections::BTreeMap;
use std::path::Path;

/// The crate's folder.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `path` as the tests name it: `src/ui/canvas/draw.rs`.
pub fn name_of(path: &Path) -> String {
    let relative = path.strip_prefix(root()).unwrap_or(path);
    relative
        .components()
        .map(|part| part.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Every `.rs` file under `folder` (relative to the crate), by name, with its text.
pub fn rust_files(folder: &str) -> BTreeMap<String, String> {
    let folder = root().join(folder);
    assert!(
        folder.is_dir(),
        "{} is not a folder: the test would check nothing",
        folder.display()
    );
    let mut files = BTreeMap::new();
    let mut folders = vec![folder];
    while let Some(folder) = folders.pop() {
        let entries = std::fs::read_dir(&folder)
            .unwrap_or_else(|error| panic!("cannot list {}: {error}", folder.display()));
        for entry in entries {
            let path = entry
                .unwrap_or_else(|error| panic!("cannot list {}: {error}", folder.display()))
                .path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path)
                    .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
                files.insert(name_of(&path), text);
            }
        }
    }
    files
}

/// `text`, the file called `name`, parsed.
pub fn parse(name: &str, text: &str) -> syn::File {
    syn::parse_file(text).unwrap_or_else(|error| {
        let start = error.span().start();
        panic!(
            "{name}:{}:{}: does not parse: {error}",
            start.line,
            start.column + 1
        )
    })
}
