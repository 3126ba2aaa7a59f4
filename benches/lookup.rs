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

fn build_archive(path: &Path) -> usize {
    let mut store = Store::open(path).expect("open the benchmark database");
    let mut suppliers = Vec::new();
    for i in 0..30 {
        suppliers.push(
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
    let this_year = 2026;
    let mut rows = Vec::with_capacity(PEOPLE);
    for i in 0..PEOPLE {
        let organisation_id = match rng.below(10) {
            0..=3 => fora::store::people::STADEN_ID,
            4..=5 => fora::store::people::LEVERANTOREN_ID,
            _ => suppliers[rng.below(suppliers.len() as u64) as usize],
        };
        rows.push((
            NewPerson {
                name: format!("Person {i:04} Efternamn{}", rng.below(500)),
                organisation_id,
                email: Some(format!("person{i}@example.se")),
                phone: None,
            },
            None,
        ));
    }
    store.import_people(&rows).expect("import people");
    // Ten years of role history: each person holds a few roles in turn.
    let people = store.people().expect("people");
    store
        .write(|tx| {
            let mut periods = 0;
            for p in &people {
                let mut start = this_year - YEARS + (rng.below(3) as i32);
                while start <= this_year {
                    let length = 1 + rng.below(3) as i32;
                    let role = &roles[rng.below(roles.len() as u64) as usize];
                    let end = start + length;
                    let to = if end > this_year { None } else { Some(format!("{}-12-31", end - 1)) };
                    let a = NewAssignment {
                        role_id: role.clone(),
                        organisation_id: p.organisation_id,
                        from: format!("{start}-01-01"),
                        to,
                    };
                    tx.execute(
                        "INSERT INTO role_assignment (person_id, role_id, organisation_id, valid_from, valid_to)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                        rusqlite::params![p.id, a.role_id, a.organisation_id, a.from, a.to],
                    )?;
                    periods += 1;
                    start = end;
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
    let db = dir.path().join("bench.db");
    let built = Instant::now();
    let assignments = build_archive(&db);
    println!(
        "archive: {PEOPLE} people, {assignments} role periods over {YEARS} years, built in {:.1} s",
        built.elapsed().as_secs_f64()
    );
    let fora = env!("CARGO_BIN_EXE_fora");
    let today = fora::dates::today();
    let query = format!(
        "SELECT s.party, r.name, s.attendance, p.name, o.name
         FROM forum_seat s JOIN role r ON r.id = s.role_id
         LEFT JOIN (role_assignment a JOIN organisation o ON o.id = a.organisation_id
                    JOIN person p ON p.id = a.person_id)
           ON a.role_id = s.role_id AND o.party = s.party
          AND a.valid_from <= '{today}' AND (a.valid_to IS NULL OR a.valid_to >= '{today}')
         WHERE s.forum_id = 'leveransforum' ORDER BY s.position, p.name;"
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
                    c.arg(&db).arg(&query);
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
