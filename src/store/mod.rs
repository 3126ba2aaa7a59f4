//! The one place that talks to SQLite: opening the file, pragmas, the schema,
//! and the queries of each concern (one submodule each).

mod abandon;
mod agenda;
mod amended;
mod attendance;
mod cancel;
pub mod catalog;
pub mod drafts;
mod entries;
mod error;
mod filesystem;
pub mod followup;
pub mod justering_due;
pub mod keys;
mod limits;
pub mod listing;
pub mod locks;
pub mod maintenance;
pub mod meetings;
pub mod people;
#[cfg(test)]
mod plans;
pub mod protocol_details;
pub mod protocols;
pub mod register;
pub mod reports;
pub mod reviews;
pub mod schedule;
mod schema;
pub mod search;
mod snippet;
pub mod undo;
mod worklist;

use std::fs::{self, OpenOptions};
use std::io;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior};

pub use error::{Field, Record, Result, StoreError};
pub use schema::{APPLICATION_ID, LATEST_VERSION};

/// How long a writer waits for another process's transaction before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// True between begin_batch and commit_batch.
    in_batch: bool,
}

impl Store {
    /// Opens the database at `path`, or creates it; loads the embedded
    /// catalogue on first use. A file fora does not open is refused before
    /// anything is written to it.
    pub fn open(path: &Path) -> Result<Store> {
        filesystem::require_local(path)?;
        create_private(path)?;
        let found = schema::inspect(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        let mut store = Store {
            conn,
            path: Some(path.to_path_buf()),
            in_batch: false,
        };
        store.configure(true)?;
        if found == schema::Found::New {
            schema::create(&mut store.conn, &path.display().to_string())?;
        }
        store.load_catalog()?;
        Ok(store)
    }

    /// A private database in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        let mut store = Store {
            conn: Connection::open_in_memory()?,
            path: None,
            in_batch: false,
        };
        store.configure(false)?;
        schema::create(&mut store.conn, ":memory:")?;
        store.load_catalog()?;
        Ok(store)
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The schema version recorded in the file.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    fn configure(&self, on_disk: bool) -> Result<()> {
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        if on_disk {
            let mode: String = self
                .conn
                .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(StoreError::NotWal(mode));
            }
        }
        self.conn
            .execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")?;
        // Case and diacritics folded as fora compares names, for filters in SQL.
        self.conn.create_scalar_function(
            "fold",
            1,
            FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
            |ctx| Ok(ctx.get::<Option<String>>(0)?.map(|t| crate::text::fold(&t))),
        )?;
        Ok(())
    }

    fn load_catalog(&mut self) -> Result<()> {
        if !self.catalog_loaded()? {
            let embedded = crate::catalog::Catalog::embedded();
            self.write(|tx| catalog::replace(tx, &embedded, crate::catalog::EMBEDDED))?;
        }
        Ok(())
    }

    /// Runs `change` in one `BEGIN IMMEDIATE` transaction: all of it is
    /// committed, or none of it when it returns an error. Inside a batch it
    /// runs in a savepoint of the batch's transaction instead.
    pub fn write<T>(&mut self, change: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        if self.in_batch {
            let savepoint = self.conn.savepoint()?;
            let value = change(&savepoint)?;
            savepoint.commit()?;
            return Ok(value);
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = change(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Starts one transaction for many writes, for generating large archives
    /// quickly; nothing is durable until [`Store::commit_batch`].
    pub fn begin_batch(&mut self) -> Result<()> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        self.in_batch = true;
        Ok(())
    }

    pub fn commit_batch(&mut self) -> Result<()> {
        self.in_batch = false;
        self.conn.execute_batch("COMMIT")?;
        Ok(())
    }

    /// Read access for queries.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// A timestamp as fora keeps it: local time, RFC 3339, whole seconds.
pub fn stamp(at: chrono::DateTime<chrono::Local>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

/// A value the database should not hold, as an error reading it.
fn bad(what: &str, value: &str) -> rusqlite::Error {
    rusqlite::Error::InvalidColumnName(format!("unexpected {what} `{value}` in the database"))
}

/// Whether row `id` of `table` exists, as an error if not.
fn touch(tx: &Connection, table: &str, id: i64) -> Result<()> {
    // A change to a row that is not there must not pass silently.
    let exists: Option<i64> = tx
        .query_row(&format!("SELECT id FROM {table} WHERE id = ?1"), [id], |r| {
            r.get(0)
        })
        .optional()?;
    let record = if table == "attendance" {
        Record::Attendance
    } else {
        Record::Meeting
    };
    exists.map(|_| ()).ok_or(StoreError::Missing(record, id))
}

/// The meeting of an agenda item that is still on the agenda.
fn meeting_of_item(tx: &Connection, item_id: i64) -> Result<i64> {
    tx.prepare_cached("SELECT meeting_id FROM agenda_item WHERE id = ?1 AND removed_at IS NULL")?
        .query_row([item_id], |r| r.get(0))
        .optional()?
        .ok_or(StoreError::Missing(Record::AgendaItem, item_id))
}

/// Appends one line to the history log, inside the caller's transaction.
pub fn log(tx: &Connection, action: &str, detail: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO history (at, action, detail) VALUES (?1, ?2, ?3)",
        (chrono::Local::now().to_rfc3339(), action, detail),
    )?;
    Ok(())
}

/// Makes sure the database file exists with mode 0600 (and its folder with
/// 0700) before SQLite opens it; SQLite gives the -wal and -shm files the
/// same mode as the database.
fn create_private(path: &Path) -> Result<()> {
    let create_error = |cause| StoreError::Create {
        path: path.display().to_string(),
        cause,
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.exists()
    {
        fs::create_dir_all(dir).map_err(create_error)?;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700)).map_err(create_error)?;
    }
    match OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(create_error(e)),
    }
}
