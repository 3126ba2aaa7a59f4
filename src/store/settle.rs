//! Filing recorded entries. Enter makes an entry durable as one row in
//! `entry_pending` (migration 12). Filing moves it into the entry table (where
//! a trigger numbers a decision), puts its words into the search index and
//! drops the draft it was typed in: one second transaction for all of it.

use rusqlite::params;

use super::search::index_entry;
use super::{Result, Store};

impl Store {
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
    /// transaction; returns how many entries went into the search index.
    pub fn settle_entries(&mut self) -> Result<usize> {
        if !self.settle_behind()? {
            self.unsettled = false;
            return Ok(0);
        }
        let filed = self.transaction(|tx| {
            // Read inside the transaction: another fora may have just done it.
            let mut upto: i64 = tx.query_row("SELECT entries_upto FROM search_progress", [], |r| r.get(0))?;
            let mut filed = 0;

            // Entries that a fora before schema 12 committed, then was killed before indexing.
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
                filed += 1;
            }

            let waiting: Vec<(i64, i64, String, Option<String>)> = tx
                .prepare_cached("SELECT id, meeting_id, text, draft_slot FROM entry_pending ORDER BY id")?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (id, meeting_id, text, draft_slot) in &waiting {
                tx.prepare_cached(
                    "INSERT INTO entry (id, meeting_id, item_id, kind, text, owner, due, target_forum, parties, recorded_at)
                     SELECT id, meeting_id, item_id, kind, text, owner, due, target_forum, parties, recorded_at
                     FROM entry_pending WHERE id = ?1",
                )?
                .execute([id])?;
                index_entry(tx, *id, text)?;
                // Every write of a store files its entries first, so a draft
                // in this slot was saved before the entry was recorded.
                if let Some(slot) = draft_slot {
                    tx.prepare_cached("DELETE FROM draft WHERE meeting_id = ?1 AND slot = ?2")?
                        .execute(params![meeting_id, slot])?;
                }
                tx.prepare_cached("DELETE FROM entry_pending WHERE id = ?1")?
                    .execute([id])?;
                // An entry recorded by another fora may be filed after a later one:
                // the mark only moves forward, and the entry is indexed all the same.
                upto = upto.max(*id);
                filed += 1;
            }
            tx.execute("UPDATE search_progress SET entries_upto = ?1", [upto])?;
            Ok(filed)
        })?;
        self.unsettled = false;
        Ok(filed)
    }
}
