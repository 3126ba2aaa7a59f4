//! Search: `fora search` and `fora status` as whole processes on an archive
//! of about 1,000,000 entries, each beside a baseline that does the same job:
//! ripgrep over the same archive exported as one Markdown protocol per
//! meeting, and the `sqlite3` shell running fora's full-text query.

use std::path::Path;
use std::process::Command;

use fora::store::Store;
use fora::store::search::{SearchFilter, words};

use crate::Config;
use crate::archive::{self, Demo};
use crate::process::{available, fora, launcher_floor_kib, peak_kib, time_runs};
use crate::report::{Row, Stat, Target};
use crate::stats::Figure;

const WARMUP: usize = 3;
/// Whole words as they are written, which ripgrep finds as fora does.
const WORDS: &[&str] = &["incident", "leverantören", "tillgängligheten", "ändringen"];
/// The mix a user types: common words, a prefix, two words, and words typed
/// without their diacritics.
const MIX: &[(&str, &str)] = &[
    ("incident", "common word"),
    ("leverantören", "common word"),
    ("tillgängligheten", "common word"),
    ("leverant", "prefix"),
    ("tillg", "prefix"),
    ("incident leverantören", "two words"),
    ("andringen", "without diacritics"),
    ("tillganglighet", "prefix without diacritics"),
];
/// ripgrep exits with 1 when a query matches nothing.
const NO_MATCH: &[i32] = &[1];
const NEWEST: usize = 50;

fn fora_on(db: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(fora());
    c.arg("--db").arg(db).args(args);
    c
}

/// ripgrep doing what `fora search WORD` does: the newest 50 hits. The files
/// are named DATE-FORUM-ID.md, so reverse path order is newest meeting first;
/// `--sortr path` reads them in that order and `head` stops it after 50 lines.
fn ripgrep_newest(word: &str, markdown: &Path) -> Command {
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(format!("rg -i --sortr path -- \"$1\" \"$2\" | head -n {NEWEST}"))
        .args(["sh", word])
        .arg(markdown);
    c
}

/// ripgrep printing every hit, as `fora search WORD` does into a pipe.
fn ripgrep_all(word: &str, markdown: &Path) -> Command {
    let mut c = Command::new("rg");
    c.args(["-i", "--no-messages", "--", word]).arg(markdown);
    c
}

/// fora's full-text query for the newest 50 hits of `typed`, for the shell:
/// the entries, then the agenda items, each newest recorded first. Each
/// word as a prefix, which gives the same hits as fora's expansion of it.
fn floor_sql(typed: &str) -> String {
    let fts: Vec<String> = words(typed).iter().map(|w| format!("\"{w}\"*")).collect();
    let fts = fts.join(" AND ");
    format!(
        "SELECT m.id, m.forum_id, f.name, m.date, i.title, e.kind, e.id, e.text
           FROM entry_search JOIN entry e ON e.id = entry_search.rowid
           JOIN meeting m ON m.id = e.meeting_id JOIN agenda_item i ON i.id = e.item_id
           JOIN forum f ON f.id = m.forum_id
          WHERE entry_search MATCH '{fts}' AND e.deleted_at IS NULL
          ORDER BY entry_search.rowid DESC LIMIT {NEWEST};
         SELECT m.id, m.forum_id, f.name, m.date, i.title, NULL, NULL, i.title
           FROM item_search JOIN agenda_item i ON i.id = item_search.rowid
           JOIN meeting m ON m.id = i.meeting_id JOIN forum f ON f.id = m.forum_id
          WHERE item_search MATCH '{fts}' AND i.removed_at IS NULL
          ORDER BY item_search.rowid DESC LIMIT {NEWEST};"
    )
}

/// How many hits each query has, asserted above zero.
fn counts(db: &Path, queries: &[&str]) -> Vec<u64> {
    let store = Store::open(db).expect("open the archive");
    queries
        .iter()
        .map(|q| {
            let n = store
                .count_search_hits(q, &SearchFilter::default())
                .expect("count hits");
            assert!(n > 0, "{q:?} has no hit in {}", db.display());
            n
        })
        .collect()
}

/// The archive the search rows run on: the 1,000,000-entry one, or under
/// --quick, when it is not built yet, the ten-year demo archive.
pub fn large(config: &Config, section: &str) -> Demo {
    if config.quick && !Demo::Million.is_cached() {
        println!(
            "{section}: --quick and the 1,000,000-entry archive is not built yet, \
             so these rows are measured on the ten-year demo archive"
        );
        Demo::Years(10)
    } else {
        Demo::Million
    }
}

/// "1M entries", or the count of a smaller archive.
pub fn size(entries: i64) -> String {
    if entries >= 900_000 {
        "1M entries".to_string()
    } else {
        format!("{entries} entries")
    }
}

