//! The layout of the meeting screen: header, the attendance and agenda panes
//! side by side, a line for what was saved, the key bar, and the popups on
//! top. Drawing only reads the [`MeetingScreen`].

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::tui::common::{render_too_small, truncate};

use super::popups::Popup;
use super::{MeetingScreen, Pane, agenda, attendance, editor_view, header, popups};

/// Below this the two panes cannot show a name and its status, or an entry
/// and its text, side by side.
pub const MIN_WIDTH: u16 = 72;
pub const MIN_HEIGHT: u16 = 16;

struct Areas {
    header: Rect,
    attendance: Rect,
    agenda: Rect,
    message: Rect,
    status: Rect,
}

fn layout(area: Rect) -> Option<Areas> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let [header, body, message, status] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(0),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    // The agenda holds the text of the meeting, so it gets the larger share.
    let attendance_width = (area.width * 2 / 5).clamp(34, 60);
    let [attendance, agenda] =
        Layout::horizontal([Constraint::Length(attendance_width), Constraint::Min(0)]).areas(body);
    Some(Areas {
        header,
        attendance,
        agenda,
        message,
        status,
    })
}

/// Whether the meeting screen's layout fits in `area`.
pub fn fits(area: Rect) -> bool {
    layout(area).is_some()
}

/// Rows inside the attendance and agenda panes in a frame of `area`, for
/// paging and scrolling.
pub fn pane_heights(area: Rect) -> (usize, usize) {
    match layout(area) {
        Some(a) => (
            usize::from(a.attendance.height.saturating_sub(2)),
            usize::from(a.agenda.height.saturating_sub(2)),
        ),
        None => (0, 0),
    }
}

pub fn render(m: &MeetingScreen, area: Rect, buf: &mut Buffer) {
    let Some(areas) = layout(area) else {
        render_too_small(
            m.s,
            &m.theme,
            (MIN_WIDTH, MIN_HEIGHT),
            m.s.too_small_meeting,
            area,
            buf,
        );
        return;
    };
    header::render(m, areas.header, buf);
    attendance::render(m, areas.attendance, buf);
    agenda::render(m, areas.agenda, buf);
    render_message(m, areas.message, buf);
    render_status(m, areas.status, buf);
    match &m.popup {
        Some(Popup::Editor(editor)) => editor_view::render(m, editor, area, buf),
        Some(_) => popups::render(m, area, buf),
        None => {}
    }
}

fn render_message(m: &MeetingScreen, area: Rect, buf: &mut Buffer) {
    let Some(message) = &m.message else { return };
    let t = &m.theme;
    let (mark, style) = if message.error {
        ("⚠ ", t.warning)
    } else {
        ("✓ ", t.success)
    };
    let text = truncate(
        &format!("{mark}{}", message.text),
        usize::from(area.width.saturating_sub(1)),
    );
    Line::from(vec![Span::raw(" "), Span::styled(text, style)]).render(area, buf);
}

fn render_status(m: &MeetingScreen, area: Rect, buf: &mut Buffer) {
    let s = m.s;
    if let Some(read_only) = &m.read_only {
        // Who records the meeting stays in view as long as this screen is open.
        let text = truncate(
            &format!(" {} · {}", read_only.banner, s.read_only_keys),
            usize::from(area.width),
        );
        Paragraph::new(text).style(m.theme.warning).render(area, buf);
        return;
    }
    let pane_keys = match m.focus {
        Pane::Attendance => s.bar_attendance,
        Pane::Agenda => s.bar_agenda,
    };
    // What matters everywhere comes first; a narrow window cuts the pane's keys, which `?` lists.
    let keys = [s.bar_common, s.bar_entries, pane_keys].join("   ");
    let text = truncate(&format!(" {keys}"), usize::from(area.width));
    Paragraph::new(text).style(m.theme.status).render(area, buf);
}
