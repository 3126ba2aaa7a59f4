//! Drafts: text being typed, kept every few seconds so that a crash loses
//! nothing, one per meeting and editor.

use chrono::{DateTime, Local};
use rusqlite::params;

use serde::Serialize;

use super::{Result, Store, stamp};
use crate::domain::records::{Draft, DraftSlot};

/// A meeting left going on, or with text typed and not saved: what a crash
/// or a closed terminal leaves for the home screen to offer back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unfinished {
    pub meeting_id: i64,
    pub forum_id: String,
    pub date: String,
    pub running: bool,
    pub drafts: i64,
}

impl Store {
    /// Keeps the text of an editor; one draft per meeting and slot.
    pub fn save_draft(
        &mut self,
        meeting_id: i64,
        slot: DraftSlot,
        content: &str,
        at: DateTime<Local>,
    ) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO draft (meeting_id, slot, content, saved_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (meeting_id, slot) DO UPDATE SET content = excluded.content, saved_at = excluded.saved_at",
                params![meeting_id, slot, content, stamp(at)],
            )?;
            Ok(())
        })
    }

    /// The drafts of a meeting to offer back.
    pub fn drafts(&self, meeting_id: i64) -> Result<Vec<Draft>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT slot, content, saved_at FROM draft WHERE meeting_id = ?1 ORDER BY saved_at",
        )?;
        let list = stmt
            .query_map([meeting_id], |r| {
                Ok(Draft {
                    slot: r.get(0)?,
                    content: r.get(1)?,
                    saved_at: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// Meetings going on or with drafts waiting, newest first; a cancelled
    /// meeting's drafts wait for no one.
    pub fn unfinished(&self) -> Result<Vec<Unfinished>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.id, m.forum_id, m.date, m.status = 'in_progress',
                    (SELECT count(*) FROM draft d WHERE d.meeting_id = m.id)
             FROM meeting m
             WHERE m.status = 'in_progress'
                OR (m.status != 'cancelled' AND m.id IN (SELECT meeting_id FROM draft))
             ORDER BY m.date DESC, m.id DESC",
        )?;
        let list = stmt
            .query_map([], |r| {
                Ok(Unfinished {
                    meeting_id: r.get(0)?,
                    forum_id: r.get(1)?,
                    date: r.get(2)?,
                    running: r.get(3)?,
                    drafts: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    pub fn discard_draft(&mut self, meeting_id: i64, slot: DraftSlot) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM draft WHERE meeting_id = ?1 AND slot = ?2",
                params![meeting_id, slot],
            )?;
            Ok(())
        })
    }
}
