//! Drawing helpers shared by the screens: the too-small message, popups
//! centred over a screen, truncating to a width, times and durations.

use crate::i18n::tr;
use chrono::{DateTime, FixedOffset, Local};
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};
use unicode_width::UnicodeWidthChar;

use super::strings::Strings;
use super::theme::Theme;
use super::wrap::wrap;

/// The message shown instead of a layout that does not fit, centred, with
/// what the user can do about it.
pub fn render_too_small(
    s: &Strings,
    t: &Theme,
    (min_width, min_height): (u16, u16),
    hint: &str,
    area: Rect,
    buf: &mut Buffer,
) {
    if area.is_empty() {
        return;
    }
    let message = tr!(
        s.lang,
        "tui-window-too-small",
        width = i64::from(min_width),
        height = i64::from(min_height)
    );
    let max = usize::from(area.width);
    let mut lines = wrap(vec![], &[Span::styled(message, t.warning)], 0, max);
    lines.extend(wrap(vec![], &[Span::styled(hint.to_string(), t.muted)], 0, max));
    let height = u16::try_from(lines.len()).unwrap_or(u16::MAX).min(area.height);
    let y = area.y + (area.height - height) / 2;
    Paragraph::new(lines)
        .alignment(Alignment::Center)
        .render(Rect::new(area.x, y, area.width, height), buf);
}

/// A rectangle of at most `width`×`height` in the middle of `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

/// Clears `area` and draws a bordered popup frame titled `title`; returns
/// the inside.
pub fn popup_frame(t: &Theme, title: &str, area: Rect, buf: &mut Buffer) -> Rect {
    Clear.render(area, buf);
    let block = Block::bordered()
        .border_style(t.focus)
        .title(Span::styled(format!(" {title} "), t.title));
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

/// Cuts `text` to at most `max` columns, ending in "…" when it was cut.
pub fn truncate(text: &str, max: usize) -> String {
    let mut used = 0;
    let mut out = String::with_capacity(text.len().min(max * 4));
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max {
            // Make room for the ellipsis by dropping what does not fit.
            while used + 1 > max {
                match out.pop() {
                    Some(last) => used -= last.width().unwrap_or(0),
                    None => return String::new(),
                }
            }
            out.push('…');
            return out;
        }
        used += w;
        out.push(c);
    }
    out
}

/// Columns of a string on a terminal.
pub fn columns(text: &str) -> usize {
    Span::raw(text).width()
}

/// A span padded with spaces, or cut, to exactly `width` columns.
pub fn fit(text: &str, width: usize, style: Style) -> Span<'static> {
    let cut = truncate(text, width);
    let pad = width.saturating_sub(columns(&cut));
    Span::styled(format!("{cut}{}", " ".repeat(pad)), style)
}

/// Styled pieces cut together to at most `max` columns, and padded to
/// exactly `max` when `pad` is set, so a selected row is highlighted across
/// the whole pane.
pub fn fit_spans(pieces: Vec<Span<'static>>, max: usize, pad: bool) -> Vec<Span<'static>> {
    let mut used = 0;
    let mut out = Vec::with_capacity(pieces.len() + 1);
    for piece in pieces {
        let w = piece.width();
        if used + w <= max {
            used += w;
            out.push(piece);
            continue;
        }
        let cut = truncate(&piece.content, max - used);
        used += columns(&cut);
        out.push(Span::styled(cut, piece.style));
        break;
    }
    if pad && used < max {
        out.push(Span::raw(" ".repeat(max - used)));
    }
    out
}

/// Draws one row of a pane: `left` from its start, `right` against its end
/// (cut first when there is no room), and `style` over the whole row, e.g.
/// the selection. Gaps are left as they are rather than filled with spaces,
/// which ratatui would have to measure cell by cell.
pub fn draw_row(
    buf: &mut Buffer,
    row: Rect,
    left: Vec<Span<'static>>,
    right: Vec<Span<'static>>,
    style: Option<Style>,
) {
    let width = usize::from(row.width);
    let right_width = right.iter().map(Span::width).sum::<usize>().min(width);
    let left_room = if right_width > 0 {
        width.saturating_sub(right_width + 1)
    } else {
        width
    };
    let left = Line::from(fit_spans(left, left_room, false));
    buf.set_line(row.x, row.y, &left, row.width);
    if right_width > 0 {
        let right = Line::from(fit_spans(right, right_width, false));
        let x = row.x + u16::try_from(width - right_width).unwrap_or(0);
        buf.set_line(x, row.y, &right, u16::try_from(right_width).unwrap_or(u16::MAX));
    }
    if let Some(style) = style {
        buf.set_style(row, style);
    }
}

/// The first row to show so that `selected` is in view, starting from the
/// scroll position kept by the screen.
pub fn scroll_offset(kept: usize, selected: Option<usize>, height: usize, len: usize) -> usize {
    let mut offset = kept.min(len.saturating_sub(height));
    if let Some(sel) = selected {
        if sel < offset {
            offset = sel;
        } else if height > 0 && sel >= offset + height {
            offset = sel + 1 - height;
        }
    }
    offset
}

/// "09:12" out of a stored RFC 3339 stamp; the stamp is in local time already.
pub fn clock_of(stamp: &str) -> &str {
    stamp.get(11..16).unwrap_or("")
}

pub fn parse_stamp(stamp: &str) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(stamp).ok()
}

/// "1:02:03" from `since` to `now`; never negative. Hours are always shown,
/// so "0:01:00" cannot be read as an hour.
pub fn elapsed(since: &str, now: DateTime<Local>) -> Option<String> {
    let since = parse_stamp(since)?;
    let seconds = now.signed_duration_since(since).num_seconds().max(0);
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    Some(format!("{h}:{m:02}:{s:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_keeps_short_text_and_marks_cuts() {
        assert_eq!(truncate("Beslut", 10), "Beslut");
        assert_eq!(truncate("Beslut om budget", 8), "Beslut …");
        assert_eq!(truncate("abc", 0), "");
        assert_eq!(truncate("åäö", 3), "åäö");
    }

    #[test]
    fn elapsed_reads_hours_minutes_seconds() {
        let now = DateTime::parse_from_rfc3339("2026-11-26T10:02:03+01:00")
            .map(|d| d.with_timezone(&Local))
            .expect("valid");
        assert_eq!(
            elapsed("2026-11-26T09:00:00+01:00", now).as_deref(),
            Some("1:02:03")
        );
        assert_eq!(
            elapsed("2026-11-26T10:00:00+01:00", now).as_deref(),
            Some("0:02:03")
        );
        assert_eq!(
            elapsed("2026-11-26T11:00:00+01:00", now).as_deref(),
            Some("0:00:00")
        );
        assert_eq!(elapsed("nonsense", now), None);
    }
}
