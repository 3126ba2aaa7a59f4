//! The popup editor of the meeting screen: what it is for, its keys, moving
//! between its fields, and its contents as the JSON kept in a draft. It
//! never touches the store; the screen does.

use std::collections::BTreeMap;

use chrono::{DateTime, Local, TimeDelta};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::style::{Modifier, Style};
use serde::{Deserialize, Serialize};

use crate::domain::meeting::EntryKind;
use crate::domain::records::DraftSlot;
use crate::store::StoreError;

pub use super::field::{Choice, Field, FieldKey};

/// How long typed text may wait before it is kept as a draft. The event loop
/// ticks every 250 ms, so a change reaches the disk within two seconds.
pub const AUTOSAVE_AFTER: TimeDelta = TimeDelta::milliseconds(1500);

/// What the editor is for; saved in the draft so that it can be restored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "form", rename_all = "snake_case")]
pub enum Purpose {
    NewEntry {
        kind: EntryKind,
        item_id: i64,
    },
    EditEntry {
        entry_id: i64,
    },
    NewItem {
        after: Option<i64>,
    },
    RenameItem {
        item_id: i64,
    },
    Guest,
    Substitute {
        row_id: i64,
    },
    Details,
    /// When someone joined (`joined`) or left.
    Presence {
        row_id: i64,
        joined: bool,
    },
    /// Why a meeting with something recorded is cancelled.
    CancelMeeting,
}

impl Purpose {
    /// The draft slot: one per kind of new entry, per entry, per item.
    pub fn slot(&self) -> DraftSlot {
        match *self {
            Purpose::NewEntry { kind, .. } => DraftSlot::NewEntry(kind),
            Purpose::EditEntry { entry_id } => DraftSlot::Entry(entry_id),
            Purpose::NewItem { .. } => DraftSlot::NewItem,
            Purpose::RenameItem { item_id } => DraftSlot::Item(item_id),
            Purpose::Guest => DraftSlot::Guest,
            Purpose::Substitute { row_id } => DraftSlot::Substitute(row_id),
            Purpose::Details => DraftSlot::Details,
            Purpose::Presence { row_id, .. } => DraftSlot::Presence(row_id),
            Purpose::CancelMeeting => DraftSlot::Cancel,
        }
    }
}

/// What a key in the editor asks the screen to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Nothing,
    Edited,
    /// Tab moved to another field: a moment to keep the draft.
    FocusMoved,
    Save,
    Cancel,
}

/// The contents of a draft: what the editor was for and its fields' text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftData {
    #[serde(flatten)]
    pub purpose: Purpose,
    pub fields: BTreeMap<String, String>,
    #[serde(default)]
    pub focus: usize,
}

pub struct Editor {
    pub purpose: Purpose,
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// Why the last save was refused; the text stays as typed.
    pub error: Option<String>,
    /// A warning the secretary was shown on saving (an action without an
    /// owner, say); saving again unchanged means "save it anyway".
    pub warned: Option<String>,
    /// Esc on changed text asks before throwing it away.
    pub confirm_discard: bool,
    /// A draft of this editor is in the store, to drop when it closes.
    pub has_draft: bool,
    /// When the last draft was written in this session, shown as reassurance.
    pub draft_saved_at: Option<DateTime<Local>>,
    initial: BTreeMap<String, String>,
    /// The fields as last kept in a draft; None forces the next draft.
    saved: Option<BTreeMap<String, String>>,
    /// When the first change not yet kept as a draft was typed.
    unsaved_since: Option<DateTime<Local>>,
}

impl Editor {
    pub fn new(purpose: Purpose, title: String, fields: Vec<Field>) -> Editor {
        let mut editor = Editor {
            purpose,
            title,
            fields,
            focus: 0,
            error: None,
            warned: None,
            confirm_discard: false,
            has_draft: false,
            draft_saved_at: None,
            initial: BTreeMap::new(),
            saved: None,
            unsaved_since: None,
        };
        editor.initial = editor.values();
        editor.saved = Some(editor.initial.clone());
        editor.restyle();
        editor
    }

