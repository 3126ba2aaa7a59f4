//! The protocol lists, under the item that follows up open actions, the
//! earlier actions the meeting went through, as they stood when it began.

use crate::protocol_fixture;

use fora::i18n::Lang;
use fora::protocol::snapshot::Snapshot;
use fora::protocol::{MeetingRecord, html, json, markdown};
use fora::store::Store;
use protocol_fixture::followed_up_meetings;

fn protocol(store: &Store, meeting: i64, lang: Lang) -> String {
    let record = MeetingRecord::load(store, meeting).unwrap();
    let forum = store.catalog().unwrap().forum("leveransforum").unwrap().clone();
    markdown::render(
        &record,
        &forum,
        lang,
        &fora::protocol::stamp::Stamp::Draft { version: 1 },
    )
}

/// The Markdown between the follow-up item's heading and the next heading.
fn follow_up_section(protocol: &str) -> String {
    let start = protocol
        .find("Uppföljning av öppna åtgärder")
        .or_else(|| protocol.find("Follow-up of open actions"))
        .unwrap_or_else(|| panic!("no follow-up item:\n{protocol}"));
    let rest = &protocol[start..];
    let end = rest[1..].find("\n#").map_or(rest.len(), |i| i + 1);
    rest[..end].to_string()
}

#[test]
fn each_action_followed_up_shows_with_its_state_at_that_meeting() {
    let mut store = Store::open_in_memory().unwrap();
    let (_, second, third) = followed_up_meetings(&mut store);

    let at_second = follow_up_section(&protocol(&store, second, Lang::Sv));
    assert!(
        at_second
            .contains("**Uppföljd åtgärd från 2026-09-07.** Ta fram en åtgärdsplan för tillgängligheten."),
        "{at_second}"
    );
    let status = |section: &str, text: &str| -> String {
        let from = section
            .find(text)
            .unwrap_or_else(|| panic!("{text} missing:\n{section}"));
        let line_end = section[from..].find("\n\n").map_or(section.len(), |i| from + i);
        section[from..line_end].to_string()
    };
    assert!(
        status(&at_second, "åtgärdsplan").contains("*Status:* klar vid detta möte"),
        "{at_second}"
    );
    assert!(status(&at_second, "certifikatet").contains("*Status:* försenad"));
    // Marked done at the third meeting: at the second it was still open.
    assert!(status(&at_second, "rutinen").contains("*Status:* öppen"));
    assert!(status(&at_second, "rutinen").contains("*Ansvarig:* Anna Berg"));
    // Done before the second meeting began: not followed up there.
    assert!(!at_second.contains("presentationen"), "{at_second}");

    let at_third = follow_up_section(&protocol(&store, third, Lang::Sv));
    assert!(status(&at_third, "rutinen").contains("*Status:* klar vid detta möte"));
    assert!(
        !at_third.contains("åtgärdsplan"),
        "done at the second: {at_third}"
    );
    assert!(status(&at_third, "certifikatet").contains("*Status:* försenad"));

    let english = follow_up_section(&protocol(&store, second, Lang::En));
    assert!(
        english.contains("**Action followed up, from 2026-09-07.** Ta fram en åtgärdsplan"),
        "{english}"
    );
    assert!(status(&english, "åtgärdsplan").contains("done at this meeting"));
    assert!(status(&english, "certifikatet").contains("overdue"));
}

#[test]
fn the_json_extract_and_html_carry_the_followed_up_actions() {
    let mut store = Store::open_in_memory().unwrap();
    let (first, second, _) = followed_up_meetings(&mut store);
    let forum = store.catalog().unwrap().forum("leveransforum").unwrap().clone();
    let record = MeetingRecord::load(&store, second).unwrap();

    let value: serde_json::Value = serde_json::from_str(
        &json::render(
            &record,
            &forum,
            Lang::Sv,
            &fora::protocol::stamp::Stamp::Draft { version: 1 },
        )
        .unwrap(),
    )
    .unwrap();
    let items = value["items"].as_array().unwrap();
    let carrying: Vec<_> = items.iter().filter(|i| i.get("followed_up").is_some()).collect();
    assert_eq!(carrying.len(), 1, "one item lists them");
    assert_eq!(carrying[0]["kind"], "actions");
    let listed = carrying[0]["followed_up"].as_array().unwrap();
    let done_here: Vec<(&str, bool)> = listed
        .iter()
        .map(|a| (a["due"].as_str().unwrap(), a["done_here"].as_bool().unwrap()))
        .collect();
    // Soonest due first.
    assert_eq!(
        done_here,
        [("2026-09-30", true), ("2026-10-01", false), ("2026-12-31", false)]
    );
    assert_eq!(listed[0]["from_date"], "2026-09-07");
    // The first meeting followed nothing up, and says nothing of it.
    let first_record = MeetingRecord::load(&store, first).unwrap();
    let first_json = json::render(
        &first_record,
        &forum,
        Lang::Sv,
        &fora::protocol::stamp::Stamp::Draft { version: 1 },
    )
    .unwrap();
    assert!(!first_json.contains("followed_up"), "{first_json}");

    // Text of an action is untrusted in HTML as anywhere.
    let page = html::render(
        &record,
        &forum,
        Lang::Sv,
        &fora::protocol::stamp::Stamp::Draft { version: 1 },
    );
    assert!(page.contains("Uppföljd åtgärd från 2026-09-07"), "{page}");
    assert!(page.contains("&lt;b&gt;driftstörningar&lt;/b&gt;"), "{page}");
    assert!(!page.contains("<b>driftstörningar"), "{page}");
}

