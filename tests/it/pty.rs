//! The real binary in a real (pseudo) terminal: what only a terminal shows.

use crate::support;

use support::pty::Terminal;

#[test]
fn home_opens_moves_and_quits_leaving_the_terminal_restored() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    let mut term = Terminal::start(&db, &[]);
    term.wait_for("Ledningsforum");
    assert!(term.alternate_screen(), "the UI draws on the alternate screen");
    assert!(!term.screen().contains("funktionella utveckling"));
    term.keys(b"jj");
    // Förvaltningsmöte is selected: its purpose shows in the detail pane.
    term.wait_for("funktionella utveckling");
    term.keys(b"q");
    assert!(term.wait_exit(), "q exits with success");
    assert!(
        !term.alternate_screen(),
        "the terminal is back on the main screen"
    );
}

#[test]
fn ctrl_c_quits_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut term = Terminal::start(&dir.path().join("fora.db"), &["--lang", "en"]);
    term.wait_for("Forums");
    term.keys(b"\x03");
    assert!(term.wait_exit());
    assert!(!term.alternate_screen());
}

#[test]
fn a_reviewer_opens_a_review_file_without_any_database() {
    use chrono::{Local, TimeZone};
    let dir = tempfile::tempdir().unwrap();
    // The secretary's side makes the review file.
    let mut store = fora::store::Store::open(&dir.path().join("secretary.db")).unwrap();
    let at = Local.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap();
    let id = store
        .start_meeting(
            "leveransforum",
            "2026-11-02",
            fora::domain::Channel::Fysiskt,
            at,
            fora::i18n::Lang::Sv,
        )
        .unwrap();
    let snapshot = fora::protocol::snapshot::Snapshot::of(&store, id, fora::i18n::Lang::Sv).unwrap();
    let review =
        fora::protocol::review::ReviewFile::new(id, 1, "Leveransforum", "2026-11-02", &snapshot.to_json());
    let file = dir.path().join("granskning.json");
    std::fs::write(&file, review.to_json()).unwrap();

    // The reviewer's machine: no database, and none is made.
    let nowhere = dir.path().join("reviewer/fora.db");
    let mut term = Terminal::start(&nowhere, &["review", file.to_str().unwrap()]);
    term.wait_for("Leveransforum");
    term.keys(b"q");
    assert!(term.wait_exit(), "q quits the review");
    assert!(!term.alternate_screen());
    assert!(
        !nowhere.exists() && !dir.path().join("reviewer").exists(),
        "the review made a database"
    );
}
