//! How the review screen answers keys and pastes: moving through the items,
//! commenting, the verdict, the name, writing the response and quitting.
//! Time is a parameter, so tests drive the screen without a terminal or a clock.

use chrono::{DateTime, Local};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;

use crate::protocol::review::Verdict;

use super::files;
use super::input::{Input, Outcome};
use super::state::{Mode, ReviewApp};
use super::{detail, render};

impl ReviewApp {
    /// Handles one key press at `now`.
    pub fn handle_key(&mut self, key: KeyEvent, now: DateTime<Local>) {
        if key.kind == KeyEventKind::Release {
            return;
        }
        // Raw mode turns Ctrl-C into a key; it leaves at once from anywhere,
        // with the work kept in the draft.
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            return self.quit_now(now);
        }
        match self.mode {
            Mode::Browse => self.browse_key(key, now),
            Mode::Help => self.mode = Mode::Browse,
            Mode::Comment(_) => self.comment_key(key, now),
            Mode::Name { .. } => self.name_key(key, now),
            Mode::ConfirmQuit => self.confirm_quit_key(key, now),
            Mode::Draft(_) => self.draft_key(key, now),
        }
    }

    /// Text pasted into the terminal goes into the open text box.
    pub fn handle_paste(&mut self, text: &str, now: DateTime<Local>) {
        let outcome = match &mut self.mode {
            Mode::Comment(input) => input.paste(text),
            Mode::Name { input, .. } => input.paste(text),
            _ => Outcome::Nothing,
        };
        if outcome == Outcome::Edited {
            self.changed(now);
        }
    }

    /// Tells the screen the size of the frame it was drawn in, for paging.
    pub fn set_area(&mut self, area: Rect) {
        if let Some(pane) = render::detail_area(area) {
            self.detail_size = (pane.width, pane.height);
        }
    }

    fn browse_key(&mut self, key: KeyEvent, now: DateTime<Local>) {
        if key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return;
        }
        let last = self.entries().saturating_sub(1);
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => self.select(self.selected.saturating_sub(1)),
            KeyCode::Down | KeyCode::Char('j') => self.select((self.selected + 1).min(last)),
            KeyCode::Home | KeyCode::Char('g') => self.select(0),
            KeyCode::End | KeyCode::Char('G') => self.select(last),
            KeyCode::PageDown => self.scroll(1),
            KeyCode::PageUp => self.scroll(-1),
            KeyCode::Enter | KeyCode::Char('c') => {
                let text = self.comments.get(self.selected).cloned().unwrap_or_default();
                self.mode = Mode::Comment(Box::new(Input::comment(&text)));
            }
            KeyCode::Char('a') => self.set_verdict(Verdict::Approve, now),
            KeyCode::Char('x') => self.set_verdict(Verdict::RequestChanges, now),
            KeyCode::Char('o') => self.set_verdict(Verdict::Comments, now),
            KeyCode::Char('n') => {
                self.mode = Mode::Name {
                    input: Box::new(Input::line(&self.reviewer)),
                    then_write: false,
                };
            }
            KeyCode::Char('w') => self.write(now),
            KeyCode::Char('?') => self.mode = Mode::Help,
            KeyCode::Char('q') | KeyCode::Esc => {
                if self.has_unwritten() {
                    // The popup says where the work is kept: keep it first.
                    self.keep_draft(now);
                    self.mode = Mode::ConfirmQuit;
                } else {
                    self.quit_now(now);
                }
            }
            _ => {}
        }
    }

    fn select(&mut self, index: usize) {
        if index != self.selected {
            self.selected = index;
            self.detail_scroll = 0;
        }
    }

    /// Pages the protocol pane down (`pages` > 0) or up, within its text.
    fn scroll(&mut self, pages: isize) {
        let (width, height) = (usize::from(self.detail_size.0), usize::from(self.detail_size.1));
        let total = detail::lines(self, width).len();
        let page = height.saturating_sub(1).max(1);
        let max = total.saturating_sub(height);
        self.detail_scroll = self
            .detail_scroll
            .saturating_add_signed(pages * page as isize)
            .min(max);
    }

    fn set_verdict(&mut self, verdict: Verdict, now: DateTime<Local>) {
        self.verdict = Some(verdict);
        self.message = None;
        if verdict == Verdict::RequestChanges && self.comment_count() == 0 {
            self.inform(self.s.changes_hint.into());
        }
        self.keep_draft(now);
    }

    fn comment_key(&mut self, key: KeyEvent, now: DateTime<Local>) {
        let Mode::Comment(input) = &mut self.mode else {
            return;
        };
        match input.key(key) {
            Outcome::Nothing => {}
            Outcome::Edited => self.changed(now),
            Outcome::Save => {
                let text = input.value().trim_end().to_string();
                let had = self.comment(self.selected).is_some();
                let removed = text.trim().is_empty();
                if let Some(slot) = self.comments.get_mut(self.selected) {
                    *slot = if removed { String::new() } else { text };
                }
                self.mode = Mode::Browse;
                match (removed, had) {
                    (false, _) => self.inform(self.s.comment_noted.into()),
                    (true, true) => self.inform(self.s.comment_removed.into()),
                    (true, false) => self.message = None,
                }
                self.keep_draft(now);
            }
            Outcome::Cancel => {
                self.mode = Mode::Browse;
                self.changed(now);
            }
        }
    }

    fn name_key(&mut self, key: KeyEvent, now: DateTime<Local>) {
        let Mode::Name { input, then_write } = &mut self.mode else {
            return;
        };
        let then_write = *then_write;
        match input.key(key) {
            Outcome::Nothing | Outcome::Edited => {}
            Outcome::Save => {
                let name = input.value().trim().to_string();
                if name.is_empty() {
                    input.error = Some(self.s.err_no_name);
                    return;
                }
                self.reviewer = name;
                self.mode = Mode::Browse;
                self.keep_draft(now);
                if then_write {
                    self.write(now);
                }
            }
            Outcome::Cancel => self.mode = Mode::Browse,
        }
    }

    fn confirm_quit_key(&mut self, key: KeyEvent, now: DateTime<Local>) {
        match key.code {
            KeyCode::Char('w') => {
                self.mode = Mode::Browse;
                self.write(now);
            }
            KeyCode::Char('q' | 'y' | 'Y') | KeyCode::Enter => {
                self.keep_draft(now);
                self.quit = true;
            }
            KeyCode::Esc | KeyCode::Char('n' | 'N' | 's') => self.mode = Mode::Browse,
            _ => {}
        }
    }

    fn draft_key(&mut self, key: KeyEvent, now: DateTime<Local>) {
        let Mode::Draft(draft) = &self.mode else {
            return;
        };
        match key.code {
            KeyCode::Char('r' | 'R') => {
                let draft = draft.clone();
                self.restore(&draft);
            }
            KeyCode::Char('d' | 'D') => {
                self.mode = Mode::Browse;
                match self.place.as_ref().map(files::remove_draft) {
                    Some(Err(e)) => {
                        self.warn(format!("{} {}", self.s.draft_failed, crate::files::io_reason(&e)))
                    }
                    _ => {
                        self.draft_file = None;
                        self.inform(self.s.draft_discarded.into());
                    }
                }
                self.keep_draft(now);
            }
            _ => {}
        }
    }

    /// Leaves with the work kept in the draft file; if it cannot be kept,
    /// asks first instead.
    fn quit_now(&mut self, now: DateTime<Local>) {
        if matches!(self.mode, Mode::Draft(_)) || self.keep_draft(now) {
            self.quit = true;
        } else {
            self.mode = Mode::ConfirmQuit;
        }
    }
}
