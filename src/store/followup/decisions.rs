//! The decision register: "Leveransforum 2026 § 14", newest first.

use rusqlite::OptionalExtension;
use serde::Serialize;

use crate::store::listing::{Page, Query, RowKey, Seek};
use crate::store::{Result, Store, StoreError};

/// A decision in the register, with its reference "Leveransforum 2026 § 14".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DecisionRow {
    pub reference: String,
    pub forum_id: String,
    pub year: i64,
    pub number: i64,
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
        "SELECT f.name, d.forum_id, d.year, d.number, m.id, m.date, e.text",
        [],
    );
    q.push(
        "FROM meeting m CROSS JOIN entry e ON e.meeting_id = m.id JOIN decision_ref d ON d.entry_id = e.id
         JOIN forum f ON f.id = d.forum_id
         WHERE e.kind = 'decision' AND e.deleted_at IS NULL",
        [],
    );
    q.push_some("AND m.forum_id = ?", forum_id)
        .push_some("AND m.date >= ?", since)
        .order("ORDER BY m.date DESC, m.id DESC, d.number DESC");
    q
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
    let name: String = r.get(0)?;
    let year: i64 = r.get(2)?;
    let number: i64 = r.get(3)?;
    Ok(DecisionRow {
        reference: format!("{name} {year} § {number}"),
        forum_id: r.get(1)?,
        year,
        number,
        meeting_id: r.get(4)?,
        date: r.get(5)?,
        text: r.get(6)?,
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
        decision_query(forum_id, since).count(&self.conn)
    }

    /// The register reference of one decision entry, if it has one.
    pub fn decision_reference(&self, entry_id: i64) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT f.name || ' ' || d.year || ' § ' || d.number FROM decision_ref d
                 JOIN forum f ON f.id = d.forum_id WHERE d.entry_id = ?1",
                [entry_id],
                |r| r.get(0),
            )
            .optional()?)
    }
}
