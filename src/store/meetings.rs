//! Meetings in the database: starting one from the catalogue (its attendance
//! list from the roster, its agenda from the standing items, what is carried
//! in and the forum's themes), listing them, and their state. Attendance,
//! the agenda, entries and drafts each have their own module.

use chrono::{DateTime, Local};
use rusqlite::{OptionalExtension, Row, params};

use super::listing::{Page, Query};
use super::{Field, Record, Result, Store, StoreError, limits, log, meeting_of_item, stamp, touch};
use crate::domain::meeting::{ItemKind, standing_items};
pub use crate::domain::records::{
    AgendaItem, AttendanceRow, Draft, DraftSlot, Entry, EntryFields, EntryVersion, Meeting, MeetingSummary,
};
use crate::domain::{Attendance, Channel};
use crate::i18n::Lang;

const MEETING_COLUMNS: &str =
    "id, forum_id, date, status, channel, place, minute_keeper, started_at, ended_at,
     cancel_reason, current_item_id, current_item_since, chair, registry_number, chosen_approvers";

fn meeting_row(r: &Row) -> rusqlite::Result<Meeting> {
    Ok(Meeting {
        id: r.get(0)?,
        forum_id: r.get(1)?,
        date: r.get(2)?,
        status: r.get(3)?,
        channel: r.get(4)?,
        place: r.get(5)?,
        minute_keeper: r.get(6)?,
        started_at: r.get(7)?,
        ended_at: r.get(8)?,
        cancel_reason: r.get(9)?,
        current_item_id: r.get(10)?,
        current_item_since: r.get(11)?,
        chair: r.get(12)?,
        registry_number: r.get(13)?,
        chosen_approvers: r
            .get::<_, Option<String>>(14)?
            .map(|names| names.lines().map(str::to_string).collect())
            .unwrap_or_default(),
    })
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
            .ok_or_else(|| StoreError::UnknownForum(forum_id.to_string()))?
            .clone();
        let roster = self.roster(forum_id, date)?;
        let started = stamp(at);
        self.write(|tx| {
            tx.execute(
                "INSERT INTO meeting (forum_id, date, status, channel, started_at, created_at)
                 VALUES (?1, ?2, 'in_progress', ?3, ?4, ?4)",
                params![forum_id, date, channel, started],
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
                        seat.party,
                        seat.role_id,
                        seat.role_name,
                        seat.attendance,
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
                item.execute(params![meeting_id, position, title, kind])?;
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
            // The supplier's reports go under the theme they belong to.
            let reports = super::reports::agenda_reports(tx, forum_id, date, lang)?;
            let add_reports = |add: &mut dyn FnMut(&str, ItemKind) -> Result<i64>, theme: Option<&str>| {
                for report in reports.under(theme) {
                    let id = add(&report.title, ItemKind::Theme)?;
                    super::reports::link_item(tx, report.delivery_id, id)?;
                }
                Ok::<_, StoreError>(())
            };
            for theme in &forum.themes {
                add(theme, ItemKind::Theme)?;
                add_reports(&mut add, Some(theme))?;
            }
            add_reports(&mut add, None)?;
            if let Some(title) = &reports.overdue {
                add(title, ItemKind::Theme)?;
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
            .ok_or(StoreError::Missing(Record::Meeting, id))
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

    /// Meetings dated `from` to `to` (YYYY-MM-DD, both included) that are not
    /// held yet or were cancelled, by date: what a calendar shows ahead.
    pub fn meetings_ahead(&self, from: &str, to: &str) -> Result<Vec<Meeting>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {MEETING_COLUMNS} FROM meeting INDEXED BY meeting_date
             WHERE date BETWEEN ?1 AND ?2 AND status <> 'held' ORDER BY date, id"
        ))?;
        let list = stmt
            .query_map([from, to], meeting_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// The most recent meeting of a forum that was held or is going on, if any:
    /// a cancellation or a plan is no meeting to show.
    pub fn latest_meeting(&self, forum_id: &str) -> Result<Option<Meeting>> {
        Ok(self
            .conn
            .query_row(
                &format!(
                    "SELECT {MEETING_COLUMNS} FROM meeting WHERE forum_id = ?1
                     AND status IN ('held', 'in_progress') ORDER BY date DESC, id DESC LIMIT 1"
                ),
                [forum_id],
                meeting_row,
            )
            .optional()?)
    }

    /// Meetings newest first, of one forum or of all, with counts.
    pub fn meeting_summaries(&self, forum_id: Option<&str>) -> Result<Vec<MeetingSummary>> {
        summary_query(forum_id, None).collect(&self.conn, summary_row)
    }

    /// One page of [`Store::meeting_summaries`], each row handed to `each` as it is read.
    pub fn each_meeting_summary<E: From<StoreError>>(
        &self,
        forum_id: Option<&str>,
        page: Page,
        each: impl FnMut(MeetingSummary) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        summary_query(forum_id, None)
            .page(page)
            .each(&self.conn, summary_row, each)
    }

    pub fn count_meetings(&self, forum_id: Option<&str>) -> Result<u64> {
        summary_query(forum_id, None).count(&self.conn)
    }

    /// The meetings dated `date` (YYYY-MM-DD), of every forum, newest first.
    pub fn meetings_of_day(&self, date: &str) -> Result<Vec<MeetingSummary>> {
        summary_query(None, Some(date)).collect(&self.conn, summary_row)
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
        if let Some(place) = place {
            limits::plain(Field::Place, place, false)?;
            limits::length(Field::Place, place, limits::NAME)?;
        }
        if let Some(keeper) = minute_keeper {
            limits::plain(Field::MinuteKeeper, keeper, false)?;
            limits::length(Field::MinuteKeeper, keeper, limits::NAME)?;
        }
        self.write(|tx| {
            touch(tx, "meeting", meeting_id)?;
            tx.execute(
                "UPDATE meeting SET channel = ?2, place = ?3, minute_keeper = ?4 WHERE id = ?1",
                params![meeting_id, channel, place, minute_keeper],
            )?;
            log(tx, "meeting.details", &meeting_id.to_string())
        })
    }

    /// Marks the item being discussed, for the clock of time on the item.
    pub fn set_current_item(&mut self, meeting_id: i64, item_id: i64, at: DateTime<Local>) -> Result<()> {
        self.write(|tx| {
            if meeting_of_item(tx, item_id)? != meeting_id {
                return Err(StoreError::ItemNotOnMeeting {
                    item: item_id,
                    meeting: meeting_id,
                });
            }
            tx.execute(
                "UPDATE meeting SET current_item_id = ?2, current_item_since = ?3 WHERE id = ?1",
                params![meeting_id, item_id, stamp(at)],
            )?;
            Ok(())
        })
    }
}

/// Meetings newest first (meeting_date, or meeting_forum_date for one
/// forum) with their counts. A meeting's entries are counted in one pass over
/// its part of entry_meeting_kind, which holds all a count needs; the three
/// counts come back as one text "entries,decisions,actions".
pub(crate) fn summary_query(forum_id: Option<&str>, date: Option<&str>) -> Query {
    let mut q = Query::new(
        "SELECT m.id, m.forum_id, m.date, m.status,
            (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id
                AND a.status IN ('present', 'remote', 'substitute')),
            (SELECT count(*) FROM agenda_item i WHERE i.meeting_id = m.id AND i.removed_at IS NULL),
            (SELECT count(*) || ',' || coalesce(sum(e.kind = 'decision'), 0) || ','
                    || coalesce(sum(e.kind = 'action'), 0)
             FROM entry e INDEXED BY entry_meeting_kind WHERE e.meeting_id = m.id AND e.deleted_at IS NULL)",
        [],
    );
    q.push("FROM meeting m WHERE 1", []);
    q.push_some("AND m.forum_id = ?", forum_id)
        .push_some("AND m.date = ?", date)
        .order("ORDER BY m.date DESC, m.id DESC");
    q
}

fn summary_row(r: &Row) -> rusqlite::Result<MeetingSummary> {
    let counts: String = r.get(6)?;
    let mut n = counts
        .split(',')
        .map(|c| c.parse::<i64>().map_err(|_| super::bad("count", &counts)));
    let mut next = || n.next().unwrap_or_else(|| Err(super::bad("count", &counts)));
    Ok(MeetingSummary {
        id: r.get(0)?,
        forum_id: r.get(1)?,
        date: r.get(2)?,
        status: r.get(3)?,
        present: r.get(4)?,
        items: r.get(5)?,
        entries: next()?,
        decisions: next()?,
        actions: next()?,
    })
}
