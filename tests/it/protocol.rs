//! The protocol of a held meeting in Markdown, HTML, PDF and JSON: snapshots
//! in both languages, the approvers' rule, inert untrusted text, and a PDF
//! read back with a PDF parser.

use crate::protocol_fixture;

use fora::domain::Approver;
use fora::domain::meeting::EntryKind;
use fora::i18n::Lang;
use fora::protocol::approvers::approvers;
use fora::protocol::{Format, MeetingRecord, export, html, json, markdown, pdf};
use fora::store::Store;
use fora::store::meetings::EntryFields;
use protocol_fixture::{at, fields, fixture, followed_up_meetings, record_meeting};

/// Timestamps are stored in local time with the machine's offset; snapshots
/// must not depend on the time zone they are taken in.
fn zone_free(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let clock = bytes.get(i..i + 9).is_some_and(|b| {
            b[0] == b'T'
                && b[3] == b':'
                && b[6] == b':'
                && [1, 2, 4, 5, 7, 8].iter().all(|&k| b[k].is_ascii_digit())
        });
        if clock && matches!(bytes.get(i + 9), Some(b'+' | b'-')) && bytes.get(i + 12) == Some(&b':') {
            out.push_str(&text[i..i + 9]);
            out.push_str("+ZZ:ZZ");
            i += 15;
        } else {
            let c = text[i..].chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

#[test]
fn markdown_protocol_in_swedish() {
    let (_store, record, forum) = fixture();
    insta::assert_snapshot!(markdown::render(
        &record,
        &forum,
        Lang::Sv,
        &fora::protocol::stamp::Stamp::Draft { version: 1 }
    ));
}

#[test]
fn markdown_protocol_in_english() {
    let (_store, record, forum) = fixture();
    insta::assert_snapshot!(markdown::render(
        &record,
        &forum,
        Lang::En,
        &fora::protocol::stamp::Stamp::Draft { version: 1 }
    ));
}

#[test]
fn html_protocol_in_swedish() {
    let (_store, record, forum) = fixture();
    insta::assert_snapshot!(html::render(
        &record,
        &forum,
        Lang::Sv,
        &fora::protocol::stamp::Stamp::Draft { version: 1 }
    ));
}

#[test]
fn html_protocol_in_english() {
    let (_store, record, forum) = fixture();
    insta::assert_snapshot!(html::render(
        &record,
        &forum,
        Lang::En,
        &fora::protocol::stamp::Stamp::Draft { version: 1 }
    ));
}

#[test]
fn json_protocol_in_swedish() {
    let (_store, record, forum) = fixture();
    insta::assert_snapshot!(zone_free(
        &json::render(
            &record,
            &forum,
            Lang::Sv,
            &fora::protocol::stamp::Stamp::Draft { version: 1 }
        )
        .unwrap()
    ));
}

#[test]
fn json_protocol_in_english() {
    let (_store, record, forum) = fixture();
    insta::assert_snapshot!(zone_free(
        &json::render(
            &record,
            &forum,
            Lang::En,
            &fora::protocol::stamp::Stamp::Draft { version: 1 }
        )
        .unwrap()
    ));
}

#[test]
fn decisions_are_numbered_in_protocol_order_in_every_text_format() {
    let (_store, record, forum) = fixture();
    let md = markdown::render(
        &record,
        &forum,
        Lang::Sv,
        &fora::protocol::stamp::Stamp::Draft { version: 1 },
    );
    let first = md
        .find("**Beslut Leveransforum 2026 § 1.** Dagordningen godkänns.")
        .expect("§ 1");
    let second = md
        .find("**Beslut Leveransforum 2026 § 2.** Staden bestrider")
        .expect("§ 2");
    assert!(first < second);
    let html = html::render(
        &record,
        &forum,
        Lang::En,
        &fora::protocol::stamp::Stamp::Draft { version: 1 },
    );
    assert!(
        html.contains("<span class=\"head\">Decision Leveransforum 2026 § 2.</span>"),
        "{html}"
    );
    let json: serde_json::Value = serde_json::from_str(
        &json::render(
            &record,
            &forum,
            Lang::Sv,
            &fora::protocol::stamp::Stamp::Draft { version: 1 },
        )
        .unwrap(),
    )
    .unwrap();
    let numbers: Vec<i64> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|i| i["entries"].as_array().unwrap())
        .filter_map(|e| e["decision_number"].as_i64())
        .collect();
    assert_eq!(numbers, [1, 2]);
}

#[test]
fn the_same_record_gives_the_same_bytes_in_every_format() {
    let (_store, record, forum) = fixture();
    for format in Format::ALL {
        for lang in [Lang::Sv, Lang::En] {
            let once = export(
                &record,
                &forum,
                lang,
                format,
                &fora::protocol::stamp::Stamp::Draft { version: 1 },
            )
            .unwrap();
            let again = export(
                &record,
                &forum,
                lang,
                format,
                &fora::protocol::stamp::Stamp::Draft { version: 1 },
            )
            .unwrap();
            assert!(once == again, "{format:?} {lang:?} differs between two exports");
        }
    }
}

// ---------------------------------------------------------------- approvers

fn names(record: &MeetingRecord, rule: Approver) -> Vec<String> {
    approvers(record, rule)
        .iter()
        .map(|a| a.name.unwrap_or("?").to_string())
        .collect()
}

#[test]
fn the_city_approves_with_those_of_its_people_who_were_there() {
    let (_store, record, _) = fixture();
    // Fia Lund is excused and Cia Dahl absent; Eva Ersson stands in for Dan Ståhl.
    assert_eq!(names(&record, Approver::Staden), ["Anna Berg", "Eva Ersson"]);
}

#[test]
fn other_participants_approve_everyone_there_but_the_minute_keeper() {
    let (_store, mut record, _) = fixture();
    assert_eq!(
        names(&record, Approver::OtherParticipants),
        ["Anna Berg", "Eva Ersson"],
        "Bo Ek keeps the minutes; the guest does not approve"
    );
    // The minute keeper is recognised whatever the case and accents.
    record.meeting.minute_keeper = Some("  ANNA berg ".into());
    assert_eq!(
        names(&record, Approver::OtherParticipants),
        ["Eva Ersson", "Bo Ek"]
    );
    // No minute keeper recorded: all who were there approve.
    record.meeting.minute_keeper = None;
    assert_eq!(
        names(&record, Approver::OtherParticipants),
        ["Anna Berg", "Eva Ersson", "Bo Ek"]
    );
    record.meeting.minute_keeper = Some(String::new());
    assert_eq!(names(&record, Approver::OtherParticipants).len(), 3);
}

#[test]
fn the_approvers_are_named_in_the_header_and_the_approval_block() {
    let (_store, record, forum) = fixture();
    let md = markdown::render(
        &record,
        &forum,
        Lang::Sv,
        &fora::protocol::stamp::Stamp::Draft { version: 1 },
    );
    assert!(md.contains("- **Justerare:** Anna Berg, Eva Ersson"), "{md}");
    assert!(
        md.contains("| Eva Ersson | Leveransledare SLK DU, Staden | | |"),
        "{md}"
    );
    assert!(md.contains("Enligt forumets regel justeras protokollet av Staden."));
}

// ---------------------------------------------------------------- untrusted text

/// The fixture with hostile text in an entry, an item title and a guest's name.
fn hostile() -> (Store, MeetingRecord, fora::catalog::Forum) {
    let mut store = Store::open_in_memory().unwrap();
    let id = record_meeting(&mut store);
    let item = store
        .add_item(id, "<img src=x onerror=alert(1)> # Punkt", None)
        .unwrap();
    store
        .add_entry(
            item,
            EntryKind::Information,
            &fields("<script>alert('x')</script>\n# Rubrik\n- lista\n1. nummer\n[länk](http://evil.example) ![bild](x.png)\n    kod\n===\n`kod` ~~struken~~ &lt;"),
            at(10, 0),
            None,
        )
        .unwrap();
    store
        .add_entry(
            item,
            EntryKind::Action,
            &EntryFields {
                text: "Betala | inte".into(),
                owner: Some("Eve|Mallory".into()),
                due: Some("2026-12-01".into()),
                ..Default::default()
            },
            at(10, 0),
            None,
        )
        .unwrap();
    store
        .add_guest(id, "Eve\"><script>alert(2)</script>", Some("Evil & Co"))
        .unwrap();
    let record = MeetingRecord::load(&store, id).unwrap();
    let forum = store.catalog().unwrap().forum("leveransforum").unwrap().clone();
    (store, record, forum)
}

#[test]
fn a_script_in_an_entry_is_escaped_in_html() {
    let (_store, record, forum) = hostile();
    let html = html::render(
        &record,
        &forum,
        Lang::Sv,
        &fora::protocol::stamp::Stamp::Draft { version: 1 },
    );
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "{html}");
    assert!(!lower.contains("<img"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        "{html}"
    );
    assert!(html.contains("Eve&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;, Evil &amp; Co"));
    assert!(html.contains("&amp;lt;"), "an entity typed as text stays text");
    // Nothing may be loaded from anywhere, and nothing may run.
    assert!(html.contains("default-src 'none'"));
    assert!(!lower.contains("src=\"http") && !lower.contains("href="));
}

#[test]
fn markdown_escapes_what_would_change_its_structure() {
    let (_store, record, forum) = hostile();
    let md = markdown::render(
        &record,
        &forum,
        Lang::Sv,
        &fora::protocol::stamp::Stamp::Draft { version: 1 },
    );
    let entry = md
        .lines()
        .skip_while(|l| !l.starts_with("**Information.** \\<script"))
        .take(8)
        .collect::<Vec<_>>();
    assert_eq!(
        entry,
        [
            r"**Information.** \<script\>alert('x')\</script\>\",
            r"\# Rubrik\",
            r"\- lista\",
            r"1\. nummer\",
            r"\[länk\](http://evil.example) !\[bild\](x.png)\",
            r"kod\",
            r"\===\",
            r"\`kod\` \~\~struken\~\~ \&lt;",
        ],
        "{md}"
    );
    assert!(
        md.contains(r"### 14. \<img src=x onerror=alert(1)\> # Punkt"),
        "{md}"
    );
    // The only headings are the protocol's own.
    let headings: Vec<&str> = md.lines().filter(|l| l.starts_with('#')).collect();
    assert!(
        headings
            .iter()
            .all(|h| h.starts_with("# Protokoll") || h.starts_with("## ") || h.starts_with("### "))
    );
    // A pipe in a table cell does not open a new cell.
    assert!(
        md.contains(r"| 14 | Betala \| inte | Eve\|Mallory | 2026-12-01 | öppen |"),
        "{md}"
    );
}

#[test]
fn control_characters_are_made_visible_in_text_formats() {
    let (mut store, record, forum) = fixture();
    let item = record.items[0].item.id;
    let entry = store
        .add_entry(item, EntryKind::Information, &fields("ab"), at(10, 1), None)
        .unwrap();
    // The store refuses such text; another tool could still write it.
    store
        .conn()
        .execute("UPDATE entry SET text = ?2 WHERE id = ?1", (entry, "a\u{1b}[2Jb"))
        .unwrap();
    let record = MeetingRecord::load(&store, record.meeting.id).unwrap();
    for text in [
        markdown::render(
            &record,
            &forum,
            Lang::Sv,
            &fora::protocol::stamp::Stamp::Draft { version: 1 },
        ),
        html::render(
            &record,
            &forum,
            Lang::Sv,
            &fora::protocol::stamp::Stamp::Draft { version: 1 },
        ),
    ] {
        assert!(!text.contains('\u{1b}'));
        assert!(text.contains("a\u{241b}"), "{text}");
    }
    // JSON keeps the data as it is, escaped the JSON way.
    assert!(
        json::render(
            &record,
            &forum,
            Lang::Sv,
            &fora::protocol::stamp::Stamp::Draft { version: 1 }
        )
        .unwrap()
        .contains(r"a\u001b[2Jb")
    );
}

// ---------------------------------------------------------------- PDF

fn pdf_text(bytes: &[u8]) -> (String, usize) {
    let doc = lopdf::Document::load_mem(bytes).expect("a PDF a parser can read");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    (doc.extract_text(&pages).expect("text"), pages.len())
}

#[test]
fn the_pdf_holds_the_forum_name_and_numbered_decisions() {
    let (_store, record, forum) = fixture();
    let bytes = pdf::render(
        &record,
        &forum,
        Lang::Sv,
        &fora::protocol::stamp::Stamp::Draft { version: 1 },
    )
    .unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let (text, pages) = pdf_text(&bytes);
    assert!(text.contains("Leveransforum"), "{text}");
    assert!(text.contains("Beslut Leveransforum 2026 § 1."), "{text}");
    assert!(text.contains("Beslut Leveransforum 2026 § 2."), "{text}");
    assert!(
        text.contains("Godkännande av dagordningen"),
        "åäö come back: {text}"
    );
    assert!(text.contains("Justeras"), "{text}");
    assert!(text.contains(&format!("Sida 1 ({pages})")), "{text}");

    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let media_box = doc
        .get_pages()
        .values()
        .map(|id| {
            doc.get_object(*id)
                .unwrap()
                .as_dict()
                .unwrap()
                .get(b"MediaBox")
                .unwrap()
                .clone()
        })
        .next()
        .unwrap();
    let size: Vec<f32> = media_box
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_float().unwrap())
        .collect();
    assert!(
        (size[2] - 595.28).abs() < 0.5 && (size[3] - 841.89).abs() < 0.5,
        "A4: {size:?}"
    );
    let embedded = doc.objects.values().any(|o| {
        o.as_dict()
            .is_ok_and(|d| d.get(b"FontFile2").is_ok() || d.get(b"FontFile3").is_ok())
    });
    assert!(embedded, "the font is embedded");

    let english = pdf::render(
        &record,
        &forum,
        Lang::En,
        &fora::protocol::stamp::Stamp::Draft { version: 1 },
    )
    .unwrap();
    let (text, _) = pdf_text(&english);
    assert!(text.contains("Decision Leveransforum 2026 § 1."), "{text}");
}

