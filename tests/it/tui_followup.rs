//! The actions a meeting follows up, on the meeting screen: the forum's open
//! actions from earlier meetings are listed under the follow-up item, the
//! overdue ones marked, and `c` marks one done in this meeting.

use crate::support;

use chrono::{DateTime, Local, NaiveDate, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::{EntryKind, ItemKind};
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::meetings::EntryFields;
use fora::tui::app::App;
use fora::tui::theme::Theme;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn at(date: &str, h: u32) -> DateTime<Local> {
    let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("a date");
    Local
        .from_local_datetime(&d.and_hms_opt(h, 0, 0).expect("a time"))
        .single()
        .expect("a time that exists")
}

fn start(store: &mut Store, date: &str) -> i64 {
    store
        .start_meeting("leveransforum", date, Channel::Video, at(date, 9), Lang::En)
        .expect("start")
}

fn action(store: &mut Store, meeting: i64, text: &str, due: &str) -> i64 {
    let item = store.agenda(meeting).expect("agenda")[0].id;
    let fields = EntryFields {
        text: text.into(),
        owner: Some("Bo Ek".into()),
        due: Some(due.into()),
        ..EntryFields::default()
    };
    store
        .add_entry(item, EntryKind::Action, &fields, at("2026-10-01", 10), None)
        .expect("action")
}

/// October's meeting left two actions; November's meeting is open on screen.
fn november() -> (Store, App, i64, [i64; 2]) {
    let mut store = Store::open_in_memory().expect("store");
    let october = start(&mut store, "2026-10-01");
    let late = action(&mut store, october, "Send the capacity report", "2026-10-15");
    let later = action(&mut store, october, "Plan the spring upgrade", "2027-02-01");
    store.end_meeting(october, at("2026-10-01", 11)).expect("end");
    let november = start(&mut store, "2026-11-26");
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).expect("a date");
    let mut app = App::new(&store, Lang::En, today)
        .expect("app")
        .with_theme(Theme::plain());
    app.open_meeting(&mut store, november, at("2026-11-26", 9))
        .expect("open");
    (store, app, november, [late, later])
}

fn press(app: &mut App, store: &mut Store, code: KeyCode) {
    app.handle_key(
        store,
        KeyEvent::new(code, KeyModifiers::NONE),
        at("2026-11-26", 9),
    );
}

fn screen(app: &App) -> String {
    support::screen::drawn(app, 120, 30)
}

/// Moves the agenda selection down to the row showing `text`.
fn select(app: &mut App, store: &mut Store, text: &str) {
    for _ in 0..30 {
        if screen(app).lines().any(|l| l.contains("▸") && l.contains(text)) {
            return;
        }
        press(app, store, KeyCode::Down);
    }
    panic!("{text} was never selected:\n{}", screen(app));
}

#[test]
fn the_forums_open_actions_are_listed_under_the_follow_up_item() {
    let (mut store, mut app, november, _) = november();
    press(&mut app, &mut store, KeyCode::Tab);
    let item = store
        .agenda(november)
        .expect("agenda")
        .into_iter()
        .find(|i| i.kind == ItemKind::Actions)
        .expect("a follow-up item");
    assert_eq!(item.title, "Follow-up of open actions (2)");
    select(&mut app, &mut store, "Send the capacity");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn c_marks_an_earlier_action_done_in_this_meeting_and_open_again() {
    let (mut store, mut app, november, [late, later]) = november();
    press(&mut app, &mut store, KeyCode::Tab);
    select(&mut app, &mut store, "Send the capacity");
    press(&mut app, &mut store, KeyCode::Char('c'));
    let done = |store: &Store, id: i64| {
        let filter = fora::store::followup::ActionFilter::default();
        let rows = store.actions(&filter, "2026-11-26").expect("actions");
        rows.into_iter().find(|a| a.entry_id == id).expect("the action")
    };
    let marked = done(&store, late);
    assert!(marked.done);
    assert_eq!(marked.done_meeting_id, Some(november));
    assert!(!done(&store, later).done);
    let shown = screen(&app);
    let row = shown
        .lines()
        .find(|l| l.contains("Send the capacity"))
        .expect("still listed: done in this meeting");
    assert!(row.contains("[x]") && !row.contains("overdue"), "{shown}");

    press(&mut app, &mut store, KeyCode::Char('c'));
    assert!(!done(&store, late).done, "c again opens it");

    // Enter and Delete leave an earlier action as it is, and say why.
    press(&mut app, &mut store, KeyCode::Enter);
    assert!(screen(&app).contains("The action is from an earlier meeting"));
    press(&mut app, &mut store, KeyCode::Delete);
    assert!(app.meeting().expect("open").popup().is_none(), "no removal asked");
    assert_eq!(app.meeting().expect("open").followups().len(), 2);
}

#[test]
fn an_action_done_in_one_meeting_is_not_followed_up_in_the_next() {
    let (mut store, mut app, november, [late, later]) = november();
    press(&mut app, &mut store, KeyCode::Tab);
    select(&mut app, &mut store, "Send the capacity");
    press(&mut app, &mut store, KeyCode::Char('c'));
    store.end_meeting(november, at("2026-11-26", 11)).expect("end");

    let december = start(&mut store, "2026-12-10");
    app.open_meeting(&mut store, december, at("2026-12-10", 9))
        .expect("open");
    let followed: Vec<i64> = app
        .meeting()
        .expect("open")
        .followups()
        .iter()
        .map(|a| a.entry_id)
        .collect();
    assert_eq!(followed, [later]);
    assert!(!followed.contains(&late));
}
