//! Where fora keeps its database when the user names none.

use std::path::PathBuf;

use directories::ProjectDirs;

/// `fora.db` in the platform's data directory, e.g. `~/.local/share/fora/` on Linux.
pub fn default_database() -> Option<PathBuf> {
    ProjectDirs::from("se", "fora", "fora").map(|dirs| dirs.data_dir().join("fora.db"))
}
