//! Each forum against its cadence: last meeting, next due date, and the
//! figures of the last twelve months.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::params;
use serde::Serialize;

use super::{Result, Store};
use crate::domain::schedule::{DueState, due, expected_per_year};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScheduleRow {
    pub forum_id: String,
    pub forum: String,
    pub last_meeting: Option<String>,
    pub next_due: Option<String>,
    pub state: DueState,
    /// Days past the due date (positive) or left until it (negative).
    pub days_overdue: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatusRow {
    pub forum_id: String,
    pub forum: String,
    pub held: i64,
    /// Meetings the cadence asks for in twelve months; None without a cadence.
    pub expected: Option<u32>,
    pub cancelled: i64,
    /// Meetings of the twelve months whose protocol has an approved version.
    pub protocols_approved: i64,
    /// Median days from a meeting to the approval of its protocol.
    pub median_days_to_approval: Option<f64>,
    pub open_actions: i64,
    pub overdue_actions: i64,
    pub open_escalations: i64,
    pub state: DueState,
}

impl Store {
    /// Per forum, the last meeting held (or going on) and the last one held,
    /// going on or cancelled.
    fn last_meetings(&self) -> Result<HashMap<String, (Option<String>, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT forum_id, max(CASE WHEN status != 'cancelled' THEN date END), max(date)
             FROM meeting WHERE status IN ('held', 'in_progress', 'cancelled')
             GROUP BY forum_id",
        )?;
        let map = stmt
            .query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?
            .collect::<rusqlite::Result<HashMap<_, _>>>()?;
        Ok(map)
    }

    /// Every forum with its next due date on `today`, in catalogue order.
    pub fn schedule(&self, today: NaiveDate) -> Result<Vec<ScheduleRow>> {
        let catalog = self.catalog()?;
        let last = self.last_meetings()?;
        let rows = catalog
            .forums
            .iter()
            .map(|f| {
                // A cancellation is never a meeting held: a "minst" cadence
                // is kept only by meetings. A fixed cadence (the operational
                // meeting, which may be called off without points) counts
                // the cancelled occasion as taken care of.
                let last_meeting = last.get(&f.id).and_then(|(held, any)| {
                    if f.cadence.as_ref().is_some_and(|c| c.at_least) {
                        held.clone()
                    } else {
                        Some(any.clone())
                    }
                });
                let last_date = last_meeting.as_deref().and_then(|d| crate::dates::parse(d).ok());
                let (next, state) = due(f.cadence.as_ref(), f.active, last_date, today);
                ScheduleRow {
                    forum_id: f.id.clone(),
                    forum: f.name.clone(),
                    last_meeting,
                    next_due: next.map(|d| d.to_string()),
                    days_overdue: next.map(|d| (today - d).num_days()),
                    state,
                }
            })
            .collect();
        Ok(rows)
    }

    /// Per forum, the twelve months up to `today`: meetings held against the
    /// cadence, open and overdue actions, open escalations sent to it.
    pub fn status(&self, today: NaiveDate) -> Result<Vec<StatusRow>> {
        let since = today
            .checked_sub_months(chrono::Months::new(12))
            .unwrap_or(today)
            .to_string();
        let today_text = today.to_string();
        let schedule = self.schedule(today)?;
        let catalog = self.catalog()?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT
                (SELECT count(*) FROM meeting WHERE forum_id = ?1 AND status = 'held' AND date > ?2 AND date <= ?3),
                (SELECT count(*) FROM meeting WHERE forum_id = ?1 AND status = 'cancelled' AND date > ?2 AND date <= ?3),
                (SELECT count(*) FROM entry e WHERE e.kind = 'escalation' AND e.target_forum = ?1
                  -- The partial index entry_open_followup's own terms, so that
                  -- SQLite uses it (92 ms -> 1 ms on 1M entries).
                  AND e.kind IN ('escalation', 'disagreement')
                  AND e.deleted_at IS NULL AND e.handled_by IS NULL)",
        )?;
        // Open and overdue actions of every forum in one pass over the open
        // ones: a pass per forum read each open action's row a dozen times.
        let mut open_actions: HashMap<String, (i64, i64)> = HashMap::new();
        let mut actions = self.conn.prepare_cached(
            "SELECT m.forum_id, count(*), coalesce(sum(e.due < ?1), 0)
             FROM entry e INDEXED BY entry_open_actions JOIN meeting m ON m.id = e.meeting_id
             WHERE e.kind = 'action' AND e.done = 0 AND e.deleted_at IS NULL
             GROUP BY m.forum_id",
        )?;
        let mut found = actions.query([&today_text])?;
        while let Some(row) = found.next()? {
            open_actions.insert(row.get(0)?, (row.get(1)?, row.get(2)?));
        }
        // Days from each meeting to its protocol's first approval, per forum.
        let mut approvals: HashMap<String, Vec<f64>> = HashMap::new();
        let mut approved = self.conn.prepare_cached(
            "SELECT m.forum_id, julianday(substr(min(v.decided_at), 1, 10)) - julianday(m.date)
             FROM protocol_version v JOIN meeting m ON m.id = v.meeting_id
             WHERE v.state = 'approved' AND m.date > ?1 AND m.date <= ?2
             GROUP BY m.id",
        )?;
        let mut found = approved.query(params![since, today_text])?;
        while let Some(row) = found.next()? {
            approvals
                .entry(row.get(0)?)
                .or_default()
                .push(row.get::<_, f64>(1)?.max(0.0));
        }
        let mut rows = Vec::new();
        for (forum, due) in catalog.forums.iter().zip(schedule) {
            let (held, cancelled, open_escalations) = stmt
                .query_row(params![forum.id, since, today_text], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })?;
            let (open_actions, overdue_actions) = open_actions.get(&forum.id).copied().unwrap_or_default();
            let mut days = approvals.remove(&forum.id).unwrap_or_default();
            days.sort_by(f64::total_cmp);
            let median = match days.len() {
                0 => None,
                n if n % 2 == 1 => Some(days[n / 2]),
                n => Some((days[n / 2 - 1] + days[n / 2]) / 2.0),
            };
            rows.push(StatusRow {
                protocols_approved: days.len() as i64,
                median_days_to_approval: median,
                forum_id: forum.id.clone(),
                forum: forum.name.clone(),
                held,
                expected: forum
                    .cadence
                    .as_ref()
                    .filter(|_| forum.active)
                    .map(expected_per_year),
                cancelled,
                open_actions,
                overdue_actions,
                open_escalations,
                state: due.state,
            });
        }
        Ok(rows)
    }
}
