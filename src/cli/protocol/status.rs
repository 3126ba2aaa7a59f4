//! `fora protocol status`: what awaits approval and for how long, what was
//! changed after approval or returned, and whose justering is overdue.

use anyhow::Result;
use serde::Serialize;

use super::super::signatures;
use super::super::table::Table;
use super::super::{Context, print, print_json};
use crate::domain::meeting::VersionState;
use crate::i18n::tr;
use crate::text::inert;

pub(super) fn status(ctx: &Context, forum: Option<&str>, json: bool) -> Result<()> {
    let lang = ctx.lang;
    let forum_id = match forum {
        Some(q) => Some(
            super::super::forums::find_forum(&ctx.store.catalog()?, q)?
                .id
                .clone(),
        ),
        None => None,
    };
    let list = ctx.store.awaiting_approval(forum_id.as_deref())?;
    let changed = ctx.store.changed_after_approval(forum_id.as_deref())?;
    let today = chrono::Local::now();
    let overdue: Vec<_> = ctx
        .store
        .overdue_justering(today.date_naive())?
        .into_iter()
        .filter(|o| forum_id.as_ref().is_none_or(|f| *f == o.forum_id))
        .collect();
    let deadline_passed = |meeting: i64| {
        overdue
            .iter()
            .find(|o| o.meeting_id == meeting)
            .map(|o| o.deadline.as_str())
    };
    let waited = |sent: &Option<String>| {
        sent.as_deref()
            .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
            .map_or(0, |s| (today.fixed_offset() - s).num_days())
    };
    // A returned version stays on the list until a new version is sent.
    let returned: Vec<_> = crate::protocol::worklist::worklist(&ctx.store, forum_id.as_deref())?
        .into_iter()
        .filter(|w| w.latest.version.state != VersionState::ForReview)
        .filter_map(|w| w.returned.map(|r| (w.latest, r)))
        .collect();
    if json {
        /// A version returned with comments, not yet answered by a new one sent.
        #[derive(Serialize)]
        struct Returned {
            version: i64,
            comments: usize,
        }
        #[derive(Serialize)]
        struct Waiting<'a> {
            #[serde(flatten)]
            awaiting: &'a crate::store::protocols::Awaiting,
            days_waiting: i64,
            approvals: Vec<crate::store::protocols::Approval>,
            changed_after_approval: bool,
            /// The justering deadline, when it has passed.
            #[serde(skip_serializing_if = "Option::is_none")]
            overdue_since: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            returned: Option<Returned>,
        }
        let mut out = Vec::new();
        for (a, changed) in list
            .iter()
            .map(|a| (a, false))
            .chain(changed.iter().map(|a| (a, true)))
        {
            out.push(Waiting {
                awaiting: a,
                days_waiting: waited(&a.version.sent_at),
                approvals: ctx.store.approvals(a.version.id)?,
                changed_after_approval: changed,
                overdue_since: deadline_passed(a.version.meeting_id),
                returned: None,
            });
        }
        for (latest, r) in &returned {
            out.push(Waiting {
                awaiting: latest,
                days_waiting: waited(&latest.version.sent_at),
                approvals: ctx.store.approvals(latest.version.id)?,
                changed_after_approval: false,
                overdue_since: deadline_passed(latest.version.meeting_id),
                returned: Some(Returned {
                    version: r.version.number,
                    comments: r.comments.len(),
                }),
            });
        }
        return print_json(&out);
    }
    let catalog = ctx.store.catalog()?;
    let forum_name = |id: &str| catalog.forum(id).map_or(id.to_string(), |f| f.name.clone());
    let mut text = String::new();
    for a in &changed {
        let line = tr!(
            lang,
            "out-changed-after-approval",
            forum = inert(&forum_name(&a.forum_id)),
            date = a.date.as_str(),
            meeting = a.version.meeting_id,
            number = a.version.number
        );
        text.push_str(&format!("{line}\n"));
    }
    for (latest, r) in &returned {
        let line = tr!(
            lang,
            "out-returned-waiting",
            forum = inert(&forum_name(&latest.forum_id)),
            date = latest.date.as_str(),
            meeting = latest.version.meeting_id,
            number = r.version.number,
            comments = r.comments.len()
        );
        text.push_str(&format!("{line}\n"));
    }
    for o in &overdue {
        let line = tr!(
            lang,
            "out-justering-overdue",
            forum = inert(&forum_name(&o.forum_id)),
            date = o.date.as_str(),
            meeting = o.meeting_id,
            deadline = o.deadline.as_str()
        );
        text.push_str(&format!("{line}\n"));
    }
    if list.is_empty() {
        if changed.is_empty() && returned.is_empty() && overdue.is_empty() {
            text.push_str(&format!("{}\n", lang.text("out-no-protocols-await-approval")));
        }
        return print(&text);
    }
    let mut table = Table::new([
        lang.text("out-meeting"),
        lang.text("out-forum"),
        lang.text("out-date"),
        lang.text("out-col-version"),
        lang.text("out-sent"),
        lang.text("out-waited"),
        lang.text("out-col-approvals"),
    ]);
    for a in &list {
        table.row(vec![
            a.version.meeting_id.to_string(),
            forum_name(&a.forum_id),
            a.date.clone(),
            a.version.number.to_string(),
            a.version
                .sent_at
                .as_deref()
                .and_then(|s| s.get(..10))
                .unwrap_or("")
                .to_string(),
            tr!(lang, "out-days", days = waited(&a.version.sent_at)),
            signatures::approvals_cell(lang, &ctx.store.approvals(a.version.id)?),
        ]);
    }
    text.push_str(&table.render());
    print(&text)
}
