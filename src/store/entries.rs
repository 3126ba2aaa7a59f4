//! What a meeting records: entries, each added in one transaction with its
//! decision number, search words, history line and the removal of its
//! draft; edited or deleted with the earlier version kept.

use chrono::{DateTime, Local};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::undo::{Change, log_change};
use super::{Field, Record, Result, Store, StoreError, bad, limits, meeting_of_item, stamp};
use crate::domain::meeting::EntryKind;
use crate::domain::records::{DraftSlot, Entry, EntryFields, EntryVersion};

const ENTRY_COLUMNS: &str =
    "id, item_id, kind, text, owner, due, target_forum, parties, done, recorded_at, updated_at";

fn entry_row(r: &Row) -> rusqlite::Result<Entry> {
    Ok(Entry {
        id: r.get(0)?,
        item_id: r.get(1)?,
        kind: r.get(2)?,
        fields: EntryFields {
            text: r.get(3)?,
            owner: r.get(4)?,
            due: r.get(5)?,
            target_forum: r.get(6)?,
            parties: r.get(7)?,
        },
        done: r.get(8)?,
        recorded_at: r.get(9)?,
        updated_at: r.get(10)?,
    })
}

/// Checks an entry's fields before they are saved at `at`.
fn check_fields(kind: EntryKind, fields: &EntryFields, at: DateTime<Local>) -> Result<()> {
    if fields.text.trim().is_empty() {
        return Err(StoreError::Empty(Field::EntryText));
    }
    limits::plain(Field::EntryText, &fields.text, true)?;
    limits::length(Field::EntryText, &fields.text, limits::ENTRY_TEXT)?;
    if let Some(owner) = &fields.owner {
        limits::plain(Field::Owner, owner, false)?;
        limits::length(Field::Owner, owner, limits::NAME)?;
    }
    if let Some(due) = &fields.due {
        limits::due(due, at.date_naive())?;
    }
    if kind == EntryKind::Escalation && fields.target_forum.is_none() {
        return Err(StoreError::EscalationWithoutTarget);
    }
    Ok(())
}

/// An entry's fields as its history keeps them. A version that cannot be
/// written down stops the change rather than leaving an empty line behind.
fn fields_json(fields: &EntryFields) -> Result<String> {
    serde_json::to_string(fields).map_err(|_| StoreError::HistoryNotWritten)
}

