//! Settings kept between runs in eframe's storage: theme and recent files. (eframe keeps
//! the window size and the panel widths itself.) Never part of a map.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Language;
use crate::ui::commands::Theme;

/// Where in eframe's storage the settings live.
pub const STORAGE_KEY: &str = "polku.settings";

/// How many files the Open Recent menu remembers.
pub const RECENT_FILES: usize = 10;

/// What polku remembers between runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub theme: Theme,
    /// Most recent first.
    pub recent: Vec<PathBuf>,
    /// Keep the previous version of a map as `NAME.ron.bak` when saving over it.
    pub keep_backup: bool,
    /// The language of the window; `None` follows the system.
    pub language: Option<Language>,
    /// Ask for files with polku's own dialog in the window, never the system's (which it
    /// uses anyway when the system has none to show).
    pub own_file_dialog: bool,
    /// Show the emotion row under the lanes.
    pub emotion_row: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: Theme::default(),
            recent: Vec::new(),
            keep_backup: true,
            language: None,
            own_file_dialog: false,
            emotion_row: true,
        }
    }
}

impl Settings {
    /// The defaults, speaking English whatever the system speaks (for tests and
    /// benchmarks that look for English texts).
    pub fn english() -> Self {
        Self {
            language: Some(Language::English),
            ..Self::default()
        }
    }

    /// The settings saved in `storage`, or the defaults when there are none (or they are
    /// from a polku that saved them differently).
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Self {
        storage
            .and_then(|storage| eframe::get_value(storage, STORAGE_KEY))
            .unwrap_or_default()
    }

    pub fn save(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, self);
    }

    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(RECENT_FILES);
    }

    /// The language the window speaks.
    pub fn language(&self) -> Language {
        self.language.unwrap_or_else(crate::i18n::system_language)
    }

    pub fn theme_preference(&self) -> egui::ThemePreference {
        match self.theme {
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
            Theme::System => egui::ThemePreference::System,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// eframe's storage, in memory.
    #[derive(Default)]
    struct MemoryStorage(std::collections::HashMap<String, String>);

    impl eframe::Storage for MemoryStorage {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }

        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_owned(), value);
        }

        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }

        fn flush(&mut self) {}
    }

    #[test]
    fn settings_survive_a_restart() {
        let mut storage = MemoryStorage::default();
        let mut settings = Settings {
            theme: Theme::Dark,
            ..Settings::default()
        };
        settings.remember(Path::new("/nonexistent/a.ron"));
        settings.save(&mut storage);
        assert_eq!(Settings::load(Some(&storage)), settings);
    }

    #[test]
    fn missing_or_unreadable_settings_give_the_defaults() {
        assert_eq!(Settings::load(None), Settings::default());
        let mut storage = MemoryStorage::default();
        eframe::Storage::set_string(&mut storage, STORAGE_KEY, "not ron at all (".to_owned());
        assert_eq!(Settings::load(Some(&storage)), Settings::default());
    }

    #[test]
    fn recent_files_are_unique_newest_first_and_bounded() {
        let mut settings = Settings::default();
        for i in 0..15 {
            settings.remember(Path::new(&format!("/nonexistent/map-{i}.ron")));
        }
        settings.remember(Path::new("/nonexistent/map-12.ron"));
        assert_eq!(settings.recent.len(), RECENT_FILES);
        assert_eq!(settings.recent[0], Path::new("/nonexistent/map-12.ron"));
        assert_eq!(settings.recent[1], Path::new("/nonexistent/map-14.ron"));
        assert_eq!(
            settings
                .recent
                .iter()
                .filter(|p| p.ends_with("map-12.ron"))
                .count(),
            1
        );
    }
}
