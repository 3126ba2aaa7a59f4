//! Operativt möte in the terminal UI: suppliers' points proposed from the
//! meeting picker, and a meeting that is due with none offered for cancelling.

use crate::support;

use chrono::{DateTime, Local, NaiveDate, TimeZone};
use fora::domain::meeting::MeetingStatus;
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::people::LEVERANTOREN_ID;
use fora::tui::app::App;
use fora::tui::theme::Theme;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn now() -> DateTime<Local> {
    Local
        .with_ymd_and_hms(2026, 11, 26, 9, 0, 0)
        .single()
        .expect("a time that exists")
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).expect("a date")
}

fn key(app: &mut App, store: &mut Store, code: KeyCode) {
    app.handle_key(store, KeyEvent::new(code, KeyModifiers::NONE), now());
}

fn typed(app: &mut App, store: &mut Store, text: &str) {
    for c in text.chars() {
        key(app, store, KeyCode::Char(c));
    }
}

fn screen(app: &App) -> String {
    support::screen::drawn(app, 100, 30)
}

/// The home screen filtered to `forum`, with its meeting picker open.
fn picker_of(store: &mut Store, lang: Lang, forum: &str) -> App {
    let mut app = App::new(store, lang, today())
        .expect("app")
        .with_theme(Theme::plain());
    key(&mut app, store, KeyCode::Char('/'));
    typed(&mut app, store, forum);
    key(&mut app, store, KeyCode::Enter);
    key(&mut app, store, KeyCode::Enter);
    assert!(app.picker().is_some(), "{}", screen(&app));
    app
}

#[test]
fn a_supplier_proposes_a_point_from_the_picker() {
    let mut store = Store::open_in_memory().expect("store");
    let mut app = picker_of(&mut store, Lang::En, "operativt");
    let shown = screen(&app);
    assert!(
        shown.contains("No points proposed for the next meeting."),
        "{shown}"
    );
    assert!(shown.contains("f propose a point"), "{shown}");

    key(&mut app, &mut store, KeyCode::Char('f'));
    typed(&mut app, &mut store, "Backup window for the <b>LMS</b>");
    assert!(
        screen(&app).contains("Proposed by: Leverantören"),
        "{}",
        screen(&app)
    );
    key(&mut app, &mut store, KeyCode::Enter);

    let pending = store.pending_proposals("operativt-mote").expect("proposals");
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].text, "Backup window for the <b>LMS</b>");
    assert_eq!(pending[0].supplier, "Leverantören");
    let shown = screen(&app);
    assert!(shown.contains("Points proposed (1)"), "{shown}");
    assert!(shown.contains("· Leverantören: Backup window"), "{shown}");
    assert!(shown.contains("Point proposed: Backup window"), "{shown}");
    assert!(
        !shown.contains("x cancels it"),
        "no cancelling with a point: {shown}"
    );
}

#[test]
fn an_empty_point_is_not_proposed_and_esc_closes_the_form() {
    let mut store = Store::open_in_memory().expect("store");
    let mut app = picker_of(&mut store, Lang::En, "operativt");
    key(&mut app, &mut store, KeyCode::Char('f'));
    typed(&mut app, &mut store, "   ");
    key(&mut app, &mut store, KeyCode::Enter);
    assert!(
        store
            .pending_proposals("operativt-mote")
            .expect("proposals")
            .is_empty()
    );
    assert!(screen(&app).contains("Propose a point for the next meeting"));
    key(&mut app, &mut store, KeyCode::Esc);
    let shown = screen(&app);
    assert!(!shown.contains("Propose a point for the next meeting"), "{shown}");
    assert!(app.picker().is_some(), "Esc closes only the form");
}

#[test]
fn a_due_meeting_with_no_points_is_cancelled_after_a_second_x() {
    let mut store = Store::open_in_memory().expect("store");
    let mut app = picker_of(&mut store, Lang::Sv, "operativt");
    insta::assert_snapshot!(screen(&app));

    key(&mut app, &mut store, KeyCode::Char('x'));
    assert!(screen(&app).contains("x igen ställer in"), "{}", screen(&app));
    // Any other key takes it back.
    key(&mut app, &mut store, KeyCode::Char('j'));
    key(&mut app, &mut store, KeyCode::Char('x'));
    key(&mut app, &mut store, KeyCode::Char('k'));
    assert!(
        store
            .meeting_summaries(Some("operativt-mote"))
            .expect("meetings")
            .is_empty()
    );

    key(&mut app, &mut store, KeyCode::Char('x'));
    key(&mut app, &mut store, KeyCode::Char('x'));
    let meetings = store.meeting_summaries(Some("operativt-mote")).expect("meetings");
    assert_eq!(meetings.len(), 1);
    assert_eq!(meetings[0].status, MeetingStatus::Cancelled);
    assert_eq!(meetings[0].date, "2026-11-26");
    let meeting = store.meeting(meetings[0].id).expect("meeting");
    assert_eq!(meeting.cancel_reason.as_deref(), Some("Inga anmälda punkter"));
    let shown = screen(&app);
    assert!(
        shown.contains("Mötet är inställt: Inga anmälda punkter"),
        "{shown}"
    );
    assert!(!shown.contains("x ställer in det"), "offered once a day: {shown}");
}

#[test]
fn with_a_point_proposed_the_meeting_is_not_offered_for_cancelling() {
    let mut store = Store::open_in_memory().expect("store");
    store
        .propose("operativt-mote", LEVERANTOREN_ID, "Licenser", now())
        .expect("propose");
    let mut app = picker_of(&mut store, Lang::Sv, "operativt");
    key(&mut app, &mut store, KeyCode::Char('x'));
    key(&mut app, &mut store, KeyCode::Char('x'));
    assert!(
        store
            .meeting_summaries(Some("operativt-mote"))
            .expect("meetings")
            .is_empty()
    );
    assert!(screen(&app).contains("Anmälda punkter (1)"));
}

#[test]
fn a_forum_whose_agenda_the_city_sets_takes_no_points() {
    let mut store = Store::open_in_memory().expect("store");
    let mut app = picker_of(&mut store, Lang::En, "leveransforum");
    key(&mut app, &mut store, KeyCode::Char('f'));
    let shown = screen(&app);
    assert!(!shown.contains("propose"), "{shown}");
    assert!(
        store
            .pending_proposals("leveransforum")
            .expect("proposals")
            .is_empty()
    );
}
