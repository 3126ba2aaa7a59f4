//! Points proposed for a forum's next meeting and planned changes to the IT
//! environment.

use chrono::{DateTime, Local};
use rusqlite::params;
use serde::Serialize;

use super::ANNOUNCED;
use crate::store::{Field, Result, Store, limits, log, stamp};

/// A supplier's planned change to the IT environment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlannedChange {
    pub id: i64,
    pub supplier: String,
    pub text: String,
    pub planned_for: Option<String>,
    /// Listed at a change meeting and marked done there.
    pub announced: bool,
}

/// A point proposed for a forum's next meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Proposal {
    pub id: i64,
    pub supplier: String,
    pub text: String,
}

impl Store {
    /// A supplier proposes a point for a forum's next meeting.
    pub fn propose(
        &mut self,
        forum_id: &str,
        organisation_id: i64,
        text: &str,
        at: DateTime<Local>,
    ) -> Result<i64> {
        let text = &limits::text(Field::ProposalText, text, limits::REASON, true)?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO proposal (forum_id, organisation_id, text, proposed_at) VALUES (?1, ?2, ?3, ?4)",
                params![forum_id, organisation_id, text, stamp(at)],
            )?;
            let id = tx.last_insert_rowid();
            log(tx, "proposal.add", &format!("{id} {forum_id}"))?;
            Ok(id)
        })
    }

    /// Points proposed for a forum that no meeting has taken up yet.
    pub fn pending_proposals(&self, forum_id: &str) -> Result<Vec<Proposal>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, o.name, p.text FROM proposal p JOIN organisation o ON o.id = p.organisation_id
             WHERE p.forum_id = ?1 AND p.meeting_id IS NULL ORDER BY p.id",
        )?;
        let rows = stmt
            .query_map([forum_id], |r| {
                Ok(Proposal {
                    id: r.get(0)?,
                    supplier: r.get(1)?,
                    text: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// A supplier registers a planned change to announce at the change meeting.
    pub fn plan_change(
        &mut self,
        organisation_id: i64,
        text: &str,
        planned_for: Option<&str>,
        at: DateTime<Local>,
    ) -> Result<i64> {
        let text = &limits::text(Field::ChangeText, text, limits::REASON, true)?;
        if let Some(date) = planned_for {
            limits::date(date)?;
        }
        self.write(|tx| {
            tx.execute(
                "INSERT INTO planned_change (organisation_id, text, planned_for, registered_at) VALUES (?1, ?2, ?3, ?4)",
                params![organisation_id, text, planned_for, stamp(at)],
            )?;
            let id = tx.last_insert_rowid();
            log(tx, "change.plan", &id.to_string())?;
            Ok(id)
        })
    }

    /// Planned changes with whether each has been announced, by supplier.
    pub fn planned_changes(&self) -> Result<Vec<PlannedChange>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT c.id, o.name, c.text, c.planned_for, {ANNOUNCED} FROM planned_change c
             JOIN organisation o ON o.id = c.organisation_id ORDER BY o.name, c.planned_for, c.id"
        ))?;
        let rows = stmt
            .query_map([], |r| {
                Ok(PlannedChange {
                    id: r.get(0)?,
                    supplier: r.get(1)?,
                    text: r.get(2)?,
                    planned_for: r.get(3)?,
                    announced: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}
