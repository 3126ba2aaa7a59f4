//! Clear answers at the edges: files fora writes (their folder, their
//! extension, their mode) and databases it cannot read or write.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command as Process;

use assert_cmd::Command;
use fora::store::Store;
use fora::tui::review::files;

use crate::protocol_fixture;

fn fora(db: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("fora")
        .unwrap()
        .env_remove("FORA_LANG")
        .arg("--db")
        .arg(db)
        .args(args)
        .assert()
}

fn stderr(a: assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.failure().get_output().stderr.clone()).unwrap()
}

fn archive() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    let mut store = Store::open(&db).unwrap();
    let id = protocol_fixture::record_meeting(&mut store);
    (dir, db, id.to_string())
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn an_unknown_extension_is_refused_with_the_known_ones() {
    let (dir, db, id) = archive();
    let out = dir.path().join("protokoll.docx");
    let err = stderr(fora(&db, &["export", &id, "-o", out.to_str().unwrap()]));
    assert!(
        err.contains("fora skriver inte filer som slutar på ”.docx”: använd .md, .html, .pdf, .json"),
        "{err}"
    );
    assert!(!out.exists(), "nothing is written");
    // The format named outright wins over the extension.
    fora(
        &db,
        &["export", &id, "--format", "md", "-o", out.to_str().unwrap()],
    )
    .success();
    assert!(out.exists());
}

#[test]
fn a_missing_export_folder_is_created() {
    let (dir, db, id) = archive();
    let out = dir.path().join("protokoll/2026/leveransforum.md");
    fora(&db, &["export", &id, "-o", out.to_str().unwrap()]).success();
    assert!(std::fs::read_to_string(&out).unwrap().contains("Leveransforum"));
}

/// Runs fora under `umask 000`, where a file created with the default mode
/// would be readable and writable by everyone.
fn fora_under_umask_000(db: &Path, args: &[&str]) {
    let mut shell_args = vec![
        "-c".to_string(),
        "umask 000; exec \"$@\"".to_string(),
        "sh".to_string(),
    ];
    shell_args.push(env!("CARGO_BIN_EXE_fora").to_string());
    shell_args.push("--db".into());
    shell_args.push(db.display().to_string());
    shell_args.extend(args.iter().map(|a| a.to_string()));
    let status = Process::new("sh").args(&shell_args).status().unwrap();
    assert!(status.success(), "{args:?}");
}

#[test]
fn exported_and_review_files_are_private_whatever_the_umask() {
    let (dir, db, id) = archive();
    let protocol = dir.path().join("new/folder/protokoll.html");
    fora_under_umask_000(&db, &["export", &id, "-o", protocol.to_str().unwrap()]);
    assert_eq!(mode(&protocol), 0o600);
    assert_eq!(mode(protocol.parent().unwrap()), 0o700);
    let review = dir.path().join("granskning.json");
    fora_under_umask_000(
        &db,
        &[
            "export",
            &id,
            "--format",
            "review",
            "-o",
            review.to_str().unwrap(),
        ],
    );
    assert_eq!(mode(&review), 0o600);
}

#[test]
fn review_responses_and_drafts_are_private() {
    let dir = tempfile::tempdir().unwrap();
    let review = files::Place::beside(&dir.path().join("granskning.json"));
    let response = files::write_response(&review, "{}\n").unwrap();
    assert_eq!(mode(&response), 0o600);
    let draft = files::Draft {
        format: "x".into(),
        version_sha256: "0".into(),
        saved_at: "2026-11-26T10:00:00+01:00".into(),
        reviewer: "Bo Ek".into(),
        verdict: None,
        comments: Vec::new(),
        editing: None,
    };
    files::write_draft(&review, &draft).unwrap();
    assert_eq!(mode(&review.draft_path()), 0o600);
}

#[test]
fn a_database_fora_cannot_read_is_not_called_foreign() {
    let dir = tempfile::tempdir().unwrap();
    let err = stderr(fora(dir.path(), &["people", "list"]));
    assert!(err.contains("kan inte läsa"), "{err}");
    assert!(err.contains("det är en mapp"), "{err}");
    assert!(!err.contains("ingen fora-databas"), "{err}");
}
