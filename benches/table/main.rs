//! fora's benchmarks: one harness, one command, one table.
//!
//! `cargo bench --bench table` runs every section and prints one table:
//! fora's median and p95 for each measurement, beside its baseline measured
//! in the same run, the target and whether it is met. A full run writes the
//! table and the machine it ran on to docs/benchmarks.md.
//!
//! `cargo bench --bench table -- SECTION…` runs only the sections named;
//! `--quick` (or FORA_BENCH_QUICK=1) takes few runs of each, to check the
//! harness, and does not wait for the 1,000,000-entry archive to be built.
//! Neither writes docs/benchmarks.md.
//!
//! Asserts that the work measured was done, never the targets.

mod archive;
mod export;
mod lookup;
mod machine;
mod meeting;
mod process;
mod report;
mod scale;
mod screens;
mod search;
mod startup;
mod stats;
mod syncs;
mod terminal;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::time::Instant;

use report::Row;

/// How much to measure.
pub struct Config {
    pub quick: bool,
}

impl Config {
    /// How many runs: `full` normally, `quick` under --quick.
    pub fn count(&self, full: usize, quick: usize) -> usize {
        if self.quick { quick } else { full }
    }
}

type Section = fn(&Config) -> Vec<Row>;

/// In the order they run and stand in the table.
const SECTIONS: [(&str, Section); 7] = [
    ("startup", startup::run),
    ("lookup", lookup::run),
    ("search", search::run),
    ("scale", scale::run),
    ("screens", screens::run),
    ("export", export::run),
    ("meeting", meeting::run),
];

const DOC: &str = "docs/benchmarks.md";

fn section_names() -> String {
    SECTIONS.map(|(name, _)| name).join(", ")
}

fn main() {
    process::serve_as_launcher();
    syncs::serve_as_scripted_meeting();
    let mut quick = std::env::var("FORA_BENCH_QUICK").is_ok_and(|v| !v.is_empty() && v != "0");
    let mut chosen = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--quick" => quick = true,
            // Cargo passes --bench; no other flag means anything here.
            flag if flag.starts_with('-') => {}
            name if SECTIONS.iter().any(|(n, _)| *n == name) => chosen.push(arg),
            name => {
                eprintln!("no section {name:?}; the sections are {}", section_names());
                std::process::exit(2);
            }
        }
    }
    let every_section = chosen.is_empty();
    let config = Config { quick };
    let started = Instant::now();
    let mut rows = Vec::new();
    let mut failed = Vec::new();
    for (name, section) in SECTIONS {
        if !every_section && !chosen.iter().any(|c| c == name) {
            continue;
        }
        println!("== {name}");
        // A section that fails (its panic is printed above) leaves the others' rows standing.
        match catch_unwind(AssertUnwindSafe(|| section(&config))) {
            Ok(section_rows) => rows.extend(section_rows),
            Err(_) => failed.push(name),
        }
    }
    println!();
    print!("{}", report::text(&rows));
    println!();
    if quick {
        println!("--quick: few runs of each, to check the harness; the figures mean little.");
    }
    if !failed.is_empty() {
        println!("failed, so missing from the table: {}", failed.join(", "));
    }
    if every_section && !quick && failed.is_empty() {
        let project = Path::new(env!("CARGO_MANIFEST_DIR"));
        let minutes = started.elapsed().as_secs_f64() / 60.0;
        let text = report::document(&rows, &machine::describe(project), minutes);
        std::fs::write(project.join(DOC), text).expect("write docs/benchmarks.md");
        println!("wrote {DOC}");
    } else {
        println!("{DOC} is left as it was: only a full run of every section writes it.");
    }
    if !failed.is_empty() {
        std::process::exit(1);
    }
}
