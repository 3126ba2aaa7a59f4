//! A meeting's records in the store: start, attendance, agenda, entries, drafts.

use chrono::{Local, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::{AttendanceStatus, EntryKind, ItemKind, MeetingStatus};
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::meetings::{DraftSlot, EntryFields};
use fora::store::people::{LEVERANTOREN_ID, NewAssignment, NewPerson, STADEN_ID};

fn at(h: u32, m: u32) -> chrono::DateTime<Local> {
    Local.with_ymd_and_hms(2026, 11, 26, h, m, 0).unwrap()
}

fn text(t: &str) -> EntryFields {
    EntryFields {
        text: t.into(),
        ..Default::default()
    }
}

/// A store with two people holding Leveransforum roles, and a meeting started.
fn meeting() -> (Store, i64) {
    let mut store = Store::open_in_memory().unwrap();
    for (name, org, role) in [
        ("Anna Berg", STADEN_ID, "leveransansvarig"),
        ("Bo Ek", LEVERANTOREN_ID, "leveransansvarig"),
        ("Cia Dahl", STADEN_ID, "tjansteansvarig"),
    ] {
        let id = store
            .add_person(&NewPerson {
                name: name.into(),
                organisation_id: org,
                email: None,
                phone: None,
            })
            .unwrap();
        store
            .assign(
                id,
                &NewAssignment {
                    role_id: role.into(),
                    organisation_id: org,
                    from: "2024-01-01".into(),
                    to: None,
                },
            )
            .unwrap();
    }
    let id = store
        .start_meeting(
            "leveransforum",
            "2026-11-26",
            Channel::Fysiskt,
            at(9, 0),
            Lang::Sv,
        )
        .unwrap();
    (store, id)
}

#[test]
fn a_started_meeting_has_the_roster_permanent_first_and_the_standing_agenda() {
    let (store, id) = meeting();
    let m = store.meeting(id).unwrap();
    assert_eq!(m.status, MeetingStatus::InProgress);
    assert_eq!(
        m.started_at.as_deref().map(|s| &s[..19]),
        Some("2026-11-26T09:00:00")
    );

    let rows = store.attendance(id).unwrap();
    let seats: Vec<(&str, &str, Option<&str>)> = rows
        .iter()
        .map(|r| {
            (
                r.role_id.as_deref().unwrap(),
                r.seat.unwrap().id(),
                r.person_name.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        seats,
        [
            ("leveransansvarig", "permanent", Some("Anna Berg")),
            ("leveransledare", "permanent", None),
            ("skolplattformsansvarig", "permanent", None),
            ("leveransansvarig", "permanent", Some("Bo Ek")),
            ("tjansteansvarig", "vid-behov", Some("Cia Dahl")),
            ("avtalsansvarig", "vid-behov", None),
        ]
    );
    assert!(rows.iter().all(|r| r.status == AttendanceStatus::Unmarked));

    let agenda = store.agenda(id).unwrap();
    let titles: Vec<&str> = agenda.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles[..3],
        [
            "Mötets öppnande",
            "Godkännande av dagordningen",
            "Föregående mötesprotokoll"
        ]
    );
    assert_eq!(
        titles[titles.len() - 3..],
        ["Övriga frågor", "Nästa möte", "Mötets avslutande"]
    );
    assert_eq!(
        agenda.iter().filter(|i| i.kind == ItemKind::Theme).count(),
        7,
        "Leveransforum has 7 themes"
    );
}

#[test]
fn every_attendance_status_is_kept_and_a_substitute_needs_a_name() {
    let (mut store, id) = meeting();
    let rows = store.attendance(id).unwrap();
    let statuses = [
        AttendanceStatus::Present,
        AttendanceStatus::Remote,
        AttendanceStatus::Excused,
        AttendanceStatus::Absent,
        AttendanceStatus::Unmarked,
    ];
    for (row, status) in rows.iter().zip(statuses) {
        store.set_attendance(row.id, status, None).unwrap();
    }
    let err = store
        .set_attendance(rows[5].id, AttendanceStatus::Substitute, Some("  "))
        .unwrap_err();
    assert!(err.to_string().contains("namnet på den som går in"), "{err}");
    store
        .set_attendance(rows[5].id, AttendanceStatus::Substitute, Some("Dora Ersättare"))
        .unwrap();
    let after = store.attendance(id).unwrap();
    let got: Vec<AttendanceStatus> = after.iter().map(|r| r.status).collect();
    assert_eq!(got[..5], statuses);
    assert_eq!(after[5].status, AttendanceStatus::Substitute);
    assert_eq!(after[5].substitute_name.as_deref(), Some("Dora Ersättare"));
    // Another status clears the substitute's name.
    store
        .set_attendance(rows[5].id, AttendanceStatus::Present, Some("ignored"))
        .unwrap();
    assert_eq!(store.attendance(id).unwrap()[5].substitute_name, None);
}

#[test]
fn guests_join_and_leave() {
    let (mut store, id) = meeting();
    let guest = store
        .add_guest(id, "Greta Gäst", Some("Driftbolaget AB"))
        .unwrap();
    assert!(store.add_guest(id, " ", None).is_err());
    store.set_presence_time(guest, true, Some(at(9, 5))).unwrap();
    store.set_presence_time(guest, false, Some(at(10, 15))).unwrap();
    let row = store.attendance(id).unwrap().into_iter().last().unwrap();
    assert!(row.is_guest());
    assert_eq!(row.person_name.as_deref(), Some("Greta Gäst"));
    assert_eq!(row.organisation.as_deref(), Some("Driftbolaget AB"));
    assert_eq!(row.status, AttendanceStatus::Present);
    assert!(row.joined_at.unwrap().starts_with("2026-11-26T09:05"));
    assert!(row.left_at.unwrap().starts_with("2026-11-26T10:15"));
}

#[test]
fn agenda_items_are_added_renamed_reordered_done_and_removed() {
    let (mut store, id) = meeting();
    let first = store.agenda(id).unwrap()[0].id;
    let added = store.add_item(id, "Extra punkt", Some(first)).unwrap();
    assert_eq!(store.agenda(id).unwrap()[1].id, added);
    store.rename_item(added, "Nytt namn").unwrap();
    assert!(store.rename_item(added, "").is_err());
    store.move_item(added, -1).unwrap();
    store.move_item(added, -1).unwrap(); // already first: stays
    let agenda = store.agenda(id).unwrap();
    assert_eq!((agenda[0].id, agenda[0].title.as_str()), (added, "Nytt namn"));
    assert_eq!(agenda[1].id, first);
    store.move_item(added, 1).unwrap();
    assert_eq!(store.agenda(id).unwrap()[1].id, added);
    store.set_item_done(added, true).unwrap();
    assert!(store.agenda(id).unwrap()[1].done);

    let entry = store
        .add_entry(added, EntryKind::Information, &text("Läget"), at(9, 10), None)
        .unwrap();
    let before = store.agenda(id).unwrap().len();
    store.remove_item(added, at(9, 20)).unwrap();
    assert_eq!(store.agenda(id).unwrap().len(), before - 1);
    assert!(
        store.entries(id).unwrap().is_empty(),
        "the item's entries go with it"
    );
    assert_eq!(store.entry_history(entry).unwrap()[0].fields.text, "Läget");
}

#[test]
fn entries_are_added_edited_and_deleted_with_history() {
    let (mut store, id) = meeting();
    let item = store.agenda(id).unwrap()[3].id;
    let action = EntryFields {
        text: "Ta fram en plan".into(),
        owner: Some("Bo Ek".into()),
        due: Some("2026-12-15".into()),
        ..Default::default()
    };
    let a = store
        .add_entry(item, EntryKind::Action, &action, at(9, 12), None)
        .unwrap();
    let d = store
        .add_entry(item, EntryKind::Decision, &text("Beslut ett"), at(9, 13), None)
        .unwrap();
    assert!(
        store
            .add_entry(item, EntryKind::Risk, &text("   "), at(9, 14), None)
            .is_err()
    );
    let bad_due = EntryFields {
        due: Some("2026-02-30".into()),
        ..action.clone()
    };
    assert!(
        store
            .add_entry(item, EntryKind::Action, &bad_due, at(9, 14), None)
            .is_err()
    );
    assert!(
        store
            .add_entry(item, EntryKind::Escalation, &text("Upp"), at(9, 14), None)
            .is_err()
    );

    let entries = store.entries(id).unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0].fields, action);
    assert!(entries[0].recorded_at.starts_with("2026-11-26T09:12"));

    store
        .edit_entry(d, &text("Beslut ett, ändrat"), at(9, 30), None)
        .unwrap();
    store.delete_entry(a, at(9, 31)).unwrap();
    let entries = store.entries(id).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].fields.text, "Beslut ett, ändrat");
    assert!(
        entries[0]
            .updated_at
            .as_deref()
            .unwrap()
            .starts_with("2026-11-26T09:30")
    );
    let history = store.entry_history(d).unwrap();
    assert_eq!(
        (history[0].change.as_str(), history[0].fields.text.as_str()),
        ("edit", "Beslut ett")
    );
    let history = store.entry_history(a).unwrap();
    assert_eq!(history[0].change, "delete");
    assert_eq!(history[0].fields.owner.as_deref(), Some("Bo Ek"));
    assert!(store.delete_entry(a, at(9, 40)).is_err(), "deleted once is gone");
}

