//! The system's file dialogs, behind a trait so that tests never open one: native ones
//! through rfd (which count as unavailable once one "ends" before anyone could see it),
//! scripted answers in tests, and none at all for headless runs.

use std::path::{Path, PathBuf};

/// File dialogs. The app uses native ones; tests give it scripted answers.
pub trait FileDialogs {
    /// Asks which map to open.
    fn pick_open(&mut self) -> Option<PathBuf>;
    /// Asks where to save the map, suggesting `file_name`.
    fn pick_save(&mut self, file_name: &str) -> Option<PathBuf>;

    /// Asks where to export to, suggesting `file_name` (ending in `.extension`).
    fn pick_export(&mut self, file_name: &str, extension: &str) -> Option<PathBuf> {
        let _ = extension;
        self.pick_save(file_name)
    }

    /// Asks which touchpoint inventory (CSV) to import.
    fn pick_import(&mut self) -> Option<PathBuf> {
        self.pick_open()
    }

    /// Asks which file of survey responses (CSV or XLSX) to add as a feedback source.
    fn pick_feedback(&mut self) -> Option<PathBuf> {
        self.pick_open()
    }

    /// Whether these dialogs can be shown at all. When a pick gives no answer and this is
    /// false, the system has no dialog to show, and polku asks in the window instead.
    fn available(&self) -> bool {
        true
    }
}

/// The operating system's file dialogs (through rfd).
///
/// Without a desktop portal (and without zenity) rfd shows nothing and answers as if the
/// user had cancelled. A dialog that "ends" sooner than anyone could cancel it was never
/// shown: from then on these dialogs count as unavailable and answer at once.
#[derive(Debug, Default)]
pub struct NativeDialogs {
    unavailable: bool,
}

/// A native dialog that ends sooner than this was never on screen.
const SHOWN_FOR_AT_LEAST: std::time::Duration = std::time::Duration::from_millis(150);

impl NativeDialogs {
    fn ask(&mut self, dialog: impl FnOnce() -> Option<PathBuf>) -> Option<PathBuf> {
        if self.unavailable {
            return None;
        }
        let started = std::time::Instant::now();
        let answer = dialog();
        if answer.is_none() && started.elapsed() < SHOWN_FOR_AT_LEAST {
            self.unavailable = true;
        }
        answer
    }
}

impl FileDialogs for NativeDialogs {
    fn pick_open(&mut self) -> Option<PathBuf> {
        self.ask(|| {
            rfd::FileDialog::new()
                .set_title(crate::tr!("app-dialog-open"))
                .add_filter(crate::tr!("app-dialog-map-filter"), &["ron"])
                .pick_file()
        })
    }

    fn pick_export(&mut self, file_name: &str, extension: &str) -> Option<PathBuf> {
        self.ask(|| {
            rfd::FileDialog::new()
                .set_title(crate::tr!("app-dialog-export"))
                .add_filter(extension, &[extension])
                .set_file_name(file_name)
                .save_file()
        })
    }

    fn pick_feedback(&mut self) -> Option<PathBuf> {
        self.ask(|| {
            rfd::FileDialog::new()
                .set_title(crate::tr!("app-dialog-add-feedback"))
                .add_filter(crate::tr!("app-dialog-responses"), &FEEDBACK_EXTENSIONS)
                .pick_file()
        })
    }

    fn pick_import(&mut self) -> Option<PathBuf> {
        self.ask(|| {
            rfd::FileDialog::new()
                .set_title(crate::tr!("app-dialog-import"))
                .add_filter("CSV", &INVENTORY_EXTENSIONS)
                .pick_file()
        })
    }

    fn pick_save(&mut self, file_name: &str) -> Option<PathBuf> {
        self.ask(|| {
            rfd::FileDialog::new()
                .set_title(crate::tr!("app-dialog-save"))
                .add_filter(crate::tr!("app-dialog-map-filter"), &["ron"])
                .set_file_name(file_name)
                .save_file()
        })
        .map(|path| with_ron_extension(&path))
    }

    fn available(&self) -> bool {
        !self.unavailable
    }
}

/// The endings of the files an import reads.
pub(super) const INVENTORY_EXTENSIONS: [&str; 3] = ["csv", "txt", "tsv"];

/// What files of survey responses are called.
pub(super) const FEEDBACK_EXTENSIONS: [&str; 4] = ["csv", "txt", "tsv", "xlsx"];

/// Dialogs that are never shown: every question is cancelled. For running the window
/// without a desktop (benchmarks, tests that open no files).
#[derive(Debug, Default)]
pub struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn pick_open(&mut self) -> Option<PathBuf> {
        None
    }

    fn pick_save(&mut self, _file_name: &str) -> Option<PathBuf> {
        None
    }
}

/// `path`, ending in `.ron`.
pub fn with_ron_extension(path: &Path) -> PathBuf {
    with_extension(path, "ron")
}

/// `path`, ending in `.extension` (added when it ends otherwise).
pub(super) fn with_extension(path: &Path, extension: &str) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension))
    {
        path.to_owned()
    } else {
        let mut name = path.as_os_str().to_owned();
        name.push(".");
        name.push(extension);
        PathBuf::from(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_system_dialog_that_ends_at_once_was_never_shown() {
        let mut dialogs = NativeDialogs::default();
        assert_eq!(
            dialogs.ask(|| Some(PathBuf::from("a.ron"))),
            Some(PathBuf::from("a.ron"))
        );
        assert!(dialogs.available());
        // Cancelled after a while: someone saw it.
        assert_eq!(
            dialogs.ask(|| {
                std::thread::sleep(SHOWN_FOR_AT_LEAST * 2);
                None
            }),
            None
        );
        assert!(dialogs.available());
        // Gone at once: there was nothing to see, and polku stops asking the system.
        assert_eq!(dialogs.ask(|| None), None);
        assert!(!dialogs.available());
        assert_eq!(dialogs.ask(|| panic!("asked again")), None);
    }
}
