//! Search: `fora search` and `fora status` as whole processes on an archive
//! of about 1,000,000 entries, beside ripgrep over the same archive exported
//! as one Markdown protocol per meeting.

use std::path::Path;
use std::process::Command;

use crate::Config;
use crate::archive::{self, Demo};
use crate::process::{available, fora, time_runs};
use crate::report::{Row, Stat, Target};
use crate::stats::Figure;

const WARMUP: usize = 3;
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
/// ripgrep exits with 1 when a query matches nothing.
const NO_MATCH: &[i32] = &[1];

fn fora_on(db: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(fora());
    c.arg("--db").arg(db).args(args);
    c
}

pub fn run(config: &Config) -> Vec<Row> {
    // A quick check should not wait minutes for the large archive.
    let archive = if config.quick && !Demo::Million.is_cached() {
        println!(
            "search: --quick and the 1,000,000-entry archive is not built yet, \
             so these rows are measured on the ten-year demo archive"
        );
        Demo::Years(10)
    } else {
        Demo::Million
    };
    let db = archive.get();
    let markdown = archive::markdown(&db);
    let entries = archive::entries(&db);
    let files = std::fs::read_dir(&markdown).map(|d| d.count()).unwrap_or(0);
    let bytes: u64 = std::fs::read_dir(&markdown)
        .map(|d| d.filter_map(|e| e.ok()?.metadata().ok()).map(|m| m.len()).sum())
        .unwrap_or(0);
    println!(
        "search: {entries} entries in {}; {files} Markdown files, {:.0} MB",
        db.display(),
        bytes as f64 / 1e6
    );
    let size = if entries >= 900_000 {
        "1M entries".to_string()
    } else {
        format!("{entries} entries")
    };

    let runs = config.count(60, 5);
    let query = |i: usize| QUERIES[i % QUERIES.len()];
    let newest = Figure::times(&time_runs(WARMUP, runs, NO_MATCH, |i| {
        fora_on(&db, &["search", query(i), "--limit", "50"])
    }));
    let every = Figure::times(&time_runs(WARMUP, runs, NO_MATCH, |i| {
        fora_on(&db, &["search", query(i), "--limit", "1000000"])
    }));
    let ripgrep = available("rg").map(|()| {
        Figure::times(&time_runs(WARMUP, runs, NO_MATCH, |i| {
            let mut c = Command::new("rg");
            c.args(["-i", "--no-messages", query(i)]).arg(&markdown);
            c
        }))
    });
    let status = Figure::times(&time_runs(WARMUP, runs, NO_MATCH, |_| fora_on(&db, &["status"])));

    const RIPGREP: &str = "rg -i over the Markdown export";
    let queries = QUERIES.len();
    vec![
        Row::new(
            format!("fora search WORD, {size}"),
            format!(
                "`fora search WORD` (the newest 50 hits) as a whole process, over {queries} words \
                 in turn; beside it `rg -i WORD` over the archive exported as one Markdown file a meeting"
            ),
            newest,
        )
        .beside(RIPGREP, ripgrep.clone())
        // ripgrep's p95 at least ten times fora's.
        .target(Target::RatioAtMost(Stat::P95, 0.1)),
        Row::new(
            format!("fora search WORD --limit 1000000, {size}"),
            "the same, printing every hit",
            every,
        )
        .beside(RIPGREP, ripgrep),
        Row::new(
            format!("fora status, {size}"),
            "`fora status` as a whole process: the last twelve months per forum",
            status,
        )
        .target(Target::Below(Stat::P95, 50.0)),
    ]
}
