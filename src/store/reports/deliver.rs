//! Delivering a report for a month, and approving a report type's format.

use chrono::{DateTime, Local, NaiveDate};
use rusqlite::params;

use super::{ReportError, Store};
use crate::domain::reports::Month;
use crate::store::{limits, log, stamp};

/// The largest report file fora keeps (SQLite's own limit is 1 GB).
const MAX_FILE_MB: u64 = 100;

/// A report as the supplier hands it in.
pub struct NewDelivery<'a> {
    pub report: &'a str,
    pub month: Month,
    pub file_name: &'a str,
    pub content: &'a [u8],
    pub by: Option<&'a str>,
    /// The report's language; Swedish unless Staden agreed otherwise.
    pub language: &'a str,
}

/// What a delivery became.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delivered {
    pub id: i64,
    pub version: i64,
    pub format_approved: bool,
}

type Result<T> = std::result::Result<T, ReportError>;

fn check_language(code: &str) -> Result<()> {
    let ok = (2..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_lowercase());
    if ok {
        Ok(())
    } else {
        Err(ReportError::BadLanguage(code.to_string()))
    }
}

impl Store {
    /// Stores a delivery with its file and hash in one transaction; a second
    /// delivery of the same month is the next version, the earlier kept.
    pub fn deliver_report(&mut self, d: &NewDelivery, at: DateTime<Local>) -> Result<Delivered> {
        let catalog = self.catalog()?;
        if catalog.report(d.report).is_none() {
            return Err(ReportError::UnknownType(d.report.to_string()));
        }
        if d.month > Month::of(at.date_naive()) {
            return Err(ReportError::FutureMonth(d.month.to_string()));
        }
        if d.content.is_empty() {
            return Err(ReportError::EmptyFile(d.file_name.to_string()));
        }
        if d.content.len() as u64 > MAX_FILE_MB * 1024 * 1024 {
            return Err(ReportError::FileTooLarge {
                file: d.file_name.to_string(),
                max_mb: MAX_FILE_MB,
            });
        }
        check_language(d.language)?;
        let by = d.by.map(str::trim).filter(|b| !b.is_empty());
        if let Some(by) = by {
            limits::plain(crate::store::Field::PersonName, by, false)?;
            limits::length(crate::store::Field::PersonName, by, limits::NAME)?;
        }
        let sha = crate::protocol::snapshot::sha256_hex(d.content);
        let month = d.month.to_string();
        Ok(self.write(|tx| {
            let version: i64 = tx.query_row(
                "SELECT coalesce(max(version), 0) + 1 FROM report_delivery WHERE report_type_id = ?1 AND month = ?2",
                params![d.report, month],
                |r| r.get(0),
            )?;
            let format_approved: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM report_format WHERE report_type_id = ?1)",
                [d.report],
                |r| r.get(0),
            )?;
            tx.execute(
                "INSERT INTO report_delivery (report_type_id, month, version, delivered_at, delivered_by,
                    file_name, content, sha256, language, format_approved)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![d.report, month, version, stamp(at), by, d.file_name, d.content, sha, d.language, format_approved],
            )?;
            let id = tx.last_insert_rowid();
            log(tx, "report.deliver", &format!("{} {month} v{version} {sha}", d.report))?;
            Ok(Delivered {
                id,
                version,
                format_approved,
            })
        })?)
    }

    /// Records Staden's approval of a report type's format, proposed by the
    /// supplier; a later approval replaces it, the history log keeps both.
    pub fn approve_report_format(
        &mut self,
        report: &str,
        proposed_by: &str,
        approved_by: &str,
        on: NaiveDate,
    ) -> Result<()> {
        if self.catalog()?.report(report).is_none() {
            return Err(ReportError::UnknownType(report.to_string()));
        }
        let (proposed_by, approved_by) = (proposed_by.trim(), approved_by.trim());
        for name in [proposed_by, approved_by] {
            if name.is_empty() {
                return Err(crate::store::StoreError::Empty(crate::store::Field::PersonName).into());
            }
            limits::plain(crate::store::Field::PersonName, name, false)?;
            limits::length(crate::store::Field::PersonName, name, limits::NAME)?;
        }
        let on = on.format("%Y-%m-%d").to_string();
        Ok(self.write(|tx| {
            tx.execute(
                "INSERT INTO report_format (report_type_id, proposed_by, approved_by, approved_on)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (report_type_id) DO UPDATE SET proposed_by = excluded.proposed_by,
                     approved_by = excluded.approved_by, approved_on = excluded.approved_on",
                params![report, proposed_by, approved_by, on],
            )?;
            log(tx, "report.format", &format!("{report} {approved_by} {on}"))
        })?)
    }
}
