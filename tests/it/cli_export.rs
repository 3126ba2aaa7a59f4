//! `fora export` through the real binary: each format on stdout or to a file,
//! the PDF refused on a terminal, and meetings that do not exist.

use crate::protocol_fixture;
use crate::support;

use assert_cmd::Command;
use fora::store::Store;

fn fora(db: &std::path::Path, args: &[&str]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("fora")
        .unwrap()
        .env_remove("FORA_LANG")
        .arg("--db")
        .arg(db)
        .args(args)
        .assert()
}

fn stdout(a: assert_cmd::assert::Assert) -> Vec<u8> {
    a.success().get_output().stdout.clone()
}

fn stderr(a: assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.failure().get_output().stderr.clone()).unwrap()
}

/// A database file holding the fixture meeting.
fn archive() -> (tempfile::TempDir, std::path::PathBuf, i64) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    let mut store = Store::open(&db).unwrap();
    let id = protocol_fixture::record_meeting(&mut store);
    (dir, db, id)
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap()
}

#[test]
fn each_text_format_goes_to_stdout() {
    let (_dir, db, id) = archive();
    let id = id.to_string();
    let md = text(stdout(fora(&db, &["export", &id])));
    assert!(
        md.starts_with("# Protokoll – Leveransforum\n"),
        "Markdown by default: {md}"
    );
    let md = text(stdout(fora(
        &db,
        &["export", "leveransforum", "2026-11-02", "--format", "md"],
    )));
    assert!(
        md.contains("**Beslut Leveransforum 2026 § 1.** Dagordningen godkänns."),
        "{md}"
    );
    let html = text(stdout(fora(
        &db,
        &[
            "--lang",
            "en",
            "export",
            "leveransforum",
            "latest",
            "--format",
            "html",
        ],
    )));
    assert!(
        html.starts_with("<!DOCTYPE html>") && html.contains("<html lang=\"en\">"),
        "{html}"
    );
    assert!(html.contains("<h1>Minutes – Leveransforum</h1>"), "{html}");
    let json: serde_json::Value =
        serde_json::from_slice(&stdout(fora(&db, &["export", &id, "-f", "json"]))).unwrap();
    assert_eq!(json["schema"], "fora.protocol/1");
    assert_eq!(json["meeting"]["id"].as_i64().map(|i| i.to_string()), Some(id));
}

#[test]
fn a_pdf_goes_to_a_file_or_a_pipe() {
    let (dir, db, id) = archive();
    let path = dir.path().join("protokoll.pdf");
    let out = text(stdout(fora(
        &db,
        &[
            "export",
            &id.to_string(),
            "--format",
            "pdf",
            "-o",
            path.to_str().unwrap(),
        ],
    )));
    assert!(out.starts_with("Protokollet skrevs till "), "{out}");
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    // Redirected or piped, standard output is not a terminal: the bytes go there.
    let piped = stdout(fora(&db, &["export", &id.to_string(), "--format", "pdf"]));
    assert_eq!(piped, bytes, "the same meeting gives the same PDF");
    // No temporary file is left beside it.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("fora.db"))
        .collect();
    assert_eq!(names, ["protokoll.pdf"]);
}

#[test]
fn the_format_follows_the_file_name_when_not_given() {
    let (dir, db, id) = archive();
    for (name, start) in [
        ("p.html", b"<!DOCTYPE html>".as_slice()),
        ("p.json", b"{\n  \"schema\"".as_slice()),
        ("p.md", b"# Protokoll".as_slice()),
        ("p.PDF", b"%PDF-".as_slice()),
    ] {
        let path = dir.path().join(name);
        fora(&db, &["export", &id.to_string(), "-o", path.to_str().unwrap()]).success();
        let bytes = std::fs::read(&path).unwrap();
        assert!(bytes.starts_with(start), "{name}");
    }
    // An explicit --format wins over the name.
    let path = dir.path().join("p.txt");
    fora(
        &db,
        &[
            "export",
            &id.to_string(),
            "-f",
            "json",
            "-o",
            path.to_str().unwrap(),
        ],
    )
    .success();
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("fora.protocol/1")
    );
}

#[test]
fn a_failed_write_leaves_no_file() {
    let (dir, db, id) = archive();
    // A missing folder is created (tests/it/edges.rs), but not under a file.
    let path = db.join("folder").join("p.md");
    let err = stderr(fora(
        &db,
        &["export", &id.to_string(), "-o", path.to_str().unwrap()],
    ));
    assert!(
        err.contains("kan inte skriva") && err.contains("p.md: en del av sökvägen är ingen mapp"),
        "{err}"
    );
    assert!(!path.exists());
    // A directory in the way is refused, and nothing is left beside it.
    let err = stderr(fora(
        &db,
        &["export", &id.to_string(), "-o", dir.path().to_str().unwrap()],
    ));
    assert!(err.contains("kan inte skriva"), "{err}");
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn unknown_meetings_and_formats_are_refused() {
    let (_dir, db, _) = archive();
    let err = stderr(fora(&db, &["export", "999"]));
    assert!(err.contains("möte 999 finns inte"), "{err}");
    let err = stderr(fora(&db, &["export", "leveransforum", "2026-11-03"]));
    assert!(err.contains("hade inget möte 2026-11-03"), "{err}");
    let err = stderr(fora(&db, &["export", "ledningsforum", "latest", "-f", "pdf"]));
    assert!(err.contains("har inga möten ännu"), "{err}");
    let err = stderr(fora(&db, &["export", "1", "--format", "docx"]));
    assert!(
        err.contains("docx") && err.contains("md, html, pdf, json"),
        "{err}"
    );
}

#[test]
fn a_pdf_is_not_written_to_a_terminal() {
    let (_dir, db, id) = archive();
    let mut term = support::pty::Terminal::start(&db, &["export", &id.to_string(), "--format", "pdf"]);
    term.wait_for("ange en fil med -o FIL.pdf");
    assert!(!term.wait_exit(), "refused with a failure exit code");
    assert!(!term.screen().contains("%PDF"));
}
