//! The forms the editor popup shows: which fields each purpose has, what
//! they offer to pick from and what they start with, and their titles.

use crate::domain::meeting::{AttendanceStatus, EntryKind};
use crate::domain::{Channel, Level};
use crate::i18n::tr;
use crate::store::meetings::Entry;
use crate::text::inert;

use super::MeetingScreen;
use super::agenda::{capitalised, entry_label};
use super::editor::{Choice, Editor, Field, FieldKey, Purpose};

/// Where an escalation goes by default: one level up the ladder.
pub fn default_target(level: Level) -> Option<&'static str> {
    match level {
        Level::Leveransniva => Some("verkstallande"),
        Level::Kontraktsniva => Some("ledningsforum"),
        Level::Affarsniva => None,
    }
}

/// The title of an editor, also shown when its draft is offered back.
pub(super) fn purpose_label(m: &MeetingScreen, purpose: &Purpose) -> String {
    let s = m.s;
    let item = |id: i64| {
        let number = m.item_number(id);
        let title = m.agenda.iter().find(|i| i.id == id).map(|i| inert(&i.title));
        match (number, title) {
            (Some(n), Some(title)) => format!("{} {n}. {title}", s.item),
            _ => String::new(),
        }
    };
    match purpose {
        Purpose::NewEntry { kind, item_id } => {
            format!("{}: {} · {}", s.new_entry, kind.label(m.lang), item(*item_id))
        }
        Purpose::EditEntry { entry_id } => match m.entries.iter().find(|e| e.id == *entry_id) {
            Some(entry) => format!("{}: {}", s.edit_entry, entry_label(m, entry)),
            None => s.edit_entry.to_string(),
        },
        Purpose::NewItem { .. } => s.new_item.to_string(),
        Purpose::RenameItem { item_id } => format!("{}: {}", s.rename_item, item(*item_id)),
        Purpose::Guest => s.add_guest.to_string(),
        Purpose::Substitute { row_id } => {
            let row = m.attendance.iter().find(|r| r.id == *row_id);
            let who = row
                .and_then(|r| r.person_name.as_deref().or(r.role_name.as_deref()))
                .map(inert)
                .unwrap_or_default();
            tr!(s.lang, "tui-substitute-for", who = who)
        }
        Purpose::Details => s.meeting_details_title.to_string(),
        Purpose::Presence { row_id, joined } => {
            let row = m.attendance.iter().find(|r| r.id == *row_id);
            let who = row.map(super::update::row_name).unwrap_or_default();
            let word = if *joined { s.joined } else { s.left };
            format!("{who}: {word}")
        }
        Purpose::CancelMeeting => tr!(
            s.lang,
            "slips-cancel-title",
            forum = inert(&m.forum.name),
            date = m.meeting.date.clone()
        ),
    }
}

/// The owner field's explicit "no owner", so that leaving it empty is a choice.
pub(super) fn no_owner(m: &MeetingScreen) -> Choice {
    Choice {
        value: String::new(),
        label: m.lang.text("slips-no-owner").to_string(),
        hint: String::new(),
    }
}

/// Who can own an action: the people there first, then everyone on the
/// roster, then the roles themselves.
fn owner_choices(m: &MeetingScreen) -> Vec<Choice> {
    let mut choices: Vec<Choice> = Vec::new();
    let mut push = |choice: Choice| {
        if !choice.label.trim().is_empty() && !choices.iter().any(|c| c.label == choice.label) {
            choices.push(choice);
        }
    };
    let there = m.attendance.iter().filter(|r| r.status.is_there());
    let others = m.attendance.iter().filter(|r| !r.status.is_there());
    for row in there.chain(others) {
        let role = row
            .role_name
            .as_deref()
            .or(row.organisation.as_deref())
            .unwrap_or("");
        let name = if row.status == AttendanceStatus::Substitute {
            row.substitute_name.as_deref()
        } else {
            row.person_name.as_deref()
        };
        if let Some(name) = name {
            push(Choice::plain(name, role));
        }
    }
    for row in &m.attendance {
        if let (Some(role), Some(party)) = (&row.role_name, row.party) {
            push(Choice::plain(role, party.label(m.lang)));
        }
    }
    choices
}

fn organisation_choices(m: &MeetingScreen) -> Vec<Choice> {
    m.organisations.iter().map(|o| Choice::plain(o, "")).collect()
}

