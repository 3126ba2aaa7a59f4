//! The user's files: written whole or not at all, and read or written with
//! an error that names the file and the reason in the user's language.

use std::ffi::OsString;
use std::fmt;
use std::fs::{self, DirBuilder, OpenOptions};
use std::io::{self, ErrorKind, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use crate::i18n::Message;
use crate::text::inert;

/// A file that could not be read or written. The io::Error is kept as a
/// plain field, not as the error's source, so that no English system text
/// is printed after the message.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    Read { path: PathBuf, cause: io::Error },
    Write { path: PathBuf, cause: io::Error },
}

impl FileError {
    pub fn message(&self) -> Message {
        let (key, path, cause) = match self {
            FileError::Read { path, cause } => ("err-file-read", path, cause),
            FileError::Write { path, cause } => ("err-file-write", path, cause),
        };
        Message::new(key)
            .arg("path", inert(&path.display().to_string()))
            .arg("reason", io_reason(cause).to_string())
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

/// Reads a whole file.
pub fn read(path: &Path) -> Result<Vec<u8>, FileError> {
    fs::read(path).map_err(|cause| FileError::Read {
        path: path.to_path_buf(),
        cause,
    })
}

/// Writes a whole file (see [`write_whole`]).
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    write_whole(path, bytes).map_err(|cause| FileError::Write {
        path: path.to_path_buf(),
        cause,
    })
}

/// Why the system refused, by the kind of error: the system's own text is
/// English, so only the error number is kept from it.
pub fn io_reason(e: &io::Error) -> Message {
    let key = match e.kind() {
        ErrorKind::NotFound => "err-io-not-found",
        ErrorKind::PermissionDenied => "err-io-permission",
        ErrorKind::AlreadyExists => "err-io-exists",
        ErrorKind::IsADirectory => "err-io-is-a-directory",
        ErrorKind::NotADirectory => "err-io-not-a-directory",
        ErrorKind::ReadOnlyFilesystem => "err-io-read-only",
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "err-io-full",
        ErrorKind::InvalidInput | ErrorKind::InvalidFilename => "err-io-bad-name",
        _ => "err-io-other",
    };
    Message::new(key).arg("code", e.raw_os_error().unwrap_or(0))
}

/// Writes `bytes` to a temporary file beside `path`, syncs it and renames it
/// into place, so a failure (a full disk, a killed process) never leaves half
/// a file under the real name. A missing folder is created. The file is
/// readable by its owner only, like the database: protocols and review files
/// hold what a meeting said, whatever the umask.
pub fn write_whole(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !dir.exists() {
        // A file where a folder should be is "already exists" to the system.
        DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| match e.kind() {
                ErrorKind::AlreadyExists => io::Error::from(ErrorKind::NotADirectory),
                _ => e,
            })?;
    }
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::from(ErrorKind::InvalidFilename))?;
    let mut temp_name = OsString::from(".");
    temp_name.push(name);
    temp_name.push(format!(".{}.tmp", std::process::id()));
    let temp = dir.join(temp_name);
    let written = (|| {
        let mut file = private_new(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temp, path)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written
}

/// Creates a new file that only its owner can read and write.
pub fn private_new(path: &Path) -> io::Result<fs::File> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}
