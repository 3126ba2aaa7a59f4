//! Following things up between meetings and forums: what a new meeting
//! carries in (open actions, escalations, disagreements, proposed points,
//! planned changes), and the registers of actions, decisions and escalations.

use chrono::{DateTime, Local};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{Field, Result, Store, StoreError, log, stamp};
use crate::domain::ForumRule;
use crate::domain::meeting::ItemKind;
use crate::i18n::Lang;

/// An agenda item that a new meeting takes over from elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CarriedItem {
    pub title: String,
    pub kind: ItemKind,
    /// The escalation or disagreement entry the item is about.
    pub source_entry_id: Option<i64>,
    /// The proposal or planned change the item lists.
    pub proposal_id: Option<i64>,
    pub change_id: Option<i64>,
}

/// First line of a text, shortened for an item title.
fn headline(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default().trim();
    if line.chars().count() > 80 {
        format!("{}…", line.chars().take(79).collect::<String>())
    } else {
        line.to_string()
    }
}

/// The items a meeting of `forum_id` carries in, in the order they go on the agenda.
pub fn carried_items(tx: &Connection, forum_id: &str, lang: Lang) -> Result<Vec<CarriedItem>> {
    let mut items = Vec::new();
    let plain = |title: String, kind| CarriedItem {
        title,
        kind,
        source_entry_id: None,
        proposal_id: None,
        change_id: None,
    };

    let open_actions: i64 = tx.query_row(
        "SELECT count(*) FROM entry e JOIN meeting m ON m.id = e.meeting_id
         WHERE m.forum_id = ?1 AND e.kind = 'action' AND e.done = 0 AND e.deleted_at IS NULL",
        [forum_id],
        |r| r.get(0),
    )?;
    if open_actions > 0 {
        let title = format!(
            "{} ({open_actions})",
            lang.text("domain-agenda-follow-up-of-open-actions")
        );
        items.push(plain(title, ItemKind::Actions));
    }

    // Escalations sent here, and, at Leveransforum, disagreements between suppliers.
    // Open: no decision or further escalation on an item carrying it yet
    // (`handled_by`, kept by triggers). The terms of the
    // partial index entry_open_followup are spelled out so that SQLite reads
    // the open ones from it instead of every entry (8 ms, not 0.6 s, on 1M).
    let mut stmt = tx.prepare(
        "SELECT e.id, e.kind, e.text, f.name, m.date FROM entry e
         JOIN meeting m ON m.id = e.meeting_id JOIN forum f ON f.id = m.forum_id
         WHERE e.kind IN ('escalation', 'disagreement') AND e.deleted_at IS NULL AND e.handled_by IS NULL
           AND ((e.kind = 'escalation' AND e.target_forum = ?1)
             OR (e.kind = 'disagreement' AND ?1 = 'leveransforum'))
         ORDER BY m.date, e.id",
    )?;
    let rows = stmt.query_map([forum_id], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
        ))
    })?;
    for row in rows {
        let (id, kind, text, from, date) = row?;
        let (kind, word) = if kind == "escalation" {
            (ItemKind::Escalation, lang.text("domain-agenda-escalation-from"))
        } else {
            (
                ItemKind::Disagreement,
                lang.text("domain-agenda-disagreement-from"),
            )
        };
        items.push(CarriedItem {
            title: format!("{word} {from} {date}: {}", headline(&text)),
            kind,
            source_entry_id: Some(id),
            proposal_id: None,
            change_id: None,
        });
    }

    let rules: String = tx.query_row("SELECT rules FROM forum WHERE id = ?1", [forum_id], |r| r.get(0))?;
    if rules
        .split(',')
        .any(|r| r == ForumRule::SuppliersProposePoints.id())
    {
        let mut stmt = tx.prepare(
            "SELECT p.id, p.text, o.name FROM proposal p JOIN organisation o ON o.id = p.organisation_id
             WHERE p.forum_id = ?1 AND p.meeting_id IS NULL ORDER BY p.id",
        )?;
        for row in stmt.query_map([forum_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })? {
            let (id, text, org) = row?;
            items.push(CarriedItem {
                proposal_id: Some(id),
                ..plain(format!("{} ({org})", headline(&text)), ItemKind::Proposal)
            });
        }
    }
    if rules.split(',').any(|r| r == ForumRule::ChangesAnnounced.id()) {
        let mut stmt = tx.prepare(&format!(
            "SELECT c.id, c.text, o.name, c.planned_for FROM planned_change c
             JOIN organisation o ON o.id = c.organisation_id
             WHERE NOT {ANNOUNCED} ORDER BY o.name, c.planned_for, c.id"
        ))?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?;
        for row in rows {
            let (id, text, org, date) = row?;
            let when = date.map(|d| format!(", {d}")).unwrap_or_default();
            let title = format!("{org}{when}: {}", headline(&text));
            items.push(CarriedItem {
                change_id: Some(id),
                ..plain(title, ItemKind::Changes)
            });
        }
    }
    Ok(items)
}

