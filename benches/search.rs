//! Benchmark: `fora search` and `fora status` as whole processes on an
//! archive of about 1,000,000 entries, beside ripgrep over the same archive
//! exported as one Markdown protocol per meeting. Prints figures; asserts nothing.
//!
//! Run: `cargo bench --bench search` (ripgrep `rg` on PATH for the baseline).
//! The archive is built once with the demo generator and kept in
//! `target/bench-archives/` (or FORA_BENCH_DIR); delete it to build anew.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use fora::demo::{DemoOptions, generate};
use fora::i18n::Lang;
use fora::protocol::MeetingRecord;
use fora::store::Store;

const YEARS: u32 = 10;
/// About 1,750 meetings in ten years; this many entries each gives ~1,000,000.
const ENTRIES_PER_MEETING: u32 = 570;
const RUNS: usize = 60;
const QUERIES: &[&str] = &[
    "betygsexporten",
    "incident",
    "lastbalanserare",
    "gränsdragningen",
    "tillgängligheten",
    "vitet",
    "schemaintegrationen",
    "dokumentationen",
];

fn archive_dir() -> PathBuf {
    std::env::var_os("FORA_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-archives"))
}

fn entries(db: &Path) -> i64 {
    let Ok(conn) = rusqlite::Connection::open(db) else {
        return 0;
    };
    conn.query_row("SELECT count(*) FROM entry", [], |r| r.get(0))
        .unwrap_or(0)
}

/// The 1,000,000-entry archive and its Markdown export, built once.
fn archive() -> (PathBuf, PathBuf) {
    let dir = archive_dir();
    std::fs::create_dir_all(&dir).expect("archive folder");
    let db = dir.join("archive-1m.db");
    let markdown = dir.join("archive-1m-md");
    if entries(&db) < 900_000 {
        let _ = std::fs::remove_file(&db);
        let _ = std::fs::remove_dir_all(&markdown);
        let started = Instant::now();
        let mut store = Store::open(&db).expect("open archive");
        let mut options = DemoOptions::new(YEARS, NaiveDate::from_ymd_opt(2026, 11, 26).expect("a date"));
        options.entries_per_meeting = ENTRIES_PER_MEETING;
        let summary = generate(&mut store, &options).expect("generate");
        println!(
            "built the archive: {} meetings, {} entries in {:.0} s",
            summary.meetings,
            summary.entries,
            started.elapsed().as_secs_f64()
        );
    }
    if !markdown.exists() {
        let started = Instant::now();
        let store = Store::open(&db).expect("open archive");
        let catalog = store.catalog().expect("catalogue");
        let partial = dir.join("archive-1m-md.partial");
        let _ = std::fs::remove_dir_all(&partial);
        std::fs::create_dir_all(&partial).expect("markdown folder");
        for m in store.meeting_summaries(None).expect("meetings") {
            let record = MeetingRecord::load(&store, m.id).expect("meeting");
            let forum = catalog.forum(&m.forum_id).expect("forum");
            let text = fora::protocol::markdown::render(&record, forum, Lang::Sv);
            std::fs::write(
                partial.join(format!("{}-{}-{}.md", m.date, m.forum_id, m.id)),
                text,
            )
            .expect("write");
        }
        std::fs::rename(&partial, &markdown).expect("rename");
        println!(
            "exported the archive as Markdown in {:.0} s",
            started.elapsed().as_secs_f64()
        );
    }
    (db, markdown)
}

fn time(mut make: impl FnMut(usize) -> Command) -> Vec<Duration> {
    for i in 0..3 {
        make(i)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("spawn");
    }
    (0..RUNS)
        .map(|i| {
            let mut cmd = make(i);
            let start = Instant::now();
            let status = cmd
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .expect("spawn");
            let took = start.elapsed();
            assert!(status.success() || status.code() == Some(1), "{cmd:?} failed");
            took
        })
        .collect()
}

fn report(name: &str, mut runs: Vec<Duration>) -> (f64, f64) {
    runs.sort();
    let at = |p: f64| runs[((runs.len() - 1) as f64 * p).round() as usize].as_secs_f64() * 1e3;
    let (median, p95) = (at(0.5), at(0.95));
    println!("{name:<44} median {median:>8.2} ms   p95 {p95:>8.2} ms");
    (median, p95)
}

fn main() {
    let (db, markdown) = archive();
    let files = std::fs::read_dir(&markdown).map(|d| d.count()).unwrap_or(0);
    let bytes: u64 = std::fs::read_dir(&markdown)
        .map(|d| d.filter_map(|e| e.ok()?.metadata().ok()).map(|m| m.len()).sum())
        .unwrap_or(0);
    println!(
        "archive: {} entries in {}; {files} Markdown files, {:.0} MB",
        entries(&db),
        db.display(),
        bytes as f64 / 1e6
    );
    let fora = env!("CARGO_BIN_EXE_fora");
    println!(
        "{RUNS} runs each over {} queries, whole processes:",
        QUERIES.len()
    );
    let (_, search_p95) = report(
        "fora search WORD (newest 50 hits)",
        time(|i| {
            let mut c = Command::new(fora);
            c.arg("--db")
                .arg(&db)
                .args(["search", QUERIES[i % QUERIES.len()]]);
            c
        }),
    );
    report(
        "fora search WORD --limit 1000000 (every hit)",
        time(|i| {
            let mut c = Command::new(fora);
            c.arg("--db")
                .arg(&db)
                .args(["search", QUERIES[i % QUERIES.len()], "--limit", "1000000"]);
            c
        }),
    );
    let rg = Command::new("rg")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if rg {
        let (_, rg_p95) = report(
            "rg -i WORD over the Markdown export",
            time(|i| {
                let mut c = Command::new("rg");
                c.args(["-i", "--no-messages", QUERIES[i % QUERIES.len()]])
                    .arg(&markdown);
                c
            }),
        );
        println!(
            "p95: ripgrep / fora search = {:.1} (target: at least 10)",
            rg_p95 / search_p95
        );
    } else {
        println!("ripgrep not found: install it (apt-get install ripgrep) for the baseline");
    }
    let (_, status_p95) = report(
        "fora status",
        time(|_| {
            let mut c = Command::new(fora);
            c.arg("--db").arg(&db).arg("status");
            c
        }),
    );
    println!("fora status p95 {status_p95:.1} ms (target: under 50 ms)");
}
