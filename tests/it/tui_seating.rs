//! Who sits where (`W` from home): the matrix of roles or people against
//! forums, filtered as it is typed, and on a date typed into the filter.

use crate::support;

use chrono::{DateTime, Local, NaiveDate, TimeZone};
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::people::{LEVERANTOREN_ID, NewAssignment, NewPerson, STADEN_ID};
use fora::tui::app::{App, ScreenKind};
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

fn press(app: &mut App, store: &mut Store, code: KeyCode) {
    app.handle_key(store, KeyEvent::new(code, KeyModifiers::NONE), now());
}

fn typed(app: &mut App, store: &mut Store, text: &str) {
    for c in text.chars() {
        press(app, store, KeyCode::Char(c));
    }
}

fn screen(app: &App) -> (Terminal<TestBackend>, String) {
    let mut terminal = Terminal::new(TestBackend::new(120, 26)).unwrap();
    terminal
        .draw(|frame| render(app, frame.area(), frame.buffer_mut()))
        .unwrap();
    let text = support::screen::text(terminal.backend().buffer());
    (terminal, text)
}

/// Anna Berg holds two City roles, Bo Ek is the supplier's delivery
/// manager, and Cia Dahl was until the end of 2025.
fn register() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let person = |store: &mut Store, name: &str, org: i64| {
        store
            .add_person(&NewPerson {
                name: name.into(),
                organisation_id: org,
                email: None,
                phone: None,
            })
            .unwrap()
    };
    let role = |role: &str, org: i64, from: &str, to: Option<&str>| NewAssignment {
        role_id: role.into(),
        organisation_id: org,
        from: from.into(),
        to: to.map(str::to_string),
    };
    let anna = person(&mut store, "Anna Berg", STADEN_ID);
    store
        .assign(anna, &role("leveransansvarig", STADEN_ID, "2025-01-01", None))
        .unwrap();
    store
        .assign(anna, &role("sakerhetsansvarig", STADEN_ID, "2025-01-01", None))
        .unwrap();
    let bo = person(&mut store, "Bo Ek", LEVERANTOREN_ID);
    store
        .assign(bo, &role("leveransansvarig", LEVERANTOREN_ID, "2026-01-01", None))
        .unwrap();
    let cia = person(&mut store, "Cia Dahl", LEVERANTOREN_ID);
    store
        .assign(
            cia,
            &role(
                "leveransansvarig",
                LEVERANTOREN_ID,
                "2024-01-01",
                Some("2025-12-31"),
            ),
        )
        .unwrap();
    store
}

fn open(store: &mut Store, lang: Lang) -> App {
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let mut app = App::new(store, lang, today).unwrap().with_theme(Theme::plain());
    press(&mut app, store, KeyCode::Char('W'));
    assert_eq!(app.screen().map(|s| s.kind()), Some(ScreenKind::Seating));
    app
}

#[test]
fn the_matrix_shows_every_role_against_the_forums() {
    let mut store = register();
    let app = open(&mut store, Lang::Sv);
    let (terminal, text) = screen(&app);
    assert!(text.contains("Anna Berg"), "{text}");
    assert!(text.contains('●') && text.contains('○'), "{text}");
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn a_filter_by_person_shows_only_that_persons_seats() {
    let mut store = register();
    let mut app = open(&mut store, Lang::Sv);
    press(&mut app, &mut store, KeyCode::Tab);
    typed(&mut app, &mut store, "anna");
    let (terminal, text) = screen(&app);
    assert!(text.contains("Personer 2026-03-02 · 1 av 2"), "{text}");
    assert!(!text.contains("Bo Ek"), "{text}");
    insta::assert_snapshot!(terminal.backend());

    // By roles, the same filter keeps Anna Berg's two roles and no other.
    press(&mut app, &mut store, KeyCode::Tab);
    let (_, text) = screen(&app);
    assert!(text.contains("Roller 2026-03-02 · 2 av"), "{text}");
    assert!(
        text.contains("Leveransansvarig") && text.contains("Säkerhetsansvarig"),
        "{text}"
    );
    assert!(!text.contains("Releasemanager"), "{text}");
}

#[test]
fn a_forum_or_a_party_filters_and_a_date_shows_who_sat_then() {
    let mut store = register();
    let mut app = open(&mut store, Lang::En);
    typed(&mut app, &mut store, "supplier");
    let (_, text) = screen(&app);
    assert!(text.contains("Bo Ek") && !text.contains("Cia Dahl"), "{text}");
    assert!(
        !text.contains("Anna Berg") && !text.contains("The City"),
        "{text}"
    );
    typed(&mut app, &mut store, " 2025-06-01");
    let (_, text) = screen(&app);
    assert!(text.contains("Roles 2025-06-01"), "{text}");
    assert!(text.contains("Cia Dahl") && !text.contains("Bo Ek"), "{text}");
    for _ in 0.." 2025-06-01".len() {
        press(&mut app, &mut store, KeyCode::Backspace);
    }
    // A forum's name keeps only that forum's column.
    for _ in 0.."supplier".len() {
        press(&mut app, &mut store, KeyCode::Backspace);
    }
    typed(&mut app, &mut store, "ledningsforum");
    let (_, text) = screen(&app);
    assert!(text.contains("1\u{a0}Ledningsforum"), "{text}");
    assert!(!text.contains("Leveransforum"), "{text}");
    press(&mut app, &mut store, KeyCode::Esc);
    assert!(app.screen().is_none());
}
