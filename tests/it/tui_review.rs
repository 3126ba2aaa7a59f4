//! `fora review FILE`, the supplier's offline review, driven without a
//! terminal: whole-screen snapshots on ratatui's TestBackend, the response
//! the keys build, and the files written next to the review file.

use crate::support;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local, TimeDelta, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::EntryKind;
use fora::i18n::Lang;
use fora::protocol::review::{Response, ReviewFile, Verdict};
use fora::protocol::snapshot::Snapshot;
use fora::store::Store;
use fora::store::meetings::EntryFields;
use fora::tui::review::{Popup, ReviewApp, render};
use fora::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const HOSTILE: &str = "Budget \u{1b}]52;c;aGVsbG8=\u{7} \u{1b}[2J\u{9b}31m röd \u{202e}txet";

pub(crate) fn at(h: u32, m: u32, s: u32) -> DateTime<Local> {
    Local
        .with_ymd_and_hms(2026, 11, 3, h, m, s)
        .single()
        .expect("a time that exists")
}

/// A held Leveransforum meeting with a decision on item 2, an action on
/// item 4 and, when asked, an extra item with a hostile title.
pub(crate) fn fixture(lang: Lang, hostile: bool) -> (ReviewFile, Snapshot) {
    let mut store = Store::open_in_memory().expect("in-memory store");
    let start = Local
        .with_ymd_and_hms(2026, 11, 2, 9, 0, 0)
        .single()
        .expect("a time that exists");
    let id = store
        .start_meeting("leveransforum", "2026-11-02", Channel::Fysiskt, start, lang)
        .expect("start");
    let agenda = store.agenda(id).expect("agenda");
    let decision = EntryFields {
        text: match lang {
            Lang::Sv => "Dagordningen godkänns.",
            Lang::En => "The agenda is approved.",
        }
        .into(),
        ..Default::default()
    };
    store
        .add_entry(agenda[1].id, EntryKind::Decision, &decision, start, None)
        .expect("decision");
    let action = EntryFields {
        text: match lang {
            Lang::Sv => "Leverantören tar fram en plan för att korta ärendekön.",
            Lang::En => "The Supplier draws up a plan to shorten the ticket queue.",
        }
        .into(),
        owner: Some("Bo Ek".into()),
        due: Some("2026-12-01".into()),
        ..Default::default()
    };
    store
        .add_entry(agenda[3].id, EntryKind::Action, &action, start, None)
        .expect("action");
    let forum = if hostile {
        let item = store.add_item(id, "Budget", Some(agenda[1].id)).expect("item");
        let text = EntryFields {
            text: "Budget".into(),
            ..Default::default()
        };
        let entry = store
            .add_entry(item, EntryKind::Information, &text, start, None)
            .expect("entry");
        // The store refuses such text; another tool could still write it.
        let conn = store.conn();
        conn.execute("UPDATE agenda_item SET title = ?2 WHERE id = ?1", (item, HOSTILE))
            .expect("title");
        conn.execute("UPDATE entry SET text = ?2 WHERE id = ?1", (entry, HOSTILE))
            .expect("text");
        HOSTILE
    } else {
        "Leveransforum"
    };
    let snapshot = Snapshot::of(&store, id, lang).expect("snapshot");
    let review = ReviewFile::new(id, 1, forum, "2026-11-02", &snapshot.to_json().unwrap());
    (review, snapshot)
}

fn app(lang: Lang) -> ReviewApp {
    let (review, snapshot) = fixture(lang, false);
    ReviewApp::new(review, snapshot, lang).with_theme(Theme::plain())
}

