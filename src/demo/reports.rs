//! The supplier's reports in the demo archive: each month's reports
//! delivered with a small generated file, most in time, some late, a few
//! missing; formats approved for most types; and at each Leveransforum
//! Staden's verdict on the service-level report, now and then a dispute.

use chrono::{Duration, NaiveDate};

use super::{DemoOptions, Rng, at};
use crate::catalog::Catalog;
use crate::domain::reports::{Month, Verdict};
use crate::store::reports::{NewDelivery, ReportError};
use crate::store::{Result, Store, StoreError};

const SUPPLIER: &str = "Skolsystem Nord AB";

/// The report types whose format Staden has not approved in the demo, so
/// that the register shows what that looks like.
const FORMAT_PENDING: &[&str] = &["ekonomi", "projekt"];

const DISPUTES: &[&str] = &[
    "Driftstörningen i inloggningen den 14:e är bortfiltrerad utan skäl.",
    "Jämförelsen före och efter filtrering saknas.",
    "Svarstiderna under skolstarten räknas inte med.",
    "Trenden för de senaste 12 månaderna saknas.",
];

/// Delivers every report type for each month from `start` to last month.
pub(super) fn deliver(
    store: &mut Store,
    catalog: &Catalog,
    start: NaiveDate,
    options: &DemoOptions,
) -> Result<()> {
    // A generator of its own, so the meetings are the same with or without reports.
    let mut rng = Rng(options.seed.rotate_left(17).max(1));
    store.begin_batch()?;
    for (i, report) in catalog.reports.iter().enumerate() {
        if !FORMAT_PENDING.contains(&report.id.as_str()) {
            store
                .approve_report_format(
                    &report.id,
                    "Kim Lindqvist",
                    "Maria Ek",
                    start + Duration::days(i as i64),
                )
                .map_err(store_error)?;
        }
    }
    let last = Month::of(options.today).plus(-1);
    for month in Month::of(start).through(last) {
        let due = month.due_date(catalog.reporting.due_day);
        for report in &catalog.reports {
            if !month.is_scheduled(report.every) || rng.chance(4) {
                continue;
            }
            let day = if rng.chance(15) {
                due + Duration::days(1 + rng.below(9) as i64)
            } else {
                due - Duration::days(rng.below(8) as i64)
            };
            if day >= options.today {
                continue;
            }
            let file = format!("{}-{month}.csv", report.id);
            let content = file_content(&report.name, month, &mut rng);
            let delivery = NewDelivery {
                report: &report.id,
                month,
                file_name: &file,
                content: content.as_bytes(),
                by: Some(SUPPLIER),
                language: "sv",
            };
            store
                .deliver_report(&delivery, at(day, 8, 0))
                .map_err(store_error)?;
        }
    }
    store.commit_batch()
}

/// A small semicolon-separated file, as a report's underlying data might be.
fn file_content(name: &str, month: Month, rng: &mut Rng) -> String {
    let mut text = format!("{name};{month}\ntjänst;mål;utfall\n");
    for service in ["Inloggning", "Schemavisning", "Närvaro", "Bedömning"] {
        let outcome = 985 + rng.below(15);
        text.push_str(&format!("{service};99,0;{},{}\n", outcome / 10, outcome % 10));
    }
    text
}

/// Staden's verdict on each service-level report Leveransforum took up,
/// a decision each; returns how many.
pub(super) fn verdicts(store: &mut Store, options: &DemoOptions) -> Result<usize> {
    let mut rng = Rng(options.seed.rotate_left(29).max(1));
    let mut decisions = 0;
    store.begin_batch()?;
    for meeting in store.meeting_summaries(Some("leveransforum"))? {
        let day = crate::dates::parse(&meeting.date)?;
        for item in store.agenda(meeting.id)? {
            let Some(report) = store.report_of_item(item.id)? else {
                continue;
            };
            if !report.verdict {
                continue;
            }
            let (verdict, reason) = if rng.chance(20) {
                (Verdict::Disputed, Some(*rng.pick(DISPUTES)))
            } else {
                (Verdict::Approved, None)
            };
            store
                .record_report_verdict(item.id, verdict, reason, at(day, 9, 20), options.lang)
                .map_err(store_error)?;
            decisions += 1;
        }
    }
    store.commit_batch()?;
    Ok(decisions)
}

/// The demo only writes what the register accepts, so a refusal is a bug;
/// it is passed on with its message rather than hidden.
fn store_error(e: ReportError) -> StoreError {
    match e {
        ReportError::Store(e) => e,
        other => StoreError::Sqlite(rusqlite::Error::UserFunctionError(Box::new(other))),
    }
}
