//! The secretary's justering inbox and the versions behind it: a version
//! out for justering superseded by an amend, the language of a rendering
//! that is no change, and two versions compared line by line.

use assert_cmd::Command;

use crate::cli_protocol::{Fora, args};

fn states(fora: &Fora) -> Vec<String> {
    let versions: serde_json::Value =
        serde_json::from_str(&fora.ok(&args(&["protocol", "versions"], &["--json"]))).unwrap();
    versions
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["state"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_change_after_sending_supersedes_the_version_out_for_justering() {
    let fora = Fora::new();
    fora.ok(&args(&["protocol", "send"], &[]));
    fora.add_information("Ett tillägg efter utskicket");
    fora.ok(&args(&["protocol", "draft"], &[]));
    assert_eq!(states(&fora), ["superseded", "draft"]);
    // Nobody approves the version that was replaced.
    let err = fora.fails(&args(
        &["protocol", "approve"],
        &["--by", "Anna Berg", "--recorded-by", "Bo Ek"],
    ));
    assert!(err.contains("version 2 of this protocol is draft"), "{err}");
}

#[test]
fn another_language_is_not_a_change_after_approval() {
    let fora = Fora::new();
    fora.ok(&args(&["protocol", "send"], &[]));
    fora.ok(&args(
        &["protocol", "approve"],
        &["--by", "Anna Berg", "--recorded-by", "Bo Ek"],
    ));
    // The version was made in English; asked for in Swedish, nothing changed.
    let swedish = |tail: &[&str]| {
        Command::cargo_bin("fora")
            .unwrap()
            .args(["--lang", "sv", "--db"])
            .arg(&fora.db)
            .args(args(tail, &[]))
            .assert()
    };
    let out = swedish(&["protocol", "draft"])
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(out).unwrap().contains("version 1 (justerat)"));
    let err = swedish(&["protocol", "send"])
        .failure()
        .get_output()
        .stderr
        .clone();
    assert!(
        String::from_utf8(err)
            .unwrap()
            .contains("inget har ändrats sedan dess")
    );
    assert_eq!(states(&fora), ["approved"]);
    let status = fora.ok(&["protocol", "status"]);
    assert!(!status.contains("changed after approval"), "{status}");
}

#[test]
fn two_versions_are_compared_line_by_line() {
    let fora = Fora::new();
    fora.ok(&args(&["protocol", "send"], &[]));
    fora.add_information("Driften flyttas i mars");
    fora.ok(&args(&["protocol", "draft"], &[]));
    let diff = fora.ok(&args(&["protocol", "versions"], &["--diff", "1", "2"]));
    assert!(diff.starts_with("--- version 1\n+++ version 2\n@@ "), "{diff}");
    assert!(
        diff.lines()
            .any(|l| l.starts_with('+') && l.contains("Driften flyttas i mars")),
        "{diff}"
    );
    assert!(
        !diff.lines().any(|l| l.starts_with('-') && l.contains("Driften")),
        "{diff}"
    );
    // Lines unchanged on both sides are context, not changes.
    assert!(diff.lines().any(|l| l.starts_with(' ')), "{diff}");
    let same = fora.ok(&args(&["protocol", "versions"], &["--diff", "2", "2"]));
    assert_eq!(same, "Version 2 and version 2 are the same.\n");
    let err = fora.fails(&args(&["protocol", "versions"], &["--diff", "1", "7"]));
    assert!(err.contains('7'), "{err}");
}

#[test]
fn a_merge_that_changes_an_approved_protocol_needs_amend() {
    let fora = Fora::new();
    fora.ok(&args(&["protocol", "send"], &[]));
    fora.ok(&args(
        &["protocol", "approve"],
        &["--by", "Anna Berg", "--recorded-by", "Bo Ek"],
    ));
    fora.ok(&["people", "add", "Bo Erik Ek", "--org", "Leverantören"]);
    let before = crate::cli_protocol::protocol_tables(&fora.db);
    // Bo Ek sat in the meeting: merging him into another record changes its protocol.
    let err = fora.fails(&["people", "merge", "Bo Erik Ek", "Bo Ek"]);
    assert!(
        err.contains("attended meetings whose protocol was sent or approved"),
        "{err}"
    );
    assert!(err.contains("--amend"), "{err}");
    assert_eq!(crate::cli_protocol::protocol_tables(&fora.db), before);
    assert!(fora.ok(&["people", "list"]).contains("Bo Ek"));

    let out = fora.ok(&["people", "merge", "Bo Erik Ek", "Bo Ek", "--amend"]);
    assert!(
        out.contains("New protocol versions (changed after approval): Leveransforum 2026-11-02"),
        "{out}"
    );
    assert_eq!(states(&fora), ["approved", "draft"]);
    assert!(
        fora.ok(&["protocol", "status"])
            .contains("changed after approval")
    );
}

#[test]
fn a_returned_version_stays_in_protocol_status_until_sent_again() {
    let fora = Fora::new();
    fora.ok(&args(&["protocol", "send"], &[]));
    fora.ok(&args(
        &["protocol", "return"],
        &["--by", "Anna Berg", "--comment", "Beslutet saknar datum"],
    ));
    let status = fora.ok(&["protocol", "status"]);
    assert!(
        status.contains("version 1 was returned with one comment")
            && status.contains("Leveransforum 2026-11-02"),
        "{status}"
    );
    let listed: serde_json::Value =
        serde_json::from_str(&fora.ok(&["protocol", "status", "--json"])).unwrap();
    assert_eq!(listed[0]["returned"]["version"], 1, "{listed}");
    assert_eq!(listed[0]["returned"]["comments"], 1, "{listed}");
    // After a change it is still the work: the new draft answers it.
    fora.add_information("Datum tillagt");
    fora.ok(&args(&["protocol", "draft"], &[]));
    assert!(
        fora.ok(&["protocol", "status"])
            .contains("version 1 was returned")
    );
    fora.ok(&args(&["protocol", "send"], &[]));
    let status = fora.ok(&["protocol", "status"]);
    assert!(!status.contains("returned"), "{status}");
    let listed = fora.ok(&["protocol", "status", "--json"]);
    assert!(!listed.contains("\"returned\""), "{listed}");
}
