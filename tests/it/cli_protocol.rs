//! The protocol's approval from the command line: versions, sending,
//! approving by the forum's rule, the lock, the offline review round trip,
//! refused responses, and verifying an exported file.

use assert_cmd::Command;
use chrono::{Local, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::{AttendanceStatus, EntryKind};
use fora::i18n::Lang;
use fora::protocol::review::{Comment, Response, ReviewFile, Verdict};
use fora::store::Store;
use fora::store::meetings::EntryFields;
use fora::store::people::{LEVERANTOREN_ID, STADEN_ID};

pub(crate) struct Fora {
    pub(crate) dir: tempfile::TempDir,
    pub(crate) db: std::path::PathBuf,
}

impl Fora {
    /// A held Leveransforum meeting: Anna Berg (Staden) and Bo Ek (Leverantören) present.
    pub(crate) fn new() -> Fora {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("fora.db");
        let mut store = Store::open(&db).unwrap();
        crate::support::roster::add(
            &mut store,
            &[
                ("Anna Berg", STADEN_ID, "leveransansvarig"),
                ("Bo Ek", LEVERANTOREN_ID, "leveransansvarig"),
            ],
        );
        let at = Local.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap();
        let id = store
            .start_meeting("leveransforum", "2026-11-02", Channel::Fysiskt, at, Lang::Sv)
            .unwrap();
        for row in store
            .attendance(id)
            .unwrap()
            .iter()
            .filter(|r| r.person_name.is_some())
        {
            store
                .set_attendance(row.id, AttendanceStatus::Present, None)
                .unwrap();
        }
        let item = store.agenda(id).unwrap()[1].id;
        let fields = EntryFields {
            text: "Dagordningen godkänns".into(),
            ..Default::default()
        };
        store
            .add_entry(item, EntryKind::Decision, &fields, at, None)
            .unwrap();
        store
            .set_meeting_details(id, Channel::Fysiskt, None, Some("Bo Ek"))
            .unwrap();
        store.end_meeting(id, at).unwrap();
        Fora { dir, db }
    }

    pub(crate) fn run(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        Command::cargo_bin("fora")
            .unwrap()
            .args(["--lang", "en", "--db"])
            .arg(&self.db)
            .args(args)
            .assert()
    }

    pub(crate) fn ok(&self, args: &[&str]) -> String {
        String::from_utf8(self.run(args).success().get_output().stdout.clone()).unwrap()
    }

    pub(crate) fn fails(&self, args: &[&str]) -> String {
        String::from_utf8(self.run(args).failure().get_output().stderr.clone()).unwrap()
    }

    pub(crate) fn path(&self, name: &str) -> String {
        self.dir.path().join(name).display().to_string()
    }

    pub(crate) fn key_for(&self, name: &str) -> String {
        crate::support::keys::register_key(|args| self.ok(args), self.dir.path(), name)
    }

    pub(crate) fn write_signed(&self, path: &str, content: &str, key: &str) {
        crate::support::keys::write_signed(path, content, key);
    }

    pub(crate) fn add_information(&self, text: &str) {
        let mut store = Store::open(&self.db).unwrap();
        let id = store.latest_meeting("leveransforum").unwrap().unwrap().id;
        let item = store.agenda(id).unwrap()[3].id;
        let fields = EntryFields {
            text: text.into(),
            ..Default::default()
        };
        store
            .add_entry(item, EntryKind::Information, &fields, Local::now(), None)
            .unwrap();
    }
}

pub(crate) const M: [&str; 2] = ["leveransforum", "latest"];

pub(crate) fn args<'a>(cmd: &[&'a str], tail: &[&'a str]) -> Vec<&'a str> {
    cmd.iter().chain(M.iter()).chain(tail.iter()).copied().collect()
}

#[test]
fn draft_send_approve_lock_and_verify() {
    let fora = Fora::new();
    let out = fora.ok(&args(&["protocol", "draft"], &[]));
    assert!(out.starts_with("Protocol version 1 (draft), SHA-256 "), "{out}");
    let err = fora.fails(&args(&["protocol", "approve"], &["--by", "Anna Berg"]));
    assert!(err.contains("send a draft for approval first"), "{err}");
    assert!(
        fora.ok(&args(&["protocol", "send"], &[]))
            .contains("Version 1 sent for approval")
    );
    let status = fora.ok(&["protocol", "status"]);
    assert!(
        status.contains("Leveransforum") && status.contains("2026-11-02"),
        "{status}"
    );

    // Leveransforum: Staden approves. Bo Ek (the supplier, minute keeper) may not.
    let err = fora.fails(&args(&["protocol", "approve"], &["--by", "Bo Ek"]));
    assert!(
        err.contains("is not an approver") && err.contains("approvers: Anna Berg"),
        "{err}"
    );
    let out = fora.ok(&args(
        &["protocol", "approve"],
        &["--by", "anna berg", "--recorded-by", "Bo Ek"],
    ));
    assert!(out.starts_with("Version 1: approved"), "{out}");
    // fora status counts it, with the days from the meeting to the approval.
    let status: serde_json::Value = serde_json::from_str(&fora.ok(&["status", "--json"])).unwrap();
    let lev = status
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["forum_id"] == "leveransforum")
        .unwrap()
        .clone();
    let days = (chrono::Local::now().date_naive() - chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap())
        .num_days();
    // Counted while the meeting is within the last twelve months.
    let within = days <= 365;
    assert_eq!(lev["protocols_approved"], i64::from(within));
    assert_eq!(
        lev["median_days_to_approval"].as_f64(),
        within.then_some(days as f64)
    );
    assert_eq!(fora.ok(&["protocol", "status"]), "No protocols await approval.\n");

    // The approved version verifies, in every format.
    for ext in ["md", "html", "json", "pdf"] {
        let file = fora.path(&format!("v1.{ext}"));
        fora.ok(&args(&["export"], &["-o", &file]));
        let out = fora.ok(&["verify", &file]);
        assert!(
            out.contains("Matches: Leveransforum 2026-11-02")
                && out.contains("version 1; approved by Anna Berg"),
            "{ext}: {out}"
        );
    }

    // A later change makes version 2; version 1 stays as approved and still verifies.
    fora.add_information("Tillägg efter justeringen");
    assert!(
        fora.ok(&args(&["protocol", "draft"], &[]))
            .starts_with("Protocol version 2 (draft)")
    );
    let versions = fora.ok(&args(&["protocol", "versions"], &[]));
    assert!(
        versions.contains("Version 1: approved") && versions.contains("Version 2: draft"),
        "{versions}"
    );
    assert!(fora.ok(&["verify", &fora.path("v1.md")]).contains("version 1"));
    let v2 = fora.path("v2.md");
    fora.ok(&args(&["export"], &["--current", "-o", &v2]));
    let err = fora.fails(&["verify", &v2]);
    assert!(err.contains("matches no approved protocol version"), "{err}");
    // An edited copy of the approved file does not verify either.
    let edited = fora.path("edited.md");
    std::fs::write(
        &edited,
        std::fs::read_to_string(fora.path("v1.md"))
            .unwrap()
            .replace("godkänns", "avslås"),
    )
    .unwrap();
    assert!(
        fora.fails(&["verify", &edited])
            .contains("matches no approved protocol version")
    );
}

