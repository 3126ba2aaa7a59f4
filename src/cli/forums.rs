//! Look-ups: `fora forums`, `fora forum show`, `fora who` and `fora where`.

use anyhow::Result;
use serde::Serialize;

use super::table::Table;
use super::{Context, print, print_json};
use crate::catalog::{Catalog, Forum};
use crate::dates;
use crate::domain::cadence::{Cadence, no_cadence};
use crate::i18n::Lang;
use crate::resolve::{Kind, Named, resolve};
use crate::store::catalog::RosterSeat;
use crate::store::people::Person;
use crate::text::inert;

/// Finds a forum by id, name or part of a name.
pub fn find_forum<'a>(catalog: &'a Catalog, query: &str) -> Result<&'a Forum> {
    let named = catalog
        .forums
        .iter()
        .map(|f| Named {
            id: f.id.clone(),
            name: f.name.clone(),
            item: f,
        })
        .collect();
    Ok(resolve(Kind::Forum, query, named)?)
}

/// "Ledningsforum (affärsnivå)".
pub fn full_name(forum: &Forum) -> String {
    match &forum.qualifier {
        Some(q) => format!("{} ({q})", forum.name),
        None => forum.name.clone(),
    }
}

fn cadence_text(cadence: Option<&Cadence>, lang: Lang) -> String {
    cadence.map_or_else(|| no_cadence(lang).to_string(), |c| c.describe(lang))
}

#[derive(Serialize)]
struct CadenceJson<'a> {
    every: u32,
    unit: &'static str,
    at_least: bool,
    when_needed: bool,
    note: Option<&'a str>,
    text: String,
}

fn cadence_json(cadence: Option<&Cadence>, lang: Lang) -> Option<CadenceJson<'_>> {
    cadence.map(|c| CadenceJson {
        every: c.every,
        unit: c.unit.id(),
        at_least: c.at_least,
        when_needed: c.when_needed,
        note: c.note.as_deref(),
        text: c.describe(lang),
    })
}

#[derive(Serialize)]
struct ForumJson<'a> {
    id: &'a str,
    name: &'a str,
    qualifier: Option<&'a str>,
    area: u8,
    level: &'static str,
    active: bool,
    channels: Vec<&'static str>,
    cadence: Option<CadenceJson<'a>>,
    minute_keeper: &'static str,
    approver: &'static str,
}

fn forum_json(forum: &Forum, lang: Lang) -> ForumJson<'_> {
    ForumJson {
        id: &forum.id,
        name: &forum.name,
        qualifier: forum.qualifier.as_deref(),
        area: forum.area,
        level: forum.level.id(),
        active: forum.active,
        channels: forum.channels.iter().map(|c| c.json_name()).collect(),
        cadence: cadence_json(forum.cadence.as_ref(), lang),
        minute_keeper: forum.keeper.json_name(),
        approver: forum.approver.json_name(),
    }
}

fn yes_no(value: bool, lang: Lang) -> &'static str {
    if value {
        lang.text("out-yes")
    } else {
        lang.text("out-no")
    }
}

pub fn list(ctx: &Context, json: bool) -> Result<()> {
    let catalog = ctx.store.catalog()?;
    let lang = ctx.lang;
    if json {
        let list: Vec<ForumJson> = catalog.forums.iter().map(|f| forum_json(f, lang)).collect();
        return print_json(&list);
    }
    let mut table = Table::new([
        "id",
        lang.text("out-forum"),
        lang.text("out-area"),
        lang.text("out-cadence"),
        lang.text("out-minute-keeper"),
        lang.text("out-approver"),
        lang.text("out-active"),
    ]);
    for f in &catalog.forums {
        table.row(vec![
            f.id.clone(),
            f.name.clone(),
            f.area.to_string(),
            cadence_text(f.cadence.as_ref(), lang),
            f.keeper.short_label(lang).to_string(),
            f.approver.label(lang).to_string(),
            yes_no(f.active, lang).to_string(),
        ]);
    }
    print(&table.render())
}

#[derive(Serialize)]
struct HolderJson<'a> {
    person_id: i64,
    name: &'a str,
    organisation: &'a str,
}

#[derive(Serialize)]
struct SeatJson<'a> {
    role_id: &'a str,
    role: &'a str,
    party: &'static str,
    attendance: &'static str,
    note: Option<&'a str>,
    vacant: bool,
    holders: Vec<HolderJson<'a>>,
}

fn roster_json(roster: &[RosterSeat]) -> Vec<SeatJson<'_>> {
    roster
        .iter()
        .map(|s| SeatJson {
            role_id: &s.role_id,
            role: &s.role_name,
            party: s.party.id(),
            attendance: s.attendance.json_name(),
            note: s.note.as_deref(),
            vacant: s.holders.is_empty(),
            holders: s
                .holders
                .iter()
                .map(|h| HolderJson {
                    person_id: h.person_id,
                    name: &h.name,
                    organisation: &h.organisation,
                })
                .collect(),
        })
        .collect()
}

