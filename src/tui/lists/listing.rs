//! What the list screens (the registers, search, escalations, approvals)
//! share: the keys that move a selection and leave, the selection itself,
//! and the frame they are drawn in: a header, an optional input box, a
//! bordered list with column headings, and the key bar.

use crate::i18n::tr;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph, Widget};

use crate::tui::common::{columns, draw_row, fit, render_too_small, scroll_offset, truncate};
use crate::tui::meeting::Message;
use crate::tui::strings::Strings;
use crate::tui::theme::Theme;

/// Below this a list cannot show a date, a forum and some text side by side.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 12;

/// What a key on a list screen asks of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    /// Back to the home screen.
    Back,
    Help,
    /// End the program (Ctrl-C).
    Quit,
    /// Open this meeting on the meeting screen.
    Open(i64),
    /// Open the meeting of a search hit with the hit selected: the entry,
    /// or, for a hit in an item's title, the item of that title.
    OpenAt {
        meeting: i64,
        entry: Option<i64>,
        item: String,
    },
}

/// The keys every list screen shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Common {
    Move(Move),
    /// Enter: open what is selected.
    Open,
    Help,
    Back,
    Quit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
}

/// The shared meaning of `key`. On a screen that takes typing (`typing`),
/// letters are text, so only arrows and other non-letter keys move, and
/// only Esc goes back.
pub fn common_key(key: KeyEvent, typing: bool) -> Option<Common> {
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return (key.code == KeyCode::Char('c')).then_some(Common::Quit);
    }
    if key.modifiers.contains(KeyModifiers::ALT) {
        return None;
    }
    let common = match key.code {
        KeyCode::Up => Common::Move(Move::Up),
        KeyCode::Down => Common::Move(Move::Down),
        KeyCode::PageUp => Common::Move(Move::PageUp),
        KeyCode::PageDown => Common::Move(Move::PageDown),
        KeyCode::Home => Common::Move(Move::First),
        KeyCode::End => Common::Move(Move::Last),
        KeyCode::Enter => Common::Open,
        KeyCode::Esc => Common::Back,
        // `?` is never part of a searched word, so it can mean help while typing.
        KeyCode::Char('?') => Common::Help,
        _ if typing => return None,
        KeyCode::Char('k') => Common::Move(Move::Up),
        KeyCode::Char('j') => Common::Move(Move::Down),
        KeyCode::Char('g') => Common::Move(Move::First),
        KeyCode::Char('G') => Common::Move(Move::Last),
        KeyCode::Char('q') => Common::Back,
        _ => return None,
    };
    Some(common)
}

/// The selected row of a list and the first row shown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cursor {
    selected: Option<usize>,
    offset: usize,
    /// Rows the list showed in the last frame, for paging.
    height: usize,
}

impl Cursor {
    /// A cursor on the first of `len` rows.
    pub fn new(len: usize) -> Cursor {
        Cursor {
            selected: (len > 0).then_some(0),
            ..Cursor::default()
        }
    }

    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// Selects row `index` of `len`, or the nearest one there is.
    pub fn select(&mut self, index: Option<usize>, len: usize) {
        self.selected = len.checked_sub(1).map(|last| index.unwrap_or(0).min(last));
        self.follow(len);
    }

    pub fn apply(&mut self, step: Move, len: usize) {
        let Some(last) = len.checked_sub(1) else {
            self.selected = None;
            return;
        };
        let at = self.selected.unwrap_or(0);
        let page = self.height.saturating_sub(1).max(1);
        self.selected = Some(match step {
            Move::Up => at.saturating_sub(1),
            Move::Down => (at + 1).min(last),
            Move::PageUp => at.saturating_sub(page),
            Move::PageDown => (at + page).min(last),
            Move::First => 0,
            Move::Last => last,
        });
        self.follow(len);
    }

    /// Tells the cursor how many rows the list shows.
    pub fn set_height(&mut self, height: usize, len: usize) {
        self.height = height;
        self.follow(len);
    }

    /// The rows a list of `len` rows shows, and a frame's height of rows
    /// either side, so that a taller frame finds its rows read.
    pub fn around(&self, len: usize) -> std::ops::Range<usize> {
        let height = self.height.max(1);
        let offset = self.offset(height, len);
        offset.saturating_sub(height)..(offset + 2 * height).min(len)
    }

