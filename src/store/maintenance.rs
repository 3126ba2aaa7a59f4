//! Looking after the database file: an online backup, and the doctor's checks.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use serde::Serialize;

use super::{LATEST_VERSION, Result, Store, StoreError};

/// One check of `fora doctor` and what it found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    pub name: &'static str,
    pub ok: bool,
    pub detail: String,
}

/// Drafts older than this are worth a look: someone left text unconfirmed.
const STALE_DRAFT_DAYS: i64 = 7;

impl Store {
    /// Copies the whole database, while it may be in use, to `target` through
    /// SQLite's online backup. The copy is private (0600) and checked.
    ///
    /// Every page is copied in one step, without pausing: the step reads in
    /// one read transaction, and in WAL mode a reader never blocks a writer,
    /// so a fora recording meanwhile goes on writing (to the WAL, which is
    /// checkpointed once the copy ends) and the copy is the database as it
    /// stood when the step began.
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        if target.exists() {
            return Err(StoreError::BackupExists(target.display().to_string()));
        }
        if let Some(own) = self.path()
            && own == target
        {
            return Err(StoreError::BackupIsDatabase);
        }
        // Create the file private before SQLite writes to it.
        let created = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(target)
            .and_then(|f| f.set_permissions(std::fs::Permissions::from_mode(0o600)));
        if let Err(cause) = created {
            return Err(StoreError::Create {
                path: target.display().to_string(),
                cause,
            });
        }
        let result = (|| {
            let mut copy = rusqlite::Connection::open(target)?;
            {
                let backup = rusqlite::backup::Backup::new(&self.conn, &mut copy)?;
                // -1: every page at once. Busy or Locked (a writer's rare
                // exclusive moment, such as WAL recovery) is waited out, as
                // long as a write would wait.
                let started = std::time::Instant::now();
                while backup.step(-1)? != rusqlite::backup::StepResult::Done {
                    if started.elapsed() > super::BUSY_TIMEOUT {
                        return Err(StoreError::Busy);
                    }
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
            }
            let integrity: String = copy.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
            if integrity != "ok" {
                return Err(StoreError::BackupDamaged);
            }
            Ok(())
        })();
        if result.is_err() {
            // Never leave a half copy that looks like a backup.
            let _ = std::fs::remove_file(target);
        }
        result
    }

    /// Every check of the database, in order; a failed one says what to do.
    pub fn doctor(&self) -> Result<Vec<Check>> {
        let mut checks = Vec::new();
        let integrity: Vec<String> = {
            let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
            stmt.query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?
        };
        let intact = integrity.len() == 1 && integrity[0] == "ok";
        checks.push(Check {
            name: "integrity",
            ok: intact,
            detail: if intact {
                "ok".into()
            } else {
                format!("{}; restore the latest backup", integrity.join("; "))
            },
        });
        let version = self.schema_version()?;
        checks.push(Check {
            name: "schema",
            ok: version == LATEST_VERSION,
            detail: format!("version {version} (this fora writes {LATEST_VERSION})"),
        });
        if let Some(path) = self.path() {
            for suffix in ["", "-wal", "-shm"] {
                let file = format!("{}{suffix}", path.display());
                let Ok(meta) = std::fs::metadata(&file) else {
                    continue;
                };
                let mode = meta.permissions().mode() & 0o777;
                checks.push(Check {
                    name: "file mode",
                    ok: mode & 0o077 == 0,
                    detail: if mode & 0o077 == 0 {
                        format!("{file}: {mode:o}")
                    } else {
                        format!("{file}: {mode:o}, readable by others; run chmod 600 {file}")
                    },
                });
            }
        }
        // An approved protocol is only as good as its hash: each stored
        // version must still hash to what was approved.
        let mut stmt = self
            .conn
            .prepare("SELECT id, number, meeting_id, content, sha256 FROM protocol_version")?;
        let mut rows = stmt.query([])?;
        let mut broken = Vec::new();
        let mut versions = 0;
        while let Some(row) = rows.next()? {
            versions += 1;
            let content: String = row.get(3)?;
            let sha: String = row.get(4)?;
            if crate::protocol::snapshot::sha256_hex(content.as_bytes()) != sha {
                let (number, meeting): (i64, i64) = (row.get(1)?, row.get(2)?);
                broken.push(format!("meeting {meeting} version {number}"));
            }
        }
        checks.push(Check {
            name: "protocols",
            ok: broken.is_empty(),
            detail: if broken.is_empty() {
                format!("{versions} protocol version(s), each matching its SHA-256")
            } else {
                format!(
                    "changed after it was hashed: {}; restore the latest backup",
                    broken.join(", ")
                )
            },
        });
        let cutoff = (chrono::Local::now() - chrono::Duration::days(STALE_DRAFT_DAYS)).to_rfc3339();
        let stale: i64 =
            self.conn
                .query_row("SELECT count(*) FROM draft WHERE saved_at < ?1", [&cutoff], |r| {
                    r.get(0)
                })?;
        checks.push(Check {
            name: "drafts",
            ok: stale == 0,
            detail: if stale == 0 {
                "no unconfirmed text older than a week".into()
            } else {
                format!("{stale} draft(s) older than {STALE_DRAFT_DAYS} days: open their meetings to confirm or discard them")
            },
        });
        Ok(checks)
    }
}
