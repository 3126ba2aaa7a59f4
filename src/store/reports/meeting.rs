//! The reports in a meeting: which deliveries a new meeting of the
//! reviewing forum takes up, under which theme, which reports are late or
//! missing, and Staden's verdict recorded as a decision on a report's item.

use chrono::{DateTime, Local};
use rusqlite::{Connection, OptionalExtension, params};

use super::{ReportError, Store};
use crate::domain::meeting::EntryKind;
use crate::domain::records::EntryFields;
use crate::domain::reports::{Month, Timeliness, Verdict, timeliness};
use crate::i18n::{Lang, tr};
use crate::store::{Field, Result, StoreError, limits, log};

/// A delivery to take up, with the agenda item's title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportItem {
    pub delivery_id: i64,
    /// The forum theme it belongs under; `None` for a report without one.
    pub theme: Option<String>,
    pub title: String,
}

/// What a new meeting's agenda carries of the reports.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportAgenda {
    pub items: Vec<ReportItem>,
    /// The point of its own for late or missing reports, if any are.
    pub overdue: Option<String>,
}

impl ReportAgenda {
    /// The reports under `theme` (or without a theme, for `None`).
    pub fn under<'a>(&'a self, theme: Option<&'a str>) -> impl Iterator<Item = &'a ReportItem> {
        self.items.iter().filter(move |i| i.theme.as_deref() == theme)
    }
}

/// How far back a missing report is still carried as missing.
const MISSING_MONTHS: i32 = 12;

/// The reports a meeting of `forum_id` on `date` takes up: each latest
/// version delivered by then that no earlier meeting of the forum has had on
/// its agenda, and the reports late among those or missing.
pub fn agenda_reports(tx: &Connection, forum_id: &str, date: &str, lang: Lang) -> Result<ReportAgenda> {
    let (reporting, types) = super::read_types(tx)?;
    let types: Vec<_> = types.into_iter().filter(|t| t.forum == forum_id).collect();
    if types.is_empty() {
        return Ok(ReportAgenda::default());
    }
    let day = crate::dates::parse(date)?;
    let mut stmt = tx.prepare_cached(
        "SELECT d.id, d.month, d.version,
                (SELECT min(delivered_at) FROM report_delivery f
                 WHERE f.report_type_id = d.report_type_id AND f.month = d.month)
         FROM report_delivery d
         WHERE d.report_type_id = ?1 AND substr(d.delivered_at, 1, 10) <= ?2
           AND d.version = (SELECT max(version) FROM report_delivery l
                            WHERE l.report_type_id = d.report_type_id AND l.month = d.month
                              AND substr(l.delivered_at, 1, 10) <= ?2)
           AND NOT EXISTS (SELECT 1 FROM report_agenda a
                JOIN agenda_item i ON i.id = a.item_id AND i.removed_at IS NULL
                JOIN meeting m ON m.id = i.meeting_id AND m.status <> 'cancelled'
                WHERE a.delivery_id = d.id AND m.forum_id = ?3)
         ORDER BY d.month",
    )?;
    let mut agenda = ReportAgenda::default();
    let mut overdue = Vec::new();
    for t in &types {
        let rows = stmt
            .query_map(params![t.id, date, forum_id], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (id, month, version, first) in rows {
            let late = Month::parse(&month).is_some_and(|m| {
                let first = first.get(..10).and_then(|d| crate::dates::parse(d).ok());
                timeliness(m, t.every, reporting.due_day, first, day) == Timeliness::Late
            });
            let title = if version > 1 {
                tr!(
                    lang,
                    "reports-agenda-version",
                    report = t.name.as_str(),
                    month = month.as_str(),
                    version = version
                )
            } else {
                tr!(
                    lang,
                    "reports-agenda-report",
                    report = t.name.as_str(),
                    month = month.as_str()
                )
            };
            if late {
                overdue.push(tr!(
                    lang,
                    "reports-agenda-late",
                    report = t.name.as_str(),
                    month = month.as_str()
                ));
            }
            agenda.items.push(ReportItem {
                delivery_id: id,
                theme: t.theme.clone(),
                title,
            });
        }
        let this_month = Month::of(day);
        let Some(start) = super::register_start(tx)? else {
            continue;
        };
        for month in this_month.plus(-MISSING_MONTHS).max(start).through(this_month) {
            let delivered: bool = tx
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM report_delivery WHERE report_type_id = ?1 AND month = ?2
                        AND substr(delivered_at, 1, 10) <= ?3)",
                )?
                .query_row(params![t.id, month.to_string(), date], |r| r.get(0))?;
            if !delivered && timeliness(month, t.every, reporting.due_day, None, day) == Timeliness::Missing {
                let month = month.to_string();
                overdue.push(tr!(
                    lang,
                    "reports-agenda-missing",
                    report = t.name.as_str(),
                    month = month.as_str()
                ));
            }
        }
    }
    if !overdue.is_empty() {
        let mut title = tr!(lang, "reports-agenda-overdue", reports = overdue.join(", "));
        if title.chars().count() > limits::TITLE {
            title = tr!(lang, "reports-agenda-overdue-many", count = overdue.len());
        }
        agenda.overdue = Some(title);
    }
    Ok(agenda)
}

