//! A decision's one reference, "Leveransforum 2026 § 3": forum, calendar
//! year of the meeting and a number running per forum and year.

use serde::{Deserialize, Serialize};

/// The reference of a decision. While its meeting runs the number is
/// provisional and shown so, "Leveransforum 2026 § (3)"; it is fixed when
/// the meeting ends and never changes afterwards.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionRef {
    pub forum: String,
    pub year: i64,
    pub number: i64,
    pub provisional: bool,
}

impl std::fmt::Display for DecisionRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let DecisionRef {
            forum, year, number, ..
        } = self;
        if self.provisional {
            write!(f, "{forum} {year} § ({number})")
        } else {
            write!(f, "{forum} {year} § {number}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_provisional_number_is_in_brackets() {
        let mut r = DecisionRef {
            forum: "Leveransforum".into(),
            year: 2026,
            number: 3,
            provisional: true,
        };
        assert_eq!(r.to_string(), "Leveransforum 2026 § (3)");
        r.provisional = false;
        assert_eq!(r.to_string(), "Leveransforum 2026 § 3");
    }
}
