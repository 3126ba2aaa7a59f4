//! The popups of the review screen: the comment editor, the name prompt,
//! quitting with the response unwritten, a draft from an earlier session,
//! and the keys (`?`).

use crate::i18n::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::text::inert;
use crate::tui::common::{centered, columns, popup_frame, truncate};
use crate::tui::wrap::wrap;

use super::files::Draft;
use super::input::Input;
use super::state::ReviewApp;

/// Draws `lines` in a popup titled `title`, `width` wide and as high as the lines.
fn text_popup(
    app: &ReviewApp,
    title: &str,
    lines: Vec<Line<'static>>,
    width: u16,
    area: Rect,
    buf: &mut Buffer,
) {
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let inner = popup_frame(&app.theme, title, centered(area, width, height), buf);
    Paragraph::new(lines).render(inner, buf);
}

fn popup_width(area: Rect, max: u16) -> u16 {
    area.width.saturating_sub(4).min(max)
}

/// The keys line of a text box, or why Enter was refused, or the discard question.
fn input_hint(app: &ReviewApp, input: &Input, keys: &str, width: usize) -> Line<'static> {
    let t = &app.theme;
    if input.confirm_discard {
        return Line::styled(truncate(app.s.confirm_discard, width), t.warning);
    }
    if let Some(error) = input.error {
        return Line::styled(truncate(error, width), t.warning);
    }
    let mut text = keys.to_string();
    if let Some(at) = app.draft_saved_at {
        text.push_str(&format!("   {} {}", app.s.draft_saved, at.format("%H:%M:%S")));
    }
    Line::styled(truncate(&text, width), t.muted)
}

pub fn comment(app: &ReviewApp, input: &Input, area: Rect, buf: &mut Buffer) {
    let s = app.s;
    let title = match app.selected.checked_sub(1).and_then(|i| app.view.items.get(i)) {
        Some(item) => format!("{} {}. {}", s.comment_on_item, item.number, item.title),
        None => s.comment_on_whole.to_string(),
    };
    let width = popup_width(area, 84);
    let inner_width = width.saturating_sub(2);
    let title = truncate(&title, usize::from(inner_width.saturating_sub(2)));
    let height = area.height.saturating_sub(4).clamp(5, 16);
    let inner = popup_frame(&app.theme, &title, centered(area, width, height), buf);
    if inner.height < 2 {
        return;
    }
    let text = Rect::new(inner.x, inner.y, inner.width, inner.height - 1);
    (&input.area).render(text, buf);
    let hint = input_hint(app, input, s.editor_keys, usize::from(inner.width));
    hint.render(
        Rect::new(inner.x, inner.y + inner.height - 1, inner.width, 1),
        buf,
    );
}

pub fn name(app: &ReviewApp, input: &Input, area: Rect, buf: &mut Buffer) {
    let s = app.s;
    let width = popup_width(area, 64);
    let inner_width = usize::from(width.saturating_sub(2));
    let why = wrap(
        vec![],
        &[Span::styled(s.name_why, app.theme.muted)],
        0,
        inner_width,
    );
    let height = u16::try_from(why.len() + 5).unwrap_or(u16::MAX);
    let inner = popup_frame(&app.theme, s.name_title, centered(area, width, height), buf);
    let mut y = inner.y;
    let bottom = inner.y + inner.height;
    for line in why {
        if y < bottom {
            line.render(Rect::new(inner.x, y, inner.width, 1), buf);
            y += 1;
        }
    }
    y += 1;
    if y < bottom {
        (&input.area).render(Rect::new(inner.x, y, inner.width, 1), buf);
    }
    if bottom > inner.y {
        let hint = input_hint(app, input, s.name_keys, inner_width);
        hint.render(Rect::new(inner.x, bottom - 1, inner.width, 1), buf);
    }
}

