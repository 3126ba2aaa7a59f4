//! Signed justering: personal keys, signed approvals and review responses,
//! refusals that write nothing, and signatures OpenSSH itself checks.

use std::process::{Command, Stdio};

use fora::protocol::review::{Comment, Response, ReviewFile, Verdict};
use fora::signing::NAMESPACE;

use crate::cli_protocol::{Fora, args, protocol_tables, respond};

/// A review file of the meeting's version awaiting approval.
fn review_file(fora: &Fora) -> String {
    let review = fora.path("review.json");
    fora.ok(&args(&["export"], &["--format", "review", "-o", &review]));
    review
}

fn ssh_keygen(args: &[&str], stdin: Option<&[u8]>) -> std::process::Output {
    use std::io::Write;
    let mut child = Command::new("ssh-keygen")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ssh-keygen (OpenSSH) is installed; .ci/run installs it");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.unwrap_or_default())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_forged_response_is_refused_and_writes_nothing() {
    let fora = Fora::new();
    let review = review_file(&fora);
    fora.key_for("Anna Berg");
    let bo = fora.key_for("Bo Ek");
    // Bo Ek (the supplier) may not approve where Staden approves: his own
    // signed approval is refused, and leaves nothing behind.
    let before = protocol_tables(&fora.db);
    let (file, _) = ReviewFile::parse(&std::fs::read(&review).unwrap()).unwrap();
    let comments = vec![Comment {
        item: None,
        text: "Ok".into(),
    }];
    let own = Response::new(
        &file,
        "Bo Ek",
        Verdict::Approve,
        comments,
        "2026-11-03T10:00:00+01:00",
    )
    .unwrap();
    let own_path = fora.path("own.json");
    fora.write_signed(&own_path, &own.to_json().unwrap(), &bo);
    let err = fora.fails(&["review", "import", &own_path]);
    assert!(
        err.contains("Bo Ek is not an approver") && err.contains("nothing was changed"),
        "{err}"
    );
    assert_eq!(protocol_tables(&fora.db), before);
    // So he forges the City's approval: reviewer changed, checksum recomputed.
    let forged = respond(&review, Verdict::Approve, vec![]).to_json().unwrap();
    assert!(forged.contains("\"reviewer\": \"Anna Berg\""));

    // Signed with his own (registered) key: it is Bo Ek's key, not Anna Berg's.
    let path = fora.path("forged.json");
    fora.write_signed(&path, &forged, &bo);
    let err = fora.fails(&["review", "import", &path]);
    assert!(
        err.contains("is Bo Ek's, not Anna Berg's") && err.contains("nothing was changed"),
        "{err}"
    );
    assert_eq!(protocol_tables(&fora.db), before);

    // Or with Bo's signature of an honest response kept beside the forged one.
    let honest = respond(&review, Verdict::Comments, vec![]).to_json().unwrap();
    let honest_path = fora.path("honest.json");
    fora.write_signed(&honest_path, &honest, &bo);
    std::fs::write(&path, &forged).unwrap();
    std::fs::copy(format!("{honest_path}.sig"), format!("{path}.sig")).unwrap();
    let err = fora.fails(&["review", "import", &path]);
    assert!(
        err.contains("the signature does not match the signed text") && err.contains("nothing was changed"),
        "{err}"
    );
    // And with no signature at all.
    std::fs::remove_file(format!("{path}.sig")).unwrap();
    let err = fora.fails(&["review", "import", &path]);
    assert!(err.contains("the response is not signed"), "{err}");
    assert_eq!(
        protocol_tables(&fora.db),
        before,
        "a refused response wrote something"
    );
}

