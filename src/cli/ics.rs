//! `fora schedule --ics`: the forums' coming meetings as an iCalendar file
//! (RFC 5545) for the calendar people already live in.
//!
//! Each active forum with a cadence gets its next due dates over the period,
//! and every meeting in the period that is not yet held (a cancelled one
//! with STATUS:CANCELLED). A due date has no time of day, so it is an
//! all-day event; a meeting with a recorded start is timed in
//! Europe/Stockholm. UIDs are stable, so a re-import updates events rather
//! than adding them again: a meeting's is its id, a due date's is the forum
//! and the cadence period it falls in (its month, ISO week or year), which
//! stays the same when a meeting held a few days early moves the date.

use std::path::Path;

use anyhow::Result;
use chrono::{Datelike, Months, NaiveDate, NaiveDateTime};
use icalendar::{Calendar, CalendarDateTime, Component, EventLike, EventStatus};

use super::{Context, print};
use crate::catalog::Forum;
use crate::domain::cadence::{Cadence, CadenceUnit};
use crate::domain::meeting::MeetingStatus;
use crate::domain::{Attendance, Channel};
use crate::i18n::{Lang, fail, tr};
use crate::store::meetings::Meeting;
use crate::text::inert;

const TZID: &str = "Europe/Stockholm";

/// Europe/Stockholm as the EU has kept it since 1996: summer time from the
/// last Sunday of March to the last Sunday of October. The icalendar crate
/// writes no VTIMEZONE (its components all get a DTSTAMP and a UID, which a
/// VTIMEZONE must not have), so this block is put in as text.
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\n\
TZID:Europe/Stockholm\r\n\
BEGIN:DAYLIGHT\r\n\
TZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0200\r\n\
TZNAME:CEST\r\n\
DTSTART:19700329T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\n\
BEGIN:STANDARD\r\n\
TZOFFSETFROM:+0200\r\n\
TZOFFSETTO:+0100\r\n\
TZNAME:CET\r\n\
DTSTART:19701025T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// Refuses a period of no months or of more than ten years.
const MAX_MONTHS: u32 = 120;

pub fn export(ctx: &Context, output: Option<&Path>, months: u32) -> Result<()> {
    if !(1..=MAX_MONTHS).contains(&months) {
        return Err(fail!("err-cli-ics-months", max = MAX_MONTHS));
    }
    let today = chrono::Local::now().date_naive();
    let end = today
        .checked_add_months(Months::new(months))
        .ok_or_else(|| fail!("err-cli-ics-months", max = MAX_MONTHS))?;
    let text = calendar(ctx, today, end)?;
    match output.filter(|p| p.as_os_str() != "-") {
        Some(path) => {
            crate::files::write(path, text.as_bytes())?;
            let path = crate::text::inert(&path.display().to_string());
            print(&format!("{}\n", tr!(ctx.lang, "cli-written-to", path = path)))
        }
        None => print(&text),
    }
}

fn calendar(ctx: &Context, today: NaiveDate, end: NaiveDate) -> Result<String> {
    let lang = ctx.lang;
    let catalog = ctx.store.catalog()?;
    let schedule = ctx.store.schedule(today)?;
    let ahead = ctx.store.meetings_ahead(&today.to_string(), &end.to_string())?;
    let stamp = chrono::Utc::now();
    // Calendar::new() would name the crate as the producer; RFC 5545 asks for the program.
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//fora//schedule//SV"))
        .append_property(("CALSCALE", "GREGORIAN"))
        .name(&tr!(
            lang,
            "ics-calendar-name",
            contract = catalog.contract.as_str()
        ))
        .timezone(TZID);
    for forum in catalog.forums.iter().filter(|f| f.active) {
        let description = description(ctx, forum, today)?;
        let next = schedule
            .iter()
            .find(|row| row.forum_id == forum.id)
            .and_then(|row| row.next_due.as_deref())
            .and_then(|d| crate::dates::parse(d).ok());
        if let (Some(cadence), Some(next)) = (&forum.cadence, next) {
            // An overdue meeting is due now, and the cadence counts on from then.
            let mut date = next.max(today);
            while date <= end {
                let mut event = icalendar::Event::new();
                event
                    .uid(&format!("fora-{}-{}@fora", forum.id, period(cadence, date)))
                    .timestamp(stamp)
                    .summary(&tr!(lang, "ics-due", forum = forum.name.as_str()))
                    .description(&description)
                    .starts(date)
                    .ends(date.succ_opt().unwrap_or(date))
                    .status(EventStatus::Tentative);
                cal.push(event);
                match cadence.next_due(date) {
                    Some(after) if after > date => date = after,
                    _ => break,
                }
            }
        }
        for meeting in ahead.iter().filter(|m| m.forum_id == forum.id) {
            cal.push(meeting_event(meeting, forum, &description, stamp, lang));
        }
    }
    let text = cal.to_string();
    // The time zone goes before the first event, or alone before the end.
    let at = text
        .find("BEGIN:VEVENT")
        .or_else(|| text.rfind("END:VCALENDAR"))
        .unwrap_or(text.len());
    Ok(format!("{}{VTIMEZONE}{}", &text[..at], &text[at..]))
}

