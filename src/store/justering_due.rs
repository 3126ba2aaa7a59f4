//! Justering past its deadline: held meetings of a forum with a deadline in
//! the catalogue (`approve_within_days`, Swedish working days) whose
//! protocol has no approved version by then.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Result, Store};
use crate::domain::working_days;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OverdueJustering {
    pub meeting_id: i64,
    pub forum_id: String,
    pub date: String,
    /// The last day the protocol should have been approved on.
    pub deadline: String,
}

impl Store {
    /// Every meeting whose justering is overdue on `today`, oldest first.
    pub fn overdue_justering(&self, today: NaiveDate) -> Result<Vec<OverdueJustering>> {
        let catalog = self.catalog()?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.id, m.forum_id, m.date FROM meeting m
             JOIN forum f ON f.id = m.forum_id AND f.approve_within_days IS NOT NULL
             WHERE m.status = 'held' AND NOT EXISTS (
                 SELECT 1 FROM protocol_version v WHERE v.meeting_id = m.id AND v.state = 'approved')
             ORDER BY m.date, m.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let mut overdue = Vec::new();
        for row in rows {
            let (meeting_id, forum_id, date) = row?;
            let days = catalog.forum(&forum_id).and_then(|f| f.approve_within_days);
            let held = crate::dates::parse(&date).ok();
            let Some(deadline) = held
                .zip(days)
                .and_then(|(held, days)| working_days::add(held, days.into()))
            else {
                continue;
            };
            if today > deadline {
                overdue.push(OverdueJustering {
                    meeting_id,
                    forum_id,
                    date,
                    deadline: deadline.to_string(),
                });
            }
        }
        Ok(overdue)
    }
}
