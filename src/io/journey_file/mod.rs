//! The journey file: pretty RON, version 1.
//!
//! The file is our own schema (lists sorted as [`Document`] keeps them), never petgraph's
//! layout. Reading checks the version first, then the syntax, then every reference;
//! writing the same journey always gives the same bytes.
//!
//! The schema and its limits are in `schema.rs`; reading in `read.rs` (the version first,
//! in `version.rs`); writing and naming files in `write.rs`; and where a problem stands in
//! the text in `locate.rs`.

mod locate;
mod read;
mod schema;
#[cfg(test)]
mod tests;
mod version;
mod write;

pub(super) use read::ron_options;
pub use read::{from_ron_str, load, load_bytes, read_bytes};
pub use schema::{FORMAT_VERSION, MAX_FILE_BYTES};
pub use write::{
    backup_path, file_stem_for, save, save_keeping_backup, save_map, save_to, save_unless_changed,
    to_ron_string,
};
