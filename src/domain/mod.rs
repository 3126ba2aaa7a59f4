//! Plain types and rules of the forum model: parties, levels, cadence, minute rules.
//! No queries and no terminal here; the enums know their stored ids (`stored`).

#[macro_use]
mod stored;
pub mod approval;
pub mod cadence;
pub mod decision;
pub mod meeting;
pub mod records;
pub mod reports;
pub mod schedule;

stored_enum! {
    /// The three kinds of party the seed names.
    #[derive(PartialOrd, Ord)]
    pub enum Party {
        /// The City.
        Staden = "staden", "domain-party-staden";
        /// The supplier holding this contract.
        Leverantoren = "leverantoren", "domain-party-leverantoren";
        /// The City's other suppliers.
        Ovriga = "ovriga", "domain-party-ovriga";
    }
}

// The catalogue writes the seed's words; JSON output uses English field values.
stored_enum! {
    /// Whether a role is expected at every meeting or called when needed.
    #[derive(PartialOrd, Ord)]
    pub enum Attendance {
        Permanent = "permanent", "domain-attendance-permanent";
        WhenNeeded = "vid-behov" / "when_needed", "domain-attendance-when-needed";
    }
}

stored_enum! {
    /// Level in the escalation ladder: delivery -> contract -> business.
    #[derive(PartialOrd, Ord)]
    pub enum Level {
        Leveransniva = "leveransniva", "domain-level-leveransniva";
        Kontraktsniva = "kontraktsniva", "domain-level-kontraktsniva";
        Affarsniva = "affarsniva", "domain-level-affarsniva";
    }
}

stored_enum! {
    /// How a meeting may be held.
    #[derive(PartialOrd, Ord)]
    pub enum Channel {
        Fysiskt = "fysiskt" / "in_person", "domain-channel-fysiskt";
        Telefon = "telefon" / "phone", "domain-channel-telefon";
        Video = "video", "domain-channel-video";
    }
}

// Snapshots keep the ids of the next three; JSON output their English names.
stored_enum! {
    /// Who keeps a forum's minutes.
    pub enum MinuteKeeper: serde id {
        Leverantoren = "leverantoren" / "supplier", "domain-minute-keeper-leverantoren";
        StadenOrDesignatedSupplier = "staden-eller-utsedd-leverantor" / "city_or_designated_supplier",
            "domain-minute-keeper-staden-or-designated-supplier";
    }
}

impl MinuteKeeper {
    /// A short form for narrow tables.
    pub fn short_label(self, lang: crate::i18n::Lang) -> &'static str {
        lang.text(match self {
            MinuteKeeper::Leverantoren => "domain-minute-keeper-leverantoren-short",
            MinuteKeeper::StadenOrDesignatedSupplier => {
                "domain-minute-keeper-staden-or-designated-supplier-short"
            }
        })
    }
}

stored_enum! {
    /// Who reviews and approves a forum's minutes.
    pub enum Approver: serde id {
        Staden = "staden" / "city", "domain-approver-staden";
        OtherParticipants = "ovriga-deltagare" / "other_participants", "domain-approver-other-participants";
    }
}

stored_enum! {
    /// A particular rule of one forum, each one a behaviour of fora.
    pub enum ForumRule: serde id {
        /// Every supplier may propose agenda points beforehand.
        SuppliersProposePoints = "leverantorer-foreslar-punkter" / "suppliers_propose_points",
            "domain-forum-rule-suppliers-propose-points";
        /// With no points proposed, the meeting may be cancelled.
        CancelWithoutPoints = "kan-utga-utan-punkter" / "cancel_without_points",
            "domain-forum-rule-cancel-without-points";
        /// Every change in the IT environment must be announced here.
        ChangesAnnounced = "forandringar-anmals" / "changes_announced",
            "domain-forum-rule-changes-announced";
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    fn json<T: serde::Serialize>(value: T) -> String {
        serde_json::to_string(&value).unwrap()
    }

    #[test]
    fn names_in_files_json_and_snapshots_stay_as_they_were() {
        assert_eq!(json(Attendance::WhenNeeded), "\"when_needed\"");
        assert_eq!(json(Channel::Fysiskt), "\"in_person\"");
        assert_eq!(json(MinuteKeeper::Leverantoren), "\"leverantoren\"");
        assert_eq!(MinuteKeeper::Leverantoren.json_name(), "supplier");
        let read = |text: &str| serde_json::from_str::<Attendance>(text).ok();
        assert_eq!(read("\"vid-behov\""), Some(Attendance::WhenNeeded));
        assert_eq!(read("\"when_needed\""), Some(Attendance::WhenNeeded));
        assert_eq!(read("\"sometimes\""), None);
    }

    #[test]
    fn the_database_keeps_ids_and_refuses_others() {
        let conn = Connection::open_in_memory().unwrap();
        let stored: String = conn
            .query_row("SELECT ?1", [Attendance::WhenNeeded], |r| r.get(0))
            .unwrap();
        assert_eq!(stored, "vid-behov");
        let read: Attendance = conn.query_row("SELECT 'vid-behov'", [], |r| r.get(0)).unwrap();
        assert_eq!(read, Attendance::WhenNeeded);
        let odd = conn.query_row("SELECT 'sometimes'", [], |r| r.get::<_, Attendance>(0));
        assert!(
            odd.unwrap_err()
                .to_string()
                .contains("unexpected Attendance `sometimes`")
        );
    }
}
