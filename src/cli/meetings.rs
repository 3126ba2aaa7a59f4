//! `fora meetings` and `fora show`: meetings from the command line.

use crate::i18n::tr;
use anyhow::Result;
use serde::Serialize;

use super::forums::find_forum;
use super::listing::{FORUM, ListArgs, Listing, Width};
use super::{Context, print, print_json};
use crate::domain::decision::DecisionRef;
use crate::domain::meeting::{AttendanceStatus, EntryKind};
use crate::i18n::{Lang, fail};
use crate::protocol::MeetingRecord;
use crate::protocol::labels;
use crate::store::followup::FollowedUpAction;
use crate::store::meetings::{AttendanceRow, Entry};
use crate::text::{inert, inert_multiline};

/// Finds a meeting named by its id, by `FORUM DATE`, or by `FORUM latest`.
pub fn find_meeting(ctx: &Context, words: &[String]) -> Result<i64> {
    match words {
        [id] if id.chars().all(|c| c.is_ascii_digit()) => {
            let id: i64 = id
                .parse()
                .map_err(|_| fail!("err-cli-not-a-meeting-id", id = inert(id)))?;
            Ok(ctx.store.meeting(id)?.id)
        }
        [forum, when] => {
            let catalog = ctx.store.catalog()?;
            let forum = find_forum(&catalog, forum)?;
            if when.eq_ignore_ascii_case("latest") || crate::text::fold(when) == "senaste" {
                return ctx
                    .store
                    .latest_meeting(&forum.id)?
                    .map(|m| m.id)
                    .ok_or_else(|| fail!("err-cli-no-meetings-yet", forum = inert(&forum.name)));
            }
            let date = crate::dates::parse(when)?.to_string();
            let found = ctx.store.meetings_on(&forum.id, &date)?;
            match found.as_slice() {
                [] => Err(fail!(
                    "err-cli-no-meeting-on",
                    forum = inert(&forum.name),
                    date = date
                )),
                [one] => Ok(one.id),
                many => {
                    let ids: Vec<String> = many.iter().map(|m| m.id.to_string()).collect();
                    Err(fail!(
                        "err-cli-meetings-on",
                        forum = inert(&forum.name),
                        count = many.len(),
                        date = date,
                        ids = ids.join(", ")
                    ))
                }
            }
        }
        _ => Err(fail!("err-cli-name-a-meeting")),
    }
}

pub fn list(ctx: &Context, forum: Option<&str>, args: &ListArgs) -> Result<()> {
    let lang = ctx.lang;
    let catalog = ctx.store.catalog()?;
    let forum = forum.map(|q| find_forum(&catalog, q)).transpose()?;
    let forum = forum.map(|f| f.id.as_str());
    let mut list = Listing::new(
        args,
        lang,
        &[
            ("id", Width::Cut(6)),
            (lang.text("out-forum"), FORUM),
            (lang.text("out-date"), Width::Cut(10)),
            (lang.text("out-status"), Width::Cut(12)),
            (lang.text("out-present"), Width::Cut(0)),
            (lang.text("out-items"), Width::Cut(0)),
            (lang.text("out-entries"), Width::Cut(0)),
            (lang.text("out-decisions"), Width::Cut(0)),
            (lang.text("out-actions"), Width::Cut(0)),
        ],
    );
    let read = ctx.store.each_meeting_summary(forum, list.page(), |m| {
        list.row(&m, || {
            let name = catalog
                .forum(&m.forum_id)
                .map_or(m.forum_id.clone(), |f| f.name.clone());
            vec![
                m.id.to_string(),
                name,
                m.date.clone(),
                m.status.label(lang).to_string(),
                m.present.to_string(),
                m.items.to_string(),
                m.entries.to_string(),
                m.decisions.to_string(),
                m.actions.to_string(),
            ]
        })
    });
    list.finish(read, lang.text("out-no-meetings"), || {
        Ok(ctx.store.count_meetings(forum)?)
    })
}

pub fn show(ctx: &Context, words: &[String], json: bool) -> Result<()> {
    let id = find_meeting(ctx, words)?;
    let record = MeetingRecord::load(&ctx.store, id)?;
    if json {
        #[derive(Serialize)]
        struct Show<'a> {
            #[serde(flatten)]
            record: &'a MeetingRecord,
        }
        return print_json(&Show { record: &record });
    }
    print(&render_text(&record, ctx.lang))
}

/// "09:05" from a stored timestamp.
fn clock(stamp: &str) -> &str {
    stamp.get(11..16).unwrap_or(stamp)
}

fn who(row: &AttendanceRow, lang: Lang) -> String {
    let role = match (&row.role_name, row.party) {
        (Some(role), Some(party)) => format!("{role} ({})", party.label(lang)),
        _ => lang.text("out-guest").to_string(),
    };
    let person = match (&row.person_name, &row.organisation, row.is_guest()) {
        (Some(name), Some(org), true) => format!("{name}, {org}"),
        (Some(name), _, _) => name.clone(),
        (None, _, _) => lang.text("out-vacant").to_string(),
    };
    format!("{role}: {person}")
}

