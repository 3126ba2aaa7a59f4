//! The reviewer never loses work: when the review file's folder cannot be
//! written, `fora review` keeps its draft and writes its response in fora's
//! own folder, says where, and promises no draft that does not exist.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use chrono::TimeDelta;
use fora::i18n::Lang;
use fora::protocol::review::Response;
use fora::tui::review::files::can_write;
use fora::tui::review::{Popup, ReviewApp};
use fora::tui::theme::Theme;
use ratatui::crossterm::event::KeyCode;

use crate::support::pty::Terminal;
use crate::tui_review::{at, chars, comment_on, draw, fixture, message, press, text};

const NAME: &str = "leveransforum-2026-11-02";

/// A review file in `<dir>/mail`, a folder made read-only.
fn read_only_review(dir: &Path) -> PathBuf {
    let mail = dir.join("mail");
    std::fs::create_dir(&mail).expect("mail folder");
    let (review, _) = fixture(Lang::Sv, false);
    let path = mail.join(format!("{NAME}.json"));
    std::fs::write(&path, review.to_json().unwrap()).expect("review file");
    std::fs::set_permissions(&mail, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    path
}

/// The review screen on `file`, with `fallback` as fora's own folder. Root
/// writes in a read-only folder all the same, so the mail folder also counts
/// as unwritable to the screen's own test of the folder.
fn open(file: &Path, fallback: &Path) -> ReviewApp {
    let (review, snapshot) = fixture(Lang::Sv, false);
    let mail = file.parent().expect("folder").to_path_buf();
    ReviewApp::new(review, snapshot, Lang::Sv)
        .with_theme(Theme::plain())
        .with_file_in(file, Some(fallback.to_path_buf()), move |dir| {
            dir != mail && can_write(dir)
        })
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|list| {
            list.map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn a_review_in_a_read_only_folder_keeps_its_draft_and_response_in_the_named_fallback() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = read_only_review(dir.path());
    let fallback = dir.path().join("data").join("reviews");
    let draft = fallback.join(format!("{NAME}.response.draft.json"));
    {
        let mut app = open(&file, &fallback);
        let said = message(&app);
        assert!(said.contains("går inte att skriva i"), "{said}");
        assert!(said.contains(&fallback.display().to_string()), "{said}");
        comment_on(&mut app, 2, "Rätt beslut.");
        comment_on(&mut app, 0, "Bra protokoll.");
        press(&mut app, KeyCode::Char('o'));
        app.tick(at(10, 0, 0) + TimeDelta::seconds(3));
        assert!(draft.exists(), "the draft is kept in the fallback");
        // Quitting asks first, and names the draft that exists.
        press(&mut app, KeyCode::Char('q'));
        assert_eq!(app.popup(), Some(Popup::ConfirmQuit));
        let screen = text(&draw(&app, 120, 30)).replace('\n', "");
        assert!(screen.contains("finns kvar i utkastet"), "{screen}");
        press(&mut app, KeyCode::Char('q'));
        assert!(app.should_quit());
        let left = app.left();
        assert_eq!(left.draft.as_deref(), Some(draft.as_path()));
        assert!(left.response.is_none() && !left.lost);
    }
    assert_eq!(
        files_in(file.parent().unwrap()),
        [format!("{NAME}.json")],
        "nothing is written beside the review file"
    );

    // Next time the draft is offered from there, and the response goes there too.
    let mut app = open(&file, &fallback);
    assert_eq!(app.popup(), Some(Popup::Draft));
    press(&mut app, KeyCode::Char('r'));
    assert_eq!(app.comment(2), Some("Rätt beslut."));
    press(&mut app, KeyCode::Char('n'));
    chars(&mut app, "Bo Ek");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('w'));
    let response = fallback.join(format!("{NAME}.response.json"));
    let said = message(&app);
    assert!(said.contains(&response.display().to_string()), "{said}");
    let written = Response::parse(&std::fs::read(&response).expect("the response")).expect("a response");
    let comments: Vec<&str> = written.body.comments.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(comments, ["Bra protokoll.", "Rätt beslut."]);
    assert_eq!(written.body.reviewer, "Bo Ek");
    assert!(!draft.exists(), "the response holds everything now");
    let header = text(&draw(&app, 120, 30));
    assert!(!header.contains("utkast sparat"), "{header}");
    assert_eq!(app.left().response.as_deref(), Some(response.as_path()));
    let mail = file.parent().unwrap();
    assert_eq!(files_in(mail), [format!("{NAME}.json")]);
    // Writable again, so that the temporary folder can be removed.
    std::fs::set_permissions(mail, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

#[test]
fn a_folder_gone_mid_review_turns_to_the_fallback_and_without_one_no_draft_is_promised() {
    for fallback in [true, false] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mail = dir.path().join("mail");
        std::fs::create_dir(&mail).expect("mail folder");
        let (review, snapshot) = fixture(Lang::Sv, false);
        let file = mail.join(format!("{NAME}.json"));
        std::fs::write(&file, review.to_json().unwrap()).expect("review file");
        let data = dir.path().join("data");
        let mut app = ReviewApp::new(review, snapshot, Lang::Sv)
            .with_theme(Theme::plain())
            .with_file_in(&file, fallback.then(|| data.clone()), can_write);
        // The mail client cleans its temporary folder away: even root cannot write there now.
        std::fs::remove_dir_all(&mail).expect("remove");
        comment_on(&mut app, 2, "Rätt beslut.");
        app.tick(at(10, 0, 0) + TimeDelta::seconds(3));
        press(&mut app, KeyCode::Char('q'));
        let screen = text(&draw(&app, 120, 30)).replace('\n', "");
        let left = app.left();
        if fallback {
            let draft = data.join(format!("{NAME}.response.draft.json"));
            assert!(draft.exists(), "kept in the fallback");
            assert_eq!(left.draft.as_deref(), Some(draft.as_path()));
            assert!(screen.contains("finns kvar i utkastet"), "{screen}");
        } else {
            assert!(screen.contains("finns inte i något utkast"), "{screen}");
            assert!(!screen.contains("finns kvar i utkastet"), "{screen}");
            assert!(left.draft.is_none() && left.lost);
        }
    }
}

#[test]
fn after_quitting_fora_says_where_the_draft_is_when_the_folder_went_away() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mail = dir.path().join("mail");
    std::fs::create_dir(&mail).expect("mail folder");
    let file = crate::pty::review_file(&mail);
    let nowhere = dir.path().join("reviewer/fora.db");
    let args = ["--lang", "en", "review", file.to_str().expect("path")];
    let mut term = Terminal::start(&nowhere, &args);
    term.wait_for("Your private key file");
    term.keys(b"\r");
    term.wait_for("Leveransforum");
    std::fs::remove_dir_all(&mail).expect("remove");
    term.keys(b"\r");
    term.send(b"Who owns this");
    term.wait_for("Who owns this");
    term.keys(b"\r");
    term.keys(b"q");
    term.wait_for("stays in the draft");
    term.keys(b"q");
    assert!(term.wait_exit(), "q quits the review");
    // The data folder of the test's fora (XDG_DATA_HOME), as the screen and the words after it say.
    let draft = dir
        .path()
        .join("reviewer/data/fora/reviews/granskning.response.draft.json");
    assert!(draft.exists(), "the draft is in the fallback");
    let screen = term.screen().replace('\n', "");
    assert!(
        screen.contains("it is offered when you open the review file again"),
        "said after quitting: {screen}"
    );
    assert!(screen.contains("granskning.response.draft.json"), "{screen}");
    let kept = std::fs::read_to_string(&draft).expect("draft");
    assert!(kept.contains("Who owns this"), "{kept}");
}
