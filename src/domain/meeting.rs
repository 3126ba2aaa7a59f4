//! The words of a meeting: its status, attendance statuses, kinds of entry,
//! standing agenda items, and due dates as the secretary types them.

use chrono::{Days, Months, NaiveDate};

use crate::dates::DateError;
use crate::i18n::Lang;

stored_enum! {
    pub enum MeetingStatus {
        Planned = "planned", "domain-meeting-status-planned";
        InProgress = "in_progress", "domain-meeting-status-in-progress";
        Held = "held", "domain-meeting-status-held";
        Cancelled = "cancelled", "domain-meeting-status-cancelled";
    }
}

stored_enum! {
    pub enum AttendanceStatus {
        Unmarked = "unmarked", "domain-attendance-status-unmarked";
        Present = "present", "domain-attendance-status-present";
        Remote = "remote", "domain-attendance-status-remote";
        Substitute = "substitute", "domain-attendance-status-substitute";
        Excused = "excused", "domain-attendance-status-excused";
        Absent = "absent", "domain-attendance-status-absent";
    }
}

impl AttendanceStatus {
    /// Whether the seat is filled at the meeting, in person or otherwise.
    pub fn is_there(self) -> bool {
        matches!(
            self,
            AttendanceStatus::Present | AttendanceStatus::Remote | AttendanceStatus::Substitute
        )
    }
}

stored_enum! {
    pub enum EntryKind {
        Decision = "decision", "domain-entry-kind-decision";
        Action = "action", "domain-entry-kind-action";
        Information = "information", "domain-entry-kind-information";
        Escalation = "escalation", "domain-entry-kind-escalation";
        Risk = "risk", "domain-entry-kind-risk";
        Disagreement = "disagreement", "domain-entry-kind-disagreement";
    }
}

stored_enum! {
    pub enum ItemKind {
        Standing = "standing", "domain-item-kind-standing";
        Theme = "theme", "domain-item-kind-theme";
        Added = "added", "domain-item-kind-added";
        Actions = "actions", "domain-item-kind-actions";
        Escalation = "escalation", "domain-item-kind-escalation";
        Disagreement = "disagreement", "domain-item-kind-disagreement";
        Proposal = "proposal", "domain-item-kind-proposal";
        Changes = "changes", "domain-item-kind-changes";
    }
}

stored_enum! {
    pub enum VersionState {
        Draft = "draft", "domain-version-state-draft";
        ForReview = "for_review", "domain-version-state-for-review";
        Approved = "approved", "domain-version-state-approved";
        Returned = "returned", "domain-version-state-returned";
        Superseded = "superseded", "domain-version-state-superseded";
    }
}

/// The standing items of a Swedish meeting, in order. The forum's themes go
/// between "föregående protokoll" and "övriga frågor".
pub fn standing_items(lang: Lang) -> (Vec<&'static str>, Vec<&'static str>) {
    let before = vec![
        lang.text("domain-standing-item-opening"),
        lang.text("domain-standing-item-agenda"),
        lang.text("domain-standing-item-previous-protocol"),
    ];
    let after = vec![
        lang.text("domain-standing-item-other-business"),
        lang.text("domain-standing-item-next-meeting"),
        lang.text("domain-standing-item-closing"),
    ];
    (before, after)
}

/// Reads a due date: `2026-12-15`, or a distance from `today` such as `+3d`,
/// `+2w` or `+1m`.
pub fn parse_due(text: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let text = text.trim();
    let Some(distance) = text.strip_prefix('+') else {
        return crate::dates::parse(text);
    };
    let unit_at = distance
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(distance.len());
    let (number, unit) = distance.split_at(unit_at);
    let count: u32 = number
        .parse()
        .map_err(|_| DateError::DueShape(text.to_string()))?;
    let due = match unit {
        "d" | "" => today.checked_add_days(Days::new(count.into())),
        "w" | "v" => today.checked_add_days(Days::new(7 * u64::from(count))),
        "m" => today.checked_add_months(Months::new(count)),
        _ => return Err(DateError::DueUnit(unit.to_string())),
    };
    due.ok_or_else(|| DateError::TooFarAhead(text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_dates_are_absolute_or_relative() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let due = |t: &str| parse_due(t, today).map(|d| d.to_string());
        assert_eq!(due("2026-12-15").unwrap(), "2026-12-15");
        assert_eq!(due("+2w").unwrap(), "2026-12-10");
        assert_eq!(due("+3d").unwrap(), "2026-11-29");
        assert_eq!(due("+1m").unwrap(), "2026-12-26");
        assert_eq!(
            due("2026-02-30").unwrap_err(),
            DateError::NotInCalendar("2026-02-30".into())
        );
        assert_eq!(due("+2y").unwrap_err(), DateError::DueUnit("y".into()));
        assert_eq!(due("+x").unwrap_err(), DateError::DueShape("+x".into()));
    }

    #[test]
    fn stored_ids_round_trip() {
        for kind in EntryKind::ALL {
            assert_eq!(EntryKind::from_id(kind.id()), Some(*kind));
        }
        assert_eq!(AttendanceStatus::Excused.label(Lang::Sv), "anmält förhinder");
        assert!(AttendanceStatus::Remote.is_there() && !AttendanceStatus::Excused.is_there());
    }
}
