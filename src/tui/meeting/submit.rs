//! Saving, cancelling and restoring the editor popup, and keeping its text as
//! a draft meanwhile: the fields are checked and written in one store call;
//! on a refusal the editor stays open with the user's text and says why.

use chrono::{DateTime, Local};

use crate::domain::Channel;
use crate::domain::meeting::{AttendanceStatus, EntryKind, parse_due};
use crate::i18n::tr;
use crate::store::Store;
use crate::store::meetings::{Draft, EntryFields};
use crate::text::inert;

use super::editor::{DraftData, Editor, FieldKey, Purpose, parse_draft};
use super::popups::Popup;
use super::{MeetingScreen, Reload, TreeKey, agenda, forms};

/// Why a form was not saved, as shown in the editor.
type Refusal = String;

impl MeetingScreen {
    /// Text pasted into the terminal goes to the open editor, if any.
    pub fn paste(&mut self, text: &str, now: DateTime<Local>) {
        self.now = now;
        if let Some(Popup::Editor(editor)) = &mut self.popup {
            editor.paste(text, now);
        }
    }

    /// Keeps what is being typed as a draft once it has waited long enough.
    /// Returns whether anything changed on screen.
    pub fn tick(&mut self, store: &mut Store, now: DateTime<Local>) -> bool {
        self.now = now;
        match &self.popup {
            Some(Popup::Editor(editor)) if editor.wants_autosave(now) => {
                self.keep_draft(store, now);
                true
            }
            _ => self.follow_recorder(store, now),
        }
    }

    /// Writes the open editor's fields as a draft if they changed since the last one.
    pub fn keep_draft(&mut self, store: &mut Store, now: DateTime<Local>) {
        let Some(Popup::Editor(editor)) = &mut self.popup else {
            return;
        };
        if !editor.is_unsaved() {
            // Typed and undone: nothing to keep, and no reason to look again.
            editor.settle();
            return;
        }
        let kept = editor
            .content()
            .and_then(|content| store.save_draft(self.meeting.id, editor.purpose.slot(), &content, now));
        match kept {
            Ok(()) => editor.mark_saved(now),
            Err(e) => {
                // The text stays in the editor; the next tick tries again.
                editor.mark_failed(now);
                self.failed(&e);
            }
        }
    }

    /// Checks and saves the editor; on success it closes, else it stays open.
    pub(super) fn submit(&mut self, mut editor: Box<Editor>, store: &mut Store, now: DateTime<Local>) {
        if let Some(warning) = self.action_warning(&editor)
            && editor.warned.as_ref() != Some(&warning)
        {
            editor.error = Some(warning.clone());
            editor.warned = Some(warning);
            self.popup = Some(Popup::Editor(editor));
            return;
        }
        match self.save(&editor, store, now) {
            Ok(saved) => {
                // Entries drop their draft in their own transaction; other
                // forms drop it now. Should that fail, the
                // draft is only offered again.
                if editor.has_draft
                    && !matches!(
                        editor.purpose,
                        Purpose::NewEntry { .. } | Purpose::EditEntry { .. }
                    )
                {
                    let _ = store.discard_draft(self.meeting.id, editor.purpose.slot());
                }
                match self.unseen.take() {
                    Some(e) => self.saved_unseen(&e),
                    None => self.saved(&saved),
                }
                self.follow();
            }
            Err(refusal) => {
                editor.error = Some(refusal);
                self.popup = Some(Popup::Editor(editor));
            }
        }
    }

