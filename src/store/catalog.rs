//! The catalogue in the database: loading a checked catalogue, reading it
//! back, and the roster of a forum with who holds each seat on a day.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::{Result, Store, StoreError, bad, log};
use crate::catalog::{Area, Catalog, Forum, Participant, Role};
use crate::domain::cadence::Cadence;
use crate::domain::{Attendance, Channel, ForumRule, Party};

/// One seat of a forum's roster with the people holding its role that day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RosterSeat {
    pub party: Party,
    pub role_id: String,
    pub role_name: String,
    pub attendance: Attendance,
    pub note: Option<String>,
    pub holders: Vec<Holder>,
}

/// A person holding a role on a given day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Holder {
    pub person_id: i64,
    pub name: String,
    pub organisation: String,
}

/// The seats of forum ?1 with the people holding each on day ?2 (YYYY-MM-DD).
/// Public so the benchmark can run the very same query in the sqlite3 shell.
pub const ROSTER_SQL: &str = "SELECT s.party, s.role_id, r.name, s.attendance, s.note, p.id, p.name, o.name
 FROM forum_seat s
 JOIN role r ON r.id = s.role_id
 LEFT JOIN role_assignment a ON a.role_id = s.role_id AND a.party = s.party
      AND coalesce(a.valid_to, '9999-12-31') >= ?2 AND a.valid_from <= ?2
 LEFT JOIN organisation o ON o.id = a.organisation_id
 LEFT JOIN person p ON p.id = a.person_id
 WHERE s.forum_id = ?1
 ORDER BY s.position, p.name, p.id";

