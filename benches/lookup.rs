//! Benchmark: `fora who FORUM` as a whole process on a database with 5,000
//! people and ten years of role history, beside the sqlite3 shell running the
//! same roster query on the same file. Prints figures; asserts nothing.
//!
//! Run: `cargo bench --bench lookup` (needs the `sqlite3` shell on PATH for the baseline).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fora::store::Store;
use fora::store::people::{NewAssignment, NewPerson};

const PEOPLE: usize = 5_000;
const YEARS: i32 = 10;
const RUNS: usize = 300;

/// A small deterministic generator so every run builds the same archive.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// 5,000 people in Staden, Leverantören and 30 other suppliers. Every role
/// of every organisation has had a chain of holders over ten years, each
/// holding it one to three years, as happens when people change jobs.
fn build_archive(path: &Path) -> usize {
    let mut store = Store::open(path).expect("open the benchmark database");
    let mut organisations = vec![
        fora::store::people::STADEN_ID,
        fora::store::people::LEVERANTOREN_ID,
    ];
    for i in 0..30 {
        organisations.push(
            store
                .add_supplier(&format!("Leverantör {i:02} AB"))
                .expect("add supplier"),
        );
    }
    let roles: Vec<String> = store
        .catalog()
        .expect("catalogue")
        .roles
        .into_iter()
        .map(|r| r.id)
        .collect();
    let mut rng = Rng(0x5eed_f0a4);
    let rows: Vec<(NewPerson, Option<NewAssignment>)> = (0..PEOPLE)
        .map(|i| {
            // A third of the people work for the City.
            let organisation_id = if i % 3 == 0 {
                organisations[0]
            } else {
                organisations[1 + rng.below(organisations.len() as u64 - 1) as usize]
            };
            let person = NewPerson {
                name: format!("Person {i:04} Efternamn{}", rng.below(500)),
                organisation_id,
                email: Some(format!("person{i}@example.se")),
                phone: None,
            };
            (person, None)
        })
        .collect();
    store.import_people(&rows).expect("import people");
    let people = store.people().expect("people");
    let this_year = 2026;
    store
        .write(|tx| {
            let mut periods = 0;
            for &org in &organisations {
                let staff: Vec<i64> = people
                    .iter()
                    .filter(|p| p.organisation_id == org)
                    .map(|p| p.id)
                    .collect();
                for role in &roles {
                    let mut start = this_year - YEARS;
                    while start <= this_year {
                        let end = start + 1 + rng.below(3) as i32;
                        let to = (end <= this_year).then(|| format!("{}-12-31", end - 1));
                        let holder = staff[rng.below(staff.len() as u64) as usize];
                        let period = NewAssignment {
                            role_id: role.clone(),
                            organisation_id: org,
                            from: format!("{start}-01-01"),
                            to,
                        };
                        // The same person may not hold the role twice at once; draw again next time.
                        if fora::store::people::insert_assignment(tx, holder, &period).is_ok() {
                            periods += 1;
                        }
                        start = end;
                    }
                }
            }
            Ok(periods)
        })
        .expect("role history")
}

fn time_runs(mut make: impl FnMut() -> Command) -> Vec<Duration> {
    // Warm the page cache and the binary once before measuring.
    for _ in 0..5 {
        let status = make().stdout(Stdio::null()).status().expect("spawn");
        assert!(status.success(), "the command failed");
    }
    (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            let status = make()
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .expect("spawn");
            let took = start.elapsed();
            assert!(status.success());
            took
        })
        .collect()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn report(name: &str, mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    let median = percentile(&runs, 0.5);
    println!(
        "{name:<34} median {:>7.3} ms   p95 {:>7.3} ms   min {:>7.3} ms",
        median.as_secs_f64() * 1e3,
        percentile(&runs, 0.95).as_secs_f64() * 1e3,
        runs[0].as_secs_f64() * 1e3
    );
    median
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    // FORA_BENCH_DB keeps the archive for a closer look afterwards.
    let db = std::env::var_os("FORA_BENCH_DB").map_or_else(|| dir.path().join("bench.db"), Into::into);
    let _ = std::fs::remove_file(&db);
    let built = Instant::now();
    let assignments = build_archive(&db);
    println!(
        "archive: {PEOPLE} people, {assignments} role periods over {YEARS} years, built in {:.1} s",
        built.elapsed().as_secs_f64()
    );
    let fora = env!("CARGO_BIN_EXE_fora");
    let today = fora::dates::today();
    // The very query fora runs, its parameters written in as literals for the shell.
    let script = format!(
        "{};",
        fora::store::catalog::ROSTER_SQL
            .replace("?1", "'leveransforum'")
            .replace("?2", &format!("'{today}'"))
    );
    println!("{RUNS} runs each, whole processes, wall-clock time:");
    let ours = report(
        "fora who leveransforum",
        time_runs(|| {
            let mut c = Command::new(fora);
            c.args(["--db"]).arg(&db).args(["who", "leveransforum"]);
            c
        }),
    );
    report(
        "fora who lev (resolved by name)",
        time_runs(|| {
            let mut c = Command::new(fora);
            c.args(["--db"]).arg(&db).args(["who", "leveransfor"]);
            c
        }),
    );
    match Command::new("sqlite3").arg("--version").output() {
        Ok(out) if out.status.success() => {
            let baseline = report(
                "sqlite3 shell, same query",
                time_runs(|| {
                    let mut c = Command::new("sqlite3");
                    c.arg(&db).arg(&script);
                    c
                }),
            );
            println!(
                "fora / sqlite3 = {:.2} (target: under 5 ms and within 1.5)",
                ours.as_secs_f64() / baseline.as_secs_f64()
            );
        }
        _ => println!("sqlite3 shell not found: install it (apt-get install sqlite3) for the baseline"),
    }
}
