//! The database file: its schema, pragmas, modes, refusals, and all-or-nothing writes.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use fora::store::people::{LEVERANTOREN_ID, NewAssignment, NewPerson, STADEN_ID};
use fora::store::register::ImportRow;
use fora::store::{APPLICATION_ID, LATEST_VERSION, Store, StoreError};

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
fn an_empty_file_gets_the_schema_and_the_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fora.db");
    std::fs::write(&path, b"").unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    let application_id: i64 = store
        .conn()
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(application_id, APPLICATION_ID);
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

/// A SQLite file as another program (or an earlier fora) left it, closed
/// and in rollback-journal mode.
fn sqlite_file(path: &Path, sql: &str) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(sql).unwrap();
}

/// Opening `path` is refused, and the file is exactly as it was, with no
/// WAL files beside it.
fn refused_untouched(path: &Path) -> StoreError {
    let before = std::fs::read(path).unwrap();
    let err = Store::open(path).err().expect("the file must be refused");
    assert_eq!(
        std::fs::read(path).unwrap(),
        before,
        "{} was changed",
        path.display()
    );
    for suffix in ["-wal", "-shm", "-journal"] {
        let side = format!("{}{suffix}", path.display());
        assert!(!Path::new(&side).exists(), "{side} was created");
    }
    assert!(err.to_string().contains("Inget ändrades"), "{err}");
    err
}

#[test]
fn a_new_file_is_created_and_opens_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fora.db");
    let mut store = Store::open(&path).unwrap();
    store.add_person(&person("Anna Berg", STADEN_ID)).unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.people().unwrap().len(), 1);
}

#[test]
fn a_database_from_a_newer_fora_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    sqlite_file(
        &path,
        &format!(
            "CREATE TABLE future (x); PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {};",
            LATEST_VERSION + 1
        ),
    );
    let err = refused_untouched(&path);
    assert!(matches!(err, StoreError::NewerSchema { found, .. } if found == LATEST_VERSION + 1));
    assert!(err.to_string().contains("nyare fora"), "{err}");
}

#[test]
fn a_database_from_a_development_fora_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    // Marked as fora's, of a schema this fora does not know.
    let marked = dir.path().join("dev.db");
    sqlite_file(
        &marked,
        &format!(
            "CREATE TABLE meeting (id INTEGER PRIMARY KEY); PRAGMA application_id = {APPLICATION_ID}; \
             PRAGMA user_version = {};",
            LATEST_VERSION + 1
        ),
    );
    let err = refused_untouched(&marked);
    assert!(
        matches!(err, StoreError::NewerSchema { found, .. } if found == LATEST_VERSION + 1),
        "{err:?}"
    );
    assert!(err.to_string().contains("utvecklingsversion av fora"), "{err}");
    // From before the application id: schema 12, fora's tables, no mark, WAL.
    let unmarked = dir.path().join("dev12.db");
    sqlite_file(
        &unmarked,
        "PRAGMA journal_mode = WAL; CREATE TABLE catalog_source (id INTEGER PRIMARY KEY);
         CREATE TABLE entry_pending (id INTEGER PRIMARY KEY); PRAGMA user_version = 12;",
    );
    let err = refused_untouched(&unmarked);
    assert!(
        matches!(err, StoreError::DevelopmentSchema { found: 12, .. }),
        "{err:?}"
    );
    let message = err.to_string();
    assert!(
        message.contains("utvecklingsversion av fora (schema 12) som aldrig gavs ut")
            && message.contains("ny databas"),
        "{message}"
    );
}

#[test]
fn another_programs_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    for (name, sql) in [
        ("tables.db", "CREATE TABLE foo (x); INSERT INTO foo VALUES (1);"),
        ("versioned.db", "CREATE TABLE foo (x); PRAGMA user_version = 3;"),
        ("versioned-empty.db", "PRAGMA user_version = 3;"),
        ("other-id.db", "PRAGMA application_id = 1234;"),
    ] {
        let path = dir.path().join(name);
        sqlite_file(&path, sql);
        let err = refused_untouched(&path);
        assert!(
            matches!(err, StoreError::ForeignDatabase { .. }),
            "{name}: {err:?}"
        );
        assert!(err.to_string().contains("är ingen fora-databas"), "{name}: {err}");
    }
}