    fn save(&mut self, editor: &Editor, store: &mut Store, now: DateTime<Local>) -> Result<String, Refusal> {
        let s = self.s;
        let slot = editor.purpose.slot();
        let refused = |e: crate::store::StoreError| format!("{} {}", s.not_saved, inert(&e.to_string()));
        match editor.purpose.clone() {
            Purpose::NewEntry { kind, item_id } => {
                let fields = self.entry_fields(editor, kind)?;
                // Durable here, with its number, its search words and its
                // draft gone: one transaction.
                let id = store
                    .add_entry(item_id, kind, &fields, now, Some(slot))
                    .map_err(refused)?;
                match store.entry(id) {
                    Ok(entry) => self.push_entry(store, entry),
                    Err(e) => self.unseen = Some(e),
                }
                self.select_tree(TreeKey::Entry(id, item_id));
                Ok(self.entry_saved(id))
            }
            Purpose::EditEntry { entry_id } => {
                let entry = self.entries.iter().find(|e| e.id == entry_id).cloned();
                let entry = entry.ok_or_else(|| s.entry_gone.to_string())?;
                let fields = self.entry_fields(editor, entry.kind)?;
                if fields == entry.fields {
                    if editor.has_draft {
                        store.discard_draft(self.meeting.id, slot).map_err(refused)?;
                    }
                    return Ok(s.no_changes.to_string());
                }
                store
                    .edit_entry(entry_id, &fields, now, Some(slot))
                    .map_err(refused)?;
                self.reread(store, Reload::Entries);
                Ok(self.entry_saved(entry_id))
            }
            Purpose::NewItem { after } => {
                let title = required(editor, FieldKey::Title, s.err_no_title)?;
                let id = store.add_item(self.meeting.id, &title, after).map_err(refused)?;
                self.reread(store, Reload::Agenda);
                self.select_tree(TreeKey::Item(id));
                Ok(s.item_saved.to_string())
            }
            Purpose::RenameItem { item_id } => {
                let title = required(editor, FieldKey::Title, s.err_no_title)?;
                store.rename_item(item_id, &title).map_err(refused)?;
                self.reread(store, Reload::Agenda);
                Ok(s.item_saved.to_string())
            }
            Purpose::Guest => {
                let name = required(editor, FieldKey::Name, s.err_no_name)?;
                let organisation = optional(editor, FieldKey::Organisation);
                let id = store
                    .add_guest(self.meeting.id, &name, organisation.as_deref())
                    .map_err(refused)?;
                self.reread(store, Reload::Attendance);
                if let Some(at) = self
                    .att_rows
                    .iter()
                    .position(|r| r.person().is_some_and(|i| self.attendance[i].id == id))
                {
                    self.att_selected = Some(at);
                }
                Ok(format!("{}: {}", s.guest_saved, inert(&name)))
            }
            Purpose::Substitute { row_id } => {
                let name = required(editor, FieldKey::Name, s.err_no_name)?;
                store
                    .set_attendance(row_id, AttendanceStatus::Substitute, Some(&name))
                    .map_err(refused)?;
                self.reread(store, Reload::Attendance);
                Ok(format!(
                    "{}: {}",
                    AttendanceStatus::Substitute.label(self.lang),
                    inert(&name)
                ))
            }
            Purpose::Details => {
                let channel = editor
                    .field(FieldKey::Channel)
                    .and_then(|f| f.resolved())
                    .and_then(|id| Channel::from_id(&id))
                    .ok_or_else(|| s.err_channel.to_string())?;
                let place = optional(editor, FieldKey::Place);
                let keeper = optional(editor, FieldKey::Keeper);
                store
                    .set_meeting_details(self.meeting.id, channel, place.as_deref(), keeper.as_deref())
                    .map_err(refused)?;
                self.reread(store, Reload::Meeting);
                Ok(s.details_saved.to_string())
            }
            Purpose::Presence { row_id, joined } => {
                let typed = editor.value(FieldKey::Time);
                let at = match typed.trim() {
                    "" => None,
                    text => Some(
                        super::checks::time_on(text, now)
                            .ok_or_else(|| tr!(self.lang, "slips-err-time", time = inert(text)))?,
                    ),
                };
                store.set_presence_time(row_id, joined, at).map_err(refused)?;
                self.reread(store, Reload::Attendance);
                let who = self
                    .attendance
                    .iter()
                    .find(|r| r.id == row_id)
                    .map(super::update::row_name)
                    .unwrap_or_default();
                let word = if joined { s.joined } else { s.left };
                let time = at.map(|t| t.format("%H:%M").to_string()).unwrap_or_default();
                Ok(format!("{who}: {word} {time}").trim_end().to_string())
            }
            Purpose::CancelMeeting => {
                let reason = required(editor, FieldKey::Reason, self.lang.text("slips-err-no-reason"))?;
                self.cancel_meeting(store, &reason, now).map_err(refused)
            }
        }
    }

    /// Reads back after a write that succeeded. A failure here must not
    /// reopen the editor, or saving again would record the entry twice.
    fn reread(&mut self, store: &Store, what: Reload) {
        if let Err(e) = self.reload(store, what) {
            self.unseen = Some(e);
        }
    }

