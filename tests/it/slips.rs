//! Slips during a meeting, fixed in seconds: undo of every kind of change,
//! an entry moved to the right item, a meeting started by mistake discarded
//! without a trace, checked action fields, join times, the warning when a
//! party's last member leaves, and taking over from a recorder that died.

use crate::support;
use crate::support::meeting::{at, store, today};

use chrono::{DateTime, Local};
use fora::domain::Channel;
use fora::domain::Party;
use fora::domain::meeting::{AttendanceStatus, EntryKind};
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::meetings::EntryFields;
use fora::store::undo::Change;
use fora::tui::app::App;
use fora::tui::meeting::{MeetingScreen, Pane, Warning};
use fora::tui::theme::Theme;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn app(store: &Store, lang: Lang) -> App {
    fora::i18n::set_lang(lang);
    App::new(store, lang, today())
        .expect("app")
        .with_theme(Theme::plain())
}

/// Starts a Leveransforum meeting at 09:00; its id.
fn start(store: &mut Store, lang: Lang) -> i64 {
    store
        .start_meeting("leveransforum", "2026-11-26", Channel::Video, at(9, 0, 0), lang)
        .expect("start")
}

/// A Leveransforum meeting started at 09:00 and open on the meeting screen.
fn open(store: &mut Store, lang: Lang) -> (App, i64) {
    let mut app = app(store, lang);
    let id = start(store, lang);
    app.open_meeting(store, id, at(9, 0, 0)).expect("open");
    (app, id)
}

fn key(app: &mut App, store: &mut Store, code: KeyCode, now: DateTime<Local>) {
    app.handle_key(store, KeyEvent::new(code, KeyModifiers::NONE), now);
}

fn ch(app: &mut App, store: &mut Store, c: char, now: DateTime<Local>) {
    key(app, store, KeyCode::Char(c), now);
}

fn chars(app: &mut App, store: &mut Store, text: &str, now: DateTime<Local>) {
    text.chars().for_each(|c| ch(app, store, c, now));
}

fn meeting(app: &App) -> &MeetingScreen {
    app.meeting().expect("a meeting is open")
}

fn message(app: &App) -> String {
    meeting(app).message().map(|m| m.text.clone()).unwrap_or_default()
}

fn screen(app: &App) -> String {
    support::screen::drawn(app, 110, 30)
}

/// Moves the agenda selection to item `n` (counted from 1) of a fresh agenda.
fn to_item(app: &mut App, store: &mut Store, n: usize, now: DateTime<Local>) {
    if meeting(app).focus() != Pane::Agenda {
        key(app, store, KeyCode::Tab, now);
    }
    key(app, store, KeyCode::Home, now);
    for _ in 1..n {
        key(app, store, KeyCode::Down, now);
    }
}

fn item_ids(store: &Store, id: i64) -> Vec<i64> {
    store.agenda(id).expect("agenda").iter().map(|i| i.id).collect()
}

/// Records an entry with its key (`d`, `i` …) on the selected item; its id.
fn record(app: &mut App, store: &mut Store, entry_key: char, text: &str, now: DateTime<Local>) -> i64 {
    ch(app, store, entry_key, now);
    chars(app, store, text, now);
    key(app, store, KeyCode::Enter, now);
    let id = meeting(app).meeting().id;
    store.entries(id).expect("entries").last().expect("recorded").id
}

/// Edits the selected entry with `E`, adding `text` at its end.
fn append(app: &mut App, store: &mut Store, text: &str, now: DateTime<Local>) {
    ch(app, store, 'E', now);
    chars(app, store, text, now);
    key(app, store, KeyCode::Enter, now);
}

/// `u` once, and what the status line then says.
fn undo(app: &mut App, store: &mut Store, now: DateTime<Local>) -> String {
    ch(app, store, 'u', now);
    message(app)
}

