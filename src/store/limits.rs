//! How long a text and how far a date may be, checked where the store
//! saves them so that every route (command line, screens, files) gets the
//! same limits.

use chrono::{Months, NaiveDate};

use super::{Field, Result, StoreError};
use crate::text::is_unsafe;

/// A person's, organisation's or guest's name, an e-mail, a phone number.
pub const NAME: usize = 200;
/// An agenda item's title.
pub const TITLE: usize = 500;
/// What an entry says.
pub const ENTRY_TEXT: usize = 20_000;
/// A reason, a comment, a proposed point or a planned change.
pub const REASON: usize = 10_000;

/// The first and last day fora accepts anywhere: earlier or later is a typo.
const EARLIEST: NaiveDate = NaiveDate::from_ymd_opt(1970, 1, 1).expect("a date");
const LATEST: NaiveDate = NaiveDate::from_ymd_opt(2099, 12, 31).expect("a date");
/// How far ahead an action may be due.
const DUE_MONTHS: u32 = 5 * 12;

/// Refuses `text` longer than `max` characters.
pub fn length(field: Field, text: &str, max: usize) -> Result<()> {
    let found = text.chars().count();
    if found > max {
        return Err(StoreError::TooLong { field, max, found });
    }
    Ok(())
}

/// The one rule for a text someone typed, pasted or sent: trimmed, not
/// empty, without control characters or the invisible characters that
/// reorder or hide text (a multi-line text keeps its line breaks and tabs),
/// and at most `max` characters.
pub fn text(field: Field, text: &str, max: usize, multiline: bool) -> Result<String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(StoreError::Empty(field));
    }
    plain(field, text, multiline)?;
    length(field, text, max)?;
    Ok(text.to_string())
}

/// Refuses control characters and the invisible characters that reorder or
/// hide text; a multi-line text may have line breaks and tabs.
pub fn plain(field: Field, text: &str, multiline: bool) -> Result<()> {
    let allowed = |c: char| multiline && (c == '\n' || c == '\t');
    if text.chars().any(|c| is_unsafe(c) && !allowed(c)) {
        return Err(StoreError::ControlCharacters(field));
    }
    Ok(())
}

/// A reviewer's name and comments: (item title or None, text).
pub fn comments(reviewer: &str, comments: &[(Option<String>, String)]) -> Result<()> {
    plain(Field::ReviewerName, reviewer, false)?;
    length(Field::ReviewerName, reviewer, NAME)?;
    for (item, text) in comments {
        if let Some(item) = item {
            plain(Field::ItemTitle, item, false)?;
            length(Field::ItemTitle, item, TITLE)?;
        }
        plain(Field::Comment, text, true)?;
        length(Field::Comment, text, REASON)?;
    }
    Ok(())
}

/// Reads a date (YYYY-MM-DD) and refuses one outside fora's range.
pub fn date(text: &str) -> Result<NaiveDate> {
    let date = crate::dates::parse(text)?;
    if !(EARLIEST..=LATEST).contains(&date) {
        return Err(StoreError::DateOutOfRange {
            date: date.to_string(),
            earliest: EARLIEST.to_string(),
            latest: LATEST.to_string(),
        });
    }
    Ok(date)
}

/// Reads an action's due date: at most five years after `today`.
pub fn due(text: &str, today: NaiveDate) -> Result<NaiveDate> {
    let date = date(text)?;
    let latest = today
        .checked_add_months(Months::new(DUE_MONTHS))
        .unwrap_or(LATEST);
    if date > latest {
        return Err(StoreError::DueTooFar {
            date: date.to_string(),
            latest: latest.to_string(),
        });
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_count_characters_not_bytes() {
        assert!(length(Field::PersonName, &"Å".repeat(200), NAME).is_ok());
        let err = length(Field::PersonName, &"Å".repeat(201), NAME).unwrap_err();
        assert!(matches!(
            err,
            StoreError::TooLong {
                max: 200,
                found: 201,
                ..
            }
        ));
    }

    #[test]
    fn texts_lose_no_line_but_refuse_what_acts_on_a_terminal() {
        let multi = text(Field::EntryText, " rad 1\nrad 2\t. ", ENTRY_TEXT, true).unwrap();
        assert_eq!(multi, "rad 1\nrad 2\t.");
        for hostile in [
            "a\u{1b}[2J",
            "a\u{9b}b",
            "faktura \u{202e}fdp.exe",
            "a\u{200b}b",
            "a\rb",
        ] {
            assert!(matches!(
                text(Field::EntryText, hostile, ENTRY_TEXT, true),
                Err(StoreError::ControlCharacters(Field::EntryText))
            ));
        }
        assert!(text(Field::PersonName, "a\nb", NAME, false).is_err());
        assert!(matches!(
            text(Field::CancelReason, "  ", REASON, true),
            Err(StoreError::Empty(_))
        ));
    }

    #[test]
    fn dates_stay_in_a_sane_range() {
        assert!(date("2026-11-26").is_ok());
        assert!(date("9999-12-31").is_err());
        assert!(date("0001-01-01").is_err());
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        assert!(due("2031-11-26", today).is_ok());
        let err = due("2031-11-27", today).unwrap_err();
        crate::i18n::set_lang(crate::i18n::Lang::Sv);
        assert!(err.to_string().contains("2031-11-26"), "{err}");
    }
}
