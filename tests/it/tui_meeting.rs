//! The secretary's live meeting in the terminal UI: whole-screen snapshots
//! on ratatui's TestBackend, and the store checked after each key, since
//! what matters is what is on disk when the screen says "saved".

use crate::support;
use crate::support::meeting::{at, store, today};

use chrono::{DateTime, Local};
use fora::domain::Channel;
use fora::domain::Party;
use fora::domain::meeting::{AttendanceStatus, EntryKind};
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::meetings::DraftSlot;
use fora::tui::app::App;
use fora::tui::meeting::{Pane, Warning};
use fora::tui::render;
use fora::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A Leveransforum meeting started at 09:00 and open on the meeting screen.
fn open(store: &mut Store, lang: Lang) -> (App, i64) {
    // As tui::run does: the store's errors are written in the screen's language.
    fora::i18n::set_lang(lang);
    let id = store
        .start_meeting("leveransforum", "2026-11-26", Channel::Video, at(9, 0, 0), lang)
        .expect("start");
    let mut app = App::new(store, lang, today())
        .expect("app")
        .with_theme(Theme::plain());
    app.open_meeting(store, id, at(9, 0, 0)).expect("open");
    (app, id)
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn press(app: &mut App, store: &mut Store, code: KeyCode, now: DateTime<Local>) {
    press_event(app, store, key(code), now);
}

fn press_event(app: &mut App, store: &mut Store, event: KeyEvent, now: DateTime<Local>) {
    app.handle_key(store, event, now);
}

fn chars(app: &mut App, store: &mut Store, text: &str, now: DateTime<Local>) {
    for c in text.chars() {
        app.handle_key(store, key(KeyCode::Char(c)), now);
    }
}

fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| render(app, frame.area(), frame.buffer_mut()))
        .expect("draw");
    terminal
}

fn text(terminal: &Terminal<TestBackend>) -> String {
    support::screen::text(terminal.backend().buffer())
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn alt_enter() -> KeyEvent {
    KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT)
}

fn meeting(app: &App) -> &fora::tui::meeting::MeetingScreen {
    app.meeting().expect("a meeting is open")
}

fn message(app: &App) -> String {
    meeting(app).message().map(|m| m.text.clone()).unwrap_or_default()
}

/// Moves the agenda selection to item `n` (counted from 1) of a fresh agenda.
fn to_item(app: &mut App, store: &mut Store, n: usize, now: DateTime<Local>) {
    if meeting(app).focus() != Pane::Agenda {
        press(app, store, KeyCode::Tab, now);
    }
    press(app, store, KeyCode::Home, now);
    for _ in 1..n {
        press(app, store, KeyCode::Down, now);
    }
}

/// The attendance of the meeting as the store has it: (person or role, status).
fn statuses(store: &Store, id: i64) -> Vec<(String, AttendanceStatus)> {
    store
        .attendance(id)
        .expect("attendance")
        .into_iter()
        .map(|r| (r.person_name.or(r.role_name).unwrap_or_default(), r.status))
        .collect()
}

// ---------------------------------------------------------------- snapshots

#[test]
fn meeting_in_swedish_with_attendance_focused() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::Sv);
    // Roll call: each status key saves and moves on to the next person.
    press(&mut app, &mut store, KeyCode::Char('1'), at(9, 1, 0));
    press(&mut app, &mut store, KeyCode::Char('4'), at(9, 1, 5));
    press(&mut app, &mut store, KeyCode::Char('3'), at(9, 1, 10));
    chars(&mut app, &mut store, "Dora Ek", at(9, 1, 15));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 1, 20));
    press(&mut app, &mut store, KeyCode::Down, at(9, 1, 25));
    press(&mut app, &mut store, KeyCode::Char('2'), at(9, 1, 30));
    press(&mut app, &mut store, KeyCode::Char('g'), at(9, 2, 0));
    chars(&mut app, &mut store, "Greta Gäst", at(9, 2, 5));
    press(&mut app, &mut store, KeyCode::Tab, at(9, 2, 6));
    chars(&mut app, &mut store, "Driftbolaget AB", at(9, 2, 10));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 2, 12));
    press(&mut app, &mut store, KeyCode::Char('>'), at(9, 3, 0));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 3, 0));
    to_item(&mut app, &mut store, 4, at(9, 4, 0));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 4, 0));
    press(&mut app, &mut store, KeyCode::Tab, at(9, 4, 1));
    app.tick(&mut store, at(9, 12, 30));

    assert_eq!(meeting(&app).focus(), Pane::Attendance);
    let screen = text(&draw(&app, 110, 30));
    for expected in [
        "Mötestid 0:12:30",
        "På punkt 4 0:08:30",
        "närvarande",
        "anmält förhinder",
        "Dora Ek",
        "Greta Gäst",
        "09:03–",
        "Permanent roll utan närvarande",
    ] {
        assert!(screen.contains(expected), "{expected} missing:\n{screen}");
    }
    assert_eq!(
        store
            .attendance(id)
            .expect("rows")
            .last()
            .and_then(|r| r.joined_at.clone())
            .map(|s| s[11..16].to_string()),
        Some("09:03".into())
    );
    insta::assert_snapshot!(draw(&app, 110, 30).backend());
}

