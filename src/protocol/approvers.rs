//! Who approves ("justerar") a protocol, by the forum's rule and the meeting's
//! attendance.

use crate::domain::meeting::AttendanceStatus;
use crate::domain::{Approver, Party};
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
/// - [`Approver::OtherParticipants`]: every participant who was there except
///   the minute keeper. The minute keeper is matched by name, ignoring case
///   and diacritics; with no minute keeper recorded (or one who sat in no
///   seat), everyone who was there approves.
///
/// Guests are never approvers: they are invited to a meeting, not members of
/// the forum, and the seed gives approval to the forum's participants.
pub fn approvers(record: &MeetingRecord, rule: Approver) -> Vec<ApproverRow<'_>> {
    let keeper = record
        .meeting
        .minute_keeper
        .as_deref()
        .map(|k| fold(k.trim()))
        .filter(|k| !k.is_empty());
    record
        .attendance
        .iter()
        .filter(|row| row.status.is_there() && !row.is_guest())
        .filter(|row| match rule {
            Approver::Staden => row.party == Some(Party::Staden),
            Approver::OtherParticipants => match (&keeper, attendee_name(row)) {
                (Some(keeper), Some(name)) => fold(name.trim()) != *keeper,
                _ => true,
            },
        })
        .map(|row| ApproverRow {
            row,
            name: attendee_name(row),
        })
        .collect()
}
