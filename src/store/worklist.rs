//! The protocols the secretary has work on: the newest version of each
//! meeting that is out for justering, returned, or a draft made after a
//! version was returned or approved.

use super::protocols::{Awaiting, awaiting_row};
use super::{Result, Store};

impl Store {
    /// The newest version of each meeting with justering work, the one
    /// waiting longest first.
    pub fn justering_worklist(&self, forum_id: Option<&str>) -> Result<Vec<Awaiting>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT v.id, v.meeting_id, v.number, v.state, v.lang, v.sha256, v.created_at, v.sent_at, v.decided_at,
                    m.forum_id, m.date
             FROM protocol_version v JOIN meeting m ON m.id = v.meeting_id
             WHERE v.number = (SELECT max(number) FROM protocol_version WHERE meeting_id = v.meeting_id)
               AND (v.state IN ('for_review', 'returned')
                    OR (v.state = 'draft'
                        AND EXISTS (SELECT 1 FROM protocol_version e
                                    WHERE e.meeting_id = v.meeting_id AND e.state IN ('approved', 'returned'))))
               AND (?1 IS NULL OR m.forum_id = ?1)
             ORDER BY coalesce(v.sent_at, v.decided_at, v.created_at), v.id",
        )?;
        let list = stmt
            .query_map([forum_id], awaiting_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }
}
