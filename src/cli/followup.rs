//! Follow-up from the command line: the action, decision, escalation and
//! disagreement registers, proposed points, planned changes, cancelling.

use crate::i18n::tr;
use anyhow::Result;
use clap::Subcommand;

use super::forums::find_forum;
use super::listing::{FORUM, ListArgs, Listing, Width};
use super::table::Table;
use super::{Context, print, print_json};
use crate::dates;
use crate::domain::ForumRule;
use crate::i18n::{Lang, fail};
use crate::resolve::{Kind, Named, resolve};
use crate::store::followup::{ActionFilter, FollowUpRow, FollowUpState};
use crate::text::inert;

fn date_arg(text: Option<&str>) -> Result<Option<String>> {
    text.map(|t| {
        dates::parse(t)
            .map(|d| d.to_string())
            .map_err(anyhow::Error::from)
    })
    .transpose()
}

/// The first line of a text, for one-line listings.
fn line(text: &str) -> String {
    text.lines().next().unwrap_or_default().to_string()
}

fn forum_id(ctx: &Context, query: Option<&str>) -> Result<Option<String>> {
    let catalog = ctx.store.catalog()?;
    query
        .map(|q| find_forum(&catalog, q).map(|f| f.id.clone()))
        .transpose()
}

fn supplier(ctx: &Context, query: &str) -> Result<i64> {
    let orgs = ctx.store.organisations()?;
    let suppliers: Vec<_> = orgs
        .iter()
        .filter(|o| o.party != crate::domain::Party::Staden)
        .collect();
    let named = suppliers
        .iter()
        .map(|o| Named {
            id: o.id.to_string(),
            name: o.name.clone(),
            item: *o,
        })
        .collect();
    Ok(resolve(Kind::Supplier, query, named)?.id)
}

pub fn actions(
    ctx: &Context,
    forum: Option<&str>,
    owner: Option<&str>,
    overdue: bool,
    open: bool,
    args: &ListArgs,
) -> Result<()> {
    let lang = ctx.lang;
    let forum = forum_id(ctx, forum)?;
    let filter = ActionFilter {
        forum_id: forum.as_deref(),
        owner,
        overdue_only: overdue,
        open_only: open,
        done_only: false,
        followed_up_in: None,
    };
    let today = dates::today();
    let mut list = Listing::new(
        args,
        lang,
        &[
            (lang.text("out-forum"), FORUM),
            (lang.text("out-meeting"), Width::Cut(10)),
            (lang.text("out-action"), Width::Cut(48)),
            (lang.text("out-owner"), Width::Cut(20)),
            (lang.text("out-due"), Width::Cut(10)),
            (lang.text("out-status"), Width::Cut(0)),
        ],
    );
    let read = ctx.store.each_action(&filter, &today, list.page(), |a| {
        list.row(&a, || {
            let state = match (a.done, a.overdue) {
                (true, _) => tr!(
                    lang,
                    "out-done-on",
                    date = a.done_at.as_deref().map_or("", |d| d.get(..10).unwrap_or(d))
                ),
                (false, true) => lang.text("out-overdue").to_string(),
                (false, false) => lang.text("out-open").to_string(),
            };
            vec![
                a.forum.clone(),
                a.meeting_date.clone(),
                line(&a.text),
                a.owner.clone().unwrap_or_default(),
                a.due.clone().unwrap_or_default(),
                state,
            ]
        })
    });
    list.finish(read, lang.text("out-no-actions"), || {
        Ok(ctx.store.count_actions(&filter, &today)?)
    })
}

pub fn decisions(ctx: &Context, forum: Option<&str>, since: Option<&str>, args: &ListArgs) -> Result<()> {
    let lang = ctx.lang;
    let forum = forum_id(ctx, forum)?;
    let since = date_arg(since)?;
    let (forum, since) = (forum.as_deref(), since.as_deref());
    let mut list = Listing::new(
        args,
        lang,
        &[
            (lang.text("out-decision"), Width::Whole(42)),
            (lang.text("out-date"), Width::Cut(10)),
            (lang.text("out-text"), Width::Cut(0)),
        ],
    );
    let read = ctx.store.each_decision(forum, since, list.page(), |d| {
        list.row(&d, || vec![d.reference.clone(), d.date.clone(), line(&d.text)])
    });
    list.finish(read, lang.text("out-no-decisions"), || {
        Ok(ctx.store.count_decisions(forum, since)?)
    })
}

fn state_label(state: FollowUpState, lang: Lang) -> &'static str {
    match state {
        FollowUpState::Open => lang.text("out-open"),
        FollowUpState::Decided => lang.text("out-decided"),
        FollowUpState::Escalated => lang.text("out-escalated-further"),
    }
}

