//! Bad input changes nothing: every broken, truncated, random or future file
//! is refused with a clear message, a non-zero exit, and the database's
//! content exactly as before. Also a mutation fuzzer over the file parsers.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// Every row of every table, so a change anywhere shows.
fn content(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%search%' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables.retain(|t| !t.starts_with("sqlite_"));
    let mut out = String::new();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let values: Vec<String> = (0..columns)
                    .map(|i| format!("{:?}", r.get_ref(i).map(|v| v.as_str().ok().map(str::to_string))))
                    .collect();
                Ok(values.join("|"))
            })
            .unwrap();
        for row in rows {
            out.push_str(&format!("{table}: {}\n", row.unwrap()));
        }
    }
    out
}

/// One bad input: the command that reads it, and part of the message the user must see.
struct Case {
    args: Vec<String>,
    message: &'static str,
}

fn case(args: &[&str], message: &'static str) -> Case {
    Case {
        args: args.iter().map(|s| s.to_string()).collect(),
        message,
    }
}

fn path(p: &str) -> String {
    fixture(p).display().to_string()
}

#[test]
fn every_bad_file_is_refused_and_changes_nothing() {
    let catalog_faults = [
        "syntax_error",
        "unknown_field",
        "missing_field",
        "unknown_party",
        "unknown_role",
        "unknown_area",
        "bad_unit",
        "zero_interval",
        "duplicate_forum",
        "bad_id",
        "future_format",
        "active_without_cadence",
        "empty_roster",
        "wrong_type",
    ];
    let mut cases: Vec<Case> = catalog_faults
        .iter()
        .map(|f| {
            case(
                &["catalog", "import", &path(&format!("catalog/{f}.toml"))],
                "nothing was changed",
            )
        })
        .collect();
    cases.push(case(
        &["catalog", "import", &path("catalog/not_utf8.toml")],
        "is not UTF-8 text",
    ));
    cases.push(case(
        &["catalog", "import", &path("bad/truncated_catalog.toml")],
        "nothing was changed",
    ));
    cases.push(case(
        &["catalog", "import", &path("bad/random.bin")],
        "nothing was changed",
    ));
    cases.push(case(
        &["catalog", "import", &path("bad/empty.toml")],
        "missing field",
    ));
    cases.push(case(
        &["catalog", "import", &path("no/such/file.toml")],
        "cannot read",
    ));
    for f in [
        "bad_rows",
        "unknown_column",
        "missing_name_column",
        "empty_name",
        "period_without_role",
        "period_backwards",
        "header_only",
        "not_utf8",
        "ambiguous_role",
    ] {
        cases.push(case(
            &["people", "import", &path(&format!("people/{f}.csv"))],
            "nobody was imported",
        ));
    }
    cases.push(case(
        &["people", "import", &path("bad/unclosed_quote.csv")],
        "nobody was imported",
    ));
    cases.push(case(
        &["people", "import", &path("bad/truncated_people.csv")],
        "nobody was imported",
    ));
    cases.push(case(
        &["people", "import", &path("bad/bom_unknown_org.csv")],
        "nobody was imported",
    ));
    cases.push(case(
        &["people", "import", &path("bad/random.bin")],
        "nobody was imported",
    ));

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    Command::cargo_bin("fora")
        .unwrap()
        .arg("--db")
        .arg(&db)
        .args(["people", "add", "Anna Berg"])
        .assert()
        .success();
    let before = content(&db);
    let mut refused = 0;
    for c in &cases {
        let out = Command::cargo_bin("fora")
            .unwrap()
            .args(["--lang", "en"])
            .arg("--db")
            .arg(&db)
            .args(&c.args)
            .assert()
            .failure();
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
        assert!(stderr.starts_with("fora: "), "{:?}: {stderr}", c.args);
        assert!(
            stderr.contains(c.message),
            "{:?} should say {:?}: {stderr}",
            c.args,
            c.message
        );
        assert!(!stderr.contains("panicked"), "{:?}: {stderr}", c.args);
        assert_eq!(content(&db), before, "{:?} changed the database", c.args);
        refused += 1;
    }
    println!(
        "bad-input corpus: {} files, {refused} refused with a message, 0 changed the database",
        cases.len()
    );
}