/// An English meeting with a decision on item 4, then one on item 2, and an
/// action, information, risk, escalation and disagreement.
fn meeting_with_entries() -> (Store, App, i64) {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::En);
    press(&mut app, &mut store, KeyCode::Char('1'), at(9, 1, 0));
    to_item(&mut app, &mut store, 4, at(9, 2, 0));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 2, 0));

    press(&mut app, &mut store, KeyCode::Char('d'), at(9, 5, 0));
    chars(&mut app, &mut store, "Service levels are approved", at(9, 5, 10));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 5, 20));

    press(&mut app, &mut store, KeyCode::Char('a'), at(9, 6, 0));
    chars(
        &mut app,
        &mut store,
        "Draw up a plan for the backlog",
        at(9, 6, 10),
    );
    press(&mut app, &mut store, KeyCode::Tab, at(9, 6, 11));
    chars(&mut app, &mut store, "bo", at(9, 6, 12));
    press(&mut app, &mut store, KeyCode::Down, at(9, 6, 13));
    press(&mut app, &mut store, KeyCode::Tab, at(9, 6, 14));
    chars(&mut app, &mut store, "2026-12-15", at(9, 6, 15));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 6, 20));

    press(&mut app, &mut store, KeyCode::Char('i'), at(9, 7, 0));
    chars(&mut app, &mut store, "Two incidents in October", at(9, 7, 5));
    press_event(&mut app, &mut store, alt_enter(), at(9, 7, 6));
    chars(&mut app, &mut store, "Both are closed", at(9, 7, 7));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 7, 10));

    press(&mut app, &mut store, KeyCode::Char('r'), at(9, 8, 0));
    chars(
        &mut app,
        &mut store,
        "Staff turnover at the supplier",
        at(9, 8, 5),
    );
    press(&mut app, &mut store, KeyCode::Enter, at(9, 8, 10));

    press(&mut app, &mut store, KeyCode::Char('e'), at(9, 9, 0));
    chars(
        &mut app,
        &mut store,
        "Licence costs exceed the budget",
        at(9, 9, 5),
    );
    press(&mut app, &mut store, KeyCode::Enter, at(9, 9, 10));

    press(&mut app, &mut store, KeyCode::Char('m'), at(9, 10, 0));
    chars(&mut app, &mut store, "Who pays for the migration", at(9, 10, 5));
    press(&mut app, &mut store, KeyCode::Tab, at(9, 10, 6));
    chars(&mut app, &mut store, "The City, the Supplier", at(9, 10, 7));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 10, 10));

    to_item(&mut app, &mut store, 2, at(9, 11, 0));
    press(&mut app, &mut store, KeyCode::Char('d'), at(9, 11, 0));
    chars(&mut app, &mut store, "The agenda is approved", at(9, 11, 5));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 11, 10));
    (store, app, id)
}

#[test]
fn agenda_in_english_numbers_decisions_in_agenda_order() {
    let (store, app, id) = meeting_with_entries();
    let entries = store.entries(id).expect("entries");
    assert_eq!(entries.len(), 7, "{entries:#?}");
    let decision = |text: &str| {
        let entry = entries.iter().find(|e| e.fields.text == text).expect("decision");
        meeting(&app)
            .decision_reference(entry.id)
            .map(ToString::to_string)
    };
    // Item 2 comes before item 4, though its decision was recorded later;
    // the numbers are provisional while the meeting runs.
    let first = "Leveransforum 2026 § (1)";
    assert_eq!(decision("The agenda is approved").as_deref(), Some(first));
    let second = "Leveransforum 2026 § (2)";
    assert_eq!(decision("Service levels are approved").as_deref(), Some(second));
    let action = entries
        .iter()
        .find(|e| e.kind == EntryKind::Action)
        .expect("action");
    assert_eq!(action.fields.owner.as_deref(), Some("Bo Ek"));
    assert_eq!(action.fields.due.as_deref(), Some("2026-12-15"));
    assert!(action.recorded_at.starts_with("2026-11-26T09:06:20"));
    let info = entries
        .iter()
        .find(|e| e.kind == EntryKind::Information)
        .expect("information");
    assert_eq!(info.fields.text, "Two incidents in October\nBoth are closed");
    let escalation = entries
        .iter()
        .find(|e| e.kind == EntryKind::Escalation)
        .expect("escalation");
    assert_eq!(escalation.fields.target_forum.as_deref(), Some("verkstallande"));
    let disagreement = entries
        .iter()
        .find(|e| e.kind == EntryKind::Disagreement)
        .expect("disagreement");
    assert_eq!(
        disagreement.fields.parties.as_deref(),
        Some("The City, the Supplier")
    );

    let screen = text(&draw(&app, 110, 30));
    assert!(
        screen.contains("Decision § (1): The agenda is approved"),
        "{screen}"
    );
    assert!(
        screen.contains("Decision § (2): Service levels are approved"),
        "{screen}"
    );
    assert!(
        screen.contains("Action [ ] (Bo Ek, 2026-12-15): Draw up a plan"),
        "{screen}"
    );
    assert!(screen.contains("Escalation → Verkställande forum"), "{screen}");
    assert!(
        screen.contains("Saved: Decision Leveransforum 2026 § (1)"),
        "{screen}"
    );
    insta::assert_snapshot!(draw(&app, 110, 30).backend());
}

fn action_editor_with_text(lang: Lang) -> (Store, App) {
    let mut store = store();
    let (mut app, _) = open(&mut store, lang);
    press(&mut app, &mut store, KeyCode::Char('1'), at(9, 1, 0));
    to_item(&mut app, &mut store, 4, at(9, 2, 0));
    press(&mut app, &mut store, KeyCode::Char('a'), at(9, 3, 0));
    let text = match lang {
        Lang::Sv => "Leverantören tar fram en plan för att minska kön av ärenden",
        Lang::En => "The Supplier draws up a plan to shorten the queue of tickets",
    };
    chars(&mut app, &mut store, text, at(9, 3, 10));
    press_event(&mut app, &mut store, alt_enter(), at(9, 3, 11));
    chars(&mut app, &mut store, "- 2026", at(9, 3, 12));
    press(&mut app, &mut store, KeyCode::Tab, at(9, 3, 13));
    (store, app)
}

