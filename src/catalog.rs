//! The forum catalogue: the contract's model of forums, roles and rules, read
//! from a human-editable TOML file and checked field by field.

use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::domain::cadence::{Cadence, CadenceUnit};
use crate::domain::{Approver, Attendance, Channel, ForumRule, Level, MinuteKeeper, Party};

mod error;
mod reports;
pub use error::{CatalogError, Problem, ValueType};
pub use reports::{ReportType, Reporting};

/// The catalogue built into fora: the seed's twelve forums.
pub const EMBEDDED: &str = include_str!("../assets/catalog.toml");

/// The version of the catalogue file format this fora reads and writes.
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    pub contract: String,
    pub areas: Vec<Area>,
    pub roles: Vec<Role>,
    pub forums: Vec<Forum>,
    pub reporting: Reporting,
    pub reports: Vec<ReportType>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    pub number: u8,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, Deserialize)]
pub struct Forum {
    pub id: String,
    pub name: String,
    pub qualifier: Option<String>,
    pub area: u8,
    pub level: Level,
    pub active: bool,
    pub purpose: String,
    pub channels: Vec<Channel>,
    pub cadence: Option<Cadence>,
    pub keeper: MinuteKeeper,
    pub approver: Approver,
    /// Working days after the meeting by which its protocol should be
    /// approved; None: no deadline. Left out of snapshots when None, so
    /// protocol versions hash as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approve_within_days: Option<u8>,
    pub themes: Vec<String>,
    pub rules: Vec<ForumRule>,
    pub participants: Vec<Participant>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, Deserialize)]
pub struct Participant {
    pub party: Party,
    pub role: String,
    pub attendance: Attendance,
    pub note: Option<String>,
}

