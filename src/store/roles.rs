//! A person's roles over time, every period, for the people screen.

use rusqlite::params;

use super::people::Assignment;
use super::{Result, Store};

impl Store {
    /// Every role `person_id` holds or held, newest period first.
    pub fn roles_over_time(&self, person_id: i64) -> Result<Vec<Assignment>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.role_id, r.name, o.name, o.party, a.valid_from, a.valid_to
             FROM role_assignment a
             JOIN role r ON r.id = a.role_id
             JOIN organisation o ON o.id = a.organisation_id
             WHERE a.person_id = ?1
             ORDER BY a.valid_from DESC, r.position",
        )?;
        let list = stmt
            .query_map(params![person_id], |r| {
                Ok(Assignment {
                    role_id: r.get(0)?,
                    role_name: r.get(1)?,
                    organisation: r.get(2)?,
                    party: r.get(3)?,
                    from: r.get(4)?,
                    to: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }
}
