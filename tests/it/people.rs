//! A clean people register through the command line: namesakes, edit,
//! merge, remove, and an import that matches the people already there.

use std::path::Path;

use chrono::{Local, TimeZone};
use fora::domain::Channel;
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::people::{NewAssignment, NewPerson, STADEN_ID};
use serde_json::Value;

use crate::support;
use crate::support::cli::Fora;

fn people(fora: &Fora) -> Vec<Value> {
    let out = fora.ok(&["people", "list", "--json"]);
    serde_json::from_str::<Value>(&out)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn names(fora: &Fora) -> Vec<String> {
    people(fora)
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect()
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/people/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn importing_the_same_file_twice_changes_nothing_the_second_time() {
    let fora = Fora::new();
    let file = fixture("one_person_two_roles.csv");
    let out = fora.ok(&["people", "import", &file]);
    assert_eq!(out, "Import: 2 nya personer, 0 ändrade, 3 nya roller\n");
    let before = support::dump::dump(&fora.db());
    let out = fora.ok(&["people", "import", &file]);
    assert_eq!(out, "Import: 0 nya personer, 0 ändrade, 0 nya roller\n");
    assert_eq!(
        support::dump::dump(&fora.db()),
        before,
        "the second import changed the database"
    );
}

#[test]
fn two_rows_of_one_person_make_one_person_with_two_roles() {
    let fora = Fora::new();
    fora.ok(&["people", "import", &fixture("one_person_two_roles.csv")]);
    assert_eq!(names(&fora), ["Anna Berg", "Bo Ek"]);
    let anna = &people(&fora)[0];
    assert_eq!(anna["phone"], "08-123 45");
    let roles: Vec<&str> = anna["roles_today"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    assert_eq!(roles.len(), 2, "{anna}");
}

#[test]
fn an_import_adds_roles_to_the_people_already_there() {
    let fora = Fora::new();
    fora.ok(&["people", "add", "anna berg"]);
    fora.ok(&["people", "add", "Bo Ek", "--org", "Leverantören"]);
    let out = fora.ok(&["people", "import", &fixture("one_person_two_roles.csv")]);
    assert_eq!(out, "Import: 0 nya personer, 2 ändrade, 3 nya roller\n");
    assert_eq!(names(&fora), ["Bo Ek", "anna berg"]);
    assert_eq!(people(&fora)[1]["email"], "anna.berg@example.se");
}

#[test]
fn a_row_with_too_few_or_too_many_fields_is_named_by_its_line() {
    let fora = Fora::new();
    let err = fora.fails(&["people", "import", &fixture("field_count.csv")]);
    assert!(
        err.contains("field_count.csv:3: raden har 2 fält, men rubrikraden har 4"),
        "{err}"
    );
    assert!(
        err.contains("field_count.csv:4: raden har 5 fält, men rubrikraden har 4"),
        "{err}"
    );
    assert!(names(&fora).is_empty());
}

#[test]
fn an_unknown_organisation_is_answered_with_names_not_ids() {
    let fora = Fora::new();
    let err = fora.fails(&["people", "import", &fixture("misspelt_organisation.csv")]);
    assert!(err.contains("ingen organisation heter ”Stadn”"), "{err}");
    assert!(err.contains("närmast: Staden"), "{err}");
    assert!(!err.contains("närmast: 1"), "{err}");
}

#[test]
fn a_second_person_of_the_same_name_needs_also() {
    let fora = Fora::new();
    fora.ok(&["people", "add", "Anna Berg"]);
    let err = fora.fails(&["people", "add", "anna  berg", "--org", "Leverantören"]);
    assert!(
        err.contains("det finns redan en person med det namnet: Anna Berg (Staden)"),
        "{err}"
    );
    assert!(err.contains("--also"), "{err}");
    assert_eq!(names(&fora), ["Anna Berg"]);
    let err = fora.fails(&["people", "add", "ÄNNA BERG"]);
    assert!(err.contains("Anna Berg (Staden)"), "{err}");
    fora.ok(&["people", "add", "Anna Berg", "--also", "--org", "Leverantören"]);
    assert_eq!(names(&fora), ["Anna Berg", "Anna Berg"]);
}

#[test]
fn a_person_is_edited_field_by_field() {
    let fora = Fora::new();
    fora.ok(&["people", "add", "Anna Berg", "--email", "anna@example.se"]);
    fora.ok(&["people", "add", "Bo Ek"]);
    let out = fora.ok(&[
        "people",
        "edit",
        "anna",
        "--name",
        "Anna Berg-Lund",
        "--phone",
        "08-1",
    ]);
    assert_eq!(out, "Ändrade person 1: Anna Berg-Lund (Staden)\n");
    let err = fora.fails(&["people", "edit", "bo", "--name", "anna berg-lund"]);
    assert!(err.contains("Anna Berg-Lund (Staden)"), "{err}");
    let err = fora.fails(&["people", "edit", "bo"]);
    assert!(err.contains("ange vad som ska ändras"), "{err}");
    fora.ok(&["people", "edit", "anna", "--email", "", "--org", "Leverantören"]);
    let anna = &people(&fora)[0];
    assert_eq!(anna["name"], "Anna Berg-Lund");
    assert_eq!(anna["organisation"], "Leverantören");
    assert_eq!(anna["email"], Value::Null);
    assert_eq!(anna["phone"], "08-1");
}

/// Two records of Anna Berg with overlapping periods of one role, only the
/// second holding it on the day of a
/// Leveransforum meeting, so that the meeting's attendance names her.
fn two_annas_and_a_meeting(db: &Path) -> (i64, i64) {
    let mut store = Store::open(db).unwrap();
    let person = |email: Option<&str>| NewPerson {
        name: "Anna Berg".into(),
        organisation_id: STADEN_ID,
        email: email.map(str::to_string),
        phone: None,
    };
    let first = store.add_person(&person(None)).unwrap();
    let second = store.add_namesake(&person(Some("anna@example.se"))).unwrap();
    let role = |from: &str, to: Option<&str>| NewAssignment {
        role_id: "leveransansvarig".into(),
        organisation_id: STADEN_ID,
        from: from.into(),
        to: to.map(str::to_string),
    };
    store
        .assign(first, &role("2020-01-01", Some("2024-06-30")))
        .unwrap();
    store.assign(second, &role("2024-01-01", None)).unwrap();
    let at = Local.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap();
    store
        .start_meeting("leveransforum", "2026-11-26", Channel::Fysiskt, at, Lang::Sv)
        .unwrap();
    (first, second)
}

#[test]
fn a_person_in_a_meeting_cannot_be_removed_but_can_be_merged() {
    let fora = Fora::new();
    let (first, second) = two_annas_and_a_meeting(&fora.db());
    let err = fora.fails(&["people", "remove", &second.to_string()]);
    assert!(
        err.contains("Anna Berg kan inte tas bort: finns i närvaron vid 1 möte"),
        "{err}"
    );
    assert!(err.contains("fora people merge"), "{err}");
    assert_eq!(people(&fora).len(), 2);

    let err = fora.fails(&["people", "merge", &first.to_string(), &first.to_string()]);
    assert!(err.contains("kan inte slås ihop med sig själv"), "{err}");

    let out = fora.ok(&["people", "merge", &first.to_string(), &second.to_string()]);
    assert_eq!(
        out,
        format!(
            "Slog ihop {second} Anna Berg (Staden) med {first} Anna Berg (Staden); {second} Anna Berg (Staden) är borttagen\n"
        )
    );
    let people = people(&fora);
    assert_eq!(people.len(), 1);
    assert_eq!(people[0]["id"], first);
    assert_eq!(people[0]["email"], "anna@example.se", "the e-mail is taken over");
    let conn = rusqlite::Connection::open(fora.db()).unwrap();
    let count = |sql: &str| -> i64 { conn.query_row(sql, [first], |r| r.get(0)).unwrap() };
    assert_eq!(count("SELECT count(*) FROM attendance WHERE person_id = ?1"), 1);
    // The two overlapping periods of one role become one, from the earlier start.
    assert_eq!(
        count("SELECT count(*) FROM role_assignment WHERE person_id = ?1"),
        1
    );
    assert_eq!(
        count(
            "SELECT count(*) FROM role_assignment
             WHERE person_id = ?1 AND valid_from = '2020-01-01' AND valid_to IS NULL"
        ),
        1
    );
    assert_eq!(
        count("SELECT count(*) FROM role_assignment WHERE person_id <> ?1"),
        0
    );
    // Still in the meeting: the one record left cannot be removed either.
    fora.fails(&["people", "remove", &first.to_string()]);
}

#[test]
fn a_person_added_by_mistake_is_removed_with_their_roles() {
    let fora = Fora::new();
    fora.ok(&["people", "add", "Anna Berg"]);
    fora.ok(&["people", "add", "Bo Ek"]);
    fora.ok(&["people", "assign", "bo", "cio", "--from", "2024-01-01"]);
    let out = fora.ok(&["people", "remove", "bo"]);
    assert_eq!(out, "Tog bort 2 Bo Ek (Staden)\n");
    assert_eq!(names(&fora), ["Anna Berg"]);
    let err = fora.fails(&["people", "remove", "bo"]);
    assert!(err.contains("ingen person heter ”bo”"), "{err}");
}

#[test]
fn a_row_that_could_be_two_people_is_refused_with_both() {
    let fora = Fora::new();
    fora.ok(&["people", "add", "Bo Ek", "--org", "Leverantören"]);
    fora.ok(&["people", "add", "Bo Ek", "--org", "Leverantören", "--also"]);
    let err = fora.fails(&["people", "import", &fixture("one_person_two_roles.csv")]);
    assert!(
        err.contains(
            "rad 4: raden kan avse flera personer i registret: Bo Ek (Leverantören), Bo Ek (Leverantören)"
        ),
        "{err}"
    );
    assert_eq!(names(&fora), ["Bo Ek", "Bo Ek"], "nothing was imported");
}
