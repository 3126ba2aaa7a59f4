//! The key map of the meeting screen outside its popups: which key press
//! means which [`Action`]. Entry keys work from either pane.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::domain::meeting::{AttendanceStatus, EntryKind};

use super::Pane;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Tab: the other pane.
    SwitchPane,
    Up,
    Down,
    First,
    Last,
    PageUp,
    PageDown,
    /// Attendance: set the selected row's status (a substitute asks who).
    Status(AttendanceStatus),
    AddGuest,
    /// Attendance: record when the selected person joined (`true`) or left.
    Presence(bool),
    /// u or Ctrl-Z: undo the last change to the meeting.
    Undo,
    /// Agenda: move the selected entry to another item.
    MoveEntry,
    /// Agenda: edit the selected entry (Enter only shows it).
    EditEntry,
    /// Read-only: record the meeting here instead, after a confirmation.
    TakeOver,
    /// A new entry of this kind on the target item.
    NewEntry(EntryKind),
    /// Agenda: an item becomes the current item; an entry is shown.
    Activate,
    NewItem,
    RenameItem,
    /// Agenda: move the selected item up (-1) or down (1).
    MoveItem(i64),
    ToggleItemDone,
    /// Agenda: remove the item or delete the entry, after a confirmation.
    Delete,
    ToggleActionDone,
    /// Agenda: Staden's verdict on the report the item takes up.
    Verdict,
    /// Channel, place and minute keeper.
    Details,
    /// Export the protocol to a file.
    Export,
    Help,
    /// q or Esc: asks whether to end the meeting.
    Back,
    /// Ctrl-C: leave fora at once; the meeting keeps running.
    Quit,
}

impl Action {
    /// Whether the action writes to the meeting, so that a meeting open
    /// read-only (recorded in another fora) refuses it.
    pub fn changes_the_meeting(self) -> bool {
        !matches!(
            self,
            Action::SwitchPane
                | Action::Up
                | Action::Down
                | Action::First
                | Action::Last
                | Action::PageUp
                | Action::PageDown
                | Action::Export
                | Action::Help
                | Action::Back
                | Action::Quit
                | Action::TakeOver
        )
    }
}

/// The kind of entry each entry key makes (d a i e r m).
pub const ENTRY_KEYS: [(char, EntryKind); 6] = [
    ('d', EntryKind::Decision),
    ('a', EntryKind::Action),
    ('i', EntryKind::Information),
    ('e', EntryKind::Escalation),
    ('r', EntryKind::Risk),
    ('m', EntryKind::Disagreement),
];

pub fn action_for(key: KeyEvent, focus: Pane) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return match key.code {
            KeyCode::Char('c') => Some(Action::Quit),
            KeyCode::Char('z') => Some(Action::Undo),
            _ => None,
        };
    }
    if key.modifiers.contains(KeyModifiers::ALT) {
        return None;
    }
    let common = match key.code {
        KeyCode::Tab | KeyCode::BackTab => Some(Action::SwitchPane),
        KeyCode::Up | KeyCode::Char('k') => Some(Action::Up),
        KeyCode::Down | KeyCode::Char('j') => Some(Action::Down),
        KeyCode::Home => Some(Action::First),
        KeyCode::End => Some(Action::Last),
        KeyCode::PageUp => Some(Action::PageUp),
        KeyCode::PageDown => Some(Action::PageDown),
        KeyCode::Char('s') => Some(Action::Details),
        KeyCode::Char('p') => Some(Action::Export),
        KeyCode::Char('?') => Some(Action::Help),
        KeyCode::Char('u') => Some(Action::Undo),
        KeyCode::Char('T') => Some(Action::TakeOver),
        KeyCode::Char('q') | KeyCode::Esc => Some(Action::Back),
        KeyCode::Char(c) => ENTRY_KEYS
            .iter()
            .find(|(k, _)| *k == c)
            .map(|(_, kind)| Action::NewEntry(*kind)),
        _ => None,
    };
    if common.is_some() {
        return common;
    }
    match focus {
        Pane::Attendance => match key.code {
            KeyCode::Char('1') => Some(Action::Status(AttendanceStatus::Present)),
            KeyCode::Char('2') => Some(Action::Status(AttendanceStatus::Remote)),
            KeyCode::Char('3') => Some(Action::Status(AttendanceStatus::Substitute)),
            KeyCode::Char('4') => Some(Action::Status(AttendanceStatus::Excused)),
            KeyCode::Char('5') => Some(Action::Status(AttendanceStatus::Absent)),
            KeyCode::Char('0') => Some(Action::Status(AttendanceStatus::Unmarked)),
            KeyCode::Char('g') => Some(Action::AddGuest),
            KeyCode::Char('>') => Some(Action::Presence(true)),
            KeyCode::Char('<') => Some(Action::Presence(false)),
            _ => None,
        },
        Pane::Agenda => match key.code {
            KeyCode::Enter => Some(Action::Activate),
            KeyCode::Char('n') => Some(Action::NewItem),
            KeyCode::Char('R') => Some(Action::RenameItem),
            KeyCode::Char('K') => Some(Action::MoveItem(-1)),
            KeyCode::Char('J') => Some(Action::MoveItem(1)),
            KeyCode::Char('x') => Some(Action::ToggleItemDone),
            KeyCode::Char('c') => Some(Action::ToggleActionDone),
            KeyCode::Char('M') => Some(Action::MoveEntry),
            KeyCode::Char('E') => Some(Action::EditEntry),
            KeyCode::Char('v') => Some(Action::Verdict),
            KeyCode::Delete | KeyCode::Backspace => Some(Action::Delete),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(c: char, focus: Pane) -> Option<Action> {
        action_for(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE), focus)
    }

    #[test]
    fn entry_keys_work_from_both_panes() {
        for focus in [Pane::Attendance, Pane::Agenda] {
            for (key, kind) in ENTRY_KEYS {
                assert_eq!(press(key, focus), Some(Action::NewEntry(kind)));
            }
        }
    }

    #[test]
    fn pane_keys_belong_to_their_pane() {
        assert_eq!(
            press('1', Pane::Attendance),
            Some(Action::Status(AttendanceStatus::Present))
        );
        assert_eq!(press('1', Pane::Agenda), None);
        assert_eq!(press('K', Pane::Agenda), Some(Action::MoveItem(-1)));
        assert_eq!(press('K', Pane::Attendance), None);
        let shifted = KeyEvent::new(KeyCode::Char('J'), KeyModifiers::SHIFT);
        assert_eq!(action_for(shifted, Pane::Agenda), Some(Action::MoveItem(1)));
    }
}