    fn follow(&mut self, len: usize) {
        self.offset = scroll_offset(self.offset, self.selected, self.height, len);
    }

    /// The first row to draw in a list `height` rows high.
    fn offset(&self, height: usize, len: usize) -> usize {
        scroll_offset(self.offset, self.selected, height, len)
    }
}

struct Areas {
    header: Rect,
    input: Option<Rect>,
    list: Rect,
    status: Rect,
}

fn layout(area: Rect, input: bool) -> Option<Areas> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let input_height = if input { 3 } else { 0 };
    let [header, input_area, list, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(input_height),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    Some(Areas {
        header,
        input: input.then_some(input_area),
        list,
        status,
    })
}

fn list_block(t: &Theme, title: &str) -> Block<'static> {
    Block::bordered()
        .border_style(t.border)
        .title(format!(" {title} "))
        .padding(Padding::horizontal(1))
}

/// Whether the list screens' layout fits in `area`.
pub fn fits(area: Rect) -> bool {
    layout(area, false).is_some()
}

/// How many entries of `row_height` lines the list shows in a frame of
/// `area`, below its column headings when it has them.
pub fn visible_rows(area: Rect, input: bool, headings: bool, row_height: usize) -> usize {
    let Some(areas) = layout(area, input) else {
        return 0;
    };
    let inner = list_block(&Theme::plain(), "").inner(areas.list);
    usize::from(inner.height).saturating_sub(usize::from(headings)) / row_height.max(1)
}

/// One list screen as drawn: everything but its rows, which are drawn by a
/// function of the row's index and the width, so that only the rows in view
/// are laid out.
pub struct Page<'a> {
    pub s: &'static Strings,
    pub theme: &'a Theme,
    /// The screen's name in the header.
    pub title: &'a str,
    /// The text typed into the input box, for a screen that has one.
    pub input: Option<(&'a str, &'a str)>,
    pub list_title: String,
    /// The column headings for a width, laid out like the rows.
    pub headings: Option<&'a dyn Fn(usize) -> Vec<Span<'static>>>,
    pub len: usize,
    /// Lines per row.
    pub row_height: usize,
    pub cursor: &'a Cursor,
    /// Shown instead of rows when there are none.
    pub empty: String,
    pub keys: &'a str,
    /// What the last key did; shown in place of the keys until the next one.
    pub message: Option<&'a Message>,
}

pub fn render(
    page: &Page,
    row: &dyn Fn(usize, usize) -> Vec<Vec<Span<'static>>>,
    area: Rect,
    buf: &mut Buffer,
) {
    render_above(page, row, 0, area, buf);
}

