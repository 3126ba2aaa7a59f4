//! The live meeting in the real binary, in a real (pseudo) terminal: what is
//! on disk when the screen says so, also after fora is killed with SIGKILL.

use crate::support;

use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;
use support::pty::{Terminal, open_checked};

/// How long an autosave may take: it is due 1.5 s after the first unsaved
/// key and the event loop ticks every 250 ms; the rest is slack for a busy machine.
const AUTOSAVE: Duration = Duration::from_secs(6);

fn fora(db: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("fora")
        .expect("the fora binary")
        .env_remove("FORA_LANG")
        .arg("--db")
        .arg(db)
        .args(args)
        .assert()
        .success()
}

/// A database where Leveransforum has Anna Berg (the City) and Bo Ek (the
/// Supplier) on its roster, set up through the command line.
fn database(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("fora.db");
    fora(&db, &["people", "add", "Anna Berg", "--org", "staden"]);
    fora(&db, &["people", "add", "Bo Ek", "--org", "leverantoren"]);
    fora(
        &db,
        &[
            "people",
            "assign",
            "Anna Berg",
            "leveransansvarig",
            "--from",
            "2024-01-01",
        ],
    );
    fora(
        &db,
        &[
            "people",
            "assign",
            "Bo Ek",
            "leveransansvarig",
            "--org",
            "leverantoren",
            "--from",
            "2024-01-01",
        ],
    );
    db
}

/// From the home screen, filters the list down to Leveransforum and opens its meetings.
fn leveransforum_meetings(term: &mut Terminal) {
    term.wait_for("Forums");
    term.keys(b"/leveransforum\r");
    term.wait_for("Forums /leveransforum");
    term.keys(b"\r");
    term.wait_for("Leveransforum · meetings");
}

/// Starts a meeting of Leveransforum now, from the home screen.
fn start_meeting(term: &mut Terminal) {
    leveransforum_meetings(term);
    term.keys(b"n");
    term.wait_for("Start a meeting of Leveransforum today");
    term.keys(b"y");
    term.wait_for("Meeting time");
}

/// Opens Leveransforum's only meeting, from the home screen: at once when
/// it is going on or has drafts, else from the forum's meetings.
fn open_the_meeting(term: &mut Terminal) {
    term.wait_for("Forums");
    term.keys(b"/leveransforum\r");
    term.wait_for("Forums /leveransforum");
    term.keys(b"\r");
    term.enter_the_forums_meeting();
}

/// The screen line that shows `text`, or "" if none does.
fn line_with(screen: &str, text: &str) -> String {
    screen
        .lines()
        .find(|l| l.contains(text))
        .unwrap_or("")
        .to_string()
}

/// Moves the attendance selection down until it is on `name`.
fn select_attendee(term: &mut Terminal, name: &str) {
    let selected = format!("▸{name}");
    for _ in 0..20 {
        if term.screen().contains(&selected) {
            return;
        }
        term.keys(b"j");
    }
    panic!("{name} was never selected:\n{}", term.screen());
}

/// The saved entry's message is shown and the editor is closed: the entry is committed.
fn entry_saved(screen: &str, text: &str) -> bool {
    screen.contains("✓ Saved:") && !screen.contains("New entry:") && screen.contains(text)
}