#[test]
fn u_undoes_each_kind_of_change_newest_first_and_says_what() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::En);
    let items = item_ids(&store, id);

    // A roll-call mark, an entry added, edited, moved and deleted, an item
    // added and marked done.
    ch(&mut app, &mut store, '1', at(9, 1, 0));
    let anna = store.attendance(id).expect("rows")[0].clone();
    assert_eq!(anna.status, AttendanceStatus::Present);
    to_item(&mut app, &mut store, 2, at(9, 2, 0));
    let entry = record(&mut app, &mut store, 'd', "The contract is extended", at(9, 2, 0));
    append(&mut app, &mut store, " by a year", at(9, 3, 0));
    ch(&mut app, &mut store, 'M', at(9, 4, 0));
    key(&mut app, &mut store, KeyCode::Down, at(9, 4, 1));
    key(&mut app, &mut store, KeyCode::Enter, at(9, 4, 2));
    assert_eq!(store.entry(entry).expect("entry").item_id, items[2]);
    key(&mut app, &mut store, KeyCode::Delete, at(9, 5, 0));
    ch(&mut app, &mut store, 'y', at(9, 5, 1));
    assert!(store.entries(id).expect("entries").is_empty());
    ch(&mut app, &mut store, 'n', at(9, 6, 0));
    chars(&mut app, &mut store, "Extra point", at(9, 6, 1));
    key(&mut app, &mut store, KeyCode::Enter, at(9, 6, 2));
    ch(&mut app, &mut store, 'x', at(9, 6, 3));
    let extra = store.agenda(id).expect("agenda");
    let extra = extra.iter().find(|i| i.title == "Extra point").expect("added");
    assert!(extra.done);

    // Undone one by one, newest first; each says what it undid.
    let said = undo(&mut app, &mut store, at(9, 7, 0));
    assert_eq!(said, "Undone: Extra point marked done");
    assert!(!store.agenda(id).expect("agenda").iter().any(|i| i.done));
    let said = undo(&mut app, &mut store, at(9, 7, 1));
    assert_eq!(said, "Undone: the item Extra point added");
    assert_eq!(item_ids(&store, id), items);
    let said = undo(&mut app, &mut store, at(9, 7, 2));
    assert!(
        said.starts_with("Undone: the deletion of Decision Leveransforum 2026 § (1)"),
        "{said}"
    );
    let back = store.entry(entry).expect("entry");
    assert_eq!(back.fields.text, "The contract is extended by a year");
    assert_eq!(back.item_id, items[2]);
    // Ctrl-Z does the same as u.
    app.handle_key(
        &mut store,
        KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL),
        at(9, 7, 3),
    );
    assert!(message(&app).contains("the move of"), "{}", message(&app));
    assert!(
        message(&app).contains("it is under Approval of the agenda again"),
        "{}",
        message(&app)
    );
    assert_eq!(store.entry(entry).expect("entry").item_id, items[1]);
    let said = undo(&mut app, &mut store, at(9, 7, 4));
    assert!(
        said.starts_with("Undone: the edit of Decision Leveransforum 2026 § (1)"),
        "{said}"
    );
    assert_eq!(
        store.entry(entry).expect("entry").fields.text,
        "The contract is extended"
    );
    let said = undo(&mut app, &mut store, at(9, 7, 5));
    assert!(
        said.starts_with("Undone: Decision Leveransforum 2026 § (1)"),
        "{said}"
    );
    assert!(said.ends_with("added"), "{said}");
    assert!(store.entries(id).expect("entries").is_empty());
    let said = undo(&mut app, &mut store, at(9, 7, 6));
    assert_eq!(said, "Undone: the attendance mark of Anna Berg");
    assert_eq!(
        store.attendance(id).expect("rows")[0].status,
        AttendanceStatus::Unmarked
    );
    let said = undo(&mut app, &mut store, at(9, 7, 7));
    assert_eq!(said, "Nothing more to undo in this meeting.");

    // Each undo is one change of its own in the history, and every version
    // of the entry is still in its history.
    let undos: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM history WHERE action = 'undo'", [], |r| {
            r.get(0)
        })
        .expect("history");
    assert_eq!(undos, 7);
    let versions = store.entry_history(entry).expect("history");
    let texts: Vec<&str> = versions.iter().map(|v| v.fields.text.as_str()).collect();
    assert!(texts.contains(&"The contract is extended by a year"), "{texts:?}");
}