/// Notes that agenda item `item_id` takes up delivery `delivery_id`.
pub fn link_item(tx: &Connection, delivery_id: i64, item_id: i64) -> Result<()> {
    tx.execute(
        "INSERT INTO report_agenda (delivery_id, item_id) VALUES (?1, ?2)",
        params![delivery_id, item_id],
    )?;
    Ok(())
}

/// The report an agenda item takes up, for the meeting screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemReport {
    pub delivery_id: i64,
    pub name: String,
    pub month: String,
    /// Whether Staden gives a verdict on this report.
    pub verdict: bool,
}

impl Store {
    /// The report agenda item `item_id` takes up, if it takes one up.
    pub fn report_of_item(&self, item_id: i64) -> Result<Option<ItemReport>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT d.id, t.name, d.month, t.verdict FROM report_agenda a
                 JOIN report_delivery d ON d.id = a.delivery_id
                 JOIN report_type t ON t.id = d.report_type_id
                 WHERE a.item_id = ?1",
            )?
            .query_row([item_id], |r| {
                Ok(ItemReport {
                    delivery_id: r.get(0)?,
                    name: r.get(1)?,
                    month: r.get(2)?,
                    verdict: r.get(3)?,
                })
            })
            .optional()?)
    }

    /// Records Staden's approval or dispute of the report on item `item_id`
    /// as a decision of the meeting, linked to the delivery, in one transaction.
    pub fn record_report_verdict(
        &mut self,
        item_id: i64,
        verdict: Verdict,
        reason: Option<&str>,
        at: DateTime<Local>,
        lang: Lang,
    ) -> std::result::Result<i64, ReportError> {
        let report = self.report_of_item(item_id)?.ok_or(ReportError::NotAReportItem)?;
        if !report.verdict {
            return Err(ReportError::NoVerdict(report.name));
        }
        let reason = reason.map(str::trim).filter(|r| !r.is_empty());
        let (name, month) = (report.name.as_str(), report.month.as_str());
        let text = match (verdict, reason) {
            (Verdict::Approved, _) => tr!(lang, "reports-decision-approved", report = name, month = month),
            (Verdict::Disputed, Some(reason)) => {
                limits::plain(Field::EntryText, reason, true)?;
                limits::length(Field::EntryText, reason, limits::REASON)?;
                tr!(
                    lang,
                    "reports-decision-disputed",
                    report = name,
                    month = month,
                    reason = reason
                )
            }
            (Verdict::Disputed, None) => return Err(ReportError::NoReason),
        };
        let fields = EntryFields {
            text,
            owner: None,
            due: None,
            target_forum: None,
            parties: None,
        };
        Ok(self.write(|tx| {
            let entry = crate::store::entries::insert_entry(tx, item_id, EntryKind::Decision, &fields, at)?;
            tx.execute(
                "INSERT INTO report_verdict (entry_id, delivery_id, outcome, reason) VALUES (?1, ?2, ?3, ?4)",
                params![
                    entry,
                    report.delivery_id,
                    verdict,
                    reason.filter(|_| verdict == Verdict::Disputed)
                ],
            )?;
            log(
                tx,
                "report.verdict",
                &format!("{} {}", report.delivery_id, verdict.id()),
            )?;
            Ok::<_, StoreError>(entry)
        })?)
    }
}
