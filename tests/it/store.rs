//! The database file: migrations, pragmas, modes, refusals, and all-or-nothing writes.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use fora::store::people::{LEVERANTOREN_ID, NewAssignment, NewPerson, STADEN_ID};
use fora::store::{LATEST_VERSION, Store, StoreError};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn person(name: &str, org: i64) -> NewPerson {
    NewPerson {
        name: name.into(),
        organisation_id: org,
        email: None,
        phone: None,
    }
}

fn role(role: &str, org: i64, from: &str, to: Option<&str>) -> NewAssignment {
    NewAssignment {
        role_id: role.into(),
        organisation_id: org,
        from: from.into(),
        to: to.map(Into::into),
    }
}

#[test]
fn an_empty_file_is_migrated_and_gets_the_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fora.db");
    std::fs::write(&path, b"").unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    assert_eq!(store.catalog().unwrap().forums.len(), 12);
    assert_eq!(store.catalog().unwrap(), fora::catalog::Catalog::embedded());
    drop(store);
    // Opening again changes nothing and loads nothing twice.
    let store = Store::open(&path).unwrap();
    let loads: i64 = store
        .conn()
        .query_row(
            "SELECT count(*) FROM history WHERE action = 'catalog.load'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(loads, 1);
}

#[test]
fn pragmas_are_set_for_durability() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("fora.db")).unwrap();
    let conn = store.conn();
    let journal: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    let sync: i64 = conn.query_row("PRAGMA synchronous", [], |r| r.get(0)).unwrap();
    let fk: i64 = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
    let busy: i64 = conn.query_row("PRAGMA busy_timeout", [], |r| r.get(0)).unwrap();
    assert_eq!((journal.as_str(), sync, fk), ("wal", 2, 1));
    assert!(busy >= 1000, "busy timeout {busy}");
}

#[test]
fn the_database_and_its_wal_files_are_private() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("new-folder");
    let path = folder.join("fora.db");
    let mut store = Store::open(&path).unwrap();
    store.add_person(&person("Anna Berg", STADEN_ID)).unwrap();
    assert_eq!(mode(&folder), 0o700);
    assert_eq!(mode(&path), 0o600);
    for suffix in ["-wal", "-shm"] {
        let side = dir.path().join(format!("new-folder/fora.db{suffix}"));
        assert!(side.exists(), "{suffix} missing");
        assert_eq!(mode(&side), 0o600, "{suffix}");
    }
}

#[test]
fn a_database_from_a_newer_fora_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(&format!(
            "CREATE TABLE future (x); PRAGMA user_version = {};",
            LATEST_VERSION + 1
        ))
        .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("a newer schema must be refused");
    assert!(matches!(err, StoreError::NewerSchema { found, .. } if found == LATEST_VERSION + 1));
    let message = err.to_string();
    assert!(
        message.contains("nyare fora") && message.contains("Inget ändrades"),
        "{message}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!dir.path().join("future.db-wal").exists());
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    let garbage = b"these are meeting notes, not a database\n".repeat(200);
    std::fs::write(&path, &garbage).unwrap();
    let err = Store::open(&path).err().expect("garbage must be refused");
    assert!(err.to_string().contains("är ingen fora-databas"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), garbage);
}

