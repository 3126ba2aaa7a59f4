//! Escalations and disagreements between suppliers: where each waits, and
//! what settled it.

use rusqlite::types::Value;
use serde::Serialize;

use crate::store::listing::{Page, Query, RowKey, Seek};
use crate::store::{Result, Store, StoreError};

/// Where an escalation or a disagreement stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowUpState {
    /// Waiting on the target forum's agenda.
    Open,
    /// Decided: the outcome is recorded.
    Decided,
    /// Sent further up the ladder.
    Escalated,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FollowUpRow {
    pub entry_id: i64,
    pub kind: String,
    pub from_forum_id: String,
    pub from_forum: String,
    pub meeting_id: i64,
    pub date: String,
    pub text: String,
    /// Escalation: the forum it was sent to; disagreement: Leveransforum.
    pub target_forum_id: Option<String>,
    pub parties: Option<String>,
    pub state: FollowUpState,
    /// The decision that settled it, or the escalation that took it further.
    pub outcome: Option<String>,
    pub age_days: i64,
}

/// Escalations (`kind` "escalation") or disagreements (any other), oldest
/// first. All of them: through the meetings by date (meeting_date) and each
/// meeting's entries of the kind (entry_meeting_kind), in that order
/// (CROSS JOIN), so nothing is sorted. The open ones: from the partial index
/// of open ones (entry_open_followup), a few rows sorted by date.
pub(crate) fn follow_up_query(kind: &str, open_only: bool, today: &str) -> Query {
    let mut q = Query::new(
        "SELECT e.id, e.kind, m.forum_id, f.name, m.id, m.date, e.text, e.target_forum, e.parties,
                (SELECT h.kind || char(31) || h.text FROM entry h WHERE h.id = e.handled_by),
                CAST(julianday(?) - julianday(m.date) AS INTEGER)",
        [Value::from(today.to_string())],
    );
    q.push(
        if open_only {
            "FROM entry e INDEXED BY entry_open_followup JOIN meeting m ON m.id = e.meeting_id"
        } else {
            "FROM meeting m CROSS JOIN entry e ON e.meeting_id = m.id"
        },
        [],
    )
    .push("JOIN forum f ON f.id = m.forum_id WHERE e.deleted_at IS NULL", []);
    q.push(
        if kind == "escalation" {
            "AND e.kind = 'escalation'"
        } else {
            "AND e.kind = 'disagreement'"
        },
        [],
    );
    if open_only {
        q.push(
            "AND e.kind IN ('escalation', 'disagreement') AND e.handled_by IS NULL",
            [],
        );
    }
    q.order("ORDER BY m.date, m.id, e.id");
    q
}

/// The terms of the listing's order, as [`FollowUpRow::key`] gives them.
pub(crate) const FOLLOW_UP_KEYS: [&str; 3] = ["m.date", "m.id", "e.id"];

impl FollowUpRow {
    /// Where the row stands in its listing, for [`Store::follow_up_window`].
    pub fn key(&self) -> RowKey {
        RowKey(vec![
            self.date.clone().into(),
            self.meeting_id.into(),
            self.entry_id.into(),
        ])
    }
}

fn follow_up_row(r: &rusqlite::Row) -> rusqlite::Result<FollowUpRow> {
    let handled: Option<String> = r.get(9)?;
    let (state, outcome) = match handled.as_deref().and_then(|h| h.split_once('\u{1f}')) {
        None => (FollowUpState::Open, None),
        Some(("decision", text)) => (FollowUpState::Decided, Some(text.to_string())),
        Some((_, text)) => (FollowUpState::Escalated, Some(text.to_string())),
    };
    let kind: String = r.get(1)?;
    let target: Option<String> = r.get(7)?;
    Ok(FollowUpRow {
        entry_id: r.get(0)?,
        target_forum_id: if kind == "disagreement" {
            Some("leveransforum".into())
        } else {
            target
        },
        kind,
        from_forum_id: r.get(2)?,
        from_forum: r.get(3)?,
        meeting_id: r.get(4)?,
        date: r.get(5)?,
        text: r.get(6)?,
        parties: r.get(8)?,
        state,
        outcome,
        age_days: r.get(10)?,
    })
}

impl Store {
    /// Escalations (`kind` "escalation") or disagreements ("disagreement"), oldest first.
    pub fn follow_ups(&self, kind: &str, open_only: bool, today: &str) -> Result<Vec<FollowUpRow>> {
        follow_up_query(kind, open_only, today).collect(&self.conn, follow_up_row)
    }

    /// One page of [`Store::follow_ups`], each row handed to `each` as it is read.
    pub fn each_follow_up<E: From<StoreError>>(
        &self,
        kind: &str,
        open_only: bool,
        today: &str,
        page: Page,
        each: impl FnMut(FollowUpRow) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        follow_up_query(kind, open_only, today)
            .page(page)
            .each(&self.conn, follow_up_row, each)
    }

    /// At most `n` rows of [`Store::follow_ups`] from `seek`.
    pub fn follow_up_window(
        &self,
        kind: &str,
        open_only: bool,
        today: &str,
        seek: &Seek,
        n: usize,
    ) -> Result<Vec<FollowUpRow>> {
        follow_up_query(kind, open_only, today).window(
            &self.conn,
            &FOLLOW_UP_KEYS,
            false,
            seek,
            n,
            follow_up_row,
        )
    }

    pub fn count_follow_ups(&self, kind: &str, open_only: bool) -> Result<u64> {
        follow_up_query(kind, open_only, "").count(&self.conn)
    }
}
