//! The `?` popup: the keys of the screen in front, each with what it does.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::app::{App, Screen, ScreenKind};
use super::common::{centered, columns, popup_frame, truncate};
use super::meeting::Pane;
use super::wrap::wrap;

/// The sections of help for the screen in front: a heading and lines of
/// "keys<TAB>what they do". The focused pane of a meeting comes first.
fn sections(app: &App) -> Vec<(&'static str, &'static str)> {
    let s = app.strings();
    let Some(meeting) = app.meeting() else {
        let section = match app.screen().map(Screen::kind) {
            None => (s.help_home_heading, s.help_home),
            Some(ScreenKind::Actions) => (s.help_actions_heading, s.help_actions),
            Some(ScreenKind::Decisions) => (s.help_decisions_heading, s.help_decisions),
            Some(ScreenKind::Search) => (s.help_search_heading, s.help_search),
            Some(ScreenKind::FollowUps) => (s.help_followups_heading, s.help_followups),
            Some(ScreenKind::Approvals) => (s.help_approvals_heading, s.help_approvals),
            Some(ScreenKind::Reports) => (
                app.lang().text("reports-help-heading"),
                app.lang().text("reports-help"),
            ),
            Some(ScreenKind::People) => (
                app.lang().text("tui-help-people-heading"),
                app.lang().text("tui-help-people"),
            ),
            Some(ScreenKind::Seating) => (
                app.lang().text("tui-help-seating-heading"),
                app.lang().text("tui-help-seating"),
            ),
        };
        return vec![section];
    };
    let attendance = (s.help_attendance_heading, s.help_attendance);
    let agenda = (s.help_agenda_heading, s.help_agenda);
    let (first, second) = match meeting.focus() {
        Pane::Attendance => (attendance, agenda),
        Pane::Agenda => (agenda, attendance),
    };
    vec![
        first,
        (s.help_meeting_heading, s.help_meeting),
        second,
        (s.help_editor_heading, s.help_editor),
    ]
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let s = app.strings();
    let t = app.theme();
    let sections = sections(app);
    let key_width = sections
        .iter()
        .flat_map(|(_, body)| body.lines())
        .map(|l| columns(l.split('\t').next().unwrap_or("")))
        .max()
        .unwrap_or(0)
        + 2;
    let width = area.width.saturating_sub(4).min(76);
    let inner_width = usize::from(width.saturating_sub(2));
    let mut lines: Vec<Line> = Vec::new();
    for (i, (heading, body)) in sections.iter().enumerate() {
        if i > 0 {
            lines.push(Line::default());
        }
        lines.push(Line::styled(*heading, t.heading));
        for entry in body.lines() {
            let (keys, what) = entry.split_once('\t').unwrap_or((entry, ""));
            let first = vec![Span::styled(
                format!("{keys}{}", " ".repeat(key_width.saturating_sub(columns(keys)))),
                t.label,
            )];
            lines.extend(wrap(first, &[Span::raw(what)], key_width, inner_width));
        }
    }
    lines.push(Line::default());
    // The closing line stays at the bottom; what is above it scrolls when
    // the window is too short for all of it.
    let height = u16::try_from(lines.len() + 3).unwrap_or(u16::MAX);
    let inner = popup_frame(t, s.help_title, centered(area, width, height), buf);
    let body_height = inner.height.saturating_sub(1);
    let total = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    app.help_max_scroll.set(total.saturating_sub(body_height));
    let body = Rect {
        height: body_height,
        ..inner
    };
    Paragraph::new(lines)
        .scroll((app.help_scroll(), 0))
        .render(body, buf);
    let close = if total > body_height {
        s.help_close_scroll
    } else {
        s.help_close
    };
    let last = Rect {
        y: inner.y + body_height,
        height: inner.height.min(1),
        ..inner
    };
    Paragraph::new(Line::styled(truncate(close, inner_width), t.muted)).render(last, buf);
}
