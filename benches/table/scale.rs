//! Scale: what grows with an archive, on the 1,000,000-entry archive and on
//! fifty years of demo meetings (many meetings as well as many entries).
//!
//! - Every listing command as a whole process writing into a pipe, where it
//!   prints every row: the time to its first line and to its end, and its
//!   peak memory. Targets: first line within 50 ms, peak under 20 MiB.
//! - `fora export` of the oldest and of the newest meeting as a whole
//!   process (the record's load included). Target: the oldest within 1.5×
//!   of the newest.
//! - `fora backup` beside `sqlite3 .backup` followed by `PRAGMA
//!   integrity_check` (fora checks its copy too). Target: at most 1.2×.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::Config;
use crate::archive::{self, Demo};
use crate::process::{available, fora, peak_kib, time_runs};
use crate::report::{Row, Stat, Target};
use crate::search::{large, size};
use crate::stats::Figure;

const LISTINGS: &[&[&str]] = &[
    &["actions"],
    &["decisions"],
    &["escalations"],
    &["disagreements"],
    &["meetings"],
    &["search", "incident"],
];

fn fora_on(db: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(fora());
    c.arg("--db").arg(db).args(args);
    c
}

/// The time from spawn to the first line read from the pipe, to the last,
/// and how many lines came.
fn first_and_end(mut command: Command) -> (Duration, Duration, usize) {
    let started = Instant::now();
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let mut out = BufReader::new(child.stdout.take().expect("a pipe"));
    let mut line = Vec::new();
    out.read_until(b'\n', &mut line).expect("read");
    let first = started.elapsed();
    let mut lines = usize::from(!line.is_empty());
    loop {
        line.clear();
        if out.read_until(b'\n', &mut line).expect("read") == 0 {
            break;
        }
        lines += 1;
    }
    let status = child.wait().expect("wait");
    assert!(status.success(), "{command:?} failed: {status}");
    (first, started.elapsed(), lines)
}

fn listings(config: &Config, db: &Path, label: &str) -> Vec<Row> {
    let mut rows = Vec::new();
    for args in LISTINGS {
        let name = format!("fora {}", args.join(" "));
        first_and_end(fora_on(db, args));
        let runs: Vec<_> = (0..config.count(10, 2))
            .map(|_| first_and_end(fora_on(db, args)))
            .collect();
        let lines = runs[0].2;
        assert!(lines > 1, "{name} printed {lines} lines on {label}");
        let first: Vec<Duration> = runs.iter().map(|r| r.0).collect();
        let end: Vec<Duration> = runs.iter().map(|r| r.1).collect();
        let peak = Figure::kib(&peak_kib(config.count(3, 1), || fora_on(db, args)));
        rows.push(
            Row::new(
                format!("{name}, first line, {label}"),
                format!(
                    "`{name}` into a pipe, where it prints every row ({lines} lines) with no default \
                     limit: from spawn to its first line read"
                ),
                Figure::times(&first),
            )
            .target(Target::Below(Stat::P95, 50.0)),
        );
        rows.push(Row::new(
            format!("{name}, to the end, {label}"),
            "the same, from spawn to the last line read and the process ended",
            Figure::times(&end),
        ));
        rows.push(
            Row::new(
                format!("peak memory, {name}, {label}"),
                "the same command's peak resident set size (ru_maxrss through a launcher)",
                peak,
            )
            .target(Target::Below(Stat::P95, 20.0)),
        );
    }
    rows
}

/// The ids of the oldest and the newest meeting.
fn ends(db: &Path) -> (i64, i64) {
    let conn = rusqlite::Connection::open(db).expect("open the archive");
    let one = |order: &str| -> i64 {
        conn.query_row(
            &format!("SELECT id FROM meeting ORDER BY date {order}, id {order} LIMIT 1"),
            [],
            |r| r.get(0),
        )
        .expect("a meeting")
    };
    (one("ASC"), one("DESC"))
}

fn exports(config: &Config, db: &Path, label: &str) -> Vec<Row> {
    let (oldest, newest) = ends(db);
    let runs = config.count(30, 3);
    let export = |id: i64| {
        let id = id.to_string();
        Figure::times(&time_runs(3, runs, &[], |_| {
            fora_on(db, &["export", &id, "--format", "md"])
        }))
    };
    let (old, new) = (export(oldest), export(newest));
    vec![
        Row::new(
            format!("fora export, oldest meeting, {label}"),
            format!(
                "`fora export ID --format md` of the archive's oldest meeting (id {oldest}) as a whole \
                 process, its record loaded from the file; beside it the same for the newest (id {newest})"
            ),
            old,
        )
        .beside("the newest meeting", Ok(new))
        .target(Target::RatioAtMost(Stat::Median, 1.5)),
    ]
}

fn backups(config: &Config, db: &Path, label: &str) -> Vec<Row> {
    let dir = tempfile::tempdir_in(archive::scratch()).expect("temp dir");
    let copy = dir.path().join("backup.db");
    let clear = || {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", copy.display()));
        }
    };
    let runs = config.count(5, 1);
    let backup = Figure::times(&time_runs(1, runs, &[], |_| {
        clear();
        let mut c = fora_on(db, &["backup"]);
        c.arg(&copy);
        c
    }));
    let shell = available("sqlite3").map(|()| {
        Figure::times(&time_runs(1, runs, &[], |_| {
            clear();
            let mut c = Command::new("sh");
            c.arg("-c")
                .arg("sqlite3 \"$1\" \".backup '$2'\" && sqlite3 \"$2\" 'PRAGMA integrity_check'")
                .arg("sh")
                .arg(db)
                .arg(&copy);
            c
        }))
    });
    clear();
    vec![
        Row::new(
            format!("fora backup, {label}"),
            "`fora backup FILE` (online backup of every page in one step, then `PRAGMA \
             integrity_check` on the copy) as a whole process; beside it `sqlite3 DB \".backup \
             'FILE'\" && sqlite3 FILE 'PRAGMA integrity_check'`, each to a new file on the project's disk",
            backup,
        )
        .beside("sqlite3 .backup + integrity_check", shell)
        .target(Target::RatioAtMost(Stat::Median, 1.2)),
    ]
}

pub fn run(config: &Config) -> Vec<Row> {
    let million = large(config, "scale").get();
    // Fifty years of meetings; under --quick, when not built yet, one year.
    let years = if config.quick && !Demo::Years(50).is_cached() {
        1
    } else {
        50
    };
    let decades = Demo::Years(years).get();
    let million_label = size(archive::entries(&million));
    let decades_label = format!("{years}-year archive");
    println!(
        "scale: {million_label} in {}; the {decades_label} in {}, {} entries",
        million.display(),
        decades.display(),
        archive::entries(&decades)
    );
    let mut rows = Vec::new();
    for (db, label) in [(&million, &million_label), (&decades, &decades_label)] {
        rows.extend(listings(config, db, label));
        rows.extend(exports(config, db, label));
    }
    rows.extend(backups(config, &million, &million_label));
    rows
}