#[test]
fn a_response_signed_by_an_unregistered_key_is_refused_with_its_fingerprint() {
    let fora = Fora::new();
    let review = review_file(&fora);
    fora.key_for("Anna Berg");
    // A second key of Anna's that nobody registered.
    let other = fora.path("other.key");
    let made = fora.ok(&["key", "generate", "-o", &other]);
    let fingerprint = made
        .lines()
        .find_map(|l| l.strip_prefix("Fingerprint: "))
        .unwrap()
        .to_string();
    let comments = vec![Comment {
        item: None,
        text: "Bra".into(),
    }];
    let path = fora.path("response.json");
    fora.write_signed(
        &path,
        &respond(&review, Verdict::Approve, comments).to_json().unwrap(),
        &other,
    );
    let before = protocol_tables(&fora.db);
    let err = fora.fails(&["review", "import", &path]);
    assert!(
        err.contains(&format!(
            "the signing key {fingerprint} is not registered for Anna Berg"
        )) && err.contains("fora people key \"Anna Berg\" FILE.pub"),
        "{err}"
    );
    assert_eq!(protocol_tables(&fora.db), before);
    // Registered after checking with her, the same response imports.
    fora.ok(&["people", "key", "Anna Berg", &format!("{other}.pub")]);
    assert!(fora.ok(&["review", "import", &path]).contains("approved"));
}

#[test]
fn a_response_signed_with_ssh_keygen_imports() {
    let fora = Fora::new();
    let review = review_file(&fora);
    let key = fora.path("id_ed25519");
    let made = ssh_keygen(&["-q", "-t", "ed25519", "-N", "", "-C", "anna", "-f", &key], None);
    assert!(made.status.success(), "{made:?}");
    fora.ok(&["people", "key", "Anna Berg", &format!("{key}.pub")]);
    let response = fora.path("response.json");
    let out = fora.ok(&[
        "review",
        "respond",
        &review,
        "--verdict",
        "approve",
        "--by",
        "Anna Berg",
        "--unsigned",
        "-o",
        &response,
    ]);
    assert!(
        out.contains(&format!("ssh-keygen -Y sign -n {NAMESPACE}")),
        "{out}"
    );
    let signed = ssh_keygen(&["-Y", "sign", "-f", &key, "-n", NAMESPACE, &response], None);
    assert!(signed.status.success(), "{signed:?}");
    let out = fora.ok(&["review", "import", &response]);
    assert!(
        out.contains("Review from Anna Berg (version 1): approved"),
        "{out}"
    );
    // fora verify checks the stored response signature.
    let out = fora.ok(&["verify", &review]);
    assert!(
        out.contains("Anna Berg: signed") && out.contains("the signature holds"),
        "{out}"
    );
}

#[test]
fn a_fora_approval_signature_verifies_with_ssh_keygen() {
    let fora = Fora::new();
    fora.ok(&args(&["protocol", "send"], &[]));
    let key = fora.key_for("Anna Berg");
    // Bo Ek's key is not Anna Berg's: refused, nothing written.
    let bo = fora.path("bo.key");
    fora.ok(&["key", "generate", "-o", &bo]);
    let before = protocol_tables(&fora.db);
    let err = fora.fails(&args(
        &["protocol", "approve"],
        &["--by", "Anna Berg", "--key", &bo],
    ));
    assert!(err.contains("is not registered for Anna Berg"), "{err}");
    assert_eq!(protocol_tables(&fora.db), before);

    let out = fora.ok(&args(
        &["protocol", "approve"],
        &["--by", "Anna Berg", "--key", &key],
    ));
    assert!(out.starts_with("Version 1: approved"), "{out}");
    let versions: serde_json::Value =
        serde_json::from_str(&fora.ok(&args(&["protocol", "versions"], &["--json"]))).unwrap();
    let v = &versions[0];
    let a = &v["approvals"][0];
    assert_eq!(a["method"], "signed");
    let message = a["signed_text"].as_str().unwrap();
    let meeting = v["meeting_id"].as_i64().unwrap();
    assert_eq!(
        message,
        format!(
            "fora-approval/1\nmeeting: {meeting}\nversion: 1\nsha256: {}\n",
            v["sha256"].as_str().unwrap()
        )
    );
    // Anyone with OpenSSH checks it: the public key, the message, the signature.
    let public = std::fs::read_to_string(format!("{key}.pub")).unwrap();
    let allowed = fora.path("allowed_signers");
    std::fs::write(&allowed, format!("anna.berg {public}")).unwrap();
    let sig = fora.path("approval.sig");
    std::fs::write(&sig, a["signature"].as_str().unwrap()).unwrap();
    let verify = |message: &[u8]| {
        ssh_keygen(
            &[
                "-Y",
                "verify",
                "-f",
                &allowed,
                "-I",
                "anna.berg",
                "-n",
                NAMESPACE,
                "-s",
                &sig,
            ],
            Some(message),
        )
    };
    let checked = verify(message.as_bytes());
    assert!(checked.status.success(), "{checked:?}");
    assert!(String::from_utf8_lossy(&checked.stdout).contains("Good \"fora-protocol\" signature"));
    assert!(
        !verify(message.replace("version: 1", "version: 2").as_bytes())
            .status
            .success()
    );

    // fora verify names signer, fingerprint and date.
    let file = fora.path("v1.md");
    fora.ok(&args(&["export"], &["-o", &file]));
    let out = fora.ok(&["verify", &file]);
    let fingerprint = a["fingerprint"].as_str().unwrap();
    assert!(
        out.contains(&format!(
            "Anna Berg: signed {} with key {fingerprint}; the signature holds",
            &a["approved_at"].as_str().unwrap()[..10]
        )),
        "{out}"
    );
    // A signature changed in the database no longer holds, and verify says so.
    let conn = rusqlite::Connection::open(&fora.db).unwrap();
    conn.execute(
        "UPDATE approval SET signed_text = replace(signed_text, 'version: 1', 'version: 2')",
        [],
    )
    .unwrap();
    let err = fora.run(&["verify", &file]).failure().get_output().clone();
    let out = String::from_utf8(err.stdout).unwrap();
    assert!(out.contains("the signature does NOT hold"), "{out}");
    assert!(
        String::from_utf8(err.stderr)
            .unwrap()
            .contains("1 signature does not hold")
    );
}

