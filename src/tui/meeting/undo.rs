//! `u` and Ctrl-Z: the last change to the meeting undone in the store, and
//! the status line saying what that was, in words the secretary recognises.

use chrono::{DateTime, Local};

use crate::i18n::tr;
use crate::store::Store;
use crate::store::meetings::{AgendaItem, AttendanceRow};
use crate::store::undo::Change;
use crate::text::inert;

use super::{MeetingScreen, Message, Reload, agenda};

/// The rows as they were before the undo, to name what it took away.
struct Before {
    /// Each entry as the agenda named it, with its number then.
    entries: Vec<(i64, String)>,
    agenda: Vec<AgendaItem>,
    attendance: Vec<AttendanceRow>,
}

impl MeetingScreen {
    pub(super) fn undo(&mut self, store: &mut Store, now: DateTime<Local>) {
        let before = Before {
            entries: self
                .entries
                .iter()
                .map(|e| (e.id, agenda::entry_label(self, e)))
                .collect(),
            agenda: self.agenda.clone(),
            attendance: self.attendance.clone(),
        };
        match store.undo_last(self.meeting.id, now) {
            Err(e) => self.failed(&e),
            Ok(None) => self.note(self.lang.text("slips-nothing-to-undo")),
            Ok(Some(change)) => {
                if let Err(e) = self.reload(store, Reload::All) {
                    self.saved_unseen(&e);
                    return;
                }
                let what = self.describe(&change, &before);
                self.message = Some(Message {
                    text: tr!(self.lang, "slips-undone", what = what),
                    error: false,
                });
                self.follow();
            }
        }
    }

    /// "Beslut § 3 «Avtalet förlängs» lades till", "Anna Berg: närvarande" …
    fn describe(&self, change: &Change, before: &Before) -> String {
        let lang = self.lang;
        let entry = |id: i64| {
            let now = self.entries.iter().find(|e| e.id == id);
            let then = || {
                before
                    .entries
                    .iter()
                    .find(|(e, _)| *e == id)
                    .map(|(_, l)| l.clone())
            };
            now.map(|e| agenda::entry_label(self, e))
                .or_else(then)
                .unwrap_or_default()
        };
        let item = |id: i64| {
            let found = self.agenda.iter().find(|i| i.id == id);
            let found = found.or_else(|| before.agenda.iter().find(|i| i.id == id));
            found.map(|i| inert(&i.title)).unwrap_or_default()
        };
        let person = |id: i64| {
            let found = self.attendance.iter().find(|r| r.id == id);
            let found = found.or_else(|| before.attendance.iter().find(|r| r.id == id));
            found.map(super::update::row_name).unwrap_or_default()
        };
        match change {
            Change::EntryAdded { entry_id } => {
                tr!(lang, "slips-undid-entry-added", entry = entry(*entry_id))
            }
            Change::EntryEdited { entry_id, .. } => {
                tr!(lang, "slips-undid-entry-edited", entry = entry(*entry_id))
            }
            Change::EntryDeleted { entry_id } => {
                tr!(lang, "slips-undid-entry-deleted", entry = entry(*entry_id))
            }
            Change::EntryMoved { entry_id, from_item } => tr!(
                lang,
                "slips-undid-entry-moved",
                entry = entry(*entry_id),
                item = item(*from_item)
            ),
            Change::Attendance { row_id, .. } => {
                tr!(lang, "slips-undid-attendance", who = person(*row_id))
            }
            Change::Presence { row_id, joined, .. } => tr!(
                lang,
                "slips-undid-presence",
                who = person(*row_id),
                joined = if *joined { "yes" } else { "no" }
            ),
            Change::ActionDone { entry_id, .. } => {
                let label = entry(*entry_id);
                let label = match label.is_empty() {
                    // An action of an earlier meeting, followed up here.
                    true => self
                        .followups
                        .iter()
                        .find(|a| a.entry_id == *entry_id)
                        .map(|a| inert(&a.text))
                        .unwrap_or_default(),
                    false => label,
                };
                tr!(lang, "slips-undid-action-done", entry = label)
            }
            Change::GuestAdded { row_id } => tr!(lang, "slips-undid-guest", who = person(*row_id)),
            Change::ItemAdded { item_id } => tr!(lang, "slips-undid-item-added", item = item(*item_id)),
            Change::ItemRenamed { item_id, .. } => {
                tr!(lang, "slips-undid-item-renamed", item = item(*item_id))
            }
            Change::ItemMoved { item_id, .. } => tr!(lang, "slips-undid-item-moved", item = item(*item_id)),
            Change::ItemDone { item_id, .. } => tr!(lang, "slips-undid-item-done", item = item(*item_id)),
            Change::ItemRemoved { item_id, .. } => {
                tr!(lang, "slips-undid-item-removed", item = item(*item_id))
            }
        }
    }
}