#[test]
fn entry_editor_in_swedish_with_text_typed() {
    let (mut store, mut app) = action_editor_with_text(Lang::Sv);
    app.tick(&mut store, at(9, 3, 15));
    let screen = text(&draw(&app, 100, 30));
    assert!(screen.contains("Ny anteckning: åtgärd · punkt 4."), "{screen}");
    assert!(
        screen.contains("Anna Berg · Leveransansvarig"),
        "owner choices show:\n{screen}"
    );
    insta::assert_snapshot!(draw(&app, 100, 30).backend());
}

#[test]
fn entry_editor_in_english_with_text_typed() {
    let (mut store, mut app) = action_editor_with_text(Lang::En);
    press(&mut app, &mut store, KeyCode::Tab, at(9, 3, 14));
    chars(&mut app, &mut store, "+2w", at(9, 3, 15));
    let screen = text(&draw(&app, 100, 30));
    assert!(screen.contains("New entry: action · item 4."), "{screen}");
    assert!(
        screen.contains("= 2026-12-10"),
        "the due date is read as typed:\n{screen}"
    );
    insta::assert_snapshot!(draw(&app, 100, 30).backend());
}

#[test]
fn a_too_small_window_says_so() {
    let mut store = store();
    let (app, _) = open(&mut store, Lang::Sv);
    let terminal = draw(&app, 60, 14);
    let screen = text(&terminal);
    assert!(screen.contains("Fönstret är för litet"), "{screen}");
    assert!(!screen.contains("Närvaro"), "{screen}");
    insta::assert_snapshot!(terminal.backend());
}

// ---------------------------------------------------------------- drafts

#[test]
fn a_draft_is_kept_by_tick_and_offered_after_a_crash() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::Sv);
    press(&mut app, &mut store, KeyCode::Char('d'), at(9, 10, 0));
    chars(&mut app, &mut store, "Halvskrivet beslut", at(9, 10, 0));
    press_event(&mut app, &mut store, alt_enter(), at(9, 10, 0));
    chars(&mut app, &mut store, "andra raden", at(9, 10, 0));
    app.tick(&mut store, at(9, 10, 1));
    assert!(
        store.drafts(id).expect("drafts").is_empty(),
        "not yet: typing goes on"
    );
    app.tick(&mut store, at(9, 10, 2));
    let drafts = store.drafts(id).expect("drafts");
    assert_eq!(drafts.len(), 1);
    assert_eq!(drafts[0].slot, DraftSlot::NewEntry(EntryKind::Decision));
    let content: serde_json::Value = serde_json::from_str(&drafts[0].content).expect("JSON");
    assert_eq!(content["fields"]["text"], "Halvskrivet beslut\nandra raden");
    assert!(drafts[0].saved_at.starts_with("2026-11-26T09:10:02"));

    // The process dies: nothing closes, nothing is flushed.
    drop(app);

    let mut app = App::new(&store, Lang::Sv, today())
        .expect("app")
        .with_theme(Theme::plain());
    app.open_meeting(&mut store, id, at(9, 20, 0)).expect("open");
    let screen = text(&draw(&app, 100, 30));
    assert!(screen.contains("Osparad text från förra gången"), "{screen}");
    assert!(screen.contains("«Halvskrivet beslut»"), "{screen}");
    insta::assert_snapshot!(draw(&app, 100, 30).backend());

    press(&mut app, &mut store, KeyCode::Char('r'), at(9, 20, 5));
    let editor = meeting(&app).editor().expect("the editor is back");
    assert_eq!(
        editor.value(fora::tui::meeting::editor::FieldKey::Text),
        "Halvskrivet beslut\nandra raden"
    );
    chars(&mut app, &mut store, ".", at(9, 20, 6));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 20, 7));
    let entries = store.entries(id).expect("entries");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].fields.text, "Halvskrivet beslut\nandra raden.");
    assert!(
        store.drafts(id).expect("drafts").is_empty(),
        "the entry took its draft with it"
    );
}

#[test]
fn a_discarded_draft_is_gone_and_later_keeps_it() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::En);
    store
        .save_draft(
            id,
            DraftSlot::NewEntry(EntryKind::Risk),
            r#"{"form":"new_entry","kind":"risk","item_id":1,"fields":{"text":"Risk"}}"#,
            at(9, 1, 0),
        )
        .expect("draft");
    store
        .save_draft(id, DraftSlot::Guest, "not json from an older fora", at(9, 1, 1))
        .expect("draft");
    drop(app);
    app = App::new(&store, Lang::En, today()).expect("app");
    app.open_meeting(&mut store, id, at(9, 5, 0)).expect("open");
    assert!(matches!(
        meeting(&app).popup(),
        Some(fora::tui::meeting::Popup::Draft(_))
    ));
    press(&mut app, &mut store, KeyCode::Esc, at(9, 5, 1));
    // The second draft is offered next; unreadable content is still shown.
    let screen = text(&draw(&app, 100, 30));
    assert!(screen.contains("«not json from an older fora»"), "{screen}");
    press(&mut app, &mut store, KeyCode::Char('d'), at(9, 5, 2));
    assert!(meeting(&app).popup().is_none());
    let slots: Vec<DraftSlot> = store
        .drafts(id)
        .expect("drafts")
        .into_iter()
        .map(|d| d.slot)
        .collect();
    assert_eq!(
        slots,
        [DraftSlot::NewEntry(EntryKind::Risk)],
        "later keeps it, discard drops it"
    );

    // A new risk would write over the postponed draft: it is offered first.
    press(&mut app, &mut store, KeyCode::Char('r'), at(9, 6, 0));
    assert!(matches!(
        meeting(&app).popup(),
        Some(fora::tui::meeting::Popup::Draft(_))
    ));
    press(&mut app, &mut store, KeyCode::Char('r'), at(9, 6, 1));
    let editor = meeting(&app).editor().expect("restored");
    assert_eq!(editor.value(fora::tui::meeting::editor::FieldKey::Text), "Risk");
}

