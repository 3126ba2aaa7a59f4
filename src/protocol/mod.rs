//! A meeting as one record, the shape every view of it starts from: `fora
//! show`, and the protocol in each format.

use serde::Serialize;

use crate::domain::meeting::EntryKind;
use crate::store::meetings::{AgendaItem, AttendanceRow, Entry, Meeting};
use crate::store::{Result, Store, StoreError};

/// A meeting with its forum, attendance, agenda and entries.
#[derive(Debug, Clone, Serialize)]
pub struct MeetingRecord {
    #[serde(flatten)]
    pub meeting: Meeting,
    pub forum_name: String,
    pub attendance: Vec<AttendanceRow>,
    pub items: Vec<ItemRecord>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ItemRecord {
    #[serde(flatten)]
    pub item: AgendaItem,
    pub entries: Vec<EntryRecord>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EntryRecord {
    #[serde(flatten)]
    pub entry: Entry,
    /// § number of a decision, counted in protocol order.
    pub decision_number: Option<u32>,
}

impl MeetingRecord {
    pub fn load(store: &Store, meeting_id: i64) -> Result<MeetingRecord> {
        let meeting = store.meeting(meeting_id)?;
        let forum_name = store
            .catalog()?
            .forum(&meeting.forum_id)
            .map(|f| f.name.clone())
            .unwrap_or_else(|| meeting.forum_id.clone());
        let attendance = store.attendance(meeting_id)?;
        let mut entries = store.entries(meeting_id)?;
        let mut items = Vec::new();
        let mut decisions = 0;
        for item in store.agenda(meeting_id)? {
            let mut on_item = Vec::new();
            // Entries are in recorded order; take those of this item.
            entries.retain(|e| {
                if e.item_id == item.id {
                    on_item.push(e.clone());
                    false
                } else {
                    true
                }
            });
            let on_item = on_item
                .into_iter()
                .map(|entry| {
                    let decision_number = (entry.kind == EntryKind::Decision).then(|| {
                        decisions += 1;
                        decisions
                    });
                    EntryRecord {
                        entry,
                        decision_number,
                    }
                })
                .collect();
            items.push(ItemRecord {
                item,
                entries: on_item,
            });
        }
        if !entries.is_empty() {
            return Err(StoreError::Invalid(format!(
                "meeting {meeting_id} has entries on items that are not on its agenda"
            )));
        }
        Ok(MeetingRecord {
            meeting,
            forum_name,
            attendance,
            items,
        })
    }

    /// Every entry, in protocol order.
    pub fn entries(&self) -> impl Iterator<Item = (&ItemRecord, &EntryRecord)> {
        self.items
            .iter()
            .flat_map(|i| i.entries.iter().map(move |e| (i, e)))
    }
}
