//! A fictional archive to explore fora with at once, and to measure it on:
//! people holding the catalogue's roles, and years of meetings of every
//! active forum with attendance, decisions, actions, escalations and
//! disagreements. Everything is made up; the same seed gives the same archive.

use chrono::{DateTime, Datelike, Duration, Local, NaiveDate, TimeZone, Weekday};

use crate::catalog::Catalog;
use crate::domain::Channel;
use crate::domain::Party;
use crate::domain::approval::keeper_party;
use crate::domain::meeting::{AttendanceStatus, EntryKind, ItemKind};
use crate::i18n::Lang;
use crate::store::meetings::EntryFields;
use crate::store::people::{LEVERANTOREN_ID, NewAssignment, NewPerson, STADEN_ID};
use crate::store::{Result, Store, StoreError};

mod reports;

#[derive(Debug, Clone)]
pub struct DemoOptions {
    pub years: u32,
    /// About how many entries each meeting gets; the benchmarks raise it.
    pub entries_per_meeting: u32,
    pub seed: u64,
    /// The archive ends the day before this.
    pub today: NaiveDate,
    pub lang: Lang,
}

impl DemoOptions {
    pub fn new(years: u32, today: NaiveDate) -> DemoOptions {
        DemoOptions {
            years,
            entries_per_meeting: 6,
            seed: 0x00f0_5a11,
            today,
            lang: Lang::Sv,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DemoSummary {
    pub people: usize,
    pub meetings: usize,
    pub entries: usize,
}

/// A small deterministic generator: the archive must be the same every time.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
        &list[self.below(list.len())]
    }
}

const FIRST: &[&str] = &[
    "Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan", "Sara", "Mikael", "Lena", "Per",
    "Emma", "Jonas", "Ingrid", "Olof", "Sofia", "Magnus", "Elin", "Henrik", "Åsa", "Björn", "Linnéa",
    "Göran",
];
const LAST: &[&str] = &[
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Lindqvist",
    "Bergström",
    "Åberg",
    "Lindström",
    "Sjöberg",
    "Holm",
    "Ek",
    "Wallin",
];
const SUPPLIERS: &[&str] = &[
    "Driftpartner Syd AB",
    "Integrationshuset AB",
    "Lärplattform Väst AB",
];
const SERVICES: &[&str] = &[
    "inloggningen",
    "bedömningsmodulen",
    "planeringsvyn",
    "schemaintegrationen",
    "betygsexporten",
    "API:t för elevdata",
    "närvarorapporteringen",
    "mobilappen",
    "behörighetsstyrningen",
    "sökfunktionen",
];

fn decision(rng: &mut Rng, n: u32) -> String {
    let service = rng.pick(SERVICES);
    match rng.below(5) {
        0 => format!("Mötet godkänner utfallet för servicenivåerna för {service}."),
        1 => format!("Release {n} av {service} godkänns för driftsättning."),
        2 => format!("Ändringen av {service} genomförs enligt förslaget."),
        3 => format!("Förvaltningsplanen för {service} fastställs."),
        _ => format!("Staden bestrider vitet avseende {service}; frågan bereds vidare."),
    }
}

fn information(rng: &mut Rng, n: u32) -> String {
    let service = rng.pick(SERVICES);
    match rng.below(4) {
        0 => format!("Leverantören redogjorde för incident {n} i {service} och lärdomarna från den."),
        1 => format!(
            "Tillgängligheten för {service} var 99,{} % under perioden.",
            5 + rng.below(5)
        ),
        2 => format!("Prestandan i {service} har förbättrats efter åtgärderna i förra releasen."),
        _ => format!("Staden informerade om kommande förändringar som berör {service}."),
    }
}

fn action(rng: &mut Rng) -> String {
    let service = rng.pick(SERVICES);
    match rng.below(4) {
        0 => format!("Ta fram en åtgärdsplan för {service}."),
        1 => format!("Analysera orsaken till störningarna i {service}."),
        2 => format!("Återkomma med en tidplan för {service}."),
        _ => format!("Uppdatera dokumentationen för {service}."),
    }
}

fn risk(rng: &mut Rng) -> String {
    format!(
        "Risk för förseningar i {} på grund av beroenden till andra leverantörer.",
        rng.pick(SERVICES)
    )
}

fn at(date: NaiveDate, hour: u32, minute: u32) -> DateTime<Local> {
    let naive = date.and_hms_opt(hour, minute, 0).unwrap_or_default();
    Local
        .from_local_datetime(&naive)
        .earliest()
        .unwrap_or_else(|| Local.from_utc_datetime(&naive))
}

/// Meeting days of one forum from `start` up to the day before `end`.
fn meeting_days(
    cadence: &crate::domain::cadence::Cadence,
    start: NaiveDate,
    end: NaiveDate,
) -> Vec<NaiveDate> {
    let mut days = Vec::new();
    let mut day = start;
    while day < end {
        // Meetings are held on weekdays.
        let held = match day.weekday() {
            Weekday::Sat => day + Duration::days(2),
            Weekday::Sun => day + Duration::days(1),
            _ => day,
        };
        if held < end {
            days.push(held);
        }
        match cadence.next_due(day) {
            Some(next) => day = next,
            None => break,
        }
    }
    days
}

/// Fills an empty database with a fictional archive.
pub fn generate(store: &mut Store, options: &DemoOptions) -> Result<DemoSummary> {
    if !store.people()?.is_empty() || !store.meeting_summaries(None)?.is_empty() {
        return Err(StoreError::DemoNotEmpty);
    }
    let mut rng = Rng(options.seed.max(1));
    let catalog = store.catalog()?;
    let start = options
        .today
        .checked_sub_months(chrono::Months::new(12 * options.years))
        .ok_or(StoreError::DemoTooManyYears)?;
    let mut summary = DemoSummary::default();

    store.rename_organisation(LEVERANTOREN_ID, "Skolsystem Nord AB")?;
    let mut organisations = vec![(STADEN_ID, Party::Staden), (LEVERANTOREN_ID, Party::Leverantoren)];
    for name in SUPPLIERS {
        organisations.push((store.add_supplier(name)?, Party::Ovriga));
    }
    summary.people = staff(store, &catalog, &organisations, start, &mut rng)?;

    let mut by_day: Vec<(NaiveDate, &crate::catalog::Forum)> = Vec::new();
    for forum in catalog.forums.iter().filter(|f| f.active) {
        if let Some(cadence) = &forum.cadence {
            for day in meeting_days(
                cadence,
                start + Duration::days(rng.below(10) as i64),
                options.today,
            ) {
                by_day.push((day, forum));
            }
        }
    }
    by_day.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.id.cmp(&b.1.id)));

    reports::deliver(store, &catalog, start, options)?;
    // One transaction per few hundred meetings keeps generation fast.
    store.begin_batch()?;
    for (i, (day, forum)) in by_day.iter().enumerate() {
        if i > 0 && i % 200 == 0 {
            store.commit_batch()?;
            store.begin_batch()?;
        }
        summary.entries += meeting(store, &catalog, forum, *day, options, &mut rng)?;
        summary.meetings += 1;
    }
    store.commit_batch()?;
    summary.entries += reports::verdicts(store, options)?;
    Ok(summary)
}