#[test]
fn esc_asks_before_typed_text_is_thrown_away() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::Sv);
    press(&mut app, &mut store, KeyCode::Char('i'), at(9, 1, 0));
    chars(&mut app, &mut store, "Viktig information", at(9, 1, 1));
    app.tick(&mut store, at(9, 1, 5));
    assert_eq!(store.drafts(id).expect("drafts").len(), 1);
    press(&mut app, &mut store, KeyCode::Esc, at(9, 1, 6));
    assert!(text(&draw(&app, 100, 30)).contains("Kasta texten?"));
    press(&mut app, &mut store, KeyCode::Char('n'), at(9, 1, 7));
    assert!(meeting(&app).editor().is_some(), "n keeps the editor");
    press(&mut app, &mut store, KeyCode::Esc, at(9, 1, 8));
    press(&mut app, &mut store, KeyCode::Char('y'), at(9, 1, 9));
    assert!(meeting(&app).editor().is_none());
    assert!(store.drafts(id).expect("drafts").is_empty());
    assert!(store.entries(id).expect("entries").is_empty());
}

#[test]
fn ctrl_c_in_the_editor_keeps_the_text_as_a_draft() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::Sv);
    press(&mut app, &mut store, KeyCode::Char('r'), at(9, 1, 0));
    chars(&mut app, &mut store, "Risk att", at(9, 1, 0));
    app.handle_key(&mut store, ctrl('c'), at(9, 1, 0));
    assert!(app.should_quit());
    let drafts = store.drafts(id).expect("drafts");
    assert_eq!(drafts.len(), 1);
    assert!(drafts[0].content.contains("Risk att"));
    assert_eq!(
        store.meeting(id).expect("meeting").ended_at,
        None,
        "Ctrl-C does not end the meeting"
    );
}

#[test]
fn the_way_out_on_a_signal_keeps_the_text_as_a_draft_and_frees_the_meeting() {
    use fora::tui::terminal::Program;
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::En);
    press(&mut app, &mut store, KeyCode::Char('r'), at(9, 1, 0));
    chars(&mut app, &mut store, "Key people may leave", at(9, 1, 0));
    // SIGTERM or SIGHUP ends the event loop before any tick kept the text.
    let mut fora = fora::tui::Fora::new(app, store);
    fora.on_exit(at(9, 1, 0));
    let drafts = fora.store.drafts(id).expect("drafts");
    assert_eq!(drafts.len(), 1);
    assert!(drafts[0].content.contains("Key people may leave"));
    assert_eq!(fora.store.meeting(id).expect("meeting").ended_at, None);
    let mut other = App::new(&fora.store, Lang::En, today())
        .expect("app")
        .with_holder_name("200@desk");
    other
        .open_meeting(&mut fora.store, id, at(9, 1, 5))
        .expect("open");
    assert_eq!(meeting(&other).read_only(), None, "the lock was given up");
}

// ---------------------------------------------------------------- entries

#[test]
fn an_entry_is_added_edited_and_deleted_with_keys() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::Sv);
    to_item(&mut app, &mut store, 3, at(9, 1, 0));
    press(&mut app, &mut store, KeyCode::Char('d'), at(9, 2, 0));
    chars(
        &mut app,
        &mut store,
        "Protokollet läggs till handlingarna",
        at(9, 2, 5),
    );
    press(&mut app, &mut store, KeyCode::Enter, at(9, 2, 10));
    let entries = store.entries(id).expect("entries");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].kind, EntryKind::Decision);
    assert_eq!(entries[0].item_id, store.agenda(id).expect("agenda")[2].id);
    assert!(entries[0].recorded_at.starts_with("2026-11-26T09:02:10"));
    let saved = message(&app);
    assert!(saved.contains("Beslut Leveransforum 2026 § (1)"), "{saved}");
    let entry = entries[0].id;
    assert_eq!(
        meeting(&app).selected_entry_id(),
        Some(entry),
        "the new entry is selected"
    );

    // Enter shows the entry; E edits it.
    press(&mut app, &mut store, KeyCode::Enter, at(9, 3, 0));
    assert!(meeting(&app).editor().is_none(), "shown, not edited");
    press(&mut app, &mut store, KeyCode::Char('E'), at(9, 3, 1));
    chars(&mut app, &mut store, " utan ändringar", at(9, 3, 5));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 3, 10));
    let edited = store.entry(entry).expect("entry");
    assert_eq!(
        edited.fields.text,
        "Protokollet läggs till handlingarna utan ändringar"
    );
    assert!(
        edited.recorded_at.starts_with("2026-11-26T09:02:10"),
        "keeps its time"
    );
    let history = store.entry_history(entry).expect("history");
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].change, "edit");
    assert_eq!(history[0].fields.text, "Protokollet läggs till handlingarna");

    press(&mut app, &mut store, KeyCode::Delete, at(9, 4, 0));
    press(&mut app, &mut store, KeyCode::Char('n'), at(9, 4, 1));
    assert_eq!(store.entries(id).expect("entries").len(), 1, "n keeps it");
    press(&mut app, &mut store, KeyCode::Delete, at(9, 4, 2));
    assert!(text(&draw(&app, 100, 30)).contains("Ta bort «Beslut Leveransforum 2026 § (1)»?"));
    // j moves down elsewhere, so it is not "ja" here: only y or Enter is yes.
    press(&mut app, &mut store, KeyCode::Char('j'), at(9, 4, 3));
    assert_eq!(store.entries(id).expect("entries").len(), 1, "j is no answer");
    press(&mut app, &mut store, KeyCode::Enter, at(9, 4, 3));
    assert!(store.entries(id).expect("entries").is_empty());
    let history = store.entry_history(entry).expect("history");
    assert_eq!(history.len(), 2);
    assert_eq!(history[1].change, "delete");
    assert_eq!(
        history[1].fields.text,
        "Protokollet läggs till handlingarna utan ändringar"
    );
}