fn roster_table(roster: &[RosterSeat], lang: Lang) -> String {
    let mut table = Table::new([
        lang.text("out-role"),
        lang.text("out-party"),
        lang.text("out-attendance"),
        lang.text("out-held-by"),
    ]);
    for seat in roster {
        let mut role = seat.role_name.clone();
        if let Some(note) = &seat.note {
            role = format!("{role} ({note})");
        }
        let holders = if seat.holders.is_empty() {
            lang.text("out-vacant-paren").to_string()
        } else {
            seat.holders
                .iter()
                .map(|h| format!("{} ({})", h.name, h.organisation))
                .collect::<Vec<_>>()
                .join(", ")
        };
        table.row(vec![
            role,
            seat.party.label(lang).to_string(),
            seat.attendance.label(lang).to_string(),
            holders,
        ]);
    }
    table.render()
}

fn day(date: Option<&str>) -> Result<String> {
    match date {
        Some(text) => Ok(dates::parse(text)?.to_string()),
        None => Ok(dates::today()),
    }
}

pub fn who(ctx: &Context, query: &str, date: Option<&str>, json: bool) -> Result<()> {
    let day = day(date)?;
    let catalog = ctx.store.catalog()?;
    let forum = find_forum(&catalog, query)?;
    let roster = ctx.store.roster(&forum.id, &day)?;
    let lang = ctx.lang;
    if json {
        #[derive(Serialize)]
        struct Who<'a> {
            forum: ForumRef<'a>,
            date: &'a str,
            roster: Vec<SeatJson<'a>>,
        }
        return print_json(&Who {
            forum: ForumRef::of(forum),
            date: &day,
            roster: roster_json(&roster),
        });
    }
    let mut text = format!(
        "{} — {} ({})\n\n",
        inert(&full_name(forum)),
        cadence_text(forum.cadence.as_ref(), lang),
        day
    );
    if roster.is_empty() {
        text.push_str(&format!("{}\n", lang.text("out-forum-no-participants")));
    } else {
        text.push_str(&roster_table(&roster, lang));
    }
    print(&text)
}

#[derive(Serialize)]
struct ForumRef<'a> {
    id: &'a str,
    name: &'a str,
}

impl<'a> ForumRef<'a> {
    fn of(forum: &'a Forum) -> Self {
        ForumRef {
            id: &forum.id,
            name: &forum.name,
        }
    }
}

pub fn show(ctx: &Context, query: &str, json: bool) -> Result<()> {
    let catalog = ctx.store.catalog()?;
    let forum = find_forum(&catalog, query)?;
    let today = dates::today();
    let roster = ctx.store.roster(&forum.id, &today)?;
    let lang = ctx.lang;
    if json {
        #[derive(Serialize)]
        struct Show<'a> {
            #[serde(flatten)]
            forum: ForumJson<'a>,
            purpose: &'a str,
            themes: &'a [String],
            rules: Vec<&'static str>,
            roster: Vec<SeatJson<'a>>,
        }
        return print_json(&Show {
            forum: forum_json(forum, lang),
            purpose: &forum.purpose,
            themes: &forum.themes,
            rules: forum.rules.iter().map(|r| r.json_name()).collect(),
            roster: roster_json(&roster),
        });
    }
    let area = catalog
        .areas
        .iter()
        .find(|a| a.number == forum.area)
        .map_or_else(|| forum.area.to_string(), |a| format!("{} {}", a.number, a.name));
    let channels: Vec<&str> = forum.channels.iter().map(|c| c.label(lang)).collect();
    let mut fields = vec![
        (lang.text("out-field-id"), forum.id.clone()),
        (lang.text("out-field-area"), area),
        (lang.text("out-field-level"), forum.level.label(lang).to_string()),
        (
            lang.text("out-field-status"),
            if forum.active {
                lang.text("out-active")
            } else {
                lang.text("out-inactive")
            }
            .to_string(),
        ),
        (lang.text("out-field-purpose"), forum.purpose.clone()),
        (
            lang.text("out-field-cadence"),
            cadence_text(forum.cadence.as_ref(), lang),
        ),
        (lang.text("out-field-channels"), channels.join(", ")),
        (
            lang.text("out-field-minute-keeper"),
            forum.keeper.label(lang).to_string(),
        ),
        (
            lang.text("out-field-approver"),
            forum.approver.label(lang).to_string(),
        ),
    ];
    if let Some(days) = forum.approve_within_days {
        fields.push((
            lang.text("out-field-justering-deadline"),
            crate::i18n::tr!(lang, "out-justering-within", days = u32::from(days)),
        ));
    }
    let width = fields.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0) + 2;
    let mut text = format!("{}\n\n", inert(&full_name(forum)));
    for (key, value) in fields {
        text.push_str(&format!("{:<width$}{}\n", format!("{key}:"), inert(&value)));
    }
    if let Some(note) = forum.cadence.as_ref().and_then(|c| c.note.as_ref()) {
        text.push_str(&format!("{:<width$}{}\n", "", inert(&format!("({note})"))));
    }
    text.push_str(&format!("\n{}\n", lang.text("out-participants")));
    if roster.is_empty() {
        text.push_str(&format!("  {}\n", lang.text("out-none")));
    } else {
        text.push_str(&roster_table(&roster, lang));
    }
    text.push_str(&format!("\n{}\n", lang.text("out-themes")));
    if forum.themes.is_empty() {
        text.push_str(&format!("  {}\n", lang.text("out-no-themes")));
    }
    for (i, theme) in forum.themes.iter().enumerate() {
        text.push_str(&format!("  {}. {}\n", i + 1, inert(theme)));
    }
    if !forum.rules.is_empty() {
        text.push_str(&format!("\n{}\n", lang.text("out-particular-rules")));
        for rule in &forum.rules {
            text.push_str(&format!("  - {}\n", rule.label(lang)));
        }
    }
    print(&text)
}

