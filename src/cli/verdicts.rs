//! Who may give which verdict on a protocol version: its approvers by the
//! forum's rule (the minute keeper never among them), and its participants.

use anyhow::Result;

use super::Context;
use crate::domain::Approver;
use crate::i18n::fail;
use crate::protocol::MeetingRecord;
use crate::protocol::approvers::{approvers, participant};
use crate::protocol::snapshot::Snapshot;
use crate::store::protocols::ProtocolVersion;
use crate::text::{fold, inert};

pub(super) fn snapshot_of(ctx: &Context, version: &ProtocolVersion) -> Result<Snapshot> {
    let content = ctx.store.version_content(version.id)?;
    Snapshot::from_json(&content).map_err(|e| {
        fail!(
            "err-cli-version-unreadable",
            number = version.number,
            problem = e.to_string()
        )
    })
}

/// Names the approvers of a version by the forum's rule, and whether `name` is one.
pub(super) fn approver_names(record: &MeetingRecord, rule: Approver) -> Vec<String> {
    approvers(record, rule)
        .into_iter()
        .filter_map(|a| a.name.map(str::to_string))
        .collect()
}

/// `by` as the approvers of `snapshot` spell the name, or a refusal naming them.
pub(super) fn as_approver(ctx: &Context, snapshot: &Snapshot, names: &[String], by: &str) -> Result<String> {
    let by = by.trim();
    if by.is_empty() {
        return Err(fail!("err-cli-approve-by"));
    }
    if names.is_empty() {
        return Ok(by.to_string());
    }
    names
        .iter()
        .find(|n| fold(n) == fold(by))
        .cloned()
        .ok_or_else(|| {
            fail!(
                "err-cli-not-an-approver",
                name = inert(by),
                rule = snapshot.forum.approver.label(ctx.lang),
                approvers = names.iter().map(|n| inert(n)).collect::<Vec<_>>().join(", ")
            )
        })
}

/// Refuses `by` unless they sat in a seat of the version's meeting.
pub(super) fn as_participant(ctx: &Context, version: &ProtocolVersion, by: &str) -> Result<String> {
    let snapshot = snapshot_of(ctx, version)?;
    participant(&snapshot.record, by)
        .map(str::to_string)
        .ok_or_else(|| fail!("err-cli-not-a-participant", name = inert(by.trim())))
}

/// The approver `by` names by the forum's rule, and whether their approval
/// completes the version's.
pub(super) fn approver_of(ctx: &Context, version: &ProtocolVersion, by: &str) -> Result<(String, bool)> {
    let snapshot = snapshot_of(ctx, version)?;
    let names = approver_names(&snapshot.record, snapshot.forum.approver);
    let approver = as_approver(ctx, &snapshot, &names, by)?;
    let mut approved: Vec<String> = ctx
        .store
        .approvals(version.id)?
        .into_iter()
        .map(|a| a.approver)
        .collect();
    approved.push(approver.clone());
    let complete = crate::domain::approval::complete(snapshot.forum.approver, &names, &approved);
    Ok((approver, complete))
}
