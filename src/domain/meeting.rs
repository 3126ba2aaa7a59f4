//! The words of a meeting: its status, attendance statuses, kinds of entry,
//! standing agenda items, and due dates as the secretary types them.

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::dates::DateError;
use crate::i18n::Lang;

/// Implements id/from_id/label for an enum whose ids are stored in the database.
macro_rules! stored_enum {
    ($name:ident { $($variant:ident = $id:literal, $sv:literal, $en:literal;)+ }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id kept in the database and used in JSON.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            pub fn from_id(id: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.id() == id)
            }

            pub fn label(self, lang: Lang) -> &'static str {
                match self { $($name::$variant => lang.pick($sv, $en)),+ }
            }
        }
    };
}

stored_enum!(MeetingStatus {
    Planned = "planned", "planerat", "planned";
    InProgress = "in_progress", "pågår", "in progress";
    Held = "held", "genomfört", "held";
    Cancelled = "cancelled", "inställt", "cancelled";
});

stored_enum!(AttendanceStatus {
    Unmarked = "unmarked", "ej markerad", "not marked";
    Present = "present", "närvarande", "present";
    Remote = "remote", "på distans", "remote";
    Substitute = "substitute", "ersättare", "substitute";
    Excused = "excused", "anmält förhinder", "excused";
    Absent = "absent", "frånvarande", "absent";
});

impl AttendanceStatus {
    /// Whether the seat is filled at the meeting, in person or otherwise.
    pub fn is_there(self) -> bool {
        matches!(
            self,
            AttendanceStatus::Present | AttendanceStatus::Remote | AttendanceStatus::Substitute
        )
    }
}

stored_enum!(EntryKind {
    Decision = "decision", "beslut", "decision";
    Action = "action", "åtgärd", "action";
    Information = "information", "information", "information";
    Escalation = "escalation", "eskalering", "escalation";
    Risk = "risk", "risk", "risk";
    Disagreement = "disagreement", "meningsskiljaktighet", "disagreement";
});

stored_enum!(ItemKind {
    Standing = "standing", "stående punkt", "standing item";
    Theme = "theme", "tema", "theme";
    Added = "added", "tillagd", "added";
    Actions = "actions", "öppna åtgärder", "open actions";
    Escalation = "escalation", "eskalering", "escalation";
    Disagreement = "disagreement", "meningsskiljaktighet", "disagreement";
    Proposal = "proposal", "föreslagen punkt", "proposed point";
    Changes = "changes", "planerad förändring", "planned change";
});

stored_enum!(VersionState {
    Draft = "draft", "utkast", "draft";
    ForReview = "for_review", "för justering", "for review";
    Approved = "approved", "justerat", "approved";
    Returned = "returned", "återremitterat", "returned";
});

/// The standing items of a Swedish meeting, in order. The forum's themes go
/// between "föregående protokoll" and "övriga frågor".
pub fn standing_items(lang: Lang) -> (Vec<&'static str>, Vec<&'static str>) {
    let before = vec![
        lang.pick("Mötets öppnande", "Opening of the meeting"),
        lang.pick("Godkännande av dagordningen", "Approval of the agenda"),
        lang.pick("Föregående mötesprotokoll", "The previous protocol"),
    ];
    let after = vec![
        lang.pick("Övriga frågor", "Any other business"),
        lang.pick("Nästa möte", "Next meeting"),
        lang.pick("Mötets avslutande", "Closing of the meeting"),
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
