//! The one place that talks to SQLite: opening the file, pragmas, migrations,
//! and the queries of each concern (one submodule each).

pub mod catalog;
mod error;
pub mod followup;
pub mod locks;
pub mod maintenance;
pub mod meetings;
mod migrations;
pub mod people;
pub mod protocols;
pub mod schedule;
pub mod search;
pub mod settle;
mod snippet;

use std::fs::{self, OpenOptions};
use std::io;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

pub use error::{Field, Record, Result, StoreError};
pub use migrations::LATEST_VERSION;

/// How long a writer waits for another process's transaction before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// True between begin_batch and commit_batch.
    in_batch: bool,
    /// When the last entry of [`Store::record_entry`] was committed: the
    /// benchmark times Enter to exactly this moment.
    entry_committed_at: Option<Instant>,
    /// True while entries may wait in `entry_pending`: recorded here but not
    /// filed, or left by a fora that was killed. Every write tries to file them first.
    unsettled: bool,
}

impl Store {
    /// Opens (or creates) the database at `path`, brings its schema up to date
    /// and loads the embedded catalogue on first use.
    pub fn open(path: &Path) -> Result<Store> {
        create_private(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        let shown = path.display().to_string();
        // Read the version before anything writes: a newer or foreign file must stay untouched.
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|_| StoreError::NotADatabase { path: shown.clone() })?;
        if version > LATEST_VERSION {
            return Err(StoreError::NewerSchema {
                path: shown,
                found: version,
                known: LATEST_VERSION,
            });
        }
        let mut store = Store {
            conn,
            path: Some(path.to_path_buf()),
            in_batch: false,
            entry_committed_at: None,
            unsettled: false,
        };
        store.configure(true)?;
        store.prepare(version)?;
        Ok(store)
    }

    /// A private database in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        let mut store = Store {
            conn,
            path: None,
            in_batch: false,
            entry_committed_at: None,
            unsettled: false,
        };
        store.configure(false)?;
        store.prepare(0)?;
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
        Ok(())
    }

    fn prepare(&mut self, version: i64) -> Result<()> {
        if version < LATEST_VERSION {
            migrations::apply(&mut self.conn)?;
        }
        if !self.catalog_loaded()? {
            let embedded = crate::catalog::Catalog::embedded();
            self.write(|tx| catalog::replace(tx, &embedded, crate::catalog::EMBEDDED))?;
        }
        // Entries a killed fora recorded but did not file. Best effort: a
        // look-up must not fail because they could not be filed (a full disk,
        // a writer holding the lock); the first write here, or the next open, tries again.
        if self.settle_entries().is_err() {
            self.unsettled = true;
        }
        Ok(())
    }

    /// Runs `change` in one `BEGIN IMMEDIATE` transaction: all of it is
    /// committed, or none of it when it returns an error. Inside a batch it
    /// runs in a savepoint of the batch's transaction instead.
    pub fn write<T>(&mut self, change: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        // Best effort: an entry that cannot be filed waits (fora doctor
        // names it) and must not stop every other change.
        let _ = self.settle_unfiled();
        self.transaction(change)
    }

    /// [`Store::write`] without filing waiting entries first.
    fn transaction<T>(&mut self, change: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
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
        self.settle_entries()?;
        self.in_batch = false;
        self.conn.execute_batch("COMMIT")?;
        Ok(())
    }

    /// When the last entry recorded here was committed (durable: synchronous=FULL).
    pub fn entry_committed_at(&self) -> Option<Instant> {
        self.entry_committed_at
    }

    /// Read access for queries.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }
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