/// What the reviewer's fora writes after reading `review` (the TUI's response).
pub(crate) fn respond(review_path: &str, verdict: Verdict, comments: Vec<Comment>) -> Response {
    let bytes = std::fs::read(review_path).unwrap();
    let (review, _) = ReviewFile::parse(&bytes).unwrap();
    Response::new(
        &review,
        "Anna Berg",
        verdict,
        comments,
        "2026-11-03T10:00:00+01:00",
    )
    .unwrap()
}

#[test]
fn a_whole_review_round_trip_returns_then_approves() {
    let fora = Fora::new();
    let review = fora.path("review.json");
    let out = fora.ok(&args(&["export"], &["--format", "review", "-o", &review]));
    assert!(out.contains("The review file was written to"), "{out}");
    assert!(
        fora.ok(&["protocol", "status"]).contains("Leveransforum"),
        "exporting for review sends the draft"
    );

    let comments = vec![
        Comment {
            item: Some("Godkännande av dagordningen".into()),
            text: "Lägg till punkt om incidenter".into(),
        },
        Comment {
            item: None,
            text: "I övrigt bra".into(),
        },
    ];
    let key = fora.key_for("Anna Berg");
    let response = fora.path("response.json");
    fora.write_signed(
        &response,
        &respond(&review, Verdict::RequestChanges, comments)
            .to_json()
            .unwrap(),
        &key,
    );
    let out = fora.ok(&["review", "import", &response]);
    assert!(
        out.contains("Review from Anna Berg (version 1): returned; 2 comments"),
        "{out}"
    );
    let versions = fora.ok(&args(&["protocol", "versions"], &[]));
    assert!(versions.contains("Version 1: returned"), "{versions}");
    assert!(
        versions.contains("Anna Berg [Godkännande av dagordningen]: Lägg till punkt om incidenter"),
        "{versions}"
    );
    // The same response again: its version no longer awaits approval.
    let err = fora.fails(&["review", "import", &response]);
    assert!(
        err.contains("which is returned, not awaiting approval") && err.contains("nothing was changed"),
        "{err}"
    );

    // Corrected, sent again as version 2, approved by review.
    fora.add_information("Incidenter: två under perioden");
    let review2 = fora.path("review2.json");
    fora.ok(&args(&["export"], &["--format", "review", "-o", &review2]));
    let response2 = fora.path("response2.json");
    fora.write_signed(
        &response2,
        &respond(&review2, Verdict::Approve, vec![]).to_json().unwrap(),
        &key,
    );
    assert!(
        fora.ok(&["review", "import", &response2])
            .contains("(version 2): approved")
    );
    assert!(
        fora.ok(&["verify", &review2])
            .contains("version 2; approved by Anna Berg")
    );
}

