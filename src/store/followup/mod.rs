//! Following things up between meetings and forums, one concern a file:
//! what a new meeting carries in, the action register, the decision
//! register, escalations and disagreements, proposed points and planned
//! changes.

pub(crate) mod actions;
mod carried;
pub(crate) mod decisions;
pub(crate) mod escalations;
mod proposals;

pub use actions::{ActionFilter, ActionRow, FollowedUpAction, Standing};
pub use carried::{CarriedItem, carried_items, link_carried};
pub use decisions::DecisionRow;
pub use escalations::{FollowUpRow, FollowUpState};
pub use proposals::{PlannedChange, Proposal};

/// SQL for "planned change `c` has been announced": its item was marked done.
const ANNOUNCED: &str = "EXISTS (SELECT 1 FROM agenda_item i WHERE i.id = c.item_id AND i.done = 1)";
