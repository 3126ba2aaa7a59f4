//! Start-up and the TUI's memory: the release binary in a pseudo-terminal
//! on copies of the ten-year and the one-year demo archives, and of the
//! 1,000,000-entry archive.
//!
//! Cold start to first frame is a new process each run, timed from spawn
//! until the home screen's first frame is on the terminal whole; the page
//! cache is warm (emptying it needs root), so this is fora's own start-up
//! work: opening the database, reading the forums and rosters, drawing.
//!
//! Peak memory is VmHWM from /proc/PID/status, read while the TUI is still
//! running after a session that moves through the home screen, opens the
//! action register, searches, and opens a held meeting from the decision
//! register. (A
//! process started anew has a peak of its own: exec gives it a fresh
//! memory map, unlike ru_maxrss, see process.rs.)

use std::path::Path;

use crate::Config;
use crate::archive::{self, Demo};
use crate::process::fora;
use crate::report::{Row, Stat, Target};
use crate::stats::Figure;
use crate::terminal::Terminal;

/// The forum list's title and the last line of keys: the first frame whole.
const HOME: &[&str] = &["Forums", "P approval"];
/// In English, so the texts awaited read as the README describes them.
const ARGS: &[&str] = &["--lang", "en"];
const WARMUP: usize = 2;

fn start(db: &Path) -> Terminal {
    Terminal::start(fora(), db, ARGS, HOME)
}

fn cold_start(db: &Path) -> std::time::Duration {
    let mut term = start(db);
    let took = term.time_to_watched();
    term.keys(b"q");
    term.wait_exit();
    took
}

/// One session of a secretary looking around; fora's peak RSS in KiB at its end.
fn session_peak(db: &Path) -> u64 {
    let mut term = start(db);
    term.time_to_watched();
    term.keys(b"jjjjjjjjjjkkkkkkkkkk");
    term.keys(b"A");
    term.wait_for("Action register");
    term.keys(b"Gq");
    term.wait_for(HOME[1]);
    term.keys(b"S");
    term.wait_for("Search every meeting");
    term.keys("tillgängligheten".as_bytes());
    term.wait_for("matches");
    term.keys(b"\x1b");
    term.wait_for(HOME[1]);
    // The oldest decision's meeting, ten years back, opened from the register.
    let register = "Decision register";
    term.keys(b"D");
    term.wait_for(register);
    term.keys(b"G\r");
    term.wait_for("Meeting time");
    let peak = vm_hwm(term.pid());
    term.keys(b"q");
    term.wait_for(register);
    term.keys(b"q");
    term.wait_for(HOME[1]);
    term.keys(b"q");
    term.wait_exit();
    peak
}

/// The peak resident set size of a running process, in KiB.
fn vm_hwm(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc/PID/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc/PID/status")
}

pub fn run(config: &Config) -> Vec<Row> {
    let scratch = tempfile::tempdir_in(archive::scratch()).expect("temp dir");
    let (mut cold_rows, mut memory_rows) = (Vec::new(), Vec::new());
    let archives = [
        (Demo::Years(10), "ten-year"),
        (Demo::Years(1), "one-year"),
        (crate::search::large(config, "startup"), "1M-entry"),
    ];
    for (demo, label) in archives {
        // A copy: the TUI may write to its database, the kept archive stays as built.
        let db = archive::copy_into(&demo.get(), scratch.path());
        println!("startup: {label} demo archive, {} entries", archive::entries(&db));
        for _ in 0..WARMUP {
            cold_start(&db);
        }
        let times: Vec<_> = (0..config.count(30, 3)).map(|_| cold_start(&db)).collect();
        let peaks: Vec<u64> = (0..config.count(5, 1)).map(|_| session_peak(&db)).collect();
        let cold = Row::new(
            format!("cold start to first frame, {label} archive"),
            format!(
                "the release binary spawned in a 120×40 pseudo-terminal on the {label} demo archive, \
                 until the home screen's first frame shows whole (vt100 parser); page cache warm"
            ),
            Figure::times(&times),
        );
        let mut memory = Row::new(
            format!("peak memory, TUI, {label} archive"),
            format!(
                "VmHWM of the TUI on the {label} demo archive after moving through the home screen, \
                 the action register, a search and the oldest decision's meeting"
            ),
            Figure::kib(&peaks),
        );
        if label != "one-year" {
            memory = memory.target(Target::Below(Stat::P95, 50.0));
        }
        cold_rows.push(cold);
        memory_rows.push(memory);
    }
    cold_rows.extend(memory_rows);
    cold_rows
}
