//! Protocol versions and their approval (justering): draft -> for review ->
//! approved, or returned with comments -> a new draft. A version that has
//! been sent never changes; the database refuses it (a trigger).

use chrono::{DateTime, Local};
use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;

use super::{Record, Result, Store, StoreError, limits, log, stamp};
use crate::domain::meeting::VersionState;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProtocolVersion {
    pub id: i64,
    pub meeting_id: i64,
    pub number: i64,
    pub state: VersionState,
    pub lang: String,
    pub sha256: String,
    pub created_at: String,
    pub sent_at: Option<String>,
    pub decided_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Approval {
    pub approver: String,
    pub approved_at: String,
    pub sha256: String,
    #[serde(flatten)]
    pub method: ApprovalMethod,
}

/// How an approval was given: signed with the approver's own key, or
/// recorded by someone else (said in the room or by mail), not signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "method")]
pub enum ApprovalMethod {
    Signed {
        /// The exact bytes signed: the approval message or the review response.
        signed_text: String,
        signature: String,
        fingerprint: String,
    },
    Recorded {
        recorded_by: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewComment {
    pub reviewer: String,
    pub item_title: Option<String>,
    pub text: String,
    pub received_at: String,
}

/// A version waiting for approval, with its forum and meeting day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Awaiting {
    #[serde(flatten)]
    pub version: ProtocolVersion,
    pub forum_id: String,
    pub date: String,
}

pub(super) const COLUMNS: &str =
    "id, meeting_id, number, state, lang, sha256, created_at, sent_at, decided_at";

/// A version row followed by its meeting's forum and date (columns 9 and 10).
pub(super) fn awaiting_row(r: &Row) -> rusqlite::Result<Awaiting> {
    Ok(Awaiting {
        version: version_row(r)?,
        forum_id: r.get(9)?,
        date: r.get(10)?,
    })
}

fn version_row(r: &Row) -> rusqlite::Result<ProtocolVersion> {
    let state: String = r.get(3)?;
    Ok(ProtocolVersion {
        id: r.get(0)?,
        meeting_id: r.get(1)?,
        number: r.get(2)?,
        state: VersionState::from_id(&state).ok_or_else(|| {
            rusqlite::Error::InvalidColumnName(format!("unexpected version state `{state}`"))
        })?,
        lang: r.get(4)?,
        sha256: r.get(5)?,
        created_at: r.get(6)?,
        sent_at: r.get(7)?,
        decided_at: r.get(8)?,
    })
}

fn insert_comments(
    tx: &rusqlite::Connection,
    id: i64,
    reviewer: &str,
    comments: &[(Option<String>, String)],
    when: &str,
) -> Result<()> {
    for (item, text) in comments {
        tx.execute(
            "INSERT INTO review_comment (version_id, reviewer, item_title, text, received_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, reviewer, item, text, when],
        )?;
    }
    Ok(())
}

impl Store {
    /// Keeps `content` as the meeting's current protocol. The same content
    /// as the latest version changes nothing; a draft is brought up to date;
    /// after a version was sent, a new version (number + 1) is made, and
    /// one still out for justering is superseded.
    /// Returns the version and whether anything was written.
    pub fn save_version(
        &mut self,
        meeting_id: i64,
        content: &str,
        sha256: &str,
        lang: &str,
        at: DateTime<Local>,
    ) -> Result<(ProtocolVersion, bool)> {
        let latest = self.versions(meeting_id)?.pop();
        if let Some(v) = &latest
            && v.sha256 == sha256
        {
            return Ok((v.clone(), false));
        }
        let when = stamp(at);
        let id = self.write(|tx| {
            match &latest {
                Some(v) if v.state == VersionState::Draft => {
                    tx.execute(
                        "UPDATE protocol_version SET content = ?2, sha256 = ?3, lang = ?4, created_at = ?5 WHERE id = ?1",
                        params![v.id, content, sha256, lang, when],
                    )?;
                    log(tx, "protocol.draft", &format!("{meeting_id} v{}", v.number))?;
                    Ok(v.id)
                }
                _ => {
                    // A version still out for justering is no longer what is
                    // asked for: nobody may approve it after this.
                    if let Some(v) = latest.as_ref().filter(|v| v.state == VersionState::ForReview) {
                        tx.execute(
                            "UPDATE protocol_version SET state = 'superseded', decided_at = ?2 WHERE id = ?1",
                            params![v.id, when],
                        )?;
                        log(tx, "protocol.state", &format!("{} superseded", v.id))?;
                    }
                    let number = latest.as_ref().map_or(1, |v| v.number + 1);
                    tx.execute(
                        "INSERT INTO protocol_version (meeting_id, number, state, lang, content, sha256, created_at)
                         VALUES (?1, ?2, 'draft', ?3, ?4, ?5, ?6)",
                        params![meeting_id, number, lang, content, sha256, when],
                    )?;
                    let id = tx.last_insert_rowid();
                    log(tx, "protocol.version", &format!("{meeting_id} v{number}"))?;
                    Ok(id)
                }
            }
        })?;
        Ok((self.version(id)?, true))
    }

    pub fn version(&self, id: i64) -> Result<ProtocolVersion> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM protocol_version WHERE id = ?1"),
                [id],
                version_row,
            )
            .optional()?
            .ok_or(StoreError::Missing(Record::ProtocolVersion, id))
    }

    /// The versions of a meeting's protocol, oldest first.
    pub fn versions(&self, meeting_id: i64) -> Result<Vec<ProtocolVersion>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM protocol_version WHERE meeting_id = ?1 ORDER BY number"
        ))?;
        let list = stmt
            .query_map([meeting_id], version_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// The snapshot a version was made from, exactly as hashed.
    pub fn version_content(&self, id: i64) -> Result<String> {
        Ok(self
            .conn
            .query_row("SELECT content FROM protocol_version WHERE id = ?1", [id], |r| {
                r.get(0)
            })?)
    }

    pub fn version_by_sha(&self, sha256: &str) -> Result<Option<ProtocolVersion>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM protocol_version WHERE sha256 = ?1 ORDER BY id DESC LIMIT 1"),
                [sha256],
                version_row,
            )
            .optional()?)
    }

    /// Every version that has been approved, newest first.
    pub fn approved_versions(&self) -> Result<Vec<ProtocolVersion>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM protocol_version WHERE state = 'approved' ORDER BY decided_at DESC, id DESC"
        ))?;
        let list = stmt
            .query_map([], version_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    fn change_state(
        &mut self,
        id: i64,
        from: VersionState,
        to: VersionState,
        at: DateTime<Local>,
    ) -> Result<()> {
        let version = self.version(id)?;
        if version.state != from {
            return Err(StoreError::VersionState {
                number: version.number,
                state: version.state,
                from,
                to,
            });
        }
        let column = if to == VersionState::ForReview {
            "sent_at"
        } else {
            "decided_at"
        };
        self.write(|tx| {
            tx.execute(
                &format!("UPDATE protocol_version SET state = ?2, {column} = ?3 WHERE id = ?1"),
                params![id, to.id(), stamp(at)],
            )?;
            log(tx, "protocol.state", &format!("{id} {}", to.id()))
        })
    }

    /// Draft -> sent for approval.
    pub fn send_for_review(&mut self, id: i64, at: DateTime<Local>) -> Result<()> {
        self.change_state(id, VersionState::Draft, VersionState::ForReview, at)
    }

    /// Records one approver's approval of exactly the version with `sha256`;
    /// when `complete`, the version is approved.
    pub fn approve(
        &mut self,
        id: i64,
        approver: &str,
        sha256: &str,
        method: &ApprovalMethod,
        complete: bool,
        at: DateTime<Local>,
    ) -> Result<()> {
        limits::comments(approver, &[])?;
        self.check_approvable(id, sha256)?;
        let when = stamp(at);
        self.write(|tx| insert_approval(tx, id, approver, sha256, method, complete, &when))
    }

    /// Refuses an approval unless the version awaits approval and has exactly the text `sha256`.
    pub(super) fn check_approvable(&self, id: i64, sha256: &str) -> Result<()> {
        let version = self.version(id)?;
        if version.state != VersionState::ForReview {
            return Err(StoreError::NotForReview {
                number: version.number,
                state: version.state,
            });
        }
        if version.sha256 != sha256 {
            return Err(StoreError::OtherText {
                number: version.number,
                approved: sha256.to_string(),
                version: version.sha256,
            });
        }
        Ok(())
    }

    /// Returns the version with `comments` from `by`, both in one change.
    pub fn return_with_comments(
        &mut self,
        id: i64,
        by: &str,
        comments: &[(Option<String>, String)],
        at: DateTime<Local>,
    ) -> Result<()> {
        limits::comments(by, comments)?;
        let version = self.version(id)?;
        if version.state != VersionState::ForReview {
            return Err(StoreError::NotForReview {
                number: version.number,
                state: version.state,
            });
        }
        let when = stamp(at);
        self.write(|tx| {
            insert_comments(tx, id, by, comments, &when)?;
            tx.execute(
                "UPDATE protocol_version SET state = 'returned', decided_at = ?2 WHERE id = ?1",
                params![id, when],
            )?;
            log(tx, "protocol.state", &format!("{id} returned"))
        })
    }

    /// Sends a returned version again unchanged, as a new version with the
    /// same text: the returned one keeps its comments.
    pub fn resend(&mut self, id: i64, at: DateTime<Local>) -> Result<ProtocolVersion> {
        let version = self.version(id)?;
        if version.state != VersionState::Returned {
            return Err(StoreError::VersionState {
                number: version.number,
                state: version.state,
                from: VersionState::Returned,
                to: VersionState::ForReview,
            });
        }
        let when = stamp(at);
        let new = self.write(|tx| {
            tx.execute(
                "INSERT INTO protocol_version (meeting_id, number, state, lang, content, sha256, created_at, sent_at)
                 SELECT meeting_id, number + 1, 'for_review', lang, content, sha256, ?2, ?2
                 FROM protocol_version WHERE id = ?1",
                params![id, when],
            )?;
            let new = tx.last_insert_rowid();
            log(tx, "protocol.resend", &format!("{} v{}", version.meeting_id, version.number + 1))?;
            Ok(new)
        })?;
        self.version(new)
    }

    pub fn approvals(&self, id: i64) -> Result<Vec<Approval>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT approver, approved_at, sha256, signed_text, signature, fingerprint, recorded_by
             FROM approval WHERE version_id = ?1 ORDER BY id",
        )?;
        let list = stmt
            .query_map([id], |r| {
                let method = match r.get::<_, Option<String>>(6)? {
                    Some(recorded_by) => ApprovalMethod::Recorded { recorded_by },
                    None => ApprovalMethod::Signed {
                        signed_text: r.get(3)?,
                        signature: r.get(4)?,
                        fingerprint: r.get(5)?,
                    },
                };
                Ok(Approval {
                    approver: r.get(0)?,
                    approved_at: r.get(1)?,
                    sha256: r.get(2)?,
                    method,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// Comments from a reviewer on a version: (item title or None, text).
    pub fn add_review_comments(
        &mut self,
        id: i64,
        reviewer: &str,
        comments: &[(Option<String>, String)],
        at: DateTime<Local>,
    ) -> Result<()> {
        limits::comments(reviewer, comments)?;
        let when = stamp(at);
        self.write(|tx| {
            insert_comments(tx, id, reviewer, comments, &when)?;
            log(
                tx,
                "protocol.comments",
                &format!("{id} {reviewer} {}", comments.len()),
            )
        })
    }

    pub fn review_comments(&self, id: i64) -> Result<Vec<ReviewComment>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT reviewer, item_title, text, received_at FROM review_comment WHERE version_id = ?1 ORDER BY id",
        )?;
        let list = stmt
            .query_map([id], |r| {
                Ok(ReviewComment {
                    reviewer: r.get(0)?,
                    item_title: r.get(1)?,
                    text: r.get(2)?,
                    received_at: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// Versions sent for approval and not yet decided, oldest first.
    pub fn awaiting_approval(&self, forum_id: Option<&str>) -> Result<Vec<Awaiting>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT v.id, v.meeting_id, v.number, v.state, v.lang, v.sha256, v.created_at, v.sent_at, v.decided_at,
                    m.forum_id, m.date
             FROM protocol_version v JOIN meeting m ON m.id = v.meeting_id
             WHERE v.state = 'for_review' AND (?1 IS NULL OR m.forum_id = ?1)
             ORDER BY v.sent_at, v.id",
        )?;
        let list = stmt
            .query_map([forum_id], awaiting_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }
}

/// One approver's approval, inside the caller's transaction; when `complete`,
/// the version is approved.
pub(super) fn insert_approval(
    tx: &rusqlite::Connection,
    id: i64,
    approver: &str,
    sha256: &str,
    method: &ApprovalMethod,
    complete: bool,
    when: &str,
) -> Result<()> {
    let (signed_text, signature, fingerprint, recorded_by) = match method {
        ApprovalMethod::Signed {
            signed_text,
            signature,
            fingerprint,
        } => (Some(signed_text), Some(signature), Some(fingerprint), None),
        ApprovalMethod::Recorded { recorded_by } => (None, None, None, Some(recorded_by)),
    };
    tx.execute(
        "INSERT INTO approval (version_id, approver, approved_at, sha256, signed_text, signature, fingerprint, recorded_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (version_id, approver) DO NOTHING",
        params![id, approver, when, sha256, signed_text, signature, fingerprint, recorded_by],
    )?;
    if complete {
        tx.execute(
            "UPDATE protocol_version SET state = 'approved', decided_at = ?2 WHERE id = ?1",
            params![id, when],
        )?;
    }
    let how = match method {
        ApprovalMethod::Signed { fingerprint, .. } => format!("signed {fingerprint}"),
        ApprovalMethod::Recorded { recorded_by } => format!("recorded by {recorded_by}"),
    };
    log(tx, "protocol.approve", &format!("{id} {approver} {how}"))
}
