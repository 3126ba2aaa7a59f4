//! Which files fora opens, and the schema it creates in a new one.
//!
//! A fora database carries fora's own `application_id` and the schema version
//! in `user_version`. fora has not been released, so there is one baseline
//! schema and no migrations: a file from a development version of fora is
//! refused, like one from a newer fora. From the first release on, every
//! change to the schema is a numbered migration after the baseline.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use super::{Result, StoreError};

/// fora's `PRAGMA application_id`: the ASCII bytes of "fora".
pub const APPLICATION_ID: i64 = 0x666F_7261;

/// The schema version this fora reads and writes.
pub const LATEST_VERSION: i64 = 5;

const BASELINE: &str = include_str!("migrations/001_baseline.sql");

/// What a file holds that fora may open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Found {
    /// Empty, or an SQLite database without tables: fora creates its schema.
    New,
    /// A fora database of this schema.
    Current,
}

/// What the file at `path` is, told without writing to it: from the
/// header, and, when the header does not settle it, by reading with SQLite.
pub(super) fn inspect(path: &Path) -> Result<Found> {
    let shown = path.display().to_string();
    // Why SQLite or the header says no is not told: the message names the file.
    // Why the header or SQLite says no is not told: the message names the file.
    let not_a_database = || StoreError::NotADatabase { path: shown.clone() };
    let mut header = Vec::with_capacity(100);
    // A file fora may not read is not called "not a database": the reason is told.
    File::open(path)
        .and_then(|f| f.take(100).read_to_end(&mut header))
        .map_err(|cause| StoreError::Read {
            path: shown.clone(),
            cause,
        })?;
    if header.is_empty() {
        return Ok(Found::New);
    }
    if header.len() < 100 || !header.starts_with(b"SQLite format 3\0") {
        return Err(not_a_database());
    }
    let field = |at: usize| {
        i64::from(i32::from_be_bytes([
            header[at],
            header[at + 1],
            header[at + 2],
            header[at + 3],
        ]))
    };
    if field(68) == APPLICATION_ID {
        return classify(&shown, &Marks::of_fora(field(60)));
    }
    // Not marked as fora's in the header: a file without tables, another
    // program's, a development fora's from before the application id, or
    // a fora database whose creation is still in another fora's WAL.
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|_| not_a_database())?;
    let marks = Marks::read(&conn).map_err(|_| not_a_database())?;
    classify(&shown, &marks)
}

/// What tells a fora database from others.
struct Marks {
    application_id: i64,
    version: i64,
    tables: bool,
    /// Has the table every fora schema began with.
    catalog_source: bool,
}

impl Marks {
    fn of_fora(version: i64) -> Marks {
        Marks {
            application_id: APPLICATION_ID,
            version,
            tables: true,
            catalog_source: true,
        }
    }

    fn read(conn: &Connection) -> rusqlite::Result<Marks> {
        conn.query_row(
            "SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM pragma_user_version),
                    EXISTS (SELECT 1 FROM sqlite_master),
                    EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'catalog_source')",
            [],
            |r| {
                Ok(Marks {
                    application_id: r.get(0)?,
                    version: r.get(1)?,
                    tables: r.get(2)?,
                    catalog_source: r.get(3)?,
                })
            },
        )
    }
}

/// The development versions of fora before the application id numbered
/// their schemas 1 to 12.
const UNMARKED_DEVELOPMENT: std::ops::RangeInclusive<i64> = 1..=12;

fn classify(path: &str, marks: &Marks) -> Result<Found> {
    let path = path.to_string();
    let (found, known) = (marks.version, LATEST_VERSION);
    match marks.application_id {
        APPLICATION_ID if found == known => Ok(Found::Current),
        APPLICATION_ID if found > known => Err(StoreError::NewerSchema { path, found, known }),
        APPLICATION_ID => Err(StoreError::DevelopmentSchema { path, found, known }),
        0 if found == 0 && !marks.tables => Ok(Found::New),
        0 if UNMARKED_DEVELOPMENT.contains(&found) && marks.catalog_source => {
            Err(StoreError::DevelopmentSchema { path, found, known })
        }
        application_id => Err(StoreError::ForeignDatabase {
            path,
            application_id,
            version: found,
        }),
    }
}

/// Creates fora's schema in a new database, in one transaction. Another
/// fora may have created it a moment before: then there is nothing to do.
pub(super) fn create(conn: &mut Connection, path: &str) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    if classify(path, &Marks::read(&tx)?)? == Found::New {
        tx.execute_batch(BASELINE)?;
        tx.execute_batch(&format!(
            "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {LATEST_VERSION};"
        ))?;
    }
    tx.commit()?;
    Ok(())
}
