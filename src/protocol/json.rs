//! The protocol as JSON: the processable extract, schema `fora.protocol/1`,
//! described field by field in docs/protocol-json.md. Field names are English
//! and stable; values are ids, never words of one language.

use serde::Serialize;

use crate::catalog::Forum;
use crate::i18n::Lang;
use crate::store::followup::FollowedUpAction;

use super::approvers::{approvers, attendee_name};
use super::stamp::Stamp;
use super::{MeetingRecord, RenderError};

/// The schema this module writes. A change that removes or renames a field,
/// or changes a field's meaning, needs a new number; adding a field does not.
pub const SCHEMA: &str = "fora.protocol/1";

#[derive(Serialize)]
struct Protocol<'a> {
    schema: &'static str,
    language: &'static str,
    /// Draft or approved, with the justering of an approved version.
    version: &'a Stamp,
    meeting: MeetingJson<'a>,
    forum: ForumJson<'a>,
    attendance: Vec<AttendeeJson<'a>>,
    approvers: Vec<ApproverJson<'a>>,
    items: Vec<ItemJson<'a>>,
}

#[derive(Serialize)]
struct MeetingJson<'a> {
    id: i64,
    date: &'a str,
    status: &'static str,
    started_at: Option<&'a str>,
    ended_at: Option<&'a str>,
    channel: &'static str,
    place: Option<&'a str>,
    minute_keeper: Option<&'a str>,
    cancel_reason: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    chair: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    registry_number: Option<&'a str>,
    /// The approvers were chosen at "Val av justerare".
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    approvers_chosen: bool,
}

#[derive(Serialize)]
struct ForumJson<'a> {
    id: &'a str,
    name: &'a str,
    qualifier: Option<&'a str>,
    minute_keeper: &'static str,
    approver: &'static str,
}

#[derive(Serialize)]
struct AttendeeJson<'a> {
    id: i64,
    guest: bool,
    party: Option<&'static str>,
    role_id: Option<&'a str>,
    role: Option<&'a str>,
    seat: Option<&'static str>,
    person_id: Option<i64>,
    person: Option<&'a str>,
    organisation: Option<&'a str>,
    status: &'static str,
    present: bool,
    substitute: Option<&'a str>,
    joined_at: Option<&'a str>,
    left_at: Option<&'a str>,
}

#[derive(Serialize)]
struct ApproverJson<'a> {
    attendance_id: i64,
    name: Option<&'a str>,
    party: Option<&'static str>,
    role: Option<&'a str>,
}

#[derive(Serialize)]
struct ItemJson<'a> {
    id: i64,
    number: usize,
    title: &'a str,
    kind: &'static str,
    done: bool,
    entries: Vec<EntryJson<'a>>,
    /// Earlier actions this item followed up, with `done_here` for those
    /// marked done at this meeting; left out where there are none.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    followed_up: &'a [FollowedUpAction],
}

#[derive(Serialize)]
struct EntryJson<'a> {
    id: i64,
    kind: &'static str,
    /// A decision's reference, "Leveransforum 2026 § 3", and its number.
    decision_reference: Option<String>,
    decision_number: Option<i64>,
    text: &'a str,
    owner: Option<&'a str>,
    due: Option<&'a str>,
    /// Only actions are done or open; for every other kind this is null.
    done: Option<bool>,
    target_forum: Option<&'a str>,
    target_forum_name: Option<&'a str>,
    parties: Option<&'a str>,
    recorded_at: &'a str,
    updated_at: Option<&'a str>,
}

/// The protocol of `record` as pretty-printed JSON ending in a newline.
/// `lang` is recorded in the extract (the language the protocol was exported
/// in); the values themselves are the same in both languages.
pub fn render(
    record: &MeetingRecord,
    forum: &Forum,
    lang: Lang,
    stamp: &Stamp,
) -> Result<String, RenderError> {
    let m = &record.meeting;
    let protocol = Protocol {
        schema: SCHEMA,
        language: match lang {
            Lang::Sv => "sv",
            Lang::En => "en",
        },
        version: stamp,
        meeting: MeetingJson {
            id: m.id,
            date: &m.date,
            status: m.status.id(),
            started_at: m.started_at.as_deref(),
            ended_at: m.ended_at.as_deref(),
            channel: m.channel.json_name(),
            place: m.place.as_deref(),
            minute_keeper: m.minute_keeper.as_deref(),
            cancel_reason: m.cancel_reason.as_deref(),
            chair: m.chair.as_deref(),
            registry_number: m.registry_number.as_deref(),
            approvers_chosen: !m.chosen_approvers.is_empty(),
        },
        forum: ForumJson {
            id: &m.forum_id,
            name: &forum.name,
            qualifier: forum.qualifier.as_deref(),
            minute_keeper: forum.keeper.json_name(),
            approver: forum.approver.json_name(),
        },
        attendance: record
            .attendance
            .iter()
            .map(|row| AttendeeJson {
                id: row.id,
                guest: row.is_guest(),
                party: row.party.map(|p| p.id()),
                role_id: row.role_id.as_deref(),
                role: row.role_name.as_deref(),
                seat: row.seat.map(|s| s.json_name()),
                person_id: row.person_id,
                person: row.person_name.as_deref(),
                organisation: row.organisation.as_deref(),
                status: row.status.id(),
                present: row.status.is_there(),
                substitute: row.substitute_name.as_deref(),
                joined_at: row.joined_at.as_deref(),
                left_at: row.left_at.as_deref(),
            })
            .collect(),
        approvers: approvers(record, forum.approver)
            .into_iter()
            .map(|a| ApproverJson {
                attendance_id: a.row.id,
                name: attendee_name(a.row),
                party: a.row.party.map(|p| p.id()),
                role: a.row.role_name.as_deref(),
            })
            .collect(),
        items: record
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| ItemJson {
                id: item.item.id,
                number: i + 1,
                title: &item.item.title,
                kind: item.item.kind.id(),
                done: item.item.done,
                followed_up: &item.followed_up,
                entries: item
                    .entries
                    .iter()
                    .map(|e| {
                        let f = &e.entry.fields;
                        EntryJson {
                            id: e.entry.id,
                            kind: e.entry.kind.id(),
                            decision_reference: e.decision.as_ref().map(ToString::to_string),
                            decision_number: e.decision.as_ref().map(|d| d.number),
                            text: &f.text,
                            owner: f.owner.as_deref(),
                            due: f.due.as_deref(),
                            done: (e.entry.kind == crate::domain::meeting::EntryKind::Action)
                                .then_some(e.entry.done),
                            target_forum: f.target_forum.as_deref(),
                            target_forum_name: e.target_forum_name.as_deref(),
                            parties: f.parties.as_deref(),
                            recorded_at: &e.entry.recorded_at,
                            updated_at: e.entry.updated_at.as_deref(),
                        }
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut text = crate::text::json::pretty(&protocol).map_err(|_| RenderError::Json)?;
    text.push('\n');
    Ok(text)
}