/// The review file written into a fresh directory, and an app on it.
fn on_disk(dir: &Path) -> (PathBuf, ReviewApp) {
    let (review, snapshot) = fixture(Lang::Sv, false);
    let path = dir.join("leveransforum-2026-11-02.json");
    std::fs::write(&path, review.to_json().unwrap()).expect("write the review file");
    let app = ReviewApp::new(review, snapshot, Lang::Sv)
        .with_theme(Theme::plain())
        .with_file(&path);
    (path, app)
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

pub(crate) fn press(app: &mut ReviewApp, code: KeyCode) {
    app.handle_key(key(code), at(10, 0, 0));
}

pub(crate) fn chars(app: &mut ReviewApp, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// Selects entry `index` of the list (0 is the whole protocol) and writes `text` on it.
pub(crate) fn comment_on(app: &mut ReviewApp, index: usize, text: &str) {
    press(app, KeyCode::Home);
    for _ in 0..index {
        press(app, KeyCode::Char('j'));
    }
    press(app, KeyCode::Enter);
    chars(app, text);
    press(app, KeyCode::Enter);
}

pub(crate) fn draw(app: &ReviewApp, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| render(app, frame.area(), frame.buffer_mut()))
        .expect("draw");
    terminal
}

pub(crate) fn text(terminal: &Terminal<TestBackend>) -> String {
    support::screen::text(terminal.backend().buffer())
}

pub(crate) fn message(app: &ReviewApp) -> String {
    app.message().map(|m| m.text.clone()).unwrap_or_default()
}

fn title(app: &ReviewApp, index: usize) -> String {
    let (_, snapshot) = fixture(app.lang(), false);
    snapshot.record.items[index - 1].item.title.clone()
}

#[test]
fn review_in_swedish_with_an_item_selected_and_a_comment() {
    let mut app = app(Lang::Sv);
    comment_on(&mut app, 2, "Rätt beslut, men skriv vem som föreslog det.");
    press(&mut app, KeyCode::Char('x'));
    insta::assert_snapshot!(draw(&app, 100, 28).backend());
}

#[test]
fn review_in_english_with_an_item_selected_and_a_comment() {
    let mut app = app(Lang::En);
    comment_on(&mut app, 4, "Please name the plan's owner at the City too.");
    press(&mut app, KeyCode::Char('a'));
    insta::assert_snapshot!(draw(&app, 100, 28).backend());
}

#[test]
fn the_whole_protocol_shows_header_attendance_and_actions() {
    let app = app(Lang::Sv);
    let screen = text(&draw(&app, 100, 40));
    for expected in [
        "Hela protokollet",
        "Protokollförare",
        "Närvaro",
        "Åtgärder",
        "Punkt 4:",
        "Bo Ek",
    ] {
        assert!(screen.contains(expected), "{expected} missing in\n{screen}");
    }
}

#[test]
fn the_name_prompt_opens_when_writing_without_a_name() {
    let mut app = app(Lang::Sv);
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::Char('w'));
    assert_eq!(app.popup(), Some(Popup::Name));
    chars(&mut app, "Bo Ek, Leverantören AB");
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn comments_on_items_and_the_whole_protocol_reach_the_response_with_their_titles() {
    let mut app = app(Lang::Sv);
    comment_on(&mut app, 0, "Protokollet saknar mötets sluttid.");
    comment_on(&mut app, 2, "Rätt beslut.");
    comment_on(&mut app, 4, "Rad ett");
    // Enter opens the comment again; Alt-Enter breaks the line.
    press(&mut app, KeyCode::Enter);
    app.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT), at(10, 0, 0));
    chars(&mut app, "rad två");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.comment(4), Some("Rad ett\nrad två"));
    assert!(
        app.response(at(10, 1, 0)).unwrap().is_none(),
        "no verdict or name yet"
    );

    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::Char('n'));
    chars(&mut app, "  Bo Ek  ");
    press(&mut app, KeyCode::Enter);
    let response = app.response(at(10, 1, 0)).unwrap().expect("a complete answer");
    let body = &response.body;
    assert_eq!(body.reviewer, "Bo Ek");
    assert_eq!(body.verdict, Verdict::Approve);
    assert_eq!(body.version_sha256, app.review().sha256);
    assert!(
        body.written_at.starts_with("2026-11-03T10:01:00"),
        "{}",
        body.written_at
    );
    let comments: Vec<(Option<String>, &str)> = body
        .comments
        .iter()
        .map(|c| (c.item.clone(), c.text.as_str()))
        .collect();
    assert_eq!(
        comments,
        [
            (None, "Protokollet saknar mötets sluttid."),
            (Some(title(&app, 2)), "Rätt beslut."),
            (Some(title(&app, 4)), "Rad ett\nrad två"),
        ]
    );

    // An emptied comment is no comment.
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Char('c'));
    for _ in 0.."Protokollet saknar mötets sluttid.".chars().count() {
        press(&mut app, KeyCode::Backspace);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.comment(0), None);
    let response = app.response(at(10, 2, 0)).unwrap().expect("still complete");
    assert_eq!(response.body.comments.len(), 2);
}

