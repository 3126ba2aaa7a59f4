//! Which state of a meeting an export writes: the approved version (the
//! record), another stored version, or the meeting as it stands now.

use super::snapshot::{Snapshot, SnapshotError, sha256_hex};
use super::stamp::Stamp;
use crate::domain::meeting::VersionState;
use crate::i18n::{Lang, Message};
use crate::store::protocols::ProtocolVersion;
use crate::store::{Store, StoreError};

/// A stored version that cannot be read back, or the store failing.
#[derive(Debug, thiserror::Error)]
pub enum EditionError {
    Store(#[from] StoreError),
    Unreadable {
        number: i64,
        problem: SnapshotError,
    },
    /// The meeting as it stands could not be written down as a snapshot.
    Snapshot(#[from] SnapshotError),
    NoSuchVersion(i64),
}

impl EditionError {
    pub fn message(&self) -> Message {
        match self {
            EditionError::Store(e) => e.message(),
            EditionError::Unreadable { number, problem } => Message::new("err-cli-version-unreadable")
                .arg("number", *number)
                .arg("problem", problem.to_string()),
            EditionError::Snapshot(e) => e.message(),
            EditionError::NoSuchVersion(number) => Message::new("err-no-such-version").arg("number", *number),
        }
    }
}

impl std::fmt::Display for EditionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

type Result<T> = std::result::Result<T, EditionError>;

/// What `fora export` is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edition {
    /// The newest approved version if there is one, else the meeting as it stands.
    Record,
    /// The stored version with this number.
    Version(i64),
    /// The meeting as it stands now.
    Current,
}

/// What to render and what it says it is.
pub fn choose(store: &Store, meeting_id: i64, lang: Lang, edition: Edition) -> Result<(Snapshot, Stamp)> {
    let versions = store.versions(meeting_id)?;
    let stored = match edition {
        Edition::Record => versions.iter().rev().find(|v| v.state == VersionState::Approved),
        Edition::Version(n) => match versions.iter().find(|v| v.number == n) {
            Some(v) => Some(v),
            None => return Err(EditionError::NoSuchVersion(n)),
        },
        Edition::Current => None,
    };
    if let Some(v) = stored {
        return stored_edition(store, v);
    }
    let snapshot = Snapshot::of(store, meeting_id, lang)?;
    let sha = sha256_hex(snapshot.to_json()?.as_bytes());
    let stamp = match versions.last() {
        // The meeting stands exactly as its approved version: that is what it is.
        Some(v) if v.sha256 == sha && v.state == VersionState::Approved => {
            Stamp::of(v, &store.approvals(v.id)?)
        }
        _ => Stamp::Draft {
            version: Stamp::live_number(&versions, &sha),
        },
    };
    Ok((snapshot, stamp))
}

/// A stored version as it was hashed, with its stamp.
pub fn stored_edition(store: &Store, v: &ProtocolVersion) -> Result<(Snapshot, Stamp)> {
    let content = store.version_content(v.id)?;
    let snapshot = Snapshot::from_json(&content).map_err(|problem| EditionError::Unreadable {
        number: v.number,
        problem,
    })?;
    Ok((snapshot, Stamp::of(v, &store.approvals(v.id)?)))
}

/// Keeps the meeting as it stands as its current version (see
/// [`Store::save_version`]): the draft brought up to date, or a new version
/// after one was sent or approved. Returns the version and whether anything was written.
pub fn keep_current(
    store: &mut Store,
    meeting_id: i64,
    lang: Lang,
    at: chrono::DateTime<chrono::Local>,
) -> Result<(ProtocolVersion, bool)> {
    // The language a version was sent in is not a change: compared in any
    // other, an unchanged meeting would look changed after approval.
    let lang = match store.versions(meeting_id)?.pop() {
        Some(v) if v.state != VersionState::Draft => {
            Lang::ALL.into_iter().find(|l| l.code() == v.lang).unwrap_or(lang)
        }
        _ => lang,
    };
    let snapshot = Snapshot::of(store, meeting_id, lang)?;
    let content = snapshot.to_json()?;
    let sha = sha256_hex(content.as_bytes());
    Ok(store.save_version(meeting_id, &content, &sha, lang.code(), at)?)
}