#[test]
fn an_sqlite_file_without_tables_becomes_a_fora_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("blank.db");
    sqlite_file(&path, "PRAGMA page_size = 4096; VACUUM;");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
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
        ImportRow {
            line: 2,
            person: person("Anna Berg", STADEN_ID),
            role: Some(role("cio", STADEN_ID, "2024-01-01", None)),
        },
        ImportRow {
            line: 3,
            person: person("  ", STADEN_ID),
            role: None,
        },
    ];
    let err = store.import_people(&rows).unwrap_err();
    assert!(
        err.to_string().contains("rad 3: namnet får inte vara tomt"),
        "{err}"
    );
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

/// The registers state their totals from a tally the schema's triggers
/// keep; it must agree with counting the entries through every change.
#[test]
fn the_registers_totals_follow_every_change_to_the_entries() {
    use chrono::{Local, TimeZone};
    use fora::domain::Channel;
    use fora::domain::meeting::EntryKind;
    use fora::i18n::Lang;
    use fora::store::followup::ActionFilter;
    use fora::store::meetings::EntryFields;

    let mut store = Store::open_in_memory().unwrap();
    let at = Local.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap();
    let today = "2026-11-30";
    let meeting = store
        .start_meeting("leveransforum", today, Channel::Video, at, Lang::Sv)
        .unwrap();
    let item = store.agenda(meeting).unwrap()[2].id;
    let action = |text: &str| EntryFields {
        text: text.into(),
        owner: Some("Bo Ek".into()),
        due: Some("2026-12-15".into()),
        ..EntryFields::default()
    };
    // What the registers show, beside what counting through the one forum finds.
    let totals = |store: &Store| {
        let part = |open_only, done_only, forum_id| ActionFilter {
            open_only,
            done_only,
            forum_id,
            ..ActionFilter::default()
        };
        let shown = (
            store.count_actions(&part(true, false, None), today).unwrap(),
            store.count_actions(&part(false, true, None), today).unwrap(),
            store.count_decisions(None, None).unwrap(),
        );
        let counted = (
            store
                .count_actions(&part(true, false, Some("leveransforum")), today)
                .unwrap(),
            store
                .count_actions(&part(false, true, Some("leveransforum")), today)
                .unwrap(),
            store.count_decisions(Some("leveransforum"), None).unwrap(),
        );
        assert_eq!(shown, counted, "the tally and the count disagree");
        shown
    };
    assert_eq!(totals(&store), (0, 0, 0));
    let first = store
        .add_entry(item, EntryKind::Action, &action("Ta fram en plan"), at, None)
        .unwrap();
    let second = store
        .add_entry(item, EntryKind::Action, &action("Boka ett möte"), at, None)
        .unwrap();
    let decision = EntryFields {
        text: "Avtalet förlängs".into(),
        ..EntryFields::default()
    };
    let decided = store
        .add_entry(item, EntryKind::Decision, &decision, at, None)
        .unwrap();
    assert_eq!(totals(&store), (2, 0, 1));
    store.complete_action(first, true, Some(meeting), at).unwrap();
    assert_eq!(totals(&store), (1, 1, 1), "marked done");
    store.delete_entry(second, at).unwrap();
    store.delete_entry(decided, at).unwrap();
    assert_eq!(totals(&store), (0, 1, 0), "deleted");
    store.undo_last(meeting, at).unwrap();
    store.undo_last(meeting, at).unwrap();
    assert_eq!(totals(&store), (1, 1, 1), "both deletions undone");
    store.complete_action(first, false, Some(meeting), at).unwrap();
    assert_eq!(totals(&store), (2, 0, 1), "open again");
}
