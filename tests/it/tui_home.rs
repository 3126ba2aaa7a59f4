//! The home screen of the terminal UI: whole-screen snapshots on ratatui's
//! TestBackend and the selection rules a user relies on.

use crate::support;

use chrono::NaiveDate;
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::people::{NewAssignment, NewPerson, STADEN_ID};
use fora::tui::app::{Action, App, Row};
use fora::tui::home;
use fora::tui::keys::action_for;
use fora::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const HOLDER: &str = "Anna Andersson";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).expect("a valid date")
}

/// Makes `name` a holder of the City's leveransansvarig role from `from`.
fn hold_leveransansvarig(store: &mut Store, name: &str, from: &str) {
    let person = store
        .add_person(&NewPerson {
            name: name.into(),
            organisation_id: STADEN_ID,
            email: None,
            phone: None,
        })
        .expect("add person");
    store
        .assign(
            person,
            &NewAssignment {
                role_id: "leveransansvarig".into(),
                organisation_id: STADEN_ID,
                from: from.into(),
                to: None,
            },
        )
        .expect("assign role");
}

/// A fresh database with the embedded catalogue and one person holding the
/// City's leveransansvarig role.
fn store() -> Store {
    let mut store = Store::open_in_memory().expect("in-memory store");
    hold_leveransansvarig(&mut store, HOLDER, "2020-01-01");
    store
}

fn app(lang: Lang) -> App {
    App::new(&store(), lang, today())
        .expect("app")
        .with_theme(Theme::plain())
}

fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| home::render(app, frame.area(), frame.buffer_mut()))
        .expect("draw");
    terminal
}

/// The text of the screen, one string per row.
fn rows(terminal: &Terminal<TestBackend>) -> Vec<String> {
    support::screen::rows(terminal.backend().buffer())
}

fn press(app: &mut App, code: KeyCode) {
    if let Some(action) = action_for(KeyEvent::new(code, KeyModifiers::NONE)) {
        app.update(action);
    }
}

fn selected_id(app: &App) -> String {
    app.selected_forum().expect("a forum is selected").id.clone()
}

#[test]
fn home_in_swedish_shows_the_first_forum() {
    let app = app(Lang::Sv);
    assert_eq!(selected_id(&app), "ledningsforum");
    let terminal = draw(&app, 100, 30);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn home_in_english_on_leveransforum_shows_its_holder() {
    let mut app = app(Lang::En);
    for _ in 0..7 {
        press(&mut app, KeyCode::Down);
    }
    assert_eq!(selected_id(&app), "leveransforum");
    let terminal = draw(&app, 100, 30);
    // The detail pane starts after the list pane's right border.
    let detail: String = rows(&terminal)
        .iter()
        .map(|row| row.chars().skip(40).collect::<String>() + "\n")
        .collect();
    assert!(detail.contains("Leveransforum"), "{detail}");
    assert!(detail.contains(HOLDER), "{detail}");
    assert!(
        detail.contains("Leveransansvarig · The City: Anna Andersson"),
        "{detail}"
    );
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn a_too_small_window_says_so_instead_of_drawing_the_panes() {
    let app = app(Lang::Sv);
    let terminal = draw(&app, 40, 10);
    let text = rows(&terminal).join("\n");
    assert!(text.contains("Fönstret är för litet"), "{text}");
    assert!(!text.contains("Ledningsforum"), "{text}");
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn moving_down_past_the_last_forum_stays_on_the_last() {
    let mut app = app(Lang::Sv);
    for _ in 0..50 {
        press(&mut app, KeyCode::Char('j'));
    }
    assert_eq!(selected_id(&app), "arkitektur-sakerhet-alla");
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::End);
    assert_eq!(selected_id(&app), "arkitektur-sakerhet-alla");
}

#[test]
fn moving_up_from_the_first_forum_stays_on_the_first() {
    let mut app = app(Lang::Sv);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Char('k'));
    assert_eq!(selected_id(&app), "ledningsforum");
    press(&mut app, KeyCode::Char('G'));
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(selected_id(&app), "ledningsforum");
}

#[test]
fn area_headings_are_never_selected() {
    let mut app = app(Lang::Sv);
    let forums = app.catalog().forums.len();
    let mut seen = Vec::new();
    for _ in 0..forums {
        let row = app.selected_row().expect("a row is selected");
        assert!(matches!(app.rows()[row], Row::Forum(_)), "row {row} is a heading");
        seen.push(selected_id(&app));
        app.update(Action::SelectNext);
    }
    // Every forum is reached exactly once, across the area boundaries.
    seen.dedup();
    assert_eq!(seen.len(), forums);
    for _ in 0..forums {
        app.update(Action::SelectPrevious);
        let row = app.selected_row().expect("a row is selected");
        assert!(matches!(app.rows()[row], Row::Forum(_)), "row {row} is a heading");
    }
    assert_eq!(selected_id(&app), "ledningsforum");
}

#[test]
fn q_esc_and_ctrl_c_quit() {
    for key in [
        KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE),
        KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE),
        KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
    ] {
        let mut app = app(Lang::Sv);
        assert!(!app.should_quit());
        assert_eq!(action_for(key), Some(Action::Quit));
        app.update(Action::Quit);
        assert!(app.should_quit(), "{key:?}");
    }
}

