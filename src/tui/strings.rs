//! Every text the terminal UI shows that is not data, in Swedish and English.

use crate::i18n::Lang;

/// The fixed texts of the screens. Data from the catalogue and the database
/// (forum names, purposes, people) is not here: it is shown as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Strings {
    pub app_name: &'static str,
    pub forums_title: &'static str,
    pub details_title: &'static str,
    pub no_forums: &'static str,
    pub inactive: &'static str,
    pub area: &'static str,
    pub level: &'static str,
    pub purpose: &'static str,
    pub cadence: &'static str,
    pub channels: &'static str,
    pub keeper: &'static str,
    pub approver: &'static str,
    /// Followed by the date: "Deltagare per 2026-03-02".
    pub roster_as_of: &'static str,
    pub no_seats: &'static str,
    pub when_needed: &'static str,
    pub vacant: &'static str,
    pub themes: &'static str,
    pub rules: &'static str,
    pub key_move: &'static str,
    pub key_scroll: &'static str,
    pub key_quit: &'static str,
    /// Followed by the minimum size: "Fönstret är för litet (minst 60×12)".
    pub too_small: &'static str,
    pub at_least: &'static str,
    pub quit_hint: &'static str,
}

pub const SV: Strings = Strings {
    app_name: "fora",
    forums_title: "Forum",
    details_title: "Detaljer",
    no_forums: "Katalogen har inga forum.",
    inactive: "(inaktivt)",
    area: "Område",
    level: "Nivå",
    purpose: "Syfte",
    cadence: "Mötesfrekvens",
    channels: "Mötesform",
    keeper: "Protokollförare",
    approver: "Justeras av",
    roster_as_of: "Deltagare per",
    no_seats: "Inga deltagare angivna.",
    when_needed: "Vid behov",
    vacant: "vakant",
    themes: "Stående teman",
    rules: "Särskilda regler",
    key_move: "↑↓/j k flytta",
    key_scroll: "PgUp/PgDn rulla",
    key_quit: "q avsluta",
    too_small: "Fönstret är för litet",
    at_least: "minst",
    quit_hint: "q avslutar",
};

pub const EN: Strings = Strings {
    app_name: "fora",
    forums_title: "Forums",
    details_title: "Details",
    no_forums: "The catalogue has no forums.",
    inactive: "(inactive)",
    area: "Area",
    level: "Level",
    purpose: "Purpose",
    cadence: "Cadence",
    channels: "Channels",
    keeper: "Minute keeper",
    approver: "Approved by",
    roster_as_of: "Participants as of",
    no_seats: "No participants listed.",
    when_needed: "When needed",
    vacant: "vacant",
    themes: "Standard themes",
    rules: "Particular rules",
    key_move: "↑↓/j k move",
    key_scroll: "PgUp/PgDn scroll",
    key_quit: "q quit",
    too_small: "The window is too small",
    at_least: "min.",
    quit_hint: "q quits",
};

impl Strings {
    pub fn for_lang(lang: Lang) -> &'static Strings {
        match lang {
            Lang::Sv => &SV,
            Lang::En => &EN,
        }
    }
}
