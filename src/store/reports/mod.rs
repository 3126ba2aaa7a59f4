//! The register of the supplier's reports: the report types from the
//! catalogue, each delivery with its file, format approvals, and where each
//! month's report stands. Delivering is in `deliver`, the meeting's part in
//! `meeting`.

mod deliver;
mod error;
mod meeting;
mod words;

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use super::{Result, Store};
use crate::catalog::{Catalog, ReportType, Reporting};
use crate::domain::decision::DecisionRef;
use crate::domain::reports::{Month, ReportState, Timeliness, Verdict, timeliness};

pub use deliver::{Delivered, NewDelivery};
pub use error::ReportError;
pub use meeting::{ItemReport, ReportAgenda, agenda_reports, link_item};

/// One version of a delivered report, without its file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Delivery {
    pub id: i64,
    pub report: String,
    pub month: String,
    pub version: i64,
    pub delivered_at: String,
    pub delivered_by: Option<String>,
    pub file_name: String,
    pub size: i64,
    pub sha256: String,
    pub language: String,
    pub format_approved: bool,
}

/// Staden's approval of a report type's format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FormatApproval {
    pub proposed_by: String,
    pub approved_by: String,
    pub approved_on: String,
}

/// Where one report stands for one month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    pub report: String,
    pub month: String,
    pub timeliness: Timeliness,
    /// The state of the latest version; `None` when nothing is delivered.
    pub state: Option<ReportState>,
    pub versions: i64,
    pub latest: Option<Delivery>,
    /// The reason Staden gave for disputing it.
    pub reason: Option<String>,
}

/// Something that happened to a month's report, for its history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    Delivered(Delivery),
    /// Taken up on the agenda of a meeting.
    OnAgenda {
        version: i64,
        forum: String,
        date: String,
        meeting_id: i64,
    },
    Verdict {
        version: i64,
        verdict: Verdict,
        reason: Option<String>,
        date: String,
        /// The decision's number in the register: "Leveransforum 2026 § 14".
        decision: String,
    },
}

const DELIVERY_COLUMNS: &str = "id, report_type_id, month, version, delivered_at, delivered_by, file_name,
     length(content), sha256, language, format_approved";

fn delivery_row(r: &Row) -> rusqlite::Result<Delivery> {
    Ok(Delivery {
        id: r.get(0)?,
        report: r.get(1)?,
        month: r.get(2)?,
        version: r.get(3)?,
        delivered_at: r.get(4)?,
        delivered_by: r.get(5)?,
        file_name: r.get(6)?,
        size: r.get(7)?,
        sha256: r.get(8)?,
        language: r.get(9)?,
        format_approved: r.get(10)?,
    })
}

/// Replaces the report types and settings inside the catalogue's transaction;
/// a type with deliveries that the new catalogue lacks stays, retired.
pub(super) fn replace_types(tx: &Connection, catalog: &Catalog) -> Result<()> {
    tx.execute("UPDATE report_type SET retired = 1", [])?;
    let mut insert = tx.prepare(
        "INSERT INTO report_type (id, position, name, contents, every, forum_id, theme, verdict, retired)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0)
         ON CONFLICT (id) DO UPDATE SET position = excluded.position, name = excluded.name,
             contents = excluded.contents, every = excluded.every, forum_id = excluded.forum_id,
             theme = excluded.theme, verdict = excluded.verdict, retired = 0",
    )?;
    for (i, r) in catalog.reports.iter().enumerate() {
        insert.execute(params![
            r.id, i as i64, r.name, r.contents, r.every, r.forum, r.theme, r.verdict
        ])?;
    }
    tx.execute(
        "DELETE FROM report_type WHERE retired = 1
            AND id NOT IN (SELECT report_type_id FROM report_delivery)
            AND id NOT IN (SELECT report_type_id FROM report_format)",
        [],
    )?;
    tx.execute(
        "INSERT INTO reporting (id, due_day) VALUES (1, ?1)
         ON CONFLICT (id) DO UPDATE SET due_day = excluded.due_day",
        [catalog.reporting.due_day],
    )?;
    Ok(())
}

