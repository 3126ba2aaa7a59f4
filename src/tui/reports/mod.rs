//! The reports screen (`R` from home): the supplier's reports as a grid of
//! report types × the last twelve months, a small chart of how they came
//! in, and on Enter the selected month's delivery with its history.

mod view;

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::catalog::ReportType;
use crate::domain::reports::Month;
use crate::store::Store;
use crate::store::reports::{Cell, Event};

use super::lists::listing::{Common, Move, Outcome, common_key};

pub struct ReportsScreen {
    types: Vec<ReportType>,
    /// One row per type, one cell per month, oldest month first.
    rows: Vec<Vec<Cell>>,
    first: Month,
    /// The selected report type and month.
    row: usize,
    column: usize,
    /// The selected cell's history, while it is shown.
    history: Option<Vec<Event>>,
}

impl ReportsScreen {
    /// The twelve months up to `today`'s, read from the store.
    pub fn load(store: &Store, today: NaiveDate) -> crate::store::Result<ReportsScreen> {
        let (first, last) = Month::of(today).year_to();
        let rows = store.report_register(first, last, today)?;
        let types = store.catalog()?.reports;
        // The last month that is due is where the eye starts.
        let column = rows.first().map_or(0, |r| r.len().saturating_sub(2));
        Ok(ReportsScreen {
            types,
            rows,
            first,
            row: 0,
            column,
            history: None,
        })
    }

    pub fn selected(&self) -> Option<&Cell> {
        self.rows.get(self.row)?.get(self.column)
    }

    fn months(&self) -> usize {
        self.rows.first().map_or(0, Vec::len)
    }

    pub fn key(&mut self, store: &Store, key: KeyEvent) -> Outcome {
        let plain = !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        if self.history.is_some() {
            // Any key but Ctrl-C closes the history.
            if common_key(key, false) == Some(Common::Quit) {
                return Outcome::Quit;
            }
            self.history = None;
            return Outcome::Stay;
        }
        match key.code {
            KeyCode::Left | KeyCode::Char('h') if plain => {
                self.column = self.column.saturating_sub(1);
                return Outcome::Stay;
            }
            KeyCode::Right | KeyCode::Char('l') if plain => {
                self.column = (self.column + 1).min(self.months().saturating_sub(1));
                return Outcome::Stay;
            }
            _ => {}
        }
        let last = self.rows.len().saturating_sub(1);
        match common_key(key, false) {
            Some(Common::Move(step)) => {
                self.row = match step {
                    Move::Up | Move::PageUp => self.row.saturating_sub(1),
                    Move::Down | Move::PageDown => (self.row + 1).min(last),
                    Move::First => 0,
                    Move::Last => last,
                }
            }
            Some(Common::Open) => {
                if let Some(cell) = self.selected() {
                    // A history that cannot be read is shown empty rather than not at all.
                    self.history = Some(
                        store
                            .report_history(&cell.report, &cell.month)
                            .unwrap_or_default(),
                    );
                }
            }
            Some(Common::Help) => return Outcome::Help,
            Some(Common::Back) => return Outcome::Back,
            Some(Common::Quit) => return Outcome::Quit,
            None => {}
        }
        Outcome::Stay
    }

    pub fn reload(&mut self, store: &Store, today: NaiveDate) -> crate::store::Result<()> {
        let (row, column) = (self.row, self.column);
        *self = ReportsScreen::load(store, today)?;
        self.row = row.min(self.rows.len().saturating_sub(1));
        self.column = column;
        Ok(())
    }
}
