//! The justering's rules, the same for the command line and the terminal UI:
//! who may give which verdict on a version, sending a version for
//! justering, and recording an approval, signed with the approver's own key
//! or recorded by the secretary.

use chrono::{DateTime, Local};

use super::MeetingRecord;
use super::approvers::{approvers, participant};
use super::edition::{EditionError, keep_current};
use super::snapshot::Snapshot;
use crate::domain::Approver;
use crate::domain::approval::change_needs_amend;
use crate::domain::meeting::{MeetingStatus, VersionState};
use crate::i18n::{Lang, Message, lang};
use crate::signing::{SigningKey, approval_message};
use crate::store::protocols::{ApprovalMethod, ProtocolVersion};
use crate::store::{Store, StoreError};
use crate::text::{fold, inert};

/// A justering refused by its rules, or the store failing.
#[derive(Debug, thiserror::Error)]
pub enum JusteringError {
    #[error(transparent)]
    Edition(#[from] EditionError),
    #[error("{0}")]
    Refused(Message),
}

impl From<StoreError> for JusteringError {
    fn from(e: StoreError) -> JusteringError {
        JusteringError::Edition(EditionError::Store(e))
    }
}

impl JusteringError {
    /// The words for it in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            JusteringError::Edition(e) => e.message().render(lang),
            JusteringError::Refused(m) => m.render(lang),
        }
    }
}

type Result<T> = std::result::Result<T, JusteringError>;

fn refused(message: Message) -> JusteringError {
    JusteringError::Refused(message)
}