/// SQL for "planned change `c` has been announced": its item was marked done.
const ANNOUNCED: &str = "EXISTS (SELECT 1 FROM agenda_item i WHERE i.id = c.item_id AND i.done = 1)";

/// Links what a carried item lists to the item, once the item exists.
pub fn link_carried(tx: &Connection, item: &CarriedItem, item_id: i64, meeting_id: i64) -> Result<()> {
    if let Some(source) = item.source_entry_id {
        tx.execute(
            "UPDATE agenda_item SET source_entry_id = ?2 WHERE id = ?1",
            params![item_id, source],
        )?;
    }
    if let Some(proposal) = item.proposal_id {
        tx.execute(
            "UPDATE proposal SET meeting_id = ?2 WHERE id = ?1",
            params![proposal, meeting_id],
        )?;
    }
    if let Some(change) = item.change_id {
        tx.execute(
            "UPDATE planned_change SET item_id = ?2 WHERE id = ?1",
            params![change, item_id],
        )?;
    }
    Ok(())
}

/// One action in the register across forums.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActionRow {
    pub entry_id: i64,
    pub forum_id: String,
    pub forum: String,
    pub meeting_id: i64,
    pub meeting_date: String,
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<String>,
    pub done: bool,
    pub done_at: Option<String>,
    pub done_meeting_id: Option<i64>,
    pub overdue: bool,
}

/// An earlier action of a forum as one of its meetings followed it up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowedUpAction {
    pub entry_id: i64,
    /// The date of the meeting that recorded the action.
    pub from_date: String,
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<String>,
    /// Marked done at the meeting that followed it up.
    pub done_here: bool,
}

/// Where an action followed up stood at the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    DoneHere,
    /// Open, and due before the meeting's day.
    Overdue,
    Open,
}

impl FollowedUpAction {
    pub fn standing(&self, meeting_date: &str) -> Standing {
        if self.done_here {
            Standing::DoneHere
        } else if self.due.as_deref().is_some_and(|d| d < meeting_date) {
            Standing::Overdue
        } else {
            Standing::Open
        }
    }
}

/// What to list from the action register.
#[derive(Debug, Clone, Default)]
pub struct ActionFilter<'a> {
    pub forum_id: Option<&'a str>,
    /// Part of the owner's name, any case.
    pub owner: Option<&'a str>,
    pub overdue_only: bool,
    pub open_only: bool,
    /// The actions a meeting follows up: those of its forum from earlier
    /// meetings that are open, or were marked done in this meeting.
    pub followed_up_in: Option<i64>,
}

/// A decision in the register, with its reference "Leveransforum 2026 § 14".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DecisionRow {
    pub reference: String,
    pub forum_id: String,
    pub year: i64,
    pub number: i64,
    pub meeting_id: i64,
    pub date: String,
    pub text: String,
}

/// A supplier's planned change to the IT environment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlannedChange {
    pub id: i64,
    pub supplier: String,
    pub text: String,
    pub planned_for: Option<String>,
    /// Listed at a change meeting and marked done there.
    pub announced: bool,
}

/// A point proposed for a forum's next meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Proposal {
    pub id: i64,
    pub supplier: String,
    pub text: String,
}

