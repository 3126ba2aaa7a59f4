//! One fora records a meeting at a time: a second one that opens it is told
//! who records it, sees it read-only and follows what is recorded; a fora
//! that stalled past the stale time learns it lost the meeting.

use crate::support;

use chrono::{DateTime, Local, NaiveDate, TimeZone};
use fora::domain::Channel;
use fora::i18n::Lang;
use fora::store::Store;
use fora::tui::app::App;
use fora::tui::theme::Theme;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn at(h: u32, m: u32, s: u32) -> DateTime<Local> {
    Local
        .with_ymd_and_hms(2026, 11, 26, h, m, s)
        .single()
        .expect("a time that exists")
}

/// Two fora on one database, as two secretaries' terminals; named as
/// holders on other machines so that only heartbeats decide.
fn two_fora(store: &mut Store, lang: Lang) -> (App, App, i64) {
    // As tui::run does: the store's errors are written in the screen's language.
    fora::i18n::set_lang(lang);
    let id = store
        .start_meeting("leveransforum", "2026-11-26", Channel::Video, at(9, 0, 0), lang)
        .expect("start");
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).expect("a date");
    let make = |name: &str, person: &str| {
        App::new(store, lang, today)
            .expect("app")
            .with_theme(Theme::plain())
            .with_holder_name(name)
            .with_person_name(person)
    };
    let (first, second) = (
        make("100@laptop", "Anna Berg (laptop)"),
        make("200@desk", "Bo Ek (desk)"),
    );
    (first, second, id)
}

fn press(app: &mut App, store: &mut Store, c: char, now: DateTime<Local>) {
    app.handle_key(store, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE), now);
}

fn screen(app: &App) -> String {
    support::screen::drawn(app, 110, 24)
}

fn entries(store: &Store, id: i64) -> usize {
    store.entries(id).expect("entries").len()
}

#[test]
fn a_second_fora_sees_the_meeting_read_only_and_changes_nothing() {
    let mut store = Store::open_in_memory().expect("store");
    let (mut first, mut second, id) = two_fora(&mut store, Lang::En);
    first.open_meeting(&mut store, id, at(9, 0, 0)).expect("open");
    assert_eq!(first.meeting().expect("open").read_only(), None);

    second.open_meeting(&mut store, id, at(9, 0, 5)).expect("open");
    let shown = screen(&second);
    assert!(
        shown.contains("READ-ONLY – already being recorded by Anna Berg (laptop) since 09:00"),
        "{shown}"
    );

    // Every key that would change the meeting is refused, and says so.
    for c in ['d', '1', 'g', 's'] {
        press(&mut second, &mut store, c, at(9, 0, 6));
        assert!(
            second.meeting().expect("open").editor().is_none(),
            "{c} opened an editor"
        );
        assert!(screen(&second).contains("Read-only: the meeting is being recorded in another fora"));
    }
    let before = store.attendance(id).expect("attendance");
    press(&mut second, &mut store, '\t', at(9, 0, 7));
    assert_eq!(store.attendance(id).expect("attendance"), before);
    assert_eq!(entries(&store, id), 0);

    // The first records a decision; the second shows it within two seconds.
    press(&mut first, &mut store, 'd', at(9, 1, 0));
    for c in "Go live on Monday".chars() {
        press(&mut first, &mut store, c, at(9, 1, 1));
    }
    first.handle_key(
        &mut store,
        KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE),
        at(9, 1, 2),
    );
    assert_eq!(entries(&store, id), 1);
    assert!(!screen(&second).contains("Go live on Monday"));
    second.tick(&mut store, at(9, 1, 8));
    assert!(
        screen(&second).contains("Go live on Monday"),
        "{}",
        screen(&second)
    );

    // q leaves a read-only meeting without asking to end it.
    press(&mut second, &mut store, 'q', at(9, 2, 0));
    assert!(second.meeting().is_none());
    assert_eq!(store.meeting(id).expect("meeting").ended_at, None);
}

#[test]
fn in_swedish_the_second_fora_is_told_who_records_the_meeting() {
    let mut store = Store::open_in_memory().expect("store");
    let (mut first, mut second, id) = two_fora(&mut store, Lang::Sv);
    first.open_meeting(&mut store, id, at(9, 0, 0)).expect("open");
    second.open_meeting(&mut store, id, at(9, 0, 10)).expect("open");
    insta::assert_snapshot!(screen(&second));
}

