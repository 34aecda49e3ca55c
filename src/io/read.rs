//! Reading a file that a user named: a regular file of bounded size, refused at once when
//! it is a folder, a device or a pipe (reading `/dev/zero` or a FIFO would never end).

use std::io::Read as _;
use std::path::Path;

use crate::tr;

/// Why a file could not be read, worded for the user.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{}", tr!("io-no-such-file"))]
    NotFound,
    #[error("{}", tr!("io-permission-denied"))]
    PermissionDenied,
    #[error("{}", tr!("io-is-folder"))]
    Folder,
    /// A device, a pipe or a socket.
    #[error("{}", tr!("io-not-regular"))]
    NotRegular,
    /// Larger than the limit, by its size in bytes.
    #[error("{}", too_large(*bytes, *limit))]
    TooLarge { bytes: u64, limit: u64 },
    #[error("{}", tr!("io-could-not-read", reason = super::error::reason(.0)))]
    Other(std::io::Error),
}

impl From<std::io::Error> for ReadError {
    fn from(error: std::io::Error) -> Self {
        match error.kind() {
            std::io::ErrorKind::NotFound => Self::NotFound,
            std::io::ErrorKind::PermissionDenied => Self::PermissionDenied,
            std::io::ErrorKind::IsADirectory => Self::Folder,
            _ => Self::Other(error),
        }
    }
}

/// Both sizes exactly, in bytes, and the limit in MiB as people know it.
fn too_large(bytes: u64, limit: u64) -> String {
    let exact = |n: u64| crate::i18n::integer(i64::try_from(n).unwrap_or(i64::MAX));
    tr!(
        "io-too-large",
        size = exact(bytes),
        limit = exact(limit),
        mib = (limit / (1024 * 1024)).to_string()
    )
}

/// The bytes of the regular file at `path`, at most `limit` of them: a larger file is
/// refused without being read, and reading stops at the limit even if the file grows.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    // Looked at before opening: opening a pipe waits for a writer, forever.
    let metadata = std::fs::metadata(path)?;
    if metadata.is_dir() {
        return Err(ReadError::Folder);
    }
    if !metadata.is_file() {
        return Err(ReadError::NotRegular);
    }
    if metadata.len() > limit {
        return Err(ReadError::TooLarge {
            bytes: metadata.len(),
            limit,
        });
    }
    let file = std::fs::File::open(path)?;
    // Something else may have taken the name meanwhile.
    if !file.metadata()?.is_file() {
        return Err(ReadError::NotRegular);
    }
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        let size = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        return Err(ReadError::TooLarge {
            bytes: size.max(bytes.len() as u64),
            limit,
        });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(path: &Path, limit: u64) -> String {
        crate::i18n::set_language(crate::i18n::Language::English);
        read_regular(path, limit).map_or_else(|e| e.to_string(), |_| "read".to_owned())
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_pipes_are_refused_at_once() -> std::io::Result<()> {
        let not_regular = "this is not a regular file but a device, a pipe or a socket; \
                           polku reads only regular files";
        assert_eq!(message(Path::new("/dev/zero"), 100), not_regular);
        let folder = tempfile::tempdir()?;
        let fifo = folder.path().join("fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status()?;
        assert!(made.success());
        // Would wait forever for a writer if it were opened.
        assert_eq!(message(&fifo, 100), not_regular);
        assert_eq!(
            message(folder.path(), 100),
            "this is a folder, not a map file"
        );
        Ok(())
    }

    #[test]
    fn a_file_over_the_limit_gives_both_sizes_exactly() -> std::io::Result<()> {
        let folder = tempfile::tempdir()?;
        let path = folder.path().join("big.ron");
        std::fs::write(&path, vec![b' '; 3 * 1024 * 1024 + 1])?;
        assert_eq!(
            message(&path, 3 * 1024 * 1024),
            "the file is 3,145,729 bytes; polku reads files up to 3,145,728 bytes (3 MiB)"
        );
        assert_eq!(message(&path, 3 * 1024 * 1024 + 1), "read");
        Ok(())
    }
}
