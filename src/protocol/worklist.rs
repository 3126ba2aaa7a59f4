//! Where each protocol with justering work stands, for the secretary's
//! inbox: the version, its approvals against its approvers by the forum's
//! rule, the comments received, a returned version with its comments, and
//! whether the meeting was changed after an approved version.

use super::justering::{approver_names, snapshot_of};
use crate::domain::Approver;
use crate::domain::meeting::VersionState;
use crate::store::protocols::{Approval, Awaiting, ProtocolVersion, ReviewComment};
use crate::store::{Result, Store};
use crate::text::fold;

/// A version returned with comments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Returned {
    pub version: ProtocolVersion,
    pub comments: Vec<ReviewComment>,
}

/// One protocol with work for the secretary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Work {
    /// The newest version, with its forum and meeting day.
    pub latest: Awaiting,
    pub rule: Approver,
    /// Who approves the newest version, by the forum's rule.
    pub approvers: Vec<String>,
    pub approvals: Vec<Approval>,
    /// Comments on the newest version (comments only, while it is out).
    pub comments: Vec<ReviewComment>,
    /// The newest version, or the one before it, when it was returned:
    /// its comments are what the new version answers.
    pub returned: Option<Returned>,
    /// The newest approved version, the record until the newest is approved.
    pub approved: Option<ProtocolVersion>,
    /// The titles of the protocol's items, in order, to put comments beside.
    pub items: Vec<String>,
    /// Who keeps the minutes: who records an approval given in the room.
    pub minute_keeper: Option<String>,
}

impl Work {
    /// How many approvals the version needs: one of Staden's where Staden
    /// approves, every approver elsewhere.
    pub fn needed(&self) -> usize {
        match self.rule {
            Approver::Staden => usize::from(!self.approvers.is_empty()),
            Approver::OtherParticipants => self.approvers.len(),
        }
    }

    /// How many of the approvals needed are given.
    pub fn given(&self) -> usize {
        self.approvals.len().min(self.needed())
    }

    /// The approvers who have not approved yet.
    pub fn missing(&self) -> Vec<&str> {
        self.approvers
            .iter()
            .filter(|n| !self.approvals.iter().any(|a| fold(&a.approver) == fold(n)))
            .map(String::as_str)
            .collect()
    }

    /// Whether the meeting was changed after a version of it was approved.
    pub fn changed_after_approval(&self) -> bool {
        self.approved.is_some()
    }

    pub fn awaits_approval(&self) -> bool {
        self.latest.version.state == VersionState::ForReview
    }
}

/// Every protocol with justering work, the one waiting longest first.
pub fn worklist(store: &Store, forum_id: Option<&str>) -> Result<Vec<Work>> {
    store
        .justering_worklist(forum_id)?
        .into_iter()
        .map(|latest| work(store, latest))
        .collect()
}

fn work(store: &Store, latest: Awaiting) -> Result<Work> {
    let v = &latest.version;
    let versions = store.versions(v.meeting_id)?;
    let returned = versions
        .iter()
        .rev()
        .take(2)
        .find(|o| o.state == VersionState::Returned)
        .map(|o| -> Result<Returned> {
            Ok(Returned {
                comments: store.review_comments(o.id)?,
                version: o.clone(),
            })
        })
        .transpose()?;
    // A version that cannot be read back still has its work: it shows,
    // without approvers or items to put comments beside.
    let snapshot = snapshot_of(store, v).ok();
    let rule = match &snapshot {
        Some(snapshot) => snapshot.forum.approver,
        None => store
            .catalog()?
            .forum(&latest.forum_id)
            .map_or(Approver::OtherParticipants, |f| f.approver),
    };
    Ok(Work {
        rule,
        approvers: snapshot
            .as_ref()
            .map(|s| approver_names(&s.record, rule))
            .unwrap_or_default(),
        approvals: store.approvals(v.id)?,
        comments: if v.state == VersionState::Returned {
            Vec::new()
        } else {
            store.review_comments(v.id)?
        },
        returned,
        approved: versions
            .iter()
            .rev()
            .find(|o| o.state == VersionState::Approved)
            .cloned(),
        items: snapshot
            .as_ref()
            .map(|s| s.record.items.iter().map(|i| i.item.title.clone()).collect())
            .unwrap_or_default(),
        minute_keeper: snapshot.and_then(|s| s.record.meeting.minute_keeper),
        latest,
    })
}
