//! Plain types and rules of the forum model: parties, levels, cadence, minute rules.
//! No SQL and no terminal here.

pub mod approval;
pub mod cadence;
pub mod meeting;
pub mod records;
pub mod schedule;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// The three kinds of party the seed names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Party {
    /// The City.
    Staden,
    /// The supplier holding this contract.
    Leverantoren,
    /// The City's other suppliers.
    Ovriga,
}

impl Party {
    pub const ALL: [Party; 3] = [Party::Staden, Party::Leverantoren, Party::Ovriga];

    pub fn id(self) -> &'static str {
        match self {
            Party::Staden => "staden",
            Party::Leverantoren => "leverantoren",
            Party::Ovriga => "ovriga",
        }
    }

    pub fn from_id(id: &str) -> Option<Party> {
        Party::ALL.into_iter().find(|p| p.id() == id)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let key = match self {
            Party::Staden => "domain-party-staden",
            Party::Leverantoren => "domain-party-leverantoren",
            Party::Ovriga => "domain-party-ovriga",
        };
        lang.text(key)
    }
}

/// Whether a role is expected at every meeting or called when needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Attendance {
    #[serde(rename = "permanent")]
    Permanent,
    // The catalogue writes the seed's words; JSON output uses English field values.
    #[serde(
        rename(deserialize = "vid-behov", serialize = "when_needed"),
        alias = "when_needed"
    )]
    WhenNeeded,
}

impl Attendance {
    pub fn id(self) -> &'static str {
        match self {
            Attendance::Permanent => "permanent",
            Attendance::WhenNeeded => "vid-behov",
        }
    }

    pub fn from_id(id: &str) -> Option<Attendance> {
        [Attendance::Permanent, Attendance::WhenNeeded]
            .into_iter()
            .find(|a| a.id() == id)
    }

    /// The stable name used in JSON output.
    pub fn json_name(self) -> &'static str {
        match self {
            Attendance::Permanent => "permanent",
            Attendance::WhenNeeded => "when_needed",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let key = match self {
            Attendance::Permanent => "domain-attendance-permanent",
            Attendance::WhenNeeded => "domain-attendance-when-needed",
        };
        lang.text(key)
    }
}

/// Level in the escalation ladder: delivery -> contract -> business.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    Leveransniva,
    Kontraktsniva,
    Affarsniva,
}

impl Level {
    pub fn id(self) -> &'static str {
        match self {
            Level::Leveransniva => "leveransniva",
            Level::Kontraktsniva => "kontraktsniva",
            Level::Affarsniva => "affarsniva",
        }
    }

    pub fn from_id(id: &str) -> Option<Level> {
        [Level::Leveransniva, Level::Kontraktsniva, Level::Affarsniva]
            .into_iter()
            .find(|l| l.id() == id)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let key = match self {
            Level::Leveransniva => "domain-level-leveransniva",
            Level::Kontraktsniva => "domain-level-kontraktsniva",
            Level::Affarsniva => "domain-level-affarsniva",
        };
        lang.text(key)
    }
}

/// How a meeting may be held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Channel {
    // The catalogue writes the seed's words; JSON output uses English field values.
    #[serde(rename(deserialize = "fysiskt", serialize = "in_person"), alias = "in_person")]
    Fysiskt,
    #[serde(rename(deserialize = "telefon", serialize = "phone"), alias = "phone")]
    Telefon,
    #[serde(rename(deserialize = "video", serialize = "video"))]
    Video,
}

impl Channel {
    pub fn id(self) -> &'static str {
        match self {
            Channel::Fysiskt => "fysiskt",
            Channel::Telefon => "telefon",
            Channel::Video => "video",
        }
    }

    pub fn from_id(id: &str) -> Option<Channel> {
        [Channel::Fysiskt, Channel::Telefon, Channel::Video]
            .into_iter()
            .find(|c| c.id() == id)
    }

    /// The stable name used in JSON output.
    pub fn json_name(self) -> &'static str {
        match self {
            Channel::Fysiskt => "in_person",
            Channel::Telefon => "phone",
            Channel::Video => "video",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let key = match self {
            Channel::Fysiskt => "domain-channel-fysiskt",
            Channel::Telefon => "domain-channel-telefon",
            Channel::Video => "domain-channel-video",
        };
        lang.text(key)
    }
}

