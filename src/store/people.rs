//! Organisations, people and who held which role when.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::{Field, Result, Store, StoreError, limits, log};
use crate::domain::{Attendance, Party};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    pub party: Party,
}

/// The fixed organisations every database has.
pub const STADEN_ID: i64 = 1;
pub const LEVERANTOREN_ID: i64 = 2;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub organisation_id: i64,
    pub organisation: String,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// A person to be added; the organisation is already resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPerson {
    pub name: String,
    pub organisation_id: i64,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// A role held by a person for a period; `to` is inclusive, `None` while held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAssignment {
    pub role_id: String,
    pub organisation_id: i64,
    pub from: String,
    pub to: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assignment {
    pub role_id: String,
    pub role_name: String,
    pub organisation: String,
    pub party: Party,
    pub from: String,
    pub to: Option<String>,
}

/// One forum seat of a role, for "where does this role sit?".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Seat {
    pub forum_id: String,
    pub party: Party,
    pub role_id: String,
    pub attendance: Attendance,
}

const ASSIGNMENTS: &str = "SELECT a.role_id, r.name, o.name, o.party, a.valid_from, a.valid_to
     FROM role_assignment a
     JOIN role r ON r.id = a.role_id
     JOIN organisation o ON o.id = a.organisation_id";

fn assignment_row(r: &rusqlite::Row) -> rusqlite::Result<Assignment> {
    Ok(Assignment {
        role_id: r.get(0)?,
        role_name: r.get(1)?,
        organisation: r.get(2)?,
        party: r.get(3)?,
        from: r.get(4)?,
        to: r.get(5)?,
    })
}

pub(super) fn clean(field: Field, value: &str) -> Result<String> {
    limits::text(field, value, limits::NAME, false)
}

pub(super) fn clean_optional(field: Field, value: &Option<String>) -> Result<Option<String>> {
    match value.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => clean(field, v).map(Some),
    }
}

pub fn insert_person(tx: &Connection, person: &NewPerson) -> Result<i64> {
    let name = clean(Field::PersonName, &person.name)?;
    let email = clean_optional(Field::Email, &person.email)?;
    let phone = clean_optional(Field::Phone, &person.phone)?;
    tx.execute(
        "INSERT INTO person (name, organisation_id, email, phone) VALUES (?1, ?2, ?3, ?4)",
        params![name, person.organisation_id, email, phone],
    )?;
    let id = tx.last_insert_rowid();
    log(tx, "person.add", &format!("{id} {name}"))?;
    Ok(id)
}

pub fn insert_assignment(tx: &Connection, person_id: i64, a: &NewAssignment) -> Result<i64> {
    limits::date(&a.from)?;
    if let Some(to) = &a.to {
        limits::date(to)?;
    }
    if let Some(to) = &a.to
        && *to < a.from
    {
        return Err(StoreError::PeriodBackwards {
            from: a.from.clone(),
            to: to.clone(),
        });
    }
    let overlapping: Option<i64> = tx
        .query_row(
            "SELECT id FROM role_assignment
             WHERE person_id = ?1 AND role_id = ?2 AND organisation_id = ?3
               AND valid_from <= coalesce(?5, '9999-12-31') AND coalesce(valid_to, '9999-12-31') >= ?4",
            params![person_id, a.role_id, a.organisation_id, a.from, a.to],
            |r| r.get(0),
        )
        .optional()?;
    if overlapping.is_some() {
        return Err(StoreError::RoleOverlap(a.role_id.clone()));
    }
    tx.execute(
        "INSERT INTO role_assignment (person_id, role_id, organisation_id, party, valid_from, valid_to)
         VALUES (?1, ?2, ?3, (SELECT party FROM organisation WHERE id = ?3), ?4, ?5)",
        params![person_id, a.role_id, a.organisation_id, a.from, a.to],
    )?;
    let id = tx.last_insert_rowid();
    log(
        tx,
        "role.assign",
        &format!(
            "person {person_id} role {} from {} to {}",
            a.role_id,
            a.from,
            a.to.as_deref().unwrap_or("-")
        ),
    )?;
    Ok(id)
}