/// The cadence period `date` falls in, for a due date's UID.
fn period(cadence: &Cadence, date: NaiveDate) -> String {
    match cadence.unit {
        CadenceUnit::Week => {
            let week = date.iso_week();
            format!("{}-W{:02}", week.year(), week.week())
        }
        CadenceUnit::Month => format!("{}-{:02}", date.year(), date.month()),
        CadenceUnit::Year => date.year().to_string(),
    }
}

fn meeting_event(
    meeting: &Meeting,
    forum: &Forum,
    description: &str,
    stamp: chrono::DateTime<chrono::Utc>,
    lang: Lang,
) -> icalendar::Event {
    let mut event = icalendar::Event::new();
    let cancelled = meeting.status == MeetingStatus::Cancelled;
    let summary = if cancelled {
        tr!(lang, "ics-cancelled", forum = forum.name.as_str())
    } else {
        forum.name.clone()
    };
    event
        .uid(&format!("fora-meeting-{}@fora", meeting.id))
        .timestamp(stamp)
        .summary(&summary)
        .description(description)
        .status(if cancelled {
            EventStatus::Cancelled
        } else {
            EventStatus::Confirmed
        });
    if let Some(place) = meeting.place.as_deref().filter(|p| !p.trim().is_empty()) {
        event.location(&inert(place.trim()));
    }
    let start = meeting.started_at.as_deref().and_then(local_time);
    match (crate::dates::parse(&meeting.date).ok(), start) {
        (_, Some(start)) => {
            let end = meeting
                .ended_at
                .as_deref()
                .and_then(local_time)
                .unwrap_or(start + chrono::Duration::hours(1));
            event.starts(in_stockholm(start)).ends(in_stockholm(end));
        }
        (Some(date), None) => {
            event.starts(date).ends(date.succ_opt().unwrap_or(date));
        }
        (None, None) => {}
    }
    event
}

/// The wall-clock time of a stored local RFC 3339 timestamp.
fn local_time(stamp: &str) -> Option<NaiveDateTime> {
    chrono::DateTime::parse_from_rfc3339(stamp)
        .ok()
        .map(|t| t.naive_local())
}

fn in_stockholm(date_time: NaiveDateTime) -> CalendarDateTime {
    CalendarDateTime::WithTimezone {
        date_time,
        tzid: TZID.to_string(),
    }
}

/// The forum, its channels and its permanent roster on `today`.
fn description(ctx: &Context, forum: &Forum, today: NaiveDate) -> Result<String> {
    let lang = ctx.lang;
    let name = inert(&match &forum.qualifier {
        Some(q) => format!("{} ({q})", forum.name),
        None => forum.name.clone(),
    });
    let channels: Vec<&str> = forum.channels.iter().map(|c| channel(*c, lang)).collect();
    let mut lines = vec![
        tr!(lang, "ics-forum", forum = name),
        tr!(lang, "ics-channel", channels = channels.join(", ")),
        tr!(lang, "ics-roster"),
    ];
    for seat in ctx.store.roster(&forum.id, &today.to_string())? {
        if seat.attendance != Attendance::Permanent {
            continue;
        }
        let who: Vec<String> = seat.holders.iter().map(|h| inert(&h.name)).collect();
        let who = if who.is_empty() {
            lang.text("ics-vacant").to_string()
        } else {
            who.join(", ")
        };
        lines.push(format!(
            "- {} ({}): {who}",
            inert(&seat.role_name),
            seat.party.label(lang)
        ));
    }
    Ok(lines.join("\n"))
}

fn channel(channel: Channel, lang: Lang) -> &'static str {
    crate::protocol::labels::channel(channel, lang)
}
