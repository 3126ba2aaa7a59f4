//! How each forum stands, for the home screen: its last meeting, when the
//! next one is due, protocols awaiting approval and open actions. Read once
//! when the app starts and again after a meeting or a change of an action,
//! so moving through the forums costs no query.

use crate::i18n::tr;
use std::collections::HashMap;

use chrono::NaiveDate;
use ratatui::style::Style;

use crate::catalog::Catalog;
use crate::domain::meeting::VersionState;
use crate::domain::schedule::DueState;
use crate::store::followup::ActionFilter;
use crate::store::{Result, Store};
use crate::text::inert;

use super::strings::Strings;
use super::theme::Theme;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForumOverview {
    pub last_meeting: Option<String>,
    pub next_due: Option<String>,
    pub state: DueState,
    /// Days past the due date (positive) or left until it (negative).
    pub days_overdue: Option<i64>,
    pub awaiting_approval: usize,
    /// Meetings whose protocol was changed after it was approved.
    pub changed_after_approval: usize,
    /// Protocols returned with comments and not sent again.
    pub returned: usize,
    /// Meetings whose justering is past the forum's deadline.
    pub overdue_justering: usize,
    pub open_actions: usize,
    pub overdue_actions: usize,
}

impl ForumOverview {
    pub fn is_overdue(&self) -> bool {
        self.state == DueState::Overdue
    }
}

/// The overview of every forum of `catalog`, in catalogue order, on `today`.
pub fn load(store: &Store, catalog: &Catalog, today: NaiveDate) -> Result<Vec<ForumOverview>> {
    let mut schedule: HashMap<String, _> = store
        .schedule(today)?
        .into_iter()
        .map(|row| (row.forum_id.clone(), row))
        .collect();
    let mut awaiting: HashMap<String, usize> = HashMap::new();
    for a in store.awaiting_approval(None)? {
        *awaiting.entry(a.forum_id).or_default() += 1;
    }
    let mut changed: HashMap<String, usize> = HashMap::new();
    for a in store.changed_after_approval(None)? {
        *changed.entry(a.forum_id).or_default() += 1;
    }
    let mut returned: HashMap<String, usize> = HashMap::new();
    for a in store.justering_worklist(None)? {
        if a.version.state == VersionState::Returned {
            *returned.entry(a.forum_id).or_default() += 1;
        }
    }
    let mut late: HashMap<String, usize> = HashMap::new();
    for o in store.overdue_justering(today)? {
        *late.entry(o.forum_id).or_default() += 1;
    }
    let open = ActionFilter {
        open_only: true,
        ..ActionFilter::default()
    };
    let mut actions: HashMap<String, (usize, usize)> = HashMap::new();
    for a in store.actions(&open, &today.to_string())? {
        let counts = actions.entry(a.forum_id).or_default();
        counts.0 += 1;
        counts.1 += usize::from(a.overdue);
    }
    Ok(catalog
        .forums
        .iter()
        .map(|forum| {
            let due = schedule.remove(&forum.id);
            let (open_actions, overdue_actions) = actions.get(&forum.id).copied().unwrap_or_default();
            ForumOverview {
                last_meeting: due.as_ref().and_then(|d| d.last_meeting.clone()),
                next_due: due.as_ref().and_then(|d| d.next_due.clone()),
                state: due.as_ref().map_or(DueState::NotScheduled, |d| d.state),
                days_overdue: due.as_ref().and_then(|d| d.days_overdue),
                awaiting_approval: awaiting.get(&forum.id).copied().unwrap_or_default(),
                changed_after_approval: changed.get(&forum.id).copied().unwrap_or_default(),
                returned: returned.get(&forum.id).copied().unwrap_or_default(),
                overdue_justering: late.get(&forum.id).copied().unwrap_or_default(),
                open_actions,
                overdue_actions,
            }
        })
        .collect())
}

/// The overview as labelled fields of the detail pane, each value with its style.
pub fn fields(o: &ForumOverview, s: &Strings, t: &Theme) -> Vec<(&'static str, String, Style)> {
    let plain = Style::new();
    let last = match &o.last_meeting {
        Some(date) => inert(date),
        None => s.none_yet.to_string(),
    };
    let date = o.next_due.as_deref().map(inert).unwrap_or_default();
    let (next, next_style) = match (o.state, o.days_overdue) {
        (DueState::NotScheduled, _) => (s.not_scheduled.to_string(), t.muted),
        (DueState::NeverHeld, _) => (s.due_now_never_held.to_string(), plain),
        (DueState::Overdue, Some(late)) => (
            format!("{date} · {}", tr!(s.lang, "tui-overdue-by-days", days = late)),
            t.warning,
        ),
        (_, Some(0)) => (format!("{date} · {}", s.due_today), plain),
        (_, Some(late)) if late < 0 => (
            format!("{date} · {}", tr!(s.lang, "tui-due-in-days", days = -late)),
            plain,
        ),
        _ => (date, plain),
    };
    let mut approval = match o.awaiting_approval {
        0 => s.none_waiting.to_string(),
        n => tr!(s.lang, "tui-protocols-waiting", count = n),
    };
    if o.returned > 0 {
        approval.push_str(&format!(" · {}", VersionState::Returned.label(s.lang)));
    }
    if o.changed_after_approval > 0 {
        approval.push_str(&format!(" · {}", s.lang.text("changed-after-approval")));
    }
    if o.overdue_justering > 0 {
        let late = tr!(s.lang, "tui-justering-overdue", count = o.overdue_justering);
        approval.push_str(&format!(" · {late}"));
    }
    let approval_style =
        if o.awaiting_approval + o.changed_after_approval + o.returned + o.overdue_justering > 0 {
            t.warning
        } else {
            plain
        };
    let actions = match (o.open_actions, o.overdue_actions) {
        (0, _) => s.none_open.to_string(),
        (open, 0) => tr!(s.lang, "tui-actions-open", open = open),
        (open, late) => tr!(s.lang, "tui-actions-open-overdue", open = open, late = late),
    };
    let actions_style = if o.overdue_actions > 0 { t.warning } else { plain };
    vec![
        (s.last_meeting, last, plain),
        (s.next_due, next, next_style),
        (s.approval, approval, approval_style),
        (s.actions, actions, actions_style),
    ]
}