#[test]
fn page_down_scrolls_the_details_to_their_end_and_back() {
    let mut app = app(Lang::Sv);
    app.update(Action::SelectLast);
    for _ in 0..4 {
        // Leveransforum, whose seven themes do not fit in 100x30.
        app.update(Action::SelectPrevious);
    }
    assert_eq!(selected_id(&app), "leveransforum");
    let area = ratatui::layout::Rect::new(0, 0, 100, 30);
    let viewport = home::detail_viewport(&app, area);
    assert!(viewport.lines > viewport.height, "{viewport:?}");
    app.set_detail_viewport(viewport);

    for _ in 0..10 {
        press(&mut app, KeyCode::PageDown);
    }
    assert_eq!(app.detail_scroll(), viewport.lines - viewport.height);
    let text = rows(&draw(&app, 100, 30)).join("\n");
    assert!(
        text.contains("Återkoppling på arbete"),
        "the last theme shows:\n{text}"
    );

    press(&mut app, KeyCode::PageUp);
    press(&mut app, KeyCode::PageUp);
    press(&mut app, KeyCode::PageUp);
    assert_eq!(app.detail_scroll(), 0);
    // Another forum starts at the top of its details.
    press(&mut app, KeyCode::PageDown);
    press(&mut app, KeyCode::Down);
    assert_eq!(app.detail_scroll(), 0);
}

/// fora left open overnight on the home screen: at the first tick of the
/// new day the date, the holders of each role and today's meetings follow.
#[test]
fn the_home_screen_follows_a_new_day() {
    use chrono::{Local, TimeZone};
    let mut store = store();
    hold_leveransansvarig(&mut store, "Bertil Bengtsson", "2026-03-03");
    let mut app = App::new(&store, Lang::Sv, today())
        .expect("app")
        .with_theme(Theme::plain());
    for _ in 0..7 {
        press(&mut app, KeyCode::Down);
    }
    assert_eq!(selected_id(&app), "leveransforum");
    let screen = |app: &App| support::screen::text(draw(app, 120, 40).backend().buffer());
    let before = screen(&app);
    assert!(
        before.contains("2026-03-02") && before.contains(HOLDER),
        "{before}"
    );
    assert!(
        !before.contains("Bertil Bengtsson"),
        "not before his first day: {before}"
    );
    let late = Local.with_ymd_and_hms(2026, 3, 2, 23, 59, 50).unwrap();
    assert!(!app.tick(&mut store, late), "the same day: nothing to do");
    let morning = Local.with_ymd_and_hms(2026, 3, 3, 0, 0, 5).unwrap();
    assert!(app.tick(&mut store, morning), "a new day redraws");
    assert_eq!(app.today(), NaiveDate::from_ymd_opt(2026, 3, 3).unwrap());
    let shown = screen(&app);
    assert!(shown.contains("2026-03-03"), "{shown}");
    assert!(
        shown.contains("Bertil Bengtsson"),
        "the new day's holder: {shown}"
    );
    assert_eq!(selected_id(&app), "leveransforum", "the selection stays");
}
