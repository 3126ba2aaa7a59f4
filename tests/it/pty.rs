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

/// A review file of a fresh Leveransforum meeting in `dir`.
pub(crate) fn review_file(dir: &std::path::Path) -> std::path::PathBuf {
    use chrono::{Local, TimeZone};
    // The secretary's side makes the review file.
    let mut store = fora::store::Store::open(&dir.join("secretary.db")).unwrap();
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
    let review = fora::protocol::review::ReviewFile::new(
        id,
        1,
        "Leveransforum",
        "2026-11-02",
        &snapshot.to_json().unwrap(),
    );
    let file = dir.join("granskning.json");
    std::fs::write(&file, review.to_json().unwrap()).unwrap();
    file
}

#[test]
fn a_reviewer_opens_a_review_file_without_any_database() {
    let dir = tempfile::tempdir().unwrap();
    let file = review_file(dir.path());

    // The reviewer's machine: no database, and none is made.
    let nowhere = dir.path().join("reviewer/fora.db");
    let mut term = Terminal::start(&nowhere, &["review", file.to_str().unwrap()]);
    // No key given and none made with fora key generate: asked for one first.
    term.wait_for("Din privata nyckelfil");
    term.keys(b"\r");
    term.wait_for("Leveransforum");
    term.keys(b"q");
    assert!(term.wait_exit(), "q quits the review");
    assert!(!term.alternate_screen());
    assert!(
        !nowhere.exists() && !dir.path().join("reviewer").exists(),
        "the review made a database"
    );
}

#[test]
fn a_hang_up_keeps_the_comment_being_typed_and_restores_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let file = review_file(dir.path());
    let args = ["--lang", "en", "review", file.to_str().unwrap()];
    let nowhere = dir.path().join("reviewer/fora.db");
    let mut term = Terminal::start(&nowhere, &args);
    term.wait_for("Your private key file");
    term.keys(b"\r");
    term.wait_for("Leveransforum");
    term.keys(b"\r");
    // Typed just now: the draft is not due yet, so only the signal keeps it.
    term.send(b"Who owns this");
    term.wait_for("Who owns this");
    term.signal(1);
    assert!(!term.wait_exit(), "fora ends as killed by SIGHUP");
    assert!(!term.alternate_screen());
    assert!(!term.cursor_hidden());

    let mut term = Terminal::start(&nowhere, &args);
    term.wait_for("Your private key file");
    term.keys(b"\r");
    term.wait_for("Unsaved work from last time");
    term.keys(b"r");
    term.wait_for("Who owns this");
    term.keys(b"\x03");
    assert!(term.wait_exit());
}

/// A terminal that simply goes away (the program holding it let go): fora
/// ends within seconds instead of reading the dead terminal for ever at full
/// speed. Python's pty module holds the terminal here, so that the test can
/// close it while fora runs.
#[test]
fn fora_ends_when_its_terminal_goes_away() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    let script = r#"
import os, pty, sys, time
pid, fd = pty.fork()
if pid == 0:
    os.environ["TERM"] = "xterm"
    os.execv(sys.argv[1], ["fora", "--db", sys.argv[2]])
time.sleep(2)
try:
    os.read(fd, 1 << 16)
except OSError:
    pass
os.close(fd)
for _ in range(50):
    done, _status = os.waitpid(pid, os.WNOHANG)
    if done:
        print("ended")
        sys.exit(0)
    time.sleep(0.1)
os.kill(pid, 9)
print("still running 5 s after its terminal went away")
"#;
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_fora"))
        .arg(&db)
        .output()
        .expect("python3 runs the terminal");
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(said.trim(), "ended", "{said}");
}

/// `fora < file` on a screen: the keys come from the terminal, as crossterm
/// reads them, and fora waits for them instead of finding its empty standard
/// input ready at every turn of the loop.
#[test]
fn with_standard_input_redirected_fora_waits_for_keys_from_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    let script = r#"
import os, pty, sys, time
pid, fd = pty.fork()
if pid == 0:
    os.environ["TERM"] = "xterm"
    os.dup2(os.open("/dev/null", os.O_RDONLY), 0)
    os.execv(sys.argv[1], ["fora", "--db", sys.argv[2]])
time.sleep(2)
try:
    os.read(fd, 1 << 16)
except OSError:
    pass
def cpu_ticks():
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().split()
    return int(fields[13]) + int(fields[14])
before = cpu_ticks()
time.sleep(2)
busy = cpu_ticks() - before
os.write(fd, b"q")
for _ in range(50):
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        print(f"busy {busy} exit {os.waitstatus_to_exitcode(status)}")
        sys.exit(0)
    time.sleep(0.1)
os.kill(pid, 9)
print(f"busy {busy} and q did not quit")
"#;
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_fora"))
        .arg(&db)
        .output()
        .expect("python3 runs the terminal");
    let said = String::from_utf8_lossy(&out.stdout);
    let (busy, rest) = said
        .trim()
        .strip_prefix("busy ")
        .and_then(|r| r.split_once(' '))
        .unwrap_or_else(|| panic!("{said}"));
    assert_eq!(rest, "exit 0", "q quits: {said}");
    // Clock ticks of CPU over two idle seconds; a loop that spins uses about 200.
    assert!(
        busy.parse::<u32>().unwrap() < 50,
        "fora was busy while idle: {said}"
    );
}
