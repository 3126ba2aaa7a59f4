//! Escalations and disagreements (`E` from home): the open ones, oldest
//! first, in two lists that Tab switches between: where each was raised,
//! when, where it goes (or who disagrees) and how long it has waited.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;

use crate::store::followup::FollowUpRow;
use crate::store::listing::Seek;
use crate::store::{Result, Store};
use crate::text::inert;

use super::listing::{self, Common, Cursor, Outcome, Page, cell, cells, days, first_line, heading};
use super::window::{Edge, Source, Window};
use crate::tui::app::App;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Escalations,
    Disagreements,
}

impl Tab {
    fn kind(self) -> &'static str {
        match self {
            Tab::Escalations => "escalation",
            Tab::Disagreements => "disagreement",
        }
    }
}

/// The open escalations or disagreements, oldest first.
pub struct FollowUps {
    tab: Tab,
    today: String,
}

impl Source for FollowUps {
    type Row = FollowUpRow;

    fn count(&self, store: &Store) -> Result<Option<usize>> {
        let total = store.count_follow_ups(self.tab.kind(), true)?;
        Ok(Some(usize::try_from(total).unwrap_or(usize::MAX)))
    }

    fn fetch(&mut self, store: &Store, edge: Edge<FollowUpRow>, n: usize) -> Result<Vec<FollowUpRow>> {
        let seek = match edge {
            Edge::First => Seek::First,
            Edge::After(row, _) => Seek::After(row.key()),
            Edge::From(row) => Seek::From(row.key()),
            Edge::Before(row, _) => Seek::Before(row.key()),
            Edge::Last => Seek::Last,
        };
        store.follow_up_window(self.tab.kind(), true, &self.today, &seek, n)
    }
}

pub struct FollowUpScreen {
    escalations: Window<FollowUps>,
    disagreements: Window<FollowUps>,
    tab: Tab,
    cursor: Cursor,
}

impl FollowUpScreen {
    pub fn load(store: &Store, today: NaiveDate) -> Result<FollowUpScreen> {
        let today = today.to_string();
        let list = |tab| {
            let today = today.clone();
            Window::open(store, FollowUps { tab, today })
        };
        let escalations = list(Tab::Escalations)?;
        let disagreements = list(Tab::Disagreements)?;
        Ok(FollowUpScreen {
            cursor: Cursor::new(escalations.len()),
            escalations,
            disagreements,
            tab: Tab::Escalations,
        })
    }

    pub fn reload(&mut self, store: &Store) -> Result<()> {
        let selected = self.selected().map(|r| r.entry_id);
        self.escalations.reload(store)?;
        self.disagreements.reload(store)?;
        let (start, held) = self.rows().held();
        let at = selected.and_then(|id| held.iter().position(|r| r.entry_id == id));
        let keep = at.map(|i| start + i).or(self.cursor.selected());
        let len = self.rows().len();
        self.cursor.select(keep, len);
        let around = self.cursor.around(len);
        self.rows_mut().show(store, around)
    }

    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// The list shown.
    fn rows(&self) -> &Window<FollowUps> {
        match self.tab {
            Tab::Escalations => &self.escalations,
            Tab::Disagreements => &self.disagreements,
        }
    }

    fn rows_mut(&mut self) -> &mut Window<FollowUps> {
        match self.tab {
            Tab::Escalations => &mut self.escalations,
            Tab::Disagreements => &mut self.disagreements,
        }
    }

    pub fn selected(&self) -> Option<&FollowUpRow> {
        self.rows().get(self.cursor.selected()?)
    }

    pub fn set_area(&mut self, area: Rect) {
        let height = listing::visible_rows(area, false, true, 1);
        self.cursor.set_height(height, self.rows().len());
    }

    pub fn key(&mut self, store: &Store, key: KeyEvent) -> Result<Outcome> {
        let len = self.rows().len();
        match listing::common_key(key, false) {
            Some(Common::Move(step)) => {
                self.cursor.apply(step, len);
                let around = self.cursor.around(len);
                self.rows_mut().show(store, around)?;
            }
            Some(Common::Open) => {
                if let Some(r) = self.selected() {
                    return Ok(Outcome::Open(r.meeting_id));
                }
            }
            Some(Common::Help) => return Ok(Outcome::Help),
            Some(Common::Back) => return Ok(Outcome::Back),
            Some(Common::Quit) => return Ok(Outcome::Quit),
            None => {
                if matches!(
                    key.code,
                    KeyCode::Tab | KeyCode::BackTab | KeyCode::Left | KeyCode::Right
                ) {
                    self.tab = match self.tab {
                        Tab::Escalations => Tab::Disagreements,
                        Tab::Disagreements => Tab::Escalations,
                    };
                    self.cursor = Cursor::new(self.rows().len());
                    self.rows_mut().show(store, 0..1)?;
                }
            }
        }
        Ok(Outcome::Stay)
    }

    pub fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        let s = app.strings();
        let t = app.theme();
        let (third, empty) = match self.tab {
            Tab::Escalations => (s.col_to, s.no_escalations),
            Tab::Disagreements => (s.col_parties, s.no_disagreements),
        };
        // The target forum, or the parties, gets more room than the source.
        let widths = |total: usize| [(total / 6).clamp(12, 26), 10, (total / 4).clamp(12, 32), 9];
        let heading_row = |total: usize| {
            cells(
                vec![
                    heading(s.col_from, t),
                    heading(s.col_date, t),
                    heading(third, t),
                    heading(s.col_age, t),
                    heading(s.col_text, t),
                ],
                &widths(total),
                total,
            )
        };
        // Both lists and their sizes in the title; the one shown is marked.
        let tab_title = |tab: Tab, name: &str, len: usize| {
            let mark = if tab == self.tab { "▸ " } else { "  " };
            format!("{mark}{name} ({len})")
        };
        let list_title = format!(
            "{}  {}",
            tab_title(Tab::Escalations, s.tab_escalations, self.escalations.len()),
            tab_title(Tab::Disagreements, s.tab_disagreements, self.disagreements.len()),
        );
        let page = Page {
            s,
            theme: t,
            title: s.followups_title,
            input: None,
            list_title,
            headings: Some(&heading_row),
            len: self.rows().len(),
            row_height: 1,
            cursor: &self.cursor,
            empty: empty.to_string(),
            keys: s.bar_followups,
            message: None,
        };
        let catalog = app.catalog();
        let row = |index: usize, total: usize| {
            let Some(r) = self.rows().get(index) else {
                return vec![];
            };
            let third = match self.tab {
                Tab::Escalations => r
                    .target_forum_id
                    .as_deref()
                    .map(|id| catalog.forum(id).map_or_else(|| inert(id), |f| inert(&f.name)))
                    .unwrap_or_default(),
                Tab::Disagreements => r.parties.as_deref().map(inert).unwrap_or_default(),
            };
            vec![cells(
                vec![
                    cell(inert(&r.from_forum)),
                    cell(inert(&r.date)),
                    cell(third),
                    cell(days(s, r.age_days)),
                    cell(first_line(&r.text)),
                ],
                &widths(total),
                total,
            )]
        };
        listing::render(&page, &row, area, buf);
    }
}
