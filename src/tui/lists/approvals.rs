//! Protocols awaiting approval (`P` from home), as `fora protocol status`
//! lists them: forum, meeting day, version, when it was sent and how many
//! days it has waited, oldest first; Enter opens the meeting.

use chrono::{DateTime, Local};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use crate::store::Store;
use crate::store::protocols::Awaiting;
use crate::text::inert;

use super::listing::{self, Common, Cursor, Outcome, Page, cell, cells, days, heading};
use crate::tui::app::App;

/// A version awaiting approval and how long it has waited, or a new version
/// of a meeting changed after its protocol was approved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub awaiting: Awaiting,
    /// Whole days since it was sent, as `fora protocol status` counts them.
    pub days_waiting: i64,
    pub changed_after_approval: bool,
    /// Its justering is past the forum's deadline.
    pub overdue: bool,
}

pub struct ApprovalScreen {
    rows: Vec<Waiting>,
    cursor: Cursor,
}

fn load_rows(store: &Store, now: DateTime<Local>) -> crate::store::Result<Vec<Waiting>> {
    let changed = store.changed_after_approval(None)?;
    let overdue = store.overdue_justering(now.date_naive())?;
    Ok(store
        .awaiting_approval(None)?
        .into_iter()
        .map(|awaiting| (awaiting, false))
        .chain(changed.into_iter().map(|awaiting| (awaiting, true)))
        .map(|(awaiting, changed_after_approval)| {
            let days_waiting = awaiting
                .version
                .sent_at
                .as_deref()
                .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
                .map_or(0, |sent| (now.fixed_offset() - sent).num_days());
            Waiting {
                overdue: overdue
                    .iter()
                    .any(|o| o.meeting_id == awaiting.version.meeting_id),
                awaiting,
                days_waiting,
                changed_after_approval,
            }
        })
        .collect())
}

impl ApprovalScreen {
    pub fn load(store: &Store, now: DateTime<Local>) -> crate::store::Result<ApprovalScreen> {
        let rows = load_rows(store, now)?;
        let cursor = Cursor::new(rows.len());
        Ok(ApprovalScreen { rows, cursor })
    }

    pub fn reload(&mut self, store: &Store, now: DateTime<Local>) -> crate::store::Result<()> {
        let selected = self.selected().map(|w| w.awaiting.version.id);
        self.rows = load_rows(store, now)?;
        let at = selected.and_then(|id| self.rows.iter().position(|w| w.awaiting.version.id == id));
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
        let height = listing::visible_rows(area, false, true, 1);
        self.cursor.set_height(height, self.rows.len());
    }

    pub fn key(&mut self, key: KeyEvent) -> Outcome {
        match listing::common_key(key, false) {
            Some(Common::Move(step)) => self.cursor.apply(step, self.rows.len()),
            Some(Common::Open) => {
                if let Some(w) = self.selected() {
                    return Outcome::Open(w.awaiting.version.meeting_id);
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
        let widths = |total: usize| [(total * 2 / 5).clamp(16, 44), 10, 7, 10];
        let heading_row = |total: usize| {
            cells(
                vec![
                    heading(s.col_forum, t),
                    heading(s.col_date, t),
                    heading(s.col_version, t),
                    heading(s.col_sent, t),
                    heading(s.col_waited, t),
                ],
                &widths(total),
                total,
            )
        };
        let page = Page {
            s,
            theme: t,
            title: s.approvals_title,
            input: None,
            list_title: format!("{} ({})", s.approvals_title, self.rows.len()),
            headings: Some(&heading_row),
            len: self.rows.len(),
            row_height: 1,
            cursor: &self.cursor,
            empty: s.no_awaiting.to_string(),
            keys: s.bar_list,
            message: None,
        };
        let catalog = app.catalog();
        let row = |index: usize, total: usize| {
            let Some(w) = self.rows.get(index) else {
                return vec![];
            };
            let a = &w.awaiting;
            let forum = catalog
                .forum(&a.forum_id)
                .map_or_else(|| inert(&a.forum_id), |f| inert(&f.name));
            let sent = a
                .version
                .sent_at
                .as_deref()
                .and_then(|s| s.get(..10))
                .unwrap_or("");
            // A version changed after approval was not sent: say what it is instead,
            // in the last column, the one wide enough.
            let (sent, waited) = if w.changed_after_approval {
                (String::new(), s.lang.text("changed-after-approval").to_string())
            } else {
                (inert(sent), days(s, w.days_waiting))
            };
            let waited = if w.overdue {
                format!("{waited} · {}", s.lang.text("tui-justering-late"))
            } else {
                waited
            };
            let line = cells(
                vec![
                    cell(forum),
                    cell(inert(&a.date)),
                    cell(a.version.number.to_string()),
                    cell(sent),
                    cell(waited),
                ],
                &widths(total),
                total,
            );
            vec![line]
        };
        listing::render(&page, &row, area, buf);
    }
}
