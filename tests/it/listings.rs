//! Listings as a user pages through them: `--limit` and `--offset`, the
//! total under a table, JSON as one array or one object a line, and rows
//! written as they are read rather than gathered first.

use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};

use assert_cmd::Command;
use chrono::{Local, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::EntryKind;
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::meetings::EntryFields;
use serde_json::Value;

use crate::support::pty::Terminal;

struct Fora {
    _dir: tempfile::TempDir,
    db: PathBuf,
}

impl Fora {
    /// A year of the demo archive: a few hundred of every kind of row.
    fn demo() -> Fora {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("fora.db");
        let fora = Fora { _dir: dir, db };
        fora.ok(&["demo", "--years", "1"]);
        fora
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = Command::cargo_bin("fora")
            .unwrap()
            .env_remove("FORA_LANG")
            .arg("--db")
            .arg(&self.db)
            .args(args)
            .assert()
            .success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    }

    fn json(&self, args: &[&str]) -> Vec<Value> {
        let text = self.ok(args);
        match serde_json::from_str(&text) {
            Ok(Value::Array(rows)) => rows,
            other => panic!("not one JSON array: {other:?}\n{text}"),
        }
    }

    fn jsonl(&self, args: &[&str]) -> Vec<Value> {
        self.ok(args)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect()
    }
}

/// 75755 as Swedish writes it: "75 755", with a no-break space.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

const LISTINGS: [&[&str]; 6] = [
    &["actions"],
    &["decisions"],
    &["escalations"],
    &["disagreements"],
    &["meetings"],
    &["search", "incident"],
];

fn with<'a>(command: &[&'a str], more: &[&'a str]) -> Vec<&'a str> {
    command.iter().chain(more).copied().collect()
}

#[test]
fn limit_and_offset_give_the_same_rows_in_the_same_order() {
    let fora = Fora::demo();
    for command in LISTINGS {
        // Into a pipe every row comes, without a default limit.
        let all = fora.json(&with(command, &["--json"]));
        assert!(all.len() > 8, "{command:?} lists {} rows", all.len());
        let page = fora.json(&with(command, &["--json", "--limit", "5", "--offset", "3"]));
        assert_eq!(page, all[3..8], "{command:?}");
        let lines = fora.jsonl(&with(command, &["--jsonl", "--limit", "4", "--offset", "2"]));
        assert_eq!(lines, all[2..6], "{command:?}");
        let every = fora.jsonl(&with(command, &["--jsonl"]));
        assert_eq!(every, all, "{command:?}");
        let past = fora.ok(&with(command, &["--json", "--offset", "1000000"]));
        assert_eq!(past, "[]\n", "{command:?}");
    }
}

#[test]
fn on_a_terminal_a_table_shows_the_first_fifty_and_the_total() {
    let fora = Fora::demo();
    let total = fora.json(&["actions", "--json"]).len();
    assert!(total > 50, "{total}");
    // The screen once `last` is on it, the last line fora writes.
    let shown = |args: &[&str], last: &str| {
        let mut terminal = Terminal::start(&fora.db, args);
        terminal.wait_for(last);
        assert!(terminal.wait_exit());
        terminal.screen()
    };
    let more = format!("50 av {} – visa fler med --limit och --offset", grouped(total));
    shown(&["actions"], &more);

    let more = format!("3 av {} – visa fler med --limit och --offset", grouped(total));
    let screen = shown(&["actions", "--limit", "3"], &more);
    let lines: Vec<&str> = screen.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 2 + 3 + 1, "{screen}");
    assert_eq!(lines[5].trim_end(), more);

    let offset = (total - 2).to_string();
    let (from, to) = (grouped(total - 1), grouped(total));
    let more = format!("{from}–{to} av {to} – visa fler med --limit och --offset");
    let screen = shown(&["actions", "--limit", "10", "--offset", &offset], &more);
    let lines: Vec<&str> = screen.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 2 + 2 + 1, "{screen}");
    assert_eq!(lines[4].trim_end(), more);

    let decisions = fora.json(&["decisions", "--json"]).len();
    let more = format!("1 of {decisions} – show more with --limit and --offset");
    shown(&["--lang", "en", "decisions", "--limit", "1"], &more);

    // Into a pipe the same command gives every row, and no count.
    let piped = fora.ok(&["actions"]);
    assert_eq!(piped.lines().count(), 2 + total, "{piped}");
    let page = fora.ok(&["actions", "--limit", "3"]);
    assert_eq!(page.lines().count(), 2 + 3, "{page}");
}

#[test]
fn filters_page_like_the_whole_register() {
    let fora = Fora::demo();
    let open = fora.json(&["actions", "--open", "--json"]);
    assert!(open.iter().all(|a| a["done"] == false));
    let forum = fora.json(&["actions", "--forum", "leveransforum", "--json"]);
    assert!(!forum.is_empty() && forum.iter().all(|a| a["forum_id"] == "leveransforum"));
    let page = fora.json(&[
        "actions",
        "--forum",
        "leveransforum",
        "--json",
        "--limit",
        "2",
        "--offset",
        "1",
    ]);
    assert_eq!(page, forum[1..3]);
    let open_escalations = fora.json(&["escalations", "--open", "--json"]);
    assert!(open_escalations.iter().all(|e| e["state"] == "open"));
    let all_escalations = fora.json(&["escalations", "--json"]);
    let counted = all_escalations.iter().filter(|e| e["state"] == "open").count();
    assert_eq!(open_escalations.len(), counted);
}

/// An archive of `rows` actions of `size` bytes each.
fn large(db: &Path, rows: usize, size: usize) {
    let mut store = Store::open(db).unwrap();
    let at = Local.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap();
    let id = store
        .start_meeting("leveransforum", "2026-03-02", Channel::Fysiskt, at, Lang::Sv)
        .unwrap();
    let item = store.agenda(id).unwrap()[3].id;
    store.begin_batch().unwrap();
    for n in 0..rows {
        let fields = EntryFields {
            text: format!("{n:05} {}", "x".repeat(size)),
            owner: Some("Bo Ek".into()),
            due: Some("2026-04-01".into()),
            ..Default::default()
        };
        store
            .add_entry(item, EntryKind::Action, &fields, at, None)
            .unwrap();
    }
    store.commit_batch().unwrap();
}

/// The peak memory of `fora ARGS` writing to /dev/null, in KiB, and whether it succeeded.
#[expect(clippy::zombie_processes, reason = "wait4 below reaps the child")]
fn peak_kib(db: &Path, args: &[&str]) -> (i64, bool) {
    let child = Process::new(assert_cmd::cargo::cargo_bin("fora"))
        .arg("--db")
        .arg(db)
        .args(args)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    // wait4 gives this child's own figures, whatever other tests run meanwhile.
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid);
    (
        usage.ru_maxrss,
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
    )
}

#[test]
fn a_listing_of_more_than_memory_would_hold_streams() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    // 20 MB of action text (each just under an entry's limit): gathered
    // before printing, it would all be in memory at once.
    large(&db, 1_000, 19_990);
    // The program itself, and one row.
    let (base, ok) = peak_kib(&db, &["actions", "--json", "--limit", "1"]);
    assert!(ok);
    for format in ["--json", "--jsonl"] {
        let (kib, ok) = peak_kib(&db, &["actions", format]);
        assert!(ok);
        assert!(
            kib < base + 12 * 1024,
            "`fora actions {format}` peaked at {kib} KiB, one row at {base} KiB"
        );
    }
}
