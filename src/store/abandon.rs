//! A meeting started that should not have been: discarded when nothing was
//! recorded in it, as if never started; otherwise cancelled, with a reason,
//! as that meeting rather than a new one.

use chrono::{DateTime, Local};
use rusqlite::{Connection, params};

use super::{Field, Result, Store, StoreError, limits, log, stamp, touch};

/// Whether anything was recorded in the meeting: an entry (also one deleted
/// since, whose number was given), a roll-call mark or a guest, an earlier
/// action marked done there, a protocol version, or a draft (typed text is
/// never thrown away unasked).
pub(super) fn has_content(tx: &Connection, meeting_id: i64) -> Result<bool> {
    Ok(tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM entry WHERE meeting_id = ?1)
             OR EXISTS (SELECT 1 FROM entry WHERE done_meeting_id = ?1)
             OR EXISTS (SELECT 1 FROM attendance WHERE meeting_id = ?1
                          AND (status <> 'unmarked' OR seat IS NULL OR joined_at IS NOT NULL
                               OR left_at IS NOT NULL))
             OR EXISTS (SELECT 1 FROM protocol_version WHERE meeting_id = ?1)
             OR EXISTS (SELECT 1 FROM draft WHERE meeting_id = ?1)",
        [meeting_id],
        |r| r.get(0),
    )?)
}

impl Store {
    /// Whether anything was recorded in the meeting, so that it can only be
    /// cancelled, not discarded.
    pub fn meeting_has_content(&self, meeting_id: i64) -> Result<bool> {
        has_content(&self.conn, meeting_id)
    }

    /// Removes a meeting in which nothing was recorded, with its roster,
    /// agenda and drafts: it leaves no meeting behind for the status, the
    /// latest meeting or the cadence. Points it took up are free again.
    pub fn discard_meeting(&mut self, meeting_id: i64) -> Result<()> {
        self.write(|tx| {
            touch(tx, "meeting", meeting_id)?;
            if has_content(tx, meeting_id)? {
                return Err(StoreError::MeetingNotEmpty(meeting_id));
            }
            tx.execute(
                "UPDATE planned_change SET item_id = NULL
                 WHERE item_id IN (SELECT id FROM agenda_item WHERE meeting_id = ?1)",
                [meeting_id],
            )?;
            tx.execute(
                "UPDATE proposal SET meeting_id = NULL WHERE meeting_id = ?1",
                [meeting_id],
            )?;
            tx.execute("DELETE FROM meeting_lock WHERE meeting_id = ?1", [meeting_id])?;
            let forum_date: String = tx.query_row(
                "SELECT forum_id || ' ' || date FROM meeting WHERE id = ?1",
                [meeting_id],
                |r| r.get(0),
            )?;
            tx.execute("DELETE FROM meeting WHERE id = ?1", [meeting_id])?;
            // Named with the meeting, so that a later meeting given the same
            // id never undoes what was done in this one.
            tx.execute(
                "INSERT INTO history (at, action, detail, meeting_id) VALUES (?1, 'meeting.discard', ?2, ?3)",
                params![
                    Local::now().to_rfc3339(),
                    format!("{meeting_id} {forum_date}"),
                    meeting_id
                ],
            )?;
            Ok(())
        })
    }

    /// Marks this meeting cancelled, and why: it was started but is not held.
    pub fn cancel_started_meeting(
        &mut self,
        meeting_id: i64,
        reason: &str,
        at: DateTime<Local>,
    ) -> Result<()> {
        let reason = limits::text(Field::CancelReason, reason, limits::REASON, true)?;
        self.write(|tx| {
            touch(tx, "meeting", meeting_id)?;
            tx.execute(
                "UPDATE meeting SET status = 'cancelled', cancel_reason = ?2, ended_at = ?3,
                    current_item_id = NULL, current_item_since = NULL WHERE id = ?1",
                params![meeting_id, reason, stamp(at)],
            )?;
            log(tx, "meeting.cancel", &meeting_id.to_string())
        })
    }
}