    /// Puts a draft's text back into the fields.
    pub fn restore(&mut self, draft: &DraftData) {
        for field in &mut self.fields {
            if let Some(value) = draft.fields.get(field.key.id()) {
                field.set_value(value);
                field.query = String::new();
                field.highlight = field.exact();
            }
        }
        self.focus = draft.focus.min(self.fields.len().saturating_sub(1));
        self.has_draft = true;
        self.saved = Some(self.values());
        self.restyle();
    }

    /// The editor as a draft's JSON; an error rather than an empty draft
    /// that would replace the text kept before.
    pub fn content(&self) -> Result<String, StoreError> {
        let data = DraftData {
            purpose: self.purpose.clone(),
            fields: self.values(),
            focus: self.focus,
        };
        serde_json::to_string(&data).map_err(|_| StoreError::DraftNotWritten)
    }

    fn values(&self) -> BTreeMap<String, String> {
        self.fields
            .iter()
            .map(|f| (f.key.id().to_string(), f.value()))
            .collect()
    }

    pub fn field(&self, key: FieldKey) -> Option<&Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    /// The text of a field, as typed.
    pub fn value(&self, key: FieldKey) -> String {
        self.field(key).map(Field::value).unwrap_or_default()
    }

    pub fn is_blank(&self) -> bool {
        self.fields.iter().all(|f| f.value().trim().is_empty())
    }

    /// Whether anything differs from how the editor opened.
    pub fn is_changed(&self) -> bool {
        self.values() != self.initial
    }

    /// Whether typed text has waited long enough to be kept as a draft.
    pub fn wants_autosave(&self, now: DateTime<Local>) -> bool {
        self.unsaved_since
            .is_some_and(|since| now.signed_duration_since(since) >= AUTOSAVE_AFTER)
    }

    /// Whether the fields differ from the last draft kept.
    pub fn is_unsaved(&self) -> bool {
        self.saved.as_ref() != Some(&self.values())
    }

    pub fn mark_saved(&mut self, at: DateTime<Local>) {
        self.saved = Some(self.values());
        self.unsaved_since = None;
        self.has_draft = true;
        self.draft_saved_at = Some(at);
    }

    /// Nothing waits to be kept as a draft.
    pub fn settle(&mut self) {
        self.unsaved_since = None;
    }

    /// Makes the next [`Editor::is_unsaved`] true, for keeping the text under
    /// a new slot.
    pub fn force_unsaved(&mut self) {
        self.saved = None;
    }

    /// A draft could not be written: try again after another wait rather
    /// than on every tick.
    pub fn mark_failed(&mut self, at: DateTime<Local>) {
        self.unsaved_since = Some(at);
    }

    /// Only the field with the focus shows a cursor.
    fn restyle(&mut self) {
        for (i, field) in self.fields.iter_mut().enumerate() {
            let cursor = if i == self.focus {
                Style::new().add_modifier(Modifier::REVERSED)
            } else {
                Style::new()
            };
            field.area.set_cursor_style(cursor);
        }
    }

    fn move_focus(&mut self, step: isize) -> Outcome {
        if self.fields.len() < 2 {
            return Outcome::Nothing;
        }
        let n = self.fields.len() as isize;
        self.focus = (self.focus as isize + step).rem_euclid(n) as usize;
        self.restyle();
        Outcome::FocusMoved
    }

    /// Text pasted from the clipboard goes into the field with the focus; a
    /// one-line field gets it on one line.
    pub fn paste(&mut self, text: &str, now: DateTime<Local>) -> Outcome {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return Outcome::Nothing;
        };
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let text = if field.multiline {
            text
        } else {
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        field.area.insert_str(&text);
        field.query = field.value();
        field.highlight = None;
        self.edited(now)
    }

    fn edited(&mut self, now: DateTime<Local>) -> Outcome {
        self.error = None;
        self.warned = None;
        self.unsaved_since.get_or_insert(now);
        Outcome::Edited
    }

