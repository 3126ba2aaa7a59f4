//! The real binary in a real (pseudo) terminal: what only a terminal shows.

mod support;

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
