//! Meetings in the database: starting one from the catalogue, attendance,
//! the agenda, entries with their history, and drafts of text being typed.
//! Every change is one transaction, committed before the caller says "saved".

use chrono::{DateTime, Local};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use super::{Result, Store, StoreError, log};
use crate::domain::meeting::{AttendanceStatus, EntryKind, ItemKind, MeetingStatus, standing_items};
use crate::domain::{Attendance, Channel, Party};
use crate::i18n::Lang;

/// A timestamp as fora keeps it: local time, RFC 3339, whole seconds.
pub fn stamp(at: DateTime<Local>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: i64,
    pub forum_id: String,
    pub date: String,
    pub status: MeetingStatus,
    pub channel: Channel,
    pub place: Option<String>,
    pub minute_keeper: Option<String>,
    pub started_at: Option<String>,
    pub ended_at: Option<String>,
    pub cancel_reason: Option<String>,
    pub current_item_id: Option<i64>,
    pub current_item_since: Option<String>,
}

/// One line of a listing of meetings, with counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeetingSummary {
    pub id: i64,
    pub forum_id: String,
    pub date: String,
    pub status: MeetingStatus,
    pub present: i64,
    pub items: i64,
    pub entries: i64,
    pub decisions: i64,
    pub actions: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttendanceRow {
    pub id: i64,
    /// None for a guest.
    pub party: Option<Party>,
    pub role_id: Option<String>,
    pub role_name: Option<String>,
    /// None for a guest.
    pub seat: Option<Attendance>,
    pub person_id: Option<i64>,
    pub person_name: Option<String>,
    pub organisation: Option<String>,
    pub status: AttendanceStatus,
    pub substitute_name: Option<String>,
    pub joined_at: Option<String>,
    pub left_at: Option<String>,
}

impl AttendanceRow {
    pub fn is_guest(&self) -> bool {
        self.seat.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaItem {
    pub id: i64,
    pub position: i64,
    pub title: String,
    pub kind: ItemKind,
    pub done: bool,
}

/// The fields of an entry as the secretary fills them in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryFields {
    pub text: String,
    /// Action: who does it.
    pub owner: Option<String>,
    /// Action: due date, YYYY-MM-DD.
    pub due: Option<String>,
    /// Escalation: the forum it goes to.
    pub target_forum: Option<String>,
    /// Disagreement: the parties that disagree.
    pub parties: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: i64,
    pub item_id: i64,
    pub kind: EntryKind,
    #[serde(flatten)]
    pub fields: EntryFields,
    pub done: bool,
    pub recorded_at: String,
    pub updated_at: Option<String>,
}

/// An earlier version of an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntryVersion {
    pub changed_at: String,
    pub change: String,
    pub fields: EntryFields,
}

/// Text being typed, kept so a crash loses nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub slot: String,
    pub content: String,
    pub saved_at: String,
}

fn bad(what: &str, value: &str) -> rusqlite::Error {
    rusqlite::Error::InvalidColumnName(format!("unexpected {what} `{value}` in the database"))
}

fn parse<T>(text: String, what: &str, from_id: impl Fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    from_id(&text).ok_or_else(|| bad(what, &text))
}

const MEETING_COLUMNS: &str =
    "id, forum_id, date, status, channel, place, minute_keeper, started_at, ended_at,
     cancel_reason, current_item_id, current_item_since";

fn meeting_row(r: &Row) -> rusqlite::Result<Meeting> {
    Ok(Meeting {
        id: r.get(0)?,
        forum_id: r.get(1)?,
        date: r.get(2)?,
        status: parse(r.get(3)?, "meeting status", MeetingStatus::from_id)?,
        channel: parse(r.get(4)?, "channel", Channel::from_id)?,
        place: r.get(5)?,
        minute_keeper: r.get(6)?,
        started_at: r.get(7)?,
        ended_at: r.get(8)?,
        cancel_reason: r.get(9)?,
        current_item_id: r.get(10)?,
        current_item_since: r.get(11)?,
    })
}

const ENTRY_COLUMNS: &str =
    "id, item_id, kind, text, owner, due, target_forum, parties, done, recorded_at, updated_at";