#[test]
fn an_invalid_due_date_is_refused_with_a_message_and_nothing_is_saved() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::Sv);
    press(&mut app, &mut store, KeyCode::Char('a'), at(9, 1, 0));
    chars(&mut app, &mut store, "Uppdatera rutinen", at(9, 1, 1));
    press(&mut app, &mut store, KeyCode::Tab, at(9, 1, 2));
    press(&mut app, &mut store, KeyCode::Tab, at(9, 1, 3));
    chars(&mut app, &mut store, "2026-02-30", at(9, 1, 4));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 1, 5));
    assert!(store.entries(id).expect("entries").is_empty());
    let editor = meeting(&app).editor().expect("the editor stays open");
    let error = editor.error.clone().unwrap_or_default();
    assert!(error.contains("Ogiltigt datum: «2026-02-30»"), "{error}");
    assert!(text(&draw(&app, 100, 30)).contains("Ogiltigt datum"));

    for _ in 0.."2026-02-30".len() {
        press(&mut app, &mut store, KeyCode::Backspace, at(9, 1, 6));
    }
    chars(&mut app, &mut store, "+2v", at(9, 1, 7));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 1, 8));
    // No owner: asked once, saved on the second Enter.
    assert!(store.entries(id).expect("entries").is_empty());
    press(&mut app, &mut store, KeyCode::Enter, at(9, 1, 9));
    let entries = store.entries(id).expect("entries");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].fields.due.as_deref(), Some("2026-12-10"));
    assert_eq!(entries[0].fields.text, "Uppdatera rutinen");
}

#[test]
fn a_store_error_is_shown_and_the_text_is_kept() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::En);
    to_item(&mut app, &mut store, 2, at(9, 1, 0));
    press(&mut app, &mut store, KeyCode::Char('i'), at(9, 1, 0));
    chars(&mut app, &mut store, "Text worth keeping", at(9, 1, 1));
    // Another fora removes the item meanwhile.
    let item = store.agenda(id).expect("agenda")[1].id;
    store.remove_item(item, at(9, 1, 2)).expect("remove");
    press(&mut app, &mut store, KeyCode::Enter, at(9, 1, 3));
    let editor = meeting(&app).editor().expect("the editor stays open");
    assert!(
        editor.error.as_deref().unwrap_or("").starts_with("Not saved:"),
        "{:?}",
        editor.error
    );
    assert_eq!(
        editor.value(fora::tui::meeting::editor::FieldKey::Text),
        "Text worth keeping"
    );
    assert!(store.entries(id).expect("entries").is_empty());
}

#[test]
fn right_after_enter_the_entry_is_on_disk_numbered_searchable_and_its_draft_gone() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::En);
    to_item(&mut app, &mut store, 2, at(9, 1, 0));
    press(&mut app, &mut store, KeyCode::Char('d'), at(9, 1, 0));
    chars(&mut app, &mut store, "Kvartalsrapporten godkänns", at(9, 1, 0));
    app.tick(&mut store, at(9, 1, 2));
    assert_eq!(store.drafts(id).expect("drafts").len(), 1, "typed text is kept");
    press(&mut app, &mut store, KeyCode::Enter, at(9, 1, 3));
    assert!(message(&app).starts_with("Saved:"), "{}", message(&app));

    let entries = store.entries(id).expect("entries");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].fields.text, "Kvartalsrapporten godkänns");
    let hits = store
        .search(
            "kvartalsrapport",
            &fora::store::search::SearchFilter {
                limit: 5,
                ..Default::default()
            },
        )
        .expect("search");
    assert_eq!(hits.len(), 1, "found by search at once");
    assert_eq!(hits[0].entry_id, Some(entries[0].id));
    assert!(
        store.drafts(id).expect("drafts").is_empty(),
        "the draft went with it"
    );
    let logged: i64 = store
        .conn()
        .query_row(
            "SELECT count(*) FROM history WHERE action = 'entry.add' AND detail = ?1",
            [format!("{} decision", entries[0].id)],
            |r| r.get(0),
        )
        .expect("history");
    assert_eq!(logged, 1, "the history log holds its creation");
}

#[test]
fn an_entry_the_database_refuses_is_not_saved_and_its_draft_is_kept() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::En);
    to_item(&mut app, &mut store, 2, at(9, 1, 0));
    // Standing in for a full disk: the database refuses the entry's transaction.
    store
        .conn()
        .execute_batch(
            "CREATE TRIGGER refuse_entry BEFORE INSERT ON entry
             BEGIN SELECT raise(ABORT, 'no room for the entry'); END;",
        )
        .expect("trigger");
    press(&mut app, &mut store, KeyCode::Char('i'), at(9, 1, 0));
    chars(&mut app, &mut store, "Worth keeping", at(9, 1, 0));
    app.tick(&mut store, at(9, 1, 2));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 1, 3));
    let editor = meeting(&app).editor().expect("the editor stays open");
    let said = editor.error.as_deref().unwrap_or("");
    assert!(
        said.starts_with("Not saved:") && said.contains("breaks a rule of the database"),
        "{said}"
    );
    assert_eq!(
        editor.value(fora::tui::meeting::editor::FieldKey::Text),
        "Worth keeping"
    );
    assert!(store.entries(id).expect("entries").is_empty(), "no entry");
    let drafts = store.drafts(id).expect("drafts");
    assert_eq!(drafts.len(), 1, "the draft is kept");
    assert!(drafts[0].content.contains("Worth keeping"));
    let logged: i64 = store
        .conn()
        .query_row(
            "SELECT count(*) FROM history WHERE action = 'entry.add'",
            [],
            |r| r.get(0),
        )
        .expect("history");
    assert_eq!(logged, 0);
}