#[test]
fn undo_reverses_renames_item_moves_removals_guests_and_times() {
    let mut store = store();
    let id = start(&mut store, Lang::Sv);
    let items = item_ids(&store, id);
    let title = store.agenda(id).expect("agenda")[1].title.clone();
    let fields = EntryFields {
        text: "Noterat".into(),
        ..EntryFields::default()
    };
    let entry = store
        .add_entry(items[1], EntryKind::Information, &fields, at(9, 1, 0), None)
        .expect("entry");
    let row = store.attendance(id).expect("rows")[0].id;
    store
        .set_presence_time(row, true, Some(at(9, 5, 0)))
        .expect("joined");
    let guest = store.add_guest(id, "Greta Gäst", None).expect("guest");
    store.rename_item(items[1], "Nytt namn").expect("rename");
    store.move_item(items[1], 1).expect("move");
    store.remove_item(items[1], at(9, 6, 0)).expect("remove");

    let undo = |store: &mut Store| store.undo_last(id, at(9, 7, 0)).expect("undo").expect("a change");
    assert_eq!(
        undo(&mut store),
        Change::ItemRemoved {
            item_id: items[1],
            entries: vec![entry]
        }
    );
    assert_eq!(store.entries(id).expect("entries").len(), 1, "its entry is back");
    assert!(matches!(undo(&mut store), Change::ItemMoved { .. }));
    assert_eq!(item_ids(&store, id), items);
    assert!(matches!(undo(&mut store), Change::ItemRenamed { .. }));
    assert_eq!(store.agenda(id).expect("agenda")[1].title, title);
    assert_eq!(undo(&mut store), Change::GuestAdded { row_id: guest });
    assert!(!store.attendance(id).expect("rows").iter().any(|r| r.id == guest));
    assert!(matches!(undo(&mut store), Change::Presence { joined: true, .. }));
    assert_eq!(store.attendance(id).expect("rows")[0].joined_at, None);
    assert_eq!(undo(&mut store), Change::EntryAdded { entry_id: entry });

    // An action marked done is open again.
    let action = EntryFields {
        text: "Boka lokal".into(),
        ..EntryFields::default()
    };
    let action = store
        .add_entry(items[2], EntryKind::Action, &action, at(9, 9, 0), None)
        .expect("action");
    store
        .complete_action(action, true, Some(id), at(9, 9, 1))
        .expect("done");
    assert!(matches!(undo(&mut store), Change::ActionDone { done: false, .. }));
    let open = store.entry(action).expect("action");
    assert!(!open.done);
    assert_eq!(undo(&mut store), Change::EntryAdded { entry_id: action });
    assert_eq!(store.undo_last(id, at(9, 10, 0)).expect("undo"), None);
}

#[test]
fn m_moves_an_entry_to_the_item_picked_keeping_its_text_number_and_history() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::Sv);
    let items = item_ids(&store, id);
    to_item(&mut app, &mut store, 2, at(9, 1, 0));
    let entry = record(&mut app, &mut store, 'd', "Fel punkt", at(9, 1, 0));
    append(&mut app, &mut store, ", rättad", at(9, 2, 0));

    ch(&mut app, &mut store, 'M', at(9, 3, 0));
    key(&mut app, &mut store, KeyCode::Down, at(9, 3, 1));
    key(&mut app, &mut store, KeyCode::Down, at(9, 3, 1));
    insta::assert_snapshot!(support::screen::drawn(&app, 100, 30));
    key(&mut app, &mut store, KeyCode::Enter, at(9, 3, 2));

    let moved = store.entry(entry).expect("entry");
    assert_eq!(moved.item_id, items[3]);
    assert_eq!(moved.fields.text, "Fel punkt, rättad");
    assert_eq!(
        store.entry_history(entry).expect("history").len(),
        1,
        "the edit stays"
    );
    assert!(
        message(&app).contains("anteckningen står nu under 4."),
        "{}",
        message(&app)
    );
    assert_eq!(meeting(&app).selected_entry_id(), Some(entry), "still selected");
    assert_eq!(
        meeting(&app).decision_reference(entry).map(|r| r.number),
        Some(1),
        "the move keeps the number"
    );
    // Esc leaves it where it is.
    ch(&mut app, &mut store, 'M', at(9, 4, 0));
    key(&mut app, &mut store, KeyCode::Up, at(9, 4, 1));
    key(&mut app, &mut store, KeyCode::Esc, at(9, 4, 2));
    assert_eq!(store.entry(entry).expect("entry").item_id, items[3]);
}