#[test]
fn a_long_protocol_breaks_onto_numbered_pages_and_wraps_long_words() {
    let (mut store, record, forum) = fixture();
    let item = record.items[3].item.id;
    for n in 0..120 {
        let text = format!(
            "Beslut nummer {n} om en lång rad saker som behöver skrivas ut över flera rader för att prova radbrytningen i protokollet. {}",
            "Ordutanmellanrum".repeat(if n == 0 { 12 } else { 1 })
        );
        store
            .add_entry(item, EntryKind::Decision, &fields(&text), at(10, 2), None)
            .unwrap();
    }
    let record = MeetingRecord::load(&store, record.meeting.id).unwrap();
    let bytes = pdf::render(
        &record,
        &forum,
        Lang::Sv,
        &fora::protocol::stamp::Stamp::Draft { version: 1 },
    )
    .unwrap();
    let (text, pages) = pdf_text(&bytes);
    assert!(pages >= 5, "{pages} pages");
    assert!(text.contains(&format!("Sida {pages} ({pages})")), "{text}");
    assert!(text.contains("§ 122"), "{text}");
}

// ---------------------------------------------------------------- JSON schema

/// Checks `value` against the subset of JSON Schema that
/// docs/protocol.schema.json uses: type, properties, required, items, enum
/// and const. Stricter than JSON Schema on one point: a property the schema
/// does not list is an error, so the schema cannot fall behind the extract.
fn check(schema: &serde_json::Value, value: &serde_json::Value, path: &str, errors: &mut Vec<String>) {
    use serde_json::Value;
    if let Some(types) = schema.get("type") {
        let types: Vec<&str> = match types {
            Value::String(t) => vec![t.as_str()],
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let fits = types.iter().any(|t| match *t {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            "null" => value.is_null(),
            _ => false,
        });
        if !fits {
            errors.push(format!("{path}: {value} is not {types:?}"));
            return;
        }
    }
    if let Some(options) = schema.get("enum").and_then(Value::as_array)
        && !options.contains(value)
    {
        errors.push(format!("{path}: {value} is not one of {options:?}"));
    }
    if let Some(constant) = schema.get("const")
        && constant != value
    {
        errors.push(format!("{path}: {value} is not {constant}"));
    }
    if let Value::Object(map) = value {
        let properties = schema.get("properties").and_then(Value::as_object);
        for required in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let key = required.as_str().unwrap_or_default();
            if !map.contains_key(key) {
                errors.push(format!("{path}: missing {key}"));
            }
        }
        for (key, v) in map {
            match properties.and_then(|p| p.get(key)) {
                Some(s) => check(s, v, &format!("{path}.{key}"), errors),
                None if properties.is_some() => errors.push(format!("{path}: {key} is not in the schema")),
                None => {}
            }
        }
    }
    if let (Value::Array(list), Some(items)) = (value, schema.get("items")) {
        for (i, v) in list.iter().enumerate() {
            check(items, v, &format!("{path}[{i}]"), errors);
        }
    }
}

