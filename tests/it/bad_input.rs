//! Bad input changes nothing: every broken, truncated, random or future file
//! is refused with a clear message, a non-zero exit, and the database's
//! content exactly as before. Also a mutation fuzzer over the file parsers.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

use crate::support;

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

/// Every bad file of the corpus, with the command that reads it.
fn file_cases() -> Vec<Case> {
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
    cases
}

#[test]
fn every_bad_file_is_refused_and_changes_nothing() {
    let cases = file_cases();
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
            "är ingen fora-databas",
        ),
        ("text.db", b"meeting notes\n".repeat(500), "är ingen fora-databas"),
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
            "skrevs av en nyare fora",
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
            "är ingen fora-databas",
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
            Err(e) => assert!(e.line.is_some() || !e.field.is_empty(), "{e:?}"),
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
            assert!(errors.iter().all(|e| e.line >= 1), "{errors:?}");
        }
    }
}

/// One command of the Swedish corpus and the database it runs on.
struct Provoked {
    db: PathBuf,
    args: Vec<String>,
    /// Output goes to /dev/full, so that writing it fails.
    full_stdout: bool,
}

/// Runs `fora --lang <lang> --db <db> <args>`, which must fail; its stderr.
fn refused(lang: &str, c: &Provoked) -> String {
    use assert_cmd::assert::OutputAssertExt;
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_fora"));
    command
        .env_remove("FORA_LANG")
        .args(["--lang", lang, "--db"])
        .arg(&c.db)
        .args(&c.args);
    if c.full_stdout {
        command.stdout(std::fs::File::create("/dev/full").unwrap());
    }
    let out = command.assert().failure();
    String::from_utf8_lossy(&out.get_output().stderr).to_string()
}

fn fora_ok(db: &Path, args: &[&str]) {
    Command::cargo_bin("fora")
        .unwrap()
        .env_remove("FORA_LANG")
        .arg("--db")
        .arg(db)
        .args(args)
        .assert()
        .success();
}

/// The names a database holds: they are the user's data in a message.
fn names_in(db: &Path) -> Vec<String> {
    let Ok(conn) = rusqlite::Connection::open(db) else {
        return Vec::new();
    };
    let mut names = Vec::new();
    for sql in [
        "SELECT id FROM forum UNION SELECT name FROM forum",
        "SELECT id FROM role UNION SELECT name FROM role",
        "SELECT name FROM organisation UNION SELECT name FROM person",
    ] {
        if let Ok(mut stmt) = conn.prepare(sql) {
            let rows = stmt.query_map([], |r| r.get::<_, String>(0));
            names.extend(rows.into_iter().flatten().flatten());
        }
    }
    names
}

#[test]
fn the_english_checker_finds_english_and_passes_swedish() {
    use support::english::english_words;
    let data = vec!["/tmp/x/fora.db".to_string(), "Anna Berg".to_string()];
    let found = english_words(
        "fora: the database /tmp/x/fora.db is busy with another fora; try again",
        &data,
    );
    assert_eq!(found, ["the", "database", "is", "busy", "with", "try"]);
    assert!(!english_words("fora: cannot read Anna Berg", &data).is_empty());
    assert!(!english_words("error: unexpected argument '--x' found", &data).is_empty());
    let swedish = "fora: databasen /tmp/x/fora.db är upptagen; ”the file” har inget ”name” för Anna Berg, använd gemena a-z";
    assert_eq!(english_words(swedish, &data), Vec::<String>::new());
}

