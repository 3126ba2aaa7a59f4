//! The protocol as a reader sees it, in one language: the header, attendance,
//! items, tables and approval block that Markdown, HTML and PDF each lay out.
//! Deciding the words once here keeps the three formats saying the same thing.

use crate::catalog::Forum;
use crate::domain::Party;
use crate::domain::meeting::{AttendanceStatus, EntryKind, MeetingStatus};
use crate::i18n::Lang;
use crate::store::followup::FollowedUpAction;
use crate::store::meetings::AttendanceRow;
use crate::text::{inert, inert_multiline};

use super::approvers::{ApproverRow, approvers};
use super::labels::{self, Labels};
use super::stamp::{Stamp, StampView};
use super::{EntryRecord, MeetingRecord};

/// A label and its value, as in the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub label: &'static str,
    pub value: String,
}

/// The people of one party who were there, or the guests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub heading: &'static str,
    pub people: Vec<Attendee>,
}

/// One line of attendance: "Leveransansvarig: Anna Berg (på distans)".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendee {
    /// The role and, when it says something, the party; None for a guest.
    pub role: Option<String>,
    /// Who, with their organisation where the party alone does not say it.
    pub who: String,
    /// Remote, substitute, times of joining and leaving, or why not there.
    pub note: Option<String>,
}

