//! Who is recording a meeting. One fora records a meeting at a time; another
//! that opens it is told so and may read it. A lock whose holder has stopped
//! renewing it (a crash, a killed terminal) is taken over.

use chrono::{DateTime, Local};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::meetings::stamp;
use super::{Result, Store};

/// A lock not renewed for this long belongs to a fora that is gone.
pub const STALE_AFTER_SECONDS: i64 = 30;

/// The fora recording a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Holder {
    pub holder: String,
    pub since: String,
    pub heartbeat: String,
}

/// This process, as a lock holder: "pid@host".
pub fn this_process() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    format!("{}@{}", std::process::id(), host.trim())
}

impl Store {
    /// Takes the meeting for recording, unless another live fora holds it;
    /// then returns that holder and takes nothing.
    pub fn lock_meeting(&mut self, meeting_id: i64, me: &str, at: DateTime<Local>) -> Result<Option<Holder>> {
        let now = stamp(at);
        let stale_before = stamp(at - chrono::Duration::seconds(STALE_AFTER_SECONDS));
        self.write(|tx| {
            let current: Option<Holder> = tx
                .query_row(
                    "SELECT holder, since, heartbeat FROM meeting_lock WHERE meeting_id = ?1",
                    [meeting_id],
                    |r| {
                        Ok(Holder {
                            holder: r.get(0)?,
                            since: r.get(1)?,
                            heartbeat: r.get(2)?,
                        })
                    },
                )
                .optional()?;
            if let Some(h) = &current
                && h.holder != me
                && h.heartbeat >= stale_before
            {
                return Ok(Some(h.clone()));
            }
            tx.execute(
                "INSERT INTO meeting_lock (meeting_id, holder, since, heartbeat) VALUES (?1, ?2, ?3, ?3)
                 ON CONFLICT (meeting_id) DO UPDATE SET holder = excluded.holder, since = excluded.since,
                     heartbeat = excluded.heartbeat",
                params![meeting_id, me, now],
            )?;
            Ok(None)
        })
    }

    /// Renews a lock this fora holds; false when another took it over.
    pub fn renew_lock(&mut self, meeting_id: i64, me: &str, at: DateTime<Local>) -> Result<bool> {
        self.write(|tx| {
            let changed = tx.execute(
                "UPDATE meeting_lock SET heartbeat = ?3 WHERE meeting_id = ?1 AND holder = ?2",
                params![meeting_id, me, stamp(at)],
            )?;
            Ok(changed == 1)
        })
    }

    /// Gives the meeting up for others to record.
    pub fn unlock_meeting(&mut self, meeting_id: i64, me: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM meeting_lock WHERE meeting_id = ?1 AND holder = ?2",
                params![meeting_id, me],
            )?;
            Ok(())
        })
    }
}
