//! The meeting screen's popup for the chair, the registry number and the
//! approvers chosen at "Val av justerare" (`v`).

use chrono::{DateTime, Local, NaiveDate, TimeZone};
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::people::{LEVERANTOREN_ID, STADEN_ID};
use fora::tui::app::App;
use fora::tui::theme::Theme;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn at(s: u32) -> DateTime<Local> {
    Local.with_ymd_and_hms(2026, 11, 26, 9, 0, s).single().unwrap()
}

/// Leveransforum (Staden approves) with Anna Berg and Cia Dahl of Staden
/// and Bo Ek of Leverantören present, open on the meeting screen.
fn open() -> (Store, App, i64) {
    fora::i18n::set_lang(Lang::Sv);
    let mut store = Store::open_in_memory().unwrap();
    let people = [
        ("Anna Berg", STADEN_ID, "leveransansvarig"),
        ("Bo Ek", LEVERANTOREN_ID, "leveransansvarig"),
        ("Cia Dahl", STADEN_ID, "leveransledare"),
    ];
    let id = crate::support::roster::meeting_with(&mut store, "leveransforum", "2026-11-26", &people);
    let mut app = App::new(&store, Lang::Sv, NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())
        .unwrap()
        .with_theme(Theme::plain());
    app.open_meeting(&mut store, id, at(0)).unwrap();
    (store, app, id)
}

fn press(app: &mut App, store: &mut Store, code: KeyCode) {
    app.handle_key(store, KeyEvent::new(code, KeyModifiers::NONE), at(1));
}

fn type_text(app: &mut App, store: &mut Store, text: &str) {
    for c in text.chars() {
        press(app, store, KeyCode::Char(c));
    }
}

#[test]
fn v_sets_chair_registry_number_and_chosen_approvers() {
    let (mut store, mut app, id) = open();
    press(&mut app, &mut store, KeyCode::Char('S'));
    assert!(app.meeting().unwrap().editor().is_some(), "v opens the popup");
    type_text(&mut app, &mut store, "Anna");
    press(&mut app, &mut store, KeyCode::Tab);
    type_text(&mut app, &mut store, "SLK-2026/7");
    press(&mut app, &mut store, KeyCode::Tab);
    // Bo Ek keeps no minutes here but is of Leverantören: Staden approves.
    type_text(&mut app, &mut store, "Bo Ek");
    press(&mut app, &mut store, KeyCode::Enter);
    let editor = app.meeting().unwrap().editor().expect("refused, still open");
    let error = editor.error.clone().unwrap_or_default();
    assert!(
        error.contains("Bo Ek kan inte väljas till justerare; kan väljas: Anna Berg, Cia Dahl"),
        "{error}"
    );
    assert!(store.meeting(id).unwrap().chosen_approvers.is_empty());

    for _ in 0.."Bo Ek".len() {
        press(&mut app, &mut store, KeyCode::Backspace);
    }
    type_text(&mut app, &mut store, "cia dahl");
    press(&mut app, &mut store, KeyCode::Enter);
    assert!(app.meeting().unwrap().editor().is_none(), "saved and closed");
    let meeting = store.meeting(id).unwrap();
    assert_eq!(meeting.chair.as_deref(), Some("Anna Berg"));
    assert_eq!(meeting.registry_number.as_deref(), Some("SLK-2026/7"));
    assert_eq!(meeting.chosen_approvers, ["Cia Dahl"]);
}
