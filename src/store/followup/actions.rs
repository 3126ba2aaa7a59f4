//! The action register: actions of every forum, a page at a time, and the
//! actions a meeting followed up.

use chrono::{DateTime, Local};
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::domain::meeting::EntryKind;
use crate::store::listing::{Page, Query, RowKey, Seek};
use crate::store::undo::{Change, log_change};
use crate::store::{Result, Store, StoreError, stamp};

/// One action in the register across forums.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActionRow {
    pub entry_id: i64,
    pub forum_id: String,
    pub forum: String,
    pub meeting_id: i64,
    pub meeting_date: String,
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<String>,
    pub done: bool,
    pub done_at: Option<String>,
    pub done_meeting_id: Option<i64>,
    pub overdue: bool,
}

/// An earlier action of a forum as one of its meetings followed it up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowedUpAction {
    pub entry_id: i64,
    /// The date of the meeting that recorded the action.
    pub from_date: String,
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<String>,
    /// Marked done at the meeting that followed it up.
    pub done_here: bool,
}

/// Where an action followed up stood at the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    DoneHere,
    /// Open, and due before the meeting's day.
    Overdue,
    Open,
}

impl FollowedUpAction {
    pub fn standing(&self, meeting_date: &str) -> Standing {
        if self.done_here {
            Standing::DoneHere
        } else if self.due.as_deref().is_some_and(|d| d < meeting_date) {
            Standing::Overdue
        } else {
            Standing::Open
        }
    }
}

/// What to list from the action register; every filter runs in SQL.
#[derive(Debug, Clone, Default)]
pub struct ActionFilter<'a> {
    pub forum_id: Option<&'a str>,
    /// Part of the owner's name, any case.
    pub owner: Option<&'a str>,
    pub overdue_only: bool,
    pub open_only: bool,
    /// Only the actions marked done (the register's second part).
    pub done_only: bool,
    /// The actions a meeting follows up: those of its forum from earlier
    /// meetings that are open, or were marked done in this meeting.
    pub followed_up_in: Option<i64>,
}

/// The action register's query for `filter`, soonest due first.
pub(crate) fn action_query(filter: &ActionFilter, today: &str) -> Query {
    let mut q = Query::new(
        "SELECT e.id, m.forum_id, f.name, m.id, m.date, e.text, e.owner, e.due, e.done, e.done_at,
                e.done_meeting_id",
        [],
    );
    let open = filter.open_only || filter.overdue_only;
    // One forum: through its meetings, then sorted. Else in the order of the
    // index of all actions or of the open ones, so nothing is sorted whole.
    q.push(
        match (filter.forum_id.is_some(), open) {
            (true, _) => "FROM meeting m CROSS JOIN entry e ON e.meeting_id = m.id",
            (false, true) => {
                "FROM entry e INDEXED BY entry_open_actions JOIN meeting m ON m.id = e.meeting_id"
            }
            (false, false) => {
                "FROM entry e INDEXED BY entry_action_due JOIN meeting m ON m.id = e.meeting_id"
            }
        },
        [],
    )
    .push(
        "JOIN forum f ON f.id = m.forum_id WHERE e.kind = 'action' AND e.deleted_at IS NULL",
        [],
    );
    q.push_some("AND m.forum_id = ?", filter.forum_id);
    if open {
        // Spelled as the partial index entry_open_actions has it.
        q.push("AND e.done = 0", []);
    } else if filter.done_only {
        q.push("AND e.done = 1", []);
    }
    if filter.overdue_only {
        q.push(
            "AND coalesce(e.due, '9999-12-31') < ?",
            [Value::from(today.to_string())],
        );
    }
    q.push_some(
        "AND instr(fold(e.owner), ?) > 0",
        filter.owner.map(crate::text::fold).as_deref(),
    );
    if let Some(meeting) = filter.followed_up_in {
        q.push(
            "AND e.meeting_id != ? AND m.date <= (SELECT date FROM meeting WHERE id = ?)
             AND (e.done = 0 OR e.done_meeting_id = ?)",
            [meeting, meeting, meeting].map(Value::from),
        );
    }
    // The first term is the expression of those two indexes.
    q.order("ORDER BY coalesce(e.due, '9999-12-31'), m.date, e.id");
    q
}

/// The terms of the action register's order, as [`ActionRow::key`] gives them.
pub(crate) const ACTION_KEYS: [&str; 3] = ["coalesce(e.due, '9999-12-31')", "m.date", "e.id"];

impl ActionRow {
    /// Where the action stands in the register, for [`Store::action_window`].
    pub fn key(&self) -> RowKey {
        let due = self.due.clone().unwrap_or_else(|| "9999-12-31".into());
        RowKey(vec![
            due.into(),
            self.meeting_date.clone().into(),
            self.entry_id.into(),
        ])
    }
}

fn action_row(r: &rusqlite::Row, today: &str) -> rusqlite::Result<ActionRow> {
    let due: Option<String> = r.get(7)?;
    let done: bool = r.get(8)?;
    Ok(ActionRow {
        entry_id: r.get(0)?,
        forum_id: r.get(1)?,
        forum: r.get(2)?,
        meeting_id: r.get(3)?,
        meeting_date: r.get(4)?,
        text: r.get(5)?,
        owner: r.get(6)?,
        overdue: !done && due.as_deref().is_some_and(|d| d < today),
        due,
        done,
        done_at: r.get(9)?,
        done_meeting_id: r.get(10)?,
    })
}

