//! A protocol version's snapshot: the meeting record, the forum as the
//! catalogue had it, and the language. It is what is hashed and approved,
//! and every format of an old version renders from it again.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{Format, MeetingRecord};
use crate::catalog::Forum;
use crate::i18n::{Lang, Message};
use crate::store::{Result, Store, StoreError};

/// The schema of a snapshot; a newer fora may write another.
pub const SCHEMA: &str = "fora.snapshot/1";
/// The schema of a snapshot that lists actions followed up. A fora that
/// reads only version 1 would drop that list without a word, and a
/// reviewer would approve what they were never shown; it refuses version 2
/// instead. Snapshots without the list stay version 1, readable by all.
pub const SCHEMA_2: &str = "fora.snapshot/2";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Snapshot {
    pub schema: String,
    pub lang: Lang,
    pub forum: Forum,
    pub record: MeetingRecord,
}

/// Lower-case hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// A stored protocol snapshot that cannot be read back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SnapshotError {
    NotASnapshot,
    /// A schema this fora does not read.
    Schema(String),
    Damaged,
    /// The snapshot could not be written as JSON; an empty text in its place
    /// would be stored and hashed, so no version is kept.
    NotWritten,
}

impl SnapshotError {
    pub fn message(&self) -> Message {
        match self {
            SnapshotError::NotASnapshot => Message::new("err-snapshot-not-a-snapshot"),
            SnapshotError::Schema(schema) => Message::new("err-snapshot-schema")
                .arg("schema", crate::text::inert(schema))
                .arg("known", format!("{SCHEMA}, {SCHEMA_2}")),
            SnapshotError::Damaged => Message::new("err-snapshot-damaged"),
            SnapshotError::NotWritten => Message::new("err-snapshot-not-written"),
        }
    }
}

impl std::fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl Snapshot {
    /// The meeting as it stands now.
    pub fn of(store: &Store, meeting_id: i64, lang: Lang) -> Result<Snapshot> {
        let record = MeetingRecord::load(store, meeting_id)?;
        let forum = store
            .catalog()?
            .forum(&record.meeting.forum_id)
            .cloned()
            .ok_or_else(|| StoreError::UnknownForum(record.meeting.forum_id.clone()))?;
        let lists_follow_ups = record.items.iter().any(|i| !i.followed_up.is_empty());
        Ok(Snapshot {
            schema: if lists_follow_ups { SCHEMA_2 } else { SCHEMA }.to_string(),
            lang,
            forum,
            record,
        })
    }

    /// The snapshot as the exact text that is stored and hashed.
    pub fn to_json(&self) -> std::result::Result<String, SnapshotError> {
        serde_json::to_string(self).map_err(|_| SnapshotError::NotWritten)
    }

    pub fn from_json(text: &str) -> std::result::Result<Snapshot, SnapshotError> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|_| SnapshotError::NotASnapshot)?;
        match value.get("schema").and_then(|s| s.as_str()) {
            Some(SCHEMA | SCHEMA_2) => {}
            Some(other) => return Err(SnapshotError::Schema(other.to_string())),
            None => return Err(SnapshotError::NotASnapshot),
        }
        serde_json::from_value(value).map_err(|_| SnapshotError::Damaged)
    }

    /// The protocol in one format, saying what it is, exactly as `fora export` writes it.
    pub fn render(
        &self,
        format: Format,
        stamp: &super::stamp::Stamp,
    ) -> std::result::Result<Vec<u8>, super::RenderError> {
        super::export(&self.record, &self.forum, self.lang, format, stamp)
    }
}
