//! What the inbox asks before an approval is recorded or signed: which
//! approver, who records it, the key file and its passphrase; one line of
//! typing each, drawn as a popup over the list.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::signing::SigningKey;
use crate::text::inert;
use crate::tui::common::{centered, popup_frame, truncate};
use crate::tui::theme::Theme;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Recorded by the secretary: said in the room or by mail.
    Record,
    /// Signed with the approver's own key.
    Sign,
}

/// The question on the screen, with what was answered before it.
pub enum Ask {
    Approver {
        purpose: Purpose,
        meeting: i64,
        names: Vec<String>,
        at: usize,
    },
    RecordedBy {
        meeting: i64,
        approver: String,
        typed: String,
    },
    KeyFile {
        meeting: i64,
        approver: String,
        typed: String,
    },
    Passphrase {
        meeting: i64,
        approver: String,
        key: Box<SigningKey>,
        typed: String,
    },
}

/// What a key does to a line being typed.
pub enum Edit {
    Typing,
    Done,
    Cancel,
}

/// Applies `key` to `typed`: letters are added, Backspace takes one away.
pub fn edit(typed: &mut String, key: KeyEvent) -> Edit {
    match key.code {
        KeyCode::Enter => Edit::Done,
        KeyCode::Esc => Edit::Cancel,
        KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => Edit::Cancel,
        KeyCode::Backspace => {
            typed.pop();
            Edit::Typing
        }
        KeyCode::Char(c) if !c.is_control() => {
            typed.push(c);
            Edit::Typing
        }
        _ => Edit::Typing,
    }
}

impl Ask {
    pub fn render(&self, lang: crate::i18n::Lang, t: &Theme, area: Rect, buf: &mut Buffer) {
        let text = |key| lang.text(key);
        let (title, mut lines, typed) = match self {
            Ask::Approver {
                names, at, purpose, ..
            } => {
                let title = match purpose {
                    Purpose::Record => text("tui-inbox-ask-record"),
                    Purpose::Sign => text("tui-inbox-ask-sign"),
                };
                let lines = names
                    .iter()
                    .enumerate()
                    .map(|(i, n)| {
                        let style = if i == *at { t.selected } else { Style::new() };
                        Line::styled(format!(" {} ", inert(n)), style)
                    })
                    .collect();
                (title, lines, None)
            }
            Ask::RecordedBy { approver, typed, .. } | Ask::KeyFile { approver, typed, .. } => {
                let name = inert(approver);
                let (title, note) = if matches!(self, Ask::KeyFile { .. }) {
                    let note = crate::i18n::tr!(lang, "tui-inbox-key-note", name = name);
                    (text("tui-inbox-ask-key-file"), note)
                } else {
                    let note = crate::i18n::tr!(lang, "tui-inbox-recorded-note", name = name);
                    (text("tui-inbox-ask-recorded-by"), note)
                };
                (title, vec![Line::raw(note), Line::raw("")], Some(inert(typed)))
            }
            // What is typed is never shown, only how much.
            Ask::Passphrase { typed, .. } => (
                text("tui-inbox-ask-passphrase"),
                vec![],
                Some("•".repeat(typed.chars().count())),
            ),
        };
        let width = area.width.saturating_sub(4).min(72);
        let room = usize::from(width.saturating_sub(2));
        if let Some(typed) = typed {
            // The end of a long path is where the typing happens, so that end shows.
            let chars: Vec<char> = typed.chars().collect();
            let shown: String = chars[chars.len().saturating_sub(room.saturating_sub(2))..]
                .iter()
                .collect();
            lines.push(Line::from(vec![
                Span::styled(format!("> {shown}"), Style::new()),
                Span::styled("▏", t.focus),
            ]));
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(truncate(text("tui-inbox-ask-keys"), room), t.muted));
        let height = u16::try_from(lines.len() + 4).unwrap_or(u16::MAX);
        let inner = popup_frame(t, title, centered(area, width, height), buf);
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(inner, buf);
    }
}
