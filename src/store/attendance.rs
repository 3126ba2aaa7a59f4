//! Who attends a meeting: the roster's seats and their holders, guests,
//! and when each joined or left.

use chrono::{DateTime, Local};
use rusqlite::params;

use super::undo::{Change, log_change};
use super::{Field, Result, Store, StoreError, limits, stamp, touch};
use crate::domain::meeting::AttendanceStatus;
use crate::domain::records::AttendanceRow;

impl Store {
    pub fn attendance(&self, meeting_id: i64) -> Result<Vec<AttendanceRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, party, role_id, role_name, seat, person_id, person_name, organisation, status,
                    substitute_name, joined_at, left_at
             FROM attendance WHERE meeting_id = ?1 ORDER BY position, id",
        )?;
        let rows = stmt
            .query_map([meeting_id], |r| {
                Ok(AttendanceRow {
                    id: r.get(0)?,
                    party: r.get(1)?,
                    role_id: r.get(2)?,
                    role_name: r.get(3)?,
                    seat: r.get(4)?,
                    person_id: r.get(5)?,
                    person_name: r.get(6)?,
                    organisation: r.get(7)?,
                    status: r.get(8)?,
                    substitute_name: r.get(9)?,
                    joined_at: r.get(10)?,
                    left_at: r.get(11)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Sets one attendance row's status; a substitute needs the name of who stands in.
    pub fn set_attendance(
        &mut self,
        row_id: i64,
        status: AttendanceStatus,
        substitute: Option<&str>,
    ) -> Result<()> {
        let substitute = substitute.map(str::trim).filter(|s| !s.is_empty());
        if status == AttendanceStatus::Substitute && substitute.is_none() {
            return Err(StoreError::SubstituteWithoutName);
        }
        if let Some(name) = substitute {
            limits::plain(Field::GuestName, name, false)?;
            limits::length(Field::GuestName, name, limits::NAME)?;
        }
        let substitute = if status == AttendanceStatus::Substitute {
            substitute
        } else {
            None
        };
        self.write(|tx| {
            touch(tx, "attendance", row_id)?;
            let (meeting_id, was, was_substitute) = tx.query_row(
                "SELECT meeting_id, status, substitute_name FROM attendance WHERE id = ?1",
                [row_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?;
            tx.execute(
                "UPDATE attendance SET status = ?2, substitute_name = ?3 WHERE id = ?1",
                params![row_id, status, substitute],
            )?;
            let change = Change::Attendance {
                row_id,
                status: was,
                substitute: was_substitute,
            };
            log_change(
                tx,
                meeting_id,
                "attendance.set",
                &format!("{row_id} {}", status.id()),
                &change,
            )
        })
    }

    /// Adds a guest, present from now.
    pub fn add_guest(&mut self, meeting_id: i64, name: &str, organisation: Option<&str>) -> Result<i64> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::Empty(Field::GuestName));
        }
        limits::plain(Field::GuestName, name, false)?;
        limits::length(Field::GuestName, name, limits::NAME)?;
        let organisation = organisation.map(str::trim).filter(|o| !o.is_empty());
        if let Some(o) = organisation {
            limits::plain(Field::OrganisationName, o, false)?;
            limits::length(Field::OrganisationName, o, limits::NAME)?;
        }
        self.write(|tx| {
            touch(tx, "meeting", meeting_id)?;
            tx.execute(
                "INSERT INTO attendance (meeting_id, position, person_name, organisation, status)
                 VALUES (?1, (SELECT coalesce(max(position), -1) + 1 FROM attendance WHERE meeting_id = ?1),
                         ?2, ?3, 'present')",
                params![meeting_id, name, organisation],
            )?;
            let id = tx.last_insert_rowid();
            let change = Change::GuestAdded { row_id: id };
            log_change(
                tx,
                meeting_id,
                "attendance.guest",
                &format!("{meeting_id} {name}"),
                &change,
            )?;
            Ok(id)
        })
    }

    /// Records when someone joined (`joined` true) or left the meeting.
    pub fn set_presence_time(
        &mut self,
        row_id: i64,
        joined: bool,
        at: Option<DateTime<Local>>,
    ) -> Result<()> {
        let column = if joined { "joined_at" } else { "left_at" };
        self.write(|tx| {
            touch(tx, "attendance", row_id)?;
            let (meeting_id, was) = tx.query_row(
                &format!("SELECT meeting_id, {column} FROM attendance WHERE id = ?1"),
                [row_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            tx.execute(
                &format!("UPDATE attendance SET {column} = ?2 WHERE id = ?1"),
                params![row_id, at.map(stamp)],
            )?;
            let change = Change::Presence {
                row_id,
                joined,
                at: was,
            };
            log_change(
                tx,
                meeting_id,
                "attendance.time",
                &format!("{row_id} {column}"),
                &change,
            )
        })
    }
}
