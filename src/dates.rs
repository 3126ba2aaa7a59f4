//! Dates as users type them and as the database keeps them (YYYY-MM-DD).

use chrono::NaiveDate;

/// Reads a calendar date written as YYYY-MM-DD; a date that does not exist
/// (2026-02-30) is refused with a message that says so.
pub fn parse(text: &str) -> Result<NaiveDate, String> {
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
        return Err(format!(
            "\"{}\" is not a date: write it as YYYY-MM-DD",
            crate::text::inert(text)
        ));
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| format!("{text} does not exist in the calendar"))
}

/// Today's date on this machine, as the database keeps it.
pub fn today() -> String {
    chrono::Local::now().date_naive().format("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_dates_only() {
        assert_eq!(parse("2024-02-29").unwrap().to_string(), "2024-02-29");
        assert_eq!(
            parse("2026-02-30").unwrap_err(),
            "2026-02-30 does not exist in the calendar"
        );
        assert!(parse("26-1-1").unwrap_err().contains("YYYY-MM-DD"));
        assert!(parse("2026-13-01").unwrap_err().contains("does not exist"));
    }
}
