//! How SQLite reads each listing: through an index that fits, never the
//! whole entry table, and, where nothing filters, in the order shown so
//! that the first rows come before the last are read.

use super::Store;
use super::followup::ActionFilter;
use super::followup::actions::action_query;
use super::followup::decisions::decision_query;
use super::followup::escalations::follow_up_query;
use super::listing::{Page, Query};
use super::meetings::summary_query;
use super::search::{SearchFilter, entry_hits, item_hits};

fn plan(store: &Store, query: &mut Query) -> String {
    // A window (Query::seek) is limited already.
    if !query.sql().contains(" LIMIT ") {
        query.page(Page::first(50));
    }
    query.plan(store.conn())
}

/// Reads no table or whole index of entries, and, when `in_order`, sorts nothing whole.
fn assert_bounded(store: &Store, name: &str, query: &mut Query, in_order: bool) {
    let plan = plan(store, query);
    for line in plan.lines() {
        let scans_entries = (line == "SCAN e" || line.starts_with("SCAN e "))
            && !line.contains("entry_action_due")
            && !line.contains("entry_open_actions");
        assert!(!scans_entries, "{name} reads every entry:\n{plan}");
        assert!(
            !line.starts_with("SCAN i ") && line != "SCAN i",
            "{name}:\n{plan}"
        );
    }
    if in_order {
        assert!(
            !plan.contains("TEMP B-TREE FOR ORDER BY"),
            "{name} sorts everything:\n{plan}"
        );
    }
}

#[test]
fn every_listing_reads_through_an_index() {
    let store = Store::open_in_memory().expect("store");
    let today = "2026-11-26";
    let all = ActionFilter::default();
    assert_bounded(&store, "actions", &mut action_query(&all, today), true);
    let open = ActionFilter {
        open_only: true,
        ..ActionFilter::default()
    };
    assert_bounded(&store, "actions --open", &mut action_query(&open, today), true);
    let overdue = ActionFilter {
        overdue_only: true,
        owner: Some("ek"),
        ..ActionFilter::default()
    };
    assert_bounded(
        &store,
        "actions --overdue",
        &mut action_query(&overdue, today),
        true,
    );
    let forum = ActionFilter {
        forum_id: Some("leveransforum"),
        ..ActionFilter::default()
    };
    // One forum's actions are read through its meetings, then sorted.
    assert_bounded(&store, "actions --forum", &mut action_query(&forum, today), false);
    assert_bounded(&store, "decisions", &mut decision_query(None, None), true);
    let mut since = decision_query(Some("leveransforum"), Some("2026-01-01"));
    assert_bounded(&store, "decisions --forum --since", &mut since, true);
    for kind in ["escalation", "disagreement"] {
        assert_bounded(&store, kind, &mut follow_up_query(kind, false, today), true);
        // The open ones come from their own small index and are sorted.
        assert_bounded(&store, kind, &mut follow_up_query(kind, true, today), false);
    }
    assert_bounded(&store, "meetings", &mut summary_query(None, None), true);
    assert_bounded(
        &store,
        "meetings F",
        &mut summary_query(Some("leveransforum"), None),
        true,
    );
    // Matches come in the order of their FTS index, nothing sorted.
    let filter = SearchFilter::default();
    let mut entries = entry_hits("\"andring\"", &filter, &Default::default()).expect("entries");
    assert_bounded(&store, "search entries", &mut entries, true);
    let mut items = item_hits("\"andring\"", &filter, &Default::default()).expect("items");
    assert_bounded(&store, "search items", &mut items, true);
}

#[test]
fn every_window_of_a_screen_enters_its_index_at_the_key() {
    use super::followup::actions::ACTION_KEYS;
    use super::followup::decisions::DECISION_KEYS;
    use super::followup::escalations::FOLLOW_UP_KEYS;
    use super::listing::{RowKey, Seek};
    use rusqlite::types::Value;

    let store = Store::open_in_memory().expect("store");
    let today = "2026-11-26";
    // Only the first term decides how the index is entered.
    let key = |first: &str| {
        RowKey(vec![
            Value::Text(first.into()),
            Value::Integer(3),
            Value::Integer(7),
        ])
    };
    let seeks = |first: &str| {
        [
            Seek::First,
            Seek::After(key(first)),
            Seek::From(key(first)),
            Seek::Before(key(first)),
            Seek::Last,
        ]
    };
    let windowed = |mut q: Query, keys: &[&str], descending: bool, seek: &Seek| {
        q.seek(keys, descending, seek, 100);
        // A window from a row starts in the index at the row's key; the
        // open escalations come from their own small index, and are sorted.
        let from_a_row = !matches!(seek, Seek::First | Seek::Last) && keys != FOLLOW_UP_KEYS;
        let plan = q.plan(store.conn());
        assert!(
            !from_a_row || plan.contains(">?)") || plan.contains("<?)"),
            "{seek:?} reads the index from its start:\n{plan}"
        );
        q
    };
    for done in [false, true] {
        let filter = ActionFilter {
            open_only: !done,
            done_only: done,
            ..ActionFilter::default()
        };
        for seek in seeks("2026-01-01") {
            let mut q = windowed(action_query(&filter, today), &ACTION_KEYS, false, &seek);
            assert_bounded(&store, &format!("actions {seek:?}"), &mut q, true);
        }
    }
    for seek in seeks("2020-01-01") {
        let mut q = windowed(decision_query(None, None), &DECISION_KEYS, true, &seek);
        assert_bounded(&store, &format!("decisions {seek:?}"), &mut q, true);
        for kind in ["escalation", "disagreement"] {
            let mut q = windowed(follow_up_query(kind, true, today), &FOLLOW_UP_KEYS, false, &seek);
            assert_bounded(&store, &format!("{kind} {seek:?}"), &mut q, false);
        }
    }
}