#[test]
fn a_and_x_set_the_verdict_shown_in_the_header() {
    let mut app = app(Lang::En);
    assert_eq!(app.verdict(), None);
    assert!(text(&draw(&app, 100, 28)).contains("Your answer: not chosen"));
    press(&mut app, KeyCode::Char('a'));
    assert_eq!(app.verdict(), Some(Verdict::Approve));
    assert!(text(&draw(&app, 100, 28)).contains("Your answer: approve"));
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(app.verdict(), Some(Verdict::RequestChanges));
    assert!(text(&draw(&app, 100, 28)).contains("Your answer: request changes"));
}

#[test]
fn requesting_changes_without_a_comment_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (review, mut app) = on_disk(dir.path());
    press(&mut app, KeyCode::Char('w'));
    assert!(
        message(&app).contains("Välj först ditt svar"),
        "{}",
        message(&app)
    );
    press(&mut app, KeyCode::Char('n'));
    chars(&mut app, "Bo Ek");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('x'));
    press(&mut app, KeyCode::Char('w'));
    assert!(
        message(&app).contains("Skriv vad som ska ändras"),
        "{}",
        message(&app)
    );
    assert!(app.message().is_some_and(|m| m.error));
    assert!(app.response(at(10, 0, 0)).unwrap().is_none());
    assert!(app.written().is_none());
    let files: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
    assert!(
        !review
            .with_file_name("leveransforum-2026-11-02.response.json")
            .exists(),
        "{files:?}"
    );

    comment_on(&mut app, 3, "Fel protokoll bifogat.");
    press(&mut app, KeyCode::Char('w'));
    assert!(app.written().is_some(), "{}", message(&app));
}

#[test]
fn the_written_response_parses_back_and_names_the_reviewed_version() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (review, mut app) = on_disk(dir.path());
    comment_on(&mut app, 2, "Rätt beslut.");
    press(&mut app, KeyCode::Char('a'));
    let draft = dir.path().join("leveransforum-2026-11-02.response.draft.json");
    assert!(draft.exists(), "the verdict is kept in the draft at once");
    press(&mut app, KeyCode::Char('w'));
    chars(&mut app, "Bo Ek");
    press(&mut app, KeyCode::Enter);

    let written = app.written().expect("written").to_path_buf();
    assert_eq!(written, dir.path().join("leveransforum-2026-11-02.response.json"));
    assert!(message(&app).contains("leveransforum-2026-11-02.response.json"));
    let bytes = std::fs::read(&written).expect("read the response");
    let response = Response::parse(&bytes).expect("a valid response");
    let (file, _) = ReviewFile::parse(&std::fs::read(&review).expect("review")).expect("review");
    assert_eq!(response.body.version_sha256, file.sha256);
    assert_eq!(response.body.reviewer, "Bo Ek");
    assert_eq!(response.body.comments.len(), 1);
    assert!(
        !draft.exists(),
        "the draft is removed once the response is written"
    );
    // No temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");

    // Written and unchanged: q leaves at once, and no draft comes back.
    press(&mut app, KeyCode::Char('q'));
    assert!(app.should_quit());
    app.flush(at(10, 5, 0));
    assert!(!draft.exists(), "no draft after leaving a written response");
}

