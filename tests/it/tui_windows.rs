//! The registers and search of the terminal UI over an archive of
//! thousands of rows: they hold only a window of rows around what is shown,
//! and scrolling to the end and back shows every row in the store's order.

use chrono::NaiveDate;
use fora::demo::{DemoOptions, generate};
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::followup::ActionFilter;
use fora::store::search::SearchFilter;
use fora::tui::app::{App, Screen};
use fora::tui::lists::window::HOLD;
use fora::tui::theme::Theme;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).expect("a valid date")
}

/// Two years of demo meetings with many entries each: thousands of actions.
fn archive() -> Store {
    let mut store = Store::open_in_memory().expect("in-memory store");
    let mut options = DemoOptions::new(2, today());
    options.entries_per_meeting = 20;
    generate(&mut store, &options).expect("demo");
    store
}

fn app(store: &Store) -> App {
    let mut app = App::new(store, Lang::En, today())
        .expect("app")
        .with_theme(Theme::plain());
    app.set_area(Rect::new(0, 0, 100, 30));
    app
}

fn press(app: &mut App, store: &mut Store, code: KeyCode) {
    let now = chrono::Local::now();
    app.handle_key(store, KeyEvent::new(code, KeyModifiers::NONE), now);
    app.set_area(Rect::new(0, 0, 100, 30));
}

/// The selected row's id and how many rows the screen holds.
fn selected(app: &App) -> (i64, usize) {
    match app.screen().expect("a list screen") {
        Screen::Actions(r) => (r.selected().expect("a row").entry_id, r.held().1.len()),
        Screen::Decisions(r) => {
            let d = r.selected().expect("a row");
            (d.meeting_id * 1_000 + d.number, r.held().1.len())
        }
        Screen::Search(s) => {
            let hit = s.selected().expect("a row");
            (hit.entry_id.unwrap_or(-hit.meeting_id), s.held().1.len())
        }
        _ => panic!("a register or search"),
    }
}

/// Down through every row and back up, each row the one `expected` has
/// there, never more than a window held; then End and Home.
fn walk(app: &mut App, store: &mut Store, expected: &[i64]) {
    assert!(expected.len() > 2 * HOLD, "only {} rows", expected.len());
    for (i, id) in expected.iter().enumerate() {
        let (at, held) = selected(app);
        assert_eq!(at, *id, "row {i} going down");
        assert!(held <= HOLD, "{held} rows held at row {i}");
        if i + 1 < expected.len() {
            press(app, store, KeyCode::Down);
        }
    }
    for (i, id) in expected.iter().enumerate().rev() {
        let (at, held) = selected(app);
        assert_eq!(at, *id, "row {i} going up");
        assert!(held <= HOLD, "{held} rows held at row {i}");
        press(app, store, KeyCode::Up);
    }
    press(app, store, KeyCode::End);
    assert_eq!(selected(app).0, *expected.last().unwrap());
    press(app, store, KeyCode::PageUp);
    press(app, store, KeyCode::PageDown);
    assert_eq!(selected(app).0, *expected.last().unwrap());
    press(app, store, KeyCode::Home);
    assert_eq!(selected(app).0, expected[0]);
    // Page by page to the end, every row in order.
    let mut last = 0;
    loop {
        press(app, store, KeyCode::PageDown);
        let (at, held) = selected(app);
        assert!(held <= HOLD);
        let position = expected.iter().position(|id| *id == at).expect("a listed row");
        if position == last {
            break;
        }
        assert!(position > last);
        last = position;
    }
    assert_eq!(last, expected.len() - 1);
}

#[test]
fn the_action_register_holds_a_window_and_scrolls_through_every_action() {
    let mut store = archive();
    let today = today().to_string();
    let mut all = store.actions(&ActionFilter::default(), &today).unwrap();
    all.sort_by_key(|a| a.done);
    let expected: Vec<i64> = all.iter().map(|a| a.entry_id).collect();
    let mut app = app(&store);
    press(&mut app, &mut store, KeyCode::Char('A'));
    walk(&mut app, &mut store, &expected);

    // o: the open ones only, still filtered by the store.
    press(&mut app, &mut store, KeyCode::Char('o'));
    let open: Vec<i64> = all.iter().filter(|a| !a.done).map(|a| a.entry_id).collect();
    press(&mut app, &mut store, KeyCode::End);
    assert_eq!(selected(&app).0, *open.last().unwrap());
    let Some(Screen::Actions(register)) = app.screen() else {
        panic!("the action register");
    };
    assert_eq!(register.len(), open.len());
    assert!(register.held().1.iter().all(|a| !a.done));
}

#[test]
fn the_decision_register_holds_a_window_and_scrolls_through_every_decision() {
    let mut store = archive();
    let expected: Vec<i64> = store
        .decisions(None, None)
        .unwrap()
        .iter()
        .map(|d| d.meeting_id * 1_000 + d.number)
        .collect();
    let mut app = app(&store);
    press(&mut app, &mut store, KeyCode::Char('D'));
    walk(&mut app, &mut store, &expected);
}

#[test]
fn search_holds_a_window_of_hits_and_reads_on_as_it_scrolls() {
    let mut store = archive();
    let word = "leverant";
    let filter = SearchFilter {
        limit: usize::MAX,
        ..SearchFilter::default()
    };
    let expected: Vec<i64> = store
        .search(word, &filter)
        .unwrap()
        .iter()
        .map(|h| h.entry_id.unwrap_or(-h.meeting_id))
        .collect();
    let mut app = app(&store);
    press(&mut app, &mut store, KeyCode::Char('S'));
    for c in word.chars() {
        press(&mut app, &mut store, KeyCode::Char(c));
    }
    let screen = crate::support::screen::drawn(&app, 100, 30);
    assert!(screen.contains("at least"), "{screen}");
    // Down to the last hit and back up reads on and back; End goes as far
    // as has been read, so the walk starts with the end known.
    walk(&mut app, &mut store, &expected);
    let screen = crate::support::screen::drawn(&app, 100, 30);
    assert!(
        screen.contains(&format!("{} matches", expected.len())),
        "{screen}"
    );
}
