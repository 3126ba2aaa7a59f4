//! What keys do on the meeting screen outside its popups: moving in the
//! panes, attendance and agenda changes. Every change is one store call, and
//! the screen says "saved" only after it returned.

use chrono::{DateTime, Local};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::domain::meeting::{AttendanceStatus, EntryKind};
use crate::store::Store;
use crate::text::inert;
use crate::tui::common::scroll_offset;

use super::editor::Purpose;
use super::keys::{Action, action_for};
use super::popups::Popup;
use super::{AttRow, MeetingScreen, Message, Outcome, Pane, Reload, TreeKey, TreeRow, forms};

impl MeetingScreen {
    /// Handles one key press at `now`.
    pub fn handle_key(&mut self, store: &mut Store, key: KeyEvent, now: DateTime<Local>) -> Outcome {
        self.now = now;
        if key.kind == KeyEventKind::Release {
            return Outcome::Stay;
        }
        // Ctrl-C leaves at once from anywhere; what is being typed is kept as a draft.
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            self.keep_draft(store, now);
            return Outcome::Quit;
        }
        let outcome = match self.popup.take() {
            Some(popup) => self.popup_key(popup, store, key, now),
            None => match action_for(key, self.focus) {
                Some(action) if self.read_only.is_none() && self.ask_amend(action) => Outcome::Stay,
                Some(action) => self.update(action, store, now),
                None => Outcome::Stay,
            },
        };
        self.keep_amended(store, now);
        self.next_popup();
        outcome
    }

    /// Tells the screen the size of the frame, for paging and scrolling.
    pub fn set_area(&mut self, area: ratatui::layout::Rect) {
        self.heights = super::view::pane_heights(area);
        self.follow();
    }

    pub(super) fn update(&mut self, action: Action, store: &mut Store, now: DateTime<Local>) -> Outcome {
        if self.read_only.is_some() {
            match action {
                Action::Back => return Outcome::Home,
                Action::TakeOver => {
                    self.popup = Some(Popup::Confirm(super::Confirm::TakeOver));
                    return Outcome::Stay;
                }
                action if action.changes_the_meeting() => {
                    self.message = Some(Message {
                        text: self.s.read_only_refused.to_string(),
                        error: true,
                    });
                    return Outcome::Stay;
                }
                _ => {}
            }
        }
        match action {
            Action::SwitchPane => {
                self.focus = match self.focus {
                    Pane::Attendance => Pane::Agenda,
                    Pane::Agenda => Pane::Attendance,
                }
            }
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::PageUp => self.move_by(-self.page()),
            Action::PageDown => self.move_by(self.page()),
            Action::First => self.move_by(isize::MIN / 2),
            Action::Last => self.move_by(isize::MAX / 2),
            Action::Status(status) => self.set_status(store, status),
            Action::AddGuest => self.open_editor(Purpose::Guest),
            Action::Presence(joined) => {
                if let Some(row_id) = self.selected_attendance().map(|r| r.id) {
                    self.open_editor(Purpose::Presence { row_id, joined });
                }
            }
            Action::Undo => self.undo(store, now),
            Action::MoveEntry => self.ask_move(),
            Action::EditEntry => match self.selected_entry().map(|e| e.id) {
                Some(entry_id) => self.open_editor(Purpose::EditEntry { entry_id }),
                None => self.note(self.lang.text("slips-edit-select-entry")),
            },
            // Only a meeting recorded elsewhere can be taken over.
            Action::TakeOver => {}
            Action::NewEntry(kind) => match self.target_item().map(|i| i.id) {
                Some(item_id) => self.open_editor(Purpose::NewEntry { kind, item_id }),
                None => self.note(self.s.no_item_for_entry),
            },
            Action::Activate => self.activate(store, now),
            Action::NewItem => {
                let after = self.selected_item().map(|i| i.id);
                self.open_editor(Purpose::NewItem { after });
            }
            Action::RenameItem => {
                if let Some(item_id) = self.selected_item().map(|i| i.id) {
                    self.open_editor(Purpose::RenameItem { item_id });
                }
            }
            Action::MoveItem(step) => {
                if let Some(id) = self.selected_item().map(|i| i.id) {
                    let result = store.move_item(id, step);
                    self.wrote(store, result, Reload::Agenda, self.s.order_saved);
                    self.select_tree(TreeKey::Item(id));
                    self.follow();
                }
            }
            Action::ToggleItemDone => {
                if let Some((id, done)) = self.selected_item().map(|i| (i.id, i.done)) {
                    let result = store.set_item_done(id, !done);
                    self.wrote(store, result, Reload::Agenda, self.s.item_saved);
                }
            }
            Action::Delete => self.ask_delete(),
            Action::ToggleActionDone => {
                let action = self.selected_entry().filter(|e| e.kind == EntryKind::Action);
                let followup = self.selected_followup().map(|a| (a.entry_id, a.done));
                if let Some((id, done)) = action.map(|e| (e.id, e.done)).or(followup) {
                    let result = store.complete_action(id, !done, Some(self.meeting.id), now);
                    self.wrote(store, result, Reload::Entries, self.s.action_saved);
                }
            }
            Action::Verdict => self.open_verdict(store),
            Action::Details => self.open_editor(Purpose::Details),
            Action::Export => return Outcome::Export,
            Action::Help => return Outcome::Help,
            Action::Back if self.is_running() => match store.meeting_has_content(self.meeting.id) {
                Ok(recorded) => self.popup = Some(Popup::Quit { recorded }),
                Err(e) => self.failed(&e),
            },
            Action::Back => return Outcome::Home,
            Action::Quit => return Outcome::Quit,
        }
        Outcome::Stay
    }

    pub(super) fn open_editor(&mut self, purpose: Purpose) {
        // A draft put off for later would be overwritten by this editor's
        // own drafts: offer it again first.
        let slot = purpose.slot();
        if let Some(at) = self.postponed.iter().position(|d| d.slot == slot) {
            let draft = self.postponed.remove(at);
            self.popup = Some(Popup::Draft(draft));
            return;
        }
        if let Some(editor) = forms::editor_for(self, purpose) {
            self.message = None;
            self.popup = Some(Popup::Editor(Box::new(editor)));
        }
    }

    /// Reports a write: read back what changed, then say it was saved.
    pub(super) fn wrote(
        &mut self,
        store: &Store,
        result: crate::store::Result<()>,
        what: Reload,
        saved: &str,
    ) {
        if let Err(e) = result {
            self.failed(&e);
        } else if let Err(e) = self.reload(store, what) {
            self.saved_unseen(&e);
        } else {
            self.saved(saved);
        }
    }

    pub(super) fn note(&mut self, text: &str) {
        self.message = Some(Message {
            text: text.to_string(),
            error: false,
        });
    }

    fn page(&self) -> isize {
        let height = match self.focus {
            Pane::Attendance => self.heights.0,
            Pane::Agenda => self.heights.1,
        };
        height.saturating_sub(1).max(1) as isize
    }

    /// Moves the selection of the focused pane by `step` rows, stopping at
    /// either end; in the attendance pane, headings are skipped.
    fn move_by(&mut self, step: isize) {
        match self.focus {
            Pane::Attendance => {
                let people: Vec<usize> = (0..self.att_rows.len())
                    .filter(|i| self.att_rows[*i].is_person())
                    .collect();
                let Some(last) = people.len().checked_sub(1) else {
                    return;
                };
                let at = self
                    .att_selected
                    .and_then(|s| people.iter().position(|p| *p == s))
                    .unwrap_or(0);
                self.att_selected = Some(people[at.saturating_add_signed(step).min(last)]);
            }
            Pane::Agenda => {
                let Some(last) = self.tree.len().checked_sub(1) else {
                    return;
                };
                let at = self.tree_selected.unwrap_or(0);
                self.tree_selected = Some(at.saturating_add_signed(step).min(last));
            }
        }
        self.follow();
    }

    /// Scrolls the panes so that their selections are in view.
    pub(super) fn follow(&mut self) {
        self.att_offset = scroll_offset(
            self.att_offset,
            self.att_selected,
            self.heights.0,
            self.att_rows.len(),
        );
        self.tree_offset = scroll_offset(
            self.tree_offset,
            self.tree_selected,
            self.heights.1,
            self.tree.len(),
        );
    }

    fn set_status(&mut self, store: &mut Store, status: AttendanceStatus) {
        let Some((row_id, who)) = self.selected_attendance().map(|r| (r.id, row_name(r))) else {
            return;
        };
        if status == AttendanceStatus::Substitute {
            self.open_editor(Purpose::Substitute { row_id });
            return;
        }
        let result = store.set_attendance(row_id, status, None);
        let saved = format!("{who}: {}", status_word(self, status));
        self.wrote(store, result, Reload::Attendance, &saved);
        // A roll call goes down the list, one key per person.
        if self.message.as_ref().is_some_and(|m| !m.error) {
            self.move_by(1);
        }
    }

    /// Enter in the agenda: an item becomes the one being discussed; an entry is shown.
    fn activate(&mut self, store: &mut Store, now: DateTime<Local>) {
        match self.tree_selected.and_then(|i| self.tree.get(i)).copied() {
            Some(TreeRow::Item(index)) => {
                let Some(item) = self.agenda.get(index) else {
                    return;
                };
                let saved = format!(
                    "{} {}. {}",
                    self.s.current_item_now,
                    index + 1,
                    inert(&item.title)
                );
                let result = store.set_current_item(self.meeting.id, item.id, now);
                self.wrote(store, result, Reload::Meeting, &saved);
            }
            Some(TreeRow::Entry(index)) => {
                if let Some(entry_id) = self.entries.get(index).map(|e| e.id) {
                    self.view_entry(entry_id);
                }
            }
            // Recorded in an earlier meeting, whose protocol keeps its text.
            Some(TreeRow::FollowUp(_)) => self.note(self.s.followup_is_earlier),
            None => {}
        }
    }
}

/// The person in an attendance row, or the role for a vacant seat.
pub(super) fn row_name(row: &crate::store::meetings::AttendanceRow) -> String {
    inert(
        row.person_name
            .as_deref()
            .or(row.role_name.as_deref())
            .unwrap_or(""),
    )
}

fn status_word(m: &MeetingScreen, status: AttendanceStatus) -> &'static str {
    match status {
        AttendanceStatus::Unmarked => m.s.not_marked,
        status => status.label(m.lang),
    }
}

impl AttRow {
    /// The attendance row this line shows, if it is a person's.
    pub fn person(&self) -> Option<usize> {
        match self {
            AttRow::Person(i) => Some(*i),
            AttRow::Heading(_) => None,
        }
    }
}