pub fn run(config: &Config) -> Vec<Row> {
    let db = large(config, "search").get();
    let markdown = archive::markdown(&db);
    let entries = archive::entries(&db);
    let files = std::fs::read_dir(&markdown).map(|d| d.count()).unwrap_or(0);
    println!(
        "search: {entries} entries in {}; {files} Markdown files in {}",
        db.display(),
        markdown.display()
    );
    let size = size(entries);
    let word_counts = counts(&db, WORDS);
    let mix: Vec<&str> = MIX.iter().map(|(q, _)| *q).collect();
    let mix_counts = counts(&db, &mix);

    let runs = config.count(60, 5);
    let word = |i: usize| WORDS[i % WORDS.len()];
    let newest = Figure::times(&time_runs(WARMUP, runs, NO_MATCH, |i| {
        fora_on(&db, &["search", word(i), "--limit", "50"])
    }));
    // Into a pipe (here /dev/null) fora prints every hit: no default limit.
    let every = Figure::times(&time_runs(WARMUP, runs, NO_MATCH, |i| {
        fora_on(&db, &["search", word(i)])
    }));
    let mixed = Figure::times(&time_runs(WARMUP, runs, NO_MATCH, |i| {
        fora_on(&db, &["search", mix[i % mix.len()], "--limit", "50"])
    }));
    let ripgrep = available("rg");
    let rg_newest = ripgrep.clone().map(|()| {
        Figure::times(&time_runs(WARMUP, runs, NO_MATCH, |i| {
            ripgrep_newest(word(i), &markdown)
        }))
    });
    let rg_every = ripgrep.clone().map(|()| {
        Figure::times(&time_runs(WARMUP, runs, NO_MATCH, |i| {
            ripgrep_all(word(i), &markdown)
        }))
    });
    let shell = |i: usize| {
        let mut c = Command::new("sqlite3");
        c.arg(&db).arg(floor_sql(word(i)));
        c
    };
    let floor = available("sqlite3").map(|()| Figure::times(&time_runs(WARMUP, runs, &[], shell)));
    // Each word in turn, a few times each.
    let memory_runs = config.count(2, 1);
    let peaks = |make: &dyn Fn(&str) -> Command| -> Vec<u64> {
        WORDS
            .iter()
            .flat_map(|w| peak_kib(memory_runs, || make(w)))
            .collect()
    };
    let every_memory = Figure::kib(&peaks(&|w| fora_on(&db, &["search", w])));
    let rg_memory = ripgrep.map(|()| Figure::kib(&peaks(&|w| ripgrep_all(w, &markdown))));
    let launcher = launcher_floor_kib() as f64 / 1024.0;
    let status = Figure::times(&time_runs(WARMUP, runs, NO_MATCH, |_| fora_on(&db, &["status"])));

    let listed = |queries: &[&str], counts: &[u64]| {
        queries
            .iter()
            .zip(counts)
            .map(|(q, n)| format!("\"{q}\" {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let words_listed = listed(WORDS, &word_counts);
    let mix_listed = MIX
        .iter()
        .zip(&mix_counts)
        .map(|((q, what), n)| format!("\"{q}\" ({what}) {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    const RG_NEWEST: &str = "rg newest first, first 50";
    const RG_EVERY: &str = "rg -i, every hit";
    vec![
        Row::new(
            format!("fora search WORD, newest 50, {size}"),
            format!(
                "`fora search WORD --limit 50` as a whole process, over {} words in turn (hits: \
                 {words_listed}); beside it ripgrep doing the same job over the archive exported as \
                 one Markdown file a meeting (named DATE-FORUM-ID.md): `sh -c 'rg -i --sortr path -- \
                 WORD DIR | head -n 50'`, newest meeting first, stopped after 50 lines",
                WORDS.len()
            ),
            newest,
        )
        .beside(RG_NEWEST, rg_newest)
        .target(Target::RatioAtMost(Stat::Median, 0.3)),
        Row::new(
            format!("fora search WORD, newest 50, vs its floor, {size}"),
            "the same figure, beside its floor: the `sqlite3` shell running fora's full-text query \
             for the newest 50 (entries, then agenda items, each word as an FTS5 prefix) on the same \
             file, printing the whole texts",
            newest,
        )
        .beside("sqlite3 shell, fora's FTS query", floor)
        .target(Target::RatioAtMost(Stat::Median, 1.5)),
        Row::new(
            format!("fora search, query mix, newest 50, {size}"),
            format!("`fora search QUERY --limit 50` over a mix of queries in turn (hits: {mix_listed})"),
            mixed,
        ),
        Row::new(
            format!("fora search WORD, every hit, {size}"),
            "`fora search WORD` into a pipe, where it prints every hit (no default limit), over the \
             same words; beside it `rg -i --no-messages -- WORD DIR` printing every matching line \
             (aim: at most 1.0×)",
            every,
        )
        .beside(RG_EVERY, rg_every),
        Row::new(
            format!("peak memory, fora search WORD, every hit, {size}"),
            format!(
                "the peak resident set size (ru_maxrss through a launcher, whose floor was \
                 {launcher:.1} MiB) of the same two commands"
            ),
            every_memory,
        )
        .beside(RG_EVERY, rg_memory)
        .target(Target::RatioAtMost(Stat::Median, 2.0)),
        Row::new(
            format!("fora status, {size}"),
            "`fora status` as a whole process: the last twelve months per forum",
            status,
        )
        .target(Target::Below(Stat::P95, 50.0)),
    ]
}
