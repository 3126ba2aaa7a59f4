//! The layout of the review screen: a header with the version under review
//! and the answer so far, the agenda beside the protocol text, a line for
//! what happened, the key bar, and the popups on top. Drawing only reads the
//! [`ReviewApp`].

use crate::i18n::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use crate::protocol::approvers::approvers;
use crate::protocol::review::Verdict;
use crate::text::{fold, inert};
use crate::tui::common::{draw_row, render_too_small, scroll_offset, truncate};
use crate::tui::strings::Strings as TuiStrings;
use crate::tui::wrap::wrap;

use super::state::{Mode, ReviewApp};
use super::{detail, popups};

/// Below this the agenda and the protocol text cannot stand side by side.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 14;

struct Areas {
    header: Rect,
    list: Rect,
    detail: Rect,
    message: Rect,
    status: Rect,
}

/// `message_rows` is 2 when the message needs two lines: a written
/// response's path must be read whole.
fn layout(area: Rect, message_rows: u16) -> Option<Areas> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let [header, body, message, status] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(0),
        Constraint::Length(message_rows),
        Constraint::Length(1),
    ])
    .areas(area);
    // The protocol text is what is read, so it gets the larger share.
    let list_width = (area.width * 2 / 5).clamp(24, 48);
    let [list, detail] = Layout::horizontal([Constraint::Length(list_width), Constraint::Min(0)]).areas(body);
    Some(Areas {
        header,
        list,
        detail,
        message,
        status,
    })
}

/// Whether the review screen fits in `area`.
pub fn fits(area: Rect) -> bool {
    layout(area, 1).is_some()
}

/// The inside of the protocol pane in a frame of `area`.
pub fn detail_area(area: Rect) -> Option<Rect> {
    layout(area, 1).map(|a| Block::bordered().inner(a.detail))
}

pub fn render(app: &ReviewApp, area: Rect, buf: &mut Buffer) {
    let Some(areas) = layout(area, message_rows(app, area.width)) else {
        let s = TuiStrings::for_lang(app.lang);
        render_too_small(
            s,
            &app.theme,
            (MIN_WIDTH, MIN_HEIGHT),
            app.s.too_small_hint,
            area,
            buf,
        );
        return;
    };
    header(app, areas.header, buf);
    list(app, areas.list, buf);
    protocol(app, areas.detail, buf);
    message(app, areas.message, buf);
    let bar = vec![Span::raw(format!(" {}", app.s.bar))];
    let bar_end = vec![Span::raw(format!("{} ", app.s.bar_end))];
    draw_row(buf, areas.status, bar, bar_end, Some(app.theme.status));
    match &app.mode {
        Mode::Browse => {}
        Mode::Help => popups::help(app, area, buf),
        Mode::Comment(input) => popups::comment(app, input, area, buf),
        Mode::Name { input, .. } => popups::name(app, input, area, buf),
        Mode::ConfirmQuit => popups::confirm_quit(app, area, buf),
        Mode::Draft(draft) => popups::draft(app, draft, area, buf),
    }
}

fn header(app: &ReviewApp, area: Rect, buf: &mut Buffer) {
    let (s, t, r) = (app.s, &app.theme, &app.review);
    let sha: String = r.sha256.chars().take(12).collect();
    // The file's identity on the first line, the hash kept whole at its end;
    // the reviewer's answer so far on the second.
    let first_left = vec![
        Span::styled(format!(" {}", inert(&r.forum)), t.title),
        Span::raw(format!(" · {} · {} {}", inert(&r.date), s.version, r.version)),
    ];
    let first_right = vec![Span::styled(format!("sha256 {} ", inert(&sha)), t.muted)];
    let mut second_left = vec![Span::styled(format!(" {} ", s.reviewer), t.muted)];
    if app.reviewer.trim().is_empty() {
        second_left.push(Span::styled(s.name_not_given, t.vacant));
    } else {
        second_left.push(Span::raw(inert(&app.reviewer)));
        second_left.push(approver_note(app));
    }
    let count = app.comment_count();
    let comments = tr!(s.lang, "review-comment-count", count = count);
    second_left.push(Span::styled(format!(" · {comments}"), t.muted));
    if let Some(at) = app.draft_saved_at {
        let saved = format!(" · {} {}", s.draft_saved, at.format("%H:%M:%S"));
        second_left.push(Span::styled(saved, t.muted));
    }
    let (answer, style) = match app.verdict {
        None => (s.not_chosen, t.vacant),
        Some(Verdict::Approve) => (s.approve, t.success),
        Some(Verdict::RequestChanges) => (s.request_changes, t.warning),
        Some(Verdict::Comments) => (s.comments_only, t.muted),
    };
    let second_right = vec![
        Span::styled(format!("{} ", s.your_answer), t.muted),
        Span::styled(format!("{answer} "), t.title.patch(style)),
    ];
    let rows = [(first_left, first_right), (second_left, second_right)];
    for (y, (left, right)) in (area.y..area.y + area.height).zip(rows) {
        draw_row(buf, Rect::new(area.x, y, area.width, 1), left, right, None);
    }
}