#[test]
fn attendance_and_a_decision_outlive_the_process_and_show_on_the_command_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database(dir.path());
    let mut term = Terminal::start(&db, &["--lang", "en"]);
    start_meeting(&mut term);

    // Roll call: the selection starts on the first person, and a status key moves on.
    select_attendee(&mut term, "Anna Berg");
    term.keys(b"1");
    term.wait_for("Saved: Anna Berg: present");
    select_attendee(&mut term, "Bo Ek");
    term.keys(b"2");
    term.wait_for("Saved: Bo Ek: remote");

    term.keys(b"d");
    term.wait_for("New entry: decision");
    term.keys(b"Service levels for October are approved");
    term.keys(b"\r");
    term.wait_until("the decision to be saved", Duration::from_secs(10), |s| {
        entry_saved(s, "Service levels for October are approved")
    });
    term.wait_until("the provisional number", Duration::from_secs(10), |s| {
        s.contains("Saved: Decision Leveransforum") && s.contains("§ (1)")
    });

    term.keys(b"q");
    term.wait_for("Leave the meeting");
    term.keys(b"e");
    term.wait_for("Enter meetings");
    // The first q clears the forum filter, the second quits.
    term.keys(b"q");
    term.wait_for("Ledningsforum");
    term.keys(b"q");
    assert!(term.wait_exit(), "q exits with success");

    // A new fora shows the held meeting as it was left.
    let mut term = Terminal::start(&db, &["--lang", "en"]);
    open_the_meeting(&mut term);
    let screen = term.wait_until("the held meeting", Duration::from_secs(10), |s| {
        s.contains("Decision § 1: Service levels for October are approved")
    });
    assert!(screen.contains("Leveransforum · "), "{screen}");
    assert!(screen.contains("· held"), "{screen}");
    assert!(line_with(&screen, "Anna Berg").contains("present"), "{screen}");
    assert!(line_with(&screen, "Bo Ek").contains("remote"), "{screen}");
    term.keys(b"\x03");
    assert!(term.wait_exit(), "Ctrl-C exits with success");

    let shown = fora(&db, &["--lang", "en", "show", "leveransforum", "latest"]);
    let shown = String::from_utf8_lossy(&shown.get_output().stdout).to_string();
    assert!(shown.contains("Status: held"), "{shown}");
    assert!(line_with(&shown, "Anna Berg").contains("present"), "{shown}");
    assert!(line_with(&shown, "Bo Ek").contains("remote"), "{shown}");
    // The decision is § 1 under the first item, its text on the next line.
    let lines: Vec<&str> = shown.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("decision Leveransforum") && l.contains(" § 1 ["))
        .unwrap_or_else(|| panic!("no § 1:\n{shown}"));
    assert!(lines[at - 1].contains("1. Opening of the meeting"), "{shown}");
    assert_eq!(lines[at + 1].trim(), "Service levels for October are approved");
}

#[test]
fn an_autosaved_draft_survives_sigkill_and_is_offered_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database(dir.path());
    let mut term = Terminal::start(&db, &["--lang", "en"]);
    start_meeting(&mut term);
    term.keys(b"r");
    term.wait_for("New entry: risk");
    term.keys(b"Key people may leave the supplier");
    // The editor says when its draft reached the disk.
    term.wait_until("the draft to be saved", AUTOSAVE, |s| s.contains("draft saved"));
    term.kill();

    let conn = open_checked(&db);
    let drafts: Vec<(String, String)> = conn
        .prepare("SELECT slot, content FROM draft")
        .and_then(|mut stmt| stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
        .expect("drafts");
    assert_eq!(drafts.len(), 1, "{drafts:?}");
    assert_eq!(drafts[0].0, "new:risk");
    assert!(drafts[0].1.contains("Key people may leave the supplier"));
    drop(conn);

    let mut term = Terminal::start(&db, &["--lang", "en"]);
    open_the_meeting(&mut term);
    term.wait_for("Unsaved text from last time");
    term.wait_for("«Key people may leave the supplier»");
    // Restoring puts the text back in its editor, and Enter records it.
    term.keys(b"r");
    term.wait_for("New entry: risk");
    term.keys(b"\r");
    term.wait_until("the restored risk to be saved", Duration::from_secs(10), |s| {
        entry_saved(s, "Key people may leave the supplier")
    });
    term.keys(b"\x03");
    assert!(term.wait_exit());

    let conn = open_checked(&db);
    let entries: Vec<(String, String)> = conn
        .prepare("SELECT kind, text FROM entry WHERE deleted_at IS NULL")
        .and_then(|mut stmt| stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
        .expect("entries");
    assert_eq!(
        entries,
        [(
            "risk".to_string(),
            "Key people may leave the supplier".to_string()
        )]
    );
    let drafts: i64 = conn
        .query_row("SELECT count(*) FROM draft", [], |r| r.get(0))
        .expect("drafts");
    assert_eq!(drafts, 0, "the entry took its draft with it");
}

#[test]
fn sigterm_keeps_the_text_just_typed_and_restores_the_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database(dir.path());
    let mut term = Terminal::start(&db, &["--lang", "en"]);
    start_meeting(&mut term);
    term.keys(b"r");
    term.wait_for("New entry: risk");
    // Typed just now: the autosave is not due yet, so only the signal keeps it.
    term.send(b"The budget may not last the year");
    term.wait_for("The budget may not last the year");
    term.signal(15);
    assert!(
        !term.wait_exit(),
        "fora ends as killed by SIGTERM, as its parent expects"
    );
    assert!(
        !term.alternate_screen(),
        "the terminal is back on the main screen"
    );
    assert!(!term.cursor_hidden(), "the cursor shows again");

    let mut term = Terminal::start(&db, &["--lang", "en"]);
    open_the_meeting(&mut term);
    term.wait_for("Unsaved text from last time");
    term.wait_for("«The budget may not last the year»");
    term.keys(b"\x03");
    assert!(term.wait_exit());
}