impl Store {
    /// Actions of every forum, soonest due first, filtered.
    pub fn actions(&self, filter: &ActionFilter, today: &str) -> Result<Vec<ActionRow>> {
        action_query(filter, today).collect(&self.conn, |r| action_row(r, today))
    }

    /// One page of [`Store::actions`], each row handed to `each` as it is read.
    pub fn each_action<E: From<StoreError>>(
        &self,
        filter: &ActionFilter,
        today: &str,
        page: Page,
        each: impl FnMut(ActionRow) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        action_query(filter, today)
            .page(page)
            .each(&self.conn, |r| action_row(r, today), each)
    }

    /// At most `n` rows of [`Store::actions`] from `seek`.
    pub fn action_window(
        &self,
        filter: &ActionFilter,
        today: &str,
        seek: &Seek,
        n: usize,
    ) -> Result<Vec<ActionRow>> {
        action_query(filter, today).window(&self.conn, &ACTION_KEYS, false, seek, n, |r| action_row(r, today))
    }

    /// How many actions [`Store::actions`] lists.
    pub fn count_actions(&self, filter: &ActionFilter, today: &str) -> Result<u64> {
        let whole = filter.forum_id.is_none()
            && filter.owner.is_none()
            && !filter.overdue_only
            && filter.followed_up_in.is_none();
        if whole {
            let done = match (filter.open_only, filter.done_only) {
                (true, _) => Some(false),
                (false, true) => Some(true),
                (false, false) => None,
            };
            return self.tally(EntryKind::Action, done);
        }
        action_query(filter, today).count(&self.conn)
    }

    /// The actions meeting `meeting_id` followed up, as they stood when it
    /// began: its forum's actions from earlier meetings, recorded before it
    /// began and open then, whether still open, marked done at it, or marked
    /// done since. Soonest due first.
    pub fn followed_up_at(&self, meeting_id: i64) -> Result<Vec<FollowedUpAction>> {
        // Through the forum's earlier meetings (meeting_forum_date), and in
        // each through its open actions and those done since the meeting
        // began (entry_meeting_action): only this forum's actions are read,
        // however many other forums have done since.
        let mut stmt = self.conn.prepare_cached(
            "WITH here AS (SELECT id, forum_id, date, coalesce(started_at, date) AS began
                           FROM meeting WHERE id = ?1)
             SELECT e.id, m.date, e.text, e.owner, e.due, 0
             FROM here CROSS JOIN meeting m INDEXED BY meeting_forum_date
                  CROSS JOIN entry e INDEXED BY entry_meeting_action
             WHERE m.forum_id = here.forum_id AND m.date <= here.date AND m.id != here.id
               AND e.meeting_id = m.id AND e.kind = 'action' AND e.deleted_at IS NULL AND e.done = 0
               AND e.recorded_at < here.began
             UNION ALL
             SELECT e.id, m.date, e.text, e.owner, e.due, coalesce(e.done_meeting_id = here.id, 0)
             FROM here CROSS JOIN meeting m INDEXED BY meeting_forum_date
                  CROSS JOIN entry e INDEXED BY entry_meeting_action
             WHERE m.forum_id = here.forum_id AND m.date <= here.date AND m.id != here.id
               AND e.meeting_id = m.id AND e.kind = 'action' AND e.deleted_at IS NULL AND e.done = 1
               AND e.done_at >= here.began AND e.recorded_at < here.began
             ORDER BY 5 NULLS LAST, 2, 1",
        )?;
        let rows = stmt
            .query_map([meeting_id], |r| {
                Ok(FollowedUpAction {
                    entry_id: r.get(0)?,
                    from_date: r.get(1)?,
                    text: r.get(2)?,
                    owner: r.get(3)?,
                    due: r.get(4)?,
                    done_here: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Marks an action done (or open again), recording when and in which meeting.
    pub fn complete_action(
        &mut self,
        entry_id: i64,
        done: bool,
        in_meeting: Option<i64>,
        at: DateTime<Local>,
    ) -> Result<()> {
        self.write(|tx| {
            let was = tx
                .query_row(
                    "SELECT meeting_id, done, done_at, done_meeting_id FROM entry
                     WHERE id = ?1 AND kind = 'action' AND deleted_at IS NULL",
                    [entry_id],
                    |r| Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .optional()?;
            let Some((recorded_in, was_done, done_at, done_meeting_id)) = was else {
                return Err(StoreError::NotAnAction(entry_id));
            };
            tx.execute(
                "UPDATE entry SET done = ?2, done_at = CASE WHEN ?2 THEN ?3 END,
                    done_meeting_id = CASE WHEN ?2 THEN ?4 END
                 WHERE id = ?1",
                params![entry_id, done, stamp(at), in_meeting],
            )?;
            // Undone in the meeting it was marked in, else in its own.
            let change = Change::ActionDone {
                entry_id,
                done: was_done,
                done_at,
                done_meeting_id,
            };
            let meeting = in_meeting.unwrap_or(recorded_in);
            log_change(tx, meeting, "action.done", &format!("{entry_id} {done}"), &change)
        })
    }
}
