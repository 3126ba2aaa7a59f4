//! Where fora keeps its database when the user names none.

use std::path::PathBuf;

use directories::ProjectDirs;

/// `fora.db` in the platform's data directory, e.g. `~/.local/share/fora/` on Linux.
pub fn default_database() -> Option<PathBuf> {
    ProjectDirs::from("se", "fora", "fora").map(|dirs| dirs.data_dir().join("fora.db"))
}

/// The private key `fora key generate` writes when told no other place, and
/// signing uses when given none: `fora_ed25519` in the platform's config
/// directory, e.g. `~/.config/fora/` on Linux.
pub fn default_key() -> Option<PathBuf> {
    ProjectDirs::from("se", "fora", "fora").map(|dirs| dirs.config_dir().join("fora_ed25519"))
}

/// Where `fora review` keeps its draft and writes the response when the
/// review file's folder cannot be written (a mail client's temporary folder,
/// a read-only share): `reviews` in the platform's data directory, e.g.
/// `~/.local/share/fora/reviews/` on Linux (`XDG_DATA_HOME` moves it).
pub fn review_fallback() -> Option<PathBuf> {
    ProjectDirs::from("se", "fora", "fora").map(|dirs| dirs.data_dir().join("reviews"))
}
