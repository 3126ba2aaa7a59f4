//! The files the review writes next to the review file, or in a folder of
//! fora's own when the review file's folder cannot be written: the response,
//! never over an existing one, and the draft of the work in progress. Each
//! is written whole to a temporary file first, so a crash leaves either the
//! old file or the new one, never half of it.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::protocol::review::Verdict;

/// The format of a draft; a draft of another format is not restored.
pub const DRAFT_FORMAT: &str = "fora.review-draft/1";

/// The reviewer's work in progress, as kept next to the review file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub format: String,
    /// The version the comments were written for: a draft is only offered
    /// for the same version.
    pub version_sha256: String,
    pub saved_at: String,
    #[serde(default)]
    pub reviewer: String,
    #[serde(default)]
    pub verdict: Option<Verdict>,
    #[serde(default)]
    pub comments: Vec<DraftComment>,
    /// The comment being typed when the draft was kept.
    #[serde(default)]
    pub editing: Option<DraftComment>,
}

/// One comment of a draft: `index` 0 is the whole protocol, 1 the first item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftComment {
    pub index: usize,
    /// The item's title, for a person reading the draft file.
    pub item: Option<String>,
    pub text: String,
}

/// What was found where a draft would be.
#[derive(Debug)]
pub enum Found {
    Nothing,
    Draft(Box<Draft>),
    /// A file that is not a draft this fora reads, with why.
    Unreadable(String),
}

/// Where one review's response and draft go: a folder, and the review
/// file's name without its extension, which starts every file's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub dir: PathBuf,
    stem: String,
}

impl Place {
    /// Next to the review file.
    pub fn beside(review: &Path) -> Place {
        let dir = match review.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
            _ => PathBuf::from("."),
        };
        Place::within(&dir, review)
    }

    /// In `dir`, under the review file's name.
    pub fn within(dir: &Path, review: &Path) -> Place {
        let stem = review
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "review".into());
        Place {
            dir: dir.to_path_buf(),
            stem,
        }
    }

    /// The `n`th name for a response: `<stem>.response.json`, then
    /// `<stem>.response-2.json`, `-3` and so on.
    pub fn response_path(&self, n: u32) -> PathBuf {
        let stem = &self.stem;
        if n <= 1 {
            self.dir.join(format!("{stem}.response.json"))
        } else {
            self.dir.join(format!("{stem}.response-{n}.json"))
        }
    }

    pub fn draft_path(&self) -> PathBuf {
        self.dir.join(format!("{}.response.draft.json", self.stem))
    }

    /// Makes the folder if it is missing (only its owner may enter one made
    /// here): fora's own, not the review file's, which is there or gone.
    pub fn make(&self) -> io::Result<()> {
        use std::os::unix::fs::DirBuilderExt;
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&self.dir)
    }
}

/// Whether a file can be made in `dir`: tried with a file that is removed
/// at once, as permissions alone do not tell (a read-only share, root).
pub fn can_write(dir: &Path) -> bool {
    let probe = dir.join(format!(".fora-write-test.{}.tmp", std::process::id()));
    let _ = fs::remove_file(&probe);
    let made = crate::files::private_new(&probe).is_ok();
    if made {
        let _ = fs::remove_file(&probe);
    }
    made
}

/// Writes `content` to a temporary file beside `target`, on disk before it returns.
fn write_temp(target: &Path, content: &str) -> io::Result<PathBuf> {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // The process id keeps two fora on the same file from sharing a temp file.
    let temp = target.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    // A temp file left by a killed fora of the same process id is replaced.
    let _ = fs::remove_file(&temp);
    let mut file = crate::files::private_new(&temp)?;
    let written = file.write_all(content.as_bytes()).and_then(|()| file.sync_all());
    if let Err(e) = written {
        let _ = fs::remove_file(&temp);
        return Err(e);
    }
    Ok(temp)
}

/// Gives `temp` the name `target` unless that name is taken. A hard link
/// fails on a taken name where a rename would replace the file; a rename is
/// the fallback on file systems without hard links.
fn publish(temp: &Path, target: &Path) -> io::Result<bool> {
    match fs::hard_link(temp, target) {
        Ok(()) => {
            let _ = fs::remove_file(temp);
            Ok(true)
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(false),
        Err(_) if !target.exists() => fs::rename(temp, target).map(|()| true),
        Err(e) => Err(e),
    }
}

/// Writes a response in `place` under the first free name; returns it.
pub fn write_response(place: &Place, content: &str) -> io::Result<PathBuf> {
    let first = place.response_path(1);
    let temp = write_temp(&first, content)?;
    let mut result = Err(io::Error::other("no free file name for the response"));
    for n in 1..10_000 {
        let target = place.response_path(n);
        if target.exists() {
            continue;
        }
        match publish(&temp, &target) {
            Ok(true) => {
                result = Ok(target);
                break;
            }
            // Taken between the check and the link: try the next name.
            Ok(false) => continue,
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Replaces the draft in `place` with `draft`.
pub fn write_draft(place: &Place, draft: &Draft) -> io::Result<()> {
    let target = place.draft_path();
    let content = serde_json::to_string_pretty(draft).map_err(io::Error::other)?;
    let temp = write_temp(&target, &content)?;
    fs::rename(&temp, &target).inspect_err(|_| {
        let _ = fs::remove_file(&temp);
    })
}

pub fn remove_draft(place: &Place) -> io::Result<()> {
    match fs::remove_file(place.draft_path()) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

pub fn read_draft(place: &Place) -> Found {
    let bytes = match fs::read(place.draft_path()) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Found::Nothing,
        Err(e) => return Found::Unreadable(e.to_string()),
    };
    match serde_json::from_slice::<Draft>(&bytes) {
        Ok(draft) if draft.format == DRAFT_FORMAT => Found::Draft(Box::new(draft)),
        Ok(draft) => Found::Unreadable(format!("format {}", draft.format)),
        Err(e) => Found::Unreadable(e.to_string()),
    }
}

/// Moves the draft in `place` out of the way under a name of its own
/// (`<stem>.response.draft.old.json`, `-2` …), so that a draft made for
/// another version is kept rather than overwritten by the new work.
pub fn set_draft_aside(place: &Place) -> io::Result<PathBuf> {
    let from = place.draft_path();
    for n in 1..10_000 {
        let suffix = if n == 1 { String::new() } else { format!("-{n}") };
        let to = place
            .dir
            .join(format!("{}.response.draft.old{suffix}.json", place.stem));
        if to.exists() {
            continue;
        }
        if publish(&from, &to)? {
            return Ok(to);
        }
    }
    Err(io::Error::other("no free file name to keep the old draft under"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sit_next_to_the_review_file() {
        let review = Path::new("/tmp/x/leveransforum-2026-11-02.json");
        let place = Place::beside(review);
        assert_eq!(
            place.response_path(1),
            Path::new("/tmp/x/leveransforum-2026-11-02.response.json")
        );
        assert_eq!(
            place.response_path(3),
            Path::new("/tmp/x/leveransforum-2026-11-02.response-3.json")
        );
        assert_eq!(
            Place::beside(Path::new("granska.json")).draft_path(),
            Path::new("./granska.response.draft.json")
        );
        assert_eq!(
            Place::within(Path::new("/data/reviews"), review).draft_path(),
            Path::new("/data/reviews/leveransforum-2026-11-02.response.draft.json")
        );
    }
}
