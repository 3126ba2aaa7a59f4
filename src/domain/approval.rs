//! The contract's rules for approving (justering) a protocol: who may keep
//! the minutes, who approves, and when a version counts as approved.

use super::meeting::VersionState;
use super::{Approver, MinuteKeeper, Party};

/// Whether a minute keeper of `party` may keep the minutes under `rule`.
/// Leverantören keeps the minutes of the forums Staden approves; elsewhere
/// Staden keeps them, or a supplier it designates.
pub fn keeper_party_allowed(rule: MinuteKeeper, party: Party) -> bool {
    match rule {
        MinuteKeeper::Leverantoren => party == Party::Leverantoren,
        MinuteKeeper::StadenOrDesignatedSupplier => {
            matches!(party, Party::Staden | Party::Leverantoren)
        }
    }
}

/// The party the demo and a new meeting should take the minute keeper from.
pub fn keeper_party(rule: MinuteKeeper) -> Party {
    match rule {
        MinuteKeeper::Leverantoren => Party::Leverantoren,
        MinuteKeeper::StadenOrDesignatedSupplier => Party::Staden,
    }
}

/// Whether the approvals given so far (`approved`, among them the one being
/// recorded) complete the approval of a version whose approvers are
/// `approvers`. Where Staden approves, one of its people approves for the
/// party; elsewhere every approver must.
pub fn complete(rule: Approver, approvers: &[String], approved: &[String]) -> bool {
    match rule {
        Approver::Staden => !approved.is_empty(),
        Approver::OtherParticipants => approvers.iter().all(|n| approved.contains(n)),
    }
}

/// Whether a change to a meeting whose latest version is in `state` makes a
/// new version that must be asked for (`--amend`, or a yes in the TUI).
pub fn change_needs_amend(state: Option<VersionState>) -> bool {
    matches!(state, Some(VersionState::ForReview | VersionState::Approved))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn supplier_kept_forums_refuse_a_city_keeper() {
        assert!(keeper_party_allowed(
            MinuteKeeper::Leverantoren,
            Party::Leverantoren
        ));
        assert!(!keeper_party_allowed(MinuteKeeper::Leverantoren, Party::Staden));
        assert!(keeper_party_allowed(
            MinuteKeeper::StadenOrDesignatedSupplier,
            Party::Staden
        ));
        assert!(!keeper_party_allowed(
            MinuteKeeper::StadenOrDesignatedSupplier,
            Party::Ovriga
        ));
    }

    #[test]
    fn the_city_approves_as_one_party_others_each() {
        let names = ["A".to_string(), "B".to_string()];
        assert!(complete(Approver::Staden, &names, &names[..1]));
        assert!(!complete(Approver::OtherParticipants, &names, &names[..1]));
        assert!(complete(Approver::OtherParticipants, &names, &names));
    }
}
