//! Enter on an entry: the entry shown whole, read-only, so that looking at
//! it never appends text to it by mistake; `E` from there edits it.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::text::inert;
use crate::tui::common::{centered, popup_frame, truncate};
use crate::tui::wrap::wrap;

use super::editor::Purpose;
use super::popups::Popup;
use super::{MeetingScreen, agenda};

impl MeetingScreen {
    /// Shows the selected entry.
    pub(super) fn view_entry(&mut self, entry_id: i64) {
        self.popup = Some(Popup::View(entry_id));
    }

    pub(super) fn view_key(&mut self, entry_id: i64, key: KeyEvent) {
        match key.code {
            KeyCode::Char('E') if self.read_only.is_none() => {
                self.open_editor(Purpose::EditEntry { entry_id })
            }
            KeyCode::Char('E') => self.note(self.s.read_only_refused),
            KeyCode::Esc | KeyCode::Enter | KeyCode::Char('q') => {}
            _ => self.popup = Some(Popup::View(entry_id)),
        }
    }
}

pub(super) fn render(m: &MeetingScreen, entry_id: i64, area: Rect, buf: &mut Buffer) {
    let t = &m.theme;
    let Some(entry) = m.entries.iter().find(|e| e.id == entry_id) else {
        return;
    };
    let width = 72.min(area.width);
    let inner_width = usize::from(width.saturating_sub(2));
    let mut lines = Vec::new();
    if let Some(item) = m.agenda.iter().find(|i| i.id == entry.item_id) {
        let number = m.item_number(item.id).unwrap_or(0);
        let title = format!("{} {number}. {}", m.s.item, inert(&item.title));
        lines.push(Line::styled(truncate(&title, inner_width), t.muted));
    }
    lines.push(Line::default());
    for paragraph in entry.fields.text.lines() {
        lines.extend(wrap(vec![], &[Span::raw(inert(paragraph))], 0, inner_width));
    }
    // A text longer than the window is cut, keeping the keys in view; E shows it all.
    let room = usize::from(area.height).saturating_sub(4);
    if lines.len() > room {
        lines.truncate(room.saturating_sub(1));
        lines.push(Line::styled("…", t.muted));
    }
    lines.push(Line::default());
    let keys = m.lang.text("slips-view-keys");
    lines.push(Line::styled(truncate(keys, inner_width), t.muted));
    let height = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let title = agenda::entry_label(m, entry);
    let inner = popup_frame(t, &title, centered(area, width, height), buf);
    Paragraph::new(lines).render(inner, buf);
}