/// Who keeps a forum's minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MinuteKeeper {
    #[serde(rename = "leverantoren")]
    Leverantoren,
    #[serde(rename = "staden-eller-utsedd-leverantor")]
    StadenOrDesignatedSupplier,
}

impl MinuteKeeper {
    pub fn id(self) -> &'static str {
        match self {
            MinuteKeeper::Leverantoren => "leverantoren",
            MinuteKeeper::StadenOrDesignatedSupplier => "staden-eller-utsedd-leverantor",
        }
    }

    pub fn from_id(id: &str) -> Option<MinuteKeeper> {
        [
            MinuteKeeper::Leverantoren,
            MinuteKeeper::StadenOrDesignatedSupplier,
        ]
        .into_iter()
        .find(|k| k.id() == id)
    }

    /// A short form for narrow tables.
    pub fn short_label(self, lang: Lang) -> &'static str {
        let key = match self {
            MinuteKeeper::Leverantoren => "domain-minute-keeper-leverantoren-short",
            MinuteKeeper::StadenOrDesignatedSupplier => {
                "domain-minute-keeper-staden-or-designated-supplier-short"
            }
        };
        lang.text(key)
    }

    pub fn json_name(self) -> &'static str {
        match self {
            MinuteKeeper::Leverantoren => "supplier",
            MinuteKeeper::StadenOrDesignatedSupplier => "city_or_designated_supplier",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let key = match self {
            MinuteKeeper::Leverantoren => "domain-minute-keeper-leverantoren",
            MinuteKeeper::StadenOrDesignatedSupplier => "domain-minute-keeper-staden-or-designated-supplier",
        };
        lang.text(key)
    }
}

/// Who reviews and approves a forum's minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Approver {
    #[serde(rename = "staden")]
    Staden,
    #[serde(rename = "ovriga-deltagare")]
    OtherParticipants,
}

impl Approver {
    pub fn id(self) -> &'static str {
        match self {
            Approver::Staden => "staden",
            Approver::OtherParticipants => "ovriga-deltagare",
        }
    }

    pub fn from_id(id: &str) -> Option<Approver> {
        [Approver::Staden, Approver::OtherParticipants]
            .into_iter()
            .find(|a| a.id() == id)
    }

    pub fn json_name(self) -> &'static str {
        match self {
            Approver::Staden => "city",
            Approver::OtherParticipants => "other_participants",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let key = match self {
            Approver::Staden => "domain-approver-staden",
            Approver::OtherParticipants => "domain-approver-other-participants",
        };
        lang.text(key)
    }
}

/// A particular rule of one forum, each one a behaviour of fora.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ForumRule {
    /// Every supplier may propose agenda points beforehand.
    #[serde(rename = "leverantorer-foreslar-punkter")]
    SuppliersProposePoints,
    /// With no points proposed, the meeting may be cancelled.
    #[serde(rename = "kan-utga-utan-punkter")]
    CancelWithoutPoints,
    /// Every change in the IT environment must be announced here.
    #[serde(rename = "forandringar-anmals")]
    ChangesAnnounced,
}

impl ForumRule {
    pub const ALL: [ForumRule; 3] = [
        ForumRule::SuppliersProposePoints,
        ForumRule::CancelWithoutPoints,
        ForumRule::ChangesAnnounced,
    ];

    pub fn id(self) -> &'static str {
        match self {
            ForumRule::SuppliersProposePoints => "leverantorer-foreslar-punkter",
            ForumRule::CancelWithoutPoints => "kan-utga-utan-punkter",
            ForumRule::ChangesAnnounced => "forandringar-anmals",
        }
    }

    pub fn from_id(id: &str) -> Option<ForumRule> {
        ForumRule::ALL.into_iter().find(|r| r.id() == id)
    }

    pub fn json_name(self) -> &'static str {
        match self {
            ForumRule::SuppliersProposePoints => "suppliers_propose_points",
            ForumRule::CancelWithoutPoints => "cancel_without_points",
            ForumRule::ChangesAnnounced => "changes_announced",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let key = match self {
            ForumRule::SuppliersProposePoints => "domain-forum-rule-suppliers-propose-points",
            ForumRule::CancelWithoutPoints => "domain-forum-rule-cancel-without-points",
            ForumRule::ChangesAnnounced => "domain-forum-rule-changes-announced",
        };
        lang.text(key)
    }
}