fn entry_row(r: &Row) -> rusqlite::Result<Entry> {
    Ok(Entry {
        id: r.get(0)?,
        item_id: r.get(1)?,
        kind: parse(r.get(2)?, "entry kind", EntryKind::from_id)?,
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

/// Checks an entry's fields before they are saved.
fn check_fields(kind: EntryKind, fields: &EntryFields) -> Result<()> {
    if fields.text.trim().is_empty() {
        return Err(StoreError::Invalid("an entry needs some text".into()));
    }
    if let Some(due) = &fields.due {
        crate::dates::parse(due).map_err(StoreError::Invalid)?;
    }
    if kind == EntryKind::Escalation && fields.target_forum.is_none() {
        return Err(StoreError::Invalid(
            "an escalation needs the forum it goes to".into(),
        ));
    }
    Ok(())
}

/// An entry's fields as its history keeps them. A version that cannot be
/// written down stops the change rather than leaving an empty line behind.
fn fields_json(fields: &EntryFields) -> Result<String> {
    serde_json::to_string(fields)
        .map_err(|e| StoreError::Invalid(format!("could not keep the earlier version of the entry: {e}")))
}

fn meeting_of_item(tx: &Connection, item_id: i64) -> Result<i64> {
    tx.prepare_cached("SELECT meeting_id FROM agenda_item WHERE id = ?1 AND removed_at IS NULL")?
        .query_row([item_id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| StoreError::Invalid(format!("agenda item {item_id} does not exist")))
}

fn touch(tx: &Connection, table: &str, id: i64) -> Result<()> {
    // A change to a row that is not there must not pass silently.
    let exists: Option<i64> = tx
        .query_row(&format!("SELECT id FROM {table} WHERE id = ?1"), [id], |r| {
            r.get(0)
        })
        .optional()?;
    exists
        .map(|_| ())
        .ok_or_else(|| StoreError::Invalid(format!("{table} {id} does not exist")))
}

impl Store {
    /// Starts a meeting of `forum_id` now: the attendance list comes from the
    /// roster on `date`, the agenda from the standing items and the forum's themes.
    pub fn start_meeting(
        &mut self,
        forum_id: &str,
        date: &str,
        channel: Channel,
        at: DateTime<Local>,
        lang: Lang,
    ) -> Result<i64> {
        let catalog = self.catalog()?;
        let forum = catalog
            .forum(forum_id)
            .ok_or_else(|| StoreError::Invalid(format!("no forum `{forum_id}` in the catalogue")))?
            .clone();
        let roster = self.roster(forum_id, date)?;
        let started = stamp(at);
        self.write(|tx| {
            tx.execute(
                "INSERT INTO meeting (forum_id, date, status, channel, started_at, created_at)
                 VALUES (?1, ?2, 'in_progress', ?3, ?4, ?4)",
                params![forum_id, date, channel.id(), started],
            )?;
            let meeting_id = tx.last_insert_rowid();
            let mut insert = tx.prepare(
                "INSERT INTO attendance (meeting_id, position, party, role_id, role_name, seat, person_id,
                    person_name, organisation) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            // Permanent seats first, when-needed seats below them.
            let ordered = roster
                .iter()
                .filter(|s| s.attendance == Attendance::Permanent)
                .chain(roster.iter().filter(|s| s.attendance == Attendance::WhenNeeded));
            let mut position = 0i64;
            for seat in ordered {
                let holders: Vec<Option<&crate::store::catalog::Holder>> = if seat.holders.is_empty() {
                    vec![None]
                } else {
                    seat.holders.iter().map(Some).collect()
                };
                for holder in holders {
                    insert.execute(params![
                        meeting_id,
                        position,
                        seat.party.id(),
                        seat.role_id,
                        seat.role_name,
                        seat.attendance.id(),
                        holder.map(|h| h.person_id),
                        holder.map(|h| h.name.clone()),
                        holder.map(|h| h.organisation.clone()),
                    ])?;
                    position += 1;
                }
            }
            // Standing items open and close the agenda; what is carried in from
            // earlier meetings comes first among the matters, then the themes.
            let (before, after) = standing_items(lang);
            let carried = super::followup::carried_items(tx, forum_id, lang)?;
            let mut item = tx.prepare(
                "INSERT INTO agenda_item (meeting_id, position, title, kind) VALUES (?1, ?2, ?3, ?4)",
            )?;
            let mut position = 0i64;
            let mut add = |title: &str, kind: ItemKind| -> Result<i64> {
                super::search::remember_words(tx, title)?;
                item.execute(params![meeting_id, position, title, kind.id()])?;
                position += 1;
                Ok(tx.last_insert_rowid())
            };
            for title in &before {
                add(title, ItemKind::Standing)?;
            }
            for c in &carried {
                let id = add(&c.title, c.kind)?;
                super::followup::link_carried(tx, c, id, meeting_id)?;
            }
            for theme in &forum.themes {
                add(theme, ItemKind::Theme)?;
            }
            for title in &after {
                add(title, ItemKind::Standing)?;
            }
            log(tx, "meeting.start", &format!("{meeting_id} {forum_id} {date}"))?;
            Ok(meeting_id)
        })
    }

    pub fn meeting(&self, id: i64) -> Result<Meeting> {
        self.conn
            .query_row(
                &format!("SELECT {MEETING_COLUMNS} FROM meeting WHERE id = ?1"),
                [id],
                meeting_row,
            )
            .optional()?
            .ok_or_else(|| StoreError::Invalid(format!("meeting {id} does not exist")))
    }

    /// Meetings of one forum on one day, in the order they were created.
    pub fn meetings_on(&self, forum_id: &str, date: &str) -> Result<Vec<Meeting>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {MEETING_COLUMNS} FROM meeting WHERE forum_id = ?1 AND date = ?2 ORDER BY id"
        ))?;
        let list = stmt
            .query_map([forum_id, date], meeting_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// The most recent meeting of a forum, if any.
    pub fn latest_meeting(&self, forum_id: &str) -> Result<Option<Meeting>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {MEETING_COLUMNS} FROM meeting WHERE forum_id = ?1 ORDER BY date DESC, id DESC LIMIT 1"),
                [forum_id],
                meeting_row,
            )
            .optional()?)
    }

    /// Meetings newest first, of one forum or of all, with counts.
    pub fn meeting_summaries(&self, forum_id: Option<&str>) -> Result<Vec<MeetingSummary>> {
        self.summaries_where(forum_id, None)
    }

    /// The meetings dated `date` (YYYY-MM-DD), of every forum, newest first.
    pub fn meetings_of_day(&self, date: &str) -> Result<Vec<MeetingSummary>> {
        self.summaries_where(None, Some(date))
    }

    fn summaries_where(&self, forum_id: Option<&str>, date: Option<&str>) -> Result<Vec<MeetingSummary>> {
        // `+e.kind`: counting by kind must go through the meeting's own
        // entries (entry_meeting), not through every action of the archive
        // (entry_open_actions), which SQLite would otherwise pick: 1.7 s
        // instead of 12 ms on ten years of meetings.
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.id, m.forum_id, m.date, m.status,
                (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id
                    AND a.status IN ('present', 'remote', 'substitute')),
                (SELECT count(*) FROM agenda_item i WHERE i.meeting_id = m.id AND i.removed_at IS NULL),
                (SELECT count(*) FROM entry e WHERE e.meeting_id = m.id AND e.deleted_at IS NULL),
                (SELECT count(*) FROM entry e WHERE e.meeting_id = m.id AND e.deleted_at IS NULL
                    AND +e.kind = 'decision'),
                (SELECT count(*) FROM entry e WHERE e.meeting_id = m.id AND e.deleted_at IS NULL
                    AND +e.kind = 'action')
             FROM meeting m
             WHERE (?1 IS NULL OR m.forum_id = ?1) AND (?2 IS NULL OR m.date = ?2)
             ORDER BY m.date DESC, m.id DESC",
        )?;
        let list = stmt
            .query_map(params![forum_id, date], |r| {
                Ok(MeetingSummary {
                    id: r.get(0)?,
                    forum_id: r.get(1)?,
                    date: r.get(2)?,
                    status: parse(r.get(3)?, "meeting status", MeetingStatus::from_id)?,
                    present: r.get(4)?,
                    items: r.get(5)?,
                    entries: r.get(6)?,
                    decisions: r.get(7)?,
                    actions: r.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// Records the end of a meeting: it is held from now on.
    pub fn end_meeting(&mut self, meeting_id: i64, at: DateTime<Local>) -> Result<()> {
        self.write(|tx| {
            touch(tx, "meeting", meeting_id)?;
            tx.execute(
                "UPDATE meeting SET status = 'held', ended_at = ?2, current_item_id = NULL,
                    current_item_since = NULL WHERE id = ?1",
                params![meeting_id, stamp(at)],
            )?;
            log(tx, "meeting.end", &meeting_id.to_string())
        })
    }

    /// Opens a held meeting again for more recording.
    pub fn resume_meeting(&mut self, meeting_id: i64) -> Result<()> {
        self.write(|tx| {
            touch(tx, "meeting", meeting_id)?;
            tx.execute(
                "UPDATE meeting SET status = 'in_progress', ended_at = NULL WHERE id = ?1",
                [meeting_id],
            )?;
            log(tx, "meeting.resume", &meeting_id.to_string())
        })
    }

    pub fn set_meeting_details(
        &mut self,
        meeting_id: i64,
        channel: Channel,
        place: Option<&str>,
        minute_keeper: Option<&str>,
    ) -> Result<()> {
        self.write(|tx| {
            touch(tx, "meeting", meeting_id)?;
            tx.execute(
                "UPDATE meeting SET channel = ?2, place = ?3, minute_keeper = ?4 WHERE id = ?1",
                params![meeting_id, channel.id(), place, minute_keeper],
            )?;
            log(tx, "meeting.details", &meeting_id.to_string())
        })
    }

    /// Marks the item being discussed, for the clock of time on the item.
    pub fn set_current_item(&mut self, meeting_id: i64, item_id: i64, at: DateTime<Local>) -> Result<()> {
        self.write(|tx| {
            if meeting_of_item(tx, item_id)? != meeting_id {
                return Err(StoreError::Invalid(format!(
                    "item {item_id} is not on meeting {meeting_id}"
                )));
            }
            tx.execute(
                "UPDATE meeting SET current_item_id = ?2, current_item_since = ?3 WHERE id = ?1",
                params![meeting_id, item_id, stamp(at)],
            )?;
            Ok(())
        })
    }

    // ---------------------------------------------------------------- attendance

    pub fn attendance(&self, meeting_id: i64) -> Result<Vec<AttendanceRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, party, role_id, role_name, seat, person_id, person_name, organisation, status,
                    substitute_name, joined_at, left_at
             FROM attendance WHERE meeting_id = ?1 ORDER BY position, id",
        )?;
        let rows = stmt
            .query_map([meeting_id], |r| {
                let party: Option<String> = r.get(1)?;
                let seat: Option<String> = r.get(4)?;
                Ok(AttendanceRow {
                    id: r.get(0)?,
                    party: party.map(|p| parse(p, "party", Party::from_id)).transpose()?,
                    role_id: r.get(2)?,
                    role_name: r.get(3)?,
                    seat: seat.map(|s| parse(s, "seat", Attendance::from_id)).transpose()?,
                    person_id: r.get(5)?,
                    person_name: r.get(6)?,
                    organisation: r.get(7)?,
                    status: parse(r.get(8)?, "attendance status", AttendanceStatus::from_id)?,
                    substitute_name: r.get(9)?,
                    joined_at: r.get(10)?,
                    left_at: r.get(11)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Sets one attendance row's status; a substitute needs the name of who stands in.
    pub fn set_attendance(
        &mut self,
        row_id: i64,
        status: AttendanceStatus,
        substitute: Option<&str>,
    ) -> Result<()> {
        let substitute = substitute.map(str::trim).filter(|s| !s.is_empty());
        if status == AttendanceStatus::Substitute && substitute.is_none() {
            return Err(StoreError::Invalid(
                "a substitute needs the name of who stands in".into(),
            ));
        }
        let substitute = if status == AttendanceStatus::Substitute {
            substitute
        } else {
            None
        };
        self.write(|tx| {
            touch(tx, "attendance", row_id)?;
            tx.execute(
                "UPDATE attendance SET status = ?2, substitute_name = ?3 WHERE id = ?1",
                params![row_id, status.id(), substitute],
            )?;
            log(tx, "attendance.set", &format!("{row_id} {}", status.id()))
        })
    }

    /// Adds a guest, present from now.
    pub fn add_guest(&mut self, meeting_id: i64, name: &str, organisation: Option<&str>) -> Result<i64> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid("a guest needs a name".into()));
        }
        let organisation = organisation.map(str::trim).filter(|o| !o.is_empty());
        self.write(|tx| {
            touch(tx, "meeting", meeting_id)?;
            tx.execute(
                "INSERT INTO attendance (meeting_id, position, person_name, organisation, status)
                 VALUES (?1, (SELECT coalesce(max(position), -1) + 1 FROM attendance WHERE meeting_id = ?1),
                         ?2, ?3, 'present')",
                params![meeting_id, name, organisation],
            )?;
            let id = tx.last_insert_rowid();
            log(tx, "attendance.guest", &format!("{meeting_id} {name}"))?;
            Ok(id)
        })
    }

    /// Records when someone joined (`joined` true) or left the meeting.
    pub fn set_presence_time(
        &mut self,
        row_id: i64,
        joined: bool,
        at: Option<DateTime<Local>>,
    ) -> Result<()> {
        let column = if joined { "joined_at" } else { "left_at" };
        self.write(|tx| {
            touch(tx, "attendance", row_id)?;
            tx.execute(
                &format!("UPDATE attendance SET {column} = ?2 WHERE id = ?1"),
                params![row_id, at.map(stamp)],
            )?;
            log(tx, "attendance.time", &format!("{row_id} {column}"))
        })
    }

    // ---------------------------------------------------------------- agenda

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
                    kind: parse(r.get(3)?, "item kind", ItemKind::from_id)?,
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
            return Err(StoreError::Invalid("an agenda item needs a title".into()));
        }
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
            log(tx, "agenda.add", &format!("{meeting_id} {id}"))?;
            Ok(id)
        })
    }

    pub fn rename_item(&mut self, item_id: i64, title: &str) -> Result<()> {
        let title = title.trim();
        if title.is_empty() {
            return Err(StoreError::Invalid("an agenda item needs a title".into()));
        }
        self.write(|tx| {
            meeting_of_item(tx, item_id)?;
            super::search::remember_words(tx, title)?;
            tx.execute(
                "UPDATE agenda_item SET title = ?2 WHERE id = ?1",
                params![item_id, title],
            )?;
            log(tx, "agenda.rename", &item_id.to_string())
        })
    }

    /// Moves an item one place up (`-1`) or down (`1`) among the items left.
    pub fn move_item(&mut self, item_id: i64, step: i64) -> Result<()> {
        self.write(|tx| {
            let meeting_id = meeting_of_item(tx, item_id)?;
            let mut stmt = tx.prepare(
                "SELECT id FROM agenda_item WHERE meeting_id = ?1 AND removed_at IS NULL ORDER BY position, id",
            )?;
            let mut order: Vec<i64> = stmt.query_map([meeting_id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            let Some(from) = order.iter().position(|id| *id == item_id) else { return Ok(()) };
            let to = from as i64 + step;
            if to < 0 || to >= order.len() as i64 {
                return Ok(());
            }
            order.swap(from, to as usize);
            let mut update = tx.prepare("UPDATE agenda_item SET position = ?2 WHERE id = ?1")?;
            for (position, id) in order.iter().enumerate() {
                update.execute(params![id, position as i64])?;
            }
            log(tx, "agenda.move", &format!("{item_id} {step}"))
        })
    }

    pub fn set_item_done(&mut self, item_id: i64, done: bool) -> Result<()> {
        self.write(|tx| {
            meeting_of_item(tx, item_id)?;
            tx.execute(
                "UPDATE agenda_item SET done = ?2 WHERE id = ?1",
                params![item_id, done],
            )?;
            log(tx, "agenda.done", &format!("{item_id} {done}"))
        })
    }

    /// Removes an item and the entries on it; both stay in the database, marked removed.
    pub fn remove_item(&mut self, item_id: i64, at: DateTime<Local>) -> Result<()> {
        let when = stamp(at);
        self.write(|tx| {
            meeting_of_item(tx, item_id)?;
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
            for entry in entries {
                delete_entry_in(tx, entry, &when)?;
            }
            log(tx, "agenda.remove", &item_id.to_string())
        })
    }

    // ---------------------------------------------------------------- entries

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
            .ok_or_else(|| StoreError::Invalid(format!("entry {entry_id} does not exist")))
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
        draft_slot: Option<&str>,
    ) -> Result<i64> {
        check_fields(kind, fields)?;
        self.write(|tx| {
            let meeting_id = meeting_of_item(tx, item_id)?;
            super::search::remember_words(tx, &fields.text)?;
            tx.prepare_cached(
                "INSERT INTO entry (meeting_id, item_id, kind, text, owner, due, target_forum, parties, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                meeting_id,
                item_id,
                kind.id(),
                fields.text,
                fields.owner,
                fields.due,
                fields.target_forum,
                fields.parties,
                stamp(at)
            ])?;
            let id = tx.last_insert_rowid();
            if let Some(slot) = draft_slot {
                tx.prepare_cached("DELETE FROM draft WHERE meeting_id = ?1 AND slot = ?2")?
                    .execute(params![meeting_id, slot])?;
            }
            log(tx, "entry.add", &format!("{id} {}", kind.id()))?;
            Ok(id)
        })
    }

    /// Changes an entry; the earlier version goes to its history.
    pub fn edit_entry(
        &mut self,
        entry_id: i64,
        fields: &EntryFields,
        at: DateTime<Local>,
        draft_slot: Option<&str>,
    ) -> Result<()> {
        let old = self.entry(entry_id)?;
        check_fields(old.kind, fields)?;
        let when = stamp(at);
        self.write(|tx| {
            tx.execute(
                "INSERT INTO entry_history (entry_id, changed_at, change, old) VALUES (?1, ?2, 'edit', ?3)",
                params![entry_id, when, fields_json(&old.fields)?],
            )?;
            super::search::remember_words(tx, &fields.text)?;
            tx.execute(
                "UPDATE entry SET text = ?2, owner = ?3, due = ?4, target_forum = ?5, parties = ?6, updated_at = ?7
                 WHERE id = ?1",
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
            if let Some(slot) = draft_slot {
                tx.execute(
                    "DELETE FROM draft WHERE slot = ?2
                       AND meeting_id = (SELECT meeting_id FROM entry WHERE id = ?1)",
                    params![entry_id, slot],
                )?;
            }
            log(tx, "entry.edit", &entry_id.to_string())
        })
    }

    /// Deletes an entry from the protocol; its text stays in the history.
    pub fn delete_entry(&mut self, entry_id: i64, at: DateTime<Local>) -> Result<()> {
        let when = stamp(at);
        self.write(|tx| delete_entry_in(tx, entry_id, &when))
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

    // ---------------------------------------------------------------- drafts

    /// Keeps the text of an editor; one draft per meeting and slot.
    pub fn save_draft(
        &mut self,
        meeting_id: i64,
        slot: &str,
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

    pub fn discard_draft(&mut self, meeting_id: i64, slot: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM draft WHERE meeting_id = ?1 AND slot = ?2",
                params![meeting_id, slot],
            )?;
            Ok(())
        })
    }
}

fn delete_entry_in(tx: &Connection, entry_id: i64, when: &str) -> Result<()> {
    let old = tx
        .query_row(
            &format!("SELECT {ENTRY_COLUMNS} FROM entry WHERE id = ?1 AND deleted_at IS NULL"),
            [entry_id],
            entry_row,
        )
        .optional()?
        .ok_or_else(|| StoreError::Invalid(format!("entry {entry_id} does not exist")))?;
    tx.execute(
        "INSERT INTO entry_history (entry_id, changed_at, change, old) VALUES (?1, ?2, 'delete', ?3)",
        params![entry_id, when, fields_json(&old.fields)?],
    )?;
    tx.execute(
        "UPDATE entry SET deleted_at = ?2 WHERE id = ?1",
        params![entry_id, when],
    )?;
    log(tx, "entry.delete", &entry_id.to_string())
}
