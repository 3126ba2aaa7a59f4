//! The agenda pane: the items in order with their entries beneath, each
//! decision with its reference, and the full text of the selected entry at
//! the bottom.

use crate::i18n::tr;
use std::collections::HashMap;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget};

use crate::domain::meeting::{EntryKind, ItemKind};
use crate::store::followup::ActionRow;
use crate::store::meetings::{AgendaItem, Entry};
use crate::text::inert;
use crate::tui::common::{clock_of, draw_row, scroll_offset};
use crate::tui::wrap::wrap;

use super::{MeetingScreen, Pane, TreeRow};

/// The rows of the pane. The actions followed up go first under the follow-up item, before what
/// is recorded on it, so that a new entry always goes last under its item.
pub fn tree(agenda: &[AgendaItem], entries: &[Entry], followups: &[ActionRow]) -> Vec<TreeRow> {
    let mut by_item: HashMap<i64, Vec<usize>> = HashMap::new();
    for (i, entry) in entries.iter().enumerate() {
        by_item.entry(entry.item_id).or_default().push(i);
    }
    let mut rows = Vec::with_capacity(agenda.len() + entries.len());
    let mut followups_shown = false;
    for (i, item) in agenda.iter().enumerate() {
        rows.push(TreeRow::Item(i));
        if item.kind == ItemKind::Actions && !followups_shown {
            followups_shown = true;
            rows.extend((0..followups.len()).map(TreeRow::FollowUp));
        }
        // The store lists entries in the order they were recorded.
        for &e in by_item.get(&item.id).map_or(&[][..], Vec::as_slice) {
            rows.push(TreeRow::Entry(e));
        }
    }
    rows
}

/// Where the entry `entries[index]`, the newest, goes in `rows`: after the
/// last row of its item. None when its item is not on the agenda shown.
pub(super) fn newest_entry_row(
    rows: &[TreeRow],
    agenda: &[AgendaItem],
    entries: &[Entry],
    index: usize,
) -> Option<usize> {
    let item = agenda.iter().position(|i| i.id == entries[index].item_id)?;
    let at = rows.iter().position(|r| *r == TreeRow::Item(item))?;
    let next_item = rows[at + 1..].iter().position(|r| matches!(r, TreeRow::Item(_)));
    Some(next_item.map_or(rows.len(), |n| at + 1 + n))
}

pub(super) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "Beslut Leveransforum 2026 § (2)", "Åtgärd [ ] (Bo Ek, 2026-12-15)", "Eskalering → Ledningsforum".
pub(super) fn entry_label(m: &MeetingScreen, entry: &Entry) -> String {
    let kind = capitalised(entry.kind.label(m.lang));
    let f = &entry.fields;
    match entry.kind {
        EntryKind::Decision => match m.decisions.get(&entry.id) {
            Some(reference) => format!("{kind} {}", inert(&reference.to_string())),
            None => kind,
        },
        EntryKind::Action => {
            let mark = if entry.done { "[x]" } else { "[ ]" };
            let details: Vec<String> = [f.owner.as_deref(), f.due.as_deref()]
                .into_iter()
                .flatten()
                .map(inert)
                .collect();
            if details.is_empty() {
                format!("{kind} {mark}")
            } else {
                format!("{kind} {mark} ({})", details.join(", "))
            }
        }
        EntryKind::Escalation => {
            let target = f.target_forum.as_deref().unwrap_or("");
            let name = m
                .forums
                .iter()
                .find(|c| c.id == target)
                .map_or(target, |c| c.label.as_str());
            format!("{kind} → {}", inert(name))
        }
        EntryKind::Disagreement => match f.parties.as_deref() {
            Some(parties) => format!("{kind} ({})", inert(parties)),
            None => kind,
        },
        EntryKind::Information | EntryKind::Risk => kind,
    }
}

/// An item's row: number and title on the left, "✓ done" on the right.
fn item_parts(
    m: &MeetingScreen,
    item_index: usize,
    selected: bool,
) -> (Vec<Span<'static>>, Vec<Span<'static>>) {
    let t = &m.theme;
    let Some(item) = m.agenda.get(item_index) else {
        return (vec![], vec![]);
    };
    let current = m.meeting.current_item_id == Some(item.id);
    // The selection is marked in text too, for monochrome terminals and screen readers.
    let marker = match (selected, current) {
        (true, true) => "▸▶ ",
        (true, false) => "▸  ",
        (false, true) => " ▶ ",
        (false, false) => "   ",
    };
    let digits = m.agenda.len().to_string().len();
    let style = if current {
        t.title
    } else if item.done {
        t.muted
    } else {
        t.heading
    };
    let left = vec![
        Span::styled(marker, t.title),
        Span::styled(
            format!("{:>digits$}. {}", item_index + 1, inert(&item.title)),
            style,
        ),
    ];
    let right = if item.done {
        vec![Span::styled(format!("✓ {}", m.s.done_mark), t.muted)]
    } else {
        vec![]
    };
    (left, right)
}