#[test]
fn enter_shows_an_entry_without_editing_it_and_e_edits() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::En);
    to_item(&mut app, &mut store, 2, at(9, 1, 0));
    record(&mut app, &mut store, 'i', "Nothing to add", at(9, 1, 0));
    key(&mut app, &mut store, KeyCode::Enter, at(9, 2, 0));
    assert!(meeting(&app).editor().is_none());
    let shown = screen(&app);
    assert!(
        shown.contains("Nothing to add") && shown.contains("E edit · Esc close"),
        "{shown}"
    );
    // Typing does not reach the entry.
    chars(&mut app, &mut store, "xyz", at(9, 2, 1));
    assert_eq!(
        store.entries(id).expect("entries")[0].fields.text,
        "Nothing to add"
    );
    ch(&mut app, &mut store, 'E', at(9, 2, 2));
    assert!(meeting(&app).editor().is_some(), "E edits");
}

/// The home screen's forum list filtered down to Leveransforum, its
/// meetings opened, and a meeting asked for with `n`.
fn ask_to_start(app: &mut App, store: &mut Store, now: DateTime<Local>) {
    ch(app, store, '/', now);
    chars(app, store, "leveransforum", now);
    key(app, store, KeyCode::Enter, now);
    key(app, store, KeyCode::Enter, now);
    ch(app, store, 'n', now);
}

#[test]
fn a_meeting_started_by_mistake_is_discarded_without_a_trace() {
    let fora = support::cli::Fora::new();
    fora.ok(&["people", "list"]);
    let before = (
        fora.ok(&["status", "--json"]),
        fora.ok(&["schedule", "--json"]),
        fora.ok(&["meetings", "--json"]),
    );
    let mut store = Store::open(&fora.db()).expect("store");
    let mut app = app(&store, Lang::Sv);
    let now = Local::now();
    ask_to_start(&mut app, &mut store, now);
    let asked = support::screen::drawn(&app, 100, 30);
    assert!(asked.contains("Starta ett möte i Leveransforum i dag"), "{asked}");
    // n is "no" here: nothing starts.
    ch(&mut app, &mut store, 'n', now);
    assert!(app.meeting().is_none());
    ch(&mut app, &mut store, 'n', now);
    ch(&mut app, &mut store, 'y', now);
    let id = meeting(&app).meeting().id;

    ch(&mut app, &mut store, 'q', now);
    let leave = support::screen::drawn(&app, 100, 30);
    assert!(leave.contains("x  kassera mötet (inget är antecknat)"), "{leave}");
    ch(&mut app, &mut store, 'x', now);
    let asked = support::screen::drawn(&app, 100, 30);
    assert!(asked.contains("Kassera mötet i Leveransforum"), "{asked}");
    ch(&mut app, &mut store, 'y', now);
    assert!(app.meeting().is_none(), "back home");
    assert!(store.meeting(id).is_err());
    assert_eq!(store.latest_meeting("leveransforum").expect("latest"), None);
    drop(store);

    let after = (
        fora.ok(&["status", "--json"]),
        fora.ok(&["schedule", "--json"]),
        fora.ok(&["meetings", "--json"]),
    );
    assert_eq!(
        before, after,
        "status, the cadence and the meetings are as before"
    );
    fora.fails(&["show", "leveransforum", "latest"]);
}

#[test]
fn a_meeting_with_something_recorded_is_cancelled_with_a_reason_not_discarded() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::En);
    ch(&mut app, &mut store, '1', at(9, 1, 0));
    ch(&mut app, &mut store, 'q', at(9, 2, 0));
    assert!(screen(&app).contains("x  cancel the meeting, with a reason"));
    ch(&mut app, &mut store, 'x', at(9, 2, 1));
    key(&mut app, &mut store, KeyCode::Enter, at(9, 2, 2));
    let editor = meeting(&app).editor().expect("asks why");
    assert_eq!(
        editor.error.as_deref(),
        Some("Write why the meeting is cancelled.")
    );
    chars(&mut app, &mut store, "The supplier could not come", at(9, 2, 3));
    key(&mut app, &mut store, KeyCode::Enter, at(9, 2, 4));
    let cancelled = store.meeting(id).expect("meeting");
    assert_eq!(cancelled.status.id(), "cancelled");
    assert_eq!(
        cancelled.cancel_reason.as_deref(),
        Some("The supplier could not come")
    );
    assert_eq!(
        store.count_meetings(Some("leveransforum")).expect("count"),
        1,
        "that meeting, not a new one"
    );
    assert!(store.discard_meeting(id).is_err(), "something was recorded");
}