/// How an approver approves.
pub enum How<'a> {
    /// Signed with this key, which must be registered for the approver.
    Key(&'a SigningKey),
    /// Said in the room or by mail, and recorded by this person (the secretary).
    RecordedBy(&'a str),
}

pub fn snapshot_of(store: &Store, version: &ProtocolVersion) -> Result<Snapshot> {
    let content = store.version_content(version.id)?;
    Snapshot::from_json(&content).map_err(|problem| {
        JusteringError::Edition(EditionError::Unreadable {
            number: version.number,
            problem,
        })
    })
}

/// The names of a version's approvers by the forum's rule.
pub fn approver_names(record: &MeetingRecord, rule: Approver) -> Vec<String> {
    approvers(record, rule)
        .into_iter()
        .filter_map(|a| a.name.map(str::to_string))
        .collect()
}

/// `by` as the approvers of `snapshot` spell the name, or a refusal naming them.
pub fn as_approver(snapshot: &Snapshot, names: &[String], by: &str) -> Result<String> {
    let by = by.trim();
    if by.is_empty() {
        return Err(refused(Message::new("err-cli-approve-by")));
    }
    if names.is_empty() {
        return Ok(by.to_string());
    }
    names
        .iter()
        .find(|n| fold(n) == fold(by))
        .cloned()
        .ok_or_else(|| {
            refused(
                Message::new("err-cli-not-an-approver")
                    .arg("name", inert(by))
                    .arg("rule", snapshot.forum.approver.label(lang()))
                    .arg(
                        "approvers",
                        names.iter().map(|n| inert(n)).collect::<Vec<_>>().join(", "),
                    ),
            )
        })
}

/// `by` as the attendance spells the name, unless they sat in no seat of the version's meeting.
pub fn as_participant(store: &Store, version: &ProtocolVersion, by: &str) -> Result<String> {
    let snapshot = snapshot_of(store, version)?;
    participant(&snapshot.record, by)
        .map(str::to_string)
        .ok_or_else(|| refused(Message::new("err-cli-not-a-participant").arg("name", inert(by.trim()))))
}

/// The approver `by` names by the forum's rule, and whether their approval
/// completes the version's.
pub fn approver_of(store: &Store, version: &ProtocolVersion, by: &str) -> Result<(String, bool)> {
    let snapshot = snapshot_of(store, version)?;
    let names = approver_names(&snapshot.record, snapshot.forum.approver);
    let approver = as_approver(&snapshot, &names, by)?;
    let mut approved: Vec<String> = store
        .approvals(version.id)?
        .into_iter()
        .map(|a| a.approver)
        .collect();
    approved.push(approver.clone());
    let complete = crate::domain::approval::complete(snapshot.forum.approver, &names, &approved);
    Ok((approver, complete))
}

/// Refuses unless `fingerprint` is a key registered for the person named
/// `name`; a removed key checks signatures made before it was removed.
pub fn check_signer(store: &Store, name: &str, fingerprint: &str, signed_at: Option<&str>) -> Result<()> {
    let Some(key) = store.key_by_fingerprint(fingerprint)? else {
        return Err(refused(
            Message::new("err-sign-unregistered")
                .arg("fingerprint", fingerprint.to_string())
                .arg("name", inert(name)),
        ));
    };
    if fold(&key.person) != fold(name) {
        return Err(refused(
            Message::new("err-sign-other-person")
                .arg("fingerprint", fingerprint.to_string())
                .arg("owner", inert(&key.person))
                .arg("name", inert(name)),
        ));
    }
    if let Some(removed) = &key.removed_at
        && signed_at.is_none_or(|at| at >= removed.as_str())
    {
        return Err(refused(
            Message::new("err-sign-key-removed")
                .arg("fingerprint", fingerprint.to_string())
                .arg("removed", removed.get(..10).unwrap_or(removed).to_string()),
        ));
    }
    Ok(())
}

/// The version of a meeting that awaits approval, or a refusal saying where the protocol stands.
pub fn awaiting(store: &Store, meeting_id: i64) -> Result<ProtocolVersion> {
    match store.versions(meeting_id)?.pop() {
        Some(v) if v.state == VersionState::ForReview => Ok(v),
        Some(v) => Err(refused(
            Message::new("err-cli-not-awaiting")
                .arg("number", v.number)
                .arg("state", v.state.label(lang())),
        )),
        None => Err(refused(Message::new("err-cli-no-version-yet"))),
    }
}

/// Those of `meetings` whose protocol was sent or approved: a change to
/// them needs `--amend` and makes a new version.
pub fn frozen(store: &Store, meetings: &[i64]) -> Result<Vec<i64>> {
    let mut out = Vec::new();
    for &id in meetings {
        if change_needs_amend(store.versions(id)?.pop().map(|v| v.state)) {
            out.push(id);
        }
    }
    Ok(out)
}

/// Keeps each of `meetings` as it stands as a new draft version, after a
/// change the secretary said was an amendment.
pub fn amended(store: &mut Store, meetings: &[i64], lang: Lang, at: DateTime<Local>) -> Result<()> {
    for &id in meetings {
        keep_current(store, id, lang, at)?;
    }
    Ok(())
}

/// Refuses unless the meeting has ended: only then is its protocol sent.
pub fn refuse_unless_ended(store: &Store, meeting_id: i64) -> Result<()> {
    let meeting = store.meeting(meeting_id)?;
    if meeting.status != MeetingStatus::Held {
        return Err(refused(
            Message::new("err-cli-send-before-end").arg("status", meeting.status.label(lang())),
        ));
    }
    Ok(())
}

/// Sends the meeting as it stands for justering: a draft is sent, a
/// returned version is sent again unchanged. Returns the version sent.
pub fn send(store: &mut Store, meeting_id: i64, lang: Lang, at: DateTime<Local>) -> Result<ProtocolVersion> {
    refuse_unless_ended(store, meeting_id)?;
    let (v, _) = keep_current(store, meeting_id, lang, at)?;
    match v.state {
        VersionState::Draft => {
            store.send_for_review(v.id, at)?;
            Ok(store.version(v.id)?)
        }
        VersionState::Returned => Ok(store.resend(v.id, at)?),
        VersionState::ForReview => Err(refused(
            Message::new("err-cli-already-awaiting").arg("number", v.number),
        )),
        VersionState::Approved | VersionState::Superseded => Err(refused(
            Message::new("err-cli-nothing-changed-since")
                .arg("number", v.number)
                .arg("state", v.state.label(crate::i18n::lang())),
        )),
    }
}

/// Records `by`'s approval of the version awaiting approval, `version`;
/// returns whether the version is then approved.
pub fn approve(
    store: &mut Store,
    version: &ProtocolVersion,
    by: &str,
    how: How,
    at: DateTime<Local>,
) -> Result<bool> {
    let (approver, complete) = approver_of(store, version, by)?;
    let method = match how {
        How::Key(key) => {
            check_signer(store, &approver, &key.fingerprint(), None)?;
            let message = approval_message(version.meeting_id, version.number, &version.sha256);
            let signature = key.sign(message.as_bytes()).map_err(|e| refused(e.message()))?;
            ApprovalMethod::Signed {
                signed_text: message,
                signature,
                fingerprint: key.fingerprint(),
            }
        }
        How::RecordedBy(by) if !by.trim().is_empty() => ApprovalMethod::Recorded {
            recorded_by: by.trim().to_string(),
        },
        How::RecordedBy(_) => {
            return Err(refused(
                Message::new("err-cli-approve-how").arg("name", inert(&approver)),
            ));
        }
    };
    store.approve(version.id, &approver, &version.sha256, &method, complete, at)?;
    Ok(complete)
}