#[test]
fn an_approval_needs_a_key_or_says_who_recorded_it() {
    let fora = Fora::new();
    fora.ok(&args(&["protocol", "send"], &[]));
    let before = protocol_tables(&fora.db);
    let err = fora.fails(&args(&["protocol", "approve"], &["--by", "Anna Berg"]));
    assert!(
        err.contains("--key FILE") && err.contains("--recorded-by SECRETARY"),
        "{err}"
    );
    assert_eq!(protocol_tables(&fora.db), before);

    fora.ok(&args(
        &["protocol", "approve"],
        &["--by", "Anna Berg", "--recorded-by", "Bo Ek"],
    ));
    let versions = fora.ok(&args(&["protocol", "versions"], &[]));
    assert!(versions.contains("recorded by Bo Ek, not signed"), "{versions}");
    let file = fora.path("v1.md");
    fora.ok(&args(&["export"], &["-o", &file]));
    let out = fora.ok(&["verify", &file]);
    assert!(
        out.contains("Anna Berg: recorded by Bo Ek on") && out.contains("not signed"),
        "{out}"
    );
    assert!(!out.contains("signature holds"), "{out}");
}

#[test]
fn a_signed_comments_only_response_neither_approves_nor_returns() {
    let fora = Fora::new();
    let review = review_file(&fora);
    let key = fora.key_for("Bo Ek");
    let response = fora.path("bo.json");
    let out = fora.ok(&[
        "review",
        "respond",
        &review,
        "--verdict",
        "comments",
        "--by",
        "Bo Ek",
        "--key",
        &key,
        "--comment",
        "2=Rätta stavningen",
        "-o",
        &response,
    ]);
    assert!(out.contains(&format!("{response}.sig")), "{out}");
    let out = fora.ok(&["review", "import", &response]);
    assert!(out.contains("comments only; 1 comment"), "{out}");
    let versions = fora.ok(&args(&["protocol", "versions"], &[]));
    assert!(
        versions.contains("Version 1: for review")
            && versions.contains("Bo Ek [Godkännande av dagordningen]: Rätta stavningen"),
        "{versions}"
    );
}