#[test]
fn an_action_without_owner_or_due_date_is_saved_only_when_confirmed() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::Sv);
    ch(&mut app, &mut store, 'a', at(9, 1, 0));
    chars(&mut app, &mut store, "Ta fram en plan", at(9, 1, 1));
    key(&mut app, &mut store, KeyCode::Enter, at(9, 1, 2));
    assert!(store.entries(id).expect("entries").is_empty());
    let error = meeting(&app)
        .editor()
        .and_then(|e| e.error.clone())
        .unwrap_or_default();
    assert!(
        error.contains("ingen ansvarig") && error.contains("inget slutdatum"),
        "{error}"
    );
    assert!(error.ends_with("Enter igen sparar ändå."), "{error}");

    // A past due date is asked about too; "ingen ansvarig" is a choice.
    key(&mut app, &mut store, KeyCode::Tab, at(9, 1, 3));
    chars(&mut app, &mut store, "ingen ansvarig", at(9, 1, 4));
    key(&mut app, &mut store, KeyCode::Tab, at(9, 1, 5));
    chars(&mut app, &mut store, "2026-11-01", at(9, 1, 6));
    key(&mut app, &mut store, KeyCode::Enter, at(9, 1, 7));
    let error = meeting(&app)
        .editor()
        .and_then(|e| e.error.clone())
        .unwrap_or_default();
    assert!(error.starts_with("Slutdatumet har redan passerat."), "{error}");
    assert!(store.entries(id).expect("entries").is_empty());
    // The secretary means it: Enter again saves.
    key(&mut app, &mut store, KeyCode::Enter, at(9, 1, 8));
    let saved = store.entries(id).expect("entries");
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].fields.owner, None);
    assert_eq!(saved[0].fields.due.as_deref(), Some("2026-11-01"));

    // With an owner and a due date ahead, one Enter saves.
    ch(&mut app, &mut store, 'a', at(9, 2, 0));
    chars(&mut app, &mut store, "Boka lokal", at(9, 2, 1));
    key(&mut app, &mut store, KeyCode::Tab, at(9, 2, 2));
    chars(&mut app, &mut store, "Bo", at(9, 2, 3));
    key(&mut app, &mut store, KeyCode::Tab, at(9, 2, 4));
    chars(&mut app, &mut store, "+2v", at(9, 2, 5));
    key(&mut app, &mut store, KeyCode::Enter, at(9, 2, 6));
    let saved = store.entries(id).expect("entries");
    assert_eq!(saved.len(), 2);
    assert_eq!(saved[1].fields.owner.as_deref(), Some("Bo Ek"));
}

#[test]
fn joining_takes_a_typed_time_and_the_last_supplier_leaving_is_warned() {
    let mut store = store();
    let (mut app, id) = open(&mut store, Lang::Sv);
    let bo = store
        .attendance(id)
        .expect("rows")
        .iter()
        .position(|r| r.person_name.as_deref() == Some("Bo Ek"))
        .expect("Bo Ek on the roster");
    for _ in 0..bo {
        key(&mut app, &mut store, KeyCode::Down, at(9, 1, 0));
    }
    ch(&mut app, &mut store, '1', at(9, 1, 0));
    key(&mut app, &mut store, KeyCode::Up, at(9, 1, 0));
    // He came at 09:10, recorded at 09:30.
    ch(&mut app, &mut store, '>', at(9, 30, 0));
    for _ in 0..5 {
        key(&mut app, &mut store, KeyCode::Backspace, at(9, 30, 1));
    }
    chars(&mut app, &mut store, "9.10", at(9, 30, 2));
    key(&mut app, &mut store, KeyCode::Enter, at(9, 30, 3));
    let row = &store.attendance(id).expect("rows")[bo];
    assert!(
        row.joined_at
            .as_deref()
            .unwrap_or("")
            .starts_with("2026-11-26T09:10:00"),
        "{row:?}"
    );
    assert!(message(&app).contains("Bo Ek: kom 09:10"), "{}", message(&app));

    // A time that is not one is refused, and nothing changes.
    ch(&mut app, &mut store, '<', at(14, 5, 0));
    for _ in 0..5 {
        key(&mut app, &mut store, KeyCode::Backspace, at(14, 5, 1));
    }
    chars(&mut app, &mut store, "snart", at(14, 5, 2));
    key(&mut app, &mut store, KeyCode::Enter, at(14, 5, 3));
    let error = meeting(&app)
        .editor()
        .and_then(|e| e.error.clone())
        .unwrap_or_default();
    assert!(error.contains("«snart» är ingen tid"), "{error}");
    assert_eq!(store.attendance(id).expect("rows")[bo].left_at, None);
    key(&mut app, &mut store, KeyCode::Esc, at(14, 5, 4));
    ch(&mut app, &mut store, 'y', at(14, 5, 4));

    // He leaves at 14:05 (the time offered): the supplier has nobody left.
    ch(&mut app, &mut store, '<', at(14, 5, 5));
    key(&mut app, &mut store, KeyCode::Enter, at(14, 5, 6));
    assert!(
        store.attendance(id).expect("rows")[bo]
            .left_at
            .as_deref()
            .unwrap_or("")
            .starts_with("2026-11-26T14:05")
    );
    assert!(meeting(&app).warnings().contains(&Warning::PartyLeft {
        party: Party::Leverantoren,
        who: "Bo Ek".into(),
        at: "14:05".into(),
    }));
    let shown = screen(&app);
    assert!(
        shown.contains("Leverantören har ingen kvar på mötet: Bo"),
        "{shown}"
    );
    // Undone, he is there again and the warning goes.
    ch(&mut app, &mut store, 'u', at(14, 6, 0));
    assert!(
        !meeting(&app)
            .warnings()
            .iter()
            .any(|w| matches!(w, Warning::PartyLeft { .. }))
    );
}

