//! `fora backup` and `fora doctor`.

use std::path::Path;

use anyhow::Result;

use super::{Context, print, print_json};
use crate::domain::meeting::MeetingStatus;
use crate::i18n::tr;
use crate::protocol::approvers::keeper_of_wrong_party;
use crate::store::maintenance::Check;
use crate::text::inert;

pub fn backup(ctx: &Context, target: &Path) -> Result<()> {
    ctx.store.backup_to(target)?;
    print(&format!(
        "{} {}\n",
        ctx.lang.text("out-backup-written-and-checked"),
        target.display()
    ))
}

pub fn doctor(ctx: &Context, json: bool) -> Result<()> {
    let mut checks = ctx.store.doctor()?;
    checks.extend(justering_checks(ctx)?);
    checks.push(super::reports::doctor_check(ctx)?);
    let failed = checks.iter().filter(|c| !c.ok).count();
    if json {
        print_json(&checks)?;
    } else {
        let mut text = String::new();
        for c in &checks {
            let mark = if c.ok { "ok  " } else { "FEL " };
            text.push_str(&format!("{mark} {:<10} {}\n", c.name, inert(&c.detail)));
        }
        print(&text)?;
    }
    if failed > 0 {
        return Err(crate::fail!("err-cli-checks-failed", count = failed));
    }
    Ok(())
}

/// The contract's rules for the minutes: a minute keeper of the party the
/// forum's rule names, and no protocol changed after approval left unsaid.
fn justering_checks(ctx: &Context) -> Result<Vec<Check>> {
    let lang = ctx.lang;
    let catalog = ctx.store.catalog()?;
    let name = |id: &str| catalog.forum(id).map_or(id.to_string(), |f| f.name.clone());
    let mut wrong = Vec::new();
    for summary in ctx.store.meeting_summaries(None)? {
        if matches!(summary.status, MeetingStatus::Planned | MeetingStatus::Cancelled) {
            continue;
        }
        let Some(forum) = catalog.forum(&summary.forum_id) else {
            continue;
        };
        let meeting = ctx.store.meeting(summary.id)?;
        let attendance = ctx.store.attendance(summary.id)?;
        if let Some(party) =
            keeper_of_wrong_party(meeting.minute_keeper.as_deref(), &attendance, forum.keeper)
        {
            wrong.push(tr!(
                lang,
                "out-doctor-keeper-of",
                forum = inert(&forum.name),
                date = inert(&meeting.date),
                keeper = inert(meeting.minute_keeper.as_deref().unwrap_or("")),
                party = party.label(lang),
                rule = forum.keeper.label(lang)
            ));
        }
    }
    let changed: Vec<String> = ctx
        .store
        .changed_after_approval(None)?
        .iter()
        .map(|a| {
            tr!(
                lang,
                "out-changed-after-approval",
                forum = inert(&name(&a.forum_id)),
                date = a.date.as_str(),
                meeting = a.version.meeting_id,
                number = a.version.number
            )
        })
        .collect();
    Ok(vec![
        Check {
            name: "keepers",
            ok: wrong.is_empty(),
            detail: if wrong.is_empty() {
                lang.text("out-doctor-keepers-ok").to_string()
            } else {
                wrong.join("; ")
            },
        },
        // A protocol changed after approval is not an error, but it is not the record until approved again.
        Check {
            name: "justering",
            ok: true,
            detail: if changed.is_empty() {
                lang.text("out-doctor-none-changed").to_string()
            } else {
                changed.join("; ")
            },
        },
    ])
}
