//! The follow-up screens of the terminal UI: home's overview of each forum,
//! the action and decision registers, search, escalations, protocols
//! awaiting approval, and exporting a protocol from a meeting. Whole-screen
//! snapshots on ratatui's TestBackend, and the store checked after keys.

use crate::support;

use chrono::{DateTime, Local, NaiveDate, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::EntryKind;
use fora::i18n::Lang;
use fora::protocol::{self, Format, MeetingRecord};
use fora::store::Store;
use fora::store::meetings::EntryFields;
use fora::tui::app::{App, ScreenKind};
use fora::tui::render;
use fora::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Modifier;

fn at(date: &str, h: u32, m: u32) -> DateTime<Local> {
    let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("a valid date");
    Local
        .from_local_datetime(&d.and_hms_opt(h, m, 0).expect("a valid time"))
        .single()
        .expect("a time that exists")
}

const TODAY: &str = "2026-03-02";

fn today() -> NaiveDate {
    NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").expect("a valid date")
}

fn now() -> DateTime<Local> {
    at(TODAY, 10, 0)
}

/// What the archive holds, by id.
struct Archive {
    /// Leveransforum on 2026-01-10, held; its monthly cadence makes the
    /// forum overdue on 2026-03-02.
    meeting: i64,
    /// Förvaltningsmöte on 2026-02-20, held, with a version sent for approval.
    other: i64,
    overdue_action: i64,
    open_action: i64,
    done_action: i64,
}

fn entry(store: &mut Store, meeting: i64, kind: EntryKind, fields: EntryFields, date: &str) -> i64 {
    // The first theme, after the three standing items that open a meeting.
    let item = store.agenda(meeting).expect("agenda")[3].id;
    store
        .add_entry(item, kind, &fields, at(date, 9, 30), None)
        .expect("entry")
}

fn text(t: &str) -> EntryFields {
    EntryFields {
        text: t.into(),
        ..EntryFields::default()
    }
}

fn action(t: &str, owner: &str, due: &str) -> EntryFields {
    EntryFields {
        text: t.into(),
        owner: Some(owner.into()),
        due: Some(due.into()),
        ..EntryFields::default()
    }
}

fn archive() -> (Store, Archive) {
    let mut store = Store::open_in_memory().expect("in-memory store");
    let d1 = "2026-01-10";
    let meeting = store
        .start_meeting("leveransforum", d1, Channel::Video, at(d1, 9, 0), Lang::Sv)
        .expect("start");
    entry(
        &mut store,
        meeting,
        EntryKind::Decision,
        text("Ändringen av releasefönstret godkänns.\nGäller från april."),
        d1,
    );
    let overdue_action = entry(
        &mut store,
        meeting,
        EntryKind::Action,
        action("Ta fram en plan för driftsättning", "Bo Ek", "2026-02-01"),
        d1,
    );
    let open_action = entry(
        &mut store,
        meeting,
        EntryKind::Action,
        action("Uppdatera tjänstekatalogen", "Cia Dahl", "2026-04-15"),
        d1,
    );
    let done_action = entry(
        &mut store,
        meeting,
        EntryKind::Action,
        action("Boka lokal", "Anna Berg", "2026-01-20"),
        d1,
    );
    store
        .complete_action(done_action, true, None, chrono::Local::now())
        .expect("done");
    entry(
        &mut store,
        meeting,
        EntryKind::Escalation,
        EntryFields {
            text: "Avtalad tillgänglighet nås inte".into(),
            target_forum: Some("verkstallande".into()),
            ..EntryFields::default()
        },
        d1,
    );
    entry(
        &mut store,
        meeting,
        EntryKind::Disagreement,
        EntryFields {
            text: "Oenighet om ansvaret för integrationen".into(),
            parties: Some("Leverantören, Driftbolaget AB".into()),
            ..EntryFields::default()
        },
        d1,
    );
    store.end_meeting(meeting, at(d1, 11, 0)).expect("end");

    let d2 = "2026-02-20";
    let other = store
        .start_meeting("forvaltningsmote", d2, Channel::Fysiskt, at(d2, 13, 0), Lang::Sv)
        .expect("start");
    entry(
        &mut store,
        other,
        EntryKind::Decision,
        text("Budgeten för 2026 fastställs."),
        d2,
    );
    store.end_meeting(other, at(d2, 14, 0)).expect("end");
    let (version, _) = store
        .save_version(other, "protokoll", "abc123", "sv", at(d2, 15, 0))
        .expect("version");
    store
        .send_for_review(version.id, at("2026-02-23", 8, 0))
        .expect("send");
    (
        store,
        Archive {
            meeting,
            other,
            overdue_action,
            open_action,
            done_action,
        },
    )
}

fn app(store: &Store, lang: Lang) -> App {
    App::new(store, lang, today())
        .expect("app")
        .with_theme(Theme::plain())
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn press(app: &mut App, store: &mut Store, code: KeyCode) {
    app.handle_key(store, key(code), now());
}

fn chars(app: &mut App, store: &mut Store, typed: &str) {
    for c in typed.chars() {
        press(app, store, KeyCode::Char(c));
    }
}

fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| render(app, frame.area(), frame.buffer_mut()))
        .expect("draw");
    terminal
}

fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    support::screen::text(terminal.backend().buffer())
}

fn shows(app: &App, kind: ScreenKind) -> bool {
    app.screen().map(|s| s.kind()) == Some(kind)
}

fn opened(app: &App) -> Option<i64> {
    app.meeting().map(|m| m.meeting().id)
}

// ---------------------------------------------------------------- home

#[test]
fn home_flags_an_overdue_forum_and_shows_how_it_stands() {
    let (mut store, _) = archive();
    let mut app = app(&store, Lang::Sv);
    press(&mut app, &mut store, KeyCode::Char('/'));
    chars(&mut app, &mut store, "leveransf");
    press(&mut app, &mut store, KeyCode::Esc);
    // Clearing the filter keeps Leveransforum selected.
    assert_eq!(app.selected_forum().map(|f| f.id.as_str()), Some("leveransforum"));
    let terminal = draw(&app, 100, 30);
    let screen = screen_text(&terminal);
    assert!(screen.contains("Leveransforum ⚠"), "{screen}");
    assert!(screen.contains("2026-02-10 · försenat 20 dagar"), "{screen}");
    assert!(screen.contains("2 öppna, 1 försenad"), "{screen}");
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn home_counts_protocols_awaiting_approval_in_english() {
    let (mut store, _) = archive();
    let mut app = app(&store, Lang::En);
    press(&mut app, &mut store, KeyCode::Char('/'));
    chars(&mut app, &mut store, "forvaltningsm");
    // While filtering, capital letters are text, so their keys are not offered.
    assert!(!screen_text(&draw(&app, 100, 30)).contains("D decisions"));
    press(&mut app, &mut store, KeyCode::Enter);
    let screen = screen_text(&draw(&app, 100, 30));
    assert!(screen.contains("1 protocol waiting"), "{screen}");
    assert!(screen.contains("2026-02-20"), "{screen}");
    assert!(screen.contains("A actions   D decisions   S search"), "{screen}");
}

#[test]
fn home_counts_again_after_an_action_is_marked_in_the_register() {
    let (mut store, _) = archive();
    let mut app = app(&store, Lang::En);
    let index = app
        .catalog()
        .forums
        .iter()
        .position(|f| f.id == "leveransforum")
        .expect("leveransforum");
    assert_eq!(app.overview(index).map(|o| o.open_actions), Some(2));
    press(&mut app, &mut store, KeyCode::Char('A'));
    press(&mut app, &mut store, KeyCode::Char('c'));
    // Not per key: only when the register closes.
    assert_eq!(app.overview(index).map(|o| o.open_actions), Some(2));
    press(&mut app, &mut store, KeyCode::Char('q'));
    assert!(app.screen().is_none());
    assert_eq!(app.overview(index).map(|o| o.open_actions), Some(1));
    assert_eq!(app.overview(index).map(|o| o.overdue_actions), Some(0));
}

// ---------------------------------------------------------------- action register

#[test]
fn action_register_lists_open_actions_first_and_marks_the_overdue_one() {
    let (mut store, ids) = archive();
    let mut app = app(&store, Lang::En);
    press(&mut app, &mut store, KeyCode::Char('A'));
    assert!(shows(&app, ScreenKind::Actions));
    let terminal = draw(&app, 100, 16);
    insta::assert_snapshot!(terminal.backend());
    let Some(fora::tui::app::Screen::Actions(register)) = app.screen() else {
        panic!("the action register is shown");
    };
    let order: Vec<i64> = register.held().1.iter().map(|a| a.entry_id).collect();
    assert_eq!(order, [ids.overdue_action, ids.open_action, ids.done_action]);

    // o: only the open ones; again: all.
    press(&mut app, &mut store, KeyCode::Char('o'));
    let screen = screen_text(&draw(&app, 100, 16));
    assert!(screen.contains("open (2)"), "{screen}");
    assert!(!screen.contains("Boka lokal"), "{screen}");
    press(&mut app, &mut store, KeyCode::Char('o'));
    assert!(screen_text(&draw(&app, 100, 16)).contains("Boka lokal"));
}

#[test]
fn overdue_actions_stand_out_without_colour() {
    let (mut store, _) = archive();
    let mut app = app(&store, Lang::Sv);
    press(&mut app, &mut store, KeyCode::Char('A'));
    press(&mut app, &mut store, KeyCode::Down);
    let terminal = draw(&app, 100, 16);
    let buffer = terminal.backend().buffer();
    let colours = buffer
        .content()
        .iter()
        .any(|c| c.fg != ratatui::style::Color::Reset || c.bg != ratatui::style::Color::Reset);
    assert!(!colours, "NO_COLOR: no colour anywhere");
    // The overdue row (not selected now) is marked and bold.
    let row = (0..buffer.area.height)
        .find(|y| (0..buffer.area.width).any(|x| buffer[(x, *y)].symbol() == "⚠"))
        .expect("a row marked ⚠");
    let due = (0..buffer.area.width)
        .find(|x| buffer[(*x, row)].symbol() == "2")
        .expect("the due date");
    assert!(buffer[(due, row)].modifier.contains(Modifier::BOLD));
}

#[test]
fn c_marks_an_action_done_in_the_running_meeting_and_open_again() {
    let (mut store, ids) = archive();
    // A meeting of today left running is where the action was done.
    let running = store
        .start_meeting("leveransforum", TODAY, Channel::Video, at(TODAY, 9, 0), Lang::Sv)
        .expect("start");
    let mut app = app(&store, Lang::Sv);
    assert_eq!(app.running_meeting(), Some(running));
    press(&mut app, &mut store, KeyCode::Char('A'));
    press(&mut app, &mut store, KeyCode::Char('c'));
    let find = |store: &Store, id: i64| {
        store
            .actions(&Default::default(), TODAY)
            .expect("actions")
            .into_iter()
            .find(|a| a.entry_id == id)
            .expect("the action")
    };
    let done = find(&store, ids.overdue_action);
    assert!(done.done);
    assert_eq!(done.done_meeting_id, Some(running));
    assert!(done.done_at.unwrap_or_default().starts_with("2026-03-02T10:00"));
    let screen = screen_text(&draw(&app, 100, 16));
    assert!(
        screen.contains("Sparat: åtgärden är klar: Ta fram en plan"),
        "{screen}"
    );

    // The selection follows the action to the done group; c opens it again.
    press(&mut app, &mut store, KeyCode::Char('c'));
    let again = find(&store, ids.overdue_action);
    assert!(!again.done && again.overdue);
    assert_eq!(again.done_meeting_id, None);
}

#[test]
fn enter_on_an_action_opens_its_meeting_and_q_comes_back_to_the_register() {
    let (mut store, ids) = archive();
    let mut app = app(&store, Lang::Sv);
    press(&mut app, &mut store, KeyCode::Char('A'));
    press(&mut app, &mut store, KeyCode::End);
    press(&mut app, &mut store, KeyCode::Enter);
    assert_eq!(opened(&app), Some(ids.meeting));
    // A held meeting closes with q at once; the register is still there.
    press(&mut app, &mut store, KeyCode::Char('q'));
    assert_eq!(opened(&app), None);
    assert!(shows(&app, ScreenKind::Actions));
    press(&mut app, &mut store, KeyCode::Esc);
    assert!(app.screen().is_none());
    assert!(!app.should_quit());
}

// ---------------------------------------------------------------- decision register

#[test]
fn decision_register_shows_references_newest_first() {
    let (mut store, ids) = archive();
    let mut app = app(&store, Lang::Sv);
    press(&mut app, &mut store, KeyCode::Char('D'));
    assert!(shows(&app, ScreenKind::Decisions));
    let terminal = draw(&app, 100, 14);
    let screen = screen_text(&terminal);
    assert!(screen.contains("Leveransforum 2026 § 1"), "{screen}");
    assert!(
        !screen.contains("Gäller från april"),
        "only the first line: {screen}"
    );
    insta::assert_snapshot!(terminal.backend());

    // Newest first: Förvaltningsmöte's, then Leveransforum's.
    press(&mut app, &mut store, KeyCode::Char('j'));
    press(&mut app, &mut store, KeyCode::Enter);
    assert_eq!(opened(&app), Some(ids.meeting));
}

// ---------------------------------------------------------------- search

#[test]
fn search_finds_andring_in_andringen_as_it_is_typed() {
    let (mut store, ids) = archive();
    let mut app = app(&store, Lang::Sv);
    press(&mut app, &mut store, KeyCode::Char('S'));
    assert!(shows(&app, ScreenKind::Search));
    chars(&mut app, &mut store, "andring");
    let terminal = draw(&app, 100, 14);
    let screen = screen_text(&terminal);
    assert!(screen.contains("Ändringen av releasefönstret"), "{screen}");
    assert!(!screen.contains('«'), "the marks are a style: {screen}");
    insta::assert_snapshot!(terminal.backend());

    // The matched word is underlined, the rest of the snippet is not.
    let buffer = terminal.backend().buffer();
    let (x, y) = (0..buffer.area.height)
        .flat_map(|y| (0..buffer.area.width).map(move |x| (x, y)))
        .find(|(x, y)| buffer[(*x, *y)].symbol() == "Ä")
        .expect("the hit");
    assert!(buffer[(x, y)].modifier.contains(Modifier::UNDERLINED));
    assert!(!buffer[(x + 10, y)].modifier.contains(Modifier::UNDERLINED));

    // q is a letter here; Enter opens the meeting of the hit.
    press(&mut app, &mut store, KeyCode::Enter);
    assert_eq!(opened(&app), Some(ids.meeting));
}

#[test]
fn search_takes_any_text_and_esc_goes_back() {
    let (mut store, _) = archive();
    let mut app = app(&store, Lang::En);
    press(&mut app, &mut store, KeyCode::Char('S'));
    chars(&mut app, &mut store, "\"NEAR(*) OR q");
    let screen = screen_text(&draw(&app, 100, 14));
    assert!(screen.contains("No matches."), "{screen}");
    for _ in 0..20 {
        press(&mut app, &mut store, KeyCode::Backspace);
    }
    chars(&mut app, &mut store, "*** ");
    let screen = screen_text(&draw(&app, 100, 14));
    assert!(screen.contains("Type words to search for"), "{screen}");
    assert!(shows(&app, ScreenKind::Search));
    press(&mut app, &mut store, KeyCode::Esc);
    assert!(app.screen().is_none());
}

#[test]
fn pasted_text_is_searched_on_the_next_tick() {
    let (mut store, _) = archive();
    let mut app = app(&store, Lang::Sv);
    press(&mut app, &mut store, KeyCode::Char('S'));
    app.handle_paste("budget\n", now());
    assert!(app.tick(&mut store, now()));
    let screen = screen_text(&draw(&app, 100, 14));
    assert!(screen.contains("1 träff"), "{screen}");
    assert!(screen.contains("Budgeten"), "{screen}");
}

// ---------------------------------------------------------------- escalations

#[test]
fn escalations_and_disagreements_show_where_they_go_and_their_age() {
    let (mut store, ids) = archive();
    let mut app = app(&store, Lang::En);
    press(&mut app, &mut store, KeyCode::Char('E'));
    assert!(shows(&app, ScreenKind::FollowUps));
    let terminal = draw(&app, 100, 12);
    let screen = screen_text(&terminal);
    assert!(screen.contains("Verkställande forum"), "{screen}");
    assert!(screen.contains("51 days"), "{screen}");
    insta::assert_snapshot!(terminal.backend());

    press(&mut app, &mut store, KeyCode::Tab);
    let screen = screen_text(&draw(&app, 120, 12));
    assert!(screen.contains("Leverantören, Driftbolaget AB"), "{screen}");
    assert!(screen.contains("Oenighet om ansvaret"), "{screen}");
    press(&mut app, &mut store, KeyCode::Enter);
    assert_eq!(opened(&app), Some(ids.meeting));
}

// ---------------------------------------------------------------- approvals

#[test]
fn protocols_awaiting_approval_show_the_days_waited() {
    let (mut store, ids) = archive();
    let mut app = app(&store, Lang::Sv);
    press(&mut app, &mut store, KeyCode::Char('P'));
    assert!(shows(&app, ScreenKind::Approvals));
    let terminal = draw(&app, 100, 12);
    let screen = screen_text(&terminal);
    assert!(screen.contains("Förvaltningsmöte"), "{screen}");
    assert!(screen.contains("7 dagar"), "{screen}");
    insta::assert_snapshot!(terminal.backend());
    press(&mut app, &mut store, KeyCode::Enter);
    assert_eq!(opened(&app), Some(ids.other));
}

// ---------------------------------------------------------------- help, sizes, inert text

#[test]
fn every_list_screen_has_its_own_help() {
    let (mut store, _) = archive();
    let mut app = app(&store, Lang::En);
    for (key, kind, line) in [
        ('A', ScreenKind::Actions, "mark it done, or open again"),
        (
            'D',
            ScreenKind::Decisions,
            "open the meeting that made the decision",
        ),
        ('S', ScreenKind::Search, "every word must occur"),
        (
            'E',
            ScreenKind::FollowUps,
            "switch between escalations and disagreements",
        ),
        ('P', ScreenKind::Approvals, "open the meeting"),
    ] {
        press(&mut app, &mut store, KeyCode::Char(key));
        assert!(shows(&app, kind));
        press(&mut app, &mut store, KeyCode::Char('?'));
        assert!(app.help_open());
        let screen = screen_text(&draw(&app, 100, 30));
        assert!(screen.contains(line), "{kind:?}: {screen}");
        press(&mut app, &mut store, KeyCode::Char('x'));
        assert!(!app.help_open());
        assert!(shows(&app, kind), "closing the help stays on the screen");
        press(&mut app, &mut store, KeyCode::Esc);
        assert!(app.screen().is_none());
    }
    press(&mut app, &mut store, KeyCode::Char('?'));
    let screen = screen_text(&draw(&app, 100, 40));
    assert!(screen.contains("the action register"), "{screen}");
}

#[test]
fn a_small_window_says_so_on_every_list_screen() {
    let (mut store, _) = archive();
    let mut app = app(&store, Lang::Sv);
    for key in ['A', 'D', 'S', 'E', 'P'] {
        press(&mut app, &mut store, KeyCode::Char(key));
        let screen = screen_text(&draw(&app, 40, 8));
        assert!(screen.contains("Fönstret är för litet"), "{key}: {screen}");
        // Paging before any frame was drawn does not panic.
        press(&mut app, &mut store, KeyCode::PageDown);
        press(&mut app, &mut store, KeyCode::Esc);
    }
}

#[test]
fn text_from_the_database_reaches_the_screen_inert() {
    let (mut store, ids) = archive();
    let item = store.agenda(ids.meeting).expect("agenda")[3].id;
    let entry = store
        .add_entry(
            item,
            EntryKind::Action,
            &action("Farlig text", "Eve", "2026-01-01"),
            at("2026-01-10", 10, 0),
            None,
        )
        .expect("entry");
    // The store refuses such text; another tool could still write it.
    store
        .conn()
        .execute(
            "UPDATE entry SET text = ?2, owner = ?3 WHERE id = ?1",
            (entry, "Farlig\u{1b}]52;c;aGVq\u{7} text", "Eve\u{1b}[2J"),
        )
        .expect("hostile text");
    let mut app = app(&store, Lang::Sv);
    press(&mut app, &mut store, KeyCode::Char('A'));
    let terminal = draw(&app, 120, 16);
    let screen = screen_text(&terminal);
    assert!(
        !screen.contains('\u{1b}') && !screen.contains('\u{7}'),
        "{screen}"
    );
    assert!(screen.contains("Eve␛[2J"), "{screen}");
}

// ---------------------------------------------------------------- export

#[test]
fn the_export_popup_writes_exactly_the_markdown_protocol() {
    let (mut store, ids) = archive();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(&store, Lang::Sv).with_export_dir(Some(dir.path().to_path_buf()));
    app.open_meeting(&mut store, ids.meeting, now()).expect("open");
    press(&mut app, &mut store, KeyCode::Char('p'));
    assert!(app.export_popup().is_some());
    let screen = screen_text(&draw(&app, 100, 30));
    assert!(screen.contains("Exportera protokollet"), "{screen}");
    assert!(screen.contains("Markdown (.md)"), "{screen}");
    press(&mut app, &mut store, KeyCode::Enter);

    let path = dir
        .path()
        .join(format!("leveransforum-2026-01-10-{}.md", ids.meeting));
    let written = std::fs::read(&path).expect("the file is written");
    let record = MeetingRecord::load(&store, ids.meeting).expect("record");
    let catalog = store.catalog().expect("catalog");
    let forum = catalog.forum("leveransforum").expect("forum");
    let expected = protocol::export(
        &record,
        forum,
        Lang::Sv,
        Format::Markdown,
        &fora::protocol::stamp::Stamp::Draft { version: 1 },
    )
    .expect("export");
    assert_eq!(written, expected);
    // Nothing but the file: the temporary one is renamed into place.
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1);

    let screen = screen_text(&draw(&app, 100, 30));
    assert!(screen.contains("Protokollet skrevs till"), "{screen}");
    assert!(screen.contains(&format!("-{}.md", ids.meeting)), "{screen}");
    // Any key closes the report; the meeting is still open.
    press(&mut app, &mut store, KeyCode::Char('x'));
    assert!(app.export_popup().is_none());
    assert_eq!(opened(&app), Some(ids.meeting));
}

#[test]
fn an_export_that_cannot_be_written_says_why() {
    let (mut store, ids) = archive();
    let dir = tempfile::tempdir().expect("temp dir");
    // A missing folder would be created: a file in the way makes the write fail.
    let missing = dir.path().join("not-a-directory");
    std::fs::write(&missing, "a file").expect("file");
    let mut app = app(&store, Lang::En).with_export_dir(Some(missing));
    app.open_meeting(&mut store, ids.meeting, now()).expect("open");
    press(&mut app, &mut store, KeyCode::Char('p'));
    // 4 picks JSON and writes at once.
    press(&mut app, &mut store, KeyCode::Char('4'));
    let result = app.export_popup().and_then(|p| p.result()).cloned();
    assert!(matches!(result, Some(Err(_))), "{result:?}");
    let screen = screen_text(&draw(&app, 100, 30));
    assert!(screen.contains("The protocol could not be written"), "{screen}");
    assert!(screen.contains("not-a-directory"), "{screen}");
}