#[test]
fn the_response_is_signed_with_the_reviewers_key_or_said_to_be_unsigned() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, app) = on_disk(dir.path());
    let pair = fora::signing::generate("bo", None).expect("a key");
    let key = fora::signing::SigningKey::parse(pair.private_openssh.as_bytes()).expect("key");
    let mut app = app.with_signer(key);
    press(&mut app, KeyCode::Char('o'));
    press(&mut app, KeyCode::Char('w'));
    chars(&mut app, "Bo Ek");
    press(&mut app, KeyCode::Enter);
    let written = app.written().expect("written").to_path_buf();
    let bytes = std::fs::read(&written).expect("response");
    assert_eq!(
        Response::parse(&bytes).expect("response").body.verdict,
        Verdict::Comments
    );
    let sig = std::fs::read_to_string(format!("{}.sig", written.display())).expect("signature");
    assert_eq!(
        fora::signing::check(&sig, &bytes).expect("the signature holds"),
        pair.fingerprint
    );
    assert!(message(&app).contains(&pair.fingerprint), "{}", message(&app));

    // Without a key the response is written unsigned, and the reviewer is told.
    let other = tempfile::tempdir().expect("temp dir");
    let (_, mut app) = on_disk(other.path());
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::Char('w'));
    chars(&mut app, "Bo Ek");
    press(&mut app, KeyCode::Enter);
    let written = app.written().expect("written").to_path_buf();
    assert!(!PathBuf::from(format!("{}.sig", written.display())).exists());
    assert!(message(&app).contains("inte signerat"), "{}", message(&app));
}

#[test]
fn an_existing_response_is_never_overwritten() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, mut app) = on_disk(dir.path());
    let first = dir.path().join("leveransforum-2026-11-02.response.json");
    std::fs::write(&first, "someone else's answer").expect("write");
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::Char('n'));
    chars(&mut app, "Bo Ek");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('w'));
    assert_eq!(
        app.written(),
        Some(
            dir.path()
                .join("leveransforum-2026-11-02.response-2.json")
                .as_path()
        )
    );
    press(&mut app, KeyCode::Char('w'));
    assert_eq!(
        app.written(),
        Some(
            dir.path()
                .join("leveransforum-2026-11-02.response-3.json")
                .as_path()
        )
    );
    assert_eq!(
        std::fs::read_to_string(&first).expect("read"),
        "someone else's answer"
    );
}

#[test]
fn quitting_with_an_unwritten_answer_asks_first() {
    let mut app = app(Lang::Sv);
    press(&mut app, KeyCode::Char('q'));
    assert!(app.should_quit(), "nothing typed: q leaves at once");

    let mut app = self::app(Lang::Sv);
    comment_on(&mut app, 1, "Ok.");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.popup(), Some(Popup::ConfirmQuit));
    assert!(!app.should_quit());
    assert!(text(&draw(&app, 100, 28)).contains("Svaret är inte skrivet"));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.popup(), None);
    press(&mut app, KeyCode::Char('q'));
    press(&mut app, KeyCode::Char('q'));
    assert!(app.should_quit());
}

#[test]
fn esc_in_the_editor_asks_before_typed_text_is_thrown_away() {
    let mut app = app(Lang::Sv);
    press(&mut app, KeyCode::Enter);
    chars(&mut app, "Halvfärdig");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.popup(), Some(Popup::Comment), "asks first");
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.popup(), Some(Popup::Comment));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(app.popup(), None);
    assert_eq!(app.comment(0), None);
}

