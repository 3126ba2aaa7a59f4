//! A reviewer's response recorded whole: its comments and its verdict in one
//! transaction, started only after every check passed, so that a refused
//! response leaves nothing behind.

use chrono::{DateTime, Local};
use rusqlite::params;

use super::protocols::{ApprovalMethod, insert_approval};
use super::{Result, Store, limits, log, stamp};

/// What a response does to its version besides leaving its comments.
pub enum ReviewOutcome {
    /// The reviewer approves; `complete` when the version is then approved.
    Approve { method: ApprovalMethod, complete: bool },
    /// Returned with comments: the next save makes a new draft.
    Return,
    /// Comments only: neither approves nor returns.
    Comments,
}

impl Store {
    /// Records a response to the version `id` (which has the text `sha256`).
    pub fn record_review(
        &mut self,
        id: i64,
        sha256: &str,
        reviewer: &str,
        comments: &[(Option<String>, String)],
        outcome: &ReviewOutcome,
        at: DateTime<Local>,
    ) -> Result<()> {
        limits::comments(reviewer, comments)?;
        self.check_approvable(id, sha256)?;
        let when = stamp(at);
        self.write(|tx| {
            for (item, text) in comments {
                tx.execute(
                    "INSERT INTO review_comment (version_id, reviewer, item_title, text, received_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![id, reviewer, item, text, when],
                )?;
            }
            log(
                tx,
                "protocol.comments",
                &format!("{id} {reviewer} {}", comments.len()),
            )?;
            match outcome {
                ReviewOutcome::Approve { method, complete } => {
                    insert_approval(tx, id, reviewer, sha256, method, *complete, &when)
                }
                ReviewOutcome::Return => {
                    tx.execute(
                        "UPDATE protocol_version SET state = 'returned', decided_at = ?2 WHERE id = ?1",
                        params![id, when],
                    )?;
                    log(tx, "protocol.state", &format!("{id} returned"))
                }
                ReviewOutcome::Comments => Ok(()),
            }
        })
    }
}
