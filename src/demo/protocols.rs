//! The demo archive's protocols in every state of the justering, so the P
//! screen has something to show at once: approved and signed, approved as
//! recorded, out for justering with one approval of several, returned with
//! comments, and changed after approval. Made by the same rules as
//! `fora protocol send/approve` (`protocol::justering`); the approvers'
//! demo keys come from the archive's seed, so the same seed gives the same
//! signatures.

use chrono::{Duration, NaiveDate};
use ssh_key::private::Ed25519Keypair;
use ssh_key::{LineEnding, PrivateKey};

use super::{Rng, at};
use crate::domain::meeting::{EntryKind, ItemKind, MeetingStatus};
use crate::i18n::Lang;
use crate::protocol::edition::{EditionError, keep_current};
use crate::protocol::justering::{self, How, JusteringError, approver_names, snapshot_of};
use crate::signing::SigningKey;
use crate::store::meetings::EntryFields;
use crate::store::protocols::ProtocolVersion;
use crate::store::reviews::ReviewOutcome;
use crate::store::{Result, Store, StoreError};

/// The states, each given to the newest meeting of its forum that fits.
#[derive(Clone, Copy)]
enum State {
    Signed,
    Recorded,
    OneOfSeveral,
    Returned,
    Changed,
}

const PLAN: [(State, &str); 5] = [
    (State::Signed, "leveransforum"),
    (State::Recorded, "forvaltningsmote"),
    (State::OneOfSeveral, "andringskoordinering"),
    (State::Returned, "verkstallande"),
    (State::Changed, "ledningsforum"),
];

/// Puts the newest meetings of a few forums in the states of [`PLAN`];
/// returns how many entries that added.
pub(super) fn justering(store: &mut Store, seed: u64, lang: Lang) -> Result<usize> {
    let mut rng = Rng(seed.max(1) ^ 0x6a75_7374);
    let mut added = 0;
    for (state, forum) in PLAN {
        let mut held: Vec<(i64, String)> = store
            .meeting_summaries(Some(forum))?
            .into_iter()
            .filter(|m| m.status == MeetingStatus::Held)
            .map(|m| (m.id, m.date))
            .collect();
        held.sort_by(|a, b| b.1.cmp(&a.1));
        // A meeting the rules refuse (no approvers present, say) is passed over.
        for (id, date) in held.into_iter().take(4) {
            let Ok(day) = NaiveDate::parse_from_str(&date, "%Y-%m-%d") else {
                continue;
            };
            match put(store, id, day, state, lang, &mut rng) {
                Ok(true) => {
                    added += usize::from(matches!(state, State::Changed));
                    break;
                }
                Ok(false) => {}
                Err(JusteringError::Edition(EditionError::Store(e))) => return Err(e),
                Err(_) => {}
            }
        }
    }
    Ok(added)
}

/// An Ed25519 key made from the archive's seed, registered for `name`.
fn demo_key(
    store: &mut Store,
    name: &str,
    rng: &mut Rng,
    when: chrono::DateTime<chrono::Local>,
) -> Result<Option<SigningKey>> {
    let Some(person) = store.people()?.into_iter().find(|p| p.name == name) else {
        return Ok(None);
    };
    let mut seed = [0u8; 32];
    for chunk in seed.chunks_mut(8) {
        chunk.copy_from_slice(&rng.next().to_le_bytes());
    }
    let mut key = PrivateKey::from(Ed25519Keypair::from_seed(&seed));
    key.set_comment(name);
    let (Ok(private), Ok(public)) = (key.to_openssh(LineEnding::LF), key.public_key().to_openssh()) else {
        return Ok(None);
    };
    let Ok(signing) = SigningKey::parse(private.as_bytes()) else {
        return Ok(None);
    };
    store.add_key(person.id, &public, &signing.fingerprint(), when)?;
    Ok(Some(signing))
}

type Done = std::result::Result<bool, JusteringError>;

/// Gives meeting `id` (held on `day`) its `state`; false when it does not fit.
fn put(store: &mut Store, id: i64, day: NaiveDate, state: State, lang: Lang, rng: &mut Rng) -> Done {
    let v = justering::send(store, id, lang, at(day + Duration::days(1), 9, 0))?;
    let snapshot = snapshot_of(store, &v)?;
    let approvers = approver_names(&snapshot.record, snapshot.forum.approver);
    let keeper = snapshot.record.meeting.minute_keeper.clone().unwrap_or_default();
    let theme = snapshot
        .record
        .items
        .iter()
        .find(|i| i.item.kind == ItemKind::Theme)
        .map(|i| i.item.title.clone());
    let when = |days: i64, hour: u32| at(day + Duration::days(days), hour, 0);
    let Some(first) = approvers.first().cloned() else {
        return Ok(false);
    };
    match state {
        State::Signed => {
            let Some(key) = demo_key(store, &first, rng, when(0, 18))? else {
                return Ok(false);
            };
            Ok(justering::approve(
                store,
                &v,
                &first,
                How::Key(&key),
                when(3, 10),
            )?)
        }
        State::Recorded | State::Changed => {
            // Until approved: where Staden approves, its first approver is enough.
            for name in &approvers {
                if justering::approve(store, &v, name, How::RecordedBy(&keeper), when(2, 15))? {
                    break;
                }
            }
            if matches!(state, State::Changed) {
                changed(store, id, lang, when(9, 11))?;
            }
            Ok(true)
        }
        State::OneOfSeveral if approvers.len() >= 3 => {
            justering::approve(store, &v, &first, How::RecordedBy(&keeper), when(2, 10))?;
            let comment = vec![(theme, lang.text("demo-comment-wording").to_string())];
            review(
                store,
                &v,
                &approvers[1],
                &comment,
                &ReviewOutcome::Comments,
                when(3, 14),
            )?;
            Ok(true)
        }
        State::OneOfSeveral => Ok(false),
        State::Returned => {
            let comments = vec![
                (theme, lang.text("demo-comment-decision").to_string()),
                (None, lang.text("demo-comment-attendance").to_string()),
            ];
            review(store, &v, &first, &comments, &ReviewOutcome::Return, when(4, 16))?;
            Ok(true)
        }
    }
}

fn review(
    store: &mut Store,
    v: &ProtocolVersion,
    by: &str,
    comments: &[(Option<String>, String)],
    outcome: &ReviewOutcome,
    at: chrono::DateTime<chrono::Local>,
) -> std::result::Result<(), StoreError> {
    store.record_review(v.id, &v.sha256, by, comments, outcome, at)
}

/// An information entry added after approval: the change becomes a new draft version.
fn changed(
    store: &mut Store,
    id: i64,
    lang: Lang,
    at: chrono::DateTime<chrono::Local>,
) -> std::result::Result<(), JusteringError> {
    let Some(item) = store
        .agenda(id)?
        .into_iter()
        .find(|i| i.kind == ItemKind::Theme)
        .map(|i| i.id)
    else {
        return Ok(());
    };
    let fields = EntryFields {
        text: lang.text("demo-entry-after-approval").to_string(),
        ..EntryFields::default()
    };
    store.add_entry(item, EntryKind::Information, &fields, at, None)?;
    keep_current(store, id, lang, at)?;
    Ok(())
}
