//! The rules of the supplier's reports: months, when a month's report is
//! due, whether it came in time, and the states a delivery passes through.

use std::fmt;

use chrono::{Datelike, NaiveDate};

stored_enum! {
    /// Staden's word on a report's outcome.
    pub enum Verdict {
        Approved = "approved", "reports-verdict-approved";
        Disputed = "disputed", "reports-verdict-disputed";
    }
}

/// Where a delivery stands: delivered, taken up at a meeting, and for a
/// report with a verdict, approved or disputed by Staden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportState {
    Delivered,
    Reviewed,
    Approved,
    Disputed,
}

impl ReportState {
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        lang.text(match self {
            ReportState::Delivered => "reports-state-delivered",
            ReportState::Reviewed => "reports-state-reviewed",
            ReportState::Approved => "reports-verdict-approved",
            ReportState::Disputed => "reports-verdict-disputed",
        })
    }
}

/// Whether a month's report came in time, as far as can be told on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Timeliness {
    OnTime,
    Late,
    /// Due and not delivered.
    Missing,
    /// Not delivered, and not due yet.
    NotDue,
    /// The report's interval has no report for this month.
    NotScheduled,
    /// Before the first month the register holds any report for.
    Untracked,
}

/// A calendar month, the period a report covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
}

impl Month {
    /// Reads `YYYY-MM`.
    pub fn parse(text: &str) -> Option<Month> {
        let (year, month) = text.trim().split_once('-')?;
        if year.len() != 4 || month.len() != 2 {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        let month: u32 = month.parse().ok()?;
        (1..=12).contains(&month).then_some(Month { year, month })
    }

    pub fn of(day: NaiveDate) -> Month {
        Month {
            year: day.year(),
            month: day.month(),
        }
    }

    /// The month `n` months later (earlier when negative).
    pub fn plus(self, n: i32) -> Month {
        let index = self.year * 12 + self.month as i32 - 1 + n;
        Month {
            year: index.div_euclid(12),
            month: index.rem_euclid(12) as u32 + 1,
        }
    }

    /// The first and the last of the twelve months ending with this one.
    pub fn year_to(self) -> (Month, Month) {
        (self.plus(-11), self)
    }

    /// The months from `self` to `last`, both included.
    pub fn through(self, last: Month) -> Vec<Month> {
        let mut months = Vec::new();
        let mut m = self;
        while m <= last {
            months.push(m);
            m = m.plus(1);
        }
        months
    }

    /// Whether a report every `every` months covers this month: monthly
    /// reports every month, quarterly ones the last month of a quarter.
    pub fn is_scheduled(self, every: u32) -> bool {
        self.month.is_multiple_of(every.max(1))
    }

    /// The day a report on this month is due: `due_day` of the month after.
    pub fn due_date(self, due_day: u32) -> NaiveDate {
        let next = self.plus(1);
        NaiveDate::from_ymd_opt(next.year, next.month, due_day.clamp(1, 28))
            .expect("days 1 to 28 are in every month")
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// One character for a month's report in the register's grid and the
/// trend: the state of what was delivered, or why nothing was. The legend
/// (`reports-legend`) explains them.
pub fn mark(state: Option<ReportState>, timeliness: Timeliness) -> char {
    match (state, timeliness) {
        (Some(ReportState::Approved), _) => '✓',
        (Some(ReportState::Disputed), _) => '✗',
        (Some(_), Timeliness::Late) => '!',
        (Some(ReportState::Reviewed), _) => '◆',
        (Some(ReportState::Delivered), _) => '●',
        (None, Timeliness::Missing) => '–',
        (None, _) => '·',
    }
}

/// Whether the report on `month`, first delivered on `delivered` (if at
/// all), was in time as seen on `today`.
pub fn timeliness(
    month: Month,
    every: u32,
    due_day: u32,
    delivered: Option<NaiveDate>,
    today: NaiveDate,
) -> Timeliness {
    let due = month.due_date(due_day);
    match delivered {
        Some(day) if day > due => Timeliness::Late,
        Some(_) => Timeliness::OnTime,
        None if !month.is_scheduled(every) => Timeliness::NotScheduled,
        None if today > due => Timeliness::Missing,
        None => Timeliness::NotDue,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        crate::dates::parse(text).expect("a test date")
    }

    #[test]
    fn months_read_and_count_across_years() {
        let m = Month::parse("2026-11").expect("a month");
        assert_eq!(m.plus(2).to_string(), "2027-01");
        assert_eq!(m.plus(-11).to_string(), "2025-12");
        assert_eq!(Month::parse("2026-13"), None);
        assert_eq!(Month::parse("26-11"), None);
        assert_eq!(m.due_date(10), day("2026-12-10"));
    }

    #[test]
    fn a_report_after_its_due_day_is_late_and_none_after_it_is_missing() {
        let m = Month::parse("2026-10").expect("a month");
        let t = |d: Option<&str>, today: &str| timeliness(m, 1, 10, d.map(day), day(today));
        assert_eq!(t(Some("2026-11-10"), "2026-12-01"), Timeliness::OnTime);
        assert_eq!(t(Some("2026-11-11"), "2026-12-01"), Timeliness::Late);
        assert_eq!(t(None, "2026-11-10"), Timeliness::NotDue);
        assert_eq!(t(None, "2026-11-11"), Timeliness::Missing);
        assert_eq!(
            timeliness(m, 3, 10, None, day("2027-01-01")),
            Timeliness::NotScheduled
        );
    }
}
