//! What a new meeting carries in: open actions, escalations, disagreements,
//! proposed points and planned changes.

use rusqlite::{Connection, params};

use super::ANNOUNCED;
use crate::domain::ForumRule;
use crate::domain::meeting::ItemKind;
use crate::i18n::Lang;
use crate::store::Result;

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

/// First line of a text, whole, for an item title: a protocol is a record
/// and never shows a title cut short (screens cut it to fit themselves).
fn headline(text: &str) -> String {
    text.lines().next().unwrap_or_default().trim().to_string()
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

    // Through the forum's meetings, so that only its own actions are read.
    let open_actions: i64 = tx.query_row(
        "SELECT count(*) FROM meeting m CROSS JOIN entry e INDEXED BY entry_meeting_action
         ON e.meeting_id = m.id AND e.kind = 'action' AND e.deleted_at IS NULL AND e.done = 0
         WHERE m.forum_id = ?1",
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
