//! One sanitizer for every text fora shows: a corpus of hostile sequences
//! goes through it and reaches a vt100 terminal as plain, inert text.

use crate::support;

use std::num::NonZeroU16;

use assert_cmd::Command;
use support::pty::{Requests, Terminal};

/// Each entry: what it tries, and the text that tries it.
const CORPUS: &[(&str, &str)] = &[
    ("OSC 52 clipboard write", "a\u{1b}]52;c;cm0gLXJmIH4=\u{7}b"),
    ("OSC 0 window title", "a\u{1b}]0;pwned\u{7}b"),
    (
        "OSC 8 hyperlink",
        "\u{1b}]8;;https://evil.example/\u{1b}\\click\u{1b}]8;;\u{1b}\\",
    ),
    ("CSI 2J clear screen", "x\u{1b}[2Jy"),
    ("CSI 6n cursor report", "x\u{1b}[6ny"),
    ("ESC c full reset", "x\u{1b}cy"),
    ("8-bit C1 CSI", "x\u{9b}2Jy"),
    ("8-bit C1 OSC", "x\u{9d}0;pwned\u{9c}y"),
    ("bidirectional override", "invoice \u{202e}fdp.exe"),
    ("bidirectional isolate", "a\u{2066}b\u{2069}c"),
    ("bell and backspace", "a\u{7}\u{8}\u{8}b"),
    ("cursor movement", "abc\u{1b}[10;10Hdef\u{1b}[1A"),
    ("alternate screen", "\u{1b}[?1049hhidden"),
    ("carriage return overwrite", "safe\rEVIL"),
];

fn size(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).unwrap()
}

/// What a 24×100 terminal shows and is asked for after receiving `bytes`.
fn terminal_after(bytes: &[u8]) -> (String, Vec<String>, bool, (u16, u16)) {
    let mut parser = vt100::Parser::new_with_callbacks(size(24), size(100), 0, Requests::default());
    parser.process(bytes);
    let screen = parser.screen();
    (
        screen.contents(),
        parser.callbacks().0.clone(),
        screen.alternate_screen(),
        screen.cursor_position(),
    )
}

#[test]
fn the_corpus_is_hostile_when_raw() {
    // Each raw entry changes something a plain text would not; otherwise the
    // test below could not fail.
    for (name, raw) in CORPUS {
        let (contents, requests, alternate, cursor) = terminal_after(raw.as_bytes());
        let plain_width = raw.chars().count() as u16;
        let changed = contents != *raw || !requests.is_empty() || alternate || cursor != (0, plain_width);
        assert!(changed, "{name} does nothing to a terminal");
    }
}

#[test]
fn sanitized_text_is_shown_as_it_is_and_changes_nothing_else() {
    for (name, raw) in CORPUS {
        let shown = fora::text::inert(raw);
        let (contents, requests, alternate, cursor) = terminal_after(shown.as_bytes());
        assert!(
            requests.is_empty(),
            "{name}: the terminal was asked for {requests:?}"
        );
        assert!(!alternate, "{name}: switched screens");
        assert_eq!(contents, shown, "{name}: the screen shows something else");
        let width = unicode_width(&shown);
        assert_eq!(cursor, (0, width), "{name}: the cursor moved");
        assert!(!shown.contains('\u{1b}'), "{name}");
    }
}

fn unicode_width(text: &str) -> u16 {
    use unicode_width::UnicodeWidthStr;
    text.width() as u16
}

/// A database with hostile text in names and entries, as another tool could write.
fn hostile_database(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let db = dir.path().join("fora.db");
    Command::cargo_bin("fora")
        .unwrap()
        .arg("--db")
        .arg(&db)
        .arg("forums")
        .assert()
        .success();
    let conn = rusqlite::Connection::open(&db).unwrap();
    for (i, (_, raw)) in CORPUS.iter().enumerate() {
        conn.execute(
            "INSERT INTO organisation (name, party) VALUES (?1, 'ovriga')",
            [format!("Org {i} {raw}")],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO person (name, organisation_id) VALUES (?1, 1)",
            [format!("Person {i} {raw}")],
        )
        .unwrap();
        let person = conn.last_insert_rowid();
        conn.execute(
            "INSERT INTO role_assignment (person_id, role_id, organisation_id, party, valid_from)
             VALUES (?1, 'bitradande-stadsdirektor', 1, 'staden', '2020-01-01')",
            [person],
        )
        .unwrap();
    }
    db
}

