//! Files: the RON journey format, and writing files so that a failure never destroys the
//! previous good one.
//!
//! This layer reads and writes; it never decides what a journey means (that is `model`)
//! and never shows anything (that is `ui`).

mod atomic;
mod comments;
mod error;
pub mod feedback;
pub mod folder;
pub mod fragment;
pub mod git;
pub mod inventory;
mod journey_file;
pub mod output;
pub mod picture;
mod read;
pub mod recovery;
pub mod report;
mod syntax;

pub use atomic::{ChangedMeanwhile, resolve_links, write_atomic, write_atomic_unless_changed};
pub use comments::first_comment;
pub use error::{LoadError, Position, Problem, SaveError, reason, single_line};
pub use journey_file::{
    FORMAT_VERSION, MAX_FILE_BYTES, backup_path, file_stem_for, from_ron_str, load, load_bytes,
    read_bytes, save, save_keeping_backup, save_map, save_to, save_unless_changed, to_ron_string,
};
pub use read::{ReadError, read_regular};
