//! When a forum should meet next, from its cadence and its last meeting.

use chrono::NaiveDate;
use serde::Serialize;

use super::cadence::{Cadence, CadenceUnit};

/// How a forum stands against its cadence on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DueState {
    /// The next meeting is more than a week away.
    Scheduled,
    /// Due within a week, or today.
    DueSoon,
    /// Past its due date.
    Overdue,
    /// Never met: due now.
    NeverHeld,
    /// No cadence (a forum not established) or inactive.
    NotScheduled,
}

/// Days before a due date from which a forum counts as due soon.
pub const DUE_SOON_DAYS: i64 = 7;

/// The next due date and the state on `today`, for a forum that last met on `last`.
pub fn due(
    cadence: Option<&Cadence>,
    active: bool,
    last: Option<NaiveDate>,
    today: NaiveDate,
) -> (Option<NaiveDate>, DueState) {
    let Some(cadence) = cadence.filter(|_| active) else {
        return (None, DueState::NotScheduled);
    };
    let Some(last) = last else {
        return (Some(today), DueState::NeverHeld);
    };
    let Some(next) = cadence.next_due(last) else {
        return (None, DueState::NotScheduled);
    };
    let days_left = (next - today).num_days();
    let state = if days_left < 0 {
        DueState::Overdue
    } else if days_left <= DUE_SOON_DAYS {
        DueState::DueSoon
    } else {
        DueState::Scheduled
    };
    (Some(next), state)
}

/// How many meetings the cadence asks for in twelve months.
pub fn expected_per_year(cadence: &Cadence) -> u32 {
    let every = cadence.every.max(1);
    match cadence.unit {
        CadenceUnit::Week => 52 / every,
        CadenceUnit::Month => 12 / every,
        // A forum that meets every few years still owes one meeting in a year it is due.
        CadenceUnit::Year => 1,
    }
    .max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn c(every: u32, unit: CadenceUnit) -> Cadence {
        Cadence {
            every,
            unit,
            at_least: true,
            when_needed: true,
            note: None,
        }
    }

    #[test]
    fn states_follow_the_due_date() {
        let monthly = c(1, CadenceUnit::Month);
        assert_eq!(
            due(Some(&monthly), true, Some(d("2026-10-01")), d("2026-10-15")),
            (Some(d("2026-11-01")), DueState::Scheduled)
        );
        assert_eq!(
            due(Some(&monthly), true, Some(d("2026-10-01")), d("2026-10-25")).1,
            DueState::DueSoon
        );
        assert_eq!(
            due(Some(&monthly), true, Some(d("2026-10-01")), d("2026-11-01")).1,
            DueState::DueSoon
        );
        assert_eq!(
            due(Some(&monthly), true, Some(d("2026-10-01")), d("2026-11-02")).1,
            DueState::Overdue
        );
        assert_eq!(
            due(Some(&monthly), true, None, d("2026-11-02")),
            (Some(d("2026-11-02")), DueState::NeverHeld)
        );
        assert_eq!(
            due(Some(&monthly), false, None, d("2026-11-02")).1,
            DueState::NotScheduled
        );
        assert_eq!(due(None, true, None, d("2026-11-02")).1, DueState::NotScheduled);
    }

    #[test]
    fn expected_meetings_per_year() {
        assert_eq!(expected_per_year(&c(1, CadenceUnit::Week)), 52);
        assert_eq!(expected_per_year(&c(2, CadenceUnit::Week)), 26);
        assert_eq!(expected_per_year(&c(3, CadenceUnit::Month)), 4);
        assert_eq!(expected_per_year(&c(6, CadenceUnit::Month)), 2);
        assert_eq!(expected_per_year(&c(1, CadenceUnit::Year)), 1);
    }
}
