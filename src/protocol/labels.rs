//! The fixed words of a protocol in Swedish and English, in one place so that
//! every format says the same thing.

use crate::domain::Channel;
use crate::domain::meeting::EntryKind;
use crate::i18n::Lang;
use crate::store::followup::Standing;

crate::texts! {
    /// Headings, field names and phrases of a protocol in one language, from
    /// `assets/i18n/<lang>/protocol.ftl`, key `protocol-<field-name>`.
    pub struct Labels, prefix "protocol-" {
        /// The document's name, before the forum's: "Protokoll".
        protocol,
        date,
        time,
        place,
        channel,
        minute_keeper,
        approvers,
        meeting_status,
        cancelled_because,
        not_given,
        attendance,
        present,
        guests,
        not_there,
        vacant,
        name_missing,
        remote,
        substitute_for,
        substitute,
        joined,
        left,
        not_recorded,
        agenda,
        nothing_recorded,
        item,
        owner,
        due,
        status,
        open,
        done,
        to_forum,
        parties,
        actions,
        no_actions,
        action,
        /// Before the date of the meeting an action followed up comes from.
        followed_up_from,
        /// The status of an action followed up and marked done at this meeting.
        done_here,
        /// An open action followed up past its due date.
        overdue,
        escalations,
        no_escalations,
        kind,
        description,
        target_or_parties,
        approval,
        /// "Justeras": the heading of the approvers' signatures.
        approved_by,
        /// "Vid protokollet": the heading of the minute keeper's signature.
        at_the_protocol,
        signature_date,
        signature,
        name,
        role,
        /// Before the forum's approver rule: "Enligt forumets regel justeras protokollet av".
        rule_prefix,
        no_approvers,
        /// How a meeting was held, as the header says it.
        held_in_person,
        held_by_phone,
        held_by_video,
    }
}

pub fn labels(lang: Lang) -> &'static Labels {
    Labels::for_lang(lang)
}

/// Where an action followed up stood at the meeting, as a status word.
pub fn standing(standing: Standing, l: &Labels) -> &'static str {
    match standing {
        Standing::DoneHere => l.done_here,
        Standing::Overdue => l.overdue,
        Standing::Open => l.open,
    }
}

/// How a meeting was held, as a protocol's header says it.
pub fn channel(channel: Channel, lang: Lang) -> &'static str {
    match channel {
        Channel::Fysiskt => labels(lang).held_in_person,
        Channel::Telefon => labels(lang).held_by_phone,
        Channel::Video => labels(lang).held_by_video,
    }
}

/// An entry's kind with a capital, as it heads the entry: "Beslut", "Åtgärd".
pub fn entry_kind(kind: EntryKind, lang: Lang) -> String {
    capitalise(kind.label(lang))
}

pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
