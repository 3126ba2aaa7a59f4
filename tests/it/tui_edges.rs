//! The terminal UI's ways back: home offers a meeting left going on or with
//! drafts waiting, and search's Enter opens the meeting at the hit.

use crate::support;

use chrono::{DateTime, Local, NaiveDate, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::EntryKind;
use fora::domain::records::DraftSlot;
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::meetings::EntryFields;
use fora::tui::app::App;
use fora::tui::render;
use fora::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const TODAY: &str = "2026-03-02";

fn now() -> DateTime<Local> {
    let d = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    Local
        .from_local_datetime(&d.and_hms_opt(10, 0, 0).unwrap())
        .unwrap()
}

fn app(store: &Store, lang: Lang) -> App {
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    App::new(store, lang, today).unwrap().with_theme(Theme::plain())
}

fn press(app: &mut App, store: &mut Store, code: KeyCode) {
    app.handle_key(store, KeyEvent::new(code, KeyModifiers::NONE), now());
}

fn screen(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(110, 20)).unwrap();
    terminal
        .draw(|frame| render(app, frame.area(), frame.buffer_mut()))
        .unwrap();
    support::screen::text(terminal.backend().buffer())
}

fn start(store: &mut Store, forum: &str) -> i64 {
    store
        .start_meeting(forum, TODAY, Channel::Video, now(), Lang::Sv)
        .unwrap()
}

#[test]
fn home_offers_the_meeting_left_going_on_and_enter_opens_it() {
    let mut store = Store::open_in_memory().unwrap();
    let id = start(&mut store, "forvaltningsmote");
    store
        .save_draft(id, DraftSlot::NewEntry(EntryKind::Decision), "{}", now())
        .unwrap();
    let mut app = app(&store, Lang::Sv);
    let home = screen(&app);
    assert!(
        home.contains("Pågående möte: Förvaltningsmöte 2026-03-02 · ett utkast väntar"),
        "{home}"
    );
    // The forum of that meeting is selected: Enter goes straight to it.
    assert_eq!(app.selected_forum().unwrap().id, "forvaltningsmote");
    press(&mut app, &mut store, KeyCode::Enter);
    assert_eq!(app.meeting().map(|m| m.meeting().id), Some(id));
}

#[test]
fn home_offers_drafts_of_a_meeting_that_has_ended() {
    let mut store = Store::open_in_memory().unwrap();
    let id = start(&mut store, "leveransforum");
    store.end_meeting(id, now()).unwrap();
    store.save_draft(id, DraftSlot::NewItem, "{}", now()).unwrap();
    let mut app = app(&store, Lang::En);
    let home = screen(&app);
    assert!(
        home.contains("Leveransforum 2026-03-02: one draft waiting"),
        "{home}"
    );
    press(&mut app, &mut store, KeyCode::Enter);
    assert_eq!(app.meeting().map(|m| m.meeting().id), Some(id));

    // Nothing unfinished: no line.
    let store = Store::open_in_memory().unwrap();
    let home = screen(&self::app(&store, Lang::En));
    assert!(!home.contains('▶'), "{home}");

    // A meeting cancelled while text was being typed is not offered back.
    let mut store = Store::open_in_memory().unwrap();
    let id = start(&mut store, "leveransforum");
    store.save_draft(id, DraftSlot::NewItem, "{}", now()).unwrap();
    store
        .cancel_meeting("leveransforum", TODAY, "Brandlarm", now())
        .unwrap();
    let home = screen(&self::app(&store, Lang::En));
    assert!(!home.contains('▶'), "{home}");
}

#[test]
fn search_enter_opens_the_meeting_with_the_hit_selected() {
    let mut store = Store::open_in_memory().unwrap();
    let id = start(&mut store, "leveransforum");
    let item = store.agenda(id).unwrap()[3].id;
    let text = |t: &str| EntryFields {
        text: t.into(),
        ..EntryFields::default()
    };
    store
        .add_entry(item, EntryKind::Information, &text("Första posten"), now(), None)
        .unwrap();
    let wanted = store
        .add_entry(
            item,
            EntryKind::Decision,
            &text("Brandväggen byts i april"),
            now(),
            None,
        )
        .unwrap();
    store
        .add_entry(item, EntryKind::Information, &text("Sista posten"), now(), None)
        .unwrap();
    store.end_meeting(id, now()).unwrap();
    let mut app = app(&store, Lang::Sv);
    press(&mut app, &mut store, KeyCode::Char('S'));
    for c in "brandvagg".chars() {
        press(&mut app, &mut store, KeyCode::Char(c));
    }
    press(&mut app, &mut store, KeyCode::Enter);
    let meeting = app.meeting().expect("the meeting is open");
    assert_eq!(meeting.meeting().id, id);
    assert_eq!(meeting.selected_entry_id(), Some(wanted));
}
