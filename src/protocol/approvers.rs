//! Who approves ("justerar") a protocol, by the forum's rule and the meeting's
//! attendance.

use crate::domain::approval::keeper_party_allowed;
use crate::domain::meeting::AttendanceStatus;
use crate::domain::{Approver, MinuteKeeper, Party};
use crate::store::meetings::AttendanceRow;
use crate::text::fold;

use super::MeetingRecord;

/// One person who approves the protocol: the attendance row they sat in, and
/// the name of who was actually there (the substitute, for a substitute).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApproverRow<'a> {
    pub row: &'a AttendanceRow,
    /// None when the row was marked as attended but nobody's name was recorded.
    pub name: Option<&'a str>,
}

/// The name of who was in a seat at the meeting.
pub fn attendee_name(row: &AttendanceRow) -> Option<&str> {
    if row.status == AttendanceStatus::Substitute {
        row.substitute_name.as_deref()
    } else {
        row.person_name.as_deref()
    }
}

/// Who approves the protocol of `record` under `rule`, in attendance order.
///
/// - [`Approver::Staden`]: the City's participants who were there (present,
///   remote or standing in as substitute).
/// - [`Approver::OtherParticipants`]: every participant who was there.
///
/// The minute keeper never approves their own minutes, under either rule.
/// They are matched by name, ignoring case and diacritics.
///
/// Guests are never approvers: they are invited to a meeting, not members of
/// the forum, and the seed gives approval to the forum's participants.
///
/// When the meeting chose its approvers ("Val av justerare"), only those of
/// them the rule allows approve, and they alone are counted.
pub fn approvers(record: &MeetingRecord, rule: Approver) -> Vec<ApproverRow<'_>> {
    let chosen: Vec<String> = record
        .meeting
        .chosen_approvers
        .iter()
        .map(|n| fold(n.trim()))
        .collect();
    by_rule(record, rule)
        .filter(|a| chosen.is_empty() || a.name.is_some_and(|n| chosen.contains(&fold(n.trim()))))
        .collect()
}

/// Everyone the forum's rule lets approve, chosen or not.
fn by_rule(record: &MeetingRecord, rule: Approver) -> impl Iterator<Item = ApproverRow<'_>> {
    record
        .attendance
        .iter()
        .filter(|row| row.status.is_there() && !row.is_guest())
        .filter(|row| !is_keeper(record, row))
        .filter(move |row| match rule {
            Approver::Staden => row.party == Some(Party::Staden),
            Approver::OtherParticipants => true,
        })
        .map(|row| ApproverRow {
            row,
            name: attendee_name(row),
        })
}

/// `names` as the attendance spells them, when the rule lets each approve;
/// otherwise the first that it does not, as given.
pub fn choosable<'a>(
    record: &'a MeetingRecord,
    rule: Approver,
    names: &'a [String],
) -> Result<Vec<&'a str>, &'a str> {
    names
        .iter()
        .map(|name| {
            let wanted = fold(name.trim());
            by_rule(record, rule)
                .filter_map(|a| a.name)
                .find(|n| fold(n.trim()) == wanted)
                .ok_or(name.as_str())
        })
        .collect()
}

/// Everyone the rule lets approve, by name: whom "Val av justerare" may choose.
pub fn eligible(record: &MeetingRecord, rule: Approver) -> Vec<&str> {
    by_rule(record, rule).filter_map(|a| a.name).collect()
}

fn is_keeper(record: &MeetingRecord, row: &AttendanceRow) -> bool {
    sits_as_keeper(record.meeting.minute_keeper.as_deref(), row)
}

/// Whether `row` is the seat of the minute keeper `keeper`, matched by name.
fn sits_as_keeper(keeper: Option<&str>, row: &AttendanceRow) -> bool {
    let keeper = keeper.map(|k| fold(k.trim())).filter(|k| !k.is_empty());
    match (keeper, attendee_name(row)) {
        (Some(keeper), Some(name)) => fold(name.trim()) == keeper,
        _ => false,
    }
}

/// `name` as the attendance spells it, when they took part in the meeting: who may comment.
pub fn participant<'a>(record: &'a MeetingRecord, name: &str) -> Option<&'a str> {
    let name = fold(name.trim());
    record
        .attendance
        .iter()
        .filter(|row| row.status.is_there())
        .filter_map(attendee_name)
        .find(|n| fold(n.trim()) == name)
}

/// The party of the minute keeper `keeper` when it is not the one the
/// forum's rule names; None when it is, or when the keeper sat in no seat.
pub fn keeper_of_wrong_party(
    keeper: Option<&str>,
    attendance: &[AttendanceRow],
    rule: MinuteKeeper,
) -> Option<Party> {
    let party = attendance.iter().find(|row| sits_as_keeper(keeper, row))?.party?;
    (!keeper_party_allowed(rule, party)).then_some(party)
}
