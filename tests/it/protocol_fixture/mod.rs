//! A held Leveransforum meeting with every kind of entry and of attendance,
//! built through the store with fixed times, for the protocol tests.
// Each test crate uses its own part of this fixture.
#![allow(dead_code)]

use chrono::{DateTime, Local, TimeZone};
use fora::catalog::Forum;
use fora::domain::Channel;
use fora::domain::meeting::{AttendanceStatus, EntryKind};
use fora::i18n::Lang;
use fora::protocol::MeetingRecord;
use fora::store::Store;
use fora::store::meetings::EntryFields;
use fora::store::people::{LEVERANTOREN_ID, NewAssignment, NewPerson, STADEN_ID};

pub fn at(h: u32, m: u32) -> DateTime<Local> {
    Local.with_ymd_and_hms(2026, 11, 2, h, m, 0).unwrap()
}

pub fn fields(text: &str) -> EntryFields {
    EntryFields {
        text: text.into(),
        ..Default::default()
    }
}

/// Records the fixture meeting in `store` and returns its id.
///
/// Attendance: Anna Berg present; Dan Ståhl's seat taken by the substitute
/// Eva Ersson; Fia Lund excused; Bo Ek (Leverantören, the minute keeper)
/// remote from 09:10; Cia Dahl (when needed) absent; the when-needed
/// avtalsansvarig seat vacant and not called; Greta Gäst a guest who left at 09:45.
pub fn record_meeting(store: &mut Store) -> i64 {
    for (name, org, role) in [
        ("Anna Berg", STADEN_ID, "leveransansvarig"),
        ("Dan Ståhl", STADEN_ID, "leveransledare"),
        ("Fia Lund", STADEN_ID, "skolplattformsansvarig"),
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
            "2026-11-02",
            Channel::Fysiskt,
            at(9, 0),
            Lang::Sv,
        )
        .unwrap();
    store
        .set_meeting_details(id, Channel::Fysiskt, Some("Stadshuset, rum 412"), Some("Bo Ek"))
        .unwrap();

    let rows = store.attendance(id).unwrap();
    let row = |role: &str, person: Option<&str>| {
        rows.iter()
            .find(|r| r.role_id.as_deref() == Some(role) && r.person_name.as_deref() == person)
            .unwrap_or_else(|| panic!("no seat {role} for {person:?}"))
            .id
    };
    let anna = row("leveransansvarig", Some("Anna Berg"));
    let dan = row("leveransledare", Some("Dan Ståhl"));
    let fia = row("skolplattformsansvarig", Some("Fia Lund"));
    let bo = row("leveransansvarig", Some("Bo Ek"));
    let cia = row("tjansteansvarig", Some("Cia Dahl"));
    store
        .set_attendance(anna, AttendanceStatus::Present, None)
        .unwrap();
    store
        .set_attendance(dan, AttendanceStatus::Substitute, Some("Eva Ersson"))
        .unwrap();
    store
        .set_attendance(fia, AttendanceStatus::Excused, None)
        .unwrap();
    store.set_attendance(bo, AttendanceStatus::Remote, None).unwrap();
    store.set_presence_time(bo, true, Some(at(9, 10))).unwrap();
    store.set_attendance(cia, AttendanceStatus::Absent, None).unwrap();
    let greta = store
        .add_guest(id, "Greta Gäst", Some("Driftbolaget AB"))
        .unwrap();
    store.set_presence_time(greta, false, Some(at(9, 45))).unwrap();

    let items = store.agenda(id).unwrap();
    let item = |title_start: &str| {
        items
            .iter()
            .find(|i| i.title.starts_with(title_start))
            .unwrap_or_else(|| panic!("no item {title_start}"))
            .id
    };
    let agenda = item("Godkännande av dagordningen");
    let levels = item("Sammanställning av utfall för servicenivåer");
    let incidents = item("Större incidenter");
    let other = item("Övriga frågor");
    let next = item("Nästa möte");

    let mut add = |item: i64, kind: EntryKind, f: EntryFields, h: u32, m: u32| {
        store.add_entry(item, kind, &f, at(h, m), None).unwrap()
    };
    add(
        agenda,
        EntryKind::Decision,
        fields("Dagordningen godkänns."),
        9,
        3,
    );
    add(
        levels,
        EntryKind::Information,
        fields("Tillgängligheten i oktober var 99,2 % mot avtalade 99,5 %."),
        9,
        8,
    );
    add(
        levels,
        EntryKind::Decision,
        fields("Staden bestrider utfallet för oktober.\nLeverantören återkommer med en åtgärdsplan."),
        9,
        12,
    );
    add(
        levels,
        EntryKind::Action,
        EntryFields {
            text: "Ta fram en åtgärdsplan för tillgängligheten.".into(),
            owner: Some("Bo Ek".into()),
            due: Some("2026-11-20".into()),
            ..Default::default()
        },
        9,
        14,
    );
    add(
        incidents,
        EntryKind::Risk,
        fields("Certifikatet för inloggningstjänsten går ut i januari."),
        9,
        20,
    );
    add(
        incidents,
        EntryKind::Escalation,
        EntryFields {
            text: "Ersättningen för incident 4711 kan inte avgöras på leveransnivå.".into(),
            target_forum: Some("verkstallande".into()),
            ..Default::default()
        },
        9,
        24,
    );
    add(
        incidents,
        EntryKind::Disagreement,
        EntryFields {
            text: "Parterna är oense om vem som övervakar integrationen mot elevregistret.".into(),
            parties: Some("Leverantören, Driftbolaget AB".into()),
            ..Default::default()
        },
        9,
        30,
    );
    let done = add(
        other,
        EntryKind::Action,
        EntryFields {
            text: "Skicka ut presentationen till deltagarna.".into(),
            owner: Some("Anna Berg".into()),
            due: Some("2026-11-05".into()),
            ..Default::default()
        },
        9,
        40,
    );
    add(
        other,
        EntryKind::Information,
        fields("Kostnaden är *preliminär* | se bilaga [1] <b>ej klar</b> & \"citat\" från O'Brien."),
        9,
        42,
    );
    add(
        next,
        EntryKind::Information,
        fields("Nästa möte hålls 2026-12-07 kl. 09.00."),
        9,
        50,
    );
    store
        .complete_action(done, true, None, chrono::Local::now())
        .unwrap();
    store.end_meeting(id, at(10, 30)).unwrap();
    id
}