#[test]
fn the_roster_shows_who_held_each_role_on_a_day() {
    let mut store = Store::open_in_memory().unwrap();
    let old = store.add_person(&person("Olle Gammal", STADEN_ID)).unwrap();
    let new = store.add_person(&person("Nina Ny", STADEN_ID)).unwrap();
    let supplier = store
        .add_person(&person("Sune Leverans", LEVERANTOREN_ID))
        .unwrap();
    store
        .assign(
            old,
            &role("leveransansvarig", STADEN_ID, "2020-01-01", Some("2025-06-30")),
        )
        .unwrap();
    store
        .assign(new, &role("leveransansvarig", STADEN_ID, "2025-07-01", None))
        .unwrap();
    store
        .assign(
            supplier,
            &role("leveransansvarig", LEVERANTOREN_ID, "2024-01-01", None),
        )
        .unwrap();

    let holders = |date: &str| -> Vec<(String, String)> {
        store
            .roster("leveransforum", date)
            .unwrap()
            .into_iter()
            .filter(|s| s.role_id == "leveransansvarig")
            .map(|s| {
                (
                    s.party.id().to_string(),
                    s.holders
                        .iter()
                        .map(|h| h.name.clone())
                        .collect::<Vec<_>>()
                        .join("+"),
                )
            })
            .collect()
    };
    assert_eq!(
        holders("2025-06-30"),
        [
            ("staden".to_string(), "Olle Gammal".to_string()),
            ("leverantoren".into(), "Sune Leverans".into())
        ]
    );
    assert_eq!(holders("2025-07-01")[0].1, "Nina Ny");
    assert_eq!(
        holders("2023-01-01")[1].1,
        "",
        "the supplier's seat was vacant in 2023"
    );
    let roster = store.roster("leveransforum", "2026-01-01").unwrap();
    assert_eq!(roster.len(), 6, "every seat is listed, held or vacant");
}

#[test]
fn overlapping_periods_of_the_same_role_are_refused() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store.add_person(&person("Anna Berg", STADEN_ID)).unwrap();
    store
        .assign(id, &role("cio", STADEN_ID, "2024-01-01", Some("2024-12-31")))
        .unwrap();
    let err = store
        .assign(id, &role("cio", STADEN_ID, "2024-06-01", None))
        .unwrap_err();
    assert!(err.to_string().contains("har redan rollen"), "{err}");
    store
        .assign(id, &role("cio", STADEN_ID, "2025-01-01", None))
        .unwrap();
    let err = store
        .assign(id, &role("cio", STADEN_ID, "2026-01-01", Some("2025-01-01")))
        .unwrap_err();
    assert!(err.to_string().contains("slutar"), "{err}");
}

#[test]
fn a_people_import_is_all_or_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let rows = vec![
        (
            person("Anna Berg", STADEN_ID),
            Some(role("cio", STADEN_ID, "2024-01-01", None)),
        ),
        (person("  ", STADEN_ID), None),
    ];
    let err = store.import_people(&rows).unwrap_err();
    assert!(err.to_string().contains("får inte vara tomt"), "{err}");
    assert!(store.people().unwrap().is_empty());
    assert!(
        store
            .roster("ledningsforum", "2025-01-01")
            .unwrap()
            .iter()
            .all(|s| s.holders.is_empty())
    );
}

#[test]
fn importing_a_catalogue_checks_all_of_it_first() {
    let mut store = Store::open_in_memory().unwrap();
    let before = store.catalog().unwrap();
    let broken = std::fs::read_to_string("tests/fixtures/catalog/unknown_role.toml").unwrap();
    assert!(store.import_catalog(&broken).is_err());
    assert_eq!(store.catalog().unwrap(), before);

    let minimal = std::fs::read_to_string("tests/fixtures/catalog/minimal.toml").unwrap();
    store.import_catalog(&minimal).unwrap();
    assert_eq!(store.catalog().unwrap().forums.len(), 1);
    assert_eq!(store.catalog_source().unwrap(), minimal);
}

#[test]
fn a_catalogue_that_drops_a_held_role_is_refused() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store.add_person(&person("Anna Berg", STADEN_ID)).unwrap();
    store
        .assign(id, &role("cio", STADEN_ID, "2024-01-01", None))
        .unwrap();
    let before = store.catalog().unwrap();
    let minimal = std::fs::read_to_string("tests/fixtures/catalog/minimal.toml").unwrap();
    let err = store.import_catalog(&minimal).unwrap_err();
    assert!(
        err.to_string().contains("tar bort roller som personer har: cio"),
        "{err}"
    );
    assert_eq!(store.catalog().unwrap(), before);
}