fn status_text(row: &AttendanceRow, lang: Lang) -> String {
    let mut text = row.status.label(lang).to_string();
    if row.status == AttendanceStatus::Substitute
        && let Some(name) = &row.substitute_name
    {
        text = format!("{text}: {name}");
    }
    if let Some(joined) = &row.joined_at {
        text.push_str(&format!(", {}", tr!(lang, "out-joined-at", time = clock(joined))));
    }
    if let Some(left) = &row.left_at {
        text.push_str(&format!(", {}", tr!(lang, "out-left-at", time = clock(left))));
    }
    text
}

fn entry_line(entry: &Entry, decision: Option<&DecisionRef>, lang: Lang) -> String {
    let mut head = match decision {
        Some(reference) => format!("{} {}", entry.kind.label(lang), inert(&reference.to_string())),
        None => entry.kind.label(lang).to_string(),
    };
    let f = &entry.fields;
    let mut extra = Vec::new();
    if entry.kind == EntryKind::Action {
        extra.push(format!(
            "{}: {}",
            lang.text("out-owner"),
            f.owner.as_deref().unwrap_or("-")
        ));
        extra.push(format!(
            "{}: {}",
            lang.text("out-due-short"),
            f.due.as_deref().unwrap_or("-")
        ));
        extra.push(
            if entry.done {
                lang.text("out-done")
            } else {
                lang.text("out-open")
            }
            .to_string(),
        );
    }
    if let Some(target) = &f.target_forum {
        extra.push(format!("→ {target}"));
    }
    if let Some(parties) = &f.parties {
        extra.push(format!("{}: {parties}", lang.text("out-parties")));
    }
    if !extra.is_empty() {
        head = format!("{head} ({})", extra.join(", "));
    }
    let body = inert_multiline(&f.text).replace('\n', "\n        ");
    format!(
        "    {} [{}]\n        {body}\n",
        inert(&head),
        clock(&entry.recorded_at)
    )
}

/// The meeting as plain text for the terminal.
pub fn render_text(record: &MeetingRecord, lang: Lang) -> String {
    let m = &record.meeting;
    let mut out = format!("{} {} (id {})\n", inert(&record.forum_name), m.date, m.id);
    let times = match (&m.started_at, &m.ended_at) {
        (Some(s), Some(e)) => format!("{}–{}", clock(s), clock(e)),
        (Some(s), None) => format!("{}–", clock(s)),
        _ => String::from("-"),
    };
    out.push_str(&format!(
        "{}: {}   {}: {}   {}: {}   {}: {}\n",
        lang.text("out-field-status"),
        m.status.label(lang),
        lang.text("out-field-time"),
        times,
        lang.text("out-field-channel"),
        m.channel.label(lang),
        lang.text("out-field-minute-keeper"),
        inert(m.minute_keeper.as_deref().unwrap_or("-")),
    ));
    if let Some(reason) = &m.cancel_reason {
        out.push_str(&format!(
            "{}: {}\n",
            lang.text("out-field-cancelled"),
            inert(reason)
        ));
    }
    out.push_str(&format!("\n{}\n", lang.text("out-heading-attendance")));
    for row in &record.attendance {
        out.push_str(&format!(
            "  {} — {}\n",
            inert(&who(row, lang)),
            inert(&status_text(row, lang))
        ));
    }
    out.push_str(&format!("\n{}\n", lang.text("out-heading-agenda")));
    for (i, item) in record.items.iter().enumerate() {
        let done = if item.item.done { " ✓" } else { "" };
        out.push_str(&format!("  {}. {}{done}\n", i + 1, inert(&item.item.title)));
        for a in &item.followed_up {
            out.push_str(&followed_up_line(a, &m.date, lang));
        }
        for e in &item.entries {
            out.push_str(&entry_line(&e.entry, e.decision.as_ref(), lang));
        }
    }
    out
}

/// An earlier action the meeting followed up, in the shape of an entry line.
fn followed_up_line(a: &FollowedUpAction, meeting_date: &str, lang: Lang) -> String {
    // The protocol's words, so that `fora show` and the protocol agree.
    let l = labels::labels(lang);
    let state = labels::standing(a.standing(meeting_date), l);
    let head = format!(
        "{} {} ({}: {}, {}: {}, {state})",
        l.followed_up_from,
        a.from_date,
        lang.text("out-owner"),
        a.owner.as_deref().unwrap_or("-"),
        lang.text("out-due-short"),
        a.due.as_deref().unwrap_or("-"),
    );
    let body = inert_multiline(&a.text).replace('\n', "\n        ");
    format!("    {}\n        {body}\n", inert(&head))
}
