//! Look-up: `fora who FORUM` as a whole process on a database with 5,000
//! people and ten years of role history, beside the sqlite3 shell running
//! the same roster query on the same file; and the peak memory of each.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crate::Config;
use crate::archive::{self, ROSTER_PEOPLE, ROSTER_YEARS};
use crate::process::{available, fora, launcher_floor_kib, peak_kib, time_runs};
use crate::report::{Row, Stat, Target};
use crate::stats::Figure;

const WARMUP: usize = 5;

fn who(db: &Path, forum: &str) -> Command {
    let mut c = Command::new(fora());
    c.arg("--db").arg(db).args(["who", forum]);
    c
}

pub fn run(config: &Config) -> Vec<Row> {
    let dir = tempfile::tempdir().expect("temp dir");
    // FORA_BENCH_DB keeps the database for a closer look afterwards.
    let db = std::env::var_os("FORA_BENCH_DB").map_or_else(|| dir.path().join("bench.db"), Into::into);
    let _ = std::fs::remove_file(&db);
    let built = Instant::now();
    let periods = archive::roster(&db);
    println!(
        "lookup: {ROSTER_PEOPLE} people, {periods} role periods over {ROSTER_YEARS} years, built in {:.1} s",
        built.elapsed().as_secs_f64()
    );
    // The very query fora runs, its parameters written in as literals for the shell.
    let script = format!(
        "{};",
        fora::store::catalog::ROSTER_SQL
            .replace("?1", "'leveransforum'")
            .replace("?2", &format!("'{}'", fora::dates::today()))
    );
    let shell = || {
        let mut c = Command::new("sqlite3");
        c.arg(&db).arg(&script);
        c
    };
    let runs = config.count(300, 10);
    let by_id = Figure::times(&time_runs(WARMUP, runs, &[], |_| who(&db, "leveransforum")));
    let by_name = Figure::times(&time_runs(WARMUP, runs, &[], |_| who(&db, "leveransfor")));
    let sqlite = available("sqlite3");
    let baseline = sqlite
        .clone()
        .map(|()| Figure::times(&time_runs(WARMUP, runs, &[], |_| shell())));

    let memory_runs = config.count(20, 3);
    let memory = Figure::kib(&peak_kib(memory_runs, || who(&db, "leveransforum")));
    let baseline_memory = sqlite.map(|()| Figure::kib(&peak_kib(memory_runs, shell)));
    let floor = launcher_floor_kib() as f64 / 1024.0;

    const SHELL: &str = "sqlite3 shell, same query";
    vec![
        Row::new(
            "fora who leveransforum",
            "`fora who leveransforum` as a whole process, spawn to exit, on 5,000 people with ten \
             years of role history; beside it the `sqlite3` shell running the roster query fora \
             runs, its parameters written in, on the same file",
            by_id,
        )
        .beside(SHELL, baseline.clone())
        .target(Target::Below(Stat::Median, 5.0))
        .target(Target::RatioAtMost(Stat::Median, 1.5)),
        Row::new(
            "fora who leveransfor (by name)",
            "the same, the forum named by the start of its name, which fora resolves first",
            by_name,
        )
        .beside(SHELL, baseline),
        Row::new(
            "peak memory, fora who",
            format!(
                "the peak resident set size (ru_maxrss from wait4, through a launcher; its floor, \
                 `true`'s peak, was {floor:.1} MiB) of `fora who leveransforum`, beside the \
                 `sqlite3` shell's for the same query"
            ),
            memory,
        )
        .beside(SHELL, baseline_memory)
        .target(Target::Below(Stat::P95, 20.0)),
    ]
}