pub fn follow_ups(ctx: &Context, kind: &str, open: bool, args: &ListArgs) -> Result<()> {
    let lang = ctx.lang;
    let catalog = ctx.store.catalog()?;
    let forum_name = |id: &Option<String>| {
        id.as_deref()
            .map(|id| catalog.forum(id).map_or(id.to_string(), |f| f.name.clone()))
            .unwrap_or_default()
    };
    let mut list = Listing::new(
        args,
        lang,
        &[
            (lang.text("out-from"), FORUM),
            (lang.text("out-date"), Width::Cut(10)),
            (lang.text("out-to"), FORUM),
            (lang.text("out-age"), Width::Cut(6)),
            (lang.text("out-state"), Width::Cut(10)),
            (lang.text("out-matter"), Width::Cut(48)),
            (lang.text("out-outcome"), Width::Cut(0)),
        ],
    );
    let read = ctx
        .store
        .each_follow_up(kind, open, &dates::today(), list.page(), |row: FollowUpRow| {
            list.row(&row, || {
                let mut matter = line(&row.text);
                if let Some(parties) = &row.parties {
                    matter = format!("{matter} ({parties})");
                }
                vec![
                    row.from_forum.clone(),
                    row.date.clone(),
                    forum_name(&row.target_forum_id),
                    tr!(lang, "out-days-short", days = row.age_days),
                    state_label(row.state, lang).to_string(),
                    matter,
                    row.outcome.as_deref().map(line).unwrap_or_default(),
                ]
            })
        });
    let none = if kind == "escalation" {
        lang.text("out-no-escalations")
    } else {
        lang.text("out-no-disagreements")
    };
    list.finish(read, none, || Ok(ctx.store.count_follow_ups(kind, open)?))
}

pub fn propose(ctx: &mut Context, forum: &str, text: &str, by: &str) -> Result<()> {
    let lang = ctx.lang;
    let catalog = ctx.store.catalog()?;
    let forum = find_forum(&catalog, forum)?;
    if !forum.rules.contains(&ForumRule::SuppliersProposePoints) {
        return Err(fail!("err-cli-no-proposals", forum = inert(&forum.name)));
    }
    let org = supplier(ctx, by)?;
    let id = ctx.store.propose(&forum.id, org, text, chrono::Local::now())?;
    let text = tr!(lang, "out-point-proposed", id = id, forum = inert(&forum.name));
    print(&format!("{text}\n"))
}

pub fn cancel(ctx: &mut Context, forum: &str, date: Option<&str>, reason: Option<&str>) -> Result<()> {
    let lang = ctx.lang;
    let catalog = ctx.store.catalog()?;
    let forum = find_forum(&catalog, forum)?;
    let date = date_arg(date)?.unwrap_or_else(dates::today);
    let reason = match reason {
        Some(r) if !r.trim().is_empty() => r.trim().to_string(),
        _ if forum.rules.contains(&ForumRule::CancelWithoutPoints) => {
            if !ctx.store.pending_proposals(&forum.id)?.is_empty() {
                return Err(fail!("err-cli-points-proposed", forum = inert(&forum.name)));
            }
            lang.text("out-no-points-proposed").to_string()
        }
        _ => return Err(fail!("err-cli-cancel-reason")),
    };
    let id = ctx
        .store
        .cancel_meeting(&forum.id, &date, &reason, chrono::Local::now())?;
    let text = tr!(
        lang,
        "out-meeting-cancelled",
        forum = inert(&forum.name),
        date = date.as_str(),
        id = id,
        reason = inert(&reason)
    );
    print(&format!("{text}\n"))
}

#[derive(Subcommand, Debug)]
pub enum ChangesCommand {
    #[command(about = "help-changes-add")]
    Add {
        text: String,
        #[arg(long, help = "help-changes-add--by")]
        by: String,
        #[arg(long, help = "help-changes-add--date")]
        date: Option<String>,
    },
    #[command(about = "help-changes-list")]
    List {
        #[arg(long, help = "help-json")]
        json: bool,
    },
}

pub fn changes(ctx: &mut Context, command: ChangesCommand) -> Result<()> {
    let lang = ctx.lang;
    match command {
        ChangesCommand::Add { text, by, date } => {
            let org = supplier(ctx, &by)?;
            let date = date_arg(date.as_deref())?;
            let id = ctx
                .store
                .plan_change(org, &text, date.as_deref(), chrono::Local::now())?;
            print(&format!(
                "{}\n",
                tr!(lang, "out-planned-change-registered", id = id)
            ))
        }
        ChangesCommand::List { json } => {
            let list = ctx.store.planned_changes()?;
            if json {
                return print_json(&list);
            }
            if list.is_empty() {
                return print(&format!("{}\n", lang.text("out-no-planned-changes")));
            }
            let mut table = Table::new([
                lang.text("out-supplier"),
                lang.text("out-date"),
                lang.text("out-change"),
                lang.text("out-announced"),
            ]);
            for c in &list {
                table.row(vec![
                    c.supplier.clone(),
                    c.planned_for.clone().unwrap_or_default(),
                    line(&c.text),
                    if c.announced {
                        lang.text("out-yes")
                    } else {
                        lang.text("out-no")
                    }
                    .to_string(),
                ]);
            }
            print(&table.render())
        }
    }
}
