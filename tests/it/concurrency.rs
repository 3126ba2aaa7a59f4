//! While one fora records a meeting in a terminal, other processes look
//! things up and a second writer adds people on the same database: no user
//! sees "database is locked", and nothing is lost.
//!
//! CI runs a short count; the full one is
//! `FORA_CONCURRENCY_READS=10000 cargo test --release --test it concurrency:: -- --nocapture`.

use crate::support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use support::pty::{Terminal, open_checked};

fn fora(db: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_fora"))
        .env_remove("FORA_LANG")
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run fora")
}

/// A failure a user would see: a non-zero exit, or a word about locking.
fn failure(out: &std::process::Output) -> Option<String> {
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    let locked = stderr.contains("upptagen") || stderr.contains("locked") || stderr.contains("busy");
    (!out.status.success() || locked).then_some(stderr)
}

#[test]
fn lookups_and_a_second_writer_never_meet_a_locked_database() {
    let reads: usize = std::env::var("FORA_CONCURRENCY_READS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    let writes = (reads / 20).clamp(10, 500);
    let entries = 12;
    let dir = tempfile::tempdir().unwrap();
    let db: PathBuf = dir.path().join("fora.db");
    assert!(fora(&db, &["people", "add", "Anna Berg"]).status.success());

    // One fora records a meeting.
    let mut term = Terminal::start(&db, &["--lang", "en"]);
    term.wait_for("Forums");
    term.keys(b"/leveransforum\r");
    term.wait_for("Forums /leveransforum");
    term.keys(b"\r");
    term.wait_for("Leveransforum · meetings");
    term.keys(b"n");
    term.wait_for("Start a meeting of Leveransforum today");
    term.keys(b"y");
    term.wait_for("Meeting time");

    let errors = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let done_reads = Arc::new(AtomicUsize::new(0));
    let mut workers = Vec::new();
    for worker in 0..2 {
        let (db, errors, done_reads) = (db.clone(), Arc::clone(&errors), Arc::clone(&done_reads));
        workers.push(std::thread::spawn(move || {
            for i in 0..reads / 2 {
                let args: &[&str] = match (i + worker) % 4 {
                    0 => &["who", "leveransforum"],
                    1 => &["show", "leveransforum", "latest"],
                    2 => &["search", "entry"],
                    _ => &["meetings", "--json"],
                };
                let out = fora(&db, args);
                if let Some(e) = failure(&out) {
                    errors.lock().unwrap().push(format!("{args:?}: {e}"));
                }
                done_reads.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    let writer = {
        let (db, errors) = (db.clone(), Arc::clone(&errors));
        std::thread::spawn(move || {
            for i in 0..writes {
                let out = fora(&db, &["people", "add", &format!("Writer {i:04}")]);
                if let Some(e) = failure(&out) {
                    errors.lock().unwrap().push(format!("people add: {e}"));
                }
            }
        })
    };

    // Meanwhile the secretary records entries, each confirmed on screen.
    for i in 0..entries {
        term.keys(b"i");
        term.wait_for("New entry: information");
        term.keys(format!("Concurrent entry {i:02}").as_bytes());
        term.keys(b"\r");
        term.wait_until("the entry to be saved", Duration::from_secs(20), |s| {
            s.contains("Saved:") && !s.contains("New entry:")
        });
    }
    for w in workers {
        w.join().unwrap();
    }
    writer.join().unwrap();
    term.keys(b"\x03");
    assert!(term.wait_exit());

    let conn = open_checked(&db);
    let recorded: i64 = conn
        .query_row(
            "SELECT count(*) FROM entry WHERE text LIKE 'Concurrent entry %' AND deleted_at IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let people: i64 = conn
        .query_row(
            "SELECT count(*) FROM person WHERE name LIKE 'Writer %'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let errors = errors.lock().unwrap();
    println!(
        "concurrency: {} reads and {writes} writes from other processes while {entries} entries were recorded; \
         entries lost: {}, writes lost: {}, errors seen by a user: {}",
        done_reads.load(Ordering::Relaxed),
        entries as i64 - recorded,
        writes as i64 - people,
        errors.len()
    );
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(recorded, entries as i64);
    assert_eq!(people, writes as i64);
}