    pub fn key(&mut self, key: KeyEvent, now: DateTime<Local>) -> Outcome {
        if key.kind == KeyEventKind::Release {
            return Outcome::Nothing;
        }
        if self.confirm_discard {
            self.confirm_discard = false;
            return match super::popups::answer(key) {
                Some(super::popups::Answer::Yes) => Outcome::Cancel,
                _ => Outcome::Nothing,
            };
        }
        let plain = !key
            .modifiers
            .intersects(KeyModifiers::ALT | KeyModifiers::SHIFT | KeyModifiers::CONTROL);
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        // Alt-Enter is the documented line break; Shift-Enter and Ctrl-J are
        // what other terminals and chat programs taught people.
        let line_break =
            matches!(key.code, KeyCode::Enter) && !plain || (ctrl && key.code == KeyCode::Char('j'));
        match key.code {
            KeyCode::Enter if plain => return Outcome::Save,
            KeyCode::Tab => {
                if let Some(field) = self.fields.get_mut(self.focus) {
                    field.accept_suggestion();
                }
                return self.move_focus(1);
            }
            KeyCode::BackTab => return self.move_focus(-1),
            KeyCode::Esc => {
                if self.is_changed() && !self.is_blank() {
                    self.confirm_discard = true;
                    return Outcome::Nothing;
                }
                return Outcome::Cancel;
            }
            _ => {}
        }
        let Some(field) = self.fields.get_mut(self.focus) else {
            return Outcome::Nothing;
        };
        if line_break {
            if !field.multiline {
                return Outcome::Nothing;
            }
            field.area.insert_newline();
            return self.edited(now);
        }
        if !field.choices.is_empty() && matches!(key.code, KeyCode::Up | KeyCode::Down) {
            field.pick(if key.code == KeyCode::Up { -1 } else { 1 });
            return self.edited(now);
        }
        // Ctrl-M is Enter to the text area; a one-line field must stay one line.
        if !field.multiline && ctrl && key.code == KeyCode::Char('m') {
            return Outcome::Nothing;
        }
        if field.area.input(key) {
            field.query = field.value();
            field.highlight = None;
            return self.edited(now);
        }
        Outcome::Nothing
    }
}

/// Reads a draft's JSON; `None` for content this fora cannot read.
pub fn parse_draft(content: &str) -> Option<DraftData> {
    serde_json::from_str(content).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_round_trip_with_their_purpose() {
        let editor = Editor::new(
            Purpose::NewEntry {
                kind: EntryKind::Action,
                item_id: 7,
            },
            String::new(),
            vec![
                Field::text(FieldKey::Text, "rad 1\nrad 2"),
                Field::line(FieldKey::Due, "+2w"),
            ],
        );
        let content = editor.content().unwrap();
        assert!(content.contains(r#""form":"new_entry""#), "{content}");
        let data = parse_draft(&content).expect("readable");
        assert_eq!(data.fields["text"], "rad 1\nrad 2");
        assert_eq!(data.fields["due"], "+2w");
        assert_eq!(
            data.purpose,
            Purpose::NewEntry {
                kind: EntryKind::Action,
                item_id: 7
            }
        );
        let guest = Editor::new(Purpose::Guest, String::new(), vec![])
            .content()
            .unwrap();
        assert_eq!(parse_draft(&guest).map(|d| d.purpose), Some(Purpose::Guest));
        assert!(parse_draft("not json").is_none());
    }

    #[test]
    fn typed_and_undone_leaves_nothing_to_keep() {
        let now = Local::now();
        let fields = vec![Field::line(FieldKey::Text, "Bo")];
        let mut editor = Editor::new(Purpose::Guest, String::new(), fields);
        assert!(!editor.is_unsaved() && !editor.is_changed());
        editor.paste("x", now);
        assert!(editor.is_unsaved() && editor.is_changed());
        editor.key(KeyEvent::from(KeyCode::Backspace), now);
        assert!(!editor.is_unsaved() && !editor.is_changed(), "back as it opened");
        editor.paste("y", now);
        editor.mark_saved(now);
        assert!(
            !editor.is_unsaved() && editor.is_changed(),
            "kept as a draft, not saved"
        );
        editor.force_unsaved();
        assert!(editor.is_unsaved());
    }
}