impl Store {
    pub fn organisations(&self) -> Result<Vec<Organisation>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name, party FROM organisation ORDER BY id")?;
        let orgs = stmt
            .query_map([], |r| {
                Ok(Organisation {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    party: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(orgs)
    }

    /// Adds another supplier of the City.
    pub fn add_supplier(&mut self, name: &str) -> Result<i64> {
        let name = clean(Field::OrganisationName, name)?;
        self.write(|tx| {
            let exists: Option<i64> = tx
                .query_row("SELECT id FROM organisation WHERE name = ?1", [&name], |r| {
                    r.get(0)
                })
                .optional()?;
            if exists.is_some() {
                return Err(StoreError::OrganisationExists(name));
            }
            tx.execute(
                "INSERT INTO organisation (name, party) VALUES (?1, 'ovriga')",
                [&name],
            )?;
            let id = tx.last_insert_rowid();
            log(tx, "organisation.add", &format!("{id} {name}"))?;
            Ok(id)
        })
    }

    /// Renames an organisation, for example to set Leverantören's real name.
    pub fn rename_organisation(&mut self, id: i64, name: &str) -> Result<()> {
        let name = clean(Field::OrganisationName, name)?;
        self.write(|tx| {
            let taken: Option<i64> = tx
                .query_row(
                    "SELECT id FROM organisation WHERE name = ?1 AND id <> ?2",
                    params![name, id],
                    |r| r.get(0),
                )
                .optional()?;
            if taken.is_some() {
                return Err(StoreError::OrganisationExists(name));
            }
            tx.execute(
                "UPDATE organisation SET name = ?1 WHERE id = ?2",
                params![name, id],
            )?;
            log(tx, "organisation.rename", &format!("{id} {name}"))
        })
    }

    pub fn people(&self) -> Result<Vec<Person>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, p.name, p.organisation_id, o.name, p.email, p.phone
             FROM person p JOIN organisation o ON o.id = p.organisation_id
             ORDER BY p.name, p.id",
        )?;
        let people = stmt
            .query_map([], |r| {
                Ok(Person {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    organisation_id: r.get(2)?,
                    organisation: r.get(3)?,
                    email: r.get(4)?,
                    phone: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(people)
    }

    pub fn assign(&mut self, person_id: i64, assignment: &NewAssignment) -> Result<i64> {
        self.write(|tx| insert_assignment(tx, person_id, assignment))
    }

    /// The roles a person holds on `date`.
    pub fn assignments_on(&self, person_id: i64, date: &str) -> Result<Vec<Assignment>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{ASSIGNMENTS} WHERE a.person_id = ?1 AND a.valid_from <= ?2
             AND (a.valid_to IS NULL OR a.valid_to >= ?2) ORDER BY r.position"
        ))?;
        let list = stmt
            .query_map(params![person_id, date], assignment_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// Every role `person_id` holds or held, newest period first.
    pub fn roles_over_time(&self, person_id: i64) -> Result<Vec<Assignment>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{ASSIGNMENTS} WHERE a.person_id = ?1 ORDER BY a.valid_from DESC, r.position"
        ))?;
        let list = stmt
            .query_map([person_id], assignment_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// Every forum seat of a role, for any party, in catalogue order.
    pub fn seats_of_role(&self, role_id: &str) -> Result<Vec<Seat>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.forum_id, s.party, s.role_id, s.attendance
             FROM forum_seat s JOIN forum f ON f.id = s.forum_id
             WHERE s.role_id = ?1
             ORDER BY f.position, s.position",
        )?;
        let seats = stmt
            .query_map([role_id], |r| {
                Ok(Seat {
                    forum_id: r.get(0)?,
                    party: r.get(1)?,
                    role_id: r.get(2)?,
                    attendance: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(seats)
    }
}

impl Store {
    /// Every (person id, role name) pair held on `date`, for listings.
    pub fn roles_held_on(&self, date: &str) -> Result<Vec<(i64, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.person_id, r.name FROM role_assignment a JOIN role r ON r.id = a.role_id
             WHERE a.valid_from <= ?1 AND (a.valid_to IS NULL OR a.valid_to >= ?1)
             ORDER BY a.person_id, r.position",
        )?;
        let pairs = stmt
            .query_map([date], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(pairs)
    }
}
