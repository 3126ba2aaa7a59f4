//! One rule for untrusted text: a hostile corpus pushed through every route
//! that stores text is refused and changes nothing, and hostile text already
//! in a database (written by another tool) reaches no output raw, while
//! `--json` stays valid and reads back as the very same text.

use chrono::{Local, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::EntryKind;
use fora::domain::reports::Month;
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::meetings::EntryFields;
use fora::store::protocol_details::ProtocolDetails;
use fora::store::reports::NewDelivery;
use fora::text::is_unsafe;
use serde_json::Value;

use crate::support::cli::Fora;
use crate::support::dump::dump;

/// Each entry tries one trick on a terminal or a reader.
const CORPUS: &[&str] = &[
    "a\u{1b}]52;c;cm0gLXJmIH4=\u{7}b",
    "x\u{1b}[2Jy",
    "8-bit \u{9b}2J CSI",
    "8-bit \u{9d}0;pwned\u{9c} OSC",
    "faktura \u{202e}fdp.exe",
    "isolat \u{2066}b\u{2069}",
    "noll\u{200b}bredd",
    "\u{feff}BOM först",
    "rad\u{2028}skiljare\u{2029}stycke",
    "safe\rEVIL",
    "klocka\u{7}\u{8}",
];

/// All of the corpus in one text, for what is written straight into a database.
fn all_of_it() -> String {
    CORPUS.join(" ")
}

fn raw_unsafe(text: &str) -> Vec<String> {
    text.chars()
        .filter(|c| is_unsafe(*c) && *c != '\n')
        .map(|c| format!("U+{:04X}", c as u32))
        .collect()
}

#[test]
fn every_command_line_route_refuses_hostile_text_and_changes_nothing() {
    let fora = Fora::new();
    fora.ok(&["org", "add", "Driftbolaget AB"]);
    fora.ok(&["people", "add", "Anna Berg"]);
    let today = Local::now().date_naive().to_string();
    let before = dump(&fora.db());
    for hostile in CORPUS {
        let routes: [Vec<&str>; 7] = [
            vec!["people", "add", hostile],
            vec!["people", "add", "Nils Ek", "--email", hostile],
            vec!["people", "edit", "Anna Berg", "--name", hostile],
            vec!["org", "add", hostile],
            vec!["propose", "operativt", hostile, "--by", "drift"],
            vec!["changes", "add", hostile, "--by", "drift"],
            vec!["cancel", "leveransforum", "--date", &today, "--reason", hostile],
        ];
        for args in routes {
            let err = fora.fails(&args);
            assert!(raw_unsafe(&err).is_empty(), "{args:?}: {err:?}");
            assert!(
                err.contains("styrtecken") || err.contains("tomt"),
                "{args:?}: {err}"
            );
        }
    }
    assert_eq!(dump(&fora.db()), before);
}

#[test]
fn every_store_route_refuses_hostile_text() {
    let mut store = Store::open_in_memory().unwrap();
    let at = Local.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap();
    let meeting = store
        .start_meeting("leveransforum", "2026-11-30", Channel::Fysiskt, at, Lang::Sv)
        .unwrap();
    let item = store.agenda(meeting).unwrap()[0].id;
    let text = |t: &str| EntryFields {
        text: t.to_string(),
        ..EntryFields::default()
    };
    let entry = store
        .add_entry(
            item,
            EntryKind::Information,
            &text("Rad ett\nrad två\tmed tabb"),
            at,
            None,
        )
        .unwrap();
    for hostile in CORPUS {
        let refusals = [
            store.add_item(meeting, hostile, None).err(),
            store.rename_item(item, hostile).err(),
            store.add_guest(meeting, hostile, None).err(),
            store.add_guest(meeting, "Gäst", Some(hostile)).err(),
            store
                .set_meeting_details(meeting, Channel::Video, Some(hostile), None)
                .err(),
            store
                .add_entry(item, EntryKind::Information, &text(hostile), at, None)
                .err(),
            store.edit_entry(entry, &text(hostile), at, None).err(),
            store
                .add_entry(
                    item,
                    EntryKind::Action,
                    &EntryFields {
                        owner: Some(hostile.to_string()),
                        ..text("Gör det")
                    },
                    at,
                    None,
                )
                .err(),
            store
                .cancel_meeting("leveransforum", "2026-11-30", hostile, at)
                .err(),
        ];
        for (i, refusal) in refusals.into_iter().enumerate() {
            let err = refusal.unwrap_or_else(|| panic!("route {i} took {hostile:?}"));
            assert!(err.to_string().contains("styrtecken"), "route {i}: {err}");
        }
    }
    // The routes of the protocol's parts and the reports register.
    let month = Month::parse("2026-10").unwrap();
    let staden = store.organisations().unwrap()[0].id;
    for hostile in CORPUS {
        let details = |chair: &str, number: &str, approver: &str| ProtocolDetails {
            chair: Some(chair.to_string()),
            registry_number: Some(number.to_string()),
            approvers: vec![approver.to_string()],
        };
        let delivery = NewDelivery {
            report: "servicenivaer",
            month,
            file_name: "utfall.csv",
            content: b"tjanst;utfall\n",
            by: Some(hostile),
            language: "sv",
        };
        let day = at.date_naive();
        let refusals = [
            store
                .set_protocol_details(meeting, &details(hostile, "1", "A"))
                .err()
                .map(|e| e.to_string()),
            store
                .set_protocol_details(meeting, &details("A", hostile, "A"))
                .err()
                .map(|e| e.to_string()),
            store
                .set_protocol_details(meeting, &details("A", "1", hostile))
                .err()
                .map(|e| e.to_string()),
            store
                .rename_organisation(staden, hostile)
                .err()
                .map(|e| e.to_string()),
            store.deliver_report(&delivery, at).err().map(|e| e.to_string()),
            store
                .approve_report_format("servicenivaer", hostile, "Anna Berg", day)
                .err()
                .map(|e| e.to_string()),
        ];
        for (i, refusal) in refusals.into_iter().enumerate() {
            let err = refusal.unwrap_or_else(|| panic!("route {i} took {hostile:?}"));
            assert!(err.contains("styrtecken"), "route {i}: {err}");
        }
    }
    // What was refused left nothing behind.
    assert_eq!(store.entries(meeting).unwrap().len(), 1);
    assert!(store.meeting(meeting).unwrap().chair.is_none());
    assert_eq!(
        store.entry(entry).unwrap().fields.text,
        "Rad ett\nrad två\tmed tabb"
    );
}

#[test]
fn every_route_has_its_length_limit() {
    let mut store = Store::open_in_memory().unwrap();
    let at = Local.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap();
    let supplier = store.add_supplier("Driftbolaget AB").unwrap();
    let long = "å".repeat(10_001);
    for err in [
        store.propose("operativt-mote", supplier, &long, at).unwrap_err(),
        store.plan_change(supplier, &long, None, at).unwrap_err(),
        store
            .cancel_meeting("leveransforum", "2026-11-30", &long, at)
            .unwrap_err(),
    ] {
        assert!(err.to_string().contains("högst 10000 tecken"), "{err}");
    }
    assert!(store.propose("operativt-mote", supplier, &long[2..], at).is_ok());
    let err = store
        .plan_change(supplier, "Byte", Some("9999-12-31"), at)
        .unwrap_err();
    assert!(err.to_string().contains("9999-12-31 ligger utanför"), "{err}");
}

/// A demo archive with the whole corpus appended to every text another tool could write.
fn hostile_archive(fora: &Fora) {
    fora.ok(&["demo"]);
    let conn = rusqlite::Connection::open(fora.db()).unwrap();
    let h = all_of_it();
    for sql in [
        "UPDATE person SET name = name || ' ' || ?1",
        "UPDATE organisation SET name = name || ' ' || ?1 WHERE id > 2",
        "UPDATE entry SET text = text || ' ' || ?1",
        "UPDATE entry SET owner = owner || ' ' || ?1 WHERE owner IS NOT NULL",
        "UPDATE agenda_item SET title = title || ' ' || ?1",
        "UPDATE meeting SET place = ?1",
        "UPDATE meeting SET cancel_reason = ?1 WHERE status = 'cancelled'",
    ] {
        conn.execute(sql, [&h]).unwrap();
    }
}

/// Finds `needle` among the strings of `value`.
fn holds(value: &Value, needle: &str) -> bool {
    match value {
        Value::String(s) => s.contains(needle),
        Value::Array(a) => a.iter().any(|v| holds(v, needle)),
        Value::Object(o) => o.values().any(|v| holds(v, needle)),
        _ => false,
    }
}

#[test]
fn no_output_lets_hostile_text_act_and_json_reads_back_the_same() {
    let fora = Fora::new();
    hostile_archive(&fora);
    let h = all_of_it();
    let meeting = fora.json(&["meetings", "--json"])[0]["id"].to_string();
    let plain: [&[&str]; 13] = [
        &["meetings"],
        &["show", &meeting],
        &["actions"],
        &["decisions"],
        &["escalations"],
        &["disagreements"],
        &["people", "list"],
        &["org", "list"],
        &["who", "leveransforum"],
        &["search", "avtal"],
        &["export", &meeting, "-f", "md", "-o", "-", "--current"],
        &["export", &meeting, "-f", "html", "-o", "-", "--current"],
        // The protocol inside a review file is JSON in a string: valid, inert.
        &["export", &meeting, "-f", "review", "-o", "-", "--current"],
    ];
    for args in plain {
        let out = fora.ok(args);
        assert!(raw_unsafe(&out).is_empty(), "{args:?}: {:?}", raw_unsafe(&out));
    }
    let json: [&[&str]; 10] = [
        &["show", &meeting, "--json"],
        &["actions", "--json"],
        &["decisions", "--json"],
        &["escalations", "--json"],
        &["people", "list", "--json"],
        &["org", "list", "--json"],
        &["who", "leveransforum", "--json"],
        &["search", "avtal", "--json"],
        &["export", &meeting, "-f", "json", "-o", "-", "--current"],
        &["where", "Anna", "--json"],
    ];
    for args in json {
        let out = fora.ok(args);
        assert!(raw_unsafe(&out).is_empty(), "{args:?}: {:?}", raw_unsafe(&out));
        let value: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}"));
        assert!(holds(&value, &h), "{args:?} lost the text");
    }
}

