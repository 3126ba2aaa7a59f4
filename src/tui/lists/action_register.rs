//! The action register (`A` from home): every action of every forum, open
//! ones first and overdue ones marked; `o` shows only the open ones, `c`
//! marks one done or open again, Enter opens the meeting that decided it.

use chrono::{DateTime, Local, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Span;

use crate::store::Store;
use crate::store::followup::{ActionFilter, ActionRow};
use crate::text::inert;

use super::listing::{self, Common, Cursor, Outcome, Page, cell, cells, first_line, heading};
use crate::tui::app::App;
use crate::tui::meeting::Message;
use crate::tui::strings::Strings;

pub struct ActionRegister {
    /// Open actions first, each group in the store's order (by due date).
    rows: Vec<ActionRow>,
    open_only: bool,
    today: NaiveDate,
    cursor: Cursor,
    message: Option<Message>,
    /// Whether an action was marked here, so home must count again.
    changed: bool,
}

impl ActionRegister {
    pub fn load(store: &Store, today: NaiveDate) -> crate::store::Result<ActionRegister> {
        let mut register = ActionRegister {
            rows: Vec::new(),
            open_only: false,
            today,
            cursor: Cursor::default(),
            message: None,
            changed: false,
        };
        register.reload(store)?;
        register.cursor = Cursor::new(register.rows.len());
        Ok(register)
    }

    /// Reads the actions again, keeping the selection on the same action.
    pub fn reload(&mut self, store: &Store) -> crate::store::Result<()> {
        let selected = self.selected().map(|a| a.entry_id);
        let filter = ActionFilter {
            open_only: self.open_only,
            ..ActionFilter::default()
        };
        let mut rows = store.actions(&filter, &self.today.to_string())?;
        // Stable: within each group the store's order by due date stays.
        rows.sort_by_key(|a| a.done);
        self.rows = rows;
        let at = selected.and_then(|id| self.rows.iter().position(|a| a.entry_id == id));
        let keep = at.or(self.cursor.selected());
        self.cursor.select(keep, self.rows.len());
        Ok(())
    }

    pub fn rows(&self) -> &[ActionRow] {
        &self.rows
    }

    pub fn selected(&self) -> Option<&ActionRow> {
        self.rows.get(self.cursor.selected()?)
    }

    pub fn open_only(&self) -> bool {
        self.open_only
    }

    pub fn changed(&self) -> bool {
        self.changed
    }

    pub fn set_area(&mut self, area: Rect) {
        let height = listing::visible_rows(area, false, true, 1);
        self.cursor.set_height(height, self.rows.len());
    }

    /// Handles a key; `c` records `running`, the meeting in progress, as
    /// where the action was done.
    pub fn key(
        &mut self,
        store: &mut Store,
        key: KeyEvent,
        now: DateTime<Local>,
        running: Option<i64>,
        s: &Strings,
    ) -> Outcome {
        self.message = None;
        if let Some(common) = listing::common_key(key, false) {
            return match common {
                Common::Move(step) => {
                    self.cursor.apply(step, self.rows.len());
                    Outcome::Stay
                }
                Common::Open => self
                    .selected()
                    .map_or(Outcome::Stay, |a| Outcome::Open(a.meeting_id)),
                Common::Help => Outcome::Help,
                Common::Back => Outcome::Back,
                Common::Quit => Outcome::Quit,
            };
        }
        match key.code {
            KeyCode::Char('o') => {
                self.open_only = !self.open_only;
                if let Err(e) = self.reload(store) {
                    self.failed(s.not_loaded, &e);
                }
            }
            KeyCode::Char('c') => self.toggle(store, now, running, s),
            _ => {}
        }
        Outcome::Stay
    }

    fn toggle(&mut self, store: &mut Store, now: DateTime<Local>, running: Option<i64>, s: &Strings) {
        let Some((id, done, text)) = self.selected().map(|a| (a.entry_id, a.done, first_line(&a.text)))
        else {
            return;
        };
        if let Err(e) = store.complete_action(id, !done, running, now) {
            self.failed(s.not_saved, &e);
            return;
        }
        self.changed = true;
        if let Err(e) = self.reload(store) {
            self.failed(s.saved_unseen, &e);
            return;
        }
        let what = if done { s.action_reopened } else { s.action_done };
        self.message = Some(Message {
            text: format!("{} {what}: {text}", s.saved),
            error: false,
        });
    }

    fn failed(&mut self, what: &str, error: &crate::store::StoreError) {
        self.message = Some(Message {
            text: format!("{what} {}", inert(&error.to_string())),
            error: true,
        });
    }

    pub fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        let s = app.strings();
        let t = app.theme();
        let which = if self.open_only {
            s.open_actions
        } else {
            s.all_actions
        };
        let widths = |total: usize| {
            let forum = (total / 5).clamp(10, 26);
            let owner = (total / 6).clamp(8, 20);
            [1, 10, forum, owner]
        };
        let heading_row = |total: usize| {
            cells(
                vec![
                    cell(" "),
                    heading(s.col_due, t),
                    heading(s.col_forum, t),
                    heading(s.col_owner, t),
                    heading(s.col_action, t),
                ],
                &widths(total),
                total,
            )
        };
        let empty = if self.open_only {
            s.no_open_actions
        } else {
            s.no_actions
        };
        let page = Page {
            s,
            theme: t,
            title: s.actions_title,
            input: None,
            list_title: format!("{} · {which} ({})", s.actions, self.rows.len()),
            headings: Some(&heading_row),
            len: self.rows.len(),
            row_height: 1,
            cursor: &self.cursor,
            empty: empty.to_string(),
            keys: s.bar_actions,
            message: self.message.as_ref(),
        };
        let row = |index: usize, total: usize| {
            let Some(a) = self.rows.get(index) else {
                return vec![];
            };
            let (mark, style) = if a.done {
                ("✓", t.muted)
            } else if a.overdue {
                ("⚠", t.warning)
            } else {
                (" ", Style::new())
            };
            let due = a.due.as_deref().map_or_else(|| "–".to_string(), inert);
            let line = cells(
                vec![
                    Span::styled(mark, style),
                    Span::styled(due, style),
                    Span::styled(inert(&a.forum), style),
                    Span::styled(a.owner.as_deref().map(inert).unwrap_or_default(), style),
                    Span::styled(first_line(&a.text), style),
                ],
                &widths(total),
                total,
            );
            vec![line]
        };
        listing::render(&page, &row, area, buf);
    }
}
