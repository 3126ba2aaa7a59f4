//! Undoing a meeting's changes, newest first. Each change to a meeting that
//! can be undone writes its history row with the meeting and what reverses
//! it; an undo applies that, in one transaction, and writes its own history
//! row naming the row it undid. History rows are never changed, so the log
//! still tells everything that happened.

use chrono::{DateTime, Local};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{Record, Result, Store, StoreError, meeting_of_item, stamp};
use crate::domain::meeting::AttendanceStatus;
use crate::domain::records::EntryFields;

/// A change to a meeting, as what undoing it needs to know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "undo", rename_all = "snake_case")]
pub enum Change {
    EntryAdded {
        entry_id: i64,
    },
    /// The fields before the edit.
    EntryEdited {
        entry_id: i64,
        fields: EntryFields,
    },
    EntryDeleted {
        entry_id: i64,
    },
    EntryMoved {
        entry_id: i64,
        from_item: i64,
    },
    /// The roll-call mark before the change.
    Attendance {
        row_id: i64,
        status: AttendanceStatus,
        substitute: Option<String>,
    },
    /// When the person joined (or left) before the change.
    Presence {
        row_id: i64,
        joined: bool,
        at: Option<String>,
    },
    GuestAdded {
        row_id: i64,
    },
    /// An action marked done or open: how it was before.
    ActionDone {
        entry_id: i64,
        done: bool,
        done_at: Option<String>,
        done_meeting_id: Option<i64>,
    },
    ItemAdded {
        item_id: i64,
    },
    ItemRenamed {
        item_id: i64,
        title: String,
    },
    ItemMoved {
        item_id: i64,
        step: i64,
    },
    ItemDone {
        item_id: i64,
        done: bool,
    },
    /// The item and the entries that went with it.
    ItemRemoved {
        item_id: i64,
        entries: Vec<i64>,
    },
}

/// Appends a history row for a change to `meeting_id` that can be undone.
pub(crate) fn log_change(
    tx: &Connection,
    meeting_id: i64,
    action: &str,
    detail: &str,
    change: &Change,
) -> Result<()> {
    let reverse = serde_json::to_string(change).map_err(|_| StoreError::HistoryNotWritten)?;
    tx.prepare_cached(
        "INSERT INTO history (at, action, detail, meeting_id, reverse) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        Local::now().to_rfc3339(),
        action,
        detail,
        meeting_id,
        reverse
    ])?;
    Ok(())
}