    /// "Beslut Leveransforum 2026 § (3)", "Åtgärd [ ] (Bo Ek, 2026-12-15)": the entry as the agenda shows it.
    fn entry_saved(&self, id: i64) -> String {
        match self.entries.iter().find(|e| e.id == id) {
            Some(entry) => agenda::entry_label(self, entry),
            None => String::new(),
        }
    }

    /// The fields of an entry as the store takes them, checked first so that
    /// the secretary reads why in their own language.
    fn entry_fields(&self, editor: &Editor, kind: EntryKind) -> Result<EntryFields, Refusal> {
        let s = self.s;
        let text = editor.value(FieldKey::Text).trim().to_string();
        if text.is_empty() {
            return Err(s.err_no_text.to_string());
        }
        let mut fields = EntryFields {
            text,
            ..EntryFields::default()
        };
        match kind {
            EntryKind::Action => {
                fields.owner = editor
                    .field(FieldKey::Owner)
                    .and_then(|f| f.resolved())
                    .filter(|o| !o.is_empty());
                if let Some(due) = optional(editor, FieldKey::Due) {
                    let date = parse_due(&due, self.now.date_naive())
                        .map_err(|_| format!("{} «{}». {}", s.err_due, inert(&due), s.due_help))?;
                    fields.due = Some(date.format("%Y-%m-%d").to_string());
                }
            }
            EntryKind::Escalation => {
                let target = editor.field(FieldKey::Target).and_then(|f| f.resolved());
                fields.target_forum = Some(target.ok_or_else(|| s.err_target.to_string())?);
            }
            EntryKind::Disagreement => {
                fields.parties = editor
                    .field(FieldKey::Parties)
                    .and_then(|f| f.resolved())
                    .filter(|p| !p.is_empty());
            }
            EntryKind::Decision | EntryKind::Information | EntryKind::Risk => {}
        }
        Ok(fields)
    }

    /// Esc in the editor: nothing was saved, so its draft goes too.
    pub(super) fn cancel(&mut self, editor: &Editor, store: &mut Store) {
        if editor.has_draft
            && let Err(e) = store.discard_draft(self.meeting.id, editor.purpose.slot())
        {
            self.failed(&e);
            return;
        }
        self.message = None;
    }

    /// Opens a draft from an earlier session in its editor. What it was for
    /// may be gone (an item removed meanwhile): then its text becomes a new
    /// entry on the current item, so that nothing typed is lost.
    pub(super) fn restore(&mut self, draft: Draft, store: &mut Store, now: DateTime<Local>) {
        let target = self.target_item().or(self.agenda.first()).map(|i| i.id);
        let data = parse_draft(&draft.content).unwrap_or_else(|| DraftData {
            purpose: Purpose::NewEntry {
                kind: EntryKind::Information,
                item_id: target.unwrap_or(0),
            },
            fields: [("text".to_string(), draft.content.clone())].into(),
            focus: 0,
        });
        let mut purpose = data.purpose.clone();
        match &mut purpose {
            Purpose::NewEntry { item_id, .. } if !self.agenda.iter().any(|i| i.id == *item_id) => {
                *item_id = target.unwrap_or(0);
            }
            Purpose::NewItem { after } if after.is_some_and(|a| !self.agenda.iter().any(|i| i.id == a)) => {
                *after = None;
            }
            _ => {}
        }
        let fallback = || Purpose::NewEntry {
            kind: EntryKind::Information,
            item_id: target.unwrap_or(0),
        };
        let editor = forms::editor_for(self, purpose).or_else(|| forms::editor_for(self, fallback()));
        let Some(mut editor) = editor else {
            self.note(self.s.entry_gone);
            return;
        };
        editor.restore(&data);
        let moved = editor.purpose.slot() != draft.slot;
        self.popup = Some(Popup::Editor(Box::new(editor)));
        if moved {
            // Keep the text under its new slot before letting go of the old one.
            if let Some(Popup::Editor(editor)) = &mut self.popup {
                editor.force_unsaved();
            }
            self.keep_draft(store, now);
            if let Some(Popup::Editor(editor)) = &self.popup
                && !editor.is_unsaved()
            {
                let _ = store.discard_draft(self.meeting.id, draft.slot);
            }
        }
    }
}

fn required(editor: &Editor, key: FieldKey, refusal: &str) -> Result<String, Refusal> {
    optional(editor, key).ok_or_else(|| refusal.to_string())
}

fn optional(editor: &Editor, key: FieldKey) -> Option<String> {
    let value = editor.value(key).trim().to_string();
    (!value.is_empty()).then_some(value)
}
