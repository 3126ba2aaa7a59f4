//! The popup for what the protocol names besides the record (`v`): the
//! chair, the registry number and the approvers chosen at "Val av
//! justerare", as `fora meeting set` sets them.

use crate::protocol::MeetingRecord;
use crate::protocol::approvers::{attendee_name, choosable, eligible};
use crate::store::Store;
use crate::store::protocol_details::ProtocolDetails;
use crate::text::inert;

use super::MeetingScreen;
use super::editor::{Choice, Editor, Field, FieldKey};

/// The fields, filled with what is set; the chair is picked among those there.
pub(super) fn fields(m: &MeetingScreen) -> Vec<Field> {
    let meeting = &m.meeting;
    let there: Vec<Choice> = m
        .attendance
        .iter()
        .filter(|row| row.status.is_there())
        .filter_map(|row| {
            attendee_name(row).map(|name| Choice::plain(name, row.role_name.as_deref().unwrap_or("")))
        })
        .collect();
    vec![
        Field::choice(
            FieldKey::Chair,
            meeting.chair.as_deref().unwrap_or(""),
            there,
            false,
        ),
        Field::line(
            FieldKey::RegistryNumber,
            meeting.registry_number.as_deref().unwrap_or(""),
        ),
        Field::line(FieldKey::Approvers, &meeting.chosen_approvers.join(", ")),
    ]
}

impl MeetingScreen {
    /// Saves the popup; a chosen approver the forum's rule does not allow
    /// is refused with the names that may be chosen.
    pub(super) fn save_protocol_details(
        &mut self,
        editor: &Editor,
        store: &mut Store,
    ) -> Result<String, String> {
        let text = |key| editor.value(key).trim().to_string();
        let names: Vec<String> = text(FieldKey::Approvers)
            .split(',')
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect();
        let refused = |e: crate::store::StoreError| format!("{} {}", self.s.not_saved, inert(&e.to_string()));
        let record = MeetingRecord::load(store, self.meeting.id).map_err(refused)?;
        let approvers = match choosable(&record, self.forum.approver, &names) {
            Ok(found) => found.into_iter().map(str::to_string).collect(),
            Err(name) => {
                let may: Vec<String> = eligible(&record, self.forum.approver)
                    .into_iter()
                    .map(inert)
                    .collect();
                return Err(crate::i18n::tr!(
                    self.lang,
                    "tui-not-choosable",
                    name = inert(name),
                    eligible = may.join(", ")
                ));
            }
        };
        let details = ProtocolDetails {
            chair: Some(text(FieldKey::Chair)),
            registry_number: Some(text(FieldKey::RegistryNumber)),
            approvers,
        };
        store
            .set_protocol_details(self.meeting.id, &details)
            .map_err(refused)?;
        Ok(self.lang.text("tui-protocol-details-saved").to_string())
    }
}
