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

impl DecisionRef {
    /// The number alone, "§ 3" or "§ (3)", where forum and year are plain
    /// from what is around it (a row of the meeting's own agenda).
    pub fn short(&self) -> String {
        if self.provisional {
            format!("§ ({})", self.number)
        } else {
            format!("§ {}", self.number)
        }
    }
}

impl std::fmt::Display for DecisionRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} {}", self.forum, self.year, self.short())
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
        assert_eq!(r.short(), "§ (3)");
        r.provisional = false;
        assert_eq!(r.to_string(), "Leveransforum 2026 § 3");
        assert_eq!(r.short(), "§ 3");
    }
}