#[test]
fn a_second_fora_names_the_recorder_and_takes_over_after_a_confirmation() {
    let mut store = store();
    let id = start(&mut store, Lang::En);
    let make = |store: &Store, me: &str, person: &str| {
        app(store, Lang::En).with_holder_name(me).with_person_name(person)
    };
    let mut first = make(&store, "100@laptop", "Anna Berg (laptop)");
    let mut second = make(&store, "200@desk", "Bo Ek (desk)");
    first.open_meeting(&mut store, id, at(9, 0, 0)).expect("open");
    second.open_meeting(&mut store, id, at(9, 0, 5)).expect("open");
    let shown = screen(&second);
    assert!(
        shown.contains("already being recorded by Anna Berg (laptop) since 09:00"),
        "{shown}"
    );
    assert!(shown.contains("T take over"), "{shown}");
    assert!(!shown.contains("100@laptop"), "{shown}");

    // T asks first; n leaves it read-only.
    ch(&mut second, &mut store, 'T', at(9, 0, 6));
    assert!(screen(&second).contains("Take over recording from Anna Berg (laptop)?"));
    ch(&mut second, &mut store, 'n', at(9, 0, 7));
    assert!(meeting(&second).read_only().is_some());
    assert_eq!(
        store.lock_holder(id).expect("lock").expect("held").holder,
        "100@laptop"
    );

    ch(&mut second, &mut store, 'T', at(9, 0, 8));
    ch(&mut second, &mut store, 'y', at(9, 0, 9));
    assert_eq!(meeting(&second).read_only(), None, "records here now");
    let holder = store.lock_holder(id).expect("lock").expect("held");
    assert_eq!(
        (holder.holder.as_str(), holder.person.as_str()),
        ("200@desk", "Bo Ek (desk)")
    );
    ch(&mut second, &mut store, 'i', at(9, 0, 10));
    chars(
        &mut second,
        &mut store,
        "Recorded after the take-over",
        at(9, 0, 11),
    );
    key(&mut second, &mut store, KeyCode::Enter, at(9, 0, 12));
    assert_eq!(store.entries(id).expect("entries").len(), 1);

    // The first learns it on its next renewal, and shows who records now.
    second.tick(&mut store, at(9, 0, 55));
    first.tick(&mut store, at(9, 1, 0));
    let shown = screen(&first);
    assert!(
        shown.contains("already being recorded by Bo Ek (desk)"),
        "{shown}"
    );
}

#[test]
fn a_later_meeting_given_a_discarded_ones_id_never_undoes_its_changes() {
    let mut store = store();
    let first = start(&mut store, Lang::Sv);
    store.add_item(first, "Tillagd av misstag", None).expect("item");
    store.discard_meeting(first).expect("nothing recorded");
    let second = start(&mut store, Lang::Sv);
    assert_eq!(second, first, "SQLite gives the id again");
    assert_eq!(store.undo_last(second, at(9, 1, 0)).expect("undo"), None);
}