impl Store {
    /// How many entries of `kind` there are, not deleted; only the open or
    /// only the done ones when `done` says so. Read from the tally the
    /// schema's triggers keep, so a register states its total at once.
    pub fn tally(&self, kind: EntryKind, done: Option<bool>) -> Result<u64> {
        let n: i64 = self
            .conn
            .prepare_cached(
                "SELECT coalesce(sum(n), 0) FROM entry_tally
                 WHERE kind = ?1 AND (?2 IS NULL OR done = ?2)",
            )?
            .query_row(params![kind, done], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// The entries of a meeting that are not deleted, in the order they were recorded.
    pub fn entries(&self, meeting_id: i64) -> Result<Vec<Entry>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {ENTRY_COLUMNS} FROM entry WHERE meeting_id = ?1 AND deleted_at IS NULL ORDER BY id"
        ))?;
        let list = stmt
            .query_map([meeting_id], entry_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    pub fn entry(&self, entry_id: i64) -> Result<Entry> {
        self.conn
            .prepare_cached(&format!("SELECT {ENTRY_COLUMNS} FROM entry WHERE id = ?1"))?
            .query_row([entry_id], entry_row)
            .optional()?
            .ok_or(StoreError::Missing(Record::Entry, entry_id))
    }

    /// Records an entry on an item in one transaction: the entry row, its
    /// decision number (by trigger), its words in the search index (by
    /// trigger, and in the word list), its line in the history log, and the
    /// removal of the draft it was typed in. When this returns, all of it is on disk.
    pub fn add_entry(
        &mut self,
        item_id: i64,
        kind: EntryKind,
        fields: &EntryFields,
        at: DateTime<Local>,
        draft_slot: Option<DraftSlot>,
    ) -> Result<i64> {
        check_fields(kind, fields, at)?;
        self.write(|tx| {
            let id = insert_entry(tx, item_id, kind, fields, at)?;
            if let Some(slot) = draft_slot {
                tx.prepare_cached(
                    "DELETE FROM draft WHERE slot = ?2 AND meeting_id = (SELECT meeting_id FROM entry WHERE id = ?1)",
                )?
                .execute(params![id, slot])?;
            }
            Ok(id)
        })
    }

    /// Changes an entry; the earlier version goes to its history.
    pub fn edit_entry(
        &mut self,
        entry_id: i64,
        fields: &EntryFields,
        at: DateTime<Local>,
        draft_slot: Option<DraftSlot>,
    ) -> Result<()> {
        let old = self.entry(entry_id)?;
        check_fields(old.kind, fields, at)?;
        let when = stamp(at);
        self.write(|tx| {
            let meeting_id: i64 =
                tx.query_row("SELECT meeting_id FROM entry WHERE id = ?1", [entry_id], |r| {
                    r.get(0)
                })?;
            tx.execute(
                "INSERT INTO entry_history (entry_id, changed_at, change, old) VALUES (?1, ?2, 'edit', ?3)",
                params![entry_id, when, fields_json(&old.fields)?],
            )?;
            if !write_fields(tx, entry_id, fields, &when)? {
                return Err(StoreError::Missing(Record::Entry, entry_id));
            }
            if let Some(slot) = draft_slot {
                tx.execute(
                    "DELETE FROM draft WHERE slot = ?2
                       AND meeting_id = (SELECT meeting_id FROM entry WHERE id = ?1)",
                    params![entry_id, slot],
                )?;
            }
            let change = Change::EntryEdited {
                entry_id,
                fields: old.fields.clone(),
            };
            log_change(tx, meeting_id, "entry.edit", &entry_id.to_string(), &change)
        })
    }

    /// Deletes an entry from the protocol; its text stays in the history.
    pub fn delete_entry(&mut self, entry_id: i64, at: DateTime<Local>) -> Result<()> {
        let when = stamp(at);
        self.write(|tx| {
            let meeting_id = delete_entry_in(tx, entry_id, &when)?;
            let change = Change::EntryDeleted { entry_id };
            log_change(tx, meeting_id, "entry.delete", &entry_id.to_string(), &change)
        })
    }

    /// Moves an entry to another item of its meeting; it keeps its id, text
    /// and history.
    pub fn move_entry(&mut self, entry_id: i64, to_item: i64) -> Result<()> {
        self.write(|tx| {
            let (meeting_id, from_item): (i64, i64) = tx
                .query_row(
                    "SELECT meeting_id, item_id FROM entry WHERE id = ?1 AND deleted_at IS NULL",
                    [entry_id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
                .ok_or(StoreError::Missing(Record::Entry, entry_id))?;
            if meeting_of_item(tx, to_item)? != meeting_id {
                return Err(StoreError::ItemNotOnMeeting {
                    item: to_item,
                    meeting: meeting_id,
                });
            }
            if to_item == from_item {
                return Ok(());
            }
            tx.execute(
                "UPDATE entry SET item_id = ?2 WHERE id = ?1",
                params![entry_id, to_item],
            )?;
            let change = Change::EntryMoved { entry_id, from_item };
            log_change(
                tx,
                meeting_id,
                "entry.move",
                &format!("{entry_id} {to_item}"),
                &change,
            )
        })
    }

    /// Earlier versions of an entry, oldest first.
    pub fn entry_history(&self, entry_id: i64) -> Result<Vec<EntryVersion>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT changed_at, change, old FROM entry_history WHERE entry_id = ?1 ORDER BY id",
        )?;
        let list = stmt
            .query_map([entry_id], |r| {
                let old: String = r.get(2)?;
                Ok(EntryVersion {
                    changed_at: r.get(0)?,
                    change: r.get(1)?,
                    fields: serde_json::from_str(&old).map_err(|_| bad("entry history", &old))?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }
}

/// Writes an entry's fields, changed at `when`, and remembers its words for
/// search; false when there is no such entry, or it is deleted.
pub(super) fn write_fields(tx: &Connection, entry_id: i64, fields: &EntryFields, when: &str) -> Result<bool> {
    super::search::remember_words(tx, &fields.text)?;
    let changed = tx.execute(
        "UPDATE entry SET text = ?2, owner = ?3, due = ?4, target_forum = ?5, parties = ?6, updated_at = ?7
         WHERE id = ?1 AND deleted_at IS NULL",
        params![
            entry_id,
            fields.text,
            fields.owner,
            fields.due,
            fields.target_forum,
            fields.parties,
            when
        ],
    )?;
    Ok(changed == 1)
}

/// The fields of an entry that is not deleted.
pub(super) fn fields_of(tx: &Connection, entry_id: i64) -> Result<EntryFields> {
    tx.query_row(
        &format!("SELECT {ENTRY_COLUMNS} FROM entry WHERE id = ?1 AND deleted_at IS NULL"),
        [entry_id],
        entry_row,
    )
    .optional()?
    .map(|e| e.fields)
    .ok_or(StoreError::Missing(Record::Entry, entry_id))
}

/// Records an entry on an item inside the caller's transaction, with its
/// search words and history line; the fields are checked by the caller.
pub(super) fn insert_entry(
    tx: &Connection,
    item_id: i64,
    kind: EntryKind,
    fields: &EntryFields,
    at: DateTime<Local>,
) -> Result<i64> {
    let meeting_id = meeting_of_item(tx, item_id)?;
    super::search::remember_words(tx, &fields.text)?;
    tx.prepare_cached(
        "INSERT INTO entry (meeting_id, item_id, kind, text, owner, due, target_forum, parties, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        meeting_id,
        item_id,
        kind,
        fields.text,
        fields.owner,
        fields.due,
        fields.target_forum,
        fields.parties,
        stamp(at)
    ])?;
    let id = tx.last_insert_rowid();
    let detail = format!("{id} {}", kind.id());
    log_change(
        tx,
        meeting_id,
        "entry.add",
        &detail,
        &Change::EntryAdded { entry_id: id },
    )?;
    Ok(id)
}

/// Marks an entry deleted, its text kept in its history; returns its meeting.
/// The caller writes the history line.
pub(super) fn delete_entry_in(tx: &Connection, entry_id: i64, when: &str) -> Result<i64> {
    let old = tx
        .query_row(
            &format!("SELECT {ENTRY_COLUMNS} FROM entry WHERE id = ?1 AND deleted_at IS NULL"),
            [entry_id],
            entry_row,
        )
        .optional()?
        .ok_or(StoreError::Missing(Record::Entry, entry_id))?;
    tx.execute(
        "INSERT INTO entry_history (entry_id, changed_at, change, old) VALUES (?1, ?2, 'delete', ?3)",
        params![entry_id, when, fields_json(&old.fields)?],
    )?;
    tx.execute(
        "UPDATE entry SET deleted_at = ?2 WHERE id = ?1",
        params![entry_id, when],
    )?;
    Ok(
        tx.query_row("SELECT meeting_id FROM entry WHERE id = ?1", [entry_id], |r| {
            r.get(0)
        })?,
    )
}