/// An entry's row: time, kind with its details, and the first line of its text.
fn entry_parts(m: &MeetingScreen, entry_index: usize, selected: bool) -> Vec<Span<'static>> {
    let t = &m.theme;
    let Some(entry) = m.entries.get(entry_index) else {
        return vec![];
    };
    let mut lines = entry.fields.text.lines();
    let first = inert(lines.next().unwrap_or(""));
    let more = if lines.next().is_some() { " …" } else { "" };
    let label_style = match entry.kind {
        EntryKind::Decision => t.heading,
        EntryKind::Escalation | EntryKind::Risk | EntryKind::Disagreement => t.warning,
        EntryKind::Action | EntryKind::Information => t.label,
    };
    // The meeting's forum and year are in the header; the row keeps its
    // room for the text, the preview and messages give the whole reference.
    let label = match m.decisions.get(&entry.id) {
        Some(reference) => format!("{} {}", capitalised(entry.kind.label(m.lang)), reference.short()),
        None => entry_label(m, entry),
    };
    vec![
        Span::raw(if selected { "▸" } else { " " }),
        Span::styled(format!("     {} ", clock_of(&entry.recorded_at)), t.muted),
        Span::styled(label, label_style),
        Span::raw(format!(": {first}{more}")),
    ]
}

/// An action followed up: done mark, owner and due date, the meeting it
/// was recorded in, and its text; overdue ones stand out.
fn followup_parts(m: &MeetingScreen, index: usize, selected: bool) -> Vec<Span<'static>> {
    let t = &m.theme;
    let Some(action) = m.followups.get(index) else {
        return vec![];
    };
    let mark = if action.done { "[x]" } else { "[ ]" };
    let mut details: Vec<String> = [action.owner.as_deref(), action.due.as_deref()]
        .into_iter()
        .flatten()
        .map(inert)
        .collect();
    if action.overdue {
        details.push(m.s.overdue_mark.to_string());
    }
    let details = if details.is_empty() {
        String::new()
    } else {
        format!(" ({})", details.join(", "))
    };
    let style = if action.overdue {
        t.warning
    } else if action.done {
        t.muted
    } else {
        t.label
    };
    let first = inert(action.text.lines().next().unwrap_or(""));
    vec![
        Span::raw(if selected { "▸" } else { " " }),
        Span::styled(format!("     {} ", inert(&action.meeting_date)), t.muted),
        Span::styled(format!("{mark}{details}"), style),
        Span::raw(format!(": {first}")),
    ]
}

/// The selected entry in full, for reading what a one-line row cuts off.
fn preview_lines(m: &MeetingScreen, width: usize, room: usize) -> Vec<Line<'static>> {
    let (head, text) = if let Some(entry) = m.selected_entry() {
        let mut head = format!("{} · {}", entry_label(m, entry), clock_of(&entry.recorded_at));
        if let Some(updated) = &entry.updated_at {
            head.push_str(&format!(
                " · {}",
                tr!(m.lang, "tui-edited-at", time = clock_of(updated))
            ));
        }
        (head, entry.fields.text.as_str())
    } else if let Some(action) = m.selected_followup() {
        let kind = capitalised(EntryKind::Action.label(m.lang));
        let from = tr!(
            m.lang,
            "tui-from-the-meeting-of",
            date = inert(&action.meeting_date)
        );
        let head = format!("{kind} · {from}");
        (head, action.text.as_str())
    } else {
        return Vec::new();
    };
    let t = &m.theme;
    let mut lines = vec![Line::styled("─".repeat(width), t.border)];
    lines.extend(wrap(vec![], &[Span::styled(head, t.label)], 0, width));
    for text_line in text.lines() {
        lines.extend(wrap(vec![], &[Span::raw(inert(text_line))], 0, width));
    }
    if lines.len() > room {
        lines.truncate(room);
        if let Some(last) = lines.last_mut() {
            last.spans.push(Span::raw("…"));
        }
    }
    lines
}

pub fn render(m: &MeetingScreen, area: Rect, buf: &mut Buffer) {
    let t = &m.theme;
    let focused = m.focus == Pane::Agenda;
    let block = Block::bordered()
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(if focused { t.focus } else { t.border })
        .title(Span::styled(format!(" {} ", m.s.agenda_title), t.title));
    let inner = block.inner(area);
    block.render(area, buf);
    let width = usize::from(inner.width);
    let total = usize::from(inner.height);
    // The preview takes at most a third of the pane, and only of a tall one.
    let preview = if focused && total >= 12 {
        preview_lines(m, width, total / 3)
    } else {
        Vec::new()
    };
    let height = total - preview.len();
    let offset = scroll_offset(m.tree_offset, m.tree_selected, height, m.tree.len());
    let rows = m.tree.iter().enumerate().skip(offset).take(height);
    for ((i, row), y) in rows.zip(inner.y..) {
        let selected = focused && m.tree_selected == Some(i);
        let (left, right) = match row {
            TreeRow::Item(index) => item_parts(m, *index, selected),
            TreeRow::Entry(index) => (entry_parts(m, *index, selected), vec![]),
            TreeRow::FollowUp(index) => (followup_parts(m, *index, selected), vec![]),
        };
        let line = Rect::new(inner.x, y, inner.width, 1);
        draw_row(buf, line, left, right, selected.then_some(t.selected));
    }
    if m.tree.is_empty() {
        Line::styled(m.s.no_items, t.muted).render(inner, buf);
    }
    let preview_area = Rect::new(
        inner.x,
        inner.y + u16::try_from(height).unwrap_or(0),
        inner.width,
        inner.height,
    );
    Paragraph::new(preview).render(preview_area.intersection(inner), buf);
}
