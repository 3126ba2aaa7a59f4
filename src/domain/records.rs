//! The records of a meeting as fora keeps them: the meeting, its attendance,
//! its agenda, its entries with their earlier versions, and drafts of text
//! being typed. Plain data; `store` reads and writes them.

use serde::{Deserialize, Serialize};

use super::meeting::{AttendanceStatus, EntryKind, ItemKind, MeetingStatus};
use super::{Attendance, Channel, Party};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: i64,
    pub forum_id: String,
    pub date: String,
    pub status: MeetingStatus,
    pub channel: Channel,
    pub place: Option<String>,
    pub minute_keeper: Option<String>,
    pub started_at: Option<String>,
    pub ended_at: Option<String>,
    pub cancel_reason: Option<String>,
    pub current_item_id: Option<i64>,
    pub current_item_since: Option<String>,
}

/// One line of a listing of meetings, with counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeetingSummary {
    pub id: i64,
    pub forum_id: String,
    pub date: String,
    pub status: MeetingStatus,
    pub present: i64,
    pub items: i64,
    pub entries: i64,
    pub decisions: i64,
    pub actions: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttendanceRow {
    pub id: i64,
    /// None for a guest.
    pub party: Option<Party>,
    pub role_id: Option<String>,
    pub role_name: Option<String>,
    /// None for a guest.
    pub seat: Option<Attendance>,
    pub person_id: Option<i64>,
    pub person_name: Option<String>,
    pub organisation: Option<String>,
    pub status: AttendanceStatus,
    pub substitute_name: Option<String>,
    pub joined_at: Option<String>,
    pub left_at: Option<String>,
}

impl AttendanceRow {
    pub fn is_guest(&self) -> bool {
        self.seat.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaItem {
    pub id: i64,
    pub position: i64,
    pub title: String,
    pub kind: ItemKind,
    pub done: bool,
}

/// The fields of an entry as the secretary fills them in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryFields {
    pub text: String,
    /// Action: who does it.
    pub owner: Option<String>,
    /// Action: due date, YYYY-MM-DD.
    pub due: Option<String>,
    /// Escalation: the forum it goes to.
    pub target_forum: Option<String>,
    /// Disagreement: the parties that disagree.
    pub parties: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: i64,
    pub item_id: i64,
    pub kind: EntryKind,
    #[serde(flatten)]
    pub fields: EntryFields,
    pub done: bool,
    pub recorded_at: String,
    pub updated_at: Option<String>,
}

/// An earlier version of an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntryVersion {
    pub changed_at: String,
    pub change: String,
    pub fields: EntryFields,
}

/// Text being typed, kept so a crash loses nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub slot: DraftSlot,
    pub content: String,
    pub saved_at: String,
}

/// Which editor a draft was typed in: one draft per kind of new entry, per
/// entry, per agenda item, and per form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftSlot {
    NewEntry(EntryKind),
    Entry(i64),
    NewItem,
    Item(i64),
    Guest,
    Substitute(i64),
    Details,
    /// When a person joined or left.
    Presence(i64),
    /// Why the meeting is cancelled.
    Cancel,
}

impl DraftSlot {
    /// The id kept in the database: "new:decision", "entry:42", "guest" …
    pub fn id(self) -> String {
        match self {
            DraftSlot::NewEntry(kind) => format!("new:{}", kind.id()),
            DraftSlot::Entry(id) => format!("entry:{id}"),
            DraftSlot::NewItem => "item:new".into(),
            DraftSlot::Item(id) => format!("item:{id}"),
            DraftSlot::Guest => "guest".into(),
            DraftSlot::Substitute(id) => format!("substitute:{id}"),
            DraftSlot::Details => "details".into(),
            DraftSlot::Presence(id) => format!("presence:{id}"),
            DraftSlot::Cancel => "cancel".into(),
        }
    }

    pub fn from_id(id: &str) -> Option<DraftSlot> {
        let number = |n: &str| n.parse::<i64>().ok();
        match id.split_once(':') {
            None if id == "guest" => Some(DraftSlot::Guest),
            None if id == "details" => Some(DraftSlot::Details),
            None if id == "cancel" => Some(DraftSlot::Cancel),
            Some(("new", kind)) => EntryKind::from_id(kind).map(DraftSlot::NewEntry),
            Some(("entry", n)) => number(n).map(DraftSlot::Entry),
            Some(("item", "new")) => Some(DraftSlot::NewItem),
            Some(("item", n)) => number(n).map(DraftSlot::Item),
            Some(("substitute", n)) => number(n).map(DraftSlot::Substitute),
            Some(("presence", n)) => number(n).map(DraftSlot::Presence),
            _ => None,
        }
    }
}

impl rusqlite::types::ToSql for DraftSlot {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.id().into())
    }
}

impl rusqlite::types::FromSql for DraftSlot {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<DraftSlot> {
        let text = value.as_str()?;
        DraftSlot::from_id(text).ok_or_else(|| {
            rusqlite::types::FromSqlError::Other(Box::new(super::stored::UnknownId {
                what: "DraftSlot",
                value: text.to_string(),
            }))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draft_slots_round_trip_through_their_ids() {
        let slots = [
            DraftSlot::NewEntry(EntryKind::Disagreement),
            DraftSlot::Entry(42),
            DraftSlot::NewItem,
            DraftSlot::Item(7),
            DraftSlot::Guest,
            DraftSlot::Substitute(3),
            DraftSlot::Details,
        ];
        for slot in slots {
            assert_eq!(DraftSlot::from_id(&slot.id()), Some(slot), "{}", slot.id());
        }
        for odd in ["new", "new:nothing", "entry:x", "item:", "guests", ""] {
            assert_eq!(DraftSlot::from_id(odd), None, "{odd}");
        }
    }
}