#[test]
fn an_escalation_goes_one_level_up_by_default() {
    for (forum, target) in [
        ("leveransforum", "verkstallande"),
        ("leveransledning", "ledningsforum"),
    ] {
        let mut store = store();
        let id = store
            .start_meeting(forum, "2026-11-26", Channel::Fysiskt, at(9, 0, 0), Lang::Sv)
            .expect("start");
        let mut app = App::new(&store, Lang::Sv, today()).expect("app");
        app.open_meeting(&mut store, id, at(9, 0, 0)).expect("open");
        press(&mut app, &mut store, KeyCode::Char('e'), at(9, 1, 0));
        chars(&mut app, &mut store, "Upp", at(9, 1, 1));
        press(&mut app, &mut store, KeyCode::Enter, at(9, 1, 2));
        let entries = store.entries(id).expect("entries");
        assert_eq!(entries[0].fields.target_forum.as_deref(), Some(target), "{forum}");
    }
}

#[test]
fn c_marks_an_action_done_and_open_again() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::Sv);
    to_item(&mut app, &mut store, 1, at(9, 1, 0));
    press(&mut app, &mut store, KeyCode::Char('a'), at(9, 1, 0));
    chars(&mut app, &mut store, "Boka lokal", at(9, 1, 1));
    // Without owner and due date, the second Enter saves it anyway.
    press(&mut app, &mut store, KeyCode::Enter, at(9, 1, 2));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 1, 2));
    press(&mut app, &mut store, KeyCode::Char('c'), at(9, 1, 3));
    assert!(store.entries(id).expect("entries")[0].done);
    // Done records when, and in which meeting, as the action register does.
    let filter = fora::store::followup::ActionFilter::default();
    let action = store.actions(&filter, "2026-11-26").expect("actions").remove(0);
    assert_eq!(action.done_meeting_id, Some(id));
    assert!(action.done_at.is_some());
    press(&mut app, &mut store, KeyCode::Char('c'), at(9, 1, 4));
    assert!(!store.entries(id).expect("entries")[0].done);
}

// ---------------------------------------------------------------- attendance

#[test]
fn each_status_key_sets_its_status() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::Sv);
    for c in ['1', '2', '4', '5'] {
        press(&mut app, &mut store, KeyCode::Char(c), at(9, 1, 0));
    }
    let got: Vec<AttendanceStatus> = statuses(&store, id).into_iter().map(|(_, s)| s).collect();
    assert_eq!(
        got[..4],
        [
            AttendanceStatus::Present,
            AttendanceStatus::Remote,
            AttendanceStatus::Excused,
            AttendanceStatus::Absent
        ]
    );
    press(&mut app, &mut store, KeyCode::Up, at(9, 1, 1));
    press(&mut app, &mut store, KeyCode::Char('0'), at(9, 1, 2));
    assert_eq!(statuses(&store, id)[3].1, AttendanceStatus::Unmarked);
}

#[test]
fn a_substitute_needs_a_name_and_gets_it() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::Sv);
    press(&mut app, &mut store, KeyCode::Char('3'), at(9, 1, 0));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 1, 1));
    let editor = meeting(&app).editor().expect("still asking who");
    assert_eq!(editor.error.as_deref(), Some("Skriv ett namn."));
    assert_eq!(statuses(&store, id)[0].1, AttendanceStatus::Unmarked);
    // Picking from the people register: Bo Ek is first among "bo".
    chars(&mut app, &mut store, "bo", at(9, 1, 2));
    press(&mut app, &mut store, KeyCode::Down, at(9, 1, 3));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 1, 4));
    let row = &store.attendance(id).expect("rows")[0];
    assert_eq!(row.status, AttendanceStatus::Substitute);
    assert_eq!(row.substitute_name.as_deref(), Some("Bo Ek"));
    assert!(message(&app).contains("ersättare: Bo Ek"), "{}", message(&app));
}

#[test]
fn a_guest_is_added_and_joins_and_leaves() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::En);
    press(&mut app, &mut store, KeyCode::Char('g'), at(9, 1, 0));
    chars(&mut app, &mut store, "Greta Guest", at(9, 1, 1));
    press(&mut app, &mut store, KeyCode::Tab, at(9, 1, 2));
    chars(&mut app, &mut store, "Driftbolaget AB", at(9, 1, 3));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 1, 4));
    let guest = store.attendance(id).expect("rows").pop().expect("a guest");
    assert!(guest.is_guest());
    assert_eq!(guest.person_name.as_deref(), Some("Greta Guest"));
    assert_eq!(guest.organisation.as_deref(), Some("Driftbolaget AB"));
    // The new guest is selected, so > and < are about them.
    // The time offered is now; Enter takes it.
    press(&mut app, &mut store, KeyCode::Char('>'), at(9, 5, 0));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 5, 0));
    press(&mut app, &mut store, KeyCode::Char('<'), at(10, 15, 0));
    press(&mut app, &mut store, KeyCode::Enter, at(10, 15, 0));
    let guest = store.attendance(id).expect("rows").pop().expect("a guest");
    assert!(
        guest
            .joined_at
            .as_deref()
            .unwrap_or("")
            .starts_with("2026-11-26T09:05")
    );
    assert!(
        guest
            .left_at
            .as_deref()
            .unwrap_or("")
            .starts_with("2026-11-26T10:15")
    );
}