#[test]
fn people_files_catalogues_and_review_comments_refuse_hostile_text() {
    let fora = Fora::new();
    fora.ok(&["people", "add", "Anna Berg"]);
    let before = dump(&fora.db());
    let minimal = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/catalog/minimal.toml"
    ))
    .unwrap();
    for (i, hostile) in CORPUS.iter().enumerate() {
        let csv = fora.dir.path().join(format!("people{i}.csv"));
        let toml = fora.dir.path().join(format!("catalog{i}.toml"));
        let rows = [
            format!("name,organisation\n{hostile},Staden\n"),
            format!("name,organisation,email\nCia Dahl,Staden,{hostile}\n"),
        ];
        for content in rows {
            std::fs::write(&csv, content).unwrap();
            let err = fora.fails(&["people", "import", csv.to_str().unwrap()]);
            assert!(raw_unsafe(&err).is_empty(), "{err:?}");
        }
        // TOML's own escapes carry the characters into the purpose.
        let escaped: String = hostile
            .chars()
            .map(|c| {
                if is_unsafe(c) {
                    format!("\\u{:04X}", c as u32)
                } else {
                    c.to_string()
                }
            })
            .collect();
        let places = [
            ("purpose = \"Styra.\"", format!("purpose = \"{escaped}\"")),
            (
                "contract = \"Minimal test contract\"",
                format!("contract = \"{escaped}\""),
            ),
            (
                "name = \"Styrgrupp\"",
                format!("name = \"Styrgrupp\"\nqualifier = \"{escaped}\""),
            ),
        ];
        for (place, hostile_place) in places {
            let content = minimal.replace(place, &hostile_place);
            assert_ne!(content, minimal);
            std::fs::write(&toml, content).unwrap();
            let err = fora.fails(&["catalog", "import", toml.to_str().unwrap()]);
            assert!(raw_unsafe(&err).is_empty(), "{err:?}");
            assert!(err.contains("styrtecken"), "{err}");
        }
    }
    assert_eq!(dump(&fora.db()), before);

    // A reviewer's name and comments, as a response file brings them.
    let mut store = Store::open_in_memory().unwrap();
    let at = Local.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap();
    for hostile in CORPUS {
        let by_name = store.add_review_comments(1, hostile, &[], at).unwrap_err();
        let comment = vec![(None, hostile.to_string())];
        let in_text = store.add_review_comments(1, "Bo Ek", &comment, at).unwrap_err();
        let returned = store.return_with_comments(1, "Bo Ek", &comment, at).unwrap_err();
        for err in [by_name, in_text, returned] {
            assert!(err.to_string().contains("styrtecken"), "{err}");
        }
    }
    let long = vec![(None, "å".repeat(10_001))];
    let err = store.add_review_comments(1, "Bo Ek", &long, at).unwrap_err();
    assert!(err.to_string().contains("högst 10000 tecken"), "{err}");
}
