//! What a Swedish protocol holds: chair, registry number and "Val av
//! justerare" set from the command line, shown in every export, and the
//! chosen approvers the only ones counted; parties by their real names;
//! titles carried in from other forums whole.

use assert_cmd::Command;
use chrono::{Local, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::EntryKind;
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::meetings::EntryFields;
use fora::store::people::{LEVERANTOREN_ID, STADEN_ID};

struct Fora {
    dir: tempfile::TempDir,
    db: std::path::PathBuf,
}

/// A held Leveransforum meeting (Staden approves): Anna Berg and Cecilia
/// Dahl of Staden and Bo Ek of Leverantören, who keeps the minutes.
fn held() -> Fora {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    let mut store = Store::open(&db).unwrap();
    let people = [
        ("Anna Berg", STADEN_ID, "leveransansvarig"),
        ("Cecilia Dahl", STADEN_ID, "leveransledare"),
        ("Bo Ek", LEVERANTOREN_ID, "leveransansvarig"),
    ];
    let id = crate::support::roster::meeting_with(&mut store, "leveransforum", "2026-11-02", &people);
    let at = Local.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap();
    let item = store.agenda(id).unwrap()[1].id;
    let long = "Leveransen av betygsmodulen är försenad och påverkar skolornas planering inför vårterminen på flera sätt";
    let fields = EntryFields {
        text: format!("{long}\nMer text."),
        target_forum: Some("verkstallande".into()),
        ..Default::default()
    };
    store
        .add_entry(item, EntryKind::Escalation, &fields, at, None)
        .unwrap();
    store
        .set_meeting_details(id, Channel::Video, None, Some("Bo Ek"))
        .unwrap();
    store.end_meeting(id, at).unwrap();
    Fora { dir, db }
}

impl Fora {
    fn dir_file(&self, name: &str) -> std::path::PathBuf {
        self.dir.path().join(name)
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

    fn out(&self, args: &[&str]) -> String {
        String::from_utf8(self.run(args).success().get_output().stdout.clone()).unwrap()
    }

    fn err(&self, args: &[&str]) -> String {
        String::from_utf8(self.run(args).failure().get_output().stderr.clone()).unwrap()
    }
}

#[test]
fn chair_registry_number_and_chosen_approvers_are_in_every_export() {
    let fora = held();
    let before = fora.out(&["export", "1", "-f", "md"]);
    assert!(
        before.contains("- **Justerare:** Anna Berg, Cecilia Dahl"),
        "{before}"
    );
    assert!(!before.contains("Val av justerare"), "{before}");

    let said = fora.out(&[
        "meeting",
        "set",
        "leveransforum",
        "2026-11-02",
        "--chair",
        "Anna Berg",
        "--registry-number",
        "SLK-2026/123",
        "--approvers",
        "cecilia dahl",
    ]);
    assert!(
        said.contains("ordförande Anna Berg, diarienummer SLK-2026/123, justerare Cecilia Dahl"),
        "{said}"
    );

    let md = fora.out(&["export", "1", "-f", "md"]);
    assert!(md.contains("- **Diarienummer:** SLK-2026/123"), "{md}");
    assert!(md.contains("- **Ordförande:** Anna Berg"), "{md}");
    assert!(md.contains("- **Justerare:** Cecilia Dahl\n"), "{md}");
    // "Val av justerare" follows the opening, and the items after it move on.
    let opening = md.find("### 1. Mötets öppnande").expect("the opening is item 1");
    let choice = md.find("### 2. Val av justerare").expect("the choice is item 2");
    assert!(opening < choice, "{md}");
    assert!(md.contains("Till justerare valdes Cecilia Dahl."), "{md}");
    assert!(md.contains("### 3. Godkännande av dagordningen"), "{md}");

    let html = fora.out(&["--lang", "en", "export", "1", "-f", "html"]);
    assert!(html.contains("SLK-2026/123"), "{html}");
    assert!(html.contains("Choice of approvers"), "{html}");
    assert!(
        html.contains("Chosen to approve the protocol: Cecilia Dahl."),
        "{html}"
    );
    let pdf = fora.dir_file("protocol.pdf");
    fora.out(&["export", "1", "-o", pdf.to_str().unwrap()]);
    let doc = lopdf::Document::load(&pdf).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).unwrap();
    for shown in [
        "SLK-2026/123",
        "Ordförande",
        "Val av justerare",
        "Till justerare valdes Cecilia Dahl.",
    ] {
        assert!(text.contains(shown), "{shown} in {text}");
    }
    let json: serde_json::Value = serde_json::from_str(&fora.out(&["export", "1", "-f", "json"])).unwrap();
    assert_eq!(json["meeting"]["chair"], "Anna Berg");
    assert_eq!(json["meeting"]["registry_number"], "SLK-2026/123");
    assert_eq!(json["meeting"]["approvers_chosen"], true);
    assert_eq!(json["approvers"].as_array().unwrap().len(), 1);
    assert_eq!(json["approvers"][0]["name"], "Cecilia Dahl");

    // Only the chosen approver approves: Anna Berg of Staden is refused.
    fora.out(&["protocol", "send", "1"]);
    let approve = |by| {
        [
            "--lang",
            "en",
            "protocol",
            "approve",
            "1",
            "--by",
            by,
            "--recorded-by",
            "Bo Ek",
        ]
    };
    let refused = fora.err(&approve("Anna Berg"));
    assert!(refused.contains("approvers: Cecilia Dahl"), "{refused}");
    fora.out(&approve("Cecilia Dahl"));
    let versions = fora.out(&["--lang", "en", "protocol", "versions", "1"]);
    assert!(versions.contains("Version 1: approved"), "{versions}");
}

#[test]
fn only_those_the_rule_allows_can_be_chosen_and_an_empty_text_clears() {
    let fora = held();
    // Staden approves Leveransforum's protocol; Bo Ek keeps the minutes.
    let err = fora.err(&[
        "--lang",
        "en",
        "meeting",
        "set",
        "1",
        "--approvers",
        "Anna Berg,Bo Ek",
    ]);
    assert!(err.contains("Bo Ek cannot be chosen to approve"), "{err}");
    assert!(err.contains("who can: Anna Berg, Cecilia Dahl"), "{err}");
    let md = fora.out(&["export", "1", "-f", "md"]);
    assert!(
        !md.contains("Val av justerare"),
        "a refusal changes nothing: {md}"
    );

    fora.out(&[
        "meeting",
        "set",
        "1",
        "--approvers",
        "Anna Berg",
        "--chair",
        "Anna Berg",
    ]);
    fora.out(&["meeting", "set", "1", "--approvers", "", "--chair", ""]);
    let md = fora.out(&["export", "1", "-f", "md"]);
    assert!(
        !md.contains("Val av justerare") && !md.contains("Ordförande"),
        "{md}"
    );
    assert!(md.contains("- **Justerare:** Anna Berg, Cecilia Dahl"), "{md}");
}

#[test]
fn the_supplier_is_named_by_its_real_name_once_set() {
    let fora = held();
    let md = fora.out(&["export", "1", "-f", "md"]);
    assert!(md.contains("**Leverantören**"), "{md}");
    fora.out(&["org", "rename", "Leverantören", "Edtech Nord AB"]);
    let md = fora.out(&["export", "1", "-f", "md"]);
    assert!(md.contains("**Edtech Nord AB**"), "{md}");
    assert!(!md.contains("**Leverantören**"), "{md}");
}

#[test]
fn a_title_carried_in_from_another_forum_is_whole() {
    let fora = held();
    let mut store = Store::open(&fora.db).unwrap();
    let at = Local.with_ymd_and_hms(2026, 11, 9, 9, 0, 0).unwrap();
    let id = store
        .start_meeting("verkstallande", "2026-11-09", Channel::Fysiskt, at, Lang::Sv)
        .unwrap();
    drop(store);
    let md = fora.out(&["export", &id.to_string(), "-f", "md", "--current"]);
    assert!(
        md.contains("skolornas planering inför vårterminen på flera sätt"),
        "{md}"
    );
    assert!(!md.contains('…'), "{md}");
}

/// Gives Leveransforum a justering deadline of five working days.
fn with_deadline(fora: &Fora) {
    let catalog =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/catalog.toml")).unwrap();
    let at = catalog.find("id = \"leveransforum\"").unwrap();
    let (head, tail) = catalog.split_at(at);
    let tail = tail.replacen(
        "approver = \"staden\" }",
        "approver = \"staden\", approve_within_days = 5 }",
        1,
    );
    let file = fora.dir.path().join("catalog.toml");
    std::fs::write(&file, format!("{head}{tail}")).unwrap();
    fora.out(&["catalog", "import", file.to_str().unwrap()]);
}

#[test]
fn justering_past_the_forums_deadline_is_shown_as_overdue() {
    let fora = held();
    assert!(!fora.out(&["protocol", "status"]).contains("försenad"));
    with_deadline(&fora);
    let shown = fora.out(&["forum", "show", "leveransforum"]);
    assert!(shown.contains("Justeras inom:"), "{shown}");
    assert!(shown.contains("5 arbetsdagar efter mötet"), "{shown}");
    // Monday 2 November 2026 plus five working days is Monday 9 November.
    let status = fora.out(&["protocol", "status"]);
    assert!(
        status.contains(
            "Justeringen är försenad: Leveransforum 2026-11-02 (möte 1) skulle ha justerats senast 2026-11-09"
        ),
        "{status}"
    );
    fora.out(&["protocol", "send", "1"]);
    let json: serde_json::Value = serde_json::from_str(&fora.out(&["protocol", "status", "--json"])).unwrap();
    assert_eq!(json[0]["overdue_since"], "2026-11-09");

    // Home: the forum's approval line says so.
    let mut store = Store::open(&fora.db).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let mut app = fora::tui::app::App::new(&store, Lang::Sv, today)
        .unwrap()
        .with_theme(fora::tui::theme::Theme::plain());
    while app.selected_forum().map(|f| f.id.as_str()) != Some("leveransforum") {
        app.update(fora::tui::app::Action::SelectNext);
    }
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 30)).unwrap();
    terminal
        .draw(|frame| fora::tui::home::render(&app, frame.area(), frame.buffer_mut()))
        .unwrap();
    let screen = crate::support::screen::rows(terminal.backend().buffer()).join("\n");
    assert!(screen.contains("1 justering försenad"), "{screen}");
    // The P screen marks it.
    let now = Local.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap();
    let p = ratatui::crossterm::event::KeyEvent::from(ratatui::crossterm::event::KeyCode::Char('P'));
    app.handle_key(&mut store, p, now);
    terminal
        .draw(|frame| fora::tui::render(&app, frame.area(), frame.buffer_mut()))
        .unwrap();
    let screen = crate::support::screen::rows(terminal.backend().buffer()).join("\n");
    assert!(screen.contains("· försenad"), "{screen}");

    // Approved, it is no longer late.
    fora.out(&[
        "protocol",
        "approve",
        "1",
        "--by",
        "Anna Berg",
        "--recorded-by",
        "Bo Ek",
    ]);
    assert!(!fora.out(&["protocol", "status"]).contains("försenad"));
}

