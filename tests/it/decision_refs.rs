//! One reference per decision, "Leveransforum 2026 § 2": provisional while
//! its meeting runs, fixed in protocol order when it ends, never changed or
//! given again; the same on the meeting screen, in every export, in the
//! decision register and in search.

use chrono::{DateTime, Local, NaiveDate, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::EntryKind;
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::meetings::EntryFields;
use fora::tui::app::App;
use fora::tui::theme::Theme;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::justering::pdf_text;
use crate::support;
use crate::support::cli::Fora;

fn at(date: &str, h: u32) -> DateTime<Local> {
    let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("date");
    Local
        .from_local_datetime(&d.and_hms_opt(h, 0, 0).expect("time"))
        .single()
        .expect("a time that exists")
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn start(store: &mut Store, date: &str) -> i64 {
    store
        .start_meeting("leveransforum", date, Channel::Fysiskt, at(date, 9), Lang::Sv)
        .expect("start")
}

/// Item `n` (counted from 1) of a meeting's agenda.
fn item(store: &Store, meeting: i64, n: usize) -> i64 {
    store.agenda(meeting).expect("agenda")[n - 1].id
}

fn decide(store: &mut Store, item: i64, text: &str, date: &str) -> i64 {
    let fields = EntryFields {
        text: text.into(),
        ..EntryFields::default()
    };
    store
        .add_entry(item, EntryKind::Decision, &fields, at(date, 9), None)
        .expect("decision")
}

fn reference(store: &Store, entry: i64) -> String {
    store
        .decision_reference(entry)
        .expect("read")
        .expect("a decision")
        .to_string()
}

/// A first meeting of the year with one decision (§ 1), and a second where
/// a decision on item 4 was recorded before one on item 2.
fn two_meetings(store: &mut Store) -> (i64, [i64; 2]) {
    let first = start(store, "2026-10-01");
    let item4 = item(store, first, 4);
    decide(store, item4, "Utfallet för september godkänns", "2026-10-01");
    store.end_meeting(first, at("2026-10-01", 10)).expect("end");
    let second = start(store, "2026-11-02");
    let item4 = item(store, second, 4);
    let later = decide(
        store,
        item4,
        "Staden bestrider utfallet för oktober",
        "2026-11-02",
    );
    let item2 = item(store, second, 2);
    let earlier = decide(store, item2, "Dagordningen godkänns", "2026-11-02");
    (second, [earlier, later])
}

#[test]
fn numbers_are_provisional_during_the_meeting_and_fixed_in_protocol_order_at_its_end() {
    let mut store = Store::open_in_memory().expect("store");
    let (meeting, [earlier, later]) = two_meetings(&mut store);
    assert_eq!(reference(&store, earlier), "Leveransforum 2026 § (2)");
    assert_eq!(reference(&store, later), "Leveransforum 2026 § (3)");
    let register: Vec<String> = store
        .decisions(Some("leveransforum"), None)
        .expect("register")
        .into_iter()
        .map(|d| d.reference)
        .collect();
    assert_eq!(
        register,
        [
            "Leveransforum 2026 § (3)",
            "Leveransforum 2026 § (2)",
            "Leveransforum 2026 § 1"
        ]
    );
    // While the meeting runs, one on an earlier item moves the later ones.
    let item1 = item(&store, meeting, 1);
    let first_of_all = decide(&mut store, item1, "Mötet öppnas", "2026-11-02");
    assert_eq!(reference(&store, first_of_all), "Leveransforum 2026 § (2)");
    assert_eq!(reference(&store, later), "Leveransforum 2026 § (4)");

    store.end_meeting(meeting, at("2026-11-02", 10)).expect("end");
    assert_eq!(reference(&store, first_of_all), "Leveransforum 2026 § 2");
    assert_eq!(reference(&store, earlier), "Leveransforum 2026 § 3");
    assert_eq!(reference(&store, later), "Leveransforum 2026 § 4");
}

#[test]
fn after_the_end_a_number_never_changes_and_is_never_given_again() {
    let mut store = Store::open_in_memory().expect("store");
    let (meeting, [earlier, later]) = two_meetings(&mut store);
    store.end_meeting(meeting, at("2026-11-02", 10)).expect("end");

    // Added to the ended meeting (an amendment) on an earlier item: the
    // next free number; nothing is renumbered.
    let item1 = item(&store, meeting, 1);
    let amended = decide(&mut store, item1, "Mötet öppnas", "2026-11-03");
    assert_eq!(reference(&store, amended), "Leveransforum 2026 § 4");
    assert_eq!(reference(&store, earlier), "Leveransforum 2026 § 2");
    assert_eq!(reference(&store, later), "Leveransforum 2026 § 3");

    // A deleted decision leaves a gap; its number is not given again.
    store.delete_entry(amended, at("2026-11-03", 11)).expect("delete");
    let item4 = item(&store, meeting, 4);
    let again = decide(&mut store, item4, "Åtgärdsplanen godkänns", "2026-11-03");
    assert_eq!(reference(&store, again), "Leveransforum 2026 § 5");
    // Opened again and ended again: the numbers stay.
    store.resume_meeting(meeting).expect("resume");
    store.end_meeting(meeting, at("2026-11-03", 12)).expect("end");
    assert_eq!(reference(&store, earlier), "Leveransforum 2026 § 2");
    assert_eq!(reference(&store, again), "Leveransforum 2026 § 5");
    let register: Vec<i64> = store
        .decisions(Some("leveransforum"), None)
        .expect("register")
        .into_iter()
        .map(|d| d.number)
        .collect();
    assert_eq!(register, [5, 3, 2, 1]);
}

#[test]
fn the_same_reference_on_the_meeting_screen_in_every_export_the_register_and_search() {
    let fora = Fora::new();
    let mut store = Store::open(&fora.db()).expect("store");
    let (meeting, [earlier, _]) = two_meetings(&mut store);
    store.end_meeting(meeting, at("2026-11-02", 10)).expect("end");
    let wanted = "Leveransforum 2026 § 2";
    assert_eq!(reference(&store, earlier), wanted);

    let today = NaiveDate::from_ymd_opt(2026, 11, 2).expect("date");
    let mut app = App::new(&store, Lang::Sv, today)
        .expect("app")
        .with_theme(Theme::plain());
    app.open_meeting(&mut store, meeting, at("2026-11-02", 11))
        .expect("open");
    // The agenda, its first decision selected: the row gives the number,
    // the text below it the whole reference.
    app.handle_key(&mut store, key(KeyCode::Tab), at("2026-11-02", 11));
    for _ in 0..2 {
        app.handle_key(&mut store, key(KeyCode::Down), at("2026-11-02", 11));
    }
    let screen = support::screen::drawn(&app, 120, 30);
    assert!(screen.contains("Beslut § 2: Dagordningen godkänns"), "{screen}");
    assert!(screen.contains(&format!("Beslut {wanted} · 09:00")), "{screen}");
    insta::assert_snapshot!(screen);
    drop(app);
    drop(store);

    let id = meeting.to_string();
    let md = fora.ok(&["export", &id, "--format", "md"]);
    assert!(
        md.contains(&format!("**Beslut {wanted}.** Dagordningen godkänns")),
        "{md}"
    );
    let html = fora.ok(&["export", &id, "--format", "html"]);
    assert!(
        html.contains(&format!("<span class=\"head\">Beslut {wanted}.</span>")),
        "{html}"
    );
    let json = fora.json(&["export", &id, "--format", "json"]);
    let refs: Vec<&str> = json["items"]
        .as_array()
        .expect("items")
        .iter()
        .flat_map(|i| i["entries"].as_array().expect("entries"))
        .filter_map(|e| e["decision_reference"].as_str())
        .collect();
    assert_eq!(refs, [wanted, "Leveransforum 2026 § 3"]);
    let pdf_file = fora.dir.path().join("protokoll.pdf");
    fora.ok(&["export", &id, "-o", pdf_file.to_str().expect("path")]);
    let pdf = pdf_text(&std::fs::read(&pdf_file).expect("pdf"));
    assert!(pdf.contains(&format!("Beslut {wanted}.")), "{pdf}");

    let register = fora.ok(&["decisions", "--forum", "leveransforum"]);
    let line = register
        .lines()
        .find(|l| l.contains("Dagordningen godkänns"))
        .expect("in the register");
    assert!(line.starts_with(wanted), "{register}");
    let found = fora.ok(&["search", "dagordningen"]);
    assert!(found.contains(&format!("{wanted}: «Dagordningen»")), "{found}");
}

#[test]
fn a_protocol_version_keeps_the_references_it_was_saved_with() {
    let fora = Fora::new();
    let mut store = Store::open(&fora.db()).expect("store");
    let (meeting, [earlier, _]) = two_meetings(&mut store);
    store.end_meeting(meeting, at("2026-11-02", 10)).expect("end");
    drop(store);
    let id = meeting.to_string();
    fora.ok(&["protocol", "draft", &id]);
    let mut store = Store::open(&fora.db()).expect("store");
    store.delete_entry(earlier, at("2026-11-03", 9)).expect("delete");
    drop(store);

    let now = fora.ok(&["export", &id, "--current"]);
    assert!(!now.contains("§ 2"), "deleted: {now}");
    let saved = fora.ok(&["export", &id, "--version", "1"]);
    assert!(
        saved.contains("**Beslut Leveransforum 2026 § 2.** Dagordningen godkänns"),
        "{saved}"
    );
    assert!(saved.contains("**Beslut Leveransforum 2026 § 3.**"), "{saved}");
}

/// The meeting screen reads a meeting's references in one pass; the view
/// works each out alone. They must agree through every kind of change:
/// decisions on several items, an item moved up, a deletion, the meeting
/// ended, resumed and given one more.
#[test]
fn a_meetings_references_read_at_once_agree_with_the_view() {
    let mut store = Store::open_in_memory().expect("store");
    let date = "2026-03-02";
    let earlier = start(&mut store, "2026-02-02");
    let on = item(&store, earlier, 3);
    decide(&mut store, on, "Tidigare beslut", "2026-02-02");
    store.end_meeting(earlier, at("2026-02-02", 11)).expect("end");
    let meeting = start(&mut store, date);
    let agree = |store: &Store, when: &str| {
        let all = store.decision_refs(meeting).expect("refs");
        for (entry, r) in &all {
            let alone = store
                .decision_reference(*entry)
                .expect("read")
                .expect("a decision");
            assert_eq!(r, &alone, "{when}: entry {entry}");
        }
        let mut shown: Vec<String> = all.values().map(|r| r.to_string()).collect();
        shown.sort();
        shown
    };
    let on = item(&store, meeting, 5);
    let late = decide(&mut store, on, "På punkt fem", date);
    let on = item(&store, meeting, 2);
    let first = decide(&mut store, on, "På punkt två", date);
    let on = item(&store, meeting, 5);
    decide(&mut store, on, "Också på fem", date);
    assert_eq!(
        agree(&store, "running"),
        [
            "Leveransforum 2026 § (2)",
            "Leveransforum 2026 § (3)",
            "Leveransforum 2026 § (4)"
        ]
    );
    let fifth = item(&store, meeting, 5);
    store.move_item(fifth, -2).expect("move");
    store.delete_entry(first, at(date, 10)).expect("delete");
    agree(&store, "moved and deleted");
    store.end_meeting(meeting, at(date, 11)).expect("end");
    assert_eq!(
        agree(&store, "ended"),
        ["Leveransforum 2026 § 2", "Leveransforum 2026 § 3"]
    );
    store.resume_meeting(meeting).expect("resume");
    let on = item(&store, meeting, 1);
    decide(&mut store, on, "Efteråt", date);
    assert_eq!(agree(&store, "resumed").len(), 3);
    assert!(reference(&store, late).ends_with("§ 2"));
}
