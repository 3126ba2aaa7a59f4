//! The key map of the home screen: which key press means which [`Action`].
//! Typing into the filter and the meeting picker is handled in `events.rs`.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::app::{Action, ScreenKind};

/// The action a key press asks for, or `None` for keys the screen ignores.
pub fn action_for(key: KeyEvent) -> Option<Action> {
    // Terminals with the kitty protocol (and Windows) also report releases and
    // repeats; acting on those too would move two steps per press.
    if key.kind == KeyEventKind::Release {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        // Raw mode turns Ctrl-C into a key press instead of a signal.
        return match key.code {
            KeyCode::Char('c') => Some(Action::Quit),
            _ => None,
        };
    }
    if key.modifiers.contains(KeyModifiers::ALT) {
        return None;
    }
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => Some(Action::SelectPrevious),
        KeyCode::Down | KeyCode::Char('j') => Some(Action::SelectNext),
        KeyCode::Home | KeyCode::Char('g') => Some(Action::SelectFirst),
        KeyCode::End | KeyCode::Char('G') => Some(Action::SelectLast),
        KeyCode::PageUp => Some(Action::ScrollDetailUp),
        KeyCode::PageDown => Some(Action::ScrollDetailDown),
        KeyCode::Char('/') => Some(Action::Filter),
        KeyCode::Enter => Some(Action::Open),
        KeyCode::Char('A') => Some(Action::Show(ScreenKind::Actions)),
        KeyCode::Char('D') => Some(Action::Show(ScreenKind::Decisions)),
        KeyCode::Char('S') => Some(Action::Show(ScreenKind::Search)),
        KeyCode::Char('E') => Some(Action::Show(ScreenKind::FollowUps)),
        KeyCode::Char('P') => Some(Action::Show(ScreenKind::Approvals)),
        KeyCode::Char('R') => Some(Action::Show(ScreenKind::Reports)),
        KeyCode::Char('N') => Some(Action::Show(ScreenKind::People)),
        KeyCode::Char('W') => Some(Action::Show(ScreenKind::Seating)),
        KeyCode::Char('?') => Some(Action::Help),
        KeyCode::Char('q') | KeyCode::Esc => Some(Action::Quit),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> Option<Action> {
        action_for(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn vim_keys_and_arrows_agree() {
        assert_eq!(
            press(KeyCode::Char('j'), KeyModifiers::NONE),
            press(KeyCode::Down, KeyModifiers::NONE)
        );
        assert_eq!(
            press(KeyCode::Char('k'), KeyModifiers::NONE),
            press(KeyCode::Up, KeyModifiers::NONE)
        );
        assert_eq!(
            press(KeyCode::Char('G'), KeyModifiers::SHIFT),
            Some(Action::SelectLast)
        );
    }

    #[test]
    fn ctrl_c_quits_but_other_chords_do_nothing() {
        assert_eq!(
            press(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::Quit)
        );
        assert_eq!(press(KeyCode::Char('j'), KeyModifiers::CONTROL), None);
        assert_eq!(press(KeyCode::Char('q'), KeyModifiers::ALT), None);
    }

    #[test]
    fn releases_are_ignored() {
        let mut key = KeyEvent::new(KeyCode::Down, KeyModifiers::NONE);
        key.kind = KeyEventKind::Release;
        assert_eq!(action_for(key), None);
    }
}