#[test]
fn a_generated_key_is_private_never_replaced_and_asks_for_its_passphrase() {
    use std::os::unix::fs::PermissionsExt;
    let fora = Fora::new();
    fora.ok(&args(&["protocol", "send"], &[]));
    let key = fora.path("anna.key");
    let pass = fora.path("pass.txt");
    std::fs::write(&pass, "korrekt häst\n").unwrap();
    let out = fora.ok(&["key", "generate", "-o", &key, "--passphrase-file", &pass]);
    assert!(
        out.contains("ssh-ed25519 AAAA") && out.contains("Fingerprint: SHA256:"),
        "{out}"
    );
    let mode = std::fs::metadata(&key).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let private = std::fs::read_to_string(&key).unwrap();
    assert!(private.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----"));
    // OpenSSH reads it, with the passphrase.
    let public = ssh_keygen(&["-y", "-P", "korrekt häst", "-f", &key], None);
    assert!(public.status.success(), "{public:?}");
    assert_eq!(
        String::from_utf8_lossy(&public.stdout).split_whitespace().nth(1),
        std::fs::read_to_string(format!("{key}.pub"))
            .unwrap()
            .split_whitespace()
            .nth(1)
    );
    let err = fora.fails(&["key", "generate", "-o", &key]);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&key).unwrap(),
        private,
        "the key was replaced"
    );

    fora.ok(&["people", "key", "Anna Berg", &format!("{key}.pub")]);
    let err = fora.fails(&args(
        &["protocol", "approve"],
        &["--by", "Anna Berg", "--key", &key],
    ));
    assert!(err.contains("the key has a passphrase"), "{err}");
    std::fs::write(&pass, "fel\n").unwrap();
    let err = fora.fails(&args(
        &["protocol", "approve"],
        &["--by", "Anna Berg", "--key", &key, "--passphrase-file", &pass],
    ));
    assert!(err.contains("wrong passphrase"), "{err}");
    std::fs::write(&pass, "korrekt häst").unwrap();
    let out = fora.ok(&args(
        &["protocol", "approve"],
        &["--by", "Anna Berg", "--key", &key, "--passphrase-file", &pass],
    ));
    assert!(out.starts_with("Version 1: approved"), "{out}");
}

#[test]
fn a_removed_key_signs_nothing_new() {
    let fora = Fora::new();
    fora.ok(&args(&["protocol", "send"], &[]));
    let key = fora.key_for("Anna Berg");
    let listed = fora.ok(&["people", "key", "Anna Berg"]);
    let fingerprint = listed.split_whitespace().next().unwrap().to_string();
    assert!(fingerprint.starts_with("SHA256:"), "{listed}");
    let out = fora.ok(&["people", "key", "Anna Berg", "--remove", &fingerprint]);
    assert!(out.contains("marked removed"), "{out}");
    assert!(fora.ok(&["people", "key", "Anna Berg"]).contains("removed"));
    let err = fora.fails(&args(
        &["protocol", "approve"],
        &["--by", "Anna Berg", "--key", &key],
    ));
    assert!(
        err.contains(&format!("the signing key {fingerprint} was removed")),
        "{err}"
    );
}

#[test]
fn status_shows_how_each_approval_so_far_was_given() {
    let fora = Fora::new();
    fora.ok(&args(&["protocol", "send"], &[]));
    // One approval of several still needed (written through the store,
    // since Leveransforum needs only one).
    let mut store = fora::store::Store::open(&fora.db).unwrap();
    let v = store.awaiting_approval(None).unwrap().remove(0).version;
    let recorded = fora::store::protocols::ApprovalMethod::Recorded {
        recorded_by: "Bo Ek".into(),
    };
    store
        .approve(
            v.id,
            "Anna Berg",
            &v.sha256,
            &recorded,
            false,
            chrono::Local::now(),
        )
        .unwrap();
    drop(store);
    let status = fora.ok(&["protocol", "status"]);
    assert!(status.contains("Anna Berg (recorded by Bo Ek)"), "{status}");
    let json: serde_json::Value = serde_json::from_str(&fora.ok(&["protocol", "status", "--json"])).unwrap();
    assert_eq!(json[0]["approvals"][0]["method"], "recorded");
    assert_eq!(json[0]["approvals"][0]["recorded_by"], "Bo Ek");
}
