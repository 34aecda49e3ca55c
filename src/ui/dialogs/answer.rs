//! The answers a question in the window can get.

/// The user's answer to a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Save,
    Discard,
    Cancel,
    /// Seen (a problem's OK).
    Ok,
    /// Replace the map with the file on disk.
    Reload,
    /// Keep the map on screen over the changed file.
    KeepMine,
    /// Show what differs between the map and the file.
    Compare,
    /// Replace the file that is there.
    Replace,
}
