//! Cancelling a forum's meeting: a meeting already there for the day is
//! marked cancelled; otherwise a cancellation is recorded, but only near
//! today (within one cadence period), never twice for a day, and never for a
//! meeting that was held.

use chrono::{DateTime, Local, Months, NaiveDate};
use rusqlite::params;

use super::{Field, Result, Store, StoreError, limits, log, stamp};
use crate::domain::cadence::{Cadence, CadenceUnit};
use crate::domain::meeting::MeetingStatus;

impl Store {
    /// Cancels the meeting of `forum_id` on `date` for `reason`, at `at`;
    /// returns the cancelled meeting's id.
    pub fn cancel_meeting(
        &mut self,
        forum_id: &str,
        date: &str,
        reason: &str,
        at: DateTime<Local>,
    ) -> Result<i64> {
        let day = limits::date(date)?;
        let date = day.to_string();
        let reason = limits::text(Field::CancelReason, reason, limits::REASON, true)?;
        let catalog = self.catalog()?;
        let forum = catalog
            .forum(forum_id)
            .ok_or_else(|| StoreError::UnknownForum(forum_id.to_string()))?;
        let (earliest, latest) = window(forum.cadence.as_ref(), at.date_naive());
        self.write(|tx| {
            let mut found = tx.prepare_cached(
                "SELECT id, status FROM meeting WHERE forum_id = ?1 AND date = ?2 ORDER BY id",
            )?;
            let meetings = found
                .query_map(params![forum_id, date], |r| {
                    Ok((r.get::<_, i64>(0)?, r.get::<_, MeetingStatus>(1)?))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            if meetings.iter().any(|(_, s)| *s == MeetingStatus::Cancelled) {
                return Err(StoreError::AlreadyCancelled { date: date.clone() });
            }
            let open = meetings
                .iter()
                .rev()
                .find(|(_, s)| matches!(s, MeetingStatus::Planned | MeetingStatus::InProgress));
            if let Some((id, status)) = open {
                // A meeting going on ends now; a planned one never started.
                let ended = (*status == MeetingStatus::InProgress).then(|| stamp(at));
                tx.execute(
                    "UPDATE meeting SET status = 'cancelled', cancel_reason = ?2,
                     ended_at = coalesce(?3, ended_at) WHERE id = ?1",
                    params![id, reason, ended],
                )?;
                tx.execute("DELETE FROM meeting_lock WHERE meeting_id = ?1", [id])?;
                log(
                    tx,
                    "meeting.cancel",
                    &format!("{id} {forum_id} {date} {}", status.id()),
                )?;
                return Ok(*id);
            }
            if !meetings.is_empty() {
                return Err(StoreError::CancelHeld { date: date.clone() });
            }
            if !(earliest..=latest).contains(&day) {
                return Err(StoreError::CancelOutsideWindow {
                    date: date.clone(),
                    earliest: earliest.to_string(),
                    latest: latest.to_string(),
                });
            }
            tx.execute(
                "INSERT INTO meeting (forum_id, date, status, channel, cancel_reason, created_at)
                 VALUES (?1, ?2, 'cancelled', 'fysiskt', ?3, ?4)",
                params![forum_id, date, reason, stamp(at)],
            )?;
            let id = tx.last_insert_rowid();
            log(tx, "meeting.cancel", &format!("{id} {forum_id} {date}"))?;
            Ok(id)
        })
    }
}

/// The days a meeting with no record yet may be cancelled on: one cadence
/// period either side of `today`, which always holds the next due meeting;
/// a month either side for a forum without a cadence.
fn window(cadence: Option<&Cadence>, today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let months = |n: u32| {
        (
            today.checked_sub_months(Months::new(n)).unwrap_or(today),
            today.checked_add_months(Months::new(n)).unwrap_or(today),
        )
    };
    match cadence {
        None => months(1),
        Some(c) => match c.unit {
            CadenceUnit::Week => {
                let days = chrono::Days::new(7 * u64::from(c.every.max(1)));
                (
                    today.checked_sub_days(days).unwrap_or(today),
                    today.checked_add_days(days).unwrap_or(today),
                )
            }
            CadenceUnit::Month => months(c.every.max(1)),
            CadenceUnit::Year => months(12 * c.every.max(1)),
        },
    }
}
