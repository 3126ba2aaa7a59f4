//! The sample archive: every active forum met by its cadence, with every kind of record.

use chrono::NaiveDate;
use fora::demo::{DemoOptions, generate};
use fora::domain::meeting::{EntryKind, MeetingStatus};
use fora::store::Store;
use fora::store::followup::ActionFilter;

fn archive(years: u32) -> (Store, fora::demo::DemoSummary) {
    let mut store = Store::open_in_memory().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let summary = generate(&mut store, &DemoOptions::new(years, today)).unwrap();
    (store, summary)
}

#[test]
fn a_year_of_meetings_follows_each_forums_cadence() {
    let (store, summary) = archive(1);
    let held = |forum: &str| store.meeting_summaries(Some(forum)).unwrap().len();
    assert!(
        (50..=53).contains(&held("driftsattningsinfo")),
        "weekly: {}",
        held("driftsattningsinfo")
    );
    assert!(
        (25..=27).contains(&held("andringskoordinering")),
        "every other week"
    );
    assert!((11..=13).contains(&held("leveransforum")), "monthly");
    assert!((3..=5).contains(&held("verkstallande")), "quarterly");
    assert!((1..=2).contains(&held("releaseplanering")), "half-yearly");
    assert_eq!(held("arkitektur-sakerhet-alla"), 0, "inactive forums do not meet");
    let all = store.meeting_summaries(None).unwrap();
    assert_eq!(all.len(), summary.meetings);
    assert!(
        all.iter()
            .all(|m| m.status == MeetingStatus::Held && m.date.as_str() < "2026-11-26")
    );
    assert_eq!(
        all.iter().map(|m| m.entries as usize).sum::<usize>(),
        summary.entries
    );
    assert!(summary.people >= 20, "{summary:?}");
}

#[test]
fn the_archive_has_every_kind_of_record() {
    let (store, _) = archive(2);
    let kinds: std::collections::HashSet<EntryKind> = store
        .search(
            "a",
            &fora::store::search::SearchFilter {
                limit: 100_000,
                ..Default::default()
            },
        )
        .unwrap()
        .into_iter()
        .filter_map(|h| h.kind)
        .collect();
    assert!(
        kinds.contains(&EntryKind::Decision)
            && kinds.contains(&EntryKind::Action)
            && kinds.contains(&EntryKind::Information)
            && kinds.contains(&EntryKind::Risk),
        "{kinds:?}"
    );
    assert!(
        !store
            .follow_ups("escalation", false, "2026-11-26")
            .unwrap()
            .is_empty()
    );
    assert!(
        !store
            .follow_ups("disagreement", false, "2026-11-26")
            .unwrap()
            .is_empty()
    );
    let actions = store.actions(&ActionFilter::default(), "2026-11-26").unwrap();
    assert!(actions.iter().any(|a| a.done && a.done_meeting_id.is_some()));
    assert!(actions.iter().any(|a| !a.done));
    assert!(!store.decisions(None, None).unwrap().is_empty());
    let integrity: String = store
        .conn()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
}

#[test]
fn the_demo_refuses_a_database_that_holds_records() {
    let (mut store, _) = archive(1);
    let err = generate(
        &mut store,
        &DemoOptions::new(1, NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()),
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("har redan personer eller möten"),
        "{err}"
    );
}

#[test]
fn the_supplier_keeps_the_minutes_of_its_forums_and_doctor_finds_no_wrong_keeper() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    let fora = |args: &[&str]| {
        assert_cmd::Command::cargo_bin("fora")
            .unwrap()
            .args(["--lang", "en", "--db"])
            .arg(&db)
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    fora(&["demo", "--years", "1"]);
    let store = Store::open(&db).unwrap();
    let mut kept = 0;
    for forum in ["ledningsforum", "verkstallande", "leveransforum"] {
        for m in store.meeting_summaries(Some(forum)).unwrap() {
            if m.status != MeetingStatus::Held {
                continue;
            }
            let meeting = store.meeting(m.id).unwrap();
            let keeper = meeting
                .minute_keeper
                .expect("every held meeting has a minute keeper");
            let row = store
                .attendance(m.id)
                .unwrap()
                .into_iter()
                .find(|r| r.person_name.as_deref() == Some(keeper.as_str()))
                .unwrap();
            assert_eq!(
                row.party,
                Some(fora::domain::Party::Leverantoren),
                "{forum} {keeper}"
            );
            kept += 1;
        }
    }
    assert!(kept > 0, "the supplier kept some minutes");
    drop(store);
    let doctor = String::from_utf8(fora(&["doctor"])).unwrap();
    assert!(
        doctor.contains("ok   keepers    every meeting's minute keeper is of the party"),
        "{doctor}"
    );
}

#[test]
fn the_archive_has_protocols_in_every_state_of_the_justering() {
    use fora::domain::meeting::VersionState;
    use fora::protocol::worklist::worklist;
    use fora::store::protocols::ApprovalMethod;
    let (store, _) = archive(1);
    let approved = store.approved_versions().unwrap();
    let methods: Vec<ApprovalMethod> = approved
        .iter()
        .flat_map(|v| store.approvals(v.id).unwrap())
        .map(|a| a.method)
        .collect();
    assert!(
        methods.iter().any(|m| matches!(m, ApprovalMethod::Signed { .. })),
        "approved and signed"
    );
    assert!(
        methods
            .iter()
            .any(|m| matches!(m, ApprovalMethod::Recorded { .. })),
        "approved as recorded"
    );
    let work = worklist(&store, None).unwrap();
    let waiting = work
        .iter()
        .find(|w| w.awaits_approval() && !w.changed_after_approval())
        .expect("one out for justering");
    assert_eq!(waiting.given(), 1);
    assert!(waiting.needed() >= 3, "one of several: {}", waiting.needed());
    assert!(!waiting.comments.is_empty(), "with a comment");
    let returned = work
        .iter()
        .find(|w| w.latest.version.state == VersionState::Returned)
        .expect("one returned");
    assert!(returned.returned.as_ref().is_some_and(|r| r.comments.len() == 2));
    assert!(
        work.iter().any(|w| w.changed_after_approval()),
        "one changed after approval"
    );
}
