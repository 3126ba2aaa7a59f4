//! Drawing the editor popup: each field under its label, the choices of the
//! field with the focus, why a save was refused, and the editor's keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::domain::meeting::parse_due;
use crate::text::inert;
use crate::tui::common::{centered, fit_spans, popup_frame};
use crate::tui::wrap::wrap;

use super::MeetingScreen;
use super::editor::{Editor, Field, FieldKey};

/// Choices shown at most under the field with the focus.
const CHOICE_ROWS: usize = 5;

fn label(m: &MeetingScreen, key: FieldKey) -> &'static str {
    let s = m.s;
    match key {
        FieldKey::Text => s.field_text,
        FieldKey::Owner => s.field_owner,
        FieldKey::Due => s.field_due,
        FieldKey::Target => s.field_target,
        FieldKey::Parties => s.field_parties,
        FieldKey::Title => s.field_title,
        FieldKey::Name => s.field_name,
        FieldKey::Organisation => s.field_organisation,
        FieldKey::Channel => s.field_channel,
        FieldKey::Place => s.field_place,
        FieldKey::Keeper => s.field_keeper,
        FieldKey::Time => m.lang.text("slips-field-time"),
        FieldKey::Reason => m.lang.text("slips-field-reason"),
    }
}

fn choice_lines(m: &MeetingScreen, field: &Field, width: usize) -> Vec<Line<'static>> {
    let t = &m.theme;
    let matching = field.matching();
    if matching.is_empty() {
        let note = if field.strict {
            m.s.no_match
        } else {
            m.s.no_match_free
        };
        return vec![Line::styled(format!("  {note}"), t.muted)];
    }
    let selected = field.highlight.unwrap_or(0);
    let offset = (selected + 1).saturating_sub(CHOICE_ROWS);
    matching
        .iter()
        .enumerate()
        .skip(offset)
        .take(CHOICE_ROWS)
        .filter_map(|(i, c)| field.choices.get(*c).map(|c| (i, c)))
        .map(|(i, choice)| {
            let mut pieces = vec![Span::raw(format!("  {}", inert(&choice.label)))];
            if !choice.hint.is_empty() {
                pieces.push(Span::styled(format!(" · {}", inert(&choice.hint)), t.muted));
            }
            let line = Line::from(fit_spans(pieces, width, true));
            if field.highlight == Some(i) {
                line.style(t.selected)
            } else {
                line
            }
        })
        .collect()
}

/// The label of a field, with what a due date means once it is read.
fn label_line(m: &MeetingScreen, field: &Field, focused: bool, width: usize) -> Line<'static> {
    let t = &m.theme;
    let marker = if focused { "▸ " } else { "  " };
    let style = if focused { t.title } else { t.label };
    let mut pieces = vec![Span::styled(format!("{marker}{}", label(m, field.key)), style)];
    if field.key == FieldKey::Due {
        pieces.push(Span::styled(format!(" ({})", m.s.due_help_short), t.muted));
        let value = field.value();
        if !value.trim().is_empty() {
            match parse_due(&value, m.now.date_naive()) {
                Ok(date) => pieces.push(Span::styled(format!(" = {date}"), t.label)),
                Err(_) => pieces.push(Span::styled(" ?".to_string(), t.warning)),
            }
        }
    }
    Line::from(fit_spans(pieces, width, false))
}

fn hint_line(m: &MeetingScreen, editor: &Editor, width: usize) -> Line<'static> {
    let s = m.s;
    let t = &m.theme;
    if editor.confirm_discard {
        return Line::from(Span::styled(s.confirm_discard, t.warning));
    }
    let mut keys = vec![s.ed_save];
    let focused = editor.fields.get(editor.focus);
    if focused.is_some_and(|f| f.multiline) {
        keys.push(s.ed_newline);
    }
    if focused.is_some_and(|f| !f.choices.is_empty()) {
        keys.push(s.ed_pick);
    }
    if editor.fields.len() > 1 {
        keys.push(s.ed_next);
    }
    keys.push(s.ed_cancel);
    let mut pieces = vec![Span::styled(keys.join(" · "), t.muted)];
    if let Some(at) = editor.draft_saved_at {
        pieces.push(Span::styled(
            format!("   {} {}", s.draft_saved, at.format("%H:%M:%S")),
            t.muted,
        ));
    }
    Line::from(fit_spans(pieces, width, false))
}

pub fn render(m: &MeetingScreen, editor: &Editor, area: Rect, buf: &mut Buffer) {
    let t = &m.theme;
    let width = area.width.saturating_sub(2).min(84);
    let inner_width = usize::from(width.saturating_sub(2));
    let error: Vec<Line> = match &editor.error {
        Some(error) => wrap(vec![], &[Span::styled(error.clone(), t.warning)], 0, inner_width),
        None => Vec::new(),
    };
    let choices: Vec<Line> = editor
        .fields
        .get(editor.focus)
        .filter(|f| !f.choices.is_empty())
        .map(|f| choice_lines(m, f, inner_width))
        .unwrap_or_default();
    let one_line_fields = editor.fields.iter().filter(|f| !f.multiline).count();
    let fixed = 2 + editor.fields.len() + one_line_fields + choices.len() + error.len() + 1;
    let room = usize::from(area.height.saturating_sub(2)).saturating_sub(fixed);
    let text_height = room.clamp(1, 8);
    let multi = editor.fields.iter().filter(|f| f.multiline).count();
    let height = fixed + text_height * multi;
    let popup = centered(area, width, u16::try_from(height).unwrap_or(u16::MAX));
    let inner = popup_frame(t, &inert(&editor.title), popup, buf);

    let mut y = inner.y;
    let bottom = inner.y + inner.height;
    let line = |buf: &mut Buffer, y: &mut u16, line: Line<'static>| {
        if *y < bottom {
            line.render(Rect::new(inner.x, *y, inner.width, 1), buf);
            *y += 1;
        }
    };
    for (i, field) in editor.fields.iter().enumerate() {
        let focused = i == editor.focus;
        line(buf, &mut y, label_line(m, field, focused, inner_width));
        let rows = if field.multiline { text_height as u16 } else { 1 };
        let rows = rows.min(bottom.saturating_sub(y));
        let field_area = Rect::new(inner.x + 2, y, inner.width.saturating_sub(2), rows);
        (&field.area).render(field_area, buf);
        y += rows;
        if focused {
            for choice in &choices {
                line(buf, &mut y, choice.clone());
            }
        }
    }
    for error_line in error {
        line(buf, &mut y, error_line);
    }
    let hint = hint_line(m, editor, inner_width);
    if bottom > inner.y {
        Paragraph::new(hint)
            .style(Style::new())
            .render(Rect::new(inner.x, bottom - 1, inner.width, 1), buf);
    }
}
