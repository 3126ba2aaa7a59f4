//! A text box of the review screen: the comment on an item (several lines)
//! or the reviewer's name (one line), on ratatui-textarea.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::style::{Modifier, Style};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use crate::text::inert_multiline;

/// What a key in the text box asks of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Nothing,
    Edited,
    Save,
    Cancel,
}

pub struct Input {
    pub area: TextArea<'static>,
    multiline: bool,
    initial: String,
    /// Esc on changed text asks before throwing it away.
    pub confirm_discard: bool,
    /// Why the last Enter was refused.
    pub error: Option<&'static str>,
}

/// Text safe to put in the box: no control characters but line breaks and
/// tabs, and one line for a one-line box.
fn clean(text: &str, multiline: bool) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = inert_multiline(&text);
    if multiline {
        text
    } else {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

impl Input {
    fn new(value: &str, multiline: bool) -> Input {
        let value = clean(value, multiline);
        let mut area = TextArea::new(value.split('\n').map(str::to_string).collect());
        area.set_cursor_line_style(Style::new());
        area.set_cursor_style(Style::new().add_modifier(Modifier::REVERSED));
        if multiline {
            area.set_wrap_mode(WrapMode::WordOrGlyph);
        }
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        Input {
            area,
            multiline,
            initial: value,
            confirm_discard: false,
            error: None,
        }
    }

    /// A box of several lines for a comment.
    pub fn comment(value: &str) -> Input {
        Input::new(value, true)
    }

    /// A one-line box, for a name.
    pub fn line(value: &str) -> Input {
        Input::new(value, false)
    }

    /// Takes `initial` as the text the box opened with, for a box restored
    /// from a draft: Esc then asks before the restored text is thrown away.
    pub fn with_initial(mut self, initial: &str) -> Input {
        self.initial = clean(initial, self.multiline);
        self
    }

    pub fn value(&self) -> String {
        self.area.lines().join("\n")
    }

    pub fn is_changed(&self) -> bool {
        self.value() != self.initial
    }

    /// Text pasted from the clipboard, made safe first.
    pub fn paste(&mut self, text: &str) -> Outcome {
        if self.confirm_discard {
            return Outcome::Nothing;
        }
        self.area.insert_str(clean(text, self.multiline));
        self.error = None;
        Outcome::Edited
    }

    pub fn key(&mut self, key: KeyEvent) -> Outcome {
        if key.kind == KeyEventKind::Release {
            return Outcome::Nothing;
        }
        if self.confirm_discard {
            self.confirm_discard = false;
            return match crate::tui::meeting::answer(key) {
                Some(crate::tui::meeting::Answer::Yes) => Outcome::Cancel,
                _ => Outcome::Nothing,
            };
        }
        let plain = !key
            .modifiers
            .intersects(KeyModifiers::ALT | KeyModifiers::SHIFT | KeyModifiers::CONTROL);
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        // Alt-Enter is the documented line break; Shift-Enter and Ctrl-J are
        // what other terminals and chat programs taught people.
        let line_break = key.code == KeyCode::Enter && !plain || ctrl && key.code == KeyCode::Char('j');
        match key.code {
            KeyCode::Enter if plain => return Outcome::Save,
            KeyCode::Esc => {
                if self.is_changed() && !self.value().trim().is_empty() {
                    self.confirm_discard = true;
                    return Outcome::Nothing;
                }
                return Outcome::Cancel;
            }
            _ => {}
        }
        if line_break {
            if !self.multiline {
                return Outcome::Nothing;
            }
            self.area.insert_newline();
            self.error = None;
            return Outcome::Edited;
        }
        // Ctrl-M is Enter to the text area; a one-line box must stay one line.
        if !self.multiline && ctrl && key.code == KeyCode::Char('m') {
            return Outcome::Nothing;
        }
        if self.area.input(key) {
            self.error = None;
            return Outcome::Edited;
        }
        Outcome::Nothing
    }
}
