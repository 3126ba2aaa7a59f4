//! Cancelling a meeting: near today only, once a day, the meeting already
//! there marked rather than another made, and never a meeting held.

use chrono::{DateTime, Local, NaiveDate, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::MeetingStatus;
use fora::domain::schedule::DueState;
use fora::i18n::Lang;
use fora::store::Store;

use crate::support::cli::Fora;

fn day(date: &str) -> DateTime<Local> {
    let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
    Local
        .from_local_datetime(&d.and_hms_opt(9, 0, 0).unwrap())
        .unwrap()
}

fn state(store: &Store, forum: &str, today: &str) -> (Option<String>, DueState) {
    let today = NaiveDate::parse_from_str(today, "%Y-%m-%d").unwrap();
    let row = store
        .schedule(today)
        .unwrap()
        .into_iter()
        .find(|r| r.forum_id == forum)
        .unwrap();
    (row.last_meeting, row.state)
}

#[test]
fn a_day_is_cancelled_once() {
    let fora = Fora::new();
    let today = Local::now().date_naive().to_string();
    let cancel = ["cancel", "leveransforum", "--date", &today, "--reason", "Sjukdom"];
    fora.ok(&cancel);
    let err = fora.fails(&cancel);
    assert!(err.contains(&format!("{today} är redan inställt")), "{err}");
    let meetings = fora.json(&["meetings", "leveransforum", "--json"]);
    assert_eq!(meetings.as_array().unwrap().len(), 1, "{meetings}");
}

#[test]
fn a_cancellation_far_from_today_is_refused_and_changes_nothing() {
    let fora = Fora::new();
    let before = fora.ok(&["schedule", "--json"]);
    let err = fora.fails(&["cancel", "leveransforum", "--date", "9999-12-31", "--reason", "x"]);
    assert!(err.contains("9999-12-31 ligger utanför"), "{err}");
    // Leveransforum meets at least monthly: a year ahead is outside its window.
    let next_year = (Local::now().date_naive() + chrono::Days::new(365)).to_string();
    let err = fora.fails(&["cancel", "leveransforum", "--date", &next_year, "--reason", "x"]);
    assert!(
        err.contains(&format!("{next_year} ligger för långt från i dag")),
        "{err}"
    );
    let err = fora.fails(&[
        "--lang",
        "en",
        "cancel",
        "leveransforum",
        "--date",
        "2020-01-01",
        "--reason",
        "x",
    ]);
    assert!(err.contains("2020-01-01 is too far from today"), "{err}");
    assert_eq!(fora.ok(&["schedule", "--json"]), before);
    assert_eq!(fora.ok(&["meetings", "--json"]).trim(), "[]");
}

#[test]
fn a_forum_with_only_cancellations_is_overdue() {
    let mut store = Store::open_in_memory().unwrap();
    // Leveransforum meets "minst månadsvis".
    let held = store
        .start_meeting(
            "leveransforum",
            "2026-08-31",
            Channel::Fysiskt,
            day("2026-08-31"),
            Lang::Sv,
        )
        .unwrap();
    store.end_meeting(held, day("2026-08-31")).unwrap();
    for date in ["2026-09-30", "2026-10-28"] {
        store
            .cancel_meeting("leveransforum", date, "Sjukdom", day(date))
            .unwrap();
    }
    let (last, due) = state(&store, "leveransforum", "2026-11-02");
    assert_eq!((last.as_deref(), due), (Some("2026-08-31"), DueState::Overdue));
    let status = store
        .status(NaiveDate::from_ymd_opt(2026, 11, 2).unwrap())
        .unwrap();
    let lev = status.iter().find(|r| r.forum_id == "leveransforum").unwrap();
    assert_eq!((lev.held, lev.cancelled), (1, 2));
    // `latest` is the meeting held, not a cancellation.
    assert_eq!(store.latest_meeting("leveransforum").unwrap().unwrap().id, held);

    // A forum never held stays due however often it is cancelled.
    store
        .cancel_meeting("verkstallande", "2026-10-28", "Sjukdom", day("2026-10-28"))
        .unwrap();
    let (last, due) = state(&store, "verkstallande", "2026-11-02");
    assert_eq!((last, due), (None, DueState::NeverHeld));
}

#[test]
fn the_cli_counts_no_cancellation_as_held() {
    let fora = Fora::new();
    let today = Local::now().date_naive().to_string();
    fora.ok(&["cancel", "leveransforum", "--date", &today, "--reason", "Sjukdom"]);
    let schedule = fora.json(&["schedule", "--json"]);
    let lev = schedule
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["forum_id"] == "leveransforum")
        .unwrap();
    assert_eq!(lev["state"], "never_held", "{lev}");
    assert!(lev["last_meeting"].is_null(), "{lev}");
    let err = fora.fails(&["show", "leveransforum", "latest"]);
    assert!(!err.is_empty());
}

#[test]
fn cancelling_a_day_with_a_meeting_marks_that_meeting() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .start_meeting(
            "leveransforum",
            "2026-11-30",
            Channel::Fysiskt,
            day("2026-11-30"),
            Lang::Sv,
        )
        .unwrap();
    let cancelled = store
        .cancel_meeting("leveransforum", "2026-11-30", " Brandlarm ", day("2026-11-30"))
        .unwrap();
    assert_eq!(cancelled, id);
    let m = store.meeting(id).unwrap();
    assert_eq!(m.status, MeetingStatus::Cancelled);
    assert_eq!(m.cancel_reason.as_deref(), Some("Brandlarm"));
    assert!(m.ended_at.is_some());
    assert_eq!(store.meetings_on("leveransforum", "2026-11-30").unwrap().len(), 1);
    assert!(store.latest_meeting("leveransforum").unwrap().is_none());

    // A meeting that was held cannot be cancelled afterwards.
    let held = store
        .start_meeting(
            "verkstallande",
            "2026-11-30",
            Channel::Fysiskt,
            day("2026-11-30"),
            Lang::Sv,
        )
        .unwrap();
    store.end_meeting(held, day("2026-11-30")).unwrap();
    let err = store
        .cancel_meeting("verkstallande", "2026-11-30", "x", day("2026-11-30"))
        .unwrap_err();
    assert!(err.to_string().contains("höll möte 2026-11-30"), "{err}");
    assert_eq!(store.meeting(held).unwrap().status, MeetingStatus::Held);
}
