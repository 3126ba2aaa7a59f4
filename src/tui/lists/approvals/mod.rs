//! The secretary's justering inbox (`P` from home): every protocol with
//! justering work, the one waiting longest first, with its approvals so far
//! and who is missing, the comments beside their items, a returned version
//! with its comments, and meetings changed after approval. From here a
//! version is sent, and an approval recorded or signed (`act`, asking
//! through `ask`); `view` draws it.

mod act;
mod ask;
mod view;

use chrono::{DateTime, Local};
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;

use crate::protocol::worklist::{Work, worklist};
use crate::store::Store;

use super::listing::{self, Common, Cursor, Outcome};
use crate::tui::meeting::Message;
use crate::tui::strings::Strings;
use ask::Ask;

/// A protocol with work, and how long its version has waited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub work: Work,
    /// Whole days since it was sent, as `fora protocol status` counts them.
    pub days_waiting: i64,
    /// Its justering is past the forum's deadline.
    pub overdue: bool,
}

pub struct ApprovalScreen {
    rows: Vec<Waiting>,
    cursor: Cursor,
    /// What is being asked for, over the list.
    ask: Option<Ask>,
    /// What the last key did.
    message: Option<Message>,
}

fn load_rows(store: &Store, now: DateTime<Local>) -> crate::store::Result<Vec<Waiting>> {
    let overdue = store.overdue_justering(now.date_naive())?;
    Ok(worklist(store, None)?
        .into_iter()
        .map(|work| {
            let days_waiting = work
                .latest
                .version
                .sent_at
                .as_deref()
                .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
                .map_or(0, |sent| (now.fixed_offset() - sent).num_days());
            let overdue = overdue
                .iter()
                .any(|o| o.meeting_id == work.latest.version.meeting_id);
            Waiting {
                work,
                days_waiting,
                overdue,
            }
        })
        .collect())
}

/// The lines under the list for what the selected row holds, in a frame of `height`.
fn detail_height(height: u16) -> u16 {
    height.saturating_sub(2) / 2
}

impl ApprovalScreen {
    pub fn load(store: &Store, now: DateTime<Local>) -> crate::store::Result<ApprovalScreen> {
        let rows = load_rows(store, now)?;
        let cursor = Cursor::new(rows.len());
        Ok(ApprovalScreen {
            rows,
            cursor,
            ask: None,
            message: None,
        })
    }

    pub fn reload(&mut self, store: &Store, now: DateTime<Local>) -> crate::store::Result<()> {
        let selected = self.selected().map(|w| w.work.latest.version.meeting_id);
        self.rows = load_rows(store, now)?;
        let at = selected.and_then(|id| {
            self.rows
                .iter()
                .position(|w| w.work.latest.version.meeting_id == id)
        });
        let keep = at.or(self.cursor.selected());
        self.cursor.select(keep, self.rows.len());
        Ok(())
    }

    pub fn rows(&self) -> &[Waiting] {
        &self.rows
    }

    pub fn selected(&self) -> Option<&Waiting> {
        self.rows.get(self.cursor.selected()?)
    }

    pub fn set_area(&mut self, area: Rect) {
        let list = Rect {
            height: area.height - detail_height(area.height),
            ..area
        };
        let height = listing::visible_rows(list, false, true, 1);
        self.cursor.set_height(height, self.rows.len());
    }

    /// Handles a key: the question asked takes it first.
    pub fn key(&mut self, store: &mut Store, key: KeyEvent, now: DateTime<Local>, s: &Strings) -> Outcome {
        self.message = None;
        if let Some(ask) = self.ask.take() {
            self.answer(store, ask, key, now, s);
            return Outcome::Stay;
        }
        if let Some(common) = listing::common_key(key, false) {
            return match common {
                Common::Move(step) => {
                    self.cursor.apply(step, self.rows.len());
                    Outcome::Stay
                }
                Common::Open => self
                    .selected()
                    .map_or(Outcome::Stay, |w| Outcome::Open(w.work.latest.version.meeting_id)),
                Common::Help => Outcome::Help,
                Common::Back => Outcome::Back,
                Common::Quit => Outcome::Quit,
            };
        }
        match key.code {
            KeyCode::Char('s') => self.send(store, now, s),
            KeyCode::Char('r') => self.start(ask::Purpose::Record, s),
            KeyCode::Char('n') => self.start(ask::Purpose::Sign, s),
            _ => {}
        }
        Outcome::Stay
    }

    fn said(&mut self, text: String, error: bool) {
        self.message = Some(Message { text, error });
    }
}
