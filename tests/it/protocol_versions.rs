//! Protocol versions in the store: every approval transition and the lock.

use chrono::{Local, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::VersionState;
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::protocols::ApprovalMethod;
use fora::store::reviews::ReviewOutcome;

fn at(d: u32) -> chrono::DateTime<Local> {
    Local.with_ymd_and_hms(2026, 11, d, 12, 0, 0).unwrap()
}

/// An approval given in the room, recorded by the secretary.
fn recorded() -> ApprovalMethod {
    ApprovalMethod::Recorded {
        recorded_by: "Sekreteraren".into(),
    }
}

fn meeting() -> (Store, i64) {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .start_meeting("leveransforum", "2026-11-02", Channel::Fysiskt, at(2), Lang::Sv)
        .unwrap();
    (store, id)
}

#[test]
fn draft_is_updated_until_sent_then_approved_and_locked() {
    let (mut store, m) = meeting();
    let (v1, wrote) = store.save_version(m, "text A", "aaa", "sv", at(2)).unwrap();
    assert!(wrote);
    assert_eq!((v1.number, v1.state), (1, VersionState::Draft));
    let (same, wrote) = store.save_version(m, "text A", "aaa", "sv", at(2)).unwrap();
    assert!(!wrote, "the same text changes nothing");
    assert_eq!(same.id, v1.id);
    let (v1b, _) = store.save_version(m, "text B", "bbb", "sv", at(3)).unwrap();
    assert_eq!(
        (v1b.id, v1b.number, v1b.sha256.as_str()),
        (v1.id, 1, "bbb"),
        "a draft is brought up to date"
    );

    assert!(
        store
            .approve(v1.id, "Anna", "bbb", &recorded(), true, at(3))
            .is_err(),
        "a draft cannot be approved"
    );
    store.send_for_review(v1.id, at(3)).unwrap();
    assert!(store.send_for_review(v1.id, at(3)).is_err(), "sent once");
    let err = store
        .approve(v1.id, "Anna", "zzz", &recorded(), true, at(4))
        .unwrap_err();
    assert!(err.to_string().contains("en annan text"), "{err}");
    store
        .approve(v1.id, "Anna", "bbb", &recorded(), true, at(4))
        .unwrap();
    let v = store.version(v1.id).unwrap();
    assert_eq!(v.state, VersionState::Approved);
    assert!(v.decided_at.unwrap().starts_with("2026-11-04"));
    let approvals = store.approvals(v1.id).unwrap();
    assert_eq!(
        (approvals[0].approver.as_str(), approvals[0].sha256.as_str()),
        ("Anna", "bbb")
    );

    // The database itself refuses to change or delete an approved version.
    let err = store
        .conn()
        .execute("UPDATE protocol_version SET content = 'x' WHERE id = ?1", [v1.id])
        .unwrap_err();
    assert!(err.to_string().contains("never changes"), "{err}");
    assert!(
        store
            .conn()
            .execute("DELETE FROM protocol_version WHERE id = ?1", [v1.id])
            .is_err()
    );

    // A later change makes version 2, a draft again; version 1 stays readable.
    let (v2, wrote) = store.save_version(m, "text C", "ccc", "sv", at(5)).unwrap();
    assert!(wrote);
    assert_eq!((v2.number, v2.state), (2, VersionState::Draft));
    assert_eq!(store.version_content(v1.id).unwrap(), "text B");
    assert_eq!(store.version_by_sha("bbb").unwrap().unwrap().id, v1.id);
    assert_eq!(store.approved_versions().unwrap().len(), 1);
}

#[test]
fn a_returned_version_gets_comments_and_the_next_change_is_a_new_draft() {
    let (mut store, m) = meeting();
    let (v1, _) = store.save_version(m, "text A", "aaa", "sv", at(2)).unwrap();
    store.send_for_review(v1.id, at(2)).unwrap();
    let waiting = store.awaiting_approval(Some("leveransforum")).unwrap();
    assert_eq!((waiting.len(), waiting[0].date.as_str()), (1, "2026-11-02"));
    assert!(store.awaiting_approval(Some("ledningsforum")).unwrap().is_empty());
    let comments = [
        (Some("Mötets öppnande".into()), "Fel tid".into()),
        (None, "Bra".into()),
    ];
    store
        .record_review(v1.id, "aaa", "Bo Ek", &comments, &ReviewOutcome::Return, at(3))
        .unwrap();
    assert_eq!(store.version(v1.id).unwrap().state, VersionState::Returned);
    assert!(store.awaiting_approval(None).unwrap().is_empty());
    assert!(
        store
            .record_review(v1.id, "aaa", "Bo Ek", &[], &ReviewOutcome::Return, at(3))
            .is_err(),
        "returned once"
    );
    let comments = store.review_comments(v1.id).unwrap();
    assert_eq!(comments.len(), 2);
    assert_eq!(comments[0].item_title.as_deref(), Some("Mötets öppnande"));
    let (v2, _) = store.save_version(m, "text A2", "a2", "sv", at(4)).unwrap();
    assert_eq!((v2.number, v2.state), (2, VersionState::Draft));
}

#[test]
fn several_approvers_approve_before_the_version_is_approved() {
    let (mut store, m) = meeting();
    let (v, _) = store.save_version(m, "text", "abc", "sv", at(2)).unwrap();
    store.send_for_review(v.id, at(2)).unwrap();
    store
        .approve(v.id, "Anna", "abc", &recorded(), false, at(3))
        .unwrap();
    assert_eq!(store.version(v.id).unwrap().state, VersionState::ForReview);
    store
        .approve(v.id, "Bo", "abc", &recorded(), true, at(4))
        .unwrap();
    assert_eq!(store.version(v.id).unwrap().state, VersionState::Approved);
    assert_eq!(store.approvals(v.id).unwrap().len(), 2);
}
