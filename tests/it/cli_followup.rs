//! Follow-up commands as a user runs them: registers, proposals, cancelling,
//! planned changes, schedule, status, search and the demo.

use assert_cmd::Command;
use chrono::{Local, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::EntryKind;
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::meetings::EntryFields;

struct Fora {
    _dir: tempfile::TempDir,
    db: std::path::PathBuf,
}

impl Fora {
    fn new() -> Fora {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("fora.db");
        Fora { _dir: dir, db }
    }

    fn run(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        Command::cargo_bin("fora")
            .unwrap()
            .env_remove("FORA_LANG")
            .arg("--db")
            .arg(&self.db)
            .args(args)
            .assert()
    }

    fn ok(&self, args: &[&str]) -> String {
        String::from_utf8(self.run(args).success().get_output().stdout.clone()).unwrap()
    }

    fn fails(&self, args: &[&str]) -> String {
        String::from_utf8(self.run(args).failure().get_output().stderr.clone()).unwrap()
    }

    fn json(&self, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }
}

/// A Leveransforum meeting with a decision, an overdue action and an escalation.
fn recorded(fora: &Fora) {
    let mut store = Store::open(&fora.db).unwrap();
    let at = Local.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap();
    let id = store
        .start_meeting("leveransforum", "2026-03-02", Channel::Fysiskt, at, Lang::Sv)
        .unwrap();
    let item = store.agenda(id).unwrap()[3].id;
    let add = |store: &mut Store, kind, fields: EntryFields| {
        store.add_entry(item, kind, &fields, at, None).unwrap()
    };
    add(
        &mut store,
        EntryKind::Decision,
        EntryFields {
            text: "Utfallet godkänns".into(),
            ..Default::default()
        },
    );
    let action = EntryFields {
        text: "Rätta betygsexporten".into(),
        owner: Some("Bo Ek".into()),
        due: Some("2026-04-01".into()),
        ..Default::default()
    };
    add(&mut store, EntryKind::Action, action);
    let up = EntryFields {
        text: "Vitesfrågan".into(),
        target_forum: Some("verkstallande".into()),
        ..Default::default()
    };
    add(&mut store, EntryKind::Escalation, up);
    store.end_meeting(id, at).unwrap();
}

#[test]
fn the_registers_list_actions_decisions_and_escalations() {
    let fora = Fora::new();
    recorded(&fora);
    let actions = fora.ok(&["actions", "--overdue"]);
    let row = actions.lines().nth(2).unwrap();
    assert!(
        row.contains("Rätta betygsexporten") && row.contains("Bo Ek") && row.ends_with("FÖRSENAD"),
        "{actions}"
    );
    assert_eq!(
        fora.json(&["actions", "--owner", "ek", "--json"])[0]["due"],
        "2026-04-01"
    );
    assert_eq!(fora.ok(&["actions", "--owner", "nobody"]), "Inga åtgärder.\n");
    let decisions = fora.ok(&["decisions", "--forum", "leveransforum"]);
    let row: Vec<&str> = decisions
        .lines()
        .nth(2)
        .unwrap()
        .split("  ")
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(
        row,
        ["Leveransforum 2026 § 1", "2026-03-02", "Utfallet godkänns"],
        "{decisions}"
    );
    assert_eq!(fora.ok(&["decisions", "--since", "2026-04-01"]), "Inga beslut.\n");
    let escalations = fora.json(&["escalations", "--open", "--json"]);
    assert_eq!(escalations[0]["target_forum_id"], "verkstallande");
    assert_eq!(escalations[0]["state"], "open");
    assert!(escalations[0]["age_days"].as_i64().unwrap() > 200);
    assert_eq!(fora.ok(&["disagreements"]), "Inga meningsskiljaktigheter.\n");
}

#[test]
fn operational_meeting_points_and_cancelling() {
    let fora = Fora::new();
    // A cancellation must be near today.
    let today = chrono::Local::now().date_naive().to_string();
    fora.ok(&["org", "add", "Driftbolaget AB"]);
    let err = fora.fails(&["propose", "leveransforum", "En punkt", "--by", "drift"]);
    assert!(err.contains("tar inte emot föreslagna punkter"), "{err}");
    let err = fora.fails(&["propose", "operativt", "En punkt", "--by", "Staden"]);
    assert!(err.contains("ingen leverantör heter ”Staden”"), "{err}");
    // With no points proposed, the meeting may be cancelled for that reason.
    let schedule = fora.ok(&["schedule"]);
    assert!(
        schedule
            .lines()
            .any(|l| l.starts_with("Operativt möte") && l.contains("kan utgå")),
        "{schedule}"
    );
    fora.ok(&["propose", "operativt", "Gemensam incidentrutin", "--by", "drift"]);
    let err = fora.fails(&["cancel", "operativt", "--date", &today]);
    assert!(err.contains("punkter har föreslagits"), "{err}");
    let out = fora.ok(&["cancel", "operativt", "--date", &today, "--reason", "Sjukdom"]);
    assert!(
        out.contains(&format!("Inställt: Operativt möte {today}")),
        "{out}"
    );
    let err = fora.fails(&["cancel", "leveransforum"]);
    assert!(err.contains("--reason"), "{err}");
    let meetings = fora.json(&["meetings", "operativt", "--json"]);
    assert_eq!(meetings[0]["status"], "cancelled");
}

#[test]
fn planned_changes_are_registered_and_listed() {
    let fora = Fora::new();
    fora.ok(&[
        "changes",
        "add",
        "Byte av lastbalanserare",
        "--by",
        "leverantoren",
        "--date",
        "2026-06-10",
    ]);
    let err = fora.fails(&[
        "changes",
        "add",
        "X",
        "--by",
        "leverantoren",
        "--date",
        "2026-06-31",
    ]);
    assert!(err.contains("finns inte i kalendern"), "{err}");
    let list = fora.ok(&["changes", "list"]);
    assert!(
        list.contains("Leverantören  2026-06-10  Byte av lastbalanserare  nej"),
        "{list}"
    );
}

#[test]
fn search_takes_any_text_and_filters() {
    let fora = Fora::new();
    recorded(&fora);
    let hits = fora.json(&["search", "BETYGSEXPORT", "--json"]);
    assert_eq!(hits[0]["snippet"], "Rätta «betygsexporten»");
    assert_eq!(hits[0]["forum_id"], "leveransforum");
    assert_eq!(
        fora.json(&["search", "vitesfragan", "--kind", "eskalering", "--json"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        fora.ok(&["search", "vitesfragan", "--kind", "decision"]),
        "Inga träffar.\n"
    );
    for typed in ["\"betyg", "betyg OR", "NEAR(betyg", "betyg*", "-betyg"] {
        fora.ok(&["search", typed]);
    }
    let err = fora.fails(&["search", "\"*\""]);
    assert!(err.contains("minst ett ord"), "{err}");
    let err = fora.fails(&["search", "x", "--kind", "snack"]);
    assert!(err.contains("okänd sort ”snack”"), "{err}");
}

#[test]
fn status_counts_the_last_twelve_months() {
    let fora = Fora::new();
    recorded(&fora);
    let status = fora.json(&["status", "--json"]);
    let lev = status
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["forum_id"] == "leveransforum")
        .unwrap();
    assert_eq!(lev["expected"], 12);
    assert_eq!(lev["open_actions"], 1);
    assert_eq!(lev["overdue_actions"], 1, "due 2026-04-01, long past");
    let other = status
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["forum_id"] == "ledningsforum")
        .unwrap();
    assert_eq!(
        (other["open_actions"].as_i64(), other["overdue_actions"].as_i64()),
        (Some(0), Some(0))
    );
    let verk = status
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["forum_id"] == "verkstallande")
        .unwrap();
    assert_eq!(verk["open_escalations"], 1);
    let schedule = fora.json(&["schedule", "--json"]);
    let lev = schedule
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["forum_id"] == "leveransforum")
        .unwrap();
    assert_eq!(
        (lev["last_meeting"].as_str(), lev["next_due"].as_str()),
        (Some("2026-03-02"), Some("2026-04-02"))
    );
}

#[test]
fn the_demo_fills_a_new_database_once() {
    let fora = Fora::new();
    let out = fora.ok(&["demo", "--years", "1"]);
    assert!(out.starts_with("Exempelarkiv skapat:"), "{out}");
    assert!(fora.json(&["meetings", "--json"]).as_array().unwrap().len() > 100);
    let err = fora.fails(&["demo"]);
    assert!(err.contains("har redan personer eller möten"), "{err}");
    let err = fora.fails(&["demo", "--years", "0"]);
    assert!(err.contains("mellan 1 och 50"), "{err}");
}
