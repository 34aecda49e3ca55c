//! Architecture invariants, checked by reading the source tree (in the spirit of
//! rust-analyzer's tidy tests). See ARCHITECTURE.md.

use std::path::{Path, PathBuf};

fn rust_files(folder: &Path) -> Vec<PathBuf> {
    assert!(
        folder.exists(),
        "{} does not exist: the test would check nothing",
        folder.display()
    );
    if folder.is_file() {
        return vec![folder.to_owned()];
    }
    let mut files = Vec::new();
    let mut folders = vec![folder.to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn source() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The lines of the files under `folder` that contain any of `words`, outside comments.
fn offending_lines(folder: &Path, words: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for path in rust_files(folder) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if words.iter().any(|word| code.contains(word)) {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    found
}

/// Files that are only compiled for tests, where unwrapping is the point.
fn test_only(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|name| name == "testing.rs" || name == "tests.rs")
}

#[test]
fn the_model_knows_nothing_of_egui_or_files() {
    // `emath` (egui's geometry, no UI) is allowed: the layout uses its points and
    // rectangles, so the canvas and the picture export share one layout.
    let model = source().join("model");
    assert!(rust_files(&model).len() >= 5);
    let found = offending_lines(
        &model,
        &["egui", "eframe", "std::fs", "fs::", "File::", "rfd"],
    );
    assert!(
        found.is_empty(),
        "model/ must stay pure:\n{}",
        found.join("\n")
    );
}

#[test]
fn graph_indices_never_leave_the_model() {
    let mut found = Vec::new();
    for folder in ["io", "ui", "cli"] {
        found.extend(offending_lines(
            &source().join(folder),
            &["NodeIndex", "EdgeIndex", "petgraph"],
        ));
    }
    found.extend(offending_lines(
        &source().join("app"),
        &["NodeIndex", "EdgeIndex", "petgraph"],
    ));
    assert!(
        found.is_empty(),
        "use TouchpointId and LinkId outside model/:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_io_layer_does_not_draw() {
    let found = offending_lines(&source().join("io"), &["egui::", "eframe"]);
    assert!(
        found.is_empty(),
        "io/ must not use egui:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_module_says_what_it_is() {
    let missing: Vec<String> = rust_files(&source())
        .into_iter()
        .filter(|path| {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            !text.trim_start().starts_with("//!")
        })
        .map(|path| path.display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "start these with a //! line:\n{}",
        missing.join("\n")
    );
}

#[test]
fn nothing_unwraps_outside_tests() {
    let mut found = Vec::new();
    for path in rust_files(&source())
        .into_iter()
        .filter(|path| !test_only(path))
    {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        // Unit tests sit at the end of a file, in `#[cfg(test)] mod tests`; a test-only
        // helper module declared higher up (`#[cfg(test)] mod testing;`) does not end it.
        let code = text
            .split("#[cfg(test)]\nmod tests")
            .next()
            .unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            if line.contains(".unwrap()") || line.contains(".expect(") {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "handle these errors:\n{}",
        found.join("\n")
    );
}
