//! The eframe app: the editor session (the map, its undo history and its file) inside a
//! window shell with the view state, the settings and the questions on screen.
//!
//! The UI returns requests during a frame, and the app carries them out at its end; every
//! change to the map goes through the session's one `apply`
//! ([`session::EditorSession::apply`]).

mod autosave;
mod commands;
pub mod dialogs;
mod disk;
mod exchange;
mod feedback;
mod feedback_reading;
mod feedback_sources;
pub mod files;
mod frame_end;
mod job;
mod merging;
pub mod modal;
mod modes;
pub mod recovery;
mod run;
pub mod session;
pub mod settings;
mod shell;
mod status;
mod watch;
mod window;

pub use run::run_window;
pub use shell::PolkuApp;