/// Replaces the whole catalogue inside `tx`. Roles that people hold must
/// stay; forums and roles that records still name are kept, marked retired.
pub fn replace(tx: &Connection, catalog: &Catalog, source: &str) -> Result<()> {
    let mut held = tx.prepare("SELECT DISTINCT role_id FROM role_assignment")?;
    let held: Vec<String> = held
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let missing: Vec<String> = held.into_iter().filter(|id| catalog.role(id).is_none()).collect();
    if !missing.is_empty() {
        return Err(StoreError::RolesInUse(missing));
    }

    tx.execute_batch(
        "DELETE FROM forum_seat; DELETE FROM forum_theme;
         UPDATE forum SET retired = 1; UPDATE role SET retired = 1;",
    )?;
    let mut area = tx.prepare(
        "INSERT INTO area (number, name) VALUES (?1, ?2)
         ON CONFLICT (number) DO UPDATE SET name = excluded.name",
    )?;
    for a in &catalog.areas {
        area.execute(params![a.number, a.name])?;
    }
    let mut role = tx.prepare(
        "INSERT INTO role (id, position, name, retired) VALUES (?1, ?2, ?3, 0)
         ON CONFLICT (id) DO UPDATE SET position = excluded.position, name = excluded.name, retired = 0",
    )?;
    for (i, r) in catalog.roles.iter().enumerate() {
        role.execute(params![r.id, i as i64, r.name])?;
    }
    let mut forum = tx.prepare(
        "INSERT INTO forum (id, position, name, qualifier, area, level, active, purpose, channels,
            cadence_every, cadence_unit, cadence_at_least, cadence_when_needed, cadence_note,
            minute_keeper, approver, rules, retired)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, 0)
         ON CONFLICT (id) DO UPDATE SET position = excluded.position, name = excluded.name,
            qualifier = excluded.qualifier, area = excluded.area, level = excluded.level,
            active = excluded.active, purpose = excluded.purpose, channels = excluded.channels,
            cadence_every = excluded.cadence_every, cadence_unit = excluded.cadence_unit,
            cadence_at_least = excluded.cadence_at_least, cadence_when_needed = excluded.cadence_when_needed,
            cadence_note = excluded.cadence_note, minute_keeper = excluded.minute_keeper,
            approver = excluded.approver, rules = excluded.rules, retired = 0",
    )?;
    let mut theme = tx.prepare("INSERT INTO forum_theme (forum_id, position, text) VALUES (?1, ?2, ?3)")?;
    let mut seat = tx.prepare(
        "INSERT INTO forum_seat (forum_id, position, party, role_id, attendance, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (i, f) in catalog.forums.iter().enumerate() {
        let channels: Vec<&str> = f.channels.iter().map(|c| c.id()).collect();
        let rules: Vec<&str> = f.rules.iter().map(|r| r.id()).collect();
        let c = f.cadence.as_ref();
        forum.execute(params![
            f.id,
            i as i64,
            f.name,
            f.qualifier,
            f.area,
            f.level,
            f.active,
            f.purpose,
            channels.join(","),
            c.map(|c| c.every),
            c.map(|c| c.unit),
            c.map(|c| c.at_least),
            c.map(|c| c.when_needed),
            c.and_then(|c| c.note.clone()),
            f.keeper,
            f.approver,
            rules.join(","),
        ])?;
        for (t, text) in f.themes.iter().enumerate() {
            theme.execute(params![f.id, t as i64, text])?;
        }
        for (p, s) in f.participants.iter().enumerate() {
            seat.execute(params![f.id, p as i64, s.party, s.role, s.attendance, s.note])?;
        }
    }
    // What no record names any more can go; the rest stays retired.
    tx.execute_batch(
        "DELETE FROM forum WHERE retired = 1
            AND id NOT IN (SELECT forum_id FROM meeting)
            AND id NOT IN (SELECT target_forum FROM entry WHERE target_forum IS NOT NULL);
         DELETE FROM role WHERE retired = 1
            AND id NOT IN (SELECT role_id FROM attendance WHERE role_id IS NOT NULL);
         DELETE FROM area WHERE number NOT IN (SELECT area FROM forum);",
    )?;
    super::reports::replace_types(tx, catalog)?;
    tx.execute(
        "INSERT INTO catalog_source (id, contract, source, loaded_at) VALUES (1, ?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET contract = excluded.contract, source = excluded.source,
             loaded_at = excluded.loaded_at",
        params![catalog.contract, source, chrono::Local::now().to_rfc3339()],
    )?;
    log(
        tx,
        "catalog.load",
        &format!("{} ({} forums)", catalog.contract, catalog.forums.len()),
    )
}

fn split_ids<T>(list: &str, what: &str, from_id: fn(&str) -> Option<T>) -> rusqlite::Result<Vec<T>> {
    list.split(',')
        .filter(|s| !s.is_empty())
        .map(|id| from_id(id).ok_or_else(|| bad(what, id)))
        .collect()
}

impl Store {
    pub(super) fn catalog_loaded(&self) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT 1 FROM catalog_source WHERE id = 1", [], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// The catalogue file as it was last loaded, comments and all.
    pub fn catalog_source(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("SELECT source FROM catalog_source WHERE id = 1", [], |r| r.get(0))?)
    }

    /// Loads and checks another catalogue; on any error nothing changes.
    pub fn import_catalog(&mut self, source: &str) -> std::result::Result<Catalog, ImportError> {
        let catalog = Catalog::parse(source).map_err(ImportError::Catalog)?;
        self.write(|tx| replace(tx, &catalog, source))
            .map_err(ImportError::Store)?;
        Ok(catalog)
    }

    /// The catalogue as stored, in its file order.
    pub fn catalog(&self) -> Result<Catalog> {
        read_catalog(&self.conn)
    }

    /// The roster of a forum on `date` (YYYY-MM-DD), seats in catalogue order.
    pub fn roster(&self, forum_id: &str, date: &str) -> Result<Vec<RosterSeat>> {
        let mut stmt = self.conn.prepare_cached(ROSTER_SQL)?;
        let mut rows = stmt.query(params![forum_id, date])?;
        let mut seats: Vec<RosterSeat> = Vec::new();
        while let Some(row) = rows.next()? {
            let party: Party = row.get(0)?;
            let role_id: String = row.get(1)?;
            let same_seat = seats
                .last()
                .is_some_and(|s| s.role_id == role_id && s.party == party);
            if !same_seat {
                seats.push(RosterSeat {
                    party,
                    role_id,
                    role_name: row.get(2)?,
                    attendance: row.get(3)?,
                    note: row.get(4)?,
                    holders: Vec::new(),
                });
            }
            if let Some(person_id) = row.get::<_, Option<i64>>(5)? {
                let seat = seats.last_mut().expect("a seat was pushed above");
                seat.holders.push(Holder {
                    person_id,
                    name: row.get(6)?,
                    organisation: row.get(7)?,
                });
            }
        }
        Ok(seats)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    Catalog(crate::catalog::CatalogError),
    #[error("{0}")]
    Store(StoreError),
}

