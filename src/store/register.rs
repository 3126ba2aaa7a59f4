//! Keeping the people register clean: no silent namesakes, editing, merging
//! two records of one person, removing a mistake, and an import that matches
//! the people already there.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, params};

use super::people::{NewAssignment, NewPerson, clean, clean_optional, insert_assignment, insert_person};
use super::{Field, Record, Result, Store, StoreError, log};
use crate::text::folded_words;

/// A change to a person; `None` leaves a field as it is, and an empty e-mail
/// or phone clears it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonChange {
    pub name: Option<String>,
    pub organisation_id: Option<i64>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// One row of a people file, with the line it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRow {
    pub line: u64,
    pub person: NewPerson,
    pub role: Option<NewAssignment>,
}

/// What an import changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub new_people: usize,
    /// People already in the register who got a role, an e-mail or a phone.
    pub changed_people: usize,
    pub new_roles: usize,
}

/// Where a person still appears, so that removing them would lose a reference.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Uses {
    pub attendance: i64,
    pub actions: i64,
    pub approvals: i64,
}

/// A person as the register's checks see them.
struct Known {
    id: i64,
    name: String,
    folded: String,
    organisation_id: i64,
    organisation: String,
    email: Option<String>,
    phone: Option<String>,
}

fn known(tx: &Connection) -> Result<Vec<Known>> {
    let mut stmt = tx.prepare_cached(
        "SELECT p.id, p.name, p.organisation_id, o.name, p.email, p.phone
         FROM person p JOIN organisation o ON o.id = p.organisation_id ORDER BY p.id",
    )?;
    let rows = stmt
        .query_map([], |r| {
            let name: String = r.get(1)?;
            Ok(Known {
                id: r.get(0)?,
                folded: name_key(&name),
                name,
                organisation_id: r.get(2)?,
                organisation: r.get(3)?,
                email: r.get(4)?,
                phone: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

fn one(tx: &Connection, id: i64) -> Result<Known> {
    known(tx)?
        .into_iter()
        .find(|k| k.id == id)
        .ok_or(StoreError::Missing(Record::Person, id))
}

/// A name as the register compares it: its words, folded, so that case,
/// diacritics, spaces and punctuation do not make two people of one.
fn name_key(name: &str) -> String {
    folded_words(name).join(" ")
}

/// "Name (Organisation)" of everyone whose name folds to `name`'s, but `except`.
fn namesakes(people: &[Known], name: &str, except: Option<i64>) -> Vec<String> {
    let folded = name_key(name);
    people
        .iter()
        .filter(|k| k.folded == folded && Some(k.id) != except)
        .map(|k| format!("{} ({})", k.name, k.organisation))
        .collect()
}

/// Whether the person already holds `role` for the whole of its period.
fn holds(tx: &Connection, person_id: i64, role: &NewAssignment) -> Result<bool> {
    let found: Option<i64> = tx
        .query_row(
            "SELECT id FROM role_assignment
             WHERE person_id = ?1 AND role_id = ?2 AND organisation_id = ?3 AND valid_from <= ?4
               AND coalesce(valid_to, '9999-12-31') >= coalesce(?5, '9999-12-31')",
            params![person_id, role.role_id, role.organisation_id, role.from, role.to],
            |r| r.get(0),
        )
        .optional()?;
    Ok(found.is_some())
}

fn uses(tx: &Connection, person: &Known) -> Result<Uses> {
    let attendance = tx.query_row(
        "SELECT count(*) FROM attendance WHERE person_id = ?1",
        [person.id],
        |r| r.get(0),
    )?;
    // Owners and approvers are written as text, so they are compared folded.
    let count_named = |sql: &str| -> Result<i64> {
        let mut stmt = tx.prepare(sql)?;
        let names = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut n = 0;
        for name in names {
            if name_key(&name?) == person.folded {
                n += 1;
            }
        }
        Ok(n)
    };
    Ok(Uses {
        attendance,
        actions: count_named(
            "SELECT owner FROM entry WHERE kind = 'action' AND deleted_at IS NULL AND owner IS NOT NULL",
        )?,
        approvals: count_named(
            "SELECT approver FROM approval UNION ALL SELECT reviewer FROM review_comment",
        )?,
    })
}

/// Gives `into` each of `from`'s roles: a period that overlaps one of
/// `into`'s periods of the same role is joined to it, the others move.
fn move_roles(tx: &Connection, from: i64, into: i64) -> Result<()> {
    let periods: Vec<(i64, String, i64, String, Option<String>)> = tx
        .prepare("SELECT id, role_id, organisation_id, valid_from, valid_to FROM role_assignment WHERE person_id = ?1")?
        .query_map([from], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, role, org, valid_from, valid_to) in periods {
        let overlapping: Option<i64> = tx
            .query_row(
                "SELECT id FROM role_assignment
                 WHERE person_id = ?1 AND role_id = ?2 AND organisation_id = ?3
                   AND valid_from <= coalesce(?5, '9999-12-31') AND coalesce(valid_to, '9999-12-31') >= ?4",
                params![into, role, org, valid_from, valid_to],
                |r| r.get(0),
            )
            .optional()?;
        match overlapping {
            Some(kept) => {
                tx.execute(
                    "UPDATE role_assignment SET valid_from = min(valid_from, ?2),
                       valid_to = CASE WHEN valid_to IS NULL OR ?3 IS NULL THEN NULL ELSE max(valid_to, ?3) END
                     WHERE id = ?1",
                    params![kept, valid_from, valid_to],
                )?;
                tx.execute("DELETE FROM role_assignment WHERE id = ?1", [id])?;
            }
            None => {
                tx.execute(
                    "UPDATE role_assignment SET person_id = ?2 WHERE id = ?1",
                    params![id, into],
                )?;
            }
        }
    }
    Ok(())
}

impl Store {
    /// Adds a person, refused when someone is already called the same
    /// (ignoring case, diacritics, spaces and punctuation); see
    /// [`Store::add_namesake`].
    pub fn add_person(&mut self, person: &NewPerson) -> Result<i64> {
        self.write(|tx| {
            let alike = namesakes(&known(tx)?, &person.name, None);
            if !alike.is_empty() {
                return Err(StoreError::NamedAlike(alike));
            }
            insert_person(tx, person)
        })
    }

    /// Adds a person who shares a name with someone already in the register.
    pub fn add_namesake(&mut self, person: &NewPerson) -> Result<i64> {
        self.write(|tx| insert_person(tx, person))
    }

    /// Changes a person's name, organisation, e-mail or phone. A new name
    /// that someone else already has is refused unless `also`.
    pub fn edit_person(&mut self, id: i64, change: &PersonChange, also: bool) -> Result<()> {
        self.write(|tx| {
            let people = known(tx)?;
            let old = people
                .iter()
                .find(|k| k.id == id)
                .ok_or(StoreError::Missing(Record::Person, id))?;
            let name = match &change.name {
                Some(n) => clean(Field::PersonName, n)?,
                None => old.name.clone(),
            };
            let alike = namesakes(&people, &name, Some(id));
            if change.name.is_some() && !also && !alike.is_empty() {
                return Err(StoreError::NamedAlike(alike));
            }
            let email = match &change.email {
                Some(e) => clean_optional(Field::Email, &Some(e.clone()))?,
                None => old.email.clone(),
            };
            let phone = match &change.phone {
                Some(p) => clean_optional(Field::Phone, &Some(p.clone()))?,
                None => old.phone.clone(),
            };
            let organisation_id = change.organisation_id.unwrap_or(old.organisation_id);
            tx.execute(
                "UPDATE person SET name = ?2, organisation_id = ?3, email = ?4, phone = ?5 WHERE id = ?1",
                params![id, name, organisation_id, email, phone],
            )?;
            log(
                tx,
                "person.edit",
                &format!(
                    "{id} {name}, organisation {organisation_id}, e-mail {}, phone {}",
                    email.as_deref().unwrap_or("-"),
                    phone.as_deref().unwrap_or("-")
                ),
            )
        })
    }

    /// Makes `duplicate` part of `keep`: its roles and attendance move to
    /// `keep`, an e-mail or phone `keep` lacks is taken over, and the
    /// duplicate is removed, all in one transaction.
    pub fn merge_people(&mut self, keep: i64, duplicate: i64) -> Result<()> {
        if keep == duplicate {
            return Err(StoreError::MergeWithItself);
        }
        self.write(|tx| {
            let kept = one(tx, keep)?;
            let gone = one(tx, duplicate)?;
            move_roles(tx, duplicate, keep)?;
            tx.execute(
                "UPDATE attendance SET person_id = ?1 WHERE person_id = ?2",
                params![keep, duplicate],
            )?;
            tx.execute(
                "UPDATE person SET email = coalesce(email, ?2), phone = coalesce(phone, ?3) WHERE id = ?1",
                params![keep, gone.email, gone.phone],
            )?;
            tx.execute("DELETE FROM person WHERE id = ?1", [duplicate])?;
            log(
                tx,
                "person.merge",
                &format!("{duplicate} {} into {keep} {}", gone.name, kept.name),
            )
        })
    }

    /// Removes a person entered by mistake, with their roles. Refused while
    /// a meeting or an action names them: merge them into the right person.
    pub fn remove_person(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            let person = one(tx, id)?;
            let found = uses(tx, &person)?;
            if found != Uses::default() {
                return Err(StoreError::PersonInUse {
                    name: person.name,
                    uses: found,
                });
            }
            let roles = tx.execute("DELETE FROM role_assignment WHERE person_id = ?1", [id])?;
            tx.execute("DELETE FROM person WHERE id = ?1", [id])?;
            log(
                tx,
                "person.remove",
                &format!("{id} {} with {roles} role periods", person.name),
            )
        })
    }

    /// Imports people, all rows or none. A row is the person already in the
    /// register with the same e-mail, else with the same name (ignoring case
    /// and diacritics) in the same organisation; a role they already hold for
    /// the period is left as it is. Importing a file twice changes nothing.
    pub fn import_people(&mut self, rows: &[ImportRow]) -> Result<ImportSummary> {
        self.write(|tx| {
            let mut index = Index::new(known(tx)?);
            let mut summary = ImportSummary::default();
            let mut created = Vec::new();
            let mut changed = Vec::new();
            for row in rows {
                let at = |error| StoreError::ImportRow {
                    line: row.line,
                    error: Box::new(error),
                };
                let (id, found) = match_or_add(tx, &mut index, &row.person).map_err(at)?;
                if found == Found::Added {
                    created.push(id);
                }
                let mut touched = found == Found::Filled;
                if let Some(role) = &row.role
                    && !holds(tx, id, role)?
                {
                    insert_assignment(tx, id, role).map_err(at)?;
                    summary.new_roles += 1;
                    touched = true;
                }
                if touched && !created.contains(&id) && !changed.contains(&id) {
                    changed.push(id);
                }
            }
            summary.new_people = created.len();
            summary.changed_people = changed.len();
            Ok(summary)
        })
    }
}

/// How a row's person was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Found {
    Added,
    /// Already there, and given a missing e-mail or phone.
    Filled,
    Same,
}

/// The register as an import matches rows against it: by e-mail, and by
/// folded name and organisation, so that a large file is matched in one pass.
struct Index {
    people: Vec<Known>,
    by_email: HashMap<String, usize>,
    by_name: HashMap<(String, i64), Vec<usize>>,
}

impl Index {
    fn new(people: Vec<Known>) -> Index {
        let mut index = Index {
            people: Vec::with_capacity(people.len()),
            by_email: HashMap::new(),
            by_name: HashMap::new(),
        };
        for k in people {
            index.push(k);
        }
        index
    }

    fn push(&mut self, k: Known) {
        let i = self.people.len();
        if let Some(e) = &k.email {
            self.by_email.entry(e.trim().to_lowercase()).or_insert(i);
        }
        self.by_name
            .entry((k.folded.clone(), k.organisation_id))
            .or_default()
            .push(i);
        self.people.push(k);
    }

    /// The person `row` names; people with another e-mail are not the same.
    fn find(&self, row: &NewPerson) -> Result<Option<usize>> {
        let email = row.email.as_deref().map(str::trim).filter(|e| !e.is_empty());
        if let Some(&i) = email.and_then(|e| self.by_email.get(&e.to_lowercase())) {
            return Ok(Some(i));
        }
        let key = (name_key(&row.name), row.organisation_id);
        let hits: Vec<usize> = self
            .by_name
            .get(&key)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&i| email.is_none() || self.people[i].email.is_none())
            .collect();
        if hits.len() > 1 {
            return Err(StoreError::ImportAmbiguous(
                hits.iter()
                    .map(|&i| format!("{} ({})", self.people[i].name, self.people[i].organisation))
                    .collect(),
            ));
        }
        Ok(hits.first().copied())
    }
}

/// The person a row names, found or added.
fn match_or_add(tx: &Connection, index: &mut Index, row: &NewPerson) -> Result<(i64, Found)> {
    let Some(i) = index.find(row)? else {
        let id = insert_person(tx, row)?;
        let organisation: String = tx.query_row(
            "SELECT name FROM organisation WHERE id = ?1",
            [row.organisation_id],
            |r| r.get(0),
        )?;
        index.push(Known {
            id,
            name: row.name.trim().to_string(),
            folded: name_key(&row.name),
            organisation_id: row.organisation_id,
            organisation,
            email: clean_optional(Field::Email, &row.email)?,
            phone: clean_optional(Field::Phone, &row.phone)?,
        });
        return Ok((id, Found::Added));
    };
    let email = clean_optional(Field::Email, &row.email)?;
    let phone = clean_optional(Field::Phone, &row.phone)?;
    let person = &mut index.people[i];
    let fill_email = person.email.is_none() && email.is_some();
    let fill_phone = person.phone.is_none() && phone.is_some();
    if !(fill_email || fill_phone) {
        return Ok((person.id, Found::Same));
    }
    if fill_email {
        person.email = email;
    }
    if fill_phone {
        person.phone = phone;
    }
    let (id, email) = (person.id, person.email.clone());
    tx.execute(
        "UPDATE person SET email = ?2, phone = ?3 WHERE id = ?1",
        params![id, email, index.people[i].phone],
    )?;
    if fill_email && let Some(e) = email {
        index.by_email.entry(e.to_lowercase()).or_insert(i);
    }
    log(tx, "person.edit", &format!("{id} e-mail or phone from an import"))?;
    Ok((id, Found::Filled))
}
