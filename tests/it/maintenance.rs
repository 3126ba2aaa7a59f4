//! `fora backup` and `fora doctor`, each failure with its message.

use std::os::unix::fs::PermissionsExt;

use assert_cmd::Command;

fn fora(db: &std::path::Path, args: &[&str]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("fora")
        .unwrap()
        .env_remove("FORA_LANG")
        .arg("--db")
        .arg(db)
        .args(args)
        .assert()
}

fn err(a: assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.failure().get_output().stderr.clone()).unwrap()
}

fn out(a: assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.success().get_output().stdout.clone()).unwrap()
}

#[test]
fn a_backup_is_a_private_checked_copy() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    fora(&db, &["people", "add", "Anna Berg"]).success();
    let copy = dir.path().join("copy.db");
    let said = out(fora(&db, &["backup", copy.to_str().unwrap()]));
    assert!(said.contains("Säkerhetskopia skriven och kontrollerad"), "{said}");
    assert_eq!(
        std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let conn = rusqlite::Connection::open(&copy).unwrap();
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    let name: String = conn
        .query_row("SELECT name FROM person", [], |r| r.get(0))
        .unwrap();
    assert_eq!(name, "Anna Berg");
    // The copy opens as a fora database of its own.
    assert!(out(fora(&copy, &["people", "list"])).contains("Anna Berg"));
}

#[test]
fn a_backup_never_overwrites_and_says_why_it_failed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    let existing = dir.path().join("existing.db");
    std::fs::write(&existing, b"keep me").unwrap();
    let message = err(fora(&db, &["backup", existing.to_str().unwrap()]));
    assert!(message.contains("finns redan; ange en ny fil"), "{message}");
    assert_eq!(std::fs::read(&existing).unwrap(), b"keep me");
    let message = err(fora(&db, &["backup", "/nonexistent-dir/copy.db"]));
    assert!(
        message.contains("kan inte skapa /nonexistent-dir/copy.db: filen eller mappen finns inte"),
        "{message}"
    );
    let message = err(fora(&db, &["backup", db.to_str().unwrap()]));
    assert!(message.contains("finns redan"), "{message}");
}

#[test]
fn doctor_passes_a_healthy_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    let report = out(fora(&db, &["doctor"]));
    for line in report.lines() {
        assert!(line.starts_with("ok"), "{report}");
    }
    assert!(report.contains("integrity"));
    assert!(report.contains("schema"));
}

#[test]
fn doctor_names_each_problem_and_exits_non_zero() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    fora(&db, &["forums"]).success();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch(
            "INSERT INTO meeting (forum_id, date, status, channel, created_at)
                 VALUES ('leveransforum', '2026-01-01', 'held', 'fysiskt', '2026-01-01T09:00:00+01:00');
             INSERT INTO draft (meeting_id, slot, content, saved_at)
                 VALUES (1, 'new', '{\"text\":\"glömd\"}', '2026-01-01T09:00:00+01:00');",
        )
        .unwrap();
    }
    let a = fora(&db, &["doctor"]).failure();
    let report = String::from_utf8(a.get_output().stdout.clone()).unwrap();
    let message = String::from_utf8(a.get_output().stderr.clone()).unwrap();
    assert!(
        report.contains("FEL  file mode") && report.contains("chmod 600"),
        "{report}"
    );
    assert!(
        report.contains("FEL  drafts") && report.contains("1 draft(s) older than 7 days"),
        "{report}"
    );
    // The database, and the -wal/-shm files SQLite made with its mode, are each named.
    let failed = report.lines().filter(|l| l.starts_with("FEL")).count();
    assert!(failed >= 2, "{report}");
    assert!(
        report
            .lines()
            .any(|l| l.starts_with("ok") && l.contains("integrity")),
        "{report}"
    );
    assert!(
        message.contains(&format!("{failed} kontroller misslyckades")),
        "{message}"
    );
    let json: serde_json::Value = serde_json::from_slice(
        &fora(&db, &["doctor", "--json"])
            .failure()
            .get_output()
            .stdout
            .clone(),
    )
    .unwrap();
    assert_eq!(
        json.as_array()
            .unwrap()
            .iter()
            .filter(|c| c["ok"] == false)
            .count(),
        failed
    );
}

#[test]
fn doctor_reports_a_damaged_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    fora(&db, &["demo", "--years", "1"]).success();
    // Damage pages in the middle of the file, where tables and indexes live.
    let mut bytes = std::fs::read(&db).unwrap();
    let page = 4096;
    let middle = (bytes.len() / page / 2) * page;
    for b in &mut bytes[middle + 100..middle + 3000] {
        *b = 0x5a;
    }
    std::fs::write(&db, &bytes).unwrap();
    let a = fora(&db, &["doctor"]).failure();
    let report = String::from_utf8(a.get_output().stdout.clone()).unwrap();
    let stderr = String::from_utf8(a.get_output().stderr.clone()).unwrap();
    assert!(
        report.contains("FEL  integrity")
            || stderr.contains("är ingen fora-databas")
            || stderr.contains("databasfilen är skadad"),
        "stdout:\n{report}\nstderr:\n{stderr}"
    );
}

#[test]
fn doctor_finds_a_protocol_changed_behind_its_hash() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    {
        let mut store = fora::store::Store::open(&db).unwrap();
        let at = chrono::Local::now();
        let id = store
            .start_meeting(
                "leveransforum",
                "2026-11-02",
                fora::domain::Channel::Fysiskt,
                at,
                fora::i18n::Lang::Sv,
            )
            .unwrap();
        let (v, _) = store
            .save_version(
                id,
                "{\"text\":\"approved\"}",
                &fora::protocol::snapshot::sha256_hex(b"{\"text\":\"approved\"}"),
                "sv",
                at,
            )
            .unwrap();
        store.send_for_review(v.id, at).unwrap();
    }
    assert!(out(fora(&db, &["doctor"])).contains("1 protocol version(s), each matching its SHA-256"));
    // Someone edits the stored text with another tool, past the trigger.
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch("DROP TRIGGER protocol_version_locked; UPDATE protocol_version SET content = '{\"text\":\"edited\"}';")
            .unwrap();
    }
    let a = fora(&db, &["doctor"]).failure();
    let report = String::from_utf8(a.get_output().stdout.clone()).unwrap();
    assert!(
        report.contains("FEL  protocols")
            && report.contains("changed after it was hashed: meeting 1 version 1"),
        "{report}"
    );
}
