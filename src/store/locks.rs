//! Who is recording a meeting. One fora records a meeting at a time; another
//! that opens it is told so and may read it. A lock whose holder has stopped
//! renewing it (a crash, a killed terminal) is taken over, and so is one
//! whose process is known to be gone: a fora killed on this machine.

use chrono::{DateTime, Local};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::{Result, Store, stamp};

/// A lock not renewed for this long belongs to a fora that is gone.
pub const STALE_AFTER_SECONDS: i64 = 30;

/// The fora recording a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Holder {
    pub holder: String,
    /// Who records, as a second fora names them: see [`this_person`].
    pub person: String,
    pub since: String,
    pub heartbeat: String,
}

/// This process, as a lock holder: "pid@host".
pub fn this_process() -> String {
    format!("{}@{}", std::process::id(), host_name())
}

/// Who uses this fora, as another one names them: the account's full name
/// when the system knows it, else its login name, and the machine.
pub fn this_person() -> String {
    let login = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_default();
    let full = std::fs::read_to_string("/etc/passwd")
        .ok()
        .and_then(|passwd| {
            passwd.lines().find_map(|line| {
                let fields: Vec<&str> = line.split(':').collect();
                (fields.len() > 4 && !login.is_empty() && fields[0] == login)
                    .then(|| fields[4].split(',').next().unwrap_or("").trim().to_string())
            })
        })
        .filter(|name| !name.is_empty());
    let name = full.unwrap_or(login);
    match (name.is_empty(), host_name()) {
        (true, host) => host,
        (false, host) if host.is_empty() => name,
        (false, host) => format!("{name} ({host})"),
    }
}

fn host_name() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// Whether `holder` ("pid@host") is a process of this machine that has
/// ended. Restarting fora after a kill must not wait for the lock to go
/// stale; a holder on another machine, or where /proc cannot tell, is only
/// judged by its heartbeat.
pub fn holder_is_gone(holder: &str) -> bool {
    let Some((pid, host)) = holder.split_once('@') else {
        return false;
    };
    let proc = std::path::Path::new("/proc");
    let Ok(pid) = pid.parse::<u32>() else {
        return false;
    };
    host == host_name() && proc.join("self").exists() && !proc.join(pid.to_string()).exists()
}

impl Store {
    /// Takes the meeting for recording, unless another live fora holds it;
    /// then returns that holder and takes nothing.
    pub fn lock_meeting(
        &mut self,
        meeting_id: i64,
        me: &str,
        person: &str,
        at: DateTime<Local>,
    ) -> Result<Option<Holder>> {
        let now = stamp(at);
        let stale_before = stamp(at - chrono::Duration::seconds(STALE_AFTER_SECONDS));
        self.write(|tx| {
            let current = holder_of(tx, meeting_id)?;
            if let Some(h) = &current
                && h.holder != me
                && h.heartbeat >= stale_before
                && !holder_is_gone(&h.holder)
            {
                return Ok(Some(h.clone()));
            }
            claim(tx, meeting_id, me, person, &now)?;
            Ok(None)
        })
    }

    /// Takes the meeting for recording from whoever holds it, alive or
    /// not: for when the recorder's laptop died and its lock would keep
    /// the meeting read-only. The other fora learns it on its next renewal.
    pub fn take_over_lock(
        &mut self,
        meeting_id: i64,
        me: &str,
        person: &str,
        at: DateTime<Local>,
    ) -> Result<()> {
        self.write(|tx| {
            let from = holder_of(tx, meeting_id)?.map(|h| h.holder).unwrap_or_default();
            claim(tx, meeting_id, me, person, &stamp(at))?;
            super::log(tx, "lock.take_over", &format!("{meeting_id} {from} {me}"))
        })
    }

    /// Who holds the lock on a meeting, if anyone (alive or not).
    pub fn lock_holder(&self, meeting_id: i64) -> Result<Option<Holder>> {
        holder_of(&self.conn, meeting_id)
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

fn claim(tx: &rusqlite::Connection, meeting_id: i64, me: &str, person: &str, now: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO meeting_lock (meeting_id, holder, person, since, heartbeat) VALUES (?1, ?2, ?3, ?4, ?4)
         ON CONFLICT (meeting_id) DO UPDATE SET holder = excluded.holder, person = excluded.person,
             since = excluded.since, heartbeat = excluded.heartbeat",
        params![meeting_id, me, person, now],
    )?;
    Ok(())
}

fn holder_of(conn: &rusqlite::Connection, meeting_id: i64) -> Result<Option<Holder>> {
    Ok(conn
        .query_row(
            "SELECT holder, person, since, heartbeat FROM meeting_lock WHERE meeting_id = ?1",
            [meeting_id],
            |r| {
                Ok(Holder {
                    holder: r.get(0)?,
                    person: r.get(1)?,
                    since: r.get(2)?,
                    heartbeat: r.get(3)?,
                })
            },
        )
        .optional()?)
}