/// Whether the reviewer approves this protocol by the forum's rule, so that
/// nobody chooses "approve" without knowing whether it counts.
fn approver_note(app: &ReviewApp) -> Span<'static> {
    let (s, t) = (app.s, &app.theme);
    let rule = app.snapshot.forum.approver;
    let names: Vec<&str> = approvers(&app.snapshot.record, rule)
        .into_iter()
        .filter_map(|a| a.name)
        .collect();
    let reviewer = fold(app.reviewer.trim());
    if names.iter().any(|n| fold(n) == reviewer) {
        return Span::styled(format!(" · {}", s.lang.text("review-an-approver")), t.success);
    }
    let rule = rule.label(s.lang);
    // With nobody recorded present, fora cannot tell; it says whose rule applies.
    let (text, style) = if names.is_empty() {
        (tr!(s.lang, "review-approved-by", rule = rule), t.muted)
    } else {
        (tr!(s.lang, "review-not-an-approver", rule = rule), t.warning)
    };
    Span::styled(format!(" · {text}"), style)
}

fn list(app: &ReviewApp, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let block = Block::bordered()
        .border_style(t.focus)
        .title(Span::styled(format!(" {} ", app.s.agenda), t.title));
    let inner = block.inner(area);
    block.render(area, buf);
    let height = usize::from(inner.height);
    let offset = scroll_offset(0, Some(app.selected), height, app.entries());
    let number_width = app.view.items.len().to_string().len();
    for (row, index) in (offset..app.entries()).take(height).enumerate() {
        let y = inner.y + u16::try_from(row).unwrap_or(u16::MAX);
        let selected = index == app.selected;
        let marker = if selected { "▸" } else { " " };
        let text = match index.checked_sub(1).and_then(|i| app.view.items.get(i)) {
            Some(item) => format!("{marker}{:>number_width$}. {}", item.number, item.title),
            None => format!("{marker}{}", app.s.whole_protocol),
        };
        let left = vec![Span::raw(text)];
        let right = match app.comment(index) {
            Some(_) => vec![Span::styled("✎", t.label)],
            None => vec![],
        };
        let style = selected.then_some(t.selected);
        draw_row(buf, Rect::new(inner.x, y, inner.width, 1), left, right, style);
    }
}

fn protocol(app: &ReviewApp, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let title = match app.selected.checked_sub(1).and_then(|i| app.view.items.get(i)) {
        Some(item) => format!("{}. {}", item.number, item.title),
        None => app.s.whole_protocol.to_string(),
    };
    let room = usize::from(area.width.saturating_sub(4));
    let block = Block::bordered()
        .border_style(t.border)
        .title(Span::styled(format!(" {} ", truncate(&title, room)), t.title));
    let inner = block.inner(area);
    block.render(area, buf);
    let lines = detail::lines(app, usize::from(inner.width));
    let height = usize::from(inner.height);
    let offset = app.detail_scroll.min(lines.len().saturating_sub(height));
    let shown: Vec<Line> = lines.into_iter().skip(offset).take(height).collect();
    Paragraph::new(shown).render(inner, buf);
}

fn message_lines(app: &ReviewApp, width: u16) -> Vec<Line<'static>> {
    let Some(message) = &app.message else {
        return Vec::new();
    };
    let t = &app.theme;
    let (mark, style) = if message.error {
        ("⚠ ", t.warning)
    } else {
        ("✓ ", t.success)
    };
    let first = vec![Span::raw(" "), Span::styled(mark, style)];
    let body = [Span::styled(message.text.clone(), style)];
    wrap(first, &body, 3, usize::from(width.saturating_sub(1)))
}

fn message_rows(app: &ReviewApp, width: u16) -> u16 {
    if message_lines(app, width).len() > 1 { 2 } else { 1 }
}

fn message(app: &ReviewApp, area: Rect, buf: &mut Buffer) {
    let mut lines = message_lines(app, area.width);
    if lines.len() > usize::from(area.height) {
        // Keep the end, where a written file's name is, and mark the cut.
        let cut = lines.len() - usize::from(area.height) + 1;
        lines.drain(1..cut);
        if let Some(first) = lines.first_mut() {
            first.spans.push(Span::raw(" …"));
        }
    }
    Paragraph::new(lines).render(area, buf);
}
