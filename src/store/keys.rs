//! People's public keys: registered, listed, and marked removed (never
//! deleted, so that older signatures can still be checked).

use chrono::{DateTime, Local};
use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;

use super::{Result, Store, log, stamp};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonKey {
    pub id: i64,
    pub person_id: i64,
    pub person: String,
    pub public_key: String,
    pub fingerprint: String,
    pub added_at: String,
    pub removed_at: Option<String>,
}

const SELECT: &str = "SELECT k.id, k.person_id, p.name, k.public_key, k.fingerprint, k.added_at, k.removed_at
     FROM person_key k JOIN person p ON p.id = k.person_id";

fn key_row(r: &Row) -> rusqlite::Result<PersonKey> {
    Ok(PersonKey {
        id: r.get(0)?,
        person_id: r.get(1)?,
        person: r.get(2)?,
        public_key: r.get(3)?,
        fingerprint: r.get(4)?,
        added_at: r.get(5)?,
        removed_at: r.get(6)?,
    })
}

impl Store {
    /// Registers `public_key` (with its fingerprint) as `person_id`'s.
    pub fn add_key(
        &mut self,
        person_id: i64,
        public_key: &str,
        fingerprint: &str,
        at: DateTime<Local>,
    ) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO person_key (person_id, public_key, fingerprint, added_at) VALUES (?1, ?2, ?3, ?4)",
                params![person_id, public_key, fingerprint, stamp(at)],
            )?;
            log(tx, "person.key", &format!("{person_id} {fingerprint}"))
        })
    }

    /// Marks a key removed; returns false when it was already removed.
    pub fn remove_key(&mut self, id: i64, at: DateTime<Local>) -> Result<bool> {
        self.write(|tx| {
            let n = tx.execute(
                "UPDATE person_key SET removed_at = ?2 WHERE id = ?1 AND removed_at IS NULL",
                params![id, stamp(at)],
            )?;
            if n > 0 {
                log(tx, "person.key.remove", &id.to_string())?;
            }
            Ok(n > 0)
        })
    }

    /// Every key of a person, removed ones included, oldest first.
    pub fn person_keys(&self, person_id: i64) -> Result<Vec<PersonKey>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("{SELECT} WHERE k.person_id = ?1 ORDER BY k.id"))?;
        let list = stmt
            .query_map([person_id], key_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    pub fn key_by_fingerprint(&self, fingerprint: &str) -> Result<Option<PersonKey>> {
        Ok(self
            .conn
            .query_row(
                &format!("{SELECT} WHERE k.fingerprint = ?1"),
                [fingerprint],
                key_row,
            )
            .optional()?)
    }
}
