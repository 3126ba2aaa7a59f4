//! The contract's rules for approving a protocol (justering): who approves,
//! who may return or comment, when a protocol can be sent; approved versions
//! that stay the record; and exports that say what they are.

use assert_cmd::Command;
use chrono::{DateTime, Local, NaiveDate, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::{AttendanceStatus, EntryKind};
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::meetings::EntryFields;
use fora::store::people::{LEVERANTOREN_ID, NewAssignment, NewPerson, STADEN_ID};
use fora::tui::app::App;
use fora::tui::theme::Theme;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::support;

fn at(day: u32, h: u32) -> DateTime<Local> {
    Local.with_ymd_and_hms(2026, 11, day, h, 0, 0).unwrap()
}

struct Fora {
    dir: tempfile::TempDir,
    db: std::path::PathBuf,
}

/// Anna Berg and Cia Dahl of Staden, Bo Ek of Leverantören: all three sit in Leveransforum.
const PEOPLE: [(&str, i64, &str); 3] = [
    ("Anna Berg", STADEN_ID, "leveransansvarig"),
    ("Bo Ek", LEVERANTOREN_ID, "leveransansvarig"),
    ("Cia Dahl", STADEN_ID, "leveransledare"),
];

impl Fora {
    /// A Leveransforum meeting on 2 November with everyone present, a
    /// decision and an action, kept by `keeper`; ended when `end`.
    fn new(keeper: &str, end: bool) -> Fora {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("fora.db");
        let mut store = Store::open(&db).unwrap();
        for (name, org, role) in PEOPLE {
            let id = store
                .add_person(&NewPerson {
                    name: name.into(),
                    organisation_id: org,
                    email: None,
                    phone: None,
                })
                .unwrap();
            let role = NewAssignment {
                role_id: role.into(),
                organisation_id: org,
                from: "2024-01-01".into(),
                to: None,
            };
            store.assign(id, &role).unwrap();
        }
        let fora = Fora { dir, db };
        fora.meeting(&mut store, "2026-11-02", at(2, 9), keeper, end);
        fora
    }

    /// A Leveransforum meeting with everyone present, a decision and an action.
    fn meeting(&self, store: &mut Store, date: &str, start: DateTime<Local>, keeper: &str, end: bool) -> i64 {
        let id = store
            .start_meeting("leveransforum", date, Channel::Fysiskt, start, Lang::Sv)
            .unwrap();
        for row in store.attendance(id).unwrap() {
            if row.person_name.is_some() {
                store
                    .set_attendance(row.id, AttendanceStatus::Present, None)
                    .unwrap();
            }
        }
        let item = store.agenda(id).unwrap()[1].id;
        for (kind, text, owner) in [
            (EntryKind::Decision, "Dagordningen godkänns", None),
            (EntryKind::Action, "Ta fram en plan", Some("Bo Ek".to_string())),
        ] {
            let fields = EntryFields {
                text: text.into(),
                owner,
                ..Default::default()
            };
            store.add_entry(item, kind, &fields, start, None).unwrap();
        }
        store
            .set_meeting_details(id, Channel::Fysiskt, None, Some(keeper))
            .unwrap();
        if end {
            store.end_meeting(id, start + chrono::Duration::hours(1)).unwrap();
        }
        id
    }

    fn run(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        Command::cargo_bin("fora")
            .unwrap()
            .args(["--lang", "en", "--db"])
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

    fn versions(&self) -> String {
        self.ok(&["protocol", "versions", "leveransforum", "2026-11-02", "--json"])
    }

    fn export(&self, tail: &[&str]) -> Vec<u8> {
        let args: Vec<&str> = ["export", "leveransforum", "2026-11-02"]
            .iter()
            .chain(tail)
            .copied()
            .collect();
        self.run(&args).success().get_output().stdout.clone()
    }

    fn path(&self, name: &str) -> String {
        self.dir.path().join(name).display().to_string()
    }
}

const M: [&str; 2] = ["leveransforum", "2026-11-02"];

fn args<'a>(cmd: &[&'a str], tail: &[&'a str]) -> Vec<&'a str> {
    cmd.iter().chain(M.iter()).chain(tail.iter()).copied().collect()
}

#[test]
fn the_minute_keeper_never_approves_and_a_city_keeper_is_flagged() {
    // Leveransforum's minutes are kept by the supplier; here a City person keeps them.
    let fora = Fora::new("Anna Berg", true);
    let doctor = fora.run(&["doctor"]).failure().get_output().stdout.clone();
    let doctor = String::from_utf8(doctor).unwrap();
    assert!(
        doctor.contains("Leveransforum 2026-11-02: the minute keeper Anna Berg is of The City"),
        "{doctor}"
    );
    fora.ok(&args(&["protocol", "send"], &[]));
    let err = fora.fails(&args(
        &["protocol", "approve"],
        &["--by", "Anna Berg", "--recorded-by", "Bo Ek"],
    ));
    assert!(
        err.contains("is not an approver") && err.contains("approvers: Cia Dahl"),
        "{err}"
    );
    let out = fora.ok(&args(
        &["protocol", "approve"],
        &["--by", "Cia Dahl", "--recorded-by", "Bo Ek"],
    ));
    assert!(out.starts_with("Version 1: approved"), "{out}");

    // With the supplier keeping them, doctor has nothing to say about the keeper.
    let fora = Fora::new("Bo Ek", true);
    let doctor = fora.ok(&["doctor"]);
    assert!(
        doctor.contains("every meeting's minute keeper is of the party"),
        "{doctor}"
    );
}

#[test]
fn only_an_approver_returns_a_version_and_a_refusal_writes_nothing() {
    let fora = Fora::new("Bo Ek", true);
    fora.ok(&args(&["protocol", "send"], &[]));
    let before = fora.versions();
    let err = fora.fails(&args(
        &["protocol", "return"],
        &["--by", "Bo Ek", "--comment", "Fel datum"],
    ));
    assert!(err.contains("Bo Ek is not an approver"), "{err}");
    assert_eq!(fora.versions(), before, "nothing written");

    let out = fora.ok(&args(
        &["protocol", "return"],
        &["--by", "Anna Berg", "--comment", "Fel datum"],
    ));
    assert!(out.contains("Version 1 returned"), "{out}");
    // A returned version can be sent again as it is.
    let out = fora.ok(&args(&["protocol", "send"], &[]));
    assert!(out.contains("Version 2 sent"), "{out}");
    // So can a review file: it sends the returned version again too.
    fora.ok(&args(
        &["protocol", "return"],
        &["--by", "Anna Berg", "--comment", "Fortfarande fel"],
    ));
    fora.ok(&args(
        &["export"],
        &["--format", "review", "-o", &fora.path("r.json")],
    ));
    let versions: serde_json::Value = serde_json::from_str(&fora.versions()).unwrap();
    let states: Vec<&str> = versions
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["returned", "returned", "for_review"]);
    assert_eq!(versions[0]["sha256"], versions[2]["sha256"], "sent unchanged");
}

#[test]
fn a_protocol_is_sent_only_after_its_meeting_ended() {
    let fora = Fora::new("Bo Ek", false);
    let err = fora.fails(&args(&["protocol", "send"], &[]));
    assert!(err.contains("only once the meeting has ended"), "{err}");
    let err = fora.fails(&args(&["export"], &["--format", "review"]));
    assert!(err.contains("only once the meeting has ended"), "{err}");
    assert_eq!(fora.versions(), "[]\n", "no version made");
}

#[test]
fn comments_only_are_recorded_without_approving_or_returning() {
    let fora = Fora::new("Bo Ek", true);
    fora.ok(&args(&["protocol", "send"], &[]));
    // The minute keeper is a participant: they may comment, not approve.
    let out = fora.ok(&args(
        &["protocol", "comment"],
        &["--by", "bo ek", "--comment", "Stavfel i punkt 2"],
    ));
    assert!(out.contains("still awaits approval"), "{out}");
    let err = fora.fails(&args(
        &["protocol", "comment"],
        &["--by", "Dan Fors", "--comment", "Hej"],
    ));
    assert!(err.contains("did not take part"), "{err}");
    let versions: serde_json::Value = serde_json::from_str(&fora.versions()).unwrap();
    let v = &versions[0];
    assert_eq!(v["state"], "for_review");
    assert_eq!(v["approvals"].as_array().unwrap().len(), 0);
    assert_eq!(v["comments"][0]["reviewer"], "Bo Ek");
    assert_eq!(v["comments"][0]["text"], "Stavfel i punkt 2");
    let shown = fora.ok(&args(&["protocol", "versions"], &[]));
    assert!(shown.contains("Bo Ek: Stavfel i punkt 2"), "{shown}");
}

#[test]
fn a_comments_only_response_is_imported_without_a_verdict() {
    use fora::protocol::review::{Comment, Response, ReviewFile, Verdict};
    let fora = Fora::new("Bo Ek", true);
    let review = fora.path("review.json");
    fora.ok(&args(&["export"], &["--format", "review", "-o", &review]));
    let (file, _) = ReviewFile::parse(&std::fs::read(&review).unwrap()).unwrap();
    let comment = |reviewer: &str, verdict| {
        Response::new(
            &file,
            reviewer,
            verdict,
            vec![Comment {
                item: None,
                text: "Lägg till bilagan".into(),
            }],
            "2026-11-03T10:00:00+01:00",
        )
    };
    let key = crate::support::keys::register_key(|args| fora.ok(args), fora.dir.path(), "Bo Ek");
    let write_signed = |path: &str, verdict| {
        let content = comment("Bo Ek", verdict).unwrap().to_json().unwrap();
        crate::support::keys::write_signed(path, &content, &key);
    };
    // The supplier cannot request changes where Staden approves; nothing is written.
    let path = fora.path("changes.json");
    write_signed(&path, Verdict::RequestChanges);
    let before = fora.versions();
    assert!(
        fora.fails(&["review", "import", &path])
            .contains("is not an approver")
    );
    assert_eq!(fora.versions(), before);

    let path = fora.path("comments.json");
    write_signed(&path, Verdict::Comments);
    let out = fora.ok(&["review", "import", &path]);
    assert!(out.contains("comments only"), "{out}");
    let versions: serde_json::Value = serde_json::from_str(&fora.versions()).unwrap();
    assert_eq!(versions[0]["state"], "for_review");
    assert_eq!(versions[0]["comments"][0]["text"], "Lägg till bilagan");
}

#[test]
fn a_draft_export_says_it_is_a_draft_and_an_approved_one_carries_its_justering() {
    let fora = Fora::new("Bo Ek", true);
    let md = String::from_utf8(fora.export(&[])).unwrap();
    assert!(md.contains("**DRAFT – version 1**"), "{md}");
    let html = String::from_utf8(fora.export(&["--format", "html"])).unwrap();
    assert!(
        html.contains("<p class=\"draft\">DRAFT – version 1</p>"),
        "{html}"
    );
    assert!(html.contains("<div class=\"watermark\" aria-hidden=\"true\">DRAFT</div>"));
    let json: serde_json::Value = serde_json::from_slice(&fora.export(&["--format", "json"])).unwrap();
    assert_eq!(json["version"]["state"], "draft");
    assert_eq!(json["version"]["version"], 1);

    fora.ok(&args(&["protocol", "send"], &[]));
    fora.ok(&args(
        &["protocol", "approve"],
        &["--by", "Anna Berg", "--recorded-by", "Bo Ek"],
    ));
    let sha: serde_json::Value = serde_json::from_str(&fora.versions()).unwrap();
    let sha = sha[0]["sha256"].as_str().unwrap().to_string();
    let md = String::from_utf8(fora.export(&[])).unwrap();
    assert!(!md.contains("DRAFT"), "{md}");
    assert!(md.contains("## Approval\n"), "{md}");
    let today = Local::now().date_naive().to_string();
    assert!(
        md.contains(&format!("| Anna Berg | {today} | recorded by Bo Ek |")),
        "{md}"
    );
    assert!(md.contains(&format!("Version 1 · SHA-256 {sha}")), "{md}");
    let json: serde_json::Value = serde_json::from_slice(&fora.export(&["--format", "json"])).unwrap();
    assert_eq!(json["version"]["state"], "approved");
    assert_eq!(json["version"]["sha256"], sha.as_str());
    assert_eq!(json["version"]["approvals"][0]["name"], "Anna Berg");
    assert_eq!(json["version"]["approvals"][0]["method"], "recorded");
    // Swedish says UTKAST.
    let swedish = Fora::new("Bo Ek", true);
    let sv = Command::cargo_bin("fora")
        .unwrap()
        .args(["--db"])
        .arg(&swedish.db)
        .args(["export", "leveransforum", "2026-11-02"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(sv).unwrap().contains("**UTKAST – version 1**"));
    let err = fora.fails(&args(&["export"], &["--version", "7"]));
    assert!(err.contains("no version 7"), "{err}");
}

pub(crate) fn pdf_text(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).expect("a PDF a parser can read");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).expect("text")
}

