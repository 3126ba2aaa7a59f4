//! The reports screen and Staden's verdict on the meeting screen, on
//! ratatui's TestBackend: snapshots of the grid, the chart and a history.

use fora::domain::Channel;
use fora::domain::reports::{ReportState, Verdict};
use fora::i18n::Lang;
use fora::store::Store;
use fora::tui::app::App;
use fora::tui::theme::Theme;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{at, cell, day, deliver, month};
use crate::support::screen;

/// A snapshot kept with the others in tests/it/snapshots/.
fn snapshot(name: &str, drawn: &str) {
    insta::with_settings!({ snapshot_path => "../snapshots" }, {
        insta::assert_snapshot!(name, drawn);
    });
}

/// A year of deliveries up to 2026-03: most in time, some late, some
/// missing, the service-level report approved or disputed at meetings.
fn a_year_of_reports() -> Store {
    let mut store = Store::open_in_memory().expect("store");
    let months = month("2025-04").through(month("2026-02"));
    for (i, m) in months.iter().enumerate() {
        let due = m.due_date(10);
        for (r, report) in [
            "servicenivaer",
            "forbattringar",
            "incidenter",
            "sakerhet",
            "prestanda",
            "andringar",
            "risker",
            "ekonomi",
            "projekt",
        ]
        .iter()
        .enumerate()
        {
            // Every seventh report missing, every fifth late.
            match (i * 9 + r) % 7 {
                0 if r > 0 => continue,
                _ => {}
            }
            let late = (i + r) % 5 == 0;
            let on = if late {
                due + chrono::Duration::days(4)
            } else {
                due - chrono::Duration::days(3)
            };
            deliver(
                &mut store,
                report,
                &m.to_string(),
                &on.format("%Y-%m-%d").to_string(),
            );
        }
        let meeting_day = (m.due_date(10) + chrono::Duration::days(5))
            .format("%Y-%m-%d")
            .to_string();
        let meeting = store
            .start_meeting(
                "leveransforum",
                &meeting_day,
                Channel::Fysiskt,
                at(&meeting_day, 10),
                Lang::Sv,
            )
            .expect("meeting");
        let item = store
            .agenda(meeting)
            .expect("agenda")
            .into_iter()
            .find(|it| it.title.starts_with(&format!("Rapport om servicenivåer {m}")))
            .map(|it| it.id);
        if let Some(item) = item {
            let (verdict, reason) = if i % 4 == 3 {
                (Verdict::Disputed, Some("Bortfiltrerade incidenter"))
            } else {
                (Verdict::Approved, None)
            };
            store
                .record_report_verdict(item, verdict, reason, at(&meeting_day, 11), Lang::Sv)
                .expect("verdict");
        }
        store.end_meeting(meeting, at(&meeting_day, 12)).expect("end");
    }
    store
}

#[test]
fn the_reports_screen_shows_the_grid_the_chart_and_a_delivery_history() {
    let mut store = a_year_of_reports();
    let now = at("2026-03-20", 10);
    let mut app = App::new(&store, Lang::Sv, day("2026-03-20"))
        .expect("app")
        .with_theme(Theme::plain());
    let press = |app: &mut App, store: &mut Store, code: KeyCode| {
        app.handle_key(store, KeyEvent::new(code, KeyModifiers::NONE), now)
    };
    press(&mut app, &mut store, KeyCode::Char('R'));
    snapshot("reports_grid", &screen::drawn(&app, 100, 28));
    press(&mut app, &mut store, KeyCode::Left);
    press(&mut app, &mut store, KeyCode::Enter);
    snapshot("reports_history", &screen::drawn(&app, 100, 28));
    press(&mut app, &mut store, KeyCode::Esc);
    press(&mut app, &mut store, KeyCode::Esc);
    assert!(screen::drawn(&app, 100, 28).contains("Forum"), "back home");
}

#[test]
fn the_secretary_records_a_dispute_on_the_meeting_screen() {
    let mut store = Store::open_in_memory().expect("store");
    deliver(&mut store, "servicenivaer", "2026-02", "2026-03-06");
    deliver(&mut store, "risker", "2026-02", "2026-03-06");
    let now = at("2026-03-20", 10);
    let meeting = store
        .start_meeting("leveransforum", "2026-03-20", Channel::Fysiskt, now, Lang::Sv)
        .expect("meeting");
    let agenda = store.agenda(meeting).expect("agenda");
    let position = |title: &str| {
        agenda
            .iter()
            .position(|i| i.title == title)
            .expect("on the agenda")
    };
    let mut app = App::new(&store, Lang::Sv, day("2026-03-20"))
        .expect("app")
        .with_theme(Theme::plain());
    app.open_meeting(&mut store, meeting, now).expect("opened");
    let press = |app: &mut App, store: &mut Store, code: KeyCode| {
        app.handle_key(store, KeyEvent::new(code, KeyModifiers::NONE), now)
    };
    press(&mut app, &mut store, KeyCode::Tab);
    for _ in 0..position("Rapport om identifierade risker 2026-02") {
        press(&mut app, &mut store, KeyCode::Down);
    }
    // Staden gives no verdict on the risk report.
    press(&mut app, &mut store, KeyCode::Char('v'));
    assert!(screen::drawn(&app, 120, 40).contains("bara rapporten om servicenivåer"));
    press(&mut app, &mut store, KeyCode::Home);
    for _ in 0..position("Rapport om servicenivåer 2026-02") {
        press(&mut app, &mut store, KeyCode::Down);
    }
    press(&mut app, &mut store, KeyCode::Char('v'));
    assert!(screen::drawn(&app, 120, 40).contains("Stadens beslut om utfallet"));
    press(&mut app, &mut store, KeyCode::Char('2'));
    // An empty reason is not saved.
    press(&mut app, &mut store, KeyCode::Enter);
    assert_eq!(
        cell(&store, "servicenivaer", "2026-02", "2026-03-20").state,
        Some(ReportState::Reviewed)
    );
    for c in "Tillgängligheten räknad utan helger".chars() {
        press(&mut app, &mut store, KeyCode::Char(c));
    }
    press(&mut app, &mut store, KeyCode::Enter);
    let disputed = cell(&store, "servicenivaer", "2026-02", "2026-03-20");
    assert_eq!(disputed.state, Some(ReportState::Disputed));
    assert_eq!(
        disputed.reason.as_deref(),
        Some("Tillgängligheten räknad utan helger")
    );
    let drawn = screen::drawn(&app, 120, 40);
    assert!(
        drawn.contains("Beslut § (1): Staden bestrider utfallet i Rapport om ser"),
        "{drawn}"
    );
}
