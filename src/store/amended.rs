//! Meetings changed after their protocol was approved: the latest version is
//! a new one, not approved yet, made after an approved version.

use super::protocols::{Awaiting, awaiting_row};
use super::{Result, Store};

impl Store {
    /// The newest version of each meeting changed after approval, oldest meeting first.
    pub fn changed_after_approval(&self, forum_id: Option<&str>) -> Result<Vec<Awaiting>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT v.id, v.meeting_id, v.number, v.state, v.lang, v.sha256, v.created_at, v.sent_at, v.decided_at,
                    m.forum_id, m.date
             FROM protocol_version v JOIN meeting m ON m.id = v.meeting_id
             WHERE v.state != 'approved'
               AND v.number = (SELECT max(number) FROM protocol_version WHERE meeting_id = v.meeting_id)
               AND EXISTS (SELECT 1 FROM protocol_version a
                           WHERE a.meeting_id = v.meeting_id AND a.state = 'approved')
               AND (?1 IS NULL OR m.forum_id = ?1)
             ORDER BY m.date, v.id",
        )?;
        let list = stmt
            .query_map([forum_id], awaiting_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// The meetings `person_id` sat in, oldest first: the ones a change to
    /// who that person is changes.
    pub fn meetings_attended(&self, person_id: i64) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT a.meeting_id FROM attendance a JOIN meeting m ON m.id = a.meeting_id
             WHERE a.person_id = ?1 ORDER BY m.date, m.id",
        )?;
        let list = stmt
            .query_map([person_id], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }
}