impl Store {
    /// Undoes the newest change to the meeting not undone yet, and returns
    /// it; `None` when there is nothing left to undo.
    pub fn undo_last(&mut self, meeting_id: i64, at: DateTime<Local>) -> Result<Option<Change>> {
        let when = stamp(at);
        self.write(|tx| {
            let last: Option<(i64, String, String)> = tx
                .query_row(
                    "SELECT h.id, h.action, h.reverse FROM history h
                     WHERE h.meeting_id = ?1 AND h.reverse IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM history u WHERE u.undoes = h.id)
                       -- A discarded meeting's id may be given again: its changes are not this one's.
                       AND h.id > coalesce((SELECT max(d.id) FROM history d
                                            WHERE d.meeting_id = ?1 AND d.action = 'meeting.discard'), 0)
                     ORDER BY h.id DESC LIMIT 1",
                    [meeting_id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let Some((id, action, reverse)) = last else {
                return Ok(None);
            };
            let change: Change =
                serde_json::from_str(&reverse).map_err(|_| super::bad("undo", &reverse))?;
            reverse_change(tx, &change, &when)?;
            tx.execute(
                "INSERT INTO history (at, action, detail, meeting_id, undoes) VALUES (?1, 'undo', ?2, ?3, ?4)",
                params![Local::now().to_rfc3339(), format!("{id} {action}"), meeting_id, id],
            )?;
            Ok(Some(change))
        })
    }
}

/// Puts back what `change` changed. A row that is not as the change left it
/// is an error, so an undo never half-applies.
fn reverse_change(tx: &Connection, change: &Change, when: &str) -> Result<()> {
    let one = |changed: usize, record: Record, id: i64| {
        if changed == 1 {
            Ok(())
        } else {
            Err(StoreError::Missing(record, id))
        }
    };
    match change {
        Change::EntryAdded { entry_id } => {
            keep_version(tx, *entry_id, "delete", when)?;
            let n = tx.execute(
                "UPDATE entry SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
                params![entry_id, when],
            )?;
            one(n, Record::Entry, *entry_id)
        }
        Change::EntryEdited { entry_id, fields } => {
            keep_version(tx, *entry_id, "edit", when)?;
            let changed = super::entries::write_fields(tx, *entry_id, fields, when)?;
            one(usize::from(changed), Record::Entry, *entry_id)
        }
        Change::EntryDeleted { entry_id } => restore_entry(tx, *entry_id),
        Change::EntryMoved { entry_id, from_item } => {
            meeting_of_item(tx, *from_item)?;
            let n = tx.execute(
                "UPDATE entry SET item_id = ?2 WHERE id = ?1 AND deleted_at IS NULL",
                params![entry_id, from_item],
            )?;
            one(n, Record::Entry, *entry_id)
        }
        Change::Attendance {
            row_id,
            status,
            substitute,
        } => {
            let n = tx.execute(
                "UPDATE attendance SET status = ?2, substitute_name = ?3 WHERE id = ?1",
                params![row_id, status, substitute],
            )?;
            one(n, Record::Attendance, *row_id)
        }
        Change::Presence { row_id, joined, at } => {
            let column = if *joined { "joined_at" } else { "left_at" };
            let n = tx.execute(
                &format!("UPDATE attendance SET {column} = ?2 WHERE id = ?1"),
                params![row_id, at],
            )?;
            one(n, Record::Attendance, *row_id)
        }
        Change::GuestAdded { row_id } => {
            let n = tx.execute("DELETE FROM attendance WHERE id = ?1 AND seat IS NULL", [row_id])?;
            one(n, Record::Attendance, *row_id)
        }
        Change::ActionDone {
            entry_id,
            done,
            done_at,
            done_meeting_id,
        } => {
            let n = tx.execute(
                "UPDATE entry SET done = ?2, done_at = ?3, done_meeting_id = ?4
                 WHERE id = ?1 AND deleted_at IS NULL",
                params![entry_id, done, done_at, done_meeting_id],
            )?;
            one(n, Record::Entry, *entry_id)
        }
        Change::ItemAdded { item_id } => {
            meeting_of_item(tx, *item_id)?;
            tx.execute(
                "UPDATE agenda_item SET removed_at = ?2 WHERE id = ?1",
                params![item_id, when],
            )?;
            Ok(())
        }
        Change::ItemRenamed { item_id, title } => {
            meeting_of_item(tx, *item_id)?;
            tx.execute(
                "UPDATE agenda_item SET title = ?2 WHERE id = ?1",
                params![item_id, title],
            )?;
            Ok(())
        }
        Change::ItemMoved { item_id, step } => {
            super::agenda::move_item_in(tx, *item_id, -step)?;
            Ok(())
        }
        Change::ItemDone { item_id, done } => {
            meeting_of_item(tx, *item_id)?;
            tx.execute(
                "UPDATE agenda_item SET done = ?2 WHERE id = ?1",
                params![item_id, done],
            )?;
            Ok(())
        }
        Change::ItemRemoved { item_id, entries } => {
            let n = tx.execute(
                "UPDATE agenda_item SET removed_at = NULL WHERE id = ?1 AND removed_at IS NOT NULL",
                [item_id],
            )?;
            one(n, Record::AgendaItem, *item_id)?;
            entries.iter().try_for_each(|entry| restore_entry(tx, *entry))
        }
    }
}

fn restore_entry(tx: &Connection, entry_id: i64) -> Result<()> {
    let n = tx.execute(
        "UPDATE entry SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL",
        [entry_id],
    )?;
    if n == 1 {
        Ok(())
    } else {
        Err(StoreError::Missing(Record::Entry, entry_id))
    }
}

/// Keeps an entry's current version in its history before an undo changes it.
fn keep_version(tx: &Connection, entry_id: i64, change: &str, when: &str) -> Result<()> {
    let fields = super::entries::fields_of(tx, entry_id)?;
    let old = serde_json::to_string(&fields).map_err(|_| StoreError::HistoryNotWritten)?;
    tx.execute(
        "INSERT INTO entry_history (entry_id, changed_at, change, old) VALUES (?1, ?2, ?3, ?4)",
        params![entry_id, when, change, old],
    )?;
    Ok(())
}
