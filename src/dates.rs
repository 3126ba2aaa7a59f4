//! Dates as users type them and as the database keeps them (YYYY-MM-DD).

use std::fmt;

use chrono::NaiveDate;

use crate::i18n::Message;
use crate::text::inert;

/// A date that cannot be read, with the text as typed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not written as YYYY-MM-DD.
    Shape(String),
    /// Written right, but not a day of the calendar (2026-02-30).
    NotInCalendar(String),
    /// A due date that is neither a date nor a distance such as `+2w`.
    DueShape(String),
    /// A distance with a unit other than d, w or m.
    DueUnit(String),
    /// A distance beyond the calendar's end.
    TooFarAhead(String),
}

impl DateError {
    pub fn message(&self) -> Message {
        let (key, text) = match self {
            DateError::Shape(t) => ("err-date-shape", t),
            DateError::NotInCalendar(t) => ("err-date-not-in-calendar", t),
            DateError::DueShape(t) => ("err-due-shape", t),
            DateError::DueUnit(t) => ("err-due-unit", t),
            DateError::TooFarAhead(t) => ("err-due-too-far", t),
        };
        Message::new(key).arg("text", inert(text))
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

/// Reads a calendar date written as YYYY-MM-DD; a date that does not exist
/// (2026-02-30) is refused with a message that says so.
pub fn parse(text: &str) -> Result<NaiveDate, DateError> {
    let text = text.trim();
    let shape_ok = text.len() == 10
        && text.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape_ok {
        return Err(DateError::Shape(text.to_string()));
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| DateError::NotInCalendar(text.to_string()))
}

/// Today's date on this machine, as the database keeps it.
pub fn today() -> String {
    chrono::Local::now().date_naive().format("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_lang};

    #[test]
    fn accepts_real_dates_only() {
        set_lang(Lang::En);
        assert_eq!(parse("2024-02-29").unwrap().to_string(), "2024-02-29");
        assert_eq!(
            parse("2026-02-30").unwrap_err().to_string(),
            "2026-02-30 does not exist in the calendar"
        );
        assert!(parse("26-1-1").unwrap_err().to_string().contains("YYYY-MM-DD"));
        assert_eq!(
            parse("2026-13-01").unwrap_err(),
            DateError::NotInCalendar("2026-13-01".into())
        );
        set_lang(Lang::Sv);
        assert_eq!(
            parse("2026-02-30").unwrap_err().to_string(),
            "2026-02-30 finns inte i kalendern"
        );
    }
}