/// A store holding the fixture meeting, its record and its forum.
pub fn fixture() -> (Store, MeetingRecord, Forum) {
    let mut store = Store::open_in_memory().unwrap();
    let id = record_meeting(&mut store);
    let record = MeetingRecord::load(&store, id).unwrap();
    let forum = store.catalog().unwrap().forum("leveransforum").unwrap().clone();
    (store, record, forum)
}

/// A time on a given day, for the follow-up meetings.
pub fn on(date: &str, h: u32, m: u32) -> DateTime<Local> {
    let d = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
    Local
        .from_local_datetime(&d.and_hms_opt(h, m, 0).unwrap())
        .unwrap()
}

/// Three Leveransforum meetings, the later two following up the actions of
/// the first (2026-09-07): the plan (due 09-30) is marked done at the
/// second (2026-10-05); the routine (due 12-31) at the third (2026-11-02);
/// the certificate (due 10-01) is never done; the presentation was marked
/// done outside any meeting the day after the first. Returns the three ids.
pub fn followed_up_meetings(store: &mut Store) -> (i64, i64, i64) {
    let start = |store: &mut Store, date: &str| {
        store
            .start_meeting("leveransforum", date, Channel::Fysiskt, on(date, 9, 0), Lang::Sv)
            .unwrap()
    };
    let first = start(store, "2026-09-07");
    let item = store.agenda(first).unwrap()[3].id;
    let mut action = |text: &str, owner: &str, due: &str| {
        let f = EntryFields {
            text: text.into(),
            owner: Some(owner.into()),
            due: Some(due.into()),
            ..Default::default()
        };
        store
            .add_entry(item, EntryKind::Action, &f, on("2026-09-07", 9, 30), None)
            .unwrap()
    };
    let plan = action(
        "Ta fram en åtgärdsplan för tillgängligheten.",
        "Bo Ek",
        "2026-09-30",
    );
    let routine = action(
        "Uppdatera rutinen för <b>driftstörningar</b>.",
        "Anna Berg",
        "2026-12-31",
    );
    action("Beställ det nya certifikatet.", "Bo Ek", "2026-10-01");
    let presentation = action("Skicka ut presentationen.", "Anna Berg", "2026-09-10");
    store.end_meeting(first, on("2026-09-07", 10, 0)).unwrap();
    store
        .complete_action(presentation, true, None, on("2026-09-08", 9, 0))
        .unwrap();

    let second = start(store, "2026-10-05");
    store
        .complete_action(plan, true, Some(second), on("2026-10-05", 9, 10))
        .unwrap();
    store.end_meeting(second, on("2026-10-05", 10, 0)).unwrap();

    let third = start(store, "2026-11-02");
    store
        .complete_action(routine, true, Some(third), on("2026-11-02", 9, 15))
        .unwrap();
    store.end_meeting(third, on("2026-11-02", 10, 0)).unwrap();
    (first, second, third)
}