/// People for every seat of every organisation, each role held in turn by a
/// few people over the years.
fn staff(
    store: &mut Store,
    catalog: &Catalog,
    organisations: &[(i64, Party)],
    start: NaiveDate,
    rng: &mut Rng,
) -> Result<usize> {
    let mut people = 0;
    for &(org, party) in organisations {
        let mut roles: Vec<&str> = catalog
            .forums
            .iter()
            .flat_map(|f| f.participants.iter())
            .filter(|p| p.party == party)
            .map(|p| p.role.as_str())
            .collect();
        roles.sort_unstable();
        roles.dedup();
        for role in roles {
            // A first holder from the start, a second from a later year.
            let change = start + Duration::days(365 + rng.below(700) as i64);
            for (from, to) in [(start, Some(change - Duration::days(1))), (change, None)] {
                let name = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));
                let domain = if org == STADEN_ID {
                    "stockholm.example"
                } else {
                    "leverantor.example"
                };
                let email = format!("{}@{domain}", crate::text::fold(&name).replace(' ', "."));
                let id = store.add_namesake(&NewPerson {
                    name,
                    organisation_id: org,
                    email: Some(email),
                    phone: None,
                })?;
                store.assign(
                    id,
                    &NewAssignment {
                        role_id: role.to_string(),
                        organisation_id: org,
                        from: from.to_string(),
                        to: to.map(|d| d.to_string()),
                    },
                )?;
                people += 1;
            }
        }
    }
    Ok(people)
}