fn forum_choices(m: &MeetingScreen) -> Vec<Choice> {
    m.forums
        .iter()
        .filter(|f| f.id != m.forum.id)
        .map(|f| Choice {
            value: f.id.clone(),
            label: f.label.clone(),
            hint: f.level.label(m.lang).to_string(),
        })
        .collect()
}

fn entry_fields(m: &MeetingScreen, kind: EntryKind, entry: Option<&Entry>) -> Vec<Field> {
    let f = entry.map(|e| e.fields.clone()).unwrap_or_default();
    let mut fields = vec![Field::text(FieldKey::Text, &f.text)];
    match kind {
        EntryKind::Action => {
            let owner = f.owner.as_deref().unwrap_or("");
            let mut choices = owner_choices(m);
            choices.push(no_owner(m));
            fields.push(Field::choice(FieldKey::Owner, owner, choices, false));
            fields.push(Field::line(FieldKey::Due, f.due.as_deref().unwrap_or("")));
        }
        EntryKind::Escalation => {
            let choices = forum_choices(m);
            let target = f.target_forum.as_deref().or(default_target(m.forum.level));
            let label = target
                .and_then(|id| choices.iter().find(|c| c.value == id))
                .map(|c| c.label.clone())
                .unwrap_or_default();
            fields.push(Field::choice(FieldKey::Target, &label, choices, true));
        }
        EntryKind::Disagreement => {
            let parties = f.parties.as_deref().unwrap_or("");
            fields.push(Field::choice(
                FieldKey::Parties,
                parties,
                organisation_choices(m),
                false,
            ));
        }
        EntryKind::Decision | EntryKind::Information | EntryKind::Risk => {}
    }
    fields
}

/// The editor for `purpose`, empty or filled from what it changes; `None`
/// when what it changes is gone (an entry deleted meanwhile).
pub(super) fn editor_for(m: &MeetingScreen, purpose: Purpose) -> Option<Editor> {
    let fields = match &purpose {
        Purpose::NewEntry { kind, .. } => entry_fields(m, *kind, None),
        Purpose::EditEntry { entry_id } => {
            let entry = m.entries.iter().find(|e| e.id == *entry_id)?;
            entry_fields(m, entry.kind, Some(entry))
        }
        Purpose::NewItem { .. } => vec![Field::line(FieldKey::Title, "")],
        Purpose::RenameItem { item_id } => {
            let item = m.agenda.iter().find(|i| i.id == *item_id)?;
            vec![Field::line(FieldKey::Title, &item.title)]
        }
        Purpose::Guest => vec![
            Field::line(FieldKey::Name, ""),
            Field::choice(FieldKey::Organisation, "", organisation_choices(m), false),
        ],
        Purpose::Substitute { row_id } => {
            let row = m.attendance.iter().find(|r| r.id == *row_id)?;
            // People of the same organisation are the likeliest to stand in.
            let mut people: Vec<&(String, String)> = m.people.iter().collect();
            people.sort_by_key(|(_, org)| Some(org) != row.organisation.as_ref());
            let choices = people
                .into_iter()
                .map(|(name, org)| Choice::plain(name, org))
                .collect();
            let current = row.substitute_name.as_deref().unwrap_or("");
            vec![Field::choice(FieldKey::Name, current, choices, false)]
        }
        Purpose::Details => {
            let channels = [Channel::Fysiskt, Channel::Telefon, Channel::Video]
                .into_iter()
                .map(|c| Choice {
                    value: c.id().to_string(),
                    label: c.label(m.lang).to_string(),
                    hint: String::new(),
                })
                .collect();
            let meeting = &m.meeting;
            vec![
                Field::choice(FieldKey::Channel, meeting.channel.label(m.lang), channels, true),
                Field::line(FieldKey::Place, meeting.place.as_deref().unwrap_or("")),
                Field::choice(
                    FieldKey::Keeper,
                    meeting.minute_keeper.as_deref().unwrap_or(""),
                    owner_choices(m),
                    false,
                ),
            ]
        }
        Purpose::Presence { row_id, joined } => {
            let row = m.attendance.iter().find(|r| r.id == *row_id)?;
            let kept = if *joined { &row.joined_at } else { &row.left_at };
            let time = match kept {
                Some(stamp) => crate::tui::common::clock_of(stamp).to_string(),
                None => m.now.format("%H:%M").to_string(),
            };
            vec![Field::line(FieldKey::Time, &time)]
        }
        Purpose::CancelMeeting => vec![Field::line(FieldKey::Reason, "")],
    };
    let title = capitalised(&purpose_label(m, &purpose));
    Some(Editor::new(purpose, title, fields))
}