/// Like [`render`], with `detail` lines left free between the list and the
/// key bar for what the selected row holds; returns that space when the
/// screen fits.
pub fn render_above(
    page: &Page,
    row: &dyn Fn(usize, usize) -> Vec<Vec<Span<'static>>>,
    detail: u16,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Rect> {
    let t = page.theme;
    let Some(mut areas) = layout(area, page.input.is_some()) else {
        let hint = if page.input.is_some() {
            page.s.esc_back_hint
        } else {
            page.s.back_hint
        };
        render_too_small(page.s, t, (MIN_WIDTH, MIN_HEIGHT), hint, area, buf);
        return None;
    };
    let [list, below] = Layout::vertical([Constraint::Min(0), Constraint::Length(detail)]).areas(areas.list);
    areas.list = list;
    Line::from(vec![
        Span::styled(format!(" {}", page.s.app_name), t.title),
        Span::styled(format!(" · {}", page.title), t.muted),
    ])
    .render(areas.header, buf);
    if let (Some((label, typed)), Some(input)) = (page.input, areas.input) {
        let block = Block::bordered()
            .border_style(t.focus)
            .title(format!(" {label} "))
            .padding(Padding::horizontal(1));
        let inner = block.inner(input);
        block.render(input, buf);
        // The end of a long query is where the typing happens, so that end shows.
        let room = usize::from(inner.width).saturating_sub(1);
        let typed = crate::text::inert(typed);
        let shown: String = {
            let mut chars: Vec<char> = typed.chars().collect();
            while columns(&chars.iter().collect::<String>()) > room {
                chars.remove(0);
            }
            chars.into_iter().collect()
        };
        Line::from(vec![Span::raw(shown), Span::styled("▏", t.focus)]).render(inner, buf);
    }

    let block = list_block(t, &page.list_title);
    let inner = block.inner(areas.list);
    block.render(areas.list, buf);
    let width = usize::from(inner.width);
    let mut y = inner.y;
    if let Some(headings) = page.headings {
        draw_row(
            buf,
            Rect::new(inner.x, y, inner.width, 1),
            headings(width),
            vec![],
            None,
        );
        y += 1;
    }
    let rows_area = Rect::new(inner.x, y, inner.width, inner.bottom().saturating_sub(y));
    if page.len == 0 {
        Paragraph::new(Span::styled(truncate(&page.empty, width), t.muted)).render(rows_area, buf);
    } else {
        let row_height = page.row_height.max(1);
        let visible = usize::from(rows_area.height) / row_height;
        let offset = page.cursor.offset(visible, page.len);
        for (n, index) in (offset..page.len).take(visible).enumerate() {
            let style = (page.cursor.selected() == Some(index)).then_some(t.selected);
            let top = rows_area.y + u16::try_from(n * row_height).unwrap_or(u16::MAX);
            for (k, line) in row(index, width).into_iter().take(row_height).enumerate() {
                let line_area = Rect::new(rows_area.x, top + k as u16, rows_area.width, 1);
                draw_row(buf, line_area, line, vec![], style);
            }
        }
    }

    let (text, style) = match page.message {
        Some(m) if m.error => (format!(" ⚠ {}", m.text), t.warning),
        Some(m) => (format!(" ✓ {}", m.text), t.status),
        None => (format!(" {}", page.keys), t.status),
    };
    Paragraph::new(truncate(&text, usize::from(areas.status.width)))
        .style(style)
        .render(areas.status, buf);
    Some(below)
}

/// Cells laid out in columns of `widths`, one space apart; the last cell
/// takes what is left of `total`.
pub fn cells(cells: Vec<Span<'static>>, widths: &[usize], total: usize) -> Vec<Span<'static>> {
    let mut out = Vec::with_capacity(cells.len() * 2);
    let mut used = 0;
    let count = cells.len();
    for (i, cell) in cells.into_iter().enumerate() {
        if used >= total {
            break;
        }
        let last = i + 1 == count;
        let width = if last {
            total - used
        } else {
            widths.get(i).copied().unwrap_or(0).min(total - used)
        };
        out.push(fit(&cell.content, width, cell.style));
        used += width;
        if !last && used < total {
            out.push(Span::raw(" "));
            used += 1;
        }
    }
    out
}

/// A heading cell.
pub fn heading(text: &str, t: &Theme) -> Span<'static> {
    Span::styled(text.to_string(), t.label)
}

/// The first line of a text from the database, made inert.
pub fn first_line(text: &str) -> String {
    crate::text::inert(text.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim())
}

/// "1 dag", "12 dagar".
pub fn days(s: &Strings, n: i64) -> String {
    tr!(s.lang, "tui-days", days = n)
}

/// A cell in the plain style.
pub fn cell(text: impl Into<String>) -> Span<'static> {
    Span::styled(text.into(), Style::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_stays_within_the_list() {
        let mut c = Cursor::new(3);
        c.apply(Move::Up, 3);
        assert_eq!(c.selected(), Some(0));
        c.apply(Move::Last, 3);
        c.apply(Move::Down, 3);
        assert_eq!(c.selected(), Some(2));
        c.select(Some(7), 2);
        assert_eq!(c.selected(), Some(1));
        c.select(Some(0), 0);
        assert_eq!(c.selected(), None);
    }

    #[test]
    fn cells_fill_exactly_the_width() {
        let spans = cells(
            vec![cell("2026-01-01"), cell("Leveransforum"), cell("text")],
            &[10, 6],
            30,
        );
        let width: usize = spans.iter().map(Span::width).sum();
        assert_eq!(width, 30);
        assert_eq!(spans[2].content, "Lever…");
    }

    #[test]
    fn typing_screens_take_letters_as_text() {
        let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(common_key(q, false), Some(Common::Back));
        assert_eq!(common_key(q, true), None);
        let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
        assert_eq!(common_key(esc, true), Some(Common::Back));
    }
}