#[test]
fn leaving_the_meeting_frees_it_for_the_next_fora() {
    let mut store = Store::open_in_memory().expect("store");
    let (mut first, mut second, id) = two_fora(&mut store, Lang::En);
    first.open_meeting(&mut store, id, at(9, 0, 0)).expect("open");
    // q on a running meeting asks; l leaves it running.
    press(&mut first, &mut store, 'q', at(9, 5, 0));
    press(&mut first, &mut store, 'l', at(9, 5, 1));
    assert!(first.meeting().is_none());
    assert_eq!(store.lock_holder(id).expect("lock"), None);

    second.open_meeting(&mut store, id, at(9, 5, 2)).expect("open");
    assert_eq!(second.meeting().expect("open").read_only(), None);
    press(&mut second, &mut store, 'd', at(9, 5, 3));
    assert!(second.meeting().expect("open").editor().is_some());
}

#[test]
fn a_fora_that_stalled_learns_another_took_the_meeting_and_keeps_its_text() {
    let mut store = Store::open_in_memory().expect("store");
    let (mut first, mut second, id) = two_fora(&mut store, Lang::En);
    first.open_meeting(&mut store, id, at(9, 0, 0)).expect("open");
    press(&mut first, &mut store, 'i', at(9, 0, 1));
    for c in "Half a sentence".chars() {
        press(&mut first, &mut store, c, at(9, 0, 2));
    }
    // The first renews while it ticks...
    first.tick(&mut store, at(9, 0, 20));
    second.open_meeting(&mut store, id, at(9, 0, 40)).expect("open");
    assert!(second.meeting().expect("open").read_only().is_some());
    second.release_lock(&mut store);
    second.handle_key(
        &mut store,
        KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE),
        at(9, 0, 41),
    );

    // ...then stalls for a minute; the second takes the meeting over.
    second.open_meeting(&mut store, id, at(9, 1, 30)).expect("open");
    assert_eq!(second.meeting().expect("open").read_only(), None);
    first.tick(&mut store, at(9, 1, 31));
    let shown = screen(&first);
    assert!(
        shown.contains("Another fora is recording the meeting now"),
        "{shown}"
    );
    assert!(
        shown.contains("READ-ONLY – already being recorded by Bo Ek (desk)"),
        "{shown}"
    );
    let drafts = store.drafts(id).expect("drafts");
    assert!(
        drafts.iter().any(|d| d.content.contains("Half a sentence")),
        "the typed text is kept as a draft: {drafts:?}"
    );
}

#[test]
fn a_fora_whose_lock_was_taken_and_given_up_claims_the_meeting_again() {
    let mut store = Store::open_in_memory().expect("store");
    let (mut first, mut second, id) = two_fora(&mut store, Lang::En);
    first.open_meeting(&mut store, id, at(9, 0, 0)).expect("open");
    // The first stalls; the second takes the meeting over, then leaves it.
    second.open_meeting(&mut store, id, at(9, 1, 0)).expect("open");
    second.release_lock(&mut store);
    // The first's next key finds its lock gone and claims the meeting again
    // before writing, instead of writing with no claim at all.
    press(&mut first, &mut store, 'd', at(9, 1, 5));
    assert_eq!(first.meeting().expect("open").read_only(), None);
    let holder = store.lock_holder(id).expect("lock").expect("held");
    assert_eq!(holder.holder, "100@laptop");
}

/// When the database cannot say who holds the meeting, fora does not go on
/// recording unclaimed: it shows the meeting read-only and says why.
#[test]
fn a_lock_that_cannot_be_claimed_again_leaves_the_meeting_read_only_and_says_why() {
    let mut store = Store::open_in_memory().expect("store");
    let (mut first, _second, id) = two_fora(&mut store, Lang::En);
    first.open_meeting(&mut store, id, at(9, 0, 0)).expect("open");
    // The lock is gone (taken over and given up), and claiming it fails.
    store
        .conn()
        .execute_batch(
            "DELETE FROM meeting_lock;
             CREATE TRIGGER refuse_lock BEFORE INSERT ON meeting_lock
             BEGIN SELECT RAISE(ABORT, 'the disk said no'); END;",
        )
        .expect("set the trap");
    assert!(first.tick(&mut store, at(9, 0, 20)), "the screen changes");
    let shown = support::screen::drawn(&first, 160, 24);
    assert!(
        shown.contains("READ-ONLY – already being recorded by an unknown fora"),
        "{shown}"
    );
    assert!(shown.contains("could not be locked again"), "{shown}");
    assert!(shown.contains("breaks a rule of the database"), "{shown}");
    assert!(!shown.contains(" ? "), "{shown}");
    press(&mut first, &mut store, 'd', at(9, 0, 21));
    assert!(first.meeting().expect("open").editor().is_none());
    assert_eq!(entries(&store, id), 0);
}