#[test]
fn a_snapshot_from_before_the_follow_up_list_renders_as_it_did() {
    let mut store = Store::open_in_memory().unwrap();
    let (_, second, _) = followed_up_meetings(&mut store);
    let now = Snapshot::of(&store, second, Lang::Sv).unwrap();
    assert!(now.to_json().unwrap().contains("\"followed_up\""));
    // A snapshot stored by an earlier fora had no such field.
    let mut value: serde_json::Value = serde_json::from_str(&now.to_json().unwrap()).unwrap();
    for item in value["record"]["items"].as_array_mut().unwrap() {
        item.as_object_mut().unwrap().remove("followed_up");
    }
    let old = Snapshot::from_json(&value.to_string()).expect("an older snapshot still reads");
    let rendered = markdown::render(
        &old.record,
        &old.forum,
        old.lang,
        &fora::protocol::stamp::Stamp::Draft { version: 1 },
    );
    assert!(!rendered.contains("Uppföljd åtgärd"), "{rendered}");
    assert!(rendered.contains("Uppföljning av öppna åtgärder"), "{rendered}");
}

#[test]
fn fora_show_lists_the_actions_followed_up() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fora.db");
    let second = {
        let mut store = Store::open(&path).unwrap();
        followed_up_meetings(&mut store).1
    };
    let out = assert_cmd::Command::cargo_bin("fora")
        .unwrap()
        .env_remove("FORA_LANG")
        .args(["--db", path.to_str().unwrap(), "show", &second.to_string()])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let shown = String::from_utf8(out).unwrap();
    assert!(
        shown.contains(
            "Uppföljd åtgärd från 2026-09-07 (ansvarig: Bo Ek, klart: 2026-09-30, klar vid detta möte)"
        ),
        "{shown}"
    );
    assert!(shown.contains("klart: 2026-10-01, försenad)"), "{shown}");
    assert!(shown.contains("klart: 2026-12-31, öppen)"), "{shown}");
}

#[test]
fn only_actions_recorded_before_the_meeting_began_are_followed_up() {
    use fora::domain::Channel;
    use fora::domain::meeting::EntryKind;
    use fora::store::meetings::EntryFields;
    use protocol_fixture::on;
    let mut store = Store::open_in_memory().unwrap();
    let start = |store: &mut Store, h: u32| {
        store
            .start_meeting(
                "leveransforum",
                "2026-10-05",
                Channel::Video,
                on("2026-10-05", h, 0),
                Lang::Sv,
            )
            .unwrap()
    };
    let action = |store: &mut Store, meeting: i64, text: &str, h: u32| {
        let item = store.agenda(meeting).unwrap()[3].id;
        let f = EntryFields {
            text: text.into(),
            due: Some("2026-12-01".into()),
            ..Default::default()
        };
        store
            .add_entry(item, EntryKind::Action, &f, on("2026-10-05", h, 30), None)
            .unwrap();
    };
    // Two meetings of the forum on one day: the afternoon one follows up
    // the morning's action; the morning one knew nothing of the afternoon's.
    let morning = start(&mut store, 9);
    action(&mut store, morning, "Förmiddagens åtgärd.", 9);
    let afternoon = start(&mut store, 13);
    action(&mut store, afternoon, "Eftermiddagens åtgärd.", 13);
    let listed = |store: &Store, meeting: i64| -> Vec<String> {
        store
            .followed_up_at(meeting)
            .unwrap()
            .into_iter()
            .map(|a| a.text)
            .collect()
    };
    assert_eq!(listed(&store, afternoon), ["Förmiddagens åtgärd."]);
    assert!(listed(&store, morning).is_empty());
    assert!(
        Snapshot::of(&store, morning, Lang::Sv)
            .unwrap()
            .schema
            .ends_with("/1"),
        "nothing listed: a snapshot every fora reads"
    );
    assert!(
        Snapshot::of(&store, afternoon, Lang::Sv)
            .unwrap()
            .schema
            .ends_with("/2")
    );
}