#[test]
fn where_every_participant_approves_only_the_chosen_ones_are_waited_for() {
    // Leveransledning: every participant but the minute keeper approves.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    let mut store = Store::open(&db).unwrap();
    let people = [
        ("Ulla IT", STADEN_ID, "it-direktor"),
        ("Kalle Kontrakt", LEVERANTOREN_ID, "kontraktsansvarig"),
        ("Kim Kund", LEVERANTOREN_ID, "kundansvarig"),
    ];
    let id = crate::support::roster::meeting_with(&mut store, "leveransledning", "2026-11-03", &people);
    let at = Local.with_ymd_and_hms(2026, 11, 3, 9, 0, 0).unwrap();
    store
        .set_meeting_details(id, Channel::Video, None, Some("Ulla IT"))
        .unwrap();
    store.end_meeting(id, at).unwrap();
    drop(store);
    let fora = Fora { dir, db };
    let meeting = id.to_string();
    fora.out(&["meeting", "set", &meeting, "--approvers", "Kim Kund"]);
    fora.out(&["protocol", "send", &meeting]);
    // Kalle Kontrakt would approve by the rule alone; not chosen, he does not.
    let refused = fora.err(&[
        "--lang",
        "en",
        "protocol",
        "approve",
        &meeting,
        "--by",
        "Kalle Kontrakt",
        "--recorded-by",
        "Ulla IT",
    ]);
    assert!(refused.contains("approvers: Kim Kund"), "{refused}");
    // One approval of the one chosen completes the justering.
    fora.out(&[
        "protocol",
        "approve",
        &meeting,
        "--by",
        "Kim Kund",
        "--recorded-by",
        "Ulla IT",
    ]);
    let versions = fora.out(&["--lang", "en", "protocol", "versions", &meeting]);
    assert!(versions.contains("Version 1: approved"), "{versions}");
}
