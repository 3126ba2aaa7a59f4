//! The secretary's justering inbox (P): approvals so far and who is
//! missing, comments beside their items, a returned version with its
//! comments, a meeting changed after approval; and sending, recording and
//! signing from it, by the same rules as the command line.

use chrono::{DateTime, Local, NaiveDate, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::{AttendanceStatus, EntryKind, VersionState};
use fora::i18n::Lang;
use fora::protocol::edition::keep_current;
use fora::protocol::justering::{self, How};
use fora::store::Store;
use fora::store::meetings::EntryFields;
use fora::store::people::{LEVERANTOREN_ID, STADEN_ID};
use fora::store::protocols::ApprovalMethod;
use fora::store::reviews::ReviewOutcome;
use fora::tui::app::{App, ScreenKind};
use fora::tui::lists::screens::Screen;
use fora::tui::theme::Theme;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::support;

fn at(date: &str, h: u32) -> DateTime<Local> {
    let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
    Local
        .from_local_datetime(&d.and_hms_opt(h, 0, 0).unwrap())
        .single()
        .unwrap()
}

const TODAY: &str = "2026-03-02";

/// Anna Berg (Staden) keeps the minutes of Förvaltningsmöte, where every
/// other participant approves: Bo Ek, Cia Dahl and Eva Lund.
const PEOPLE: [(&str, i64, &str); 4] = [
    ("Anna Berg", STADEN_ID, "tjansteansvarig"),
    ("Bo Ek", LEVERANTOREN_ID, "leveransansvarig"),
    ("Cia Dahl", LEVERANTOREN_ID, "utsedd-ansvarig"),
    ("Eva Lund", STADEN_ID, "leveransledare"),
];

/// A held Förvaltningsmöte on `date` with everyone present and a decision
/// on the first theme; returns the meeting and that theme's title.
fn meeting(store: &mut Store, date: &str) -> (i64, String) {
    let id = store
        .start_meeting("forvaltningsmote", date, Channel::Fysiskt, at(date, 9), Lang::Sv)
        .unwrap();
    for row in store.attendance(id).unwrap() {
        if row.person_name.is_some() {
            store
                .set_attendance(row.id, AttendanceStatus::Present, None)
                .unwrap();
        }
    }
    let item = store.agenda(id).unwrap()[3].clone();
    let fields = EntryFields {
        text: format!("Beslut den {date}"),
        ..Default::default()
    };
    store
        .add_entry(item.id, EntryKind::Decision, &fields, at(date, 9), None)
        .unwrap();
    store
        .set_meeting_details(id, Channel::Fysiskt, None, Some("Anna Berg"))
        .unwrap();
    store.end_meeting(id, at(date, 11)).unwrap();
    (id, item.title)
}

struct Inbox {
    store: Store,
    /// Out for justering, one of three approvals given, a comment on an item.
    waiting: i64,
    /// Returned by Bo Ek with comments.
    returned: i64,
}

fn comments(on: &str, text: &str) -> Vec<(Option<String>, String)> {
    vec![(Some(on.to_string()), text.to_string())]
}

fn inbox() -> Inbox {
    let mut store = Store::open_in_memory().unwrap();
    support::roster::add(&mut store, &PEOPLE);
    // Approved, then changed: a new draft.
    let (approved, _) = meeting(&mut store, "2025-12-09");
    let v = justering::send(&mut store, approved, Lang::Sv, at("2025-12-10", 8)).unwrap();
    for name in ["Bo Ek", "Cia Dahl", "Eva Lund"] {
        justering::approve(
            &mut store,
            &v,
            name,
            How::RecordedBy("Anna Berg"),
            at("2025-12-11", 8),
        )
        .unwrap();
    }
    let item = store.agenda(approved).unwrap()[3].id;
    let fields = EntryFields {
        text: "Tillägg efter justeringen".into(),
        ..Default::default()
    };
    store
        .add_entry(item, EntryKind::Information, &fields, at("2026-01-05", 8), None)
        .unwrap();
    keep_current(&mut store, approved, Lang::Sv, at("2026-01-05", 8)).unwrap();

    let (returned, theme) = meeting(&mut store, "2026-01-13");
    let v = justering::send(&mut store, returned, Lang::Sv, at("2026-01-14", 8)).unwrap();
    let said = [
        (Some(theme.clone()), "Beslutet ska ange datum".to_string()),
        (None, "Närvarolistan saknar Cia".to_string()),
    ];
    store
        .record_review(
            v.id,
            &v.sha256,
            "Bo Ek",
            &said,
            &ReviewOutcome::Return,
            at("2026-01-16", 8),
        )
        .unwrap();

    let (waiting, theme) = meeting(&mut store, "2026-02-10");
    let v = justering::send(&mut store, waiting, Lang::Sv, at("2026-02-11", 8)).unwrap();
    justering::approve(
        &mut store,
        &v,
        "Bo Ek",
        How::RecordedBy("Anna Berg"),
        at("2026-02-12", 8),
    )
    .unwrap();
    store
        .record_review(
            v.id,
            &v.sha256,
            "Cia Dahl",
            &comments(&theme, "Stavfel i beslutet"),
            &ReviewOutcome::Comments,
            at("2026-02-13", 8),
        )
        .unwrap();
    Inbox {
        store,
        waiting,
        returned,
    }
}

fn app(store: &Store) -> App {
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    App::new(store, Lang::Sv, today)
        .unwrap()
        .with_theme(Theme::plain())
}

fn press(app: &mut App, store: &mut Store, code: KeyCode) {
    app.handle_key(store, KeyEvent::new(code, KeyModifiers::NONE), at(TODAY, 10));
}

fn chars(app: &mut App, store: &mut Store, typed: &str) {
    for c in typed.chars() {
        press(app, store, KeyCode::Char(c));
    }
}

/// Moves the inbox's selection to the row of `meeting`.
fn select(app: &mut App, store: &mut Store, meeting: i64) {
    press(app, store, KeyCode::Home);
    for _ in 0..5 {
        let selected = match app.screen() {
            Some(Screen::Approvals(inbox)) => inbox.selected().map(|w| w.work.latest.version.meeting_id),
            _ => None,
        };
        if selected == Some(meeting) {
            return;
        }
        press(app, store, KeyCode::Down);
    }
    panic!("meeting {meeting} is not in the inbox");
}

#[test]
fn the_inbox_shows_progress_comments_and_a_returned_version() {
    let Inbox {
        mut store,
        waiting,
        returned,
    } = inbox();
    let mut app = app(&store);
    // Home says so too: one out for justering, one returned, one changed after approval.
    press(&mut app, &mut store, KeyCode::Char('/'));
    chars(&mut app, &mut store, "förvaltningsm");
    press(&mut app, &mut store, KeyCode::Esc);
    let home = support::screen::drawn(&app, 140, 40);
    assert!(home.contains("återremitterat · ändrat efter justering"), "{home}");
    press(&mut app, &mut store, KeyCode::Char('P'));
    assert_eq!(app.screen().map(|s| s.kind()), Some(ScreenKind::Approvals));
    select(&mut app, &mut store, waiting);
    let screen = support::screen::drawn(&app, 110, 30);
    assert!(screen.contains("1 av 3"), "{screen}");
    assert!(screen.contains("saknas: Cia Dahl, Eva Lund"), "{screen}");
    assert!(
        screen.contains("registrerat av Anna Berg (inte signerat)"),
        "{screen}"
    );
    assert!(screen.contains("Cia Dahl: Stavfel i beslutet"), "{screen}");
    // The returned version and the meeting changed after approval stay in the list.
    assert!(screen.contains("återremitterat"), "{screen}");
    assert!(screen.contains("ändrat efter justering"), "{screen}");
    insta::assert_snapshot!("waiting", screen);

    select(&mut app, &mut store, returned);
    let screen = support::screen::drawn(&app, 110, 30);
    assert!(
        screen.contains("Version 1 återremitterades 2026-01-16"),
        "{screen}"
    );
    assert!(
        screen.contains("Hela protokollet: Bo Ek: Närvarolistan saknar Cia"),
        "{screen}"
    );
    assert!(screen.contains("Bo Ek: Beslutet ska ange datum"), "{screen}");
    insta::assert_snapshot!("returned", screen);
}

#[test]
fn send_record_and_sign_from_the_inbox() {
    let Inbox {
        mut store,
        waiting,
        returned,
    } = inbox();
    let mut app = app(&store);
    press(&mut app, &mut store, KeyCode::Char('P'));

    // Sent again unchanged: a new version out for justering, the returned one kept.
    select(&mut app, &mut store, returned);
    press(&mut app, &mut store, KeyCode::Char('s'));
    let states: Vec<VersionState> = store
        .versions(returned)
        .unwrap()
        .iter()
        .map(|v| v.state)
        .collect();
    assert_eq!(states, [VersionState::Returned, VersionState::ForReview]);
    let screen = support::screen::drawn(&app, 110, 30);
    assert!(screen.contains("Version 2 är skickad för justering."), "{screen}");
    // Sending it again is refused, as the command line refuses it.
    press(&mut app, &mut store, KeyCode::Char('s'));
    let screen = support::screen::drawn(&app, 110, 30);
    assert!(screen.contains("version 2 väntar redan på justering"), "{screen}");

    // Recorded: Cia Dahl said yes in the room; the minute keeper records it.
    select(&mut app, &mut store, waiting);
    press(&mut app, &mut store, KeyCode::Char('r'));
    let screen = support::screen::drawn(&app, 110, 30);
    assert!(
        screen.contains("Registrera justering: vem justerade?"),
        "{screen}"
    );
    press(&mut app, &mut store, KeyCode::Enter);
    let screen = support::screen::drawn(&app, 110, 30);
    assert!(screen.contains("> Anna Berg"), "{screen}");
    press(&mut app, &mut store, KeyCode::Enter);
    let v = store.versions(waiting).unwrap().pop().unwrap();
    let approvals = store.approvals(v.id).unwrap();
    assert_eq!(approvals.len(), 2);
    assert_eq!(approvals[1].approver, "Cia Dahl");
    assert_eq!(
        approvals[1].method,
        ApprovalMethod::Recorded {
            recorded_by: "Anna Berg".into()
        }
    );
    assert!(support::screen::drawn(&app, 110, 30).contains("2 av 3"));

    // Signed: Eva Lund's own key. A key that is not hers is refused and writes nothing.
    let dir = tempfile::tempdir().unwrap();
    let eva = fora::signing::generate("eva", Some("hemlig fras")).unwrap();
    let other = fora::signing::generate("other", None).unwrap();
    let eva_id = store
        .people()
        .unwrap()
        .into_iter()
        .find(|p| p.name == "Eva Lund")
        .unwrap()
        .id;
    store
        .add_key(eva_id, &eva.public_openssh, &eva.fingerprint, at(TODAY, 8))
        .unwrap();
    let (eva_path, other_path) = (dir.path().join("eva"), dir.path().join("other"));
    std::fs::write(&eva_path, eva.private_openssh.as_bytes()).unwrap();
    std::fs::write(&other_path, other.private_openssh.as_bytes()).unwrap();
    let sign_with = |app: &mut App, store: &mut Store, path: &std::path::Path| {
        press(app, store, KeyCode::Char('n'));
        press(app, store, KeyCode::Enter);
        for _ in 0..300 {
            press(app, store, KeyCode::Backspace);
        }
        chars(app, store, &path.display().to_string());
        press(app, store, KeyCode::Enter);
    };
    sign_with(&mut app, &mut store, &other_path);
    let screen = support::screen::drawn(&app, 110, 30);
    assert!(screen.contains("är inte registrerad för Eva Lund"), "{screen}");
    assert_eq!(store.approvals(v.id).unwrap().len(), 2);

    // Her key has a passphrase: asked for, and never shown.
    sign_with(&mut app, &mut store, &eva_path);
    chars(&mut app, &mut store, "hemlig fras");
    let screen = support::screen::drawn(&app, 110, 30);
    assert!(
        screen.contains("Nyckelns lösenfras") && screen.contains("•••••••••••"),
        "{screen}"
    );
    assert!(!screen.contains("hemlig"), "{screen}");
    press(&mut app, &mut store, KeyCode::Enter);
    let screen = support::screen::drawn(&app, 110, 30);
    assert!(
        screen.contains("Eva Lund justerade; version 1 är justerad."),
        "{screen}"
    );
    let approvals = store.approvals(v.id).unwrap();
    assert!(matches!(
        &approvals[2].method,
        ApprovalMethod::Signed { fingerprint, .. } if *fingerprint == eva.fingerprint
    ));
    assert_eq!(store.version(v.id).unwrap().state, VersionState::Approved);
    // Approved, it has no more work: it leaves the inbox.
    assert!(!screen.contains("2026-02-10"), "{screen}");
}
