//! What is selected on the meeting screen and what follows from it: the row
//! under the cursor in each pane, the item an entry goes on, the current item.

use crate::store::followup::ActionRow;
use crate::store::meetings::{AgendaItem, AttendanceRow, Entry};

use super::{AttRow, MeetingScreen, Pane, TreeKey, TreeRow};

impl MeetingScreen {
    /// Puts the agenda pane's cursor on what a search found: the entry, or
    /// the item of that title.
    pub fn show_found(&mut self, entry_id: Option<i64>, item_title: &str) {
        let key = match entry_id {
            Some(id) => self
                .entries
                .iter()
                .find(|e| e.id == id)
                .map(|e| TreeKey::Entry(id, e.item_id)),
            None => self
                .agenda
                .iter()
                .find(|i| i.title == item_title)
                .map(|i| TreeKey::Item(i.id)),
        };
        if let Some(key) = key {
            self.focus = Pane::Agenda;
            self.select_tree(key);
        }
    }

    pub(super) fn selected_attendance(&self) -> Option<&AttendanceRow> {
        match self.att_rows.get(self.att_selected?)? {
            AttRow::Person(i) => self.attendance.get(*i),
            AttRow::Heading(_) => None,
        }
    }

    pub(super) fn selected_tree_key(&self) -> Option<TreeKey> {
        match self.tree.get(self.tree_selected?)? {
            TreeRow::Item(i) => self.agenda.get(*i).map(|it| TreeKey::Item(it.id)),
            TreeRow::Entry(i) => self.entries.get(*i).map(|e| TreeKey::Entry(e.id, e.item_id)),
            TreeRow::FollowUp(i) => {
                let action = self.followups.get(*i)?;
                let item = self.followup_item()?;
                Some(TreeKey::FollowUp(action.entry_id, item))
            }
        }
    }

    /// Selects the row of an item or entry; an entry that is gone falls back
    /// to its item, so the selection does not jump to the top.
    pub(super) fn select_tree(&mut self, key: TreeKey) {
        let find = |want: TreeKey| {
            self.tree.iter().position(|row| match (row, want) {
                (TreeRow::Item(i), TreeKey::Item(id)) => self.agenda[*i].id == id,
                (TreeRow::Entry(i), TreeKey::Entry(id, _)) => self.entries[*i].id == id,
                (TreeRow::FollowUp(i), TreeKey::FollowUp(id, _)) => self.followups[*i].entry_id == id,
                _ => false,
            })
        };
        let found = find(key).or_else(|| match key {
            TreeKey::Entry(_, item) | TreeKey::FollowUp(_, item) => find(TreeKey::Item(item)),
            TreeKey::Item(_) => None,
        });
        let last = self.tree.len().checked_sub(1);
        self.tree_selected = found.or(self.tree_selected.and_then(|s| last.map(|l| s.min(l))));
    }

    /// The item an entry typed now goes on: the selected one in the agenda
    /// pane; from the attendance pane, the current item, else the selected one.
    pub(super) fn target_item(&self) -> Option<&AgendaItem> {
        let selected = self.selected_item();
        if self.focus == Pane::Attendance
            && let Some(current) = self.current_item()
        {
            return Some(current);
        }
        selected
    }

    /// The selected item, or the item of the selected entry.
    pub(super) fn selected_item(&self) -> Option<&AgendaItem> {
        let id = match self.selected_tree_key()? {
            TreeKey::Item(id) | TreeKey::Entry(_, id) | TreeKey::FollowUp(_, id) => id,
        };
        self.agenda.iter().find(|i| i.id == id)
    }

    pub(super) fn selected_entry(&self) -> Option<&Entry> {
        match self.tree.get(self.tree_selected?)? {
            TreeRow::Entry(i) => self.entries.get(*i),
            TreeRow::Item(_) | TreeRow::FollowUp(_) => None,
        }
    }

    /// The selected action followed up from an earlier meeting.
    pub(super) fn selected_followup(&self) -> Option<&ActionRow> {
        match self.tree.get(self.tree_selected?)? {
            TreeRow::FollowUp(i) => self.followups.get(*i),
            TreeRow::Item(_) | TreeRow::Entry(_) => None,
        }
    }

    /// The follow-up item, which the actions followed up are shown under.
    fn followup_item(&self) -> Option<i64> {
        self.agenda
            .iter()
            .find(|i| i.kind == crate::domain::meeting::ItemKind::Actions)
            .map(|i| i.id)
    }

    pub(super) fn current_item(&self) -> Option<&AgendaItem> {
        let id = self.meeting.current_item_id?;
        self.agenda.iter().find(|i| i.id == id)
    }

    pub(super) fn current_row(&self) -> Option<usize> {
        let id = self.meeting.current_item_id?;
        self.tree
            .iter()
            .position(|r| matches!(r, TreeRow::Item(i) if self.agenda[*i].id == id))
    }

    /// The place of an item in the agenda, counted from 1 as it is shown.
    pub(super) fn item_number(&self, item_id: i64) -> Option<usize> {
        self.agenda.iter().position(|i| i.id == item_id).map(|p| p + 1)
    }
}
