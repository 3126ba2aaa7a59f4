//! A meeting as one record, the shape every view of it starts from: `fora
//! show`, and the protocol in each format.

pub mod approvers;
pub mod edition;
pub mod html;
pub mod json;
pub mod labels;
pub mod markdown;
pub mod pdf;
pub mod review;
pub mod snapshot;
pub mod stamp;
pub mod view;

use serde::{Deserialize, Serialize};

use crate::catalog::Forum;
use crate::domain::decision::DecisionRef;
use crate::domain::meeting::ItemKind;
use crate::i18n::{Lang, Message};
use crate::store::followup::FollowedUpAction;
use crate::store::meetings::{AgendaItem, AttendanceRow, Entry, Meeting};
use crate::store::{Result, Store, StoreError};

/// A meeting with its forum, attendance, agenda and entries.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MeetingRecord {
    #[serde(flatten)]
    pub meeting: Meeting,
    pub forum_name: String,
    pub attendance: Vec<AttendanceRow>,
    pub items: Vec<ItemRecord>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ItemRecord {
    #[serde(flatten)]
    pub item: AgendaItem,
    pub entries: Vec<EntryRecord>,
    /// On the item that follows up open actions: the earlier actions it
    /// went through. Absent from snapshots written before schema 11, which
    /// therefore render exactly as they did.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub followed_up: Vec<FollowedUpAction>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EntryRecord {
    #[serde(flatten)]
    pub entry: Entry,
    /// A decision's reference, "Leveransforum 2026 § 3".
    pub decision: Option<DecisionRef>,
    /// The name of the forum an escalation goes to (the entry keeps its id).
    pub target_forum_name: Option<String>,
}

impl MeetingRecord {
    pub fn load(store: &Store, meeting_id: i64) -> Result<MeetingRecord> {
        let meeting = store.meeting(meeting_id)?;
        let catalog = store.catalog()?;
        let name_of = |forum_id: &str| {
            catalog
                .forum(forum_id)
                .map(|f| f.name.clone())
                .unwrap_or_else(|| forum_id.to_string())
        };
        let forum_name = name_of(&meeting.forum_id);
        let attendance = store.attendance(meeting_id)?;
        let mut entries = store.entries(meeting_id)?;
        let mut decisions = store.decision_refs(meeting_id)?;
        let mut items = Vec::new();
        let agenda = store.agenda(meeting_id)?;
        // Listed once, under the first item that follows up actions, if any.
        let mut followed_up = if agenda.iter().any(|i| i.kind == ItemKind::Actions) {
            Some(store.followed_up_at(meeting_id)?)
        } else {
            None
        };
        for item in agenda {
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
                    let decision = decisions.remove(&entry.id);
                    let target_forum_name = entry.fields.target_forum.as_deref().map(name_of);
                    EntryRecord {
                        entry,
                        decision,
                        target_forum_name,
                    }
                })
                .collect();
            let followed_up = match item.kind {
                ItemKind::Actions => followed_up.take().unwrap_or_default(),
                _ => Vec::new(),
            };
            items.push(ItemRecord {
                item,
                entries: on_item,
                followed_up,
            });
        }
        if !entries.is_empty() {
            return Err(StoreError::OrphanEntries(meeting_id));
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

/// The formats a protocol is exported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Format {
    /// Markdown (CommonMark with tables).
    #[value(name = "md")]
    Markdown,
    /// One self-contained HTML file that prints on A4.
    Html,
    /// PDF on A4 with the font embedded.
    Pdf,
    /// The processable extract, schema `fora.protocol/1`.
    Json,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Markdown, Format::Html, Format::Pdf, Format::Json];

    /// The usual file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Json => "json",
        }
    }

    /// The format a file name's extension names, if any.
    pub fn from_extension(ext: &str) -> Option<Format> {
        let ext = ext.to_ascii_lowercase();
        match ext.as_str() {
            "markdown" => Some(Format::Markdown),
            "htm" => Some(Format::Html),
            _ => Format::ALL.into_iter().find(|f| f.extension() == ext),
        }
    }

    /// Whether the output is text (and so fit for a terminal).
    pub fn is_text(self) -> bool {
        self != Format::Pdf
    }
}

/// The protocol of `record` in `format`, saying what it is (`stamp`): the
/// exact bytes that are written out, and later hashed for approval, so they
/// depend on nothing but the record, the forum, the language and the stamp.
pub fn export(
    record: &MeetingRecord,
    forum: &Forum,
    lang: Lang,
    format: Format,
    stamp: &stamp::Stamp,
) -> std::result::Result<Vec<u8>, RenderError> {
    Ok(match format {
        Format::Markdown => markdown::render(record, forum, lang, stamp).into_bytes(),
        Format::Html => html::render(record, forum, lang, stamp).into_bytes(),
        Format::Json => json::render(record, forum, lang, stamp)?.into_bytes(),
        Format::Pdf => pdf::render(record, forum, lang, stamp)?,
    })
}

/// A protocol that could not be made in a format. None should happen with
/// the fonts built into fora and plain records; they are errors all the
/// same, rather than panics or an empty protocol that would be hashed.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    Font(&'static str),
    /// The PDF library refused the document; its reason is not shown, being English.
    Pdf,
    Json,
}

impl RenderError {
    pub fn message(&self) -> Message {
        match self {
            RenderError::Font(name) => Message::new("err-pdf-font").arg("font", *name),
            RenderError::Pdf => Message::new("err-pdf-write"),
            RenderError::Json => Message::new("err-json-write"),
        }
    }
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}
