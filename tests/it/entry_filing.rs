//! Enter makes an entry durable as one small row (`Store::record_entry`);
//! filing it (`Store::settle_entries`) gives it its number, its search words
//! and drops its draft. These tests kill fora in between, in effect, by
//! dropping the store before filing, and check what the next fora finds.

use chrono::{DateTime, Local, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::EntryKind;
use fora::i18n::Lang;
use fora::protocol::MeetingRecord;
use fora::store::Store;
use fora::store::meetings::EntryFields;
use fora::store::search::SearchFilter;

fn at(minute: u32) -> DateTime<Local> {
    Local.with_ymd_and_hms(2026, 3, 2, 9, minute, 0).single().unwrap()
}

fn text(t: &str) -> EntryFields {
    EntryFields {
        text: t.into(),
        ..Default::default()
    }
}

/// A Leveransforum meeting on a file, and the id of its first theme.
fn meeting(store: &mut Store) -> (i64, i64) {
    let m = store
        .start_meeting("leveransforum", "2026-03-02", Channel::Video, at(0), Lang::Sv)
        .unwrap();
    (m, store.agenda(m).unwrap()[3].id)
}

fn count(store: &Store, sql: &str) -> i64 {
    store.conn().query_row(sql, [], |r| r.get(0)).unwrap()
}

fn found(store: &mut Store, words: &str) -> Vec<Option<i64>> {
    let filter = SearchFilter {
        limit: 10,
        ..Default::default()
    };
    store
        .search(words, &filter)
        .unwrap()
        .into_iter()
        .map(|h| h.entry_id)
        .collect()
}

/// The database takes recorded entries but refuses to file them, as a full
/// disk might refuse the second transaction.
fn refuse_filing(store: &Store) {
    store
        .conn()
        .execute_batch(
            "CREATE TRIGGER refuse_filing BEFORE INSERT ON entry
             BEGIN SELECT raise(ABORT, 'no room for entries'); END;",
        )
        .unwrap();
}

fn allow_filing(store: &Store) {
    store.conn().execute_batch("DROP TRIGGER refuse_filing").unwrap();
}

#[test]
fn an_entry_recorded_but_not_filed_is_filed_by_the_next_fora() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fora.db");
    let mut store = Store::open(&path).unwrap();
    let (m, item) = meeting(&mut store);
    store
        .save_draft(m, "new:decision", r#"{"text":"Avtalet förläng"}"#, at(1))
        .unwrap();
    let risk = store
        .add_entry(
            item,
            EntryKind::Risk,
            &text("Nyckelpersoner kan sluta"),
            at(2),
            None,
        )
        .unwrap();
    let risk = store.entry(risk).unwrap();
    let decision = store
        .record_entry(
            item,
            EntryKind::Decision,
            &text("Avtalet förlängs med ett år"),
            at(3),
            Some("new:decision"),
        )
        .unwrap();
    assert!(risk.id < decision.id, "ids follow the order of recording");
    // Killed here: the entry is on disk, waiting, and nothing else changed.
    assert!(store.settle_behind().unwrap());
    assert_eq!(count(&store, "SELECT count(*) FROM entry_pending"), 1);
    assert_eq!(count(&store, "SELECT count(*) FROM entry"), 1);
    assert_eq!(count(&store, "SELECT count(*) FROM decision_ref"), 0);
    assert_eq!(count(&store, "SELECT count(*) FROM draft"), 1);
    drop(store);

    let mut store = Store::open(&path).unwrap();
    assert!(!store.settle_behind().unwrap());
    assert_eq!(count(&store, "SELECT count(*) FROM entry_pending"), 0);
    // Filed as the screen showed them, with the same ids.
    assert_eq!(store.entry(decision.id).unwrap(), decision);
    assert_eq!(store.entry(risk.id).unwrap(), risk);
    assert_eq!(store.entries(m).unwrap(), [risk.clone(), decision.clone()]);
    assert_eq!(
        store.decision_reference(decision.id).unwrap().as_deref(),
        Some("Leveransforum 2026 § 1")
    );
    assert_eq!(store.decision_reference(risk.id).unwrap(), None);
    assert!(
        store.drafts(m).unwrap().is_empty(),
        "the draft went with its entry"
    );
    assert_eq!(found(&mut store, "forlangs"), [Some(decision.id)]);
    assert_eq!(found(&mut store, "nyckelpersoner"), [Some(risk.id)]);
}

#[test]
fn recording_files_at_once_what_add_entry_promises() {
    let mut store = Store::open_in_memory().unwrap();
    let (m, item) = meeting(&mut store);
    store
        .save_draft(m, "new:decision", r#"{"text":"Beslut"}"#, at(1))
        .unwrap();
    let id = store
        .add_entry(
            item,
            EntryKind::Decision,
            &text("Beslut om tidplan"),
            at(2),
            Some("new:decision"),
        )
        .unwrap();
    assert!(!store.settle_behind().unwrap());
    assert_eq!(
        store.decision_reference(id).unwrap().as_deref(),
        Some("Leveransforum 2026 § 1")
    );
    assert!(store.drafts(m).unwrap().is_empty());
    assert!(store.entry_committed_at().is_some());
}

#[test]
fn a_later_change_files_waiting_entries_first_and_keeps_the_newer_draft() {
    let mut store = Store::open_in_memory().unwrap();
    let (m, item) = meeting(&mut store);
    store
        .save_draft(m, "new:risk", r#"{"text":"Första"}"#, at(1))
        .unwrap();
    let first = store
        .record_entry(
            item,
            EntryKind::Risk,
            &text("Första risken"),
            at(2),
            Some("new:risk"),
        )
        .unwrap();
    // Not filed (as when filing failed); the next risk is being typed in the same slot.
    store
        .save_draft(m, "new:risk", r#"{"text":"Andra"}"#, at(3))
        .unwrap();
    assert_eq!(store.entries(m).unwrap(), [first]);
    let drafts = store.drafts(m).unwrap();
    assert_eq!(drafts.len(), 1);
    assert_eq!(
        drafts[0].content, r#"{"text":"Andra"}"#,
        "the newer draft is kept"
    );
}

#[test]
fn entries_recorded_by_two_foras_on_one_file_keep_distinct_ids() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fora.db");
    let mut one = Store::open(&path).unwrap();
    let (m, item) = meeting(&mut one);
    let mut two = Store::open(&path).unwrap();
    let a = one
        .record_entry(
            item,
            EntryKind::Information,
            &text("Från den första"),
            at(1),
            None,
        )
        .unwrap();
    let b = two
        .record_entry(item, EntryKind::Information, &text("Från den andra"), at(2), None)
        .unwrap();
    assert!(a.id < b.id, "an id waiting to be filed is not given again");
    // The second files both; the first then finds nothing left to do.
    assert_eq!(two.settle_entries().unwrap().entries, 2);
    assert_eq!(one.settle_entries().unwrap().entries, 0);
    assert_eq!(one.entries(m).unwrap(), [a.clone(), b.clone()]);
    assert_eq!(found(&mut one, "forsta"), [Some(a.id)]);
    assert_eq!(found(&mut one, "andra"), [Some(b.id)]);
}

#[test]
fn an_entry_the_database_refuses_to_file_waits_and_is_filed_later() {
    let mut store = Store::open_in_memory().unwrap();
    let (m, item) = meeting(&mut store);
    refuse_filing(&store);
    let entry = store
        .record_entry(
            item,
            EntryKind::Information,
            &text("Väntar på att föras in"),
            at(1),
            None,
        )
        .unwrap();
    let refused = store.settle_entries().unwrap_err();
    assert!(
        refused.to_string().contains("bryter mot en regel i databasen"),
        "{refused}"
    );
    // Other changes go on; the entry waits on disk.
    store.save_draft(m, "new:risk", "{}", at(2)).unwrap();
    assert_eq!(count(&store, "SELECT count(*) FROM entry_pending"), 1);
    assert_eq!(count(&store, "SELECT count(*) FROM entry"), 0);
    // Listed with its meeting all the same.
    assert_eq!(store.entries(m).unwrap(), std::slice::from_ref(&entry));
    allow_filing(&store);
    store.save_draft(m, "new:risk", "{}", at(3)).unwrap();
    assert_eq!(store.entries(m).unwrap(), [entry]);
    assert_eq!(count(&store, "SELECT count(*) FROM entry_pending"), 0);
}

#[test]
fn an_entry_not_filed_yet_can_be_edited_once_it_can_be_filed() {
    let mut store = Store::open_in_memory().unwrap();
    let (m, item) = meeting(&mut store);
    refuse_filing(&store);
    let entry = store
        .record_entry(item, EntryKind::Risk, &text("Första lydelsen"), at(1), None)
        .unwrap();
    assert!(store.settle_entries().is_err());
    allow_filing(&store);
    store
        .edit_entry(entry.id, &text("Andra lydelsen"), at(2), None)
        .unwrap();
    let entries = store.entries(m).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].id, entry.id);
    assert_eq!(entries[0].fields.text, "Andra lydelsen");
    assert_eq!(
        store.entry_history(entry.id).unwrap()[0].fields.text,
        "Första lydelsen"
    );
}

#[test]
fn the_draft_of_an_entry_not_filed_yet_is_not_offered_again() {
    let mut store = Store::open_in_memory().unwrap();
    let (m, item) = meeting(&mut store);
    refuse_filing(&store);
    store
        .save_draft(m, "new:risk", r#"{"text":"Leverantören byter"}"#, at(1))
        .unwrap();
    let risk = store
        .record_entry(
            item,
            EntryKind::Risk,
            &text("Leverantören byter"),
            at(2),
            Some("new:risk"),
        )
        .unwrap();
    assert!(store.settle_entries().is_err());
    // Offering it would record the risk twice.
    assert!(store.drafts(m).unwrap().is_empty());
    allow_filing(&store);
    store.settle_entries().unwrap();
    assert_eq!(store.entries(m).unwrap(), [risk]);
    assert_eq!(count(&store, "SELECT count(*) FROM draft"), 0);
}

#[test]
fn a_draft_saved_while_its_slot_waits_to_be_filed_is_kept() {
    let mut store = Store::open_in_memory().unwrap();
    let (m, item) = meeting(&mut store);
    refuse_filing(&store);
    store
        .save_draft(m, "new:risk", r#"{"text":"Första"}"#, at(1))
        .unwrap();
    store
        .record_entry(
            item,
            EntryKind::Risk,
            &text("Första risken"),
            at(2),
            Some("new:risk"),
        )
        .unwrap();
    assert!(store.settle_entries().is_err());
    // The next risk is typed in the same slot before the first is filed.
    store
        .save_draft(m, "new:risk", r#"{"text":"Andra"}"#, at(3))
        .unwrap();
    allow_filing(&store);
    store.settle_entries().unwrap();
    assert_eq!(store.entries(m).unwrap().len(), 1);
    let drafts = store.drafts(m).unwrap();
    assert_eq!(drafts.len(), 1, "the newer draft is kept and offered");
    assert_eq!(drafts[0].content, r#"{"text":"Andra"}"#);
}

#[test]
fn an_id_an_older_fora_took_meanwhile_gives_the_entry_the_next_free_one() {
    let mut store = Store::open_in_memory().unwrap();
    let (m, item) = meeting(&mut store);
    refuse_filing(&store);
    let recorded = store
        .record_entry(item, EntryKind::Decision, &text("Beslutet väntar"), at(1), None)
        .unwrap();
    assert!(store.settle_entries().is_err());
    allow_filing(&store);
    // A fora before schema 12, still running on the file, inserts the next id itself.
    store
        .conn()
        .execute(
            "INSERT INTO entry (meeting_id, item_id, kind, text, recorded_at)
             VALUES (?1, ?2, 'information', 'Från en äldre fora', '2026-03-02T09:02:00+01:00')",
            rusqlite::params![m, item],
        )
        .unwrap();
    assert_eq!(store.conn().last_insert_rowid(), recorded.id, "the same id");
    let filed = store.settle_entries().unwrap();
    assert_eq!(filed.renumbered, 1);
    let entries = store.entries(m).unwrap();
    let texts: Vec<(&str, bool)> = entries
        .iter()
        .map(|e| (e.fields.text.as_str(), e.id == recorded.id))
        .collect();
    assert_eq!(texts, [("Från en äldre fora", true), ("Beslutet väntar", false)]);
    let moved = entries[1].id;
    assert!(moved > recorded.id);
    assert_eq!(
        store.decision_reference(moved).unwrap().as_deref(),
        Some("Leveransforum 2026 § 1")
    );
    assert_eq!(found(&mut store, "vantar"), [Some(moved)]);
    assert_eq!(found(&mut store, "aldre"), [Some(recorded.id)]);
}

#[test]
fn whoever_records_the_meeting_next_files_what_a_killed_recorder_left() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fora.db");
    let mut recorder = Store::open(&path).unwrap();
    let (m, item) = meeting(&mut recorder);
    // A second fora follows the meeting, opened before the entry was recorded.
    let mut follower = Store::open(&path).unwrap();
    let entry = recorder
        .record_entry(
            item,
            EntryKind::Information,
            &text("Sista innan kraschen"),
            at(1),
            None,
        )
        .unwrap();
    drop(recorder); // killed before filing
    assert_eq!(count(&follower, "SELECT count(*) FROM entry_pending"), 1);
    assert_eq!(follower.lock_meeting(m, "follower", at(2)).unwrap(), None);
    assert_eq!(count(&follower, "SELECT count(*) FROM entry_pending"), 0);
    assert_eq!(follower.entries(m).unwrap(), [entry]);
}

#[test]
fn a_protocol_made_while_an_entry_waits_to_be_filed_lists_it() {
    let mut store = Store::open_in_memory().unwrap();
    let (m, item) = meeting(&mut store);
    refuse_filing(&store);
    store
        .record_entry(item, EntryKind::Decision, &text("Avtalet förlängs"), at(1), None)
        .unwrap();
    assert!(store.settle_entries().is_err());
    let texts = |record: &MeetingRecord| -> Vec<String> {
        record
            .items
            .iter()
            .flat_map(|i| i.entries.iter().map(|e| e.entry.fields.text.clone()))
            .collect()
    };
    let waiting = MeetingRecord::load(&store, m).unwrap();
    assert_eq!(texts(&waiting), ["Avtalet förlängs"]);
    allow_filing(&store);
    store.settle_entries().unwrap();
    let filed = MeetingRecord::load(&store, m).unwrap();
    assert_eq!(
        serde_json::to_value(&filed).unwrap(),
        serde_json::to_value(&waiting).unwrap(),
        "filing changes nothing a protocol shows"
    );
}