/// `fora --lang sv` shows no English in any error the tests provoke, and the
/// same command in English is in English.
#[test]
fn every_provoked_error_is_swedish_with_lang_sv() {
    use support::english::english_words;
    let dir = tempfile::tempdir().unwrap();
    let at = |name: &str| dir.path().join(name);
    let s = |p: PathBuf| p.display().to_string();
    let fresh = at("fresh.db");
    fora_ok(&fresh, &["people", "add", "Anna Berg"]);
    fora_ok(&fresh, &["org", "add", "Driftbolaget AB"]);
    fora_ok(
        &fresh,
        &["propose", "operativt", "Gemensam incidentrutin", "--by", "drift"],
    );
    let demo = at("demo.db");
    fora_ok(&demo, &["demo", "--years", "1"]);
    let loose = at("loose.db");
    fora_ok(&loose, &["people", "add", "Anna Berg"]);
    std::fs::set_permissions(&loose, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    let future = at("future.db");
    let conn = rusqlite::Connection::open(&future).unwrap();
    conn.execute_batch("CREATE TABLE t (x); PRAGMA user_version = 4242;")
        .unwrap();
    drop(conn);
    std::fs::copy(fixture("bad/random.bin"), at("random.db")).unwrap();
    std::fs::write(at("text.db"), b"meeting notes\n".repeat(500)).unwrap();
    for (name, text) in [
        ("broken.json", "{ this is not json"),
        ("noformat.json", "{\"reviewer\": \"x\"}"),
        ("future.json", "{\"format\": \"fora.review-response/9\"}"),
        ("other.md", "# Not a protocol\n"),
        ("existing.db", "keep me"),
    ] {
        std::fs::write(at(name), text).unwrap();
    }

    let on = |db: &Path, args: &[&str]| Provoked {
        db: db.to_path_buf(),
        args: args.iter().map(|a| a.to_string()).collect(),
        full_stdout: false,
    };
    let mut cases: Vec<Provoked> = file_cases()
        .into_iter()
        .map(|c| Provoked {
            db: fresh.clone(),
            args: c.args,
            full_stdout: false,
        })
        .collect();
    // A missing folder is created; a file in the way is not.
    let (existing, missing_dir) = (s(at("existing.db")), s(at("existing.db/p.md")));
    let (broken, noformat, future_json, other) = (
        s(at("broken.json")),
        s(at("noformat.json")),
        s(at("future.json")),
        s(at("other.md")),
    );
    let (fresh_path, dir_path) = (s(fresh.clone()), s(dir.path().to_path_buf()));
    for args in [
        &["who", "lev"][..],
        &["who", "leveransforun"],
        &["where", "kaffeansvarig"],
        &["who", "ledningsforum", "--date", "igår"],
        &["people", "assign", "anna", "cio", "--from", "2026-02-30"],
        &["people", "import", "/nonexistent/people.csv"],
        &["org", "add", "Evil\u{1b}]0;pwned\u{7} AB"],
        &["org", "add", "Driftbolaget AB"],
        &["show", "999"],
        &["show", "ledningsforum", "latest"],
        &["show", "leveransforum", "2026-02-30"],
        &["show", "a", "b", "c"],
        &["export", "999"],
        &["propose", "leveransforum", "En punkt", "--by", "drift"],
        &["propose", "operativt", "En punkt", "--by", "Staden"],
        &["cancel", "operativt", "--date", "2026-06-30"],
        &[
            "changes",
            "add",
            "X",
            "--by",
            "leverantoren",
            "--date",
            "2026-06-31",
        ],
        &["search", "\"*\""],
        &["search", "x", "--kind", "snack"],
        &["demo", "--years", "0"],
        &["backup", &existing],
        &["backup", "/nonexistent-dir/copy.db"],
        &["backup", &fresh_path],
        &["review"],
        &["review", &other],
        &[],
        &["review", "import", &broken],
        &["review", "import", &noformat],
        &["review", "import", &future_json],
        &["verify", &other],
        &[
            "protocol",
            "approve",
            "leveransforum",
            "latest",
            "--by",
            "Anna Berg",
        ],
        &["--bogus"],
        &["forumz"],
        &["who"],
        &["demo", "--years", "many"],
    ] {
        cases.push(on(&fresh, args));
    }
    for args in [
        &["demo"][..],
        &["org", "add", "Driftpartner Syd AB"],
        &["show", "leveransforum", "1999-01-01"],
        &["export", "leveransforum", "latest", "-o", &missing_dir],
        &["export", "leveransforum", "latest", "-o", &dir_path],
        &[
            "protocol",
            "approve",
            "leveransforum",
            "latest",
            "--by",
            "Ingen Alls",
        ],
        &[
            "protocol",
            "return",
            "leveransforum",
            "latest",
            "--by",
            "Ingen Alls",
            "--comment",
            " ",
        ],
    ] {
        cases.push(on(&demo, args));
    }
    for db in ["random.db", "text.db", "future.db"] {
        cases.push(on(&at(db), &["forums"]));
    }
    cases.push(on(&loose, &["doctor"]));
    for args in [&["forums"][..], &["export", "leveransforum", "latest"]] {
        cases.push(Provoked {
            full_stdout: true,
            ..on(&demo, args)
        });
    }

    let mut data: Vec<String> = [&fresh, &demo].iter().flat_map(|db| names_in(db)).collect();
    data.push(dir_path.clone());
    data.push(fixture("").display().to_string());
    let (mut swedish, mut english) = (0, 0);
    for c in &cases {
        let mut data = data.clone();
        data.extend(c.args.iter().cloned());
        let sv = refused("sv", c);
        let en = refused("en", c);
        assert!(
            !sv.trim().is_empty() && !sv.contains("panicked"),
            "{:?}: {sv}",
            c.args
        );
        let found = english_words(&sv, &data);
        assert!(
            found.is_empty(),
            "{:?} shows English {found:?} in Swedish:\n{sv}",
            c.args
        );
        swedish += 1;
        assert!(
            !english_words(&en, &data).is_empty(),
            "{:?} is not English with --lang en:\n{en}",
            c.args
        );
        english += 1;
    }
    println!(
        "Swedish corpus: {} cases, {swedish} in Swedish with --lang sv, {english} in English with --lang en",
        cases.len()
    );
}
