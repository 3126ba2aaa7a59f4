//! What the report register refuses, with the values involved; the words
//! are in assets/i18n/*/reports.ftl.

use std::fmt;

use super::super::StoreError;
use crate::i18n::Message;
use crate::text::inert;

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// No report type of the catalogue has this id.
    UnknownType(String),
    /// A month written other than YYYY-MM.
    BadMonth(String),
    /// A report on a month that has not begun.
    FutureMonth(String),
    EmptyFile(String),
    FileTooLarge {
        file: String,
        max_mb: u64,
    },
    /// A language code other than two or three small letters.
    BadLanguage(String),
    NoDelivery {
        report: String,
        month: String,
    },
    /// An agenda item that carries no report delivery.
    NotAReportItem,
    /// Staden gives no verdict on this type of report.
    NoVerdict(String),
    /// A dispute needs its reason.
    NoReason,
    Store(#[from] StoreError),
}

impl ReportError {
    pub fn message(&self) -> Message {
        let m = Message::new;
        match self {
            ReportError::UnknownType(id) => m("err-reports-unknown-type").arg("report", inert(id)),
            ReportError::BadMonth(text) => m("err-reports-bad-month").arg("month", inert(text)),
            ReportError::FutureMonth(month) => m("err-reports-future-month").arg("month", inert(month)),
            ReportError::EmptyFile(file) => m("err-reports-empty-file").arg("file", inert(file)),
            ReportError::FileTooLarge { file, max_mb } => m("err-reports-file-too-large")
                .arg("file", inert(file))
                .arg("max", *max_mb),
            ReportError::BadLanguage(code) => m("err-reports-bad-language").arg("code", inert(code)),
            ReportError::NoDelivery { report, month } => m("err-reports-no-delivery")
                .arg("report", inert(report))
                .arg("month", inert(month)),
            ReportError::NotAReportItem => m("err-reports-not-a-report-item"),
            ReportError::NoVerdict(name) => m("err-reports-no-verdict").arg("report", inert(name)),
            ReportError::NoReason => m("err-reports-no-reason"),
            ReportError::Store(e) => e.message(),
        }
    }
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}
