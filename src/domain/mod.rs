//! Plain types and rules of the forum model: parties, levels, cadence, minute rules.
//! No SQL and no terminal here.

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
        match (self, lang) {
            (Party::Staden, Lang::Sv) => "Staden",
            (Party::Staden, Lang::En) => "The City",
            (Party::Leverantoren, Lang::Sv) => "Leverantören",
            (Party::Leverantoren, Lang::En) => "The Supplier",
            (Party::Ovriga, Lang::Sv) => "Övriga leverantörer",
            (Party::Ovriga, Lang::En) => "Other suppliers",
        }
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
        match (self, lang) {
            (Attendance::Permanent, Lang::Sv) => "permanent",
            (Attendance::Permanent, Lang::En) => "permanent",
            (Attendance::WhenNeeded, Lang::Sv) => "vid behov",
            (Attendance::WhenNeeded, Lang::En) => "when needed",
        }
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
        match (self, lang) {
            (Level::Leveransniva, Lang::Sv) => "leveransnivå",
            (Level::Leveransniva, Lang::En) => "delivery level",
            (Level::Kontraktsniva, Lang::Sv) => "kontraktsnivå",
            (Level::Kontraktsniva, Lang::En) => "contract level",
            (Level::Affarsniva, Lang::Sv) => "affärsnivå",
            (Level::Affarsniva, Lang::En) => "business level",
        }
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
        match (self, lang) {
            (Channel::Fysiskt, Lang::Sv) => "fysiskt",
            (Channel::Fysiskt, Lang::En) => "in person",
            (Channel::Telefon, Lang::Sv) => "telefon",
            (Channel::Telefon, Lang::En) => "phone",
            (Channel::Video, Lang::Sv) => "video",
            (Channel::Video, Lang::En) => "video",
        }
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
        match (self, lang) {
            (MinuteKeeper::Leverantoren, Lang::Sv) => "Leverantören",
            (MinuteKeeper::Leverantoren, Lang::En) => "The Supplier",
            (MinuteKeeper::StadenOrDesignatedSupplier, Lang::Sv) => "Staden/utsedd lev.",
            (MinuteKeeper::StadenOrDesignatedSupplier, Lang::En) => "City/designee",
        }
    }

    pub fn json_name(self) -> &'static str {
        match self {
            MinuteKeeper::Leverantoren => "supplier",
            MinuteKeeper::StadenOrDesignatedSupplier => "city_or_designated_supplier",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (MinuteKeeper::Leverantoren, Lang::Sv) => "Leverantören",
            (MinuteKeeper::Leverantoren, Lang::En) => "The Supplier",
            (MinuteKeeper::StadenOrDesignatedSupplier, Lang::Sv) => {
                "Staden eller av Staden utsedd leverantör"
            }
            (MinuteKeeper::StadenOrDesignatedSupplier, Lang::En) => "The City or a supplier it designates",
        }
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
        match (self, lang) {
            (Approver::Staden, Lang::Sv) => "Staden",
            (Approver::Staden, Lang::En) => "The City",
            (Approver::OtherParticipants, Lang::Sv) => "övriga deltagare",
            (Approver::OtherParticipants, Lang::En) => "the other participants",
        }
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
        match (self, lang) {
            (ForumRule::SuppliersProposePoints, Lang::Sv) => {
                "Samtliga leverantörer kan föreslå punkter till agendan"
            }
            (ForumRule::SuppliersProposePoints, Lang::En) => {
                "Every supplier may propose points for the agenda"
            }
            (ForumRule::CancelWithoutPoints, Lang::Sv) => "Om inga anmälda punkter finns kan mötet utgå",
            (ForumRule::CancelWithoutPoints, Lang::En) => {
                "With no points proposed, the meeting may be cancelled"
            }
            (ForumRule::ChangesAnnounced, Lang::Sv) => "Förändringar i IT-miljön ska alltid anmälas på mötet",
            (ForumRule::ChangesAnnounced, Lang::En) => {
                "Every change in the IT environment must be announced at this meeting"
            }
        }
    }
}
