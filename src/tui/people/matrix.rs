//! Who sits where (`W` from home): roles or people down, forums across,
//! each seat permanent (●) or when needed (○), with who holds each role on
//! a day; typing filters by person, role, party or forum, and a date typed
//! (YYYY-MM-DD) shows who sat then.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::seating::{By, SeatRow, Seating, parse_filter};
use crate::domain::Attendance;
use crate::i18n::{Lang, tr};
use crate::store::{Result, Store};
use crate::text::inert;
use crate::tui::app::App;
use crate::tui::lists::listing::{self, Common, Cursor, Outcome, Page, cell, cells, heading};

/// Lines under the list that name the numbered forum columns.
const LEGEND: u16 = 3;

pub struct SeatingScreen {
    typed: String,
    by: By,
    today: NaiveDate,
    /// The day whose holders are shown: a date typed, else today.
    date: NaiveDate,
    lang: Lang,
    seating: Seating,
    cursor: Cursor,
}

impl SeatingScreen {
    pub fn load(store: &Store, today: NaiveDate, lang: Lang) -> Result<SeatingScreen> {
        let mut screen = SeatingScreen {
            typed: String::new(),
            by: By::Role,
            today,
            date: today,
            lang,
            seating: Seating::default(),
            cursor: Cursor::default(),
        };
        screen.read(store)?;
        Ok(screen)
    }

    /// Reads every active forum's roster on the date shown.
    fn read(&mut self, store: &Store) -> Result<()> {
        let catalog = store.catalog()?;
        let date = self.date.to_string();
        let rosters = catalog
            .forums
            .iter()
            .filter(|f| f.active)
            .map(|f| Ok((f.id.clone(), store.roster(&f.id, &date)?)))
            .collect::<Result<Vec<_>>>()?;
        self.seating = Seating::build(&catalog, &rosters, self.by, self.lang);
        self.cursor = Cursor::new(self.shown().0.len());
        Ok(())
    }

    /// The rows and the forum columns the filter keeps.
    pub fn shown(&self) -> (Vec<&SeatRow>, Vec<usize>) {
        self.seating.filtered(&parse_filter(&self.typed).0)
    }

    pub fn set_area(&mut self, area: Rect) {
        let area = Rect {
            height: area.height.saturating_sub(LEGEND),
            ..area
        };
        let height = listing::visible_rows(area, true, true, 1);
        self.cursor.set_height(height, self.shown().0.len());
    }

    pub fn key(&mut self, store: &Store, key: KeyEvent) -> Result<Outcome> {
        if let Some(common) = listing::common_key(key, true) {
            return Ok(match common {
                Common::Move(step) => {
                    self.cursor.apply(step, self.shown().0.len());
                    Outcome::Stay
                }
                Common::Open => Outcome::Stay,
                Common::Help => Outcome::Help,
                Common::Back => Outcome::Back,
                Common::Quit => Outcome::Quit,
            });
        }
        if key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return Ok(Outcome::Stay);
        }
        match key.code {
            KeyCode::Tab => {
                self.by = match self.by {
                    By::Role => By::Person,
                    By::Person => By::Role,
                };
                self.read(store)?;
            }
            KeyCode::Char(c) => {
                self.typed.push(c);
                self.changed(store)?;
            }
            KeyCode::Backspace => {
                self.typed.pop();
                self.changed(store)?;
            }
            _ => {}
        }
        Ok(Outcome::Stay)
    }

    /// The filter changed: a new date reads the rosters of that day.
    fn changed(&mut self, store: &Store) -> Result<()> {
        let date = parse_filter(&self.typed).1.unwrap_or(self.today);
        if date != self.date {
            self.date = date;
            return self.read(store);
        }
        self.cursor = Cursor::new(self.shown().0.len());
        Ok(())
    }

    pub fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        let s = app.strings();
        let t = app.theme();
        let lang = self.lang;
        let (rows, columns) = self.shown();
        let forum_columns = columns.len() * 3;
        let widths = |total: usize| {
            let text = total.saturating_sub(forum_columns);
            let mut w = vec![(text * 2 / 5).max(12), (text * 3 / 20).max(8)];
            w.push(text.saturating_sub(w[0] + w[1] + 2).max(8));
            w.extend(std::iter::repeat_n(2, columns.len()));
            w
        };
        // Forum columns go last; the widths put them at the right edge.
        let line = |first: Vec<Span<'static>>, seats: Vec<Span<'static>>, total: usize| {
            let mut all = first;
            all.extend(seats);
            // The last cell takes what is left; a blank one keeps the seats in place.
            all.push(cell(""));
            cells(all, &widths(total), total)
        };
        let (name, party, holders) = match self.by {
            By::Role => (
                "tui-seating-col-role",
                "tui-seating-col-party",
                "tui-seating-col-holders",
            ),
            By::Person => (
                "tui-seating-col-person",
                "tui-seating-col-organisation",
                "tui-seating-col-roles",
            ),
        };
        let heading_row = |total: usize| {
            let numbers = columns.iter().map(|c| heading(&(c + 1).to_string(), t)).collect();
            line(
                vec![
                    heading(lang.text(name), t),
                    heading(lang.text(party), t),
                    heading(lang.text(holders), t),
                ],
                numbers,
                total,
            )
        };
        let what = match self.by {
            By::Role => lang.text("tui-seating-roles"),
            By::Person => lang.text("tui-seating-people"),
        };
        let list_title = tr!(
            lang,
            "tui-seating-list-title",
            what = what,
            date = self.date.to_string(),
            shown = rows.len(),
            all = self.seating.rows.len()
        );
        let page = Page {
            s,
            theme: t,
            title: lang.text("tui-seating-title"),
            input: Some((lang.text("tui-seating-filter"), &self.typed)),
            list_title,
            headings: Some(&heading_row),
            len: rows.len(),
            row_height: 1,
            cursor: &self.cursor,
            empty: lang.text("tui-seating-none").to_string(),
            keys: lang.text("tui-seating-keys"),
            message: None,
        };
        let row = |index: usize, total: usize| {
            let Some(r) = rows.get(index) else {
                return vec![];
            };
            let holders = if r.holders.is_empty() {
                Span::styled(s.vacant, t.vacant)
            } else {
                cell(inert(&r.holders.join(", ")))
            };
            let seats = columns
                .iter()
                .map(|&c| match r.seats[c] {
                    Some(Attendance::Permanent) => cell("●"),
                    Some(Attendance::WhenNeeded) => Span::styled("○", t.muted),
                    None => Span::styled("·", t.muted),
                })
                .collect();
            vec![line(
                vec![cell(inert(&r.name)), cell(inert(&r.party)), holders],
                seats,
                total,
            )]
        };
        let legend_height = LEGEND.min(area.height);
        let list = Rect {
            height: area.height - legend_height,
            ..area
        };
        listing::render(&page, &row, list, buf);
        if !listing::fits(list) {
            return;
        }
        // The numbered columns, named.
        let mut legend = vec![Span::styled(
            format!(" {}", lang.text("tui-seating-legend")),
            t.muted,
        )];
        for &c in &columns {
            let name = inert(&self.seating.forums[c].1);
            // A no-break space keeps a number on the line of its forum.
            legend.push(Span::raw(format!("  {}\u{a0}{name}", c + 1)));
        }
        Paragraph::new(Line::from(legend))
            .wrap(Wrap { trim: false })
            .render(Rect::new(area.x, list.bottom(), area.width, legend_height), buf);
    }
}
