//! Numbered schema migrations, applied in order when a database opens.
//! The version is SQLite's `user_version`; never edit a migration that has shipped.

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

use super::{Result, StoreError};

const STEPS: &[&str] = &[
    include_str!("migrations/001_init.sql"),
    include_str!("migrations/002_meetings.sql"),
    include_str!("migrations/003_followup.sql"),
    include_str!("migrations/004_protocols.sql"),
    include_str!("migrations/005_locks.sql"),
    include_str!("migrations/006_search_words.sql"),
    include_str!("migrations/007_followup_indexes.sql"),
    include_str!("migrations/009_followup_state.sql"),
    include_str!("migrations/010_followup_lookup.sql"),
    include_str!("migrations/011_action_done_at.sql"),
];

/// The schema version this fora writes.
pub const LATEST_VERSION: i64 = STEPS.len() as i64;

pub(super) fn apply(conn: &mut Connection) -> Result<()> {
    let migrations = Migrations::new(STEPS.iter().map(|sql| M::up(sql)).collect());
    migrations
        .to_latest(conn)
        .map_err(|e| StoreError::Invalid(format!("could not update the database schema: {e}")))
}