#[test]
fn a_draft_is_kept_while_typing_and_offered_after_a_crash() {
    let dir = tempfile::tempdir().expect("temp dir");
    let draft = dir.path().join("leveransforum-2026-11-02.response.draft.json");
    {
        let (_, mut app) = on_disk(dir.path());
        comment_on(&mut app, 2, "Rätt beslut.");
        press(&mut app, KeyCode::Char('x'));
        // Half a comment on item 4, typed but not saved: kept by the tick.
        press(&mut app, KeyCode::Char('j'));
        press(&mut app, KeyCode::Char('j'));
        press(&mut app, KeyCode::Enter);
        chars(&mut app, "Ansvarig saknas");
        assert!(!app.tick(at(10, 0, 1)), "too soon");
        assert!(app.tick(at(10, 0, 0) + TimeDelta::seconds(3)));
        assert!(draft.exists());
        // The process dies here: no quit, no write.
    }
    let (_, mut app) = on_disk(dir.path());
    assert_eq!(app.popup(), Some(Popup::Draft));
    let screen = text(&draw(&app, 100, 28));
    assert!(screen.contains("Osparat arbete från förra gången"), "{screen}");
    insta::assert_snapshot!(draw(&app, 100, 28).backend());
    press(&mut app, KeyCode::Char('r'));
    assert_eq!(app.verdict(), Some(Verdict::RequestChanges));
    assert_eq!(app.comment(2), Some("Rätt beslut."));
    // The comment being typed comes back in its editor.
    assert_eq!(app.popup(), Some(Popup::Comment));
    assert_eq!(app.selected(), 4);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.comment(4), Some("Ansvarig saknas"));

    // Discarding removes it; with nothing typed, nothing is offered again.
    drop(app);
    let (_, mut app) = on_disk(dir.path());
    assert_eq!(app.popup(), Some(Popup::Draft));
    press(&mut app, KeyCode::Char('d'));
    assert_eq!(app.popup(), None);
    assert_eq!(app.comment(2), None);
    assert!(!draft.exists());
}

#[test]
fn the_way_out_on_a_signal_keeps_the_comment_being_typed() {
    use fora::tui::terminal::Program;
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, mut app) = on_disk(dir.path());
    press(&mut app, KeyCode::Enter);
    chars(&mut app, "Ansvarig saknas");
    // SIGTERM or SIGHUP ends the event loop before any tick kept the text.
    app.on_exit(at(10, 0, 0));
    drop(app);
    let (_, mut app) = on_disk(dir.path());
    assert_eq!(app.popup(), Some(Popup::Draft));
    press(&mut app, KeyCode::Char('r'));
    assert_eq!(app.popup(), Some(Popup::Comment));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.comment(0), Some("Ansvarig saknas"));
}

#[test]
fn a_draft_for_another_version_is_moved_aside_not_offered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let draft = dir.path().join("leveransforum-2026-11-02.response.draft.json");
    {
        let (_, mut app) = on_disk(dir.path());
        comment_on(&mut app, 2, "Gammal kommentar.");
    }
    let old = std::fs::read_to_string(&draft).expect("draft");
    let sha = serde_json::from_str::<serde_json::Value>(&old).expect("json")["version_sha256"]
        .as_str()
        .expect("sha")
        .to_string();
    std::fs::write(&draft, old.replace(&sha, &"0".repeat(64))).expect("write");
    let (_, app) = on_disk(dir.path());
    assert_eq!(app.popup(), None);
    assert!(message(&app).contains("annan version"), "{}", message(&app));
    let aside = dir
        .path()
        .join("leveransforum-2026-11-02.response.draft.old.json");
    assert!(
        std::fs::read_to_string(aside)
            .expect("kept")
            .contains("Gammal kommentar.")
    );
    assert!(!draft.exists());
}