/// One held meeting with attendance and entries; returns how many entries.
fn meeting(
    store: &mut Store,
    catalog: &Catalog,
    forum: &crate::catalog::Forum,
    day: NaiveDate,
    options: &DemoOptions,
    rng: &mut Rng,
) -> Result<usize> {
    let channel = if forum.channels.contains(&Channel::Telefon) && rng.chance(40) {
        Channel::Telefon
    } else {
        Channel::Fysiskt
    };
    let id = store.start_meeting(&forum.id, &day.to_string(), channel, at(day, 9, 0), options.lang)?;
    let mut present = Vec::new();
    // The minute keeper comes from the party the contract names for the forum.
    let mut keeper = None;
    for row in store.attendance(id)? {
        let permanent = row.seat == Some(crate::domain::Attendance::Permanent);
        let status = match rng.below(100) {
            _ if !permanent && rng.chance(70) => continue,
            0..=79 => AttendanceStatus::Present,
            80..=87 => AttendanceStatus::Remote,
            88..=91 => AttendanceStatus::Substitute,
            92..=96 => AttendanceStatus::Excused,
            _ => AttendanceStatus::Absent,
        };
        // Whoever keeps the minutes is at the meeting.
        let keeps =
            keeper.is_none() && row.person_name.is_some() && row.party == Some(keeper_party(forum.keeper));
        let status = if keeps { AttendanceStatus::Present } else { status };
        let substitute = (status == AttendanceStatus::Substitute)
            .then(|| format!("{} {}", rng.pick(FIRST), rng.pick(LAST)));
        store.set_attendance(row.id, status, substitute.as_deref())?;
        if status.is_there()
            && let Some(name) = row.person_name
        {
            if keeps {
                keeper = Some(name.clone());
            }
            present.push(name);
        }
    }

    let items = store.agenda(id)?;
    let mut entries = 0;
    let mut number = 0u32;
    let mut record =
        |store: &mut Store, item: i64, kind: EntryKind, fields: EntryFields, minute: u32| -> Result<()> {
            store.add_entry(item, kind, &fields, at(day, 9, minute.min(59)), None)?;
            entries += 1;
            Ok(())
        };
    // What was carried in gets dealt with: open actions are often done,
    // escalations and disagreements decided.
    for item in &items {
        match item.kind {
            ItemKind::Actions => {
                let open = store.actions(
                    &crate::store::followup::ActionFilter {
                        forum_id: Some(&forum.id),
                        open_only: true,
                        ..Default::default()
                    },
                    &day.to_string(),
                )?;
                for a in open {
                    if rng.chance(60) {
                        store.complete_action(a.entry_id, true, Some(id), at(day, 9, 10))?;
                    }
                }
            }
            ItemKind::Escalation | ItemKind::Disagreement if rng.chance(70) => {
                let text = format!("Frågan avgörs: {}", decision(rng, 1));
                record(
                    store,
                    item.id,
                    EntryKind::Decision,
                    EntryFields {
                        text,
                        ..Default::default()
                    },
                    15,
                )?;
            }
            _ => {}
        }
    }
    // Entries go on the forum's themes; a forum without themes discusses its
    // purpose under "Övriga frågor", the third item from the end.
    let mut matters: Vec<i64> = items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Theme | ItemKind::Proposal | ItemKind::Changes))
        .map(|i| i.id)
        .collect();
    if matters.is_empty() {
        matters.extend(
            items
                .len()
                .checked_sub(3)
                .and_then(|i| items.get(i))
                .map(|i| i.id),
        );
    }
    if matters.is_empty() {
        return Ok(entries);
    }
    let count = options.entries_per_meeting / 2 + rng.below(options.entries_per_meeting as usize + 1) as u32;
    for k in 0..count {
        let item = *rng.pick(&matters);
        number += 1;
        let minute = 5 + (k * 50 / count.max(1));
        let fields = match rng.below(20) {
            0..=5 => (
                EntryKind::Decision,
                EntryFields {
                    text: decision(rng, number),
                    ..Default::default()
                },
            ),
            6..=10 => {
                let owner = if present.is_empty() {
                    None
                } else {
                    Some(rng.pick(&present).clone())
                };
                let due = day + Duration::days(14 + rng.below(60) as i64);
                (
                    EntryKind::Action,
                    EntryFields {
                        text: action(rng),
                        owner,
                        due: Some(due.to_string()),
                        ..Default::default()
                    },
                )
            }
            11..=15 => (
                EntryKind::Information,
                EntryFields {
                    text: information(rng, number),
                    ..Default::default()
                },
            ),
            16..=17 => (
                EntryKind::Risk,
                EntryFields {
                    text: risk(rng),
                    ..Default::default()
                },
            ),
            18 if catalog.escalation_target(&forum.id).is_some() && rng.chance(50) => {
                let target = catalog.escalation_target(&forum.id).map(|f| f.id.clone());
                let text = format!(
                    "Oenighet om ansvaret för {} lyfts till nästa nivå.",
                    rng.pick(SERVICES)
                );
                (
                    EntryKind::Escalation,
                    EntryFields {
                        text,
                        target_forum: target,
                        ..Default::default()
                    },
                )
            }
            _ if matches!(
                forum.id.as_str(),
                "operativt-mote" | "leveransledning" | "forandringsavstamning"
            ) =>
            {
                let a = rng.pick(SUPPLIERS);
                let text = format!(
                    "{a} och Skolsystem Nord AB ser olika på gränsdragningen för {}.",
                    rng.pick(SERVICES)
                );
                (
                    EntryKind::Disagreement,
                    EntryFields {
                        text,
                        parties: Some(format!("{a}, Skolsystem Nord AB")),
                        ..Default::default()
                    },
                )
            }
            _ => (
                EntryKind::Information,
                EntryFields {
                    text: information(rng, number),
                    ..Default::default()
                },
            ),
        };
        record(store, item, fields.0, fields.1, minute)?;
    }
    for item in &items {
        store.set_item_done(item.id, true)?;
    }
    store.set_meeting_details(id, channel, None, keeper.as_deref())?;
    store.end_meeting(id, at(day, 10, 30))?;
    Ok(entries)
}
