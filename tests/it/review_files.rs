//! Snapshots and the offline review's files: round trips, and each fault with its message.

use chrono::{Local, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::EntryKind;
use fora::i18n::Lang;
use fora::protocol::Format;
use fora::protocol::review::{Comment, Response, ReviewError, ReviewFile, Verdict};
use fora::protocol::snapshot::Snapshot;
use fora::store::Store;
use fora::store::meetings::EntryFields;

fn snapshot() -> Snapshot {
    let mut store = Store::open_in_memory().unwrap();
    let at = Local.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap();
    let id = store
        .start_meeting("leveransforum", "2026-11-02", Channel::Fysiskt, at, Lang::Sv)
        .unwrap();
    let item = store.agenda(id).unwrap()[1].id;
    let fields = EntryFields {
        text: "Dagordningen godkänns".into(),
        ..Default::default()
    };
    store
        .add_entry(item, EntryKind::Decision, &fields, at, None)
        .unwrap();
    Snapshot::of(&store, id, Lang::Sv).unwrap()
}

#[test]
fn a_snapshot_renders_the_same_protocol_after_a_round_trip() {
    let original = snapshot();
    let again = Snapshot::from_json(&original.to_json().unwrap()).unwrap();
    assert_eq!(again.to_json().unwrap(), original.to_json().unwrap());
    for format in Format::ALL {
        assert_eq!(
            again
                .render(format, &fora::protocol::stamp::Stamp::Draft { version: 1 })
                .unwrap(),
            original
                .render(format, &fora::protocol::stamp::Stamp::Draft { version: 1 })
                .unwrap(),
            "{format:?}"
        );
    }
    let err = Snapshot::from_json(
        &original
            .to_json()
            .unwrap()
            .replace("fora.snapshot/1", "fora.snapshot/9"),
    )
    .unwrap_err();
    assert!(err.to_string().contains("inget som den här fora läser"), "{err}");
}

fn review() -> ReviewFile {
    let s = snapshot();
    ReviewFile::new(
        s.record.meeting.id,
        1,
        "Leveransforum",
        "2026-11-02",
        &s.to_json().unwrap(),
    )
}

#[test]
fn a_review_file_and_its_response_round_trip() {
    let file = review();
    let (back, snap) = ReviewFile::parse(file.to_json().unwrap().as_bytes()).unwrap();
    assert_eq!(back.sha256, file.sha256);
    assert_eq!(snap.record.forum_name, "Leveransforum");
    let comments = vec![Comment {
        item: Some("Godkännande av dagordningen".into()),
        text: "Rätt".into(),
    }];
    let response = Response::new(
        &file,
        "Bo Ek",
        Verdict::RequestChanges,
        comments,
        "2026-11-03T10:00:00+01:00",
    )
    .unwrap();
    let parsed = Response::parse(response.to_json().unwrap().as_bytes()).unwrap();
    assert_eq!(parsed, response);
    assert_eq!(parsed.body.version_sha256, file.sha256);
}

#[test]
fn broken_future_and_tampered_files_are_refused_with_their_message() {
    let file = review();
    let response = Response::new(
        &file,
        "Bo Ek",
        Verdict::Approve,
        vec![],
        "2026-11-03T10:00:00+01:00",
    )
    .unwrap();
    let json = response.to_json().unwrap();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("not JSON", b"{ this is not json".to_vec(), "inte JSON"),
        ("not UTF-8", vec![0xff, 0xfe, 0x00], "inte UTF-8"),
        (
            "another file",
            br#"{"format":"something/1"}"#.to_vec(),
            "dess format är something/1",
        ),
        (
            "no format",
            br#"{"reviewer":"x"}"#.to_vec(),
            "saknar fältet format",
        ),
        (
            "future",
            json.replace("fora.review-response/1", "fora.review-response/2")
                .into_bytes(),
            "skrevs av en nyare fora",
        ),
        (
            "tampered verdict",
            json.replace("\"approve\"", "\"request_changes\"").into_bytes(),
            "ändrades efter att den skrevs",
        ),
        (
            "tampered reviewer",
            json.replace("Bo Ek", "Eve").into_bytes(),
            "ändrades efter att den skrevs",
        ),
        (
            "truncated",
            json.as_bytes()[..json.len() / 2].to_vec(),
            "inte JSON",
        ),
    ];
    for (name, bytes, message) in cases {
        let err: ReviewError = Response::parse(&bytes).unwrap_err();
        assert!(err.to_string().contains(message), "{name}: {err}");
    }
    let tampered = file
        .to_json()
        .unwrap()
        .replace("Dagordningen godkänns", "Dagordningen avslås");
    let err = ReviewFile::parse(tampered.as_bytes()).unwrap_err();
    assert!(err.to_string().contains("ändrades efter att den skrevs"), "{err}");
}
