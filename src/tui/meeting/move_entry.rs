//! `M`: an entry recorded on the wrong item goes to another one, picked from
//! the agenda; it keeps its text, number and history.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::i18n::tr;
use crate::store::Store;
use crate::text::inert;
use crate::tui::common::{centered, popup_frame, truncate};

use super::popups::Popup;
use super::{MeetingScreen, Reload, TreeKey, agenda};

/// The agenda offered for an entry to move to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoveTo {
    pub entry_id: i64,
    /// Index into the agenda.
    pub selected: usize,
}

/// Items listed at most; the list scrolls with the selection.
const ROWS: usize = 12;

impl MeetingScreen {
    pub(super) fn ask_move(&mut self) {
        let Some(entry) = self.selected_entry() else {
            self.note(self.lang.text("slips-move-select-entry"));
            return;
        };
        let selected = self
            .agenda
            .iter()
            .position(|i| i.id == entry.item_id)
            .unwrap_or(0);
        self.popup = Some(Popup::MoveTo(MoveTo {
            entry_id: entry.id,
            selected,
        }));
    }

    pub(super) fn move_key(&mut self, mut picker: MoveTo, store: &mut Store, key: KeyEvent) {
        let last = self.agenda.len().saturating_sub(1);
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => picker.selected = picker.selected.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => picker.selected = (picker.selected + 1).min(last),
            KeyCode::Home => picker.selected = 0,
            KeyCode::End => picker.selected = last,
            KeyCode::Enter => return self.move_to(picker, store),
            KeyCode::Esc | KeyCode::Char('q') => return,
            _ => {}
        }
        self.popup = Some(Popup::MoveTo(picker));
    }

    fn move_to(&mut self, picker: MoveTo, store: &mut Store) {
        let Some(item) = self.agenda.get(picker.selected) else {
            return;
        };
        let (item_id, number, title) = (item.id, picker.selected + 1, inert(&item.title));
        let result = store.move_entry(picker.entry_id, item_id);
        let saved = tr!(self.lang, "slips-moved-to", item = format!("{number}. {title}"));
        self.wrote(store, result, Reload::Entries, &saved);
        self.select_tree(TreeKey::Entry(picker.entry_id, item_id));
        self.follow();
    }
}

pub(super) fn render(m: &MeetingScreen, picker: &MoveTo, area: Rect, buf: &mut Buffer) {
    let t = &m.theme;
    let width = 64.min(area.width);
    let inner_width = usize::from(width.saturating_sub(2));
    let entry = m.entries.iter().find(|e| e.id == picker.entry_id);
    let label = entry.map(|e| agenda::entry_label(m, e)).unwrap_or_default();
    let mut lines = vec![
        Line::styled(truncate(&label, inner_width), t.label),
        Line::default(),
    ];
    let offset = (picker.selected + 1).saturating_sub(ROWS);
    for (i, item) in m.agenda.iter().enumerate().skip(offset).take(ROWS) {
        let here = entry.is_some_and(|e| e.item_id == item.id);
        let mark = if i == picker.selected { "▸ " } else { "  " };
        let text = format!("{mark}{:>2}. {}", i + 1, inert(&item.title));
        let mut spans = vec![Span::raw(truncate(&text, inner_width.saturating_sub(4)))];
        if here {
            spans.push(Span::styled(" ←", t.muted));
        }
        let line = Line::from(spans);
        lines.push(if i == picker.selected {
            line.style(t.selected)
        } else {
            line
        });
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        truncate(m.lang.text("slips-move-keys"), inner_width),
        t.muted,
    ));
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let title = m.lang.text("slips-move-title");
    let inner = popup_frame(t, title, centered(area, width, height), buf);
    Paragraph::new(lines).render(inner, buf);
}