#[test]
fn warnings_hold_while_a_permanent_role_or_party_has_nobody_there() {
    let mut store = store();
    let (mut app, _) = open(&mut store, Lang::Sv);
    let staden_role = Warning::RoleUnfilled {
        role: "Leveransansvarig".into(),
        party: Party::Staden,
    };
    let warnings = meeting(&app).warnings().to_vec();
    assert!(warnings.contains(&staden_role), "{warnings:?}");
    assert!(warnings.contains(&Warning::PartyAbsent(Party::Staden)));
    assert!(warnings.contains(&Warning::PartyAbsent(Party::Leverantoren)));
    assert!(
        !warnings.contains(&Warning::PartyAbsent(Party::Ovriga)),
        "no permanent seat"
    );

    press(&mut app, &mut store, KeyCode::Char('1'), at(9, 1, 0));
    let warnings = meeting(&app).warnings().to_vec();
    assert!(!warnings.contains(&staden_role), "{warnings:?}");
    assert!(!warnings.contains(&Warning::PartyAbsent(Party::Staden)));
    assert!(text(&draw(&app, 110, 30)).contains("Part utan närvarande: Leverantören"));

    press(&mut app, &mut store, KeyCode::Up, at(9, 1, 1));
    press(&mut app, &mut store, KeyCode::Char('5'), at(9, 1, 2));
    let warnings = meeting(&app).warnings().to_vec();
    assert!(
        warnings.contains(&staden_role),
        "back when Anna is absent: {warnings:?}"
    );
    assert!(warnings.contains(&Warning::PartyAbsent(Party::Staden)));
}

// ---------------------------------------------------------------- agenda

fn titles(store: &Store, id: i64) -> Vec<String> {
    store
        .agenda(id)
        .expect("agenda")
        .into_iter()
        .map(|i| i.title)
        .collect()
}

#[test]
fn items_are_added_renamed_reordered_and_marked_done() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::Sv);
    to_item(&mut app, &mut store, 1, at(9, 1, 0));
    press(&mut app, &mut store, KeyCode::Char('n'), at(9, 1, 0));
    chars(&mut app, &mut store, "Extra punkt", at(9, 1, 1));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 1, 2));
    assert_eq!(titles(&store, id)[1], "Extra punkt");

    press(&mut app, &mut store, KeyCode::Char('R'), at(9, 1, 3));
    for _ in 0.."punkt".len() {
        press(&mut app, &mut store, KeyCode::Backspace, at(9, 1, 4));
    }
    chars(&mut app, &mut store, "fråga", at(9, 1, 5));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 1, 6));
    assert_eq!(titles(&store, id)[1], "Extra fråga");

    press(&mut app, &mut store, KeyCode::Char('K'), at(9, 1, 7));
    assert_eq!(titles(&store, id)[..2], ["Extra fråga", "Mötets öppnande"]);
    press(&mut app, &mut store, KeyCode::Char('J'), at(9, 1, 8));
    press(&mut app, &mut store, KeyCode::Char('J'), at(9, 1, 9));
    assert_eq!(
        titles(&store, id)[..3],
        ["Mötets öppnande", "Godkännande av dagordningen", "Extra fråga"]
    );

    press(&mut app, &mut store, KeyCode::Char('x'), at(9, 1, 10));
    assert!(store.agenda(id).expect("agenda")[2].done);
    press(&mut app, &mut store, KeyCode::Enter, at(9, 2, 0));
    let current = store.meeting(id).expect("meeting").current_item_id;
    assert_eq!(current, Some(store.agenda(id).expect("agenda")[2].id));
}

#[test]
fn an_item_is_removed_only_after_confirmation() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::Sv);
    let before = titles(&store, id);
    to_item(&mut app, &mut store, 4, at(9, 1, 0));
    press(&mut app, &mut store, KeyCode::Delete, at(9, 1, 1));
    assert!(text(&draw(&app, 100, 30)).contains("Ta bort punkten"));
    press(&mut app, &mut store, KeyCode::Char('n'), at(9, 1, 2));
    press(&mut app, &mut store, KeyCode::Delete, at(9, 1, 3));
    press(&mut app, &mut store, KeyCode::Esc, at(9, 1, 4));
    press(&mut app, &mut store, KeyCode::Delete, at(9, 1, 5));
    press(&mut app, &mut store, KeyCode::Char('x'), at(9, 1, 6));
    assert_eq!(titles(&store, id), before, "nothing but yes removes it");
    press(&mut app, &mut store, KeyCode::Delete, at(9, 1, 7));
    press(&mut app, &mut store, KeyCode::Char('y'), at(9, 1, 8));
    let after = titles(&store, id);
    assert_eq!(after.len(), before.len() - 1);
    assert!(!after.contains(&before[3]));
}

// ---------------------------------------------------------------- leaving, home, help

#[test]
fn q_ends_the_meeting_or_leaves_it_running() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::Sv);
    press(&mut app, &mut store, KeyCode::Char('q'), at(10, 0, 0));
    assert!(text(&draw(&app, 100, 30)).contains("Avsluta mötet nu"));
    press(&mut app, &mut store, KeyCode::Esc, at(10, 0, 1));
    assert!(app.meeting().is_some(), "Esc stays");
    press(&mut app, &mut store, KeyCode::Char('q'), at(10, 0, 2));
    press(&mut app, &mut store, KeyCode::Char('l'), at(10, 0, 3));
    assert!(app.meeting().is_none());
    assert_eq!(store.meeting(id).expect("meeting").ended_at, None);

    app.open_meeting(&mut store, id, at(10, 1, 0)).expect("open");
    press(&mut app, &mut store, KeyCode::Esc, at(10, 30, 0));
    press(&mut app, &mut store, KeyCode::Char('a'), at(10, 30, 1));
    assert!(app.meeting().is_none());
    let ended = store.meeting(id).expect("meeting").ended_at.unwrap_or_default();
    assert!(ended.starts_with("2026-11-26T10:30:01"), "{ended}");
    assert!(!app.should_quit());
}

