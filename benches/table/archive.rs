//! The archives the benchmarks run on. The demo generator's archives (one
//! and ten years, and ten years raised to about 1,000,000 entries) and the
//! Markdown export ripgrep searches take from seconds to minutes to build,
//! so they are built once and kept in `target/bench-archives/` (or
//! FORA_BENCH_DIR); delete a file there to build it anew. The roster of the
//! look-up is quick to build and made afresh each run.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;
use fora::demo::{DemoOptions, generate};
use fora::i18n::Lang;
use fora::protocol::MeetingRecord;
use fora::store::Store;
use fora::store::people::{NewAssignment, NewPerson};
use fora::store::register::ImportRow;

/// The demo archives end the day before this, so they are the same on any day.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).expect("a valid date")
}

/// Where the archives are kept.
pub fn dir() -> PathBuf {
    std::env::var_os("FORA_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-archives"))
}

/// A folder for databases a benchmark writes to, on the project's disk
/// (not /tmp, which may be tmpfs, where fsync costs nothing).
pub fn scratch() -> PathBuf {
    let dir = match std::env::var_os("FORA_BENCH_DIR") {
        Some(d) => PathBuf::from(d).join("tmp"),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-tmp"),
    };
    std::fs::create_dir_all(&dir).expect("benchmark scratch folder");
    dir
}

pub fn entries(db: &Path) -> i64 {
    let Ok(conn) = rusqlite::Connection::open(db) else {
        return 0;
    };
    conn.query_row("SELECT count(*) FROM entry", [], |r| r.get(0))
        .unwrap_or(0)
}

fn current_schema(db: &Path) -> bool {
    let Ok(conn) = rusqlite::Connection::open(db) else {
        return false;
    };
    let marks: rusqlite::Result<(i64, i64)> = conn.query_row(
        "SELECT * FROM pragma_application_id, pragma_user_version",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    );
    marks.is_ok_and(|m| m == (fora::store::APPLICATION_ID, fora::store::LATEST_VERSION))
}

/// About 1,750 meetings in ten years; this many entries each gives ~1,000,000.
const MILLION_PER_MEETING: u32 = 570;

/// The demo archive of `years` years: as `fora demo` makes it, or with
/// `entries_per_meeting` raised for the 1,000,000-entry archive.
#[derive(Clone, Copy)]
pub enum Demo {
    Years(u32),
    Million,
}

impl Demo {
    fn file(self) -> String {
        match self {
            Demo::Years(n) => format!("demo-{n}y.db"),
            Demo::Million => "archive-1m.db".into(),
        }
    }

    /// Fewer entries than this means a build that did not finish.
    fn least_entries(self) -> i64 {
        match self {
            Demo::Years(n) => 500 * i64::from(n),
            Demo::Million => 900_000,
        }
    }

    pub fn path(self) -> PathBuf {
        dir().join(self.file())
    }

    /// Kept, whole, and of this fora's schema (an older one would be refused).
    pub fn is_cached(self) -> bool {
        current_schema(&self.path()) && entries(&self.path()) >= self.least_entries()
    }

    /// The archive's file, built first if it is not kept yet.
    pub fn get(self) -> PathBuf {
        let db = self.path();
        if self.is_cached() {
            return db;
        }
        std::fs::create_dir_all(dir()).expect("archive folder");
        // Built under another name, so an interrupted build is never taken for an archive.
        let partial = db.with_extension("db.partial");
        remove_database(&partial);
        remove_database(&db);
        println!("building {} with the demo generator…", db.display());
        let started = Instant::now();
        let summary = {
            let mut store = Store::open(&partial).expect("open the archive");
            let mut options = match self {
                Demo::Years(years) => DemoOptions::new(years, today()),
                Demo::Million => DemoOptions::new(10, today()),
            };
            if let Demo::Million = self {
                options.entries_per_meeting = MILLION_PER_MEETING;
            }
            generate(&mut store, &options).expect("generate")
        };
        for suffix in ["", "-wal", "-shm"] {
            let from = PathBuf::from(format!("{}{suffix}", partial.display()));
            if from.exists() {
                std::fs::rename(&from, format!("{}{suffix}", db.display())).expect("rename");
            }
        }
        println!(
            "built it: {} meetings, {} entries in {:.0} s",
            summary.meetings,
            summary.entries,
            started.elapsed().as_secs_f64()
        );
        db
    }
}

fn remove_database(db: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
}

/// A copy of `db` in `folder`, to write to without touching the kept archive.
pub fn copy_into(db: &Path, folder: &Path) -> PathBuf {
    let copy = folder.join(db.file_name().expect("a file name"));
    for suffix in ["", "-wal"] {
        let from = PathBuf::from(format!("{}{suffix}", db.display()));
        if from.exists() {
            std::fs::copy(&from, format!("{}{suffix}", copy.display())).expect("copy the archive");
        }
    }
    copy
}

/// Every meeting of `db` exported as one Markdown protocol file, in a folder
/// beside it, built once: what ripgrep searches for the baseline.
pub fn markdown(db: &Path) -> PathBuf {
    let stem = db.file_stem().expect("a file name").to_string_lossy();
    let folder = db.with_file_name(format!("{stem}-md"));
    if folder.exists() {
        return folder;
    }
    let started = Instant::now();
    let store = Store::open(db).expect("open archive");
    let catalog = store.catalog().expect("catalogue");
    let partial = db.with_file_name(format!("{stem}-md.partial"));
    let _ = std::fs::remove_dir_all(&partial);
    std::fs::create_dir_all(&partial).expect("markdown folder");
    for m in store.meeting_summaries(None).expect("meetings") {
        let record = MeetingRecord::load(&store, m.id).expect("meeting");
        let forum = catalog.forum(&m.forum_id).expect("forum");
        let text = fora::protocol::markdown::render(
            &record,
            forum,
            Lang::Sv,
            &fora::protocol::stamp::Stamp::Draft { version: 1 },
        );
        std::fs::write(
            partial.join(format!("{}-{}-{}.md", m.date, m.forum_id, m.id)),
            text,
        )
        .expect("write");
    }
    std::fs::rename(&partial, &folder).expect("rename");
    println!(
        "exported {} as Markdown in {:.0} s",
        db.display(),
        started.elapsed().as_secs_f64()
    );
    folder
}

pub const ROSTER_PEOPLE: usize = 5_000;
pub const ROSTER_YEARS: i32 = 10;

/// A small deterministic generator so every run builds the same roster.
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

/// The look-up's database: 5,000 people in Staden, Leverantören and 30
/// other suppliers. Every role of every organisation has had a chain of
/// holders over ten years, each holding it one to three years, as happens
/// when people change jobs. Returns how many role periods it holds.
pub fn roster(path: &Path) -> usize {
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
    let rows: Vec<ImportRow> = (0..ROSTER_PEOPLE)
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
            ImportRow {
                line: i as u64 + 2,
                person,
                role: None,
            }
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
                    let mut start = this_year - ROSTER_YEARS;
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
