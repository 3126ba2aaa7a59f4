//! `fora meetings` and `fora show` on meetings recorded through the store.

use assert_cmd::Command;
use chrono::{Local, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::{AttendanceStatus, EntryKind};
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::meetings::EntryFields;

fn fora(db: &std::path::Path, args: &[&str]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("fora")
        .unwrap()
        .env_remove("FORA_LANG")
        .arg("--db")
        .arg(db)
        .args(args)
        .assert()
}

fn stdout(a: assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.success().get_output().stdout.clone()).unwrap()
}

fn stderr(a: assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.failure().get_output().stderr.clone()).unwrap()
}

/// Two Leveransforum meetings: one held with entries, one on a later day.
fn archive() -> (tempfile::TempDir, std::path::PathBuf, i64) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    let mut store = Store::open(&db).unwrap();
    let t = |d: u32, h: u32| Local.with_ymd_and_hms(2026, 11, d, h, 0, 0).unwrap();
    let id = store
        .start_meeting("leveransforum", "2026-11-02", Channel::Video, t(2, 9), Lang::Sv)
        .unwrap();
    let rows = store.attendance(id).unwrap();
    store
        .set_attendance(rows[0].id, AttendanceStatus::Present, None)
        .unwrap();
    store
        .set_attendance(rows[1].id, AttendanceStatus::Substitute, Some("Sara Stand-in"))
        .unwrap();
    store
        .add_guest(id, "Greta Gäst", Some("Driftbolaget AB"))
        .unwrap();
    let items = store.agenda(id).unwrap();
    let fields = |t: &str| EntryFields {
        text: t.into(),
        ..Default::default()
    };
    store
        .add_entry(
            items[3].id,
            EntryKind::Decision,
            &fields("Servicenivåerna godkänns"),
            t(2, 9),
            None,
        )
        .unwrap();
    let action = EntryFields {
        text: "Analysera incident 4711".into(),
        owner: Some("Leverantören".into()),
        due: Some("2026-12-01".into()),
        ..Default::default()
    };
    store
        .add_entry(items[5].id, EntryKind::Action, &action, t(2, 9), None)
        .unwrap();
    store
        .add_entry(
            items[6].id,
            EntryKind::Decision,
            &fields("Ny rutin\nfrån januari"),
            t(2, 9),
            None,
        )
        .unwrap();
    store.end_meeting(id, t(2, 10)).unwrap();
    store
        .start_meeting(
            "leveransforum",
            "2026-11-20",
            Channel::Fysiskt,
            t(20, 9),
            Lang::Sv,
        )
        .unwrap();
    (dir, db, id)
}

#[test]
fn meetings_are_listed_newest_first_with_counts() {
    let (_dir, db, id) = archive();
    let json: serde_json::Value = serde_json::from_str(&stdout(fora(&db, &["meetings", "--json"]))).unwrap();
    let list = json.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["date"], "2026-11-20");
    assert_eq!(list[1]["id"], id);
    assert_eq!(list[1]["status"], "held");
    assert_eq!(
        (list[1]["decisions"].as_i64(), list[1]["actions"].as_i64()),
        (Some(2), Some(1))
    );
    assert_eq!(list[1]["present"], 3, "present, substitute and the guest");
    let table = stdout(fora(&db, &["meetings", "leveransforum"]));
    assert!(table.lines().nth(3).unwrap().contains("genomfört"), "{table}");
    assert_eq!(stdout(fora(&db, &["meetings", "ledningsforum"])), "Inga möten.\n");
}

#[test]
fn show_prints_attendance_items_and_numbered_decisions() {
    let (_dir, db, id) = archive();
    let out = stdout(fora(&db, &["show", &id.to_string()]));
    assert!(
        out.starts_with(&format!("Leveransforum 2026-11-02 (id {id})")),
        "{out}"
    );
    assert!(out.contains("Tid: 09:00–10:00"), "{out}");
    assert!(
        out.contains("Leveransledare SLK DU (Staden): vakant — ersättare: Sara Stand-in"),
        "{out}"
    );
    assert!(
        out.contains("Gäst: Greta Gäst, Driftbolaget AB — närvarande"),
        "{out}"
    );
    let first = out.find("beslut Leveransforum 2026 § 1 [").expect("§ 1");
    let second = out.find("beslut Leveransforum 2026 § 2 [").expect("§ 2");
    assert!(first < out.find("Servicenivåerna godkänns").unwrap() && first < second);
    assert!(
        out.contains("åtgärd (ansvarig: Leverantören, klart: 2026-12-01, öppen)"),
        "{out}"
    );
    assert!(out.contains("Ny rutin\n        från januari"), "{out}");
}

#[test]
fn a_meeting_is_named_by_forum_and_date_or_latest() {
    let (_dir, db, id) = archive();
    let by_date = stdout(fora(
        &db,
        &["--lang", "en", "show", "leveransforum", "2026-11-02"],
    ));
    assert!(
        by_date.contains(&format!("(id {id})")) && by_date.contains("decision Leveransforum 2026 § 1"),
        "{by_date}"
    );
    let latest = stdout(fora(&db, &["show", "leveransf", "latest"]));
    assert!(latest.starts_with("Leveransforum 2026-11-20"), "{latest}");
    let json: serde_json::Value = serde_json::from_str(&stdout(fora(
        &db,
        &["show", "leveransforum", "2026-11-02", "--json"],
    )))
    .unwrap();
    let decisions: Vec<i64> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|i| i["entries"].as_array().unwrap().iter())
        .filter_map(|e| e["decision"]["number"].as_i64())
        .collect();
    assert_eq!(decisions, [1, 2]);
    assert_eq!(json["channel"], "video");
    assert_eq!(json["attendance"][0]["seat"], "permanent");
}

#[test]
fn unknown_meetings_are_refused_clearly() {
    let (_dir, db, _) = archive();
    assert!(stderr(fora(&db, &["show", "999"])).contains("möte 999 finns inte"));
    assert!(
        stderr(fora(&db, &["show", "leveransforum", "2026-11-03"])).contains("hade inget möte 2026-11-03")
    );
    assert!(stderr(fora(&db, &["show", "leveransforum", "2026-02-30"])).contains("finns inte i kalendern"));
    assert!(stderr(fora(&db, &["show", "ledningsforum", "latest"])).contains("har inga möten ännu"));
}
