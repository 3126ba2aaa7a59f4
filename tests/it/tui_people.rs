//! The people register (`N` from home): filter as typed, roles over time,
//! and editing name, organisation, e-mail and phone.

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

fn now() -> DateTime<Local> {
    Local.with_ymd_and_hms(2026, 3, 2, 10, 0, 0).unwrap()
}

fn press(app: &mut App, store: &mut Store, code: KeyCode) {
    app.handle_key(store, KeyEvent::new(code, KeyModifiers::NONE), now());
}

fn typed(app: &mut App, store: &mut Store, text: &str) {
    for c in text.chars() {
        press(app, store, KeyCode::Char(c));
    }
}

fn screen(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(110, 24)).unwrap();
    terminal
        .draw(|frame| render(app, frame.area(), frame.buffer_mut()))
        .unwrap();
    support::screen::text(terminal.backend().buffer())
}

fn register() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    for (name, org) in [("Anna Berg", STADEN_ID), ("Bo Ek", LEVERANTOREN_ID)] {
        let id = store
            .add_person(&NewPerson {
                name: name.into(),
                organisation_id: org,
                email: None,
                phone: None,
            })
            .unwrap();
        let role = |role: &str, from: &str, to: Option<&str>| NewAssignment {
            role_id: role.into(),
            organisation_id: org,
            from: from.into(),
            to: to.map(str::to_string),
        };
        store
            .assign(id, &role("leveransansvarig", "2024-01-01", Some("2025-06-30")))
            .unwrap();
        store
            .assign(id, &role("sakerhetsansvarig", "2025-07-01", None))
            .unwrap();
    }
    store
}

fn open(store: &mut Store) -> App {
    let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let mut app = App::new(store, Lang::Sv, today)
        .unwrap()
        .with_theme(Theme::plain());
    press(&mut app, store, KeyCode::Char('N'));
    assert_eq!(app.screen().map(|s| s.kind()), Some(ScreenKind::People));
    app
}

/// Opens the form on Anna Berg, selected, and saves her under `name`.
fn rename_anna(app: &mut App, store: &mut Store, name: &str) {
    press(app, store, KeyCode::Enter);
    for _ in 0.."Anna Berg".len() {
        press(app, store, KeyCode::Backspace);
    }
    typed(app, store, name);
    press(app, store, KeyCode::Enter);
}

#[test]
fn the_register_filters_as_typed_and_shows_roles_over_time() {
    let mut store = register();
    let mut app = open(&mut store);
    let text = screen(&app);
    assert!(text.contains("Personer · 2 av 2"), "{text}");
    typed(&mut app, &mut store, "leverantoren");
    let text = screen(&app);
    assert!(text.contains("Bo Ek") && !text.contains("Anna Berg"), "{text}");
    assert!(text.contains("Roller över tid för Bo Ek"), "{text}");
    assert!(text.contains("2025-07-01 –"), "{text}");
    assert!(text.contains("2024-01-01 – 2025-06-30"), "{text}");
    assert!(text.contains("Leveransansvarig · Leverantören"), "{text}");
}

#[test]
fn enter_edits_a_person_and_a_refusal_keeps_the_form() {
    let mut store = register();
    let mut app = open(&mut store);
    typed(&mut app, &mut store, "anna");
    press(&mut app, &mut store, KeyCode::Enter);
    assert!(screen(&app).contains("Ändra person"));
    // To the e-mail field, and an e-mail typed.
    press(&mut app, &mut store, KeyCode::Tab);
    press(&mut app, &mut store, KeyCode::Tab);
    typed(&mut app, &mut store, "anna.berg@stad.example");
    press(&mut app, &mut store, KeyCode::Enter);
    let text = screen(&app);
    assert!(text.contains("Sparat: Anna Berg"), "{text}");
    let anna = store
        .people()
        .unwrap()
        .into_iter()
        .find(|p| p.name == "Anna Berg")
        .unwrap();
    assert_eq!(anna.email.as_deref(), Some("anna.berg@stad.example"));

    // Another's name is refused and the form stays open with what was typed.
    rename_anna(&mut app, &mut store, "Bo Ek");
    let text = screen(&app);
    assert!(
        text.contains("Ändra person") && text.contains("Bo Ek (Leverantören)"),
        "{text}"
    );
    // An organisation that does not exist is named, with those that do.
    press(&mut app, &mut store, KeyCode::Tab);
    typed(&mut app, &mut store, "x");
    press(&mut app, &mut store, KeyCode::Enter);
    let text = screen(&app);
    assert!(text.contains("ingen organisation heter ”Stadenx”"), "{text}");
    press(&mut app, &mut store, KeyCode::Esc);
    assert!(!screen(&app).contains("Ändra person"));
    assert!(store.people().unwrap().iter().any(|p| p.name == "Anna Berg"));
}

#[test]
fn a_name_someone_has_is_saved_only_when_enter_confirms_it() {
    let mut store = register();
    let mut app = open(&mut store);
    typed(&mut app, &mut store, "anna");
    rename_anna(&mut app, &mut store, "bo ek");
    let text = screen(&app);
    assert!(
        text.contains("så heter redan Bo Ek (Leverantören); Enter igen sparar ändå"),
        "{text}"
    );
    assert_eq!(
        store
            .people()
            .unwrap()
            .iter()
            .filter(|p| p.name == "bo ek")
            .count(),
        0
    );
    press(&mut app, &mut store, KeyCode::Enter);
    assert!(screen(&app).contains("Sparat: bo ek"));
    assert_eq!(
        store
            .people()
            .unwrap()
            .iter()
            .filter(|p| p.name == "bo ek")
            .count(),
        1
    );
}
