//! The decision register (`D` from home): every decision, newest first, by
//! its reference ("Leveransforum 2026 § 14"), date and first line; Enter
//! opens the meeting that made it.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use crate::store::followup::DecisionRow;
use crate::store::listing::Seek;
use crate::store::{Result, Store};
use crate::text::inert;

use super::listing::{self, Common, Cursor, Outcome, Page, cell, cells, first_line, heading};
use super::window::{Edge, Source, Window};
use crate::tui::app::App;

/// Every decision, newest first.
pub struct Decisions;

impl Source for Decisions {
    type Row = DecisionRow;

    fn count(&self, store: &Store) -> Result<Option<usize>> {
        let total = store.count_decisions(None, None)?;
        Ok(Some(usize::try_from(total).unwrap_or(usize::MAX)))
    }

    fn fetch(&mut self, store: &Store, edge: Edge<DecisionRow>, n: usize) -> Result<Vec<DecisionRow>> {
        let seek = match edge {
            Edge::First => Seek::First,
            Edge::After(row, _) => Seek::After(row.key()),
            Edge::From(row) => Seek::From(row.key()),
            Edge::Before(row, _) => Seek::Before(row.key()),
            Edge::Last => Seek::Last,
        };
        store.decision_window(None, None, &seek, n)
    }
}

pub struct DecisionRegister {
    rows: Window<Decisions>,
    cursor: Cursor,
}

impl DecisionRegister {
    pub fn load(store: &Store) -> Result<DecisionRegister> {
        let rows = Window::open(store, Decisions)?;
        let cursor = Cursor::new(rows.len());
        Ok(DecisionRegister { rows, cursor })
    }

    /// Reads the register again, keeping the selection on the same decision
    /// when it is still among the rows held.
    pub fn reload(&mut self, store: &Store) -> Result<()> {
        let selected = self.selected().map(DecisionRow::key);
        self.rows.reload(store)?;
        let (start, held) = self.rows.held();
        let at = selected.and_then(|key| held.iter().position(|d| d.key() == key));
        let keep = at.map(|i| start + i).or(self.cursor.selected());
        self.cursor.select(keep, self.rows.len());
        self.rows.show(store, self.cursor.around(self.rows.len()))
    }

    /// The rows held now, and the index of the first: a window of the register.
    pub fn held(&self) -> (usize, &[DecisionRow]) {
        self.rows.held()
    }

    pub fn selected(&self) -> Option<&DecisionRow> {
        self.rows.get(self.cursor.selected()?)
    }

    pub fn set_area(&mut self, area: Rect) {
        let height = listing::visible_rows(area, false, true, 1);
        self.cursor.set_height(height, self.rows.len());
    }

    pub fn key(&mut self, store: &Store, key: KeyEvent) -> Result<Outcome> {
        match listing::common_key(key, false) {
            Some(Common::Move(step)) => {
                self.cursor.apply(step, self.rows.len());
                self.rows.show(store, self.cursor.around(self.rows.len()))?;
            }
            Some(Common::Open) => {
                if let Some(d) = self.selected() {
                    return Ok(Outcome::Open(d.meeting_id));
                }
            }
            Some(Common::Help) => return Ok(Outcome::Help),
            Some(Common::Back) => return Ok(Outcome::Back),
            Some(Common::Quit) => return Ok(Outcome::Quit),
            None => {}
        }
        Ok(Outcome::Stay)
    }

    pub fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        let s = app.strings();
        let t = app.theme();
        // Room for "Leveransforum 2026 § 14"; longer forum names are cut.
        let widths = |total: usize| [(total * 2 / 5).clamp(24, 44), 10];
        let heading_row = |total: usize| {
            cells(
                vec![
                    heading(s.col_reference, t),
                    heading(s.col_date, t),
                    heading(s.col_decision, t),
                ],
                &widths(total),
                total,
            )
        };
        let page = Page {
            s,
            theme: t,
            title: s.decisions_title,
            input: None,
            list_title: format!("{} ({})", s.col_decision, self.rows.len()),
            headings: Some(&heading_row),
            len: self.rows.len(),
            row_height: 1,
            cursor: &self.cursor,
            empty: s.no_decisions.to_string(),
            keys: s.bar_list,
            message: None,
        };
        let row = |index: usize, total: usize| {
            let Some(d) = self.rows.get(index) else {
                return vec![];
            };
            vec![cells(
                vec![
                    cell(inert(&d.reference)),
                    cell(inert(&d.date)),
                    cell(first_line(&d.text)),
                ],
                &widths(total),
                total,
            )]
        };
        listing::render(&page, &row, area, buf);
    }
}