/// The report settings and the report types in use, in catalogue order.
pub(super) fn read_types(conn: &Connection) -> Result<(Reporting, Vec<ReportType>)> {
    let due_day: Option<u32> = conn
        .query_row("SELECT due_day FROM reporting WHERE id = 1", [], |r| r.get(0))
        .optional()?;
    let reporting = due_day.map_or_else(Reporting::default, |due_day| Reporting { due_day });
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, contents, every, forum_id, theme, verdict FROM report_type
         WHERE retired = 0 ORDER BY position",
    )?;
    let types = stmt
        .query_map([], |r| {
            Ok(ReportType {
                id: r.get(0)?,
                name: r.get(1)?,
                contents: r.get(2)?,
                every: r.get(3)?,
                forum: r.get(4)?,
                theme: r.get(5)?,
                verdict: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok((reporting, types))
}

/// The state of delivery `id` from its meetings and Staden's verdicts.
fn state_of(conn: &Connection, id: i64) -> Result<(ReportState, Option<String>)> {
    let verdict: Option<(Verdict, Option<String>)> = conn
        .prepare_cached(
            "SELECT v.outcome, v.reason FROM report_verdict v JOIN entry e ON e.id = v.entry_id
             WHERE v.delivery_id = ?1 AND e.deleted_at IS NULL ORDER BY e.id DESC LIMIT 1",
        )?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if let Some((verdict, reason)) = verdict {
        let state = match verdict {
            Verdict::Approved => ReportState::Approved,
            Verdict::Disputed => ReportState::Disputed,
        };
        return Ok((state, reason));
    }
    let reviewed: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM report_agenda a
                JOIN agenda_item i ON i.id = a.item_id AND i.removed_at IS NULL
                JOIN meeting m ON m.id = i.meeting_id AND m.status IN ('in_progress', 'held')
             WHERE a.delivery_id = ?1)",
        )?
        .query_row([id], |r| r.get(0))?;
    let state = if reviewed {
        ReportState::Reviewed
    } else {
        ReportState::Delivered
    };
    Ok((state, None))
}

impl Store {
    /// Every version of the report `report` on `month`, oldest first.
    pub fn report_versions(&self, report: &str, month: &str) -> Result<Vec<Delivery>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {DELIVERY_COLUMNS} FROM report_delivery
             WHERE report_type_id = ?1 AND month = ?2 ORDER BY version"
        ))?;
        let list = stmt
            .query_map(params![report, month], delivery_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(list)
    }

    /// The file of delivery `id`: its name and its bytes.
    pub fn report_file(&self, id: i64) -> Result<(String, Vec<u8>)> {
        Ok(self.conn.query_row(
            "SELECT file_name, content FROM report_delivery WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }

    pub fn report_format(&self, report: &str) -> Result<Option<FormatApproval>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT proposed_by, approved_by, approved_on FROM report_format WHERE report_type_id = ?1",
            )?
            .query_row([report], |r| {
                Ok(FormatApproval {
                    proposed_by: r.get(0)?,
                    approved_by: r.get(1)?,
                    approved_on: r.get(2)?,
                })
            })
            .optional()?)
    }

    /// Where each report type stands in each month from `first` to `last`,
    /// as seen on `today`: one row per type in catalogue order.
    pub fn report_register(&self, first: Month, last: Month, today: NaiveDate) -> Result<Vec<Vec<Cell>>> {
        let catalog = self.catalog()?;
        let months = first.through(last);
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {DELIVERY_COLUMNS}, (SELECT min(delivered_at) FROM report_delivery f
                 WHERE f.report_type_id = d.report_type_id AND f.month = d.month)
             FROM report_delivery d
             WHERE month BETWEEN ?1 AND ?2
               AND version = (SELECT max(version) FROM report_delivery l
                              WHERE l.report_type_id = d.report_type_id AND l.month = d.month)"
        ))?;
        let mut latest: HashMap<(String, String), (Delivery, String)> = HashMap::new();
        let mut rows = stmt.query(params![first.to_string(), last.to_string()])?;
        while let Some(row) = rows.next()? {
            let delivery = delivery_row(row)?;
            let first_at: String = row.get(11)?;
            latest.insert(
                (delivery.report.clone(), delivery.month.clone()),
                (delivery, first_at),
            );
        }
        let due_day = catalog.reporting.due_day;
        let start = register_start(&self.conn)?;
        let mut register = Vec::new();
        for report in &catalog.reports {
            let mut row = Vec::new();
            for month in &months {
                let found = latest.remove(&(report.id.clone(), month.to_string()));
                let first_day = found.as_ref().and_then(|(_, at)| day_of(at));
                let (state, reason) = match &found {
                    Some((d, _)) => {
                        let (s, r) = state_of(&self.conn, d.id)?;
                        (Some(s), r)
                    }
                    None => (None, None),
                };
                row.push(Cell {
                    report: report.id.clone(),
                    month: month.to_string(),
                    timeliness: if start.is_some_and(|s| *month >= s) {
                        timeliness(*month, report.every, due_day, first_day, today)
                    } else {
                        Timeliness::Untracked
                    },
                    state,
                    versions: found.as_ref().map_or(0, |(d, _)| d.version),
                    latest: found.map(|(d, _)| d),
                    reason,
                });
            }
            register.push(row);
        }
        Ok(register)
    }

    /// What happened to the report `report` on `month`, in order.
    pub fn report_history(&self, report: &str, month: &str) -> Result<Vec<Event>> {
        let mut events = Vec::new();
        for d in self.report_versions(report, month)? {
            let version = d.version;
            let id = d.id;
            events.push(Event::Delivered(d));
            let mut stmt = self.conn.prepare_cached(
                "SELECT f.name, m.date, m.id FROM report_agenda a
                 JOIN agenda_item i ON i.id = a.item_id AND i.removed_at IS NULL
                 JOIN meeting m ON m.id = i.meeting_id JOIN forum f ON f.id = m.forum_id
                 WHERE a.delivery_id = ?1 ORDER BY m.date, m.id",
            )?;
            let agenda = stmt
                .query_map([id], |r| {
                    Ok(Event::OnAgenda {
                        version,
                        forum: r.get(0)?,
                        date: r.get(1)?,
                        meeting_id: r.get(2)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            events.extend(agenda);
            let mut stmt = self.conn.prepare_cached(
                "SELECT v.outcome, v.reason, m.date, d.forum_name, d.year, d.number, d.provisional
                 FROM report_verdict v
                 JOIN entry e ON e.id = v.entry_id AND e.deleted_at IS NULL
                 JOIN meeting m ON m.id = e.meeting_id
                 JOIN decision_reference d ON d.entry_id = e.id
                 WHERE v.delivery_id = ?1 ORDER BY e.id",
            )?;
            let verdicts = stmt
                .query_map([id], |r| {
                    let decision = DecisionRef {
                        forum: r.get(3)?,
                        year: r.get(4)?,
                        number: r.get(5)?,
                        provisional: r.get(6)?,
                    };
                    Ok(Event::Verdict {
                        version,
                        verdict: r.get(0)?,
                        reason: r.get(1)?,
                        date: r.get(2)?,
                        decision: decision.to_string(),
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            events.extend(verdicts);
        }
        Ok(events)
    }

    /// The stored report files whose bytes no longer hash to what was
    /// recorded at delivery, as "report month vversion"; and how many there are.
    pub fn report_files_changed(&self) -> Result<(Vec<String>, i64)> {
        let mut stmt = self
            .conn
            .prepare("SELECT report_type_id, month, version, content, sha256 FROM report_delivery")?;
        let mut rows = stmt.query([])?;
        let (mut changed, mut count) = (Vec::new(), 0);
        while let Some(row) = rows.next()? {
            count += 1;
            let content: Vec<u8> = row.get(3)?;
            let sha: String = row.get(4)?;
            if crate::protocol::snapshot::sha256_hex(&content) != sha {
                let (report, month, version): (String, String, i64) = (row.get(0)?, row.get(1)?, row.get(2)?);
                changed.push(format!("{report} {month} v{version}"));
            }
        }
        Ok((changed, count))
    }
}

/// The first month any report was delivered for: the register counts
/// missing reports from there, not from before fora was used.
fn register_start(conn: &Connection) -> Result<Option<Month>> {
    let first: Option<String> = conn.query_row("SELECT min(month) FROM report_delivery", [], |r| r.get(0))?;
    Ok(first.as_deref().and_then(Month::parse))
}

/// The day of an RFC 3339 timestamp.
fn day_of(stamp: &str) -> Option<NaiveDate> {
    stamp.get(..10).and_then(|d| crate::dates::parse(d).ok())
}