#[test]
fn titles_full_of_escape_sequences_are_drawn_inert() {
    let lang = Lang::Sv;
    let (review, snapshot) = fixture(lang, true);
    let mut app = ReviewApp::new(review, snapshot, lang).with_theme(Theme::plain());
    let check = |app: &ReviewApp, what: &str| {
        for (w, h) in [(100, 28), (60, 14), (30, 8)] {
            let terminal = draw(app, w, h);
            let buffer = terminal.backend().buffer();
            for cell in buffer.content() {
                assert!(
                    !cell.symbol().chars().any(|c| c.is_control() || c == '\u{202e}'),
                    "{what} at {w}×{h}: {:?}",
                    cell.symbol()
                );
            }
        }
    };
    check(&app, "the whole protocol");
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char('j'));
    check(&app, "the hostile item");
    let screen = text(&draw(&app, 100, 28));
    assert!(screen.contains("␛]52;c;"), "{screen}");
    press(&mut app, KeyCode::Enter);
    app.handle_paste("klistrat \u{1b}[2J in", at(10, 0, 0));
    check(&app, "the editor");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.comment(3), Some("klistrat ␛[2J in"));
    // The response names the item by its title exactly as stored.
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::Char('n'));
    chars(&mut app, "Bo Ek");
    press(&mut app, KeyCode::Enter);
    let response = app.response(at(10, 0, 0)).unwrap().expect("complete");
    assert_eq!(response.body.comments[0].item.as_deref(), Some(HOSTILE));
}

#[test]
fn a_too_small_window_says_so() {
    let app = app(Lang::Sv);
    let screen = text(&draw(&app, 50, 10));
    assert!(screen.contains("för litet"), "{screen}");
}

/// A held Leveransforum meeting where Anna Berg (Staden) and Bo Ek
/// (Leverantören) were present; Staden approves its protocol.
fn reviewed_with_people() -> ReviewApp {
    use fora::domain::meeting::AttendanceStatus;
    use fora::store::people::{LEVERANTOREN_ID, NewAssignment, NewPerson, STADEN_ID};
    let mut store = Store::open_in_memory().expect("in-memory store");
    for (name, organisation_id) in [("Anna Berg", STADEN_ID), ("Bo Ek", LEVERANTOREN_ID)] {
        let person = store
            .add_person(&NewPerson {
                name: name.into(),
                organisation_id,
                email: None,
                phone: None,
            })
            .expect("person");
        let role = NewAssignment {
            role_id: "leveransansvarig".into(),
            organisation_id,
            from: "2024-01-01".into(),
            to: None,
        };
        store.assign(person, &role).expect("role");
    }
    let start = at(9, 0, 0) - TimeDelta::days(1);
    let id = store
        .start_meeting("leveransforum", "2026-11-02", Channel::Fysiskt, start, Lang::En)
        .expect("start");
    for row in store.attendance(id).expect("attendance") {
        if row.person_name.is_some() {
            store
                .set_attendance(row.id, AttendanceStatus::Present, None)
                .expect("present");
        }
    }
    let snapshot = Snapshot::of(&store, id, Lang::En).expect("snapshot");
    let review = ReviewFile::new(id, 1, "Leveransforum", "2026-11-02", &snapshot.to_json().unwrap());
    ReviewApp::new(review, snapshot, Lang::En).with_theme(Theme::plain())
}

#[test]
fn the_review_says_whether_the_reviewer_is_an_approver() {
    let mut app = reviewed_with_people();
    press(&mut app, KeyCode::Char('n'));
    chars(&mut app, "Bo Ek");
    press(&mut app, KeyCode::Enter);
    let screen = text(&draw(&app, 140, 30));
    assert!(
        screen.contains("Bo Ek · you are not an approver (approved by The City)"),
        "{screen}"
    );
    press(&mut app, KeyCode::Char('n'));
    for _ in 0.."Bo Ek".len() {
        press(&mut app, KeyCode::Backspace);
    }
    chars(&mut app, "anna berg");
    press(&mut app, KeyCode::Enter);
    let screen = text(&draw(&app, 140, 30));
    assert!(screen.contains("anna berg · you are an approver"), "{screen}");
}
