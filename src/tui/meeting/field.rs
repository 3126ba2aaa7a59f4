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
    Time,
    Reason,
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
            FieldKey::Time => "time",
            FieldKey::Reason => "reason",
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

    /// Takes the highlighted suggestion, else the best one for what was typed,
    /// as the text: Tab does this before it moves on, so "Fred" with
    /// "Fredrik Sjö" suggested is saved as Fredrik Sjö. Returns whether the text changed.
    pub(super) fn accept_suggestion(&mut self) -> bool {
        if self.choices.is_empty() || self.query.trim().is_empty() || self.exact().is_some() {
            return false;
        }
        let matching = self.matching();
        let Some(label) = matching
            .get(self.highlight.unwrap_or(0))
            .and_then(|i| self.choices.get(*i))
            .map(|c| c.label.clone())
        else {
            return false;
        };
        self.set_value(&label);
        true
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

    fn owners() -> Vec<Choice> {
        ["Fredrik Sjö", "Anna Berg"]
            .into_iter()
            .map(|name| Choice::plain(name, ""))
            .collect()
    }

    /// Types `text` into a fresh owner field, as the editor does with each key.
    fn typed(text: &str) -> Field {
        let mut field = Field::choice(FieldKey::Owner, "", owners(), false);
        field.set_value(text);
        field.query = text.to_string();
        field
    }

    #[test]
    fn tab_takes_the_suggestion_for_what_was_typed() {
        let mut field = typed("Fred");
        assert!(field.accept_suggestion());
        assert_eq!(field.value(), "Fredrik Sjö");
        assert_eq!(field.resolved().as_deref(), Some("Fredrik Sjö"));
    }

    #[test]
    fn tab_leaves_a_whole_name_an_empty_field_and_free_text_alone() {
        let mut whole = typed("anna berg");
        assert!(!whole.accept_suggestion(), "already a choice");
        assert_eq!(whole.value(), "anna berg");
        let mut empty = typed("");
        assert!(!empty.accept_suggestion());
        assert_eq!(empty.value(), "");
        let mut other = typed("Gustav");
        assert!(!other.accept_suggestion(), "nothing suggested");
        assert_eq!(other.value(), "Gustav");
    }
}