#[test]
fn the_command_line_prints_hostile_names_inert() {
    let dir = tempfile::tempdir().unwrap();
    let db = hostile_database(&dir);
    for args in [
        vec!["org", "list"],
        vec!["people", "list"],
        vec!["who", "ledningsforum"],
        vec!["where", "bitradande-stadsdirektor"],
        vec!["forum", "show", "ledningsforum"],
    ] {
        let out = Command::cargo_bin("fora")
            .unwrap()
            .arg("--db")
            .arg(&db)
            .args(&args)
            .assert()
            .success();
        let bytes = out.get_output().stdout.clone();
        let (_, requests, alternate, _) = terminal_after(&bytes);
        assert!(
            requests.is_empty(),
            "fora {args:?} asked the terminal for {requests:?}"
        );
        assert!(!alternate, "fora {args:?}");
        assert!(
            !bytes.contains(&0x1b) && !bytes.contains(&0x07),
            "fora {args:?} printed control bytes"
        );
    }
    // An unknown name is echoed in the error, inert too.
    let out = Command::cargo_bin("fora")
        .unwrap()
        .arg("--db")
        .arg(&db)
        .args(["who", "x\u{1b}]0;t\u{7}"])
        .assert()
        .failure();
    assert!(!out.get_output().stderr.contains(&0x1b));
}

#[test]
fn the_terminal_ui_shows_hostile_names_inert() {
    let dir = tempfile::tempdir().unwrap();
    let db = hostile_database(&dir);
    let mut term = Terminal::start(&db, &[]);
    // Ledningsforum is selected first; its first seat lists the hostile holders.
    term.wait_for("Person 0");
    let asked: Vec<String> = term
        .requests()
        .into_iter()
        .filter(|r| {
            r.starts_with("title")
                || r.starts_with("clipboard")
                || r.contains("bell")
                || r.starts_with("icon")
        })
        .collect();
    assert!(asked.is_empty(), "the UI let text ask the terminal for {asked:?}");
    // The escape characters are on screen as visible stand-ins.
    assert!(term.screen().contains('\u{241b}'), "{}", term.screen());
    term.keys(b"q");
    assert!(term.wait_exit());
}

/// A meeting whose entry is nothing but hostile sequences, as a pasted or imported text could be.
fn hostile_meeting(db: &std::path::Path) -> i64 {
    let mut store = fora::store::Store::open(db).unwrap();
    let at = chrono::Local::now();
    let id = store
        .start_meeting(
            "leveransforum",
            "2026-11-02",
            fora::domain::Channel::Fysiskt,
            at,
            fora::i18n::Lang::Sv,
        )
        .unwrap();
    let item = store.agenda(id).unwrap()[0].id;
    let text: String = CORPUS.iter().map(|(_, raw)| *raw).collect::<Vec<_>>().join("\n");
    let fields = fora::store::meetings::EntryFields {
        text: "ofarlig".into(),
        ..Default::default()
    };
    let entry = store
        .add_entry(
            item,
            fora::domain::meeting::EntryKind::Information,
            &fields,
            at,
            None,
        )
        .unwrap();
    // The store refuses such text; another tool could still write it.
    store
        .conn()
        .execute("UPDATE entry SET text = ?2 WHERE id = ?1", (entry, text))
        .unwrap();
    id
}

#[test]
fn an_entry_of_escape_sequences_is_plain_text_in_show_and_export() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    hostile_meeting(&db);
    for args in [
        vec!["show", "leveransforum", "latest"],
        vec!["export", "leveransforum", "latest", "--format", "md"],
    ] {
        let out = Command::cargo_bin("fora")
            .unwrap()
            .arg("--db")
            .arg(&db)
            .args(&args)
            .assert()
            .success();
        let bytes = out.get_output().stdout.clone();
        let (_, requests, alternate, _) = terminal_after(&bytes);
        assert!(requests.is_empty() && !alternate, "fora {args:?}: {requests:?}");
        assert!(
            !bytes.contains(&0x1b) && !bytes.contains(&0x07),
            "fora {args:?} printed control bytes"
        );
    }
}

#[test]
fn an_entry_of_escape_sequences_is_plain_text_on_the_meeting_screen() {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    let id = hostile_meeting(&db);
    let mut store = fora::store::Store::open(&db).unwrap();
    let today = chrono::Local::now().date_naive();
    let mut app = fora::tui::app::App::new(&store, fora::i18n::Lang::Sv, today).unwrap();
    app.open_meeting(&mut store, id, chrono::Local::now()).unwrap();
    let area = Rect::new(0, 0, 160, 50);
    let mut buf = Buffer::empty(area);
    fora::tui::render(&app, area, &mut buf);
    let screen: String = buf.content().iter().map(|c| c.symbol()).collect();
    assert!(
        screen.contains('\u{241b}'),
        "the escape shows as a visible stand-in"
    );
    for cell in buf.content() {
        assert!(
            !cell.symbol().chars().any(|c| c.is_control()),
            "a control character reached a cell: {:?}",
            cell.symbol()
        );
    }
}
