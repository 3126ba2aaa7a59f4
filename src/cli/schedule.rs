//! `fora schedule` and `fora status`: every forum against its cadence.

use crate::i18n::tr;
use anyhow::Result;

use super::table::Table;
use super::{Context, print, print_json};
use crate::domain::ForumRule;
use crate::domain::schedule::DueState;
use crate::i18n::Lang;

pub fn state_label(state: DueState, lang: Lang) -> &'static str {
    match state {
        DueState::Scheduled => lang.text("out-scheduled"),
        DueState::DueSoon => lang.text("out-due-soon"),
        DueState::Overdue => lang.text("out-overdue-meeting"),
        DueState::NeverHeld => lang.text("out-never-held"),
        DueState::NotScheduled => lang.text("out-not-scheduled"),
    }
}

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

pub fn schedule(ctx: &Context, json: bool) -> Result<()> {
    let lang = ctx.lang;
    let rows = ctx.store.schedule(today())?;
    if json {
        return print_json(&rows);
    }
    let catalog = ctx.store.catalog()?;
    let mut table = Table::new([
        lang.text("out-forum"),
        lang.text("out-last-meeting"),
        lang.text("out-next-due"),
        lang.text("out-state"),
        lang.text("out-note"),
    ]);
    for row in &rows {
        let mut note = String::new();
        let forum = catalog.forum(&row.forum_id);
        if let Some(days) = row.days_overdue.filter(|d| *d > 0) {
            note = tr!(lang, "out-days-late", days = days);
        }
        // Operativt möte may be cancelled when no supplier proposed a point.
        let may_cancel = forum.is_some_and(|f| f.rules.contains(&ForumRule::CancelWithoutPoints));
        if may_cancel
            && matches!(
                row.state,
                DueState::DueSoon | DueState::Overdue | DueState::NeverHeld
            )
            && ctx.store.pending_proposals(&row.forum_id)?.is_empty()
        {
            note = tr!(lang, "out-may-be-cancelled");
        }
        table.row(vec![
            row.forum.clone(),
            row.last_meeting.clone().unwrap_or_else(|| "-".into()),
            row.next_due.clone().unwrap_or_else(|| "-".into()),
            state_label(row.state, lang).to_string(),
            note,
        ]);
    }
    print(&table.render())
}

pub fn status(ctx: &Context, json: bool) -> Result<()> {
    let lang = ctx.lang;
    let rows = ctx.store.status(today())?;
    if json {
        return print_json(&rows);
    }
    let mut table = Table::new([
        lang.text("out-forum"),
        lang.text("out-col-held-of-due"),
        lang.text("out-col-cancelled"),
        lang.text("out-approved-protocols"),
        lang.text("out-median-to-approval"),
        lang.text("out-open-actions"),
        lang.text("out-col-overdue"),
        lang.text("out-open-escalations"),
        lang.text("out-cadence"),
    ]);
    for row in &rows {
        table.row(vec![
            row.forum.clone(),
            match row.expected {
                Some(expected) => format!("{}/{expected}", row.held),
                None => row.held.to_string(),
            },
            row.cancelled.to_string(),
            row.protocols_approved.to_string(),
            row.median_days_to_approval.map_or_else(
                || "-".into(),
                |d| tr!(lang, "out-days-short", days = format!("{d:.0}")),
            ),
            row.open_actions.to_string(),
            row.overdue_actions.to_string(),
            row.open_escalations.to_string(),
            state_label(row.state, lang).to_string(),
        ]);
    }
    print(&table.render())
}
