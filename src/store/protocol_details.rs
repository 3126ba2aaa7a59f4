//! What a Swedish protocol names besides the record of the meeting: the
//! chair, the registry number and the approvers chosen at "Val av justerare".

use rusqlite::params;

use super::{Field, Result, Store, limits, log, touch};

/// A meeting's chair, registry number and chosen approvers, as set together.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProtocolDetails {
    pub chair: Option<String>,
    pub registry_number: Option<String>,
    /// Empty: none chosen, the forum's rule alone says who approves.
    pub approvers: Vec<String>,
}

/// A name on one line with single spaces; None when nothing is left.
fn one_line(text: Option<&str>) -> Option<String> {
    let text = text?.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

impl Store {
    /// Sets all three at once; an empty text clears one.
    pub fn set_protocol_details(&mut self, meeting_id: i64, details: &ProtocolDetails) -> Result<()> {
        // Checked as typed: gathering the words would quietly drop a line
        // or paragraph separator that should be refused.
        let typed = [
            (Field::Chair, details.chair.as_deref()),
            (Field::RegistryNumber, details.registry_number.as_deref()),
        ];
        for (field, text) in typed.into_iter().chain(
            details
                .approvers
                .iter()
                .map(|a| (Field::Approver, Some(a.as_str()))),
        ) {
            limits::plain(field, text.unwrap_or_default(), false)?;
        }
        let chair = one_line(details.chair.as_deref());
        let registry_number = one_line(details.registry_number.as_deref());
        let mut approvers: Vec<String> = Vec::new();
        for name in details.approvers.iter().filter_map(|n| one_line(Some(n))) {
            limits::length(Field::Approver, &name, limits::NAME)?;
            let folded = crate::text::fold(&name);
            if !approvers.iter().any(|a| crate::text::fold(a) == folded) {
                approvers.push(name);
            }
        }
        if let Some(chair) = &chair {
            limits::length(Field::Chair, chair, limits::NAME)?;
        }
        if let Some(number) = &registry_number {
            limits::length(Field::RegistryNumber, number, limits::NAME)?;
        }
        let chosen = (!approvers.is_empty()).then(|| approvers.join("\n"));
        self.write(|tx| {
            touch(tx, "meeting", meeting_id)?;
            tx.execute(
                "UPDATE meeting SET chair = ?2, registry_number = ?3, chosen_approvers = ?4 WHERE id = ?1",
                params![meeting_id, chair, registry_number, chosen],
            )?;
            log(tx, "meeting.protocol-details", &meeting_id.to_string())
        })
    }
}