#[test]
fn a_database_that_is_damaged_or_from_the_future_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "random.db",
            std::fs::read(fixture("bad/random.bin")).unwrap(),
            "is not a fora database",
        ),
        (
            "text.db",
            b"meeting notes\n".repeat(500),
            "is not a fora database",
        ),
        (
            "future.db",
            {
                let p = dir.path().join("make-future.db");
                let conn = rusqlite::Connection::open(&p).unwrap();
                conn.execute_batch(&format!(
                    "CREATE TABLE t (x); PRAGMA application_id = {}; PRAGMA user_version = 4242;",
                    fora::store::APPLICATION_ID
                ))
                .unwrap();
                drop(conn);
                std::fs::read(&p).unwrap()
            },
            "written by a newer fora",
        ),
        (
            "other.db",
            {
                let p = dir.path().join("make-other.db");
                let conn = rusqlite::Connection::open(&p).unwrap();
                conn.execute_batch("CREATE TABLE t (x); PRAGMA user_version = 3;")
                    .unwrap();
                drop(conn);
                std::fs::read(&p).unwrap()
            },
            "is not a fora database",
        ),
    ];
    for (name, bytes, message) in cases {
        let db = dir.path().join(name);
        std::fs::write(&db, &bytes).unwrap();
        let out = Command::cargo_bin("fora")
            .unwrap()
            .arg("--db")
            .arg(&db)
            .arg("forums")
            .assert()
            .failure();
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
        assert!(stderr.contains(message), "{name}: {stderr}");
        assert_eq!(std::fs::read(&db).unwrap(), bytes, "{name} was changed");
    }
}

/// A tiny deterministic generator for the fuzzer.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Flips, drops, duplicates and inserts bytes, as damage or a careless edit would.
fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(8) {
        if out.is_empty() {
            out.push(b'x');
        }
        let at = rng.below(out.len());
        match rng.below(5) {
            0 => out[at] ^= 1 << rng.below(8),
            1 => {
                out.remove(at);
            }
            2 => out.insert(at, *b"\"[]{}=,;\n\0\x1b\xff".get(rng.below(13)).unwrap_or(&b'x')),
            3 => out.truncate(at),
            _ => {
                let end = (at + rng.below(40)).min(out.len());
                let copy = out[at..end].to_vec();
                out.splice(at..at, copy);
            }
        }
    }
    out
}

#[test]
fn the_catalogue_parser_never_panics_and_always_says_where() {
    let mut rng = Rng(0x0bad_cafe);
    let source = fora::catalog::EMBEDDED.as_bytes();
    let mut accepted = 0;
    for _ in 0..1500 {
        let bytes = mutate(&mut rng, source);
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        match fora::catalog::Catalog::parse(text) {
            Ok(_) => accepted += 1,
            Err(e) => assert!(!e.message.is_empty() && !e.field.is_empty(), "{e:?}"),
        }
    }
    // Most damage is caught; what parses is still a valid catalogue by construction.
    assert!(accepted < 1500);
}

#[test]
fn the_people_parser_never_panics_and_numbers_every_error() {
    let mut rng = Rng(0x5eed_0001);
    let good = std::fs::read(fixture("people/good.csv")).unwrap();
    let store = fora::store::Store::open_in_memory().unwrap();
    let orgs = store.organisations().unwrap();
    let roles: Vec<(String, String)> = store
        .catalog()
        .unwrap()
        .roles
        .into_iter()
        .map(|r| (r.id, r.name))
        .collect();
    for _ in 0..3000 {
        let bytes = mutate(&mut rng, &good);
        if let Err(errors) = fora::people_csv::parse(&bytes, &orgs, &roles, "2026-11-26") {
            assert!(!errors.is_empty());
            assert!(
                errors.iter().all(|e| e.line >= 1 && !e.message.is_empty()),
                "{errors:?}"
            );
        }
    }
}
