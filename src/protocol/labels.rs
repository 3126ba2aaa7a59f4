//! The fixed words of a protocol in Swedish and English, in one place so that
//! every format says the same thing.

use crate::domain::Channel;
use crate::domain::meeting::EntryKind;
use crate::i18n::Lang;
use crate::store::followup::Standing;

/// Headings, field names and phrases of a protocol in one language.
#[derive(Debug, PartialEq, Eq)]
pub struct Labels {
    /// The document's name, before the forum's: "Protokoll".
    pub protocol: &'static str,
    pub date: &'static str,
    pub time: &'static str,
    pub place: &'static str,
    pub channel: &'static str,
    pub minute_keeper: &'static str,
    pub approvers: &'static str,
    pub meeting_status: &'static str,
    pub cancelled_because: &'static str,
    pub not_given: &'static str,
    pub attendance: &'static str,
    pub present: &'static str,
    pub guests: &'static str,
    pub not_there: &'static str,
    pub vacant: &'static str,
    pub name_missing: &'static str,
    pub remote: &'static str,
    pub substitute_for: &'static str,
    pub substitute: &'static str,
    pub joined: &'static str,
    pub left: &'static str,
    pub not_recorded: &'static str,
    pub agenda: &'static str,
    pub nothing_recorded: &'static str,
    pub item: &'static str,
    pub owner: &'static str,
    pub due: &'static str,
    pub status: &'static str,
    pub open: &'static str,
    pub done: &'static str,
    pub to_forum: &'static str,
    pub parties: &'static str,
    pub actions: &'static str,
    pub no_actions: &'static str,
    pub action: &'static str,
    /// Before the date of the meeting an action followed up comes from.
    pub followed_up_from: &'static str,
    /// The status of an action followed up and marked done at this meeting.
    pub done_here: &'static str,
    /// An open action followed up past its due date.
    pub overdue: &'static str,
    pub escalations: &'static str,
    pub no_escalations: &'static str,
    pub kind: &'static str,
    pub description: &'static str,
    pub target_or_parties: &'static str,
    pub approval: &'static str,
    /// "Justeras": the heading of the approvers' signatures.
    pub approved_by: &'static str,
    /// "Vid protokollet": the heading of the minute keeper's signature.
    pub at_the_protocol: &'static str,
    pub signature_date: &'static str,
    pub signature: &'static str,
    pub name: &'static str,
    pub role: &'static str,
    /// Before the forum's approver rule: "Enligt forumets regel justeras protokollet av".
    pub rule_prefix: &'static str,
    pub no_approvers: &'static str,
    pub page: &'static str,
}

pub const SV: Labels = Labels {
    protocol: "Protokoll",
    date: "Datum",
    time: "Tid",
    place: "Plats",
    channel: "Mötesform",
    minute_keeper: "Protokollförare",
    approvers: "Justerare",
    meeting_status: "Mötesstatus",
    cancelled_because: "Inställt",
    not_given: "ej angiven",
    attendance: "Närvaro",
    present: "Närvarande",
    guests: "Gäster",
    not_there: "Frånvarande och anmält förhinder",
    vacant: "vakant",
    name_missing: "namn ej angivet",
    remote: "på distans",
    substitute_for: "ersättare för",
    substitute: "ersättare",
    joined: "anslöt",
    left: "lämnade",
    not_recorded: "närvaro ej noterad",
    agenda: "Dagordning",
    nothing_recorded: "Inga anteckningar.",
    item: "Punkt",
    owner: "Ansvarig",
    due: "Klart senast",
    status: "Status",
    open: "öppen",
    done: "klar",
    to_forum: "till",
    parties: "parter",
    actions: "Åtgärder",
    no_actions: "Inga åtgärder.",
    action: "Åtgärd",
    followed_up_from: "Uppföljd åtgärd från",
    done_here: "klar vid detta möte",
    overdue: "försenad",
    escalations: "Eskaleringar och meningsskiljaktigheter",
    no_escalations: "Inga eskaleringar eller meningsskiljaktigheter.",
    kind: "Typ",
    description: "Beskrivning",
    target_or_parties: "Till forum / parter",
    approval: "Justering",
    approved_by: "Justeras",
    at_the_protocol: "Vid protokollet",
    signature_date: "Datum",
    signature: "Underskrift",
    name: "Namn",
    role: "Roll",
    rule_prefix: "Enligt forumets regel justeras protokollet av",
    no_approvers: "Ingen som ska justera var närvarande.",
    page: "Sida",
};

pub const EN: Labels = Labels {
    protocol: "Minutes",
    date: "Date",
    time: "Time",
    place: "Place",
    channel: "Held as",
    minute_keeper: "Minute keeper",
    approvers: "Approvers",
    meeting_status: "Meeting status",
    cancelled_because: "Cancelled",
    not_given: "not given",
    attendance: "Attendance",
    present: "Present",
    guests: "Guests",
    not_there: "Absent and excused",
    vacant: "vacant",
    name_missing: "name not given",
    remote: "remote",
    substitute_for: "substitute for",
    substitute: "substitute",
    joined: "joined",
    left: "left",
    not_recorded: "attendance not recorded",
    agenda: "Agenda",
    nothing_recorded: "Nothing recorded.",
    item: "Item",
    owner: "Owner",
    due: "Due",
    status: "Status",
    open: "open",
    done: "done",
    to_forum: "to",
    parties: "parties",
    actions: "Actions",
    no_actions: "No actions.",
    action: "Action",
    followed_up_from: "Action followed up, from",
    done_here: "done at this meeting",
    overdue: "overdue",
    escalations: "Escalations and disagreements",
    no_escalations: "No escalations or disagreements.",
    kind: "Kind",
    description: "Description",
    target_or_parties: "To forum / parties",
    approval: "Approval",
    approved_by: "Approved",
    at_the_protocol: "Minutes kept by",
    signature_date: "Date",
    signature: "Signature",
    name: "Name",
    role: "Role",
    rule_prefix: "Under the forum's rule the minutes are approved by",
    no_approvers: "None of those who approve was present.",
    page: "Page",
};

pub fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// How a meeting was held, as a protocol's header says it.
/// Where an action followed up stood at the meeting, as a status word.
pub fn standing(standing: Standing, l: &Labels) -> &'static str {
    match standing {
        Standing::DoneHere => l.done_here,
        Standing::Overdue => l.overdue,
        Standing::Open => l.open,
    }
}

pub fn channel(channel: Channel, lang: Lang) -> &'static str {
    match channel {
        Channel::Fysiskt => lang.pick("fysiskt möte", "in person"),
        Channel::Telefon => lang.pick("telefonmöte", "by phone"),
        Channel::Video => lang.pick("videomöte", "by video"),
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
