//! One field of the editor popup: multi-line text, one line, or one line
//! with a list to pick from that narrows as the user types.

use ratatui::style::Style;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use crate::text::fold;
use crate::tui::filter::score_folded;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKey {
    Text,
    Owner,
    Due,
    Target,
    Parties,
    Title,
    Name,
    Organisation,
    Channel,
    Place,
    Keeper,
}

impl FieldKey {
    /// The name of the field in a draft's JSON.
    pub fn id(self) -> &'static str {
        match self {
            FieldKey::Text => "text",
            FieldKey::Owner => "owner",
            FieldKey::Due => "due",
            FieldKey::Target => "target_forum",
            FieldKey::Parties => "parties",
            FieldKey::Title => "title",
            FieldKey::Name => "name",
            FieldKey::Organisation => "organisation",
            FieldKey::Channel => "channel",
            FieldKey::Place => "place",
            FieldKey::Keeper => "minute_keeper",
        }
    }
}

/// One thing a field offers to pick: `label` is shown and typed, `value` stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub hint: String,
}

impl Choice {
    pub fn plain(text: &str, hint: &str) -> Choice {
        Choice {
            value: text.to_string(),
            label: text.to_string(),
            hint: hint.to_string(),
        }
    }
}

pub struct Field {
    pub key: FieldKey,
    pub area: TextArea<'static>,
    pub multiline: bool,
    pub choices: Vec<Choice>,
    /// Only a choice may be stored, not free text.
    pub strict: bool,
    /// What the user typed, which filters the choices; picking with the
    /// arrows changes the text but not this, so the list stays put.
    pub(super) query: String,
    /// Index into [`Field::matching`].
    pub highlight: Option<usize>,
}

fn text_area(value: &str) -> TextArea<'static> {
    let mut area = TextArea::new(value.split('\n').map(str::to_string).collect());
    area.set_cursor_line_style(Style::new());
    area.move_cursor(CursorMove::Bottom);
    area.move_cursor(CursorMove::End);
    area
}

impl Field {
    pub fn text(key: FieldKey, value: &str) -> Field {
        let mut area = text_area(value);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        Field {
            key,
            area,
            multiline: true,
            choices: Vec::new(),
            strict: false,
            query: String::new(),
            highlight: None,
        }
    }

    pub fn line(key: FieldKey, value: &str) -> Field {
        Field {
            multiline: false,
            area: text_area(value),
            ..Field::text(key, "")
        }
    }

    pub fn choice(key: FieldKey, value: &str, choices: Vec<Choice>, strict: bool) -> Field {
        let mut field = Field::line(key, value);
        field.choices = choices;
        field.strict = strict;
        // With nothing typed every choice matches in order, so the index of
        // the exact choice is also its place in the list.
        field.highlight = field.exact();
        field
    }

    pub fn value(&self) -> String {
        self.area.lines().join("\n")
    }

    pub(super) fn set_value(&mut self, value: &str) {
        let style = self.area.cursor_style();
        self.area = text_area(value);
        self.area.set_cursor_style(style);
        if self.multiline {
            self.area.set_wrap_mode(WrapMode::WordOrGlyph);
        }
    }

    /// The choice whose label is the text, ignoring case and diacritics.
    pub(super) fn exact(&self) -> Option<usize> {
        let text = fold(self.value().trim());
        self.choices.iter().position(|c| fold(&c.label) == text)
    }

    /// The choices that match what was typed, best first, as indices into `choices`.
    pub fn matching(&self) -> Vec<usize> {
        let query = fold(&self.query);
        let mut found: Vec<(u8, usize)> = self
            .choices
            .iter()
            .enumerate()
            .filter_map(|(i, c)| score_folded(&query, &fold(&c.label)).map(|s| (s, i)))
            .collect();
        found.sort_by_key(|(score, i)| (*score, *i));
        found.into_iter().map(|(_, i)| i).collect()
    }

    /// The value to store: a choice's value when the text names one, else the
    /// text itself; `None` when the field is strict and nothing matches.
    pub fn resolved(&self) -> Option<String> {
        if let Some(i) = self.exact() {
            return self.choices.get(i).map(|c| c.value.clone());
        }
        if self.strict {
            let matching = self.matching();
            let only = (matching.len() == 1).then(|| matching[0]);
            return only
                .filter(|_| !self.value().trim().is_empty())
                .and_then(|i| self.choices.get(i))
                .map(|c| c.value.clone());
        }
        Some(self.value().trim().to_string())
    }

    /// Moves the highlight through the matching choices and shows its label.
    pub(super) fn pick(&mut self, step: isize) {
        let matching = self.matching();
        if matching.is_empty() {
            return;
        }
        let last = matching.len() - 1;
        let next = match self.highlight {
            None if step > 0 => 0,
            None => last,
            Some(i) => i.saturating_add_signed(step).min(last),
        };
        self.highlight = Some(next);
        if let Some(choice) = matching.get(next).and_then(|i| self.choices.get(*i)) {
            let label = choice.label.clone();
            self.set_value(&label);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_strict_choice_resolves_only_to_a_choice() {
        let forums = vec![
            Choice {
                value: "verkstallande".into(),
                label: "Verkställande forum".into(),
                hint: String::new(),
            },
            Choice {
                value: "ledningsforum".into(),
                label: "Ledningsforum".into(),
                hint: String::new(),
            },
        ];
        let field = Field::choice(FieldKey::Target, "verkstallande FORUM", forums.clone(), true);
        assert_eq!(field.resolved().as_deref(), Some("verkstallande"));
        let field = Field::choice(FieldKey::Target, "ledn", forums.clone(), true);
        assert_eq!(field.resolved(), None, "typed, not picked: the query is empty");
        let mut field = Field::choice(FieldKey::Target, "", forums, true);
        field.pick(1);
        field.pick(1);
        assert_eq!(field.value(), "Ledningsforum");
        assert_eq!(field.resolved().as_deref(), Some("ledningsforum"));
    }
}