/// Every row of the protocol tables and the history log, to show a refused
/// import changed nothing.
pub(crate) fn protocol_tables(db: &std::path::Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut out = String::new();
    for table in ["protocol_version", "approval", "review_comment", "history"] {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {table}")).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                Ok((0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap();
        for row in rows {
            out.push_str(&row.unwrap());
            out.push('\n');
        }
    }
    out
}

#[test]
fn broken_mismatched_and_tampered_responses_are_refused_and_change_nothing() {
    let fora = Fora::new();
    let review = fora.path("review.json");
    fora.ok(&args(&["export"], &["--format", "review", "-o", &review]));
    let key = fora.key_for("Anna Berg");
    let good = respond(&review, Verdict::Approve, vec![]).to_json().unwrap();
    // A response to a version this database never had.
    let other = Fora::new();
    other.add_information("Ett annat möte");
    let other_review = other.path("review.json");
    other.ok(&args(&["export"], &["--format", "review", "-o", &other_review]));
    let mismatched = respond(&other_review, Verdict::Approve, vec![])
        .to_json()
        .unwrap();

    let before = protocol_tables(&fora.db);
    let cases = [
        (
            "broken.json",
            "{\"format\": \"fora.review-response/1\", \"reviewer\": ".to_string(),
            "not JSON",
        ),
        (
            "mismatched.json",
            mismatched,
            "a protocol version this database does not have",
        ),
        (
            "tampered.json",
            good.replace("\"approve\"", "\"request_changes\""),
            "changed after it was written",
        ),
        (
            "future.json",
            good.replace("fora.review-response/1", "fora.review-response/3"),
            "written by a newer fora",
        ),
    ];
    for (name, text, message) in cases {
        let path = fora.path(name);
        fora.write_signed(&path, &text, &key);
        let err = fora.fails(&["review", "import", &path]);
        assert!(
            err.contains(message) && err.contains("nothing was changed"),
            "{name}: {err}"
        );
        assert_eq!(protocol_tables(&fora.db), before, "{name} changed the database");
    }
    // The good one still goes through afterwards.
    let path = fora.path("good.json");
    fora.write_signed(&path, &good, &key);
    assert!(fora.ok(&["review", "import", &path]).contains("approved"));
}