#[test]
fn from_home_a_filtered_forum_starts_a_meeting() {
    let mut store = store();
    let mut app = App::new(&store, Lang::Sv, today())
        .expect("app")
        .with_theme(Theme::plain());
    press(&mut app, &mut store, KeyCode::Char('/'), at(9, 0, 0));
    chars(&mut app, &mut store, "andring", at(9, 0, 0));
    assert_eq!(
        app.selected_forum().map(|f| f.id.as_str()),
        Some("andringskoordinering")
    );
    let screen = text(&draw(&app, 100, 30));
    assert!(screen.contains("Ändringskoordineringsforum"), "{screen}");
    assert!(!screen.contains("Ledningsforum"), "{screen}");
    press(&mut app, &mut store, KeyCode::Enter, at(9, 0, 0));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 0, 0));
    assert!(text(&draw(&app, 100, 30)).contains("Starta ett nytt möte nu"));
    // Asked first, naming the forum and the day.
    press(&mut app, &mut store, KeyCode::Enter, at(9, 0, 4));
    let asked = text(&draw(&app, 100, 30));
    assert!(
        asked.contains("Starta ett möte i Ändringskoordineringsforum i dag, 2026-11-26?"),
        "{asked}"
    );
    assert!(app.meeting().is_none(), "not started yet");
    press(&mut app, &mut store, KeyCode::Enter, at(9, 0, 5));
    let opened = meeting(&app).meeting().clone();
    assert_eq!(opened.forum_id, "andringskoordinering");
    assert!(
        opened
            .started_at
            .unwrap_or_default()
            .starts_with("2026-11-26T09:00:05")
    );

    // Back home, the running meeting is offered first.
    press(&mut app, &mut store, KeyCode::Char('q'), at(9, 30, 0));
    press(&mut app, &mut store, KeyCode::Char('l'), at(9, 30, 0));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 31, 0));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 31, 0));
    assert_eq!(meeting(&app).meeting().id, opened.id);
}

#[test]
fn question_mark_shows_the_keys_of_the_screen() {
    let mut store = store();
    let (mut app, _) = open(&mut store, Lang::En);
    press(&mut app, &mut store, KeyCode::Char('?'), at(9, 1, 0));
    let screen = text(&draw(&app, 100, 40));
    assert!(screen.contains("joined / left (the time is now"), "{screen}");
    assert!(screen.contains("disagreement"), "{screen}");
    press(&mut app, &mut store, KeyCode::Char('x'), at(9, 1, 1));
    assert!(!app.help_open());
    assert!(!text(&draw(&app, 100, 40)).contains("joined now / left now"));
}

// ---------------------------------------------------------------- latency

#[test]
fn tab_takes_the_suggested_owner_instead_of_what_was_typed() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::En);
    to_item(&mut app, &mut store, 2, at(9, 1, 0));
    press(&mut app, &mut store, KeyCode::Char('a'), at(9, 2, 0));
    chars(&mut app, &mut store, "Send the figures", at(9, 2, 1));
    press(&mut app, &mut store, KeyCode::Tab, at(9, 2, 2));
    // "Bo" with Bo Ek suggested; Tab, not an arrow, takes the suggestion.
    chars(&mut app, &mut store, "Bo", at(9, 2, 3));
    press(&mut app, &mut store, KeyCode::Tab, at(9, 2, 4));
    chars(&mut app, &mut store, "2026-12-15", at(9, 2, 5));
    press(&mut app, &mut store, KeyCode::Enter, at(9, 2, 6));
    let entries = store.entries(id).expect("entries");
    assert_eq!(entries.len(), 1, "{entries:#?}");
    assert_eq!(entries[0].fields.owner.as_deref(), Some("Bo Ek"));
}

#[test]
fn keys_do_nothing_while_the_window_is_too_small_to_show_the_meeting() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::En);
    to_item(&mut app, &mut store, 2, at(9, 1, 0));
    // 60×20 shows only "enlarge the window": a key must not start an entry unseen.
    app.set_area(ratatui::layout::Rect::new(0, 0, 60, 20));
    assert!(text(&draw(&app, 60, 20)).contains("Enlarge the window"));
    press(&mut app, &mut store, KeyCode::Char('d'), at(9, 2, 0));
    assert!(meeting(&app).editor().is_none(), "d did nothing");
    app.set_area(ratatui::layout::Rect::new(0, 0, 120, 40));
    press(&mut app, &mut store, KeyCode::Char('d'), at(9, 2, 1));
    assert!(meeting(&app).editor().is_some(), "d opens the editor again");
    assert!(store.entries(id).expect("entries").is_empty());
}

#[test]
fn the_help_scrolls_when_the_window_is_too_short_for_it() {
    let mut store = store();
    let (mut app, _id) = open(&mut store, Lang::En);
    press(&mut app, &mut store, KeyCode::Char('?'), at(9, 1, 0));
    let first = text(&draw(&app, 80, 24));
    assert!(first.contains("↑↓ PgUp PgDn scroll"), "{first}");
    assert!(
        !first.contains("In the editor"),
        "the last section is below:\n{first}"
    );
    for _ in 0..4 {
        press(&mut app, &mut store, KeyCode::PageDown, at(9, 1, 1));
    }
    let scrolled = text(&draw(&app, 80, 24));
    assert!(scrolled.contains("In the editor"), "{scrolled}");
    assert!(app.help_open(), "scrolling keeps the help open");
    press(&mut app, &mut store, KeyCode::Char('x'), at(9, 1, 2));
    assert!(!app.help_open(), "another key closes it");
}
