//! Swedish working days, for the deadline of justering: Monday to Friday
//! except the public holidays (lag 1989:253 om allmänna helgdagar) and the
//! three eves that lag 1930:173 counts with them: midsommarafton, julafton
//! and nyårsafton.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// Easter Sunday of `year` (the anonymous Gregorian algorithm).
fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Whether `date` is a public holiday or one of the eves counted with them.
/// Only those that can fall on a weekday matter: midsommardagen and alla
/// helgons dag are always Saturdays.
fn is_holiday(date: NaiveDate) -> bool {
    let fixed = matches!(
        (date.month(), date.day()),
        (1, 1) | (1, 6) | (5, 1) | (6, 6) | (12, 24) | (12, 25) | (12, 26) | (12, 31)
    );
    // Midsommarafton: the Friday from 19 to 25 June.
    let midsummer_eve =
        date.month() == 6 && (19..=25).contains(&date.day()) && date.weekday() == Weekday::Fri;
    let from_easter = easter(date.year()).is_some_and(|easter| {
        // Långfredagen, annandag påsk, Kristi himmelsfärdsdag.
        [-2, 1, 39].contains(&(date - easter).num_days())
    });
    fixed || midsummer_eve || from_easter
}

pub fn is_working_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !is_holiday(date)
}

/// The day `count` working days after `date`; `date` itself is not counted.
pub fn add(date: NaiveDate, count: u32) -> Option<NaiveDate> {
    let mut day = date;
    let mut left = count;
    while left > 0 {
        day = day.checked_add_days(Days::new(1))?;
        if is_working_day(day) {
            left -= 1;
        }
    }
    Some(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn easter_is_known_for_a_few_years() {
        assert_eq!(easter(2024), Some(d("2024-03-31")));
        assert_eq!(easter(2026), Some(d("2026-04-05")));
        assert_eq!(easter(2027), Some(d("2027-03-28")));
    }

    #[test]
    fn weekends_holidays_and_eves_are_skipped() {
        // Friday 2026-11-27 plus one working day is Monday.
        assert_eq!(add(d("2026-11-27"), 1), Some(d("2026-11-30")));
        // Around Easter 2026: Good Friday 3 April and Easter Monday 6 April.
        assert_eq!(add(d("2026-04-02"), 1), Some(d("2026-04-07")));
        // Ascension Day 2026 is Thursday 14 May.
        assert_eq!(add(d("2026-05-13"), 1), Some(d("2026-05-15")));
        // Midsommarafton 2026 is Friday 19 June.
        assert_eq!(add(d("2026-06-18"), 1), Some(d("2026-06-22")));
        // Christmas: 24, 25 and 26 December 2025 (Wed–Fri), then the weekend.
        assert_eq!(add(d("2025-12-23"), 1), Some(d("2025-12-29")));
        // New Year's Eve and Day, then Epiphany 2026 (Tuesday).
        assert_eq!(add(d("2025-12-30"), 2), Some(d("2026-01-05")));
        assert_eq!(add(d("2026-01-05"), 1), Some(d("2026-01-07")));
        assert_eq!(add(d("2026-11-02"), 0), Some(d("2026-11-02")));
    }
}
