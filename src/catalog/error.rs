//! Why a catalogue file cannot be used: the line and the field path as
//! data, the sentence from the catalogue of words (errors.ftl).

use std::fmt;

use super::FORMAT;
use crate::domain::Party;
use crate::i18n::Message;
use crate::text::inert;

/// A catalogue that cannot be used, with where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct CatalogError {
    /// Line in the file, counted from 1, when known.
    pub line: Option<usize>,
    /// The field, as a path such as `forums[3].cadence.unit`; empty for a
    /// fault of the TOML syntax.
    pub field: String,
    pub problem: Problem,
}

/// What is wrong with a field of the catalogue; ids and values as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The TOML itself does not parse.
    Syntax,
    UnknownField {
        name: String,
        expected: Vec<String>,
    },
    MissingField(String),
    UnknownValue {
        value: String,
        expected: Vec<String>,
    },
    /// A value of the wrong type: `expected` is what the field holds.
    WrongType(ValueType),
    /// A number out of range, or another value the field cannot hold.
    BadValue,
    BadId(String),
    Empty,
    ControlCharacters,
    TooLong {
        max: usize,
        found: usize,
    },
    Format {
        found: u32,
    },
    AreaZero,
    AreaTwice(u8),
    RoleTwice(String),
    ForumTwice(String),
    UnknownArea(u8),
    NoChannel,
    ZeroInterval,
    NoCadence,
    UnknownRole(String),
    SeatTwice {
        role: String,
        party: Party,
    },
    NoParticipants,
    NoForums,
    ReportTwice(String),
    UnknownForum(String),
    UnknownTheme(String),
    BadDueDay(u32),
}

/// The kinds of value a catalogue field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueType {
    Boolean,
    Number,
    Text,
    List,
    Table,
    Other,
}

impl ValueType {
    fn id(self) -> &'static str {
        match self {
            ValueType::Boolean => "boolean",
            ValueType::Number => "number",
            ValueType::Text => "text",
            ValueType::List => "list",
            ValueType::Table => "table",
            ValueType::Other => "other",
        }
    }
}

impl Problem {
    pub fn message(&self) -> Message {
        let m = Message::new;
        let list = |items: &[String]| {
            items
                .iter()
                .map(|i| format!("`{}`", inert(i)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            Problem::Syntax => m("err-catalog-syntax"),
            Problem::UnknownField { name, expected } => m("err-catalog-unknown-field")
                .arg("name", inert(name))
                .arg("expected", list(expected)),
            Problem::MissingField(name) => m("err-catalog-missing-field").arg("name", inert(name)),
            Problem::UnknownValue { value, expected } => m("err-catalog-unknown-value")
                .arg("value", inert(value))
                .arg("expected", list(expected)),
            Problem::WrongType(kind) => m("err-catalog-wrong-type").arg("kind", kind.id()),
            Problem::BadValue => m("err-catalog-bad-value"),
            Problem::BadId(id) => m("err-catalog-bad-id").arg("id", inert(id)),
            Problem::Empty => m("err-catalog-empty"),
            Problem::ControlCharacters => m("err-catalog-control-characters"),
            Problem::TooLong { max, found } => {
                m("err-catalog-too-long").arg("max", *max).arg("found", *found)
            }
            Problem::Format { found } => m("err-catalog-format").arg("found", *found).arg("known", FORMAT),
            Problem::AreaZero => m("err-catalog-area-zero"),
            Problem::AreaTwice(n) => m("err-catalog-area-twice").arg("area", u32::from(*n)),
            Problem::RoleTwice(id) => m("err-catalog-role-twice").arg("role", inert(id)),
            Problem::ForumTwice(id) => m("err-catalog-forum-twice").arg("forum", inert(id)),
            Problem::UnknownArea(n) => m("err-catalog-unknown-area").arg("area", u32::from(*n)),
            Problem::NoChannel => m("err-catalog-no-channel"),
            Problem::ZeroInterval => m("err-catalog-zero-interval"),
            Problem::NoCadence => m("err-catalog-no-cadence"),
            Problem::UnknownRole(id) => m("err-catalog-unknown-role").arg("role", inert(id)),
            Problem::SeatTwice { role, party } => m("err-catalog-seat-twice")
                .arg("role", inert(role))
                .arg("party", party.label(crate::i18n::lang())),
            Problem::NoParticipants => m("err-catalog-no-participants"),
            Problem::NoForums => m("err-catalog-no-forums"),
            Problem::ReportTwice(id) => m("err-catalog-report-twice").arg("report", inert(id)),
            Problem::UnknownForum(id) => m("err-catalog-unknown-forum").arg("forum", inert(id)),
            Problem::UnknownTheme(text) => m("err-catalog-unknown-theme").arg("theme", inert(text)),
            Problem::BadDueDay(day) => m("err-catalog-bad-due-day").arg("day", *day),
        }
    }

    /// Reads the message of the TOML parser or of serde, whose texts are
    /// English, into a problem whose words come from the catalogue.
    pub(super) fn of_parser(message: &str) -> Problem {
        let message = message.trim();
        let quoted =
            |text: &str| -> Vec<String> { text.split('`').skip(1).step_by(2).map(str::to_string).collect() };
        if let Some(rest) = message.strip_prefix("unknown field ") {
            let mut names = quoted(rest);
            if !names.is_empty() {
                let name = names.remove(0);
                return Problem::UnknownField {
                    name,
                    expected: names,
                };
            }
        }
        if let Some(rest) = message.strip_prefix("unknown variant ") {
            let mut values = quoted(rest);
            if !values.is_empty() {
                let value = values.remove(0);
                return Problem::UnknownValue {
                    value,
                    expected: values,
                };
            }
        }
        if let Some(rest) = message.strip_prefix("missing field ")
            && let Some(name) = quoted(rest).into_iter().next()
        {
            return Problem::MissingField(name);
        }
        if let Some(rest) = message.strip_prefix("invalid type: ") {
            let expected = rest.rsplit_once(", expected ").map_or("", |(_, e)| e);
            let kind = match expected {
                "a boolean" => ValueType::Boolean,
                "a string" => ValueType::Text,
                "a sequence" => ValueType::List,
                e if e.starts_with(['u', 'i']) && e[1..].chars().all(|c| c.is_ascii_digit()) => {
                    ValueType::Number
                }
                e if e.starts_with("struct ") || e == "a map" => ValueType::Table,
                _ => ValueType::Other,
            };
            return Problem::WrongType(kind);
        }
        if message.starts_with("invalid value") || message.starts_with("invalid length") {
            return Problem::BadValue;
        }
        Problem::Syntax
    }
}

impl CatalogError {
    pub fn message(&self) -> Message {
        let problem = self.problem.message().to_string();
        let field = inert(&self.field);
        match (self.line, self.field.is_empty()) {
            (Some(line), true) => Message::new("err-catalog-at-line")
                .arg("line", line)
                .arg("problem", problem),
            (Some(line), false) => Message::new("err-catalog-at-line-field")
                .arg("line", line)
                .arg("field", field)
                .arg("problem", problem),
            (None, _) => Message::new("err-catalog-at-field")
                .arg("field", field)
                .arg("problem", problem),
        }
    }
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}
