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

use crate::store::followup::{ActionFilter, ActionRow};
use crate::store::listing::Seek;
use crate::store::{Result, Store};
use crate::text::inert;

use super::listing::{self, Common, Cursor, Outcome, Page, cell, cells, first_line, heading};
use super::window::{Edge, Source, Window};
use crate::tui::app::App;
use crate::tui::meeting::Message;
use crate::tui::strings::Strings;

/// The register's rows: the open actions, then (unless only the open ones
/// are shown) the done ones, each part by due date as the store orders it.
pub struct Actions {
    open_only: bool,
    today: String,
}

impl Actions {
    fn part(&self, done: bool) -> ActionFilter<'static> {
        ActionFilter {
            open_only: !done,
            done_only: done,
            ..ActionFilter::default()
        }
    }

    fn read(&self, store: &Store, done: bool, seek: Seek, n: usize) -> Result<Vec<ActionRow>> {
        if n == 0 || (done && self.open_only) {
            return Ok(Vec::new());
        }
        store.action_window(&self.part(done), &self.today, &seek, n)
    }
}

impl Source for Actions {
    type Row = ActionRow;

    fn count(&self, store: &Store) -> Result<Option<usize>> {
        let mut total = store.count_actions(&self.part(false), &self.today)?;
        if !self.open_only {
            total += store.count_actions(&self.part(true), &self.today)?;
        }
        Ok(Some(usize::try_from(total).unwrap_or(usize::MAX)))
    }

    fn fetch(&mut self, store: &Store, edge: Edge<ActionRow>, n: usize) -> Result<Vec<ActionRow>> {
        // Reading on from the open part into the done part, or back.
        let onwards = |mut rows: Vec<ActionRow>| -> Result<Vec<ActionRow>> {
            let rest = self.read(store, true, Seek::First, n - rows.len())?;
            rows.extend(rest);
            Ok(rows)
        };
        let back = |rows: Vec<ActionRow>| -> Result<Vec<ActionRow>> {
            let mut before = self.read(store, false, Seek::Last, n - rows.len())?;
            before.extend(rows);
            Ok(before)
        };
        match edge {
            Edge::First => onwards(self.read(store, false, Seek::First, n)?),
            Edge::After(row, _) if row.done => self.read(store, true, Seek::After(row.key()), n),
            Edge::After(row, _) => onwards(self.read(store, false, Seek::After(row.key()), n)?),
            Edge::From(row) if row.done => self.read(store, true, Seek::From(row.key()), n),
            Edge::From(row) => onwards(self.read(store, false, Seek::From(row.key()), n)?),
            Edge::Before(row, _) if row.done => back(self.read(store, true, Seek::Before(row.key()), n)?),
            Edge::Before(row, _) => self.read(store, false, Seek::Before(row.key()), n),
            Edge::Last if self.open_only => self.read(store, false, Seek::Last, n),
            Edge::Last => back(self.read(store, true, Seek::Last, n)?),
        }
    }
}

pub struct ActionRegister {
    rows: Window<Actions>,
    today: NaiveDate,
    cursor: Cursor,
    message: Option<Message>,
    /// Whether an action was marked here, so home must count again.
    changed: bool,
}

impl ActionRegister {
    pub fn load(store: &Store, today: NaiveDate) -> Result<ActionRegister> {
        ActionRegister::open(store, today, false)
    }

    fn open(store: &Store, today: NaiveDate, open_only: bool) -> Result<ActionRegister> {
        let source = Actions {
            open_only,
            today: today.to_string(),
        };
        let rows = Window::open(store, source)?;
        Ok(ActionRegister {
            cursor: Cursor::new(rows.len()),
            rows,
            today,
            message: None,
            changed: false,
        })
    }

    /// Reads the actions again, keeping the selection on the same action
    /// when it is still among the rows held.
    pub fn reload(&mut self, store: &Store) -> Result<()> {
        let selected = self.selected().map(|a| a.entry_id);
        self.rows.reload(store)?;
        let (start, held) = self.rows.held();
        let at = selected.and_then(|id| held.iter().position(|a| a.entry_id == id));
        let keep = at.map(|i| start + i).or(self.cursor.selected());
        self.cursor.select(keep, self.rows.len());
        self.rows.show(store, self.cursor.around(self.rows.len()))
    }

    /// The rows held now, and the index of the first: a window of the register.
    pub fn held(&self) -> (usize, &[ActionRow]) {
        self.rows.held()
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn selected(&self) -> Option<&ActionRow> {
        self.rows.get(self.cursor.selected()?)
    }

    pub fn open_only(&self) -> bool {
        self.rows.source().open_only
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
                    if let Err(e) = self.rows.show(store, self.cursor.around(self.rows.len())) {
                        self.failed(s.not_loaded, &e);
                    }
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
                let open_only = !self.open_only();
                let selected = self.selected().map(|a| a.entry_id);
                match ActionRegister::open(store, self.today, open_only) {
                    Ok(register) => {
                        let changed = self.changed;
                        *self = register;
                        self.changed = changed;
                        // The same action stays selected if it is among the first rows.
                        let at = selected.and_then(|id| self.held().1.iter().position(|a| a.entry_id == id));
                        self.cursor.select(at, self.rows.len());
                    }
                    Err(e) => self.failed(s.not_loaded, &e),
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
        let which = if self.open_only() {
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
        let empty = if self.open_only() {
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
