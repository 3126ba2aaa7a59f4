//! The popup over a meeting (`p`) that writes its protocol as Markdown,
//! HTML, PDF or JSON to `<forum>-<date>-<meeting>.<ext>` in the export
//! directory, whole or not at all, and then says where, or why not.

use crate::i18n::tr;
use std::path::{Path, PathBuf};

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::i18n::Lang;
use crate::protocol::Format;
use crate::protocol::edition::{Edition, choose};
use crate::store::Store;
use crate::text::inert;

use super::common::{centered, popup_frame, truncate};
use super::strings::Strings;
use super::theme::Theme;
use super::wrap::wrap;

/// What was written: the file and its size, or why nothing was.
pub type Written = Result<(PathBuf, usize), String>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportPopup {
    meeting_id: i64,
    /// Index into `Format::ALL`.
    selected: usize,
    result: Option<Written>,
}

/// What a key in the popup asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKey {
    Stay,
    Close,
    Write(Format),
}

impl ExportPopup {
    pub fn new(meeting_id: i64) -> ExportPopup {
        ExportPopup {
            meeting_id,
            selected: 0,
            result: None,
        }
    }

    pub fn meeting_id(&self) -> i64 {
        self.meeting_id
    }

    /// The outcome of the write, once there is one.
    pub fn result(&self) -> Option<&Written> {
        self.result.as_ref()
    }

    pub fn set_result(&mut self, result: Written) {
        self.result = Some(result);
    }

    pub fn key(&mut self, key: KeyEvent) -> ExportKey {
        if key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return ExportKey::Stay;
        }
        // Once written, the popup only reports; any key closes it.
        if self.result.is_some() {
            return ExportKey::Close;
        }
        let last = Format::ALL.len() - 1;
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => self.selected = self.selected.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => self.selected = (self.selected + 1).min(last),
            KeyCode::Home => self.selected = 0,
            KeyCode::End => self.selected = last,
            KeyCode::Char(c @ '1'..='4') => {
                self.selected = (c as usize - '1' as usize).min(last);
                return ExportKey::Write(Format::ALL[self.selected]);
            }
            KeyCode::Enter => return ExportKey::Write(Format::ALL[self.selected]),
            KeyCode::Esc | KeyCode::Char('q') => return ExportKey::Close,
            _ => {}
        }
        ExportKey::Stay
    }
}

/// `leveransforum-2026-11-26-12.md`. The forum id and date come from the
/// database, so anything but letters, digits, `-` and `_` is replaced: a
/// hand-edited row cannot send the file into another directory.
pub fn file_name(forum_id: &str, date: &str, meeting_id: i64, format: Format) -> String {
    let safe = |text: &str| -> String {
        text.chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect()
    };
    format!(
        "{}-{}-{meeting_id}.{}",
        safe(forum_id),
        safe(date),
        format.extension()
    )
}

/// Writes the protocol of meeting `meeting_id` in `format` into `dir` (the
/// current directory when `None`), exactly the bytes `protocol::export` gives.
pub fn write(store: &Store, meeting_id: i64, lang: Lang, format: Format, dir: Option<&Path>) -> Written {
    // The record: the approved version when there is one, as `fora export` writes it.
    let (snapshot, stamp) =
        choose(store, meeting_id, lang, Edition::Record).map_err(|e| inert(&e.to_string()))?;
    let bytes = snapshot
        .render(format, &stamp)
        .map_err(|e| inert(&e.to_string()))?;
    let meeting = &snapshot.record.meeting;
    let name = file_name(&meeting.forum_id, &meeting.date, meeting_id, format);
    let path = dir.unwrap_or(Path::new(".")).join(name);
    crate::files::write(&path, &bytes).map_err(|e| inert(&e.to_string()))?;
    // The full path, so the secretary knows where to find it.
    let shown = std::path::absolute(&path).unwrap_or(path);
    Ok((shown, bytes.len()))
}

fn label(format: Format) -> &'static str {
    match format {
        Format::Markdown => "Markdown (.md)",
        Format::Html => "HTML (.html)",
        Format::Pdf => "PDF (.pdf)",
        Format::Json => "JSON (.json)",
    }
}

pub fn render(popup: &ExportPopup, dir: Option<&Path>, s: &Strings, t: &Theme, area: Rect, buf: &mut Buffer) {
    let width = 64.min(area.width);
    let inner_width = usize::from(width.saturating_sub(2));
    let mut lines: Vec<Line<'static>> = Vec::new();
    match &popup.result {
        None => {
            let into = match dir {
                Some(dir) => inert(&dir.display().to_string()),
                None => s.current_dir.to_string(),
            };
            lines.extend(wrap(
                vec![],
                &[Span::styled(format!("{} {into}", s.export_into), t.muted)],
                2,
                inner_width,
            ));
            lines.push(Line::default());
            for (i, format) in Format::ALL.into_iter().enumerate() {
                let text = truncate(&format!(" {}  {}", i + 1, label(format)), inner_width);
                let style = if i == popup.selected {
                    t.selected
                } else {
                    Style::new()
                };
                lines.push(Line::styled(format!("{text:<inner_width$}"), style));
            }
            lines.push(Line::default());
            lines.push(Line::styled(truncate(s.export_keys, inner_width), t.muted));
        }
        Some(Ok((path, size))) => {
            lines.push(Line::styled(format!("✓ {}", s.export_written), t.success));
            let path = inert(&path.display().to_string());
            lines.extend(wrap(vec![Span::raw("  ")], &[Span::raw(path)], 2, inner_width));
            lines.push(Line::raw(format!(
                "  ({})",
                tr!(s.lang, "tui-export-size", bytes = *size)
            )));
            lines.push(Line::default());
            lines.push(Line::styled(truncate(s.help_close, inner_width), t.muted));
        }
        Some(Err(error)) => {
            lines.push(Line::styled(format!("⚠ {}", s.export_failed), t.warning));
            lines.extend(wrap(
                vec![Span::raw("  ")],
                &[Span::raw(error.clone())],
                2,
                inner_width,
            ));
            lines.push(Line::default());
            lines.push(Line::styled(truncate(s.help_close, inner_width), t.muted));
        }
    }
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let inner = popup_frame(t, s.export_title, centered(area, width, height), buf);
    Paragraph::new(lines).render(inner, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_cannot_leave_the_directory() {
        assert_eq!(
            file_name("leveransforum", "2026-11-26", 12, Format::Markdown),
            "leveransforum-2026-11-26-12.md"
        );
        assert_eq!(file_name("../x", "2026/11", 1, Format::Pdf), "___x-2026_11-1.pdf");
    }
}