impl Attendee {
    pub fn line(&self) -> String {
        let mut line = match &self.role {
            Some(role) => format!("{role}: {}", self.who),
            None => self.who.clone(),
        };
        if let Some(note) = &self.note {
            line.push_str(&format!(" ({note})"));
        }
        line
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemView {
    /// The item's number in the protocol, from 1.
    pub number: usize,
    pub title: String,
    pub entries: Vec<EntryView>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryView {
    pub kind: EntryKind,
    /// "Beslut Leveransforum 2026 § 1", "Åtgärd", "Eskalering till Verkställande forum".
    pub head: String,
    /// The entry's text; may hold several lines.
    pub text: String,
    /// Owner, due date and status of an action.
    pub details: Vec<Field>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionRow {
    pub item: usize,
    pub text: String,
    pub owner: String,
    pub due: String,
    pub status: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EscalationRow {
    pub item: usize,
    pub kind: String,
    pub text: String,
    pub target: String,
}

/// One signature line of the approval block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub name: String,
    /// Role and party, under the name.
    pub role: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub lang: Lang,
    pub labels: &'static Labels,
    /// "Protokoll – Leveransforum".
    pub title: String,
    /// The forum with its qualifier: "Ledningsforum (affärsnivå)".
    pub forum: String,
    /// "Leveransforum 2026-11-02", for running footers.
    pub short_title: String,
    pub header: Vec<Field>,
    pub present: Vec<Group>,
    pub not_there: Vec<Attendee>,
    pub items: Vec<ItemView>,
    pub actions: Vec<ActionRow>,
    pub escalations: Vec<EscalationRow>,
    /// "Enligt forumets regel justeras protokollet av Staden."
    pub approval_rule: String,
    pub minute_keeper: Option<Signature>,
    pub approvers: Vec<Signature>,
    /// Draft or approved, and by whom.
    pub stamp: StampView,
}

/// The wall-clock time of a stored timestamp: "09.05" in Swedish, as Swedish
/// protocols write it, "09:05" in English. Timestamps are kept as local
/// RFC 3339 text, so the time is read off the text rather than converted.
pub fn clock(stamp: &str, lang: Lang) -> String {
    let time = inert(stamp.get(11..16).unwrap_or(stamp));
    match lang {
        Lang::Sv => time.replace(':', "."),
        Lang::En => time,
    }
}

/// A party's or rule's label inside a sentence: "the City", not "The City".
fn in_sentence(label: &str) -> String {
    match label.strip_prefix("The ") {
        Some(rest) => format!("the {rest}"),
        None => label.to_string(),
    }
}

/// Text from the database made safe to show; line breaks are kept.
fn safe(text: &str) -> String {
    inert_multiline(text.trim())
}

fn safe_opt(text: Option<&str>) -> Option<String> {
    text.map(str::trim).filter(|t| !t.is_empty()).map(inert)
}

impl View {
    pub fn new(record: &MeetingRecord, forum: &Forum, lang: Lang, stamp: &Stamp) -> View {
        let l = labels::labels(lang);
        let m = &record.meeting;
        let forum_name = match &forum.qualifier {
            Some(q) => format!("{} ({q})", forum.name),
            None => forum.name.clone(),
        };
        let forum_name = inert(&forum_name);
        let approving = approvers(record, forum.approver);

        let mut header = vec![Field {
            label: l.date,
            value: inert(&m.date),
        }];
        header.push(Field {
            label: l.time,
            value: match (&m.started_at, &m.ended_at) {
                (Some(s), Some(e)) => format!("{}–{}", clock(s, lang), clock(e, lang)),
                (Some(s), None) => format!("{}–", clock(s, lang)),
                _ => "–".to_string(),
            },
        });
        if let Some(place) = safe_opt(m.place.as_deref()) {
            header.push(Field {
                label: l.place,
                value: place,
            });
        }
        header.push(Field {
            label: l.channel,
            value: labels::channel(m.channel, lang).to_string(),
        });
        let keeper = safe_opt(m.minute_keeper.as_deref());
        header.push(Field {
            label: l.minute_keeper,
            value: keeper.clone().unwrap_or_else(|| l.not_given.to_string()),
        });
        let approver_names: Vec<String> = approving
            .iter()
            .map(|a| a.name.map_or_else(|| l.name_missing.to_string(), inert))
            .collect();
        header.push(Field {
            label: l.approvers,
            value: if approver_names.is_empty() {
                l.no_approvers.to_string()
            } else {
                approver_names.join(", ")
            },
        });
        // A protocol is of a held meeting; say so plainly when it is not.
        if m.status != MeetingStatus::Held {
            header.push(Field {
                label: l.meeting_status,
                value: m.status.label(lang).to_string(),
            });
        }
        if let Some(reason) = safe_opt(m.cancel_reason.as_deref()) {
            header.push(Field {
                label: l.cancelled_because,
                value: reason,
            });
        }

        let (present, not_there) = attendance(record, l, lang);
        let (items, actions, escalations) = items(record, l, lang);

        View {
            lang,
            labels: l,
            title: format!("{} – {forum_name}", l.protocol),
            short_title: format!("{} {}", inert(&forum.name), inert(&m.date)),
            forum: forum_name,
            header,
            present,
            not_there,
            items,
            actions,
            escalations,
            approval_rule: format!("{} {}.", l.rule_prefix, in_sentence(forum.approver.label(lang))),
            minute_keeper: keeper.map(|name| Signature { name, role: None }),
            approvers: approving.iter().map(|a| signature(a, l, lang)).collect(),
            stamp: StampView::new(stamp, lang),
        }
    }
}

fn role_text(row: &AttendanceRow, lang: Lang) -> Option<String> {
    let role = row.role_name.as_deref().map(inert)?;
    Some(match row.party {
        Some(party) => format!("{role}, {}", in_sentence(party.label(lang))),
        None => role,
    })
}

fn signature(a: &ApproverRow, l: &Labels, lang: Lang) -> Signature {
    Signature {
        name: a.name.map_or_else(|| l.name_missing.to_string(), inert),
        role: role_text(a.row, lang),
    }
}

/// Who sat in a seat, with the organisation where the party does not say it:
/// the City's other suppliers are many, and a guest has no party at all.
fn who(row: &AttendanceRow, name: Option<&str>, l: &Labels) -> String {
    let name = match name {
        Some(name) => inert(name),
        None if row.person_id.is_none() && row.person_name.is_none() => l.vacant.to_string(),
        None => l.name_missing.to_string(),
    };
    match (&row.organisation, row.party) {
        (Some(org), None | Some(Party::Ovriga)) if !org.trim().is_empty() => {
            format!("{name}, {}", inert(org.trim()))
        }
        _ => name,
    }
}

fn times(row: &AttendanceRow, l: &Labels, lang: Lang, notes: &mut Vec<String>) {
    if let Some(joined) = &row.joined_at {
        notes.push(format!("{} {}", l.joined, clock(joined, lang)));
    }
    if let Some(left) = &row.left_at {
        notes.push(format!("{} {}", l.left, clock(left, lang)));
    }
}

fn attendance(record: &MeetingRecord, l: &'static Labels, lang: Lang) -> (Vec<Group>, Vec<Attendee>) {
    let mut groups: Vec<Group> = Party::ALL
        .iter()
        .map(|p| Group {
            heading: p.label(lang),
            people: Vec::new(),
        })
        .collect();
    let mut guests = Group {
        heading: l.guests,
        people: Vec::new(),
    };
    let mut not_there = Vec::new();
    for row in &record.attendance {
        let role = row.role_name.as_deref().map(inert);
        let mut notes = Vec::new();
        if row.status.is_there() {
            let name = if row.status == AttendanceStatus::Substitute {
                let stands_for = row.person_name.as_deref().map(inert);
                notes.push(match stands_for {
                    Some(regular) => format!("{} {regular}", l.substitute_for),
                    None => l.substitute.to_string(),
                });
                row.substitute_name.as_deref()
            } else {
                row.person_name.as_deref()
            };
            if row.status == AttendanceStatus::Remote {
                notes.push(l.remote.to_string());
            }
            times(row, l, lang, &mut notes);
            let attendee = Attendee {
                role,
                who: who(row, name, l),
                note: (!notes.is_empty()).then(|| notes.join(", ")),
            };
            let group = match row.party {
                Some(party) => Party::ALL
                    .iter()
                    .position(|p| *p == party)
                    .and_then(|i| groups.get_mut(i)),
                None => None,
            };
            group.unwrap_or(&mut guests).people.push(attendee);
            continue;
        }
        // A permanent seat is expected, so it is named whether or not anyone
        // marked it; a when-needed seat left unmarked was simply not called.
        let permanent = row.seat == Some(crate::domain::Attendance::Permanent);
        let status = match row.status {
            AttendanceStatus::Unmarked if permanent => l.not_recorded.to_string(),
            AttendanceStatus::Unmarked => continue,
            other => other.label(lang).to_string(),
        };
        notes.push(status);
        times(row, l, lang, &mut notes);
        not_there.push(Attendee {
            role: role_text(row, lang),
            who: who(row, row.person_name.as_deref(), l),
            note: Some(notes.join(", ")),
        });
    }
    groups.push(guests);
    groups.retain(|g| !g.people.is_empty());
    (groups, not_there)
}

fn entry_head(e: &EntryRecord, l: &Labels, lang: Lang) -> String {
    let f = &e.entry.fields;
    let kind = labels::entry_kind(e.entry.kind, lang);
    match e.entry.kind {
        EntryKind::Decision => match &e.decision {
            Some(reference) => format!("{kind} {}", safe(&reference.to_string())),
            None => kind,
        },
        EntryKind::Escalation => match safe_opt(e.target_forum_name.as_deref()) {
            Some(target) => format!("{kind} {} {target}", l.to_forum),
            None => kind,
        },
        EntryKind::Disagreement => match safe_opt(f.parties.as_deref()) {
            Some(parties) => format!("{kind} ({}: {parties})", l.parties),
            None => kind,
        },
        _ => kind,
    }
}

/// An earlier action as the meeting followed it up: done at this meeting,
/// overdue, or still open.
fn followed_up(a: &FollowedUpAction, meeting_date: &str, l: &Labels) -> EntryView {
    let field = |label, value: Option<&str>| Field {
        label,
        value: safe_opt(value).unwrap_or_else(|| "–".into()),
    };
    EntryView {
        kind: EntryKind::Action,
        head: format!("{} {}", l.followed_up_from, inert(&a.from_date)),
        text: safe(&a.text),
        details: vec![
            field(l.owner, a.owner.as_deref()),
            field(l.due, a.due.as_deref()),
            Field {
                label: l.status,
                value: labels::standing(a.standing(meeting_date), l).to_string(),
            },
        ],
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

type Items = (Vec<ItemView>, Vec<ActionRow>, Vec<EscalationRow>);

fn items(record: &MeetingRecord, l: &'static Labels, lang: Lang) -> Items {
    let mut views = Vec::new();
    let mut actions = Vec::new();
    let mut escalations = Vec::new();
    for (i, item) in record.items.iter().enumerate() {
        let number = i + 1;
        let mut entries: Vec<EntryView> = item
            .followed_up
            .iter()
            .map(|a| followed_up(a, &record.meeting.date, l))
            .collect();
        for e in &item.entries {
            let f = &e.entry.fields;
            let text = safe(&f.text);
            let mut details = Vec::new();
            match e.entry.kind {
                EntryKind::Action => {
                    let owner = safe_opt(f.owner.as_deref()).unwrap_or_else(|| "–".into());
                    let due = safe_opt(f.due.as_deref()).unwrap_or_else(|| "–".into());
                    let status = if e.entry.done { l.done } else { l.open };
                    details = vec![
                        Field {
                            label: l.owner,
                            value: owner.clone(),
                        },
                        Field {
                            label: l.due,
                            value: due.clone(),
                        },
                        Field {
                            label: l.status,
                            value: status.to_string(),
                        },
                    ];
                    actions.push(ActionRow {
                        item: number,
                        text: one_line(&text),
                        owner,
                        due,
                        status,
                    });
                }
                EntryKind::Escalation | EntryKind::Disagreement => {
                    let target = if e.entry.kind == EntryKind::Escalation {
                        &e.target_forum_name
                    } else {
                        &f.parties
                    };
                    escalations.push(EscalationRow {
                        item: number,
                        kind: labels::entry_kind(e.entry.kind, lang),
                        text: one_line(&text),
                        target: safe_opt(target.as_deref()).unwrap_or_else(|| "–".into()),
                    });
                }
                _ => {}
            }
            entries.push(EntryView {
                kind: e.entry.kind,
                head: entry_head(e, l, lang),
                text,
                details,
            });
        }
        views.push(ItemView {
            number,
            title: inert(item.item.title.trim()),
            entries,
        });
    }
    (views, actions, escalations)
}