#[test]
fn an_entry_the_screen_calls_saved_is_on_disk_after_sigkill() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database(dir.path());
    let mut term = Terminal::start(&db, &["--lang", "en"]);
    start_meeting(&mut term);
    term.keys(b"i");
    term.wait_for("New entry: information");
    term.keys(b"Two incidents in October, both closed");
    term.send(b"\r");
    // Nothing but the screen says it is saved; kill the moment it does.
    term.wait_until("the entry to be saved", Duration::from_secs(10), |s| {
        entry_saved(s, "Two incidents in October, both closed")
    });
    term.kill();

    // On disk, whole: the entry, and the history line of its creation.
    let conn = open_checked(&db);
    let (kind, text, meeting_status): (String, String, String) = conn
        .query_row(
            "SELECT e.kind, e.text, m.status FROM entry e JOIN meeting m ON m.id = e.meeting_id
             WHERE e.deleted_at IS NULL",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("exactly one entry");
    assert_eq!(kind, "information");
    assert_eq!(text, "Two incidents in October, both closed");
    assert_eq!(meeting_status, "in_progress", "a kill does not end the meeting");
    let broken: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
        .expect("foreign_key_check");
    assert_eq!(broken, 0);
    let logged: i64 = conn
        .query_row(
            "SELECT count(*) FROM history WHERE action = 'entry.add'",
            [],
            |r| r.get(0),
        )
        .expect("history");
    assert_eq!(logged, 1, "the history log holds its creation");
    drop(conn);

    // The next fora shows it.
    let shown = fora(&db, &["--lang", "en", "show", "leveransforum", "latest"]);
    let shown = String::from_utf8_lossy(&shown.get_output().stdout).to_string();
    assert!(shown.contains("Two incidents in October, both closed"), "{shown}");
}

#[test]
fn a_second_fora_is_told_the_meeting_is_being_recorded_and_follows_it_read_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database(dir.path());
    let mut recorder = Terminal::start(&db, &["--lang", "en"]);
    start_meeting(&mut recorder);

    let mut reader = Terminal::start(&db, &["--lang", "en"]);
    open_the_meeting(&mut reader);
    let screen = reader.wait_until("the read-only notice", Duration::from_secs(10), |s| {
        s.contains("READ-ONLY – already being recorded by")
    });
    // The person recording, as this machine names its user; not a process id.
    let person = fora::store::locks::this_person();
    assert!(
        screen.contains(&format!("recorded by {person}")),
        "names the person recording ({person}):\n{screen}"
    );
    assert!(!screen.contains(&format!("{}@", recorder.pid())), "{screen}");
    reader.keys(b"d");
    reader.wait_for("Read-only: the meeting is being recorded in another fora");

    recorder.keys(b"d");
    recorder.wait_for("New entry: decision");
    recorder.keys(b"Recorded in one place only\r");
    recorder.wait_until("the decision to be saved", Duration::from_secs(10), |s| {
        entry_saved(s, "Recorded in one place only")
    });
    // The reader reads the meeting again every two seconds.
    reader.wait_until("the decision on the reader", Duration::from_secs(10), |s| {
        s.contains("Recorded in one place only")
    });

    // Killed, the recorder frees the meeting at once: its process is gone.
    recorder.kill();
    reader.keys(b"q");
    reader.wait_for("Enter meetings");
    reader.keys(b"\x1b");
    reader.wait_for("Forums");
    open_the_meeting(&mut reader);
    reader.keys(b"i");
    reader.wait_for("New entry: information");
    assert!(!reader.screen().contains("READ-ONLY"), "{}", reader.screen());
    reader.keys(b"\x03");
    assert!(reader.wait_exit(), "Ctrl-C exits with success");
}
