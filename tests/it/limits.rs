//! Limits the store sets on every route: how long a text, how far a date.

use chrono::{Local, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::EntryKind;
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::meetings::EntryFields;
use fora::store::people::{NewAssignment, NewPerson, STADEN_ID};

fn person(name: &str) -> NewPerson {
    NewPerson {
        name: name.into(),
        organisation_id: STADEN_ID,
        email: None,
        phone: None,
    }
}

#[test]
fn names_are_at_most_200_characters() {
    let mut store = Store::open_in_memory().unwrap();
    let err = store.add_person(&person(&"Å".repeat(201))).unwrap_err();
    assert_eq!(
        err.to_string(),
        "namnet är för långt: högst 200 tecken, men det är 201"
    );
    assert!(store.people().unwrap().is_empty());
    store.add_person(&person(&"Å".repeat(200))).unwrap();
    let err = store.add_supplier(&"x".repeat(201)).unwrap_err();
    assert!(err.to_string().contains("högst 200 tecken"), "{err}");
}

#[test]
fn a_role_period_stays_within_sane_dates() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store.add_person(&person("Anna Berg")).unwrap();
    let role = |from: &str| NewAssignment {
        role_id: "cio".into(),
        organisation_id: STADEN_ID,
        from: from.into(),
        to: None,
    };
    let err = store.assign(id, &role("9999-12-31")).unwrap_err();
    assert!(
        err.to_string()
            .contains("9999-12-31 ligger utanför det fora tar emot (1970-01-01 – 2099-12-31)"),
        "{err}"
    );
    store.assign(id, &role("2024-01-01")).unwrap();
}

#[test]
fn entries_have_a_length_and_actions_a_due_date_at_most_five_years_ahead() {
    let mut store = Store::open_in_memory().unwrap();
    let at = Local.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap();
    let meeting = store
        .start_meeting("leveransforum", "2026-11-26", Channel::Fysiskt, at, Lang::Sv)
        .unwrap();
    let item = store.agenda(meeting).unwrap()[0].id;
    let long = EntryFields {
        text: "a".repeat(20_001),
        ..Default::default()
    };
    let err = store
        .add_entry(item, EntryKind::Information, &long, at, None)
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("postens text är för lång: högst 20000 tecken"),
        "{err}"
    );
    let action = |due: &str| EntryFields {
        text: "Skicka underlaget".into(),
        owner: Some("Anna Berg".into()),
        due: Some(due.into()),
        ..Default::default()
    };
    let err = store
        .add_entry(item, EntryKind::Action, &action("2031-11-27"), at, None)
        .unwrap_err();
    assert!(
        err.to_string().contains("högst fem år framåt (2031-11-26)"),
        "{err}"
    );
    assert!(store.entries(meeting).unwrap().is_empty());
    store
        .add_entry(item, EntryKind::Action, &action("2031-11-26"), at, None)
        .unwrap();
    let err = store.add_item(meeting, &"r".repeat(501), None).unwrap_err();
    assert!(err.to_string().contains("rubriken är för lång"), "{err}");
    let err = store
        .set_meeting_details(meeting, Channel::Video, Some(&"p".repeat(201)), None)
        .unwrap_err();
    assert!(err.to_string().contains("platsen är för lång"), "{err}");
    let err = store.add_guest(meeting, &"g".repeat(201), None).unwrap_err();
    assert!(err.to_string().contains("gästens namn är för långt"), "{err}");
}