#[test]
fn a_confirmed_entry_drops_its_draft_in_the_same_transaction() {
    const NEW: DraftSlot = DraftSlot::NewEntry(EntryKind::Information);
    let (mut store, id) = meeting();
    let item = store.agenda(id).unwrap()[0].id;
    store.save_draft(id, NEW, r#"{"text":"halv"}"#, at(9, 1)).unwrap();
    store
        .save_draft(id, NEW, r#"{"text":"halvskriven"}"#, at(9, 2))
        .unwrap();
    let drafts = store.drafts(id).unwrap();
    assert_eq!(drafts.len(), 1);
    assert_eq!(drafts[0].content, r#"{"text":"halvskriven"}"#);
    store
        .add_entry(
            item,
            EntryKind::Information,
            &text("halvskriven text"),
            at(9, 3),
            Some(NEW),
        )
        .unwrap();
    assert!(store.drafts(id).unwrap().is_empty());
    store.save_draft(id, DraftSlot::Guest, "x", at(9, 4)).unwrap();
    store.discard_draft(id, DraftSlot::Guest).unwrap();
    assert!(store.drafts(id).unwrap().is_empty());
}

#[test]
fn meetings_are_listed_with_counts_and_found_by_day() {
    let (mut store, id) = meeting();
    let rows = store.attendance(id).unwrap();
    store
        .set_attendance(rows[0].id, AttendanceStatus::Present, None)
        .unwrap();
    store
        .set_attendance(rows[1].id, AttendanceStatus::Remote, None)
        .unwrap();
    let item = store.agenda(id).unwrap()[0].id;
    store
        .add_entry(item, EntryKind::Decision, &text("B"), at(9, 5), None)
        .unwrap();
    store.end_meeting(id, at(10, 0)).unwrap();
    let list = store.meeting_summaries(Some("leveransforum")).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(
        (
            list[0].present,
            list[0].entries,
            list[0].decisions,
            list[0].actions
        ),
        (2, 1, 1, 0)
    );
    assert_eq!(list[0].status, MeetingStatus::Held);
    assert!(store.meeting_summaries(Some("ledningsforum")).unwrap().is_empty());
    assert_eq!(
        store.meetings_on("leveransforum", "2026-11-26").unwrap()[0].id,
        id
    );
    assert_eq!(store.latest_meeting("leveransforum").unwrap().unwrap().id, id);
    assert!(
        store
            .meeting(id)
            .unwrap()
            .ended_at
            .unwrap()
            .starts_with("2026-11-26T10:00")
    );
}

#[test]
fn one_fora_records_a_meeting_and_a_stale_lock_is_taken_over() {
    let (mut store, id) = meeting();
    assert_eq!(store.lock_meeting(id, "100@laptop", "", at(9, 0)).unwrap(), None);
    assert_eq!(
        store.lock_meeting(id, "100@laptop", "", at(9, 0)).unwrap(),
        None,
        "taking it again is fine"
    );
    let held = store
        .lock_meeting(id, "200@desk", "", at(9, 0))
        .unwrap()
        .expect("held by the first");
    assert_eq!(held.holder, "100@laptop");
    assert!(!store.renew_lock(id, "200@desk", at(9, 0)).unwrap());
    assert!(store.renew_lock(id, "100@laptop", at(9, 1)).unwrap());
    // Not renewed for more than half a minute: the first fora is gone.
    assert_eq!(store.lock_meeting(id, "200@desk", "", at(9, 2)).unwrap(), None);
    assert!(
        !store.renew_lock(id, "100@laptop", at(9, 2)).unwrap(),
        "the first learns it lost the lock"
    );
    store.unlock_meeting(id, "200@desk").unwrap();
    assert_eq!(store.lock_meeting(id, "300@other", "", at(9, 2)).unwrap(), None);
}

#[test]
fn a_lock_held_by_a_fora_that_died_on_this_machine_is_taken_at_once() {
    let (mut store, id) = meeting();
    let me = fora::store::locks::this_process();
    let host = me.split_once('@').expect("pid@host").1.to_string();
    // A process that has ended: its pid is free (and not reused this soon).
    let mut child = std::process::Command::new("true").spawn().expect("spawn true");
    let dead = format!("{}@{host}", child.id());
    child.wait().expect("wait");
    assert_eq!(store.lock_meeting(id, &dead, "", at(9, 0)).unwrap(), None);
    assert_eq!(
        store.lock_meeting(id, &me, "", at(9, 0)).unwrap(),
        None,
        "a fresh heartbeat does not keep a dead holder's lock"
    );
    // A live holder on this machine keeps it while it renews.
    let held = store.lock_meeting(id, "1@elsewhere", "", at(9, 0)).unwrap();
    assert_eq!(held.map(|h| h.holder), Some(me));
}