pub fn confirm_quit(app: &ReviewApp, area: Rect, buf: &mut Buffer) {
    let s = app.s;
    let t = &app.theme;
    let width = popup_width(area, 64);
    let inner_width = usize::from(width.saturating_sub(2));
    // Only a draft on disk is promised; without one, the work is at stake.
    let body = match &app.draft_file {
        Some(path) => tr!(
            app.lang,
            "review-quit-draft",
            path = inert(&path.display().to_string())
        ),
        None => app.lang.text("review-quit-no-draft").to_string(),
    };
    let mut lines = wrap(vec![], &[Span::raw(body)], 0, inner_width);
    lines.push(Line::default());
    lines.extend(wrap(
        vec![],
        &[Span::styled(s.quit_keys, t.label)],
        0,
        inner_width,
    ));
    text_popup(app, s.quit_title, lines, width, area, buf);
}

pub fn draft(app: &ReviewApp, draft: &Draft, area: Rect, buf: &mut Buffer) {
    let s = app.s;
    let t = &app.theme;
    let width = popup_width(area, 72);
    let inner_width = usize::from(width.saturating_sub(2));
    let mut lines = Vec::new();
    let saved = inert(draft.saved_at.get(..16).unwrap_or(&draft.saved_at)).replace('T', " ");
    // The comment being typed counts too, unless it changes one already counted.
    let typing = draft
        .editing
        .as_ref()
        .is_some_and(|e| !e.text.trim().is_empty() && draft.comments.iter().all(|c| c.index != e.index));
    let count = draft
        .comments
        .iter()
        .filter(|c| !c.text.trim().is_empty())
        .count()
        + usize::from(typing);
    let comments = tr!(s.lang, "review-comment-count", count = count);
    let verdict = match draft.verdict {
        None => s.not_chosen,
        Some(crate::protocol::review::Verdict::Approve) => s.approve,
        Some(crate::protocol::review::Verdict::RequestChanges) => s.request_changes,
        Some(crate::protocol::review::Verdict::Comments) => s.comments_only,
    };
    let summary = format!(
        "{} {saved} · {comments} · {} {verdict}",
        s.saved_at, s.your_answer
    );
    lines.extend(wrap(vec![], &[Span::raw(summary)], 0, inner_width));
    let shown = draft
        .comments
        .iter()
        .chain(draft.editing.as_ref())
        .filter(|c| !c.text.trim().is_empty())
        .take(4);
    for c in shown {
        let text = c.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let item = match c.index {
            0 => s.whole_protocol.to_string(),
            n => format!("{} {n}", s.item),
        };
        let line = format!("  {item}: {}", inert(&text));
        lines.push(Line::styled(truncate(&line, inner_width), t.muted));
    }
    lines.push(Line::default());
    lines.push(Line::styled(s.draft_keys, t.label));
    text_popup(app, s.draft_title, lines, width, area, buf);
}

pub fn help(app: &ReviewApp, area: Rect, buf: &mut Buffer) {
    let s = app.s;
    let t = &app.theme;
    let sections = [
        (s.help_review_heading, s.help_review),
        (s.help_editor_heading, s.help_editor),
        (s.help_files_heading, s.help_files),
    ];
    let key_width = sections
        .iter()
        .flat_map(|(_, body)| body.lines())
        .map(|l| columns(l.split('\t').next().unwrap_or("")))
        .max()
        .unwrap_or(0)
        + 2;
    let width = popup_width(area, 76);
    let inner_width = usize::from(width.saturating_sub(2));
    let mut lines: Vec<Line> = Vec::new();
    for (i, (heading, body)) in sections.iter().enumerate() {
        if i > 0 {
            lines.push(Line::default());
        }
        lines.push(Line::styled(*heading, t.heading));
        for entry in body.lines() {
            let (keys, what) = entry.split_once('\t').unwrap_or((entry, ""));
            let pad = " ".repeat(key_width.saturating_sub(columns(keys)));
            let first = vec![Span::styled(format!("{keys}{pad}"), t.label)];
            lines.extend(wrap(first, &[Span::raw(what)], key_width, inner_width));
        }
    }
    lines.push(Line::default());
    lines.push(Line::styled(truncate(s.help_close, inner_width), t.muted));
    text_popup(app, s.help_title, lines, width, area, buf);
}
