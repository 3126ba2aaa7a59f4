//! The decision register: "Leveransforum 2026 § 14", newest first.

use std::collections::HashMap;

use rusqlite::OptionalExtension;
use serde::Serialize;

use crate::domain::decision::DecisionRef;
use crate::store::listing::{Page, Query, RowKey, Seek};
use crate::store::{Result, Store, StoreError};

/// A decision in the register, with its reference "Leveransforum 2026 § 14"
/// ("§ (14)" while its meeting runs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DecisionRow {
    pub reference: String,
    pub forum_id: String,
    pub year: i64,
    pub number: i64,
    pub provisional: bool,
    pub meeting_id: i64,
    pub date: String,
    pub text: String,
}

/// Read through the meetings by date (meeting_date, or meeting_forum_date
/// for one forum) and each meeting's decisions (entry_meeting_kind), so rows
/// come newest first without sorting the whole register. CROSS JOIN keeps
/// that order of reading: left to itself SQLite read every decision first.
pub(crate) fn decision_query(forum_id: Option<&str>, since: Option<&str>) -> Query {
    let mut q = Query::new(
        "SELECT d.forum_id, d.forum_name, d.year, d.number, d.provisional, m.id, m.date, e.text",
        [],
    );
    q.push(
        "FROM meeting m CROSS JOIN entry e ON e.meeting_id = m.id
         JOIN decision_reference d ON d.entry_id = e.id
         WHERE e.kind = 'decision' AND e.deleted_at IS NULL",
        [],
    );
    q.push_some("AND m.forum_id = ?", forum_id)
        .push_some("AND m.date >= ?", since)
        .order("ORDER BY m.date DESC, m.id DESC, d.number DESC");
    q
}

/// A reference from the columns forum_name, year, number, provisional of
/// `decision_reference`, starting at column `at`.
fn reference_at(r: &rusqlite::Row, at: usize) -> rusqlite::Result<DecisionRef> {
    Ok(DecisionRef {
        forum: r.get(at)?,
        year: r.get(at + 1)?,
        number: r.get(at + 2)?,
        provisional: r.get(at + 3)?,
    })
}

/// The terms of the register's order (all descending), as [`DecisionRow::key`] gives them.
pub(crate) const DECISION_KEYS: [&str; 3] = ["m.date", "m.id", "d.number"];

impl DecisionRow {
    /// Where the decision stands in the register, for [`Store::decision_window`].
    pub fn key(&self) -> RowKey {
        RowKey(vec![
            self.date.clone().into(),
            self.meeting_id.into(),
            self.number.into(),
        ])
    }
}

fn decision_row(r: &rusqlite::Row) -> rusqlite::Result<DecisionRow> {
    let reference = reference_at(r, 1)?;
    Ok(DecisionRow {
        reference: reference.to_string(),
        forum_id: r.get(0)?,
        year: reference.year,
        number: reference.number,
        provisional: reference.provisional,
        meeting_id: r.get(5)?,
        date: r.get(6)?,
        text: r.get(7)?,
    })
}

impl Store {
    /// The decision register, newest first.
    pub fn decisions(&self, forum_id: Option<&str>, since: Option<&str>) -> Result<Vec<DecisionRow>> {
        decision_query(forum_id, since).collect(&self.conn, decision_row)
    }

    /// One page of [`Store::decisions`], each row handed to `each` as it is read.
    pub fn each_decision<E: From<StoreError>>(
        &self,
        forum_id: Option<&str>,
        since: Option<&str>,
        page: Page,
        each: impl FnMut(DecisionRow) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        decision_query(forum_id, since)
            .page(page)
            .each(&self.conn, decision_row, each)
    }

    /// At most `n` rows of [`Store::decisions`] from `seek`.
    pub fn decision_window(
        &self,
        forum_id: Option<&str>,
        since: Option<&str>,
        seek: &Seek,
        n: usize,
    ) -> Result<Vec<DecisionRow>> {
        decision_query(forum_id, since).window(&self.conn, &DECISION_KEYS, true, seek, n, decision_row)
    }

    pub fn count_decisions(&self, forum_id: Option<&str>, since: Option<&str>) -> Result<u64> {
        if forum_id.is_none() && since.is_none() {
            return self.tally(crate::domain::meeting::EntryKind::Decision, None);
        }
        decision_query(forum_id, since).count(&self.conn)
    }

    /// The reference of one decision entry, if it is a decision not deleted.
    pub fn decision_reference(&self, entry_id: i64) -> Result<Option<DecisionRef>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT forum_name, year, number, provisional FROM decision_reference WHERE entry_id = ?1",
            )?
            .query_row([entry_id], |r| reference_at(r, 0))
            .optional()?)
    }

    /// The reference of every decision of a meeting, by entry id: the rule
    /// of the view `decision_reference`, worked out in one pass. The view
    /// counts, for each provisional decision, the ones before it, which grows
    /// with the square of a meeting's decisions; the meeting screen reads
    /// this after every entry. A test holds the two to the same answers.
    pub fn decision_refs(&self, meeting_id: i64) -> Result<HashMap<i64, DecisionRef>> {
        let (forum, year, highest): (String, i64, i64) = self
            .conn
            .prepare_cached(
                "SELECT f.name, CAST(substr(m.date, 1, 4) AS INTEGER),
                        coalesce((SELECT max(x.number) FROM decision_ref x
                                  WHERE x.forum_id = m.forum_id
                                    AND x.year = CAST(substr(m.date, 1, 4) AS INTEGER)), 0)
                 FROM meeting m JOIN forum f ON f.id = m.forum_id WHERE m.id = ?1",
            )?
            .query_row([meeting_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?
            .ok_or(StoreError::Missing(crate::store::Record::Meeting, meeting_id))?;
        // In protocol order: agenda order, then recorded order.
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, d.year, d.number FROM entry e
             JOIN agenda_item i ON i.id = e.item_id
             LEFT JOIN decision_ref d ON d.entry_id = e.id
             WHERE e.meeting_id = ?1 AND e.kind = 'decision' AND e.deleted_at IS NULL
             ORDER BY i.position, i.id, e.id",
        )?;
        let mut rows = stmt.query([meeting_id])?;
        let (mut refs, mut provisional) = (HashMap::new(), 0);
        while let Some(row) = rows.next()? {
            let fixed: Option<(i64, i64)> = match (row.get(1)?, row.get(2)?) {
                (Some(year), Some(number)) => Some((year, number)),
                _ => None,
            };
            let reference = match fixed {
                Some((year, number)) => DecisionRef {
                    forum: forum.clone(),
                    year,
                    number,
                    provisional: false,
                },
                None => {
                    provisional += 1;
                    DecisionRef {
                        forum: forum.clone(),
                        year,
                        number: highest + provisional,
                        provisional: true,
                    }
                }
            };
            refs.insert(row.get(0)?, reference);
        }
        Ok(refs)
    }
}
