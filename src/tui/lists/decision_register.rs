//! The decision register (`D` from home): every decision, newest first, by
//! its reference ("Leveransforum 2026 § 14"), date and first line; Enter
//! opens the meeting that made it.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use crate::store::Store;
use crate::store::followup::DecisionRow;
use crate::text::inert;

use super::listing::{self, Common, Cursor, Outcome, Page, cell, cells, first_line, heading};
use crate::tui::app::App;

pub struct DecisionRegister {
    rows: Vec<DecisionRow>,
    cursor: Cursor,
}

impl DecisionRegister {
    pub fn load(store: &Store) -> crate::store::Result<DecisionRegister> {
        let rows = store.decisions(None, None)?;
        let cursor = Cursor::new(rows.len());
        Ok(DecisionRegister { rows, cursor })
    }

    /// Reads the register again, keeping the selection on the same decision.
    pub fn reload(&mut self, store: &Store) -> crate::store::Result<()> {
        let selected = self.selected().map(|d| (d.forum_id.clone(), d.year, d.number));
        self.rows = store.decisions(None, None)?;
        let at = selected.and_then(|(forum, year, number)| {
            self.rows
                .iter()
                .position(|d| d.forum_id == forum && d.year == year && d.number == number)
        });
        let keep = at.or(self.cursor.selected());
        self.cursor.select(keep, self.rows.len());
        Ok(())
    }

    pub fn rows(&self) -> &[DecisionRow] {
        &self.rows
    }

    pub fn selected(&self) -> Option<&DecisionRow> {
        self.rows.get(self.cursor.selected()?)
    }

    pub fn set_area(&mut self, area: Rect) {
        let height = listing::visible_rows(area, false, true, 1);
        self.cursor.set_height(height, self.rows.len());
    }

    pub fn key(&mut self, key: KeyEvent) -> Outcome {
        match listing::common_key(key, false) {
            Some(Common::Move(step)) => self.cursor.apply(step, self.rows.len()),
            Some(Common::Open) => {
                if let Some(d) = self.selected() {
                    return Outcome::Open(d.meeting_id);
                }
            }
            Some(Common::Help) => return Outcome::Help,
            Some(Common::Back) => return Outcome::Back,
            Some(Common::Quit) => return Outcome::Quit,
            None => {}
        }
        Outcome::Stay
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