#[test]
fn the_json_extract_follows_its_documented_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../docs/protocol.schema.json")).expect("the schema is JSON");
    let (_store, record, forum) = fixture();
    let (_hostile_store, hostile_record, _) = hostile();
    let mut follow_up_store = Store::open_in_memory().unwrap();
    let (_, second, _) = followed_up_meetings(&mut follow_up_store);
    let follow_up_record = MeetingRecord::load(&follow_up_store, second).unwrap();
    for (record, lang) in [
        (&record, Lang::Sv),
        (&record, Lang::En),
        (&hostile_record, Lang::Sv),
        (&follow_up_record, Lang::Sv),
    ] {
        let value: serde_json::Value = serde_json::from_str(
            &json::render(
                record,
                &forum,
                lang,
                &fora::protocol::stamp::Stamp::Draft { version: 1 },
            )
            .unwrap(),
        )
        .unwrap();
        let mut errors = Vec::new();
        check(&schema, &value, "$", &mut errors);
        assert!(errors.is_empty(), "{errors:#?}");
        assert_eq!(value["schema"], "fora.protocol/1");
    }
    // Every field the extract writes is documented.
    let doc = include_str!("../../docs/protocol-json.md");
    let mut keys = std::collections::BTreeSet::new();
    fn collect(v: &serde_json::Value, keys: &mut std::collections::BTreeSet<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    keys.insert(k.clone());
                    collect(v, keys);
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| collect(v, keys)),
            _ => {}
        }
    }
    for record in [&record, &follow_up_record] {
        let value: serde_json::Value = serde_json::from_str(
            &json::render(
                record,
                &forum,
                Lang::Sv,
                &fora::protocol::stamp::Stamp::Draft { version: 1 },
            )
            .unwrap(),
        )
        .unwrap();
        collect(&value, &mut keys);
    }
    assert!(keys.contains("done_here"), "the follow-up fields are checked too");
    for key in keys {
        assert!(
            doc.contains(&format!("`{key}`")),
            "docs/protocol-json.md does not describe `{key}`"
        );
    }
}