/// Where an escalation or a disagreement stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowUpState {
    /// Waiting on the target forum's agenda.
    Open,
    /// Decided: the outcome is recorded.
    Decided,
    /// Sent further up the ladder.
    Escalated,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FollowUpRow {
    pub entry_id: i64,
    pub kind: String,
    pub from_forum_id: String,
    pub from_forum: String,
    pub meeting_id: i64,
    pub date: String,
    pub text: String,
    /// Escalation: the forum it was sent to; disagreement: Leveransforum.
    pub target_forum_id: Option<String>,
    pub parties: Option<String>,
    pub state: FollowUpState,
    /// The decision that settled it, or the escalation that took it further.
    pub outcome: Option<String>,
    pub age_days: i64,
}

impl Store {
    /// Actions of every forum, oldest first, filtered.
    pub fn actions(&self, filter: &ActionFilter, today: &str) -> Result<Vec<ActionRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, m.forum_id, f.name, m.id, m.date, e.text, e.owner, e.due, e.done, e.done_at,
                    e.done_meeting_id
             FROM entry e JOIN meeting m ON m.id = e.meeting_id JOIN forum f ON f.id = m.forum_id
             WHERE e.kind = 'action' AND e.deleted_at IS NULL
               AND (?1 IS NULL OR m.forum_id = ?1)
               AND e.done IN (0, ?2)
               AND (?3 IS NULL OR (e.meeting_id != ?3
                    AND m.date <= (SELECT date FROM meeting WHERE id = ?3)
                    AND (e.done = 0 OR e.done_meeting_id = ?3)))
             ORDER BY coalesce(e.due, '9999-12-31'), m.date, e.id",
        )?;
        let owner = filter.owner.map(crate::text::fold);
        let rows = stmt
            .query_map(
                params![
                    filter.forum_id,
                    // `done IN (0, 0)` for open ones only: unlike an OR, SQLite
                    // reads it from the index of open actions (15 ms, not 95, on 1M).
                    !(filter.open_only || filter.overdue_only),
                    filter.followed_up_in
                ],
                |r| {
                    let due: Option<String> = r.get(7)?;
                    let done: bool = r.get(8)?;
                    Ok(ActionRow {
                        entry_id: r.get(0)?,
                        forum_id: r.get(1)?,
                        forum: r.get(2)?,
                        meeting_id: r.get(3)?,
                        meeting_date: r.get(4)?,
                        text: r.get(5)?,
                        owner: r.get(6)?,
                        overdue: !done && due.as_deref().is_some_and(|d| d < today),
                        due,
                        done,
                        done_at: r.get(9)?,
                        done_meeting_id: r.get(10)?,
                    })
                },
            )?
            .filter(|row| match row {
                Ok(a) => {
                    (!filter.overdue_only || a.overdue)
                        && owner.as_ref().is_none_or(|o| {
                            a.owner
                                .as_deref()
                                .is_some_and(|x| crate::text::fold(x).contains(o))
                        })
                }
                Err(_) => true,
            })
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The actions meeting `meeting_id` followed up, as they stood when it
    /// began: its forum's actions from earlier meetings, recorded before it
    /// began and open then, whether still open, marked done at it, or marked
    /// done since. Soonest due first.
    pub fn followed_up_at(&self, meeting_id: i64) -> Result<Vec<FollowedUpAction>> {
        // Two halves, each read from its own index and only then matched to
        // the forum's meetings: open actions, and those marked done since the
        // meeting began. Left to itself SQLite went through every
        // meeting of the forum and, for each, every open action (6 ms, not 0.2).
        let mut stmt = self.conn.prepare_cached(
            "WITH here AS (SELECT id, forum_id, date, coalesce(started_at, date) AS began
                           FROM meeting WHERE id = ?1)
             SELECT e.id, m.date, e.text, e.owner, e.due, 0
             FROM here CROSS JOIN entry e INDEXED BY entry_open_actions
                  CROSS JOIN meeting m ON m.id = e.meeting_id
             WHERE e.kind = 'action' AND e.deleted_at IS NULL AND e.done = 0 AND e.recorded_at < here.began
               AND m.forum_id = here.forum_id AND m.date <= here.date AND m.id != here.id
             UNION ALL
             SELECT e.id, m.date, e.text, e.owner, e.due, coalesce(e.done_meeting_id = here.id, 0)
             FROM here CROSS JOIN entry e INDEXED BY entry_action_done_at
                  CROSS JOIN meeting m ON m.id = e.meeting_id
             WHERE e.kind = 'action' AND e.deleted_at IS NULL AND e.done = 1 AND e.done_at >= here.began
               AND e.recorded_at < here.began
               AND m.forum_id = here.forum_id AND m.date <= here.date AND m.id != here.id
             ORDER BY 5 NULLS LAST, 2, 1",
        )?;
        let rows = stmt
            .query_map([meeting_id], |r| {
                Ok(FollowedUpAction {
                    entry_id: r.get(0)?,
                    from_date: r.get(1)?,
                    text: r.get(2)?,
                    owner: r.get(3)?,
                    due: r.get(4)?,
                    done_here: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Marks an action done (or open again), recording when and in which meeting.
    pub fn complete_action(
        &mut self,
        entry_id: i64,
        done: bool,
        in_meeting: Option<i64>,
        at: DateTime<Local>,
    ) -> Result<()> {
        self.write(|tx| {
            let changed = tx.execute(
                "UPDATE entry SET done = ?2, done_at = CASE WHEN ?2 THEN ?3 END,
                    done_meeting_id = CASE WHEN ?2 THEN ?4 END
                 WHERE id = ?1 AND kind = 'action' AND deleted_at IS NULL",
                params![entry_id, done, stamp(at), in_meeting],
            )?;
            if changed == 0 {
                return Err(StoreError::NotAnAction(entry_id));
            }
            log(tx, "action.done", &format!("{entry_id} {done}"))
        })
    }

    /// The decision register, newest first.
    pub fn decisions(&self, forum_id: Option<&str>, since: Option<&str>) -> Result<Vec<DecisionRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT f.name, d.forum_id, d.year, d.number, m.id, m.date, e.text
             FROM decision_ref d JOIN entry e ON e.id = d.entry_id JOIN meeting m ON m.id = e.meeting_id
             JOIN forum f ON f.id = d.forum_id
             WHERE e.deleted_at IS NULL AND (?1 IS NULL OR d.forum_id = ?1) AND (?2 IS NULL OR m.date >= ?2)
             ORDER BY m.date DESC, d.number DESC",
        )?;
        let rows = stmt
            .query_map(params![forum_id, since], |r| {
                let name: String = r.get(0)?;
                let year: i64 = r.get(2)?;
                let number: i64 = r.get(3)?;
                Ok(DecisionRow {
                    reference: format!("{name} {year} § {number}"),
                    forum_id: r.get(1)?,
                    year,
                    number,
                    meeting_id: r.get(4)?,
                    date: r.get(5)?,
                    text: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The register reference of one decision entry, if it has one.
    pub fn decision_reference(&self, entry_id: i64) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT f.name || ' ' || d.year || ' § ' || d.number FROM decision_ref d
                 JOIN forum f ON f.id = d.forum_id WHERE d.entry_id = ?1",
                [entry_id],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Escalations (`kind` "escalation") or disagreements ("disagreement"), oldest first.
    pub fn follow_ups(&self, kind: &str, open_only: bool, today: &str) -> Result<Vec<FollowUpRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, e.kind, m.forum_id, f.name, m.id, m.date, e.text, e.target_forum, e.parties,
                    (SELECT h.kind || char(31) || h.text FROM entry h WHERE h.id = e.handled_by),
                    CAST(julianday(?2) - julianday(m.date) AS INTEGER)
             FROM entry e JOIN meeting m ON m.id = e.meeting_id JOIN forum f ON f.id = m.forum_id
             WHERE e.kind = ?1 AND e.deleted_at IS NULL
             ORDER BY m.date, e.id",
        )?;
        let rows = stmt
            .query_map(params![kind, today], |r| {
                let handled: Option<String> = r.get(9)?;
                let (state, outcome) = match handled.as_deref().and_then(|h| h.split_once('\u{1f}')) {
                    None => (FollowUpState::Open, None),
                    Some(("decision", text)) => (FollowUpState::Decided, Some(text.to_string())),
                    Some((_, text)) => (FollowUpState::Escalated, Some(text.to_string())),
                };
                let target: Option<String> = r.get(7)?;
                Ok(FollowUpRow {
                    entry_id: r.get(0)?,
                    kind: r.get(1)?,
                    from_forum_id: r.get(2)?,
                    from_forum: r.get(3)?,
                    meeting_id: r.get(4)?,
                    date: r.get(5)?,
                    text: r.get(6)?,
                    target_forum_id: if kind == "disagreement" {
                        Some("leveransforum".into())
                    } else {
                        target
                    },
                    parties: r.get(8)?,
                    state,
                    outcome,
                    age_days: r.get(10)?,
                })
            })?
            .filter(|row| !open_only || row.as_ref().map_or(true, |r| r.state == FollowUpState::Open))
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// A supplier proposes a point for a forum's next meeting.
    pub fn propose(
        &mut self,
        forum_id: &str,
        organisation_id: i64,
        text: &str,
        at: DateTime<Local>,
    ) -> Result<i64> {
        let text = text.trim();
        if text.is_empty() {
            return Err(StoreError::Empty(Field::ProposalText));
        }
        self.write(|tx| {
            tx.execute(
                "INSERT INTO proposal (forum_id, organisation_id, text, proposed_at) VALUES (?1, ?2, ?3, ?4)",
                params![forum_id, organisation_id, text, stamp(at)],
            )?;
            let id = tx.last_insert_rowid();
            log(tx, "proposal.add", &format!("{id} {forum_id}"))?;
            Ok(id)
        })
    }

    /// Points proposed for a forum that no meeting has taken up yet.
    pub fn pending_proposals(&self, forum_id: &str) -> Result<Vec<Proposal>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, o.name, p.text FROM proposal p JOIN organisation o ON o.id = p.organisation_id
             WHERE p.forum_id = ?1 AND p.meeting_id IS NULL ORDER BY p.id",
        )?;
        let rows = stmt
            .query_map([forum_id], |r| {
                Ok(Proposal {
                    id: r.get(0)?,
                    supplier: r.get(1)?,
                    text: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Records a meeting that will not be held, and why.
    pub fn cancel_meeting(
        &mut self,
        forum_id: &str,
        date: &str,
        reason: &str,
        at: DateTime<Local>,
    ) -> Result<i64> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO meeting (forum_id, date, status, channel, cancel_reason, created_at)
                 VALUES (?1, ?2, 'cancelled', 'fysiskt', ?3, ?4)",
                params![forum_id, date, reason, stamp(at)],
            )?;
            let id = tx.last_insert_rowid();
            log(tx, "meeting.cancel", &format!("{id} {forum_id} {date}"))?;
            Ok(id)
        })
    }

    /// A supplier registers a planned change to announce at the change meeting.
    pub fn plan_change(
        &mut self,
        organisation_id: i64,
        text: &str,
        planned_for: Option<&str>,
        at: DateTime<Local>,
    ) -> Result<i64> {
        let text = text.trim();
        if text.is_empty() {
            return Err(StoreError::Empty(Field::ChangeText));
        }
        self.write(|tx| {
            tx.execute(
                "INSERT INTO planned_change (organisation_id, text, planned_for, registered_at) VALUES (?1, ?2, ?3, ?4)",
                params![organisation_id, text, planned_for, stamp(at)],
            )?;
            let id = tx.last_insert_rowid();
            log(tx, "change.plan", &id.to_string())?;
            Ok(id)
        })
    }

    /// Planned changes with whether each has been announced, by supplier.
    pub fn planned_changes(&self) -> Result<Vec<PlannedChange>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT c.id, o.name, c.text, c.planned_for, {ANNOUNCED} FROM planned_change c
             JOIN organisation o ON o.id = c.organisation_id ORDER BY o.name, c.planned_for, c.id"
        ))?;
        let rows = stmt
            .query_map([], |r| {
                Ok(PlannedChange {
                    id: r.get(0)?,
                    supplier: r.get(1)?,
                    text: r.get(2)?,
                    planned_for: r.get(3)?,
                    announced: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}
