//! Filing recorded entries. Enter makes an entry durable as one row in
//! `entry_pending` (migration 12). Filing moves it into the entry table (where
//! a trigger numbers a decision), puts its words into the search index and
//! drops the draft it was typed in: one second transaction for all of it.

use rusqlite::params;

use super::search::index_entry;
use super::{Result, Store};

/// The id the next recorded entry gets: after every entry, filed or waiting.
/// Entries are only ever added through `entry_pending`, so ids keep growing.
pub(super) const NEXT_ENTRY_ID: &str =
    "max((SELECT coalesce(max(id), 0) FROM entry), (SELECT coalesce(max(id), 0) FROM entry_pending)) + 1";

impl Store {
    /// Files entries when some may wait here: recorded by this store and not
    /// filed, or left by a killed fora that opening could not file. Costs
    /// nothing otherwise, so it runs before every write and after every frame.
    pub fn settle_unfiled(&mut self) -> Result<Filed> {
        if !self.unsettled {
            return Ok(Filed::default());
        }
        self.settle_entries()
    }

    /// Whether anything waits to be filed: recorded entries, or entries that a
    /// fora before schema 12 committed without putting them into the search index.
    pub fn settle_behind(&self) -> Result<bool> {
        let behind: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM entry_pending)
                 OR coalesce((SELECT max(id) FROM entry), 0) > (SELECT entries_upto FROM search_progress)",
            [],
            |r| r.get(0),
        )?;
        Ok(behind)
    }

    /// Files every recorded entry, in the order they were recorded, in one
    /// transaction; says how many went into the search index, and how many
    /// had to take another id.
    pub fn settle_entries(&mut self) -> Result<Filed> {
        if !self.settle_behind()? {
            self.unsettled = false;
            return Ok(Filed::default());
        }
        let filed = self.transaction(|tx| {
            // Read inside the transaction: another fora may have just done it.
            let mut upto: i64 = tx.query_row("SELECT entries_upto FROM search_progress", [], |r| r.get(0))?;
            let mut filed = Filed::default();

            // Entries that a fora before schema 12 committed without indexing them.
            let unindexed: Vec<(i64, String, bool)> = tx
                .prepare_cached("SELECT id, text, deleted_at IS NULL FROM entry WHERE id > ?1 ORDER BY id")?
                .query_map([upto], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (id, text, live) in &unindexed {
                // A deleted entry is kept out of the index, as the update trigger does.
                if *live {
                    index_entry(tx, *id, text)?;
                }
                upto = upto.max(*id);
                filed.entries += 1;
            }

            let waiting: Vec<(i64, i64, String, Option<String>)> = tx
                .prepare_cached("SELECT id, meeting_id, text, draft_slot FROM entry_pending ORDER BY id")?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (id, meeting_id, text, draft_slot) in &waiting {
                // A fora before schema 12, still running on the file when it was
                // upgraded, adds entries with the next id itself and may have
                // taken this one: the entry then gets the next free id.
                let taken: bool = tx
                    .prepare_cached("SELECT EXISTS (SELECT 1 FROM entry WHERE id = ?1)")?
                    .query_row([id], |r| r.get(0))?;
                let entry_id = if taken {
                    filed.renumbered += 1;
                    tx.query_row(&format!("SELECT {NEXT_ENTRY_ID}"), [], |r| r.get(0))?
                } else {
                    *id
                };
                tx.prepare_cached(
                    "INSERT INTO entry (id, meeting_id, item_id, kind, text, owner, due, target_forum, parties, recorded_at)
                     SELECT ?2, meeting_id, item_id, kind, text, owner, due, target_forum, parties, recorded_at
                     FROM entry_pending WHERE id = ?1",
                )?
                .execute([id, &entry_id])?;
                index_entry(tx, entry_id, text)?;
                // A draft saved in this slot after the entry was recorded
                // cleared the slot here (save_draft), so this is the entry's own.
                if let Some(slot) = draft_slot {
                    tx.prepare_cached("DELETE FROM draft WHERE meeting_id = ?1 AND slot = ?2")?
                        .execute(params![meeting_id, slot])?;
                }
                tx.prepare_cached("DELETE FROM entry_pending WHERE id = ?1")?
                    .execute([id])?;
                // An entry recorded by another fora may be filed after a later one:
                // the mark only moves forward, and the entry is indexed all the same.
                upto = upto.max(entry_id);
                filed.entries += 1;
            }
            tx.execute("UPDATE search_progress SET entries_upto = ?1", [upto])?;
            Ok(filed)
        })?;
        self.unsettled = false;
        Ok(filed)
    }
}

/// What [`Store::settle_entries`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filed {
    /// Entries put into the search index: those filed, and any an older fora left unindexed.
    pub entries: usize,
    /// Entries filed under another id than the one they were recorded with.
    pub renumbered: usize,
}