#[test]
fn a_draft_pdf_says_so_on_every_page_and_an_approved_one_carries_its_justering() {
    let fora = Fora::new("Bo Ek", true);
    let draft = fora.export(&["--format", "pdf"]);
    assert_eq!(
        draft,
        fora.export(&["--format", "pdf"]),
        "the same bytes each time"
    );
    let text = pdf_text(&draft);
    assert!(text.contains("DRAFT – version 1"), "{text}");
    // The watermark: the word alone, once per page.
    let doc = lopdf::Document::load_mem(&draft).unwrap();
    let pages = doc.get_pages().len();
    assert_eq!(
        text.lines().filter(|l| l.trim() == "DRAFT").count(),
        pages,
        "{text}"
    );

    fora.ok(&args(&["protocol", "send"], &[]));
    fora.ok(&args(
        &["protocol", "approve"],
        &["--by", "Anna Berg", "--recorded-by", "Bo Ek"],
    ));
    let text = pdf_text(&fora.export(&["--format", "pdf"]));
    assert!(!text.contains("DRAFT"), "{text}");
    assert!(
        text.contains("recorded by Bo Ek") && text.contains("SHA-256"),
        "{text}"
    );
}

#[test]
fn the_approved_export_stays_the_same_after_later_work() {
    let fora = Fora::new("Bo Ek", true);
    fora.ok(&args(&["protocol", "send"], &[]));
    fora.ok(&args(
        &["protocol", "approve"],
        &["--by", "Anna Berg", "--recorded-by", "Bo Ek"],
    ));
    let formats = ["md", "html", "json", "pdf"];
    let before: Vec<Vec<u8>> = formats.iter().map(|f| fora.export(&["--format", f])).collect();

    // December's meeting marks November's action done.
    let mut store = Store::open(&fora.db).unwrap();
    let december_start = Local.with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap();
    let december = fora.meeting(&mut store, "2026-12-07", december_start, "Bo Ek", false);
    let action = store
        .entries(1)
        .unwrap()
        .into_iter()
        .find(|e| e.kind == EntryKind::Action)
        .unwrap();
    store
        .complete_action(action.id, true, Some(december), Local::now())
        .unwrap();
    drop(store);

    for (format, before) in formats.iter().zip(&before) {
        assert_eq!(&fora.export(&["--format", format]), before, "{format}");
    }
    // The meeting as it stands did change: the approved export is not it.
    let current = String::from_utf8(fora.export(&["--current"])).unwrap();
    assert_ne!(current.as_bytes(), before[0].as_slice());
    assert!(current.contains("DRAFT – version 2"), "{current}");
    // Nothing was changed in the meeting itself, so nothing is flagged.
    assert!(
        !fora
            .ok(&["protocol", "status"])
            .contains("changed after approval")
    );
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn changing_an_approved_meeting_asks_first_then_makes_a_new_version_that_is_flagged() {
    let fora = Fora::new("Bo Ek", true);
    fora.ok(&args(&["protocol", "send"], &[]));
    fora.ok(&args(
        &["protocol", "approve"],
        &["--by", "Anna Berg", "--recorded-by", "Bo Ek"],
    ));
    let approved = fora.export(&[]);

    let mut store = Store::open(&fora.db).unwrap();
    fora::i18n::set_lang(Lang::Sv);
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut app = App::new(&store, Lang::Sv, today)
        .unwrap()
        .with_theme(Theme::plain());
    let now = at(26, 10);
    app.open_meeting(&mut store, 1, now).unwrap();
    // 4: the selected person was excused. Asked first; n changes nothing.
    app.handle_key(&mut store, key(KeyCode::Char('4')), now);
    let screen = support::screen::drawn(&app, 120, 40);
    assert!(
        screen.contains("Protokollet är justerat – ändra ändå? En ny version skapas."),
        "{screen}"
    );
    app.handle_key(&mut store, key(KeyCode::Char('n')), now);
    let statuses = |store: &Store| {
        store
            .attendance(1)
            .unwrap()
            .iter()
            .map(|r| r.status)
            .collect::<Vec<_>>()
    };
    assert!(statuses(&store).iter().all(|s| *s != AttendanceStatus::Excused));
    assert_eq!(store.versions(1).unwrap().len(), 1);

    // Enter says yes: the change is made, as a new draft version.
    app.handle_key(&mut store, key(KeyCode::Char('4')), now);
    app.handle_key(&mut store, key(KeyCode::Enter), now);
    assert!(statuses(&store).contains(&AttendanceStatus::Excused));
    let versions = store.versions(1).unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[1].state.id(), "draft");
    // Further changes in the same sitting update that draft, without asking again.
    app.handle_key(&mut store, key(KeyCode::Down), now);
    app.handle_key(&mut store, key(KeyCode::Char('4')), now);
    assert_eq!(store.versions(1).unwrap().len(), 2);
    drop(store);

    let status = fora.ok(&["protocol", "status"]);
    assert!(
        status.contains("Leveransforum 2026-11-02 (meeting 1): changed after approval, version 2"),
        "{status}"
    );
    let doctor = fora.ok(&["doctor"]);
    assert!(doctor.contains("changed after approval"), "{doctor}");
    // The record is still the approved version.
    assert_eq!(fora.export(&[]), approved);
    // Home says so too, beside Leveransforum.
    let store = Store::open(&fora.db).unwrap();
    let mut app = App::new(&store, Lang::Sv, today)
        .unwrap()
        .with_theme(Theme::plain());
    let home = loop {
        let home = support::screen::drawn(&app, 160, 50);
        if home.contains("│▸ Leveransforum") {
            break home;
        }
        assert!(
            !home.contains("│▸ Övergripande"),
            "Leveransforum not found:\n{home}"
        );
        let mut store = Store::open(&fora.db).unwrap();
        app.handle_key(&mut store, key(KeyCode::Down), now);
    };
    assert!(home.contains("ändrat efter justering"), "{home}");
    // And P, the protocols to act on.
    let mut store = Store::open(&fora.db).unwrap();
    app.handle_key(&mut store, key(KeyCode::Char('P')), now);
    let approvals = support::screen::drawn(&app, 160, 30);
    assert!(
        approvals.contains("Leveransforum") && approvals.contains("ändrat efter justering"),
        "{approvals}"
    );
    drop(store);

    // Approving version 2 clears the flag (Anna Berg was excused in it; Cia Dahl approves).
    fora.ok(&args(&["protocol", "send"], &[]));
    fora.ok(&args(
        &["protocol", "approve"],
        &["--by", "Cia Dahl", "--recorded-by", "Bo Ek"],
    ));
    assert!(
        !fora
            .ok(&["protocol", "status"])
            .contains("changed after approval")
    );
}
