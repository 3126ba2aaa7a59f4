//! A meeting's agenda: its items in order, added, renamed, moved, done or removed.

use chrono::{DateTime, Local};
use rusqlite::{Connection, params};

use super::entries::delete_entry_in;
use super::undo::{Change, log_change};
use super::{Field, Result, Store, StoreError, limits, log, meeting_of_item, stamp, touch};
use crate::domain::records::AgendaItem;

impl Store {
    pub fn agenda(&self, meeting_id: i64) -> Result<Vec<AgendaItem>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, position, title, kind, done FROM agenda_item
             WHERE meeting_id = ?1 AND removed_at IS NULL ORDER BY position, id",
        )?;
        let items = stmt
            .query_map([meeting_id], |r| {
                Ok(AgendaItem {
                    id: r.get(0)?,
                    position: r.get(1)?,
                    title: r.get(2)?,
                    kind: r.get(3)?,
                    done: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(items)
    }

    /// Adds an item after `after` (or at the end), returning its id.
    pub fn add_item(&mut self, meeting_id: i64, title: &str, after: Option<i64>) -> Result<i64> {
        let title = title.trim().to_string();
        if title.is_empty() {
            return Err(StoreError::Empty(Field::ItemTitle));
        }
        limits::plain(Field::ItemTitle, &title, false)?;
        limits::length(Field::ItemTitle, &title, limits::TITLE)?;
        self.write(|tx| {
            touch(tx, "meeting", meeting_id)?;
            let position: i64 = match after {
                Some(item) => {
                    let pos: i64 =
                        tx.query_row("SELECT position FROM agenda_item WHERE id = ?1", [item], |r| r.get(0))?;
                    tx.execute(
                        "UPDATE agenda_item SET position = position + 1 WHERE meeting_id = ?1 AND position > ?2",
                        params![meeting_id, pos],
                    )?;
                    pos + 1
                }
                None => tx.query_row(
                    "SELECT coalesce(max(position), -1) + 1 FROM agenda_item WHERE meeting_id = ?1",
                    [meeting_id],
                    |r| r.get(0),
                )?,
            };
            super::search::remember_words(tx, &title)?;
            tx.execute(
                "INSERT INTO agenda_item (meeting_id, position, title, kind) VALUES (?1, ?2, ?3, 'added')",
                params![meeting_id, position, title],
            )?;
            let id = tx.last_insert_rowid();
            let change = Change::ItemAdded { item_id: id };
            log_change(tx, meeting_id, "agenda.add", &format!("{meeting_id} {id}"), &change)?;
            Ok(id)
        })
    }

    pub fn rename_item(&mut self, item_id: i64, title: &str) -> Result<()> {
        let title = title.trim();
        if title.is_empty() {
            return Err(StoreError::Empty(Field::ItemTitle));
        }
        limits::plain(Field::ItemTitle, title, false)?;
        limits::length(Field::ItemTitle, title, limits::TITLE)?;
        self.write(|tx| {
            let meeting_id = meeting_of_item(tx, item_id)?;
            let old: String =
                tx.query_row("SELECT title FROM agenda_item WHERE id = ?1", [item_id], |r| {
                    r.get(0)
                })?;
            super::search::remember_words(tx, title)?;
            tx.execute(
                "UPDATE agenda_item SET title = ?2 WHERE id = ?1",
                params![item_id, title],
            )?;
            let change = Change::ItemRenamed { item_id, title: old };
            log_change(tx, meeting_id, "agenda.rename", &item_id.to_string(), &change)
        })
    }

    /// Moves an item one place up (`-1`) or down (`1`) among the items left.
    pub fn move_item(&mut self, item_id: i64, step: i64) -> Result<()> {
        self.write(|tx| {
            let meeting_id = meeting_of_item(tx, item_id)?;
            if move_item_in(tx, item_id, step)? {
                let change = Change::ItemMoved { item_id, step };
                log_change(
                    tx,
                    meeting_id,
                    "agenda.move",
                    &format!("{item_id} {step}"),
                    &change,
                )?;
            }
            Ok(())
        })
    }

    pub fn set_item_done(&mut self, item_id: i64, done: bool) -> Result<()> {
        self.write(|tx| {
            let meeting_id = meeting_of_item(tx, item_id)?;
            let was: bool = tx.query_row("SELECT done FROM agenda_item WHERE id = ?1", [item_id], |r| {
                r.get(0)
            })?;
            tx.execute(
                "UPDATE agenda_item SET done = ?2 WHERE id = ?1",
                params![item_id, done],
            )?;
            let change = Change::ItemDone { item_id, done: was };
            log_change(
                tx,
                meeting_id,
                "agenda.done",
                &format!("{item_id} {done}"),
                &change,
            )
        })
    }

    /// Removes an item and the entries on it; both stay in the database, marked removed.
    pub fn remove_item(&mut self, item_id: i64, at: DateTime<Local>) -> Result<()> {
        let when = stamp(at);
        self.write(|tx| {
            let meeting_id = meeting_of_item(tx, item_id)?;
            tx.execute(
                "UPDATE agenda_item SET removed_at = ?2 WHERE id = ?1",
                params![item_id, when],
            )?;
            let mut stmt = tx.prepare(
                "SELECT id FROM entry WHERE deleted_at IS NULL AND item_id = ?1
                   AND meeting_id = (SELECT meeting_id FROM agenda_item WHERE id = ?1)",
            )?;
            let entries: Vec<i64> = stmt
                .query_map([item_id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for &entry in &entries {
                delete_entry_in(tx, entry, &when)?;
                log(tx, "entry.delete", &entry.to_string())?;
            }
            let change = Change::ItemRemoved { item_id, entries };
            log_change(tx, meeting_id, "agenda.remove", &item_id.to_string(), &change)
        })
    }
}

/// Moves an item `step` places among the items left, inside the caller's
/// transaction; false when it is already at that end.
pub(super) fn move_item_in(tx: &Connection, item_id: i64, step: i64) -> Result<bool> {
    let meeting_id = meeting_of_item(tx, item_id)?;
    let mut stmt = tx.prepare(
        "SELECT id FROM agenda_item WHERE meeting_id = ?1 AND removed_at IS NULL ORDER BY position, id",
    )?;
    let mut order: Vec<i64> = stmt
        .query_map([meeting_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let Some(from) = order.iter().position(|id| *id == item_id) else {
        return Ok(false);
    };
    let to = from as i64 + step;
    if to < 0 || to >= order.len() as i64 {
        return Ok(false);
    }
    order.swap(from, to as usize);
    let mut update = tx.prepare("UPDATE agenda_item SET position = ?2 WHERE id = ?1")?;
    for (position, id) in order.iter().enumerate() {
        update.execute(params![id, position as i64])?;
    }
    Ok(true)
}