// The file as written. Spans are kept where a check after parsing needs a line.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalog {
    format: Spanned<u32>,
    contract: String,
    areas: Vec<RawArea>,
    roles: Vec<RawRole>,
    forums: Vec<RawForum>,
    reporting: Option<reports::RawReporting>,
    #[serde(default)]
    reports: Vec<reports::RawReport>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArea {
    number: Spanned<u8>,
    name: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRole {
    id: Spanned<String>,
    name: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawForum {
    id: Spanned<String>,
    name: Spanned<String>,
    qualifier: Option<String>,
    area: Spanned<u8>,
    level: Level,
    active: bool,
    purpose: Spanned<String>,
    channels: Spanned<Vec<Channel>>,
    cadence: Option<Spanned<RawCadence>>,
    minutes: RawMinutes,
    themes: Vec<Spanned<String>>,
    #[serde(default)]
    rules: Vec<ForumRule>,
    participants: Spanned<Vec<RawParticipant>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCadence {
    every: Spanned<u32>,
    unit: CadenceUnit,
    at_least: bool,
    when_needed: bool,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMinutes {
    keeper: MinuteKeeper,
    approver: Approver,
    approve_within_days: Option<u8>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParticipant {
    party: Party,
    role: Spanned<String>,
    attendance: Attendance,
    note: Option<String>,
}

/// Turns byte offsets into line numbers for error messages.
struct Lines<'a>(&'a str);

impl Lines<'_> {
    fn of(&self, span: Range<usize>) -> usize {
        let end = span.start.min(self.0.len());
        self.0.as_bytes()[..end].iter().filter(|b| **b == b'\n').count() + 1
    }

    fn error(&self, span: Range<usize>, field: String, problem: Problem) -> CatalogError {
        CatalogError {
            line: Some(self.of(span)),
            field,
            problem,
        }
    }
}

impl Catalog {
    /// The catalogue built into the binary. It is checked by the test suite,
    /// so failing here is a bug in fora, not in the user's data.
    pub fn embedded() -> Catalog {
        Catalog::parse(EMBEDDED).unwrap_or_else(|e| panic!("the embedded catalogue is broken: {e}"))
    }

    /// Reads and checks a whole catalogue file; nothing partial is ever returned.
    pub fn parse(source: &str) -> Result<Catalog, CatalogError> {
        let lines = Lines(source);
        let deserializer = toml::Deserializer::parse(source).map_err(|e| CatalogError {
            line: e.span().map(|s| lines.of(s)),
            field: String::new(),
            problem: Problem::Syntax,
        })?;
        let raw: RawCatalog = serde_path_to_error::deserialize(deserializer).map_err(|e| {
            // Spanned<T> wraps values in a private field; users should not see it.
            let mut field = e
                .path()
                .to_string()
                .replace(".$__serde_spanned_private_value", "");
            // serde_path_to_error writes the top of the file as ".".
            if field == "." {
                field.clear();
            }
            let inner = e.into_inner();
            CatalogError {
                line: inner.span().map(|s| lines.of(s)),
                field,
                problem: Problem::of_parser(inner.message()),
            }
        })?;
        validate(raw, &lines)
    }

    pub fn forum(&self, id: &str) -> Option<&Forum> {
        self.forums.iter().find(|f| f.id == id)
    }

    pub fn report(&self, id: &str) -> Option<&ReportType> {
        self.reports.iter().find(|r| r.id == id)
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    /// The forum one step up the escalation ladder: delivery level and the
    /// forums for the whole supplier landscape go to the contract-level forum
    /// of commercial follow-up (Verkställande forum), that one to the
    /// business level (Ledningsforum), which has none above it.
    pub fn escalation_target(&self, forum_id: &str) -> Option<&Forum> {
        let forum = self.forum(forum_id)?;
        let contract_forum = || {
            self.forums
                .iter()
                .find(|f| f.area == 1 && f.level == Level::Kontraktsniva)
        };
        match forum.level {
            Level::Affarsniva => None,
            Level::Kontraktsniva if forum.area == 1 => {
                self.forums.iter().find(|f| f.level == Level::Affarsniva)
            }
            _ => contract_forum().filter(|f| f.id != forum.id),
        }
    }
}

fn check_id(id: &Spanned<String>, field: String, lines: &Lines) -> Result<(), CatalogError> {
    let value = id.get_ref();
    let well_formed = !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if well_formed {
        Ok(())
    } else {
        Err(lines.error(id.span(), field, Problem::BadId(value.clone())))
    }
}

fn check_text(text: &Spanned<String>, field: String, lines: &Lines) -> Result<(), CatalogError> {
    let value = text.get_ref();
    if value.trim().is_empty() {
        return Err(lines.error(text.span(), field, Problem::Empty));
    }
    check_plain(text, field, lines, false)
}

/// [`check_plain`] for a text TOML gives no place of its own: the error
/// points at `span`, the nearest thing that has one.
fn check_plain_at(text: &str, span: Range<usize>, field: String, lines: &Lines) -> Result<(), CatalogError> {
    check_plain(&Spanned::new(span, text.to_string()), field, lines, false)
}

/// Refuses control characters and the invisible ones that reorder or hide
/// text; a `multiline` text (a purpose) may have line breaks and tabs.
fn check_plain(
    text: &Spanned<String>,
    field: String,
    lines: &Lines,
    multiline: bool,
) -> Result<(), CatalogError> {
    let allowed = |c: char| multiline && (c == '\n' || c == '\t');
    if text
        .get_ref()
        .chars()
        .any(|c| crate::text::is_unsafe(c) && !allowed(c))
    {
        return Err(lines.error(text.span(), field, Problem::ControlCharacters));
    }
    check_length(text, field, lines)
}

/// Refuses a text longer than [`TEXT_LIMIT`]; a purpose may span lines.
fn check_length(text: &Spanned<String>, field: String, lines: &Lines) -> Result<(), CatalogError> {
    let found = text.get_ref().chars().count();
    if found > TEXT_LIMIT {
        return Err(lines.error(
            text.span(),
            field,
            Problem::TooLong {
                max: TEXT_LIMIT,
                found,
            },
        ));
    }
    Ok(())
}

/// The longest text of a catalogue (a forum's purpose is the longest there is).
const TEXT_LIMIT: usize = 10_000;

fn validate(raw: RawCatalog, lines: &Lines) -> Result<Catalog, CatalogError> {
    if *raw.format.get_ref() != FORMAT {
        return Err(lines.error(
            raw.format.span(),
            "format".into(),
            Problem::Format {
                found: *raw.format.get_ref(),
            },
        ));
    }

    check_plain_at(&raw.contract, raw.format.span(), "contract".into(), lines)?;
    let mut areas = Vec::new();
    for (i, area) in raw.areas.iter().enumerate() {
        let number = *area.number.get_ref();
        if number == 0 {
            return Err(lines.error(
                area.number.span(),
                format!("areas[{i}].number"),
                Problem::AreaZero,
            ));
        }
        if areas.iter().any(|a: &Area| a.number == number) {
            return Err(lines.error(
                area.number.span(),
                format!("areas[{i}].number"),
                Problem::AreaTwice(number),
            ));
        }
        check_text(&area.name, format!("areas[{i}].name"), lines)?;
        areas.push(Area {
            number,
            name: area.name.get_ref().clone(),
        });
    }

    let mut roles: Vec<Role> = Vec::new();
    for (i, role) in raw.roles.iter().enumerate() {
        check_id(&role.id, format!("roles[{i}].id"), lines)?;
        check_text(&role.name, format!("roles[{i}].name"), lines)?;
        if roles.iter().any(|r| r.id == *role.id.get_ref()) {
            return Err(lines.error(
                role.id.span(),
                format!("roles[{i}].id"),
                Problem::RoleTwice(role.id.get_ref().clone()),
            ));
        }
        roles.push(Role {
            id: role.id.get_ref().clone(),
            name: role.name.get_ref().clone(),
        });
    }

    let mut forums: Vec<Forum> = Vec::new();
    for (i, forum) in raw.forums.into_iter().enumerate() {
        let at = |field: &str| format!("forums[{i}].{field}");
        check_id(&forum.id, at("id"), lines)?;
        check_text(&forum.name, at("name"), lines)?;
        check_plain(&forum.purpose, at("purpose"), lines, true)?;
        if let Some(qualifier) = &forum.qualifier {
            check_plain_at(qualifier, forum.name.span(), at("qualifier"), lines)?;
        }
        let id = forum.id.get_ref().clone();
        if forums.iter().any(|f| f.id == id) {
            return Err(lines.error(forum.id.span(), at("id"), Problem::ForumTwice(id)));
        }
        let area = *forum.area.get_ref();
        if !areas.iter().any(|a| a.number == area) {
            return Err(lines.error(forum.area.span(), at("area"), Problem::UnknownArea(area)));
        }
        if forum.channels.get_ref().is_empty() {
            return Err(lines.error(forum.channels.span(), at("channels"), Problem::NoChannel));
        }
        let cadence = match forum.cadence {
            None => None,
            Some(spanned) => {
                let span = spanned.span();
                let c = spanned.into_inner();
                if let Some(note) = &c.note {
                    check_plain_at(note, span, at("cadence.note"), lines)?;
                }
                if *c.every.get_ref() == 0 {
                    return Err(lines.error(c.every.span(), at("cadence.every"), Problem::ZeroInterval));
                }
                Some(Cadence {
                    every: c.every.into_inner(),
                    unit: c.unit,
                    at_least: c.at_least,
                    when_needed: c.when_needed,
                    note: c.note,
                })
            }
        };
        if forum.active && cadence.is_none() {
            return Err(lines.error(forum.id.span(), at("cadence"), Problem::NoCadence));
        }
        for (t, theme) in forum.themes.iter().enumerate() {
            check_text(theme, at(&format!("themes[{t}]")), lines)?;
        }
        let participants_span = forum.participants.span();
        let mut participants: Vec<Participant> = Vec::new();
        for (p, seat) in forum.participants.into_inner().into_iter().enumerate() {
            let field = at(&format!("participants[{p}].role"));
            let role = seat.role.get_ref().clone();
            if !roles.iter().any(|r| r.id == role) {
                return Err(lines.error(seat.role.span(), field, Problem::UnknownRole(role)));
            }
            if participants
                .iter()
                .any(|q| q.party == seat.party && q.role == role)
            {
                return Err(lines.error(
                    seat.role.span(),
                    field,
                    Problem::SeatTwice {
                        role,
                        party: seat.party,
                    },
                ));
            }
            if let Some(note) = &seat.note {
                check_plain_at(
                    note,
                    seat.role.span(),
                    at(&format!("participants[{p}].note")),
                    lines,
                )?;
            }
            participants.push(Participant {
                party: seat.party,
                role,
                attendance: seat.attendance,
                note: seat.note,
            });
        }
        if forum.active && participants.is_empty() {
            return Err(lines.error(participants_span, at("participants"), Problem::NoParticipants));
        }
        forums.push(Forum {
            id,
            name: forum.name.into_inner(),
            qualifier: forum.qualifier,
            area,
            level: forum.level,
            active: forum.active,
            purpose: forum.purpose.into_inner(),
            channels: forum.channels.into_inner(),
            cadence,
            keeper: forum.minutes.keeper,
            approver: forum.minutes.approver,
            approve_within_days: forum.minutes.approve_within_days,
            themes: forum.themes.into_iter().map(Spanned::into_inner).collect(),
            rules: forum.rules,
            participants,
        });
    }
    if forums.is_empty() {
        return Err(CatalogError {
            line: None,
            field: "forums".into(),
            problem: Problem::NoForums,
        });
    }

    let reporting = reports::validate_reporting(raw.reporting, lines)?;
    let reports = reports::validate_reports(raw.reports, &forums, lines)?;
    Ok(Catalog {
        contract: raw.contract,
        areas,
        roles,
        forums,
        reporting,
        reports,
    })
}