fn read_catalog(conn: &Connection) -> Result<Catalog> {
    let contract: String = conn.query_row("SELECT contract FROM catalog_source WHERE id = 1", [], |r| {
        r.get(0)
    })?;
    let mut stmt = conn.prepare_cached("SELECT number, name FROM area WHERE number IN (SELECT area FROM forum WHERE retired = 0) ORDER BY number")?;
    let areas = stmt
        .query_map([], |r| {
            Ok(Area {
                number: r.get(0)?,
                name: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut stmt = conn.prepare_cached("SELECT id, name FROM role WHERE retired = 0 ORDER BY position")?;
    let roles = stmt
        .query_map([], |r| {
            Ok(Role {
                id: r.get(0)?,
                name: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;

    let mut themes: HashMap<String, Vec<String>> = HashMap::new();
    let mut stmt =
        conn.prepare_cached("SELECT forum_id, text FROM forum_theme ORDER BY forum_id, position")?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        themes.entry(row.get(0)?).or_default().push(row.get(1)?);
    }
    let mut seats: HashMap<String, Vec<Participant>> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT forum_id, party, role_id, attendance, note FROM forum_seat ORDER BY forum_id, position",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        seats.entry(row.get(0)?).or_default().push(Participant {
            party: row.get(1)?,
            role: row.get(2)?,
            attendance: row.get(3)?,
            note: row.get(4)?,
        });
    }

    let mut stmt = conn.prepare_cached(
        "SELECT id, name, qualifier, area, level, active, purpose, channels, cadence_every,
                cadence_unit, cadence_at_least, cadence_when_needed, cadence_note,
                minute_keeper, approver, rules
         FROM forum WHERE retired = 0 ORDER BY position",
    )?;
    let forums = stmt
        .query_map([], |r| {
            let id: String = r.get(0)?;
            let channels: String = r.get(7)?;
            let every: Option<u32> = r.get(8)?;
            let cadence = match every {
                None => None,
                Some(every) => Some(Cadence {
                    every,
                    unit: r.get(9)?,
                    at_least: r.get(10)?,
                    when_needed: r.get(11)?,
                    note: r.get(12)?,
                }),
            };
            let rules: String = r.get(15)?;
            Ok(Forum {
                themes: themes.remove(&id).unwrap_or_default(),
                participants: seats.remove(&id).unwrap_or_default(),
                id,
                name: r.get(1)?,
                qualifier: r.get(2)?,
                area: r.get(3)?,
                level: r.get(4)?,
                active: r.get(5)?,
                purpose: r.get(6)?,
                channels: split_ids(&channels, "channel", Channel::from_id)?,
                cadence,
                keeper: r.get(13)?,
                approver: r.get(14)?,
                rules: split_ids(&rules, "rule", ForumRule::from_id)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let (reporting, reports) = super::reports::read_types(conn)?;
    Ok(Catalog {
        contract,
        areas,
        roles,
        forums,
        reporting,
        reports,
    })
}