/// What `where` was asked about: a role, or a person.
enum Subject<'a> {
    Role(&'a crate::catalog::Role),
    Person(&'a Person),
}

pub fn where_(ctx: &Context, query: &str, json: bool) -> Result<()> {
    let catalog = ctx.store.catalog()?;
    let people = ctx.store.people()?;
    let subjects: Vec<Subject> = catalog
        .roles
        .iter()
        .map(Subject::Role)
        .chain(people.iter().map(Subject::Person))
        .collect();
    let named = subjects
        .iter()
        .map(|s| match s {
            Subject::Role(r) => Named {
                id: r.id.clone(),
                name: r.name.clone(),
                item: s,
            },
            Subject::Person(p) => Named {
                id: p.id.to_string(),
                name: p.name.clone(),
                item: s,
            },
        })
        .collect();
    let subject = resolve(Kind::RoleOrPerson, query, named)?;
    let lang = ctx.lang;
    let today = dates::today();

    // Each seat found, with the role and party it is held through.
    let (heading, seats) = match subject {
        Subject::Role(role) => (role.name.clone(), ctx.store.seats_of_role(&role.id)?),
        Subject::Person(person) => {
            let held = ctx.store.assignments_on(person.id, &today)?;
            let mut seats = Vec::new();
            for a in &held {
                seats.extend(
                    ctx.store
                        .seats_of_role(&a.role_id)?
                        .into_iter()
                        .filter(|s| s.party == a.party),
                );
            }
            seats.sort_by_key(|s| catalog.forums.iter().position(|f| f.id == s.forum_id));
            let roles: Vec<String> = held.iter().map(|a| a.role_name.clone()).collect();
            let roles = if roles.is_empty() {
                lang.text("out-no-roles-today").to_string()
            } else {
                roles.join(", ")
            };
            (
                format!("{} ({}) — {}", person.name, person.organisation, roles),
                seats,
            )
        }
    };
    let role_name = |id: &str| catalog.role(id).map_or(id.to_string(), |r| r.name.clone());

    if json {
        #[derive(Serialize)]
        struct WhereSeat<'a> {
            forum_id: &'a str,
            forum: &'a str,
            active: bool,
            party: &'static str,
            role_id: &'a str,
            role: String,
            attendance: &'static str,
            cadence: Option<CadenceJson<'a>>,
        }
        #[derive(Serialize)]
        struct Where<'a> {
            kind: &'static str,
            role_id: Option<&'a str>,
            person_id: Option<i64>,
            name: &'a str,
            seats: Vec<WhereSeat<'a>>,
        }
        let mut out = Where {
            kind: "role",
            role_id: None,
            person_id: None,
            name: "",
            seats: Vec::new(),
        };
        match subject {
            Subject::Role(r) => {
                out.role_id = Some(&r.id);
                out.name = &r.name;
            }
            Subject::Person(p) => {
                out.kind = "person";
                out.person_id = Some(p.id);
                out.name = &p.name;
            }
        }
        for seat in &seats {
            let Some(forum) = catalog.forum(&seat.forum_id) else {
                continue;
            };
            out.seats.push(WhereSeat {
                forum_id: &forum.id,
                forum: &forum.name,
                active: forum.active,
                party: seat.party.id(),
                role_id: &seat.role_id,
                role: role_name(&seat.role_id),
                attendance: seat.attendance.json_name(),
                cadence: cadence_json(forum.cadence.as_ref(), lang),
            });
        }
        return print_json(&out);
    }

    let mut text = format!("{}\n\n", inert(&heading));
    if seats.is_empty() {
        text.push_str(&format!("{}\n", lang.text("out-sits-in-no-forum")));
        return print(&text);
    }
    let mut table = Table::new([
        lang.text("out-forum"),
        lang.text("out-party"),
        lang.text("out-role"),
        lang.text("out-attendance"),
        lang.text("out-cadence"),
    ]);
    for seat in &seats {
        let Some(forum) = catalog.forum(&seat.forum_id) else {
            continue;
        };
        let mut name = forum.name.clone();
        if !forum.active {
            name.push_str(&format!(" {}", lang.text("out-inactive-paren")));
        }
        table.row(vec![
            name,
            seat.party.label(lang).to_string(),
            role_name(&seat.role_id),
            seat.attendance.label(lang).to_string(),
            cadence_text(forum.cadence.as_ref(), lang),
        ]);
    }
    text.push_str(&table.render());
    print(&text)
}
