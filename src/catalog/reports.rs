//! The supplier's reports in the catalogue (section 4 of the appendix): each
//! report type, its interval and the forum that reviews it, and the day a
//! month's report is due.

use serde::Deserialize;
use toml::Spanned;

use super::{CatalogError, Forum, Lines, Problem, check_id, check_text};

/// The day of the following month a report is due when the file names none.
pub const DEFAULT_DUE_DAY: u32 = 10;

/// The last due day every month has.
const LAST_DUE_DAY: u32 = 28;

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ReportType {
    pub id: String,
    pub name: String,
    pub contents: String,
    /// Interval in months.
    pub every: u32,
    pub forum: String,
    /// The theme of the forum the report is taken up under.
    pub theme: Option<String>,
    /// Whether Staden approves or disputes the report's outcome.
    pub verdict: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reporting {
    /// The day of the month after the reported month by which a report is due.
    pub due_day: u32,
}

impl Default for Reporting {
    fn default() -> Self {
        Reporting {
            due_day: DEFAULT_DUE_DAY,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawReporting {
    due_day: Spanned<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawReport {
    id: Spanned<String>,
    name: Spanned<String>,
    contents: Spanned<String>,
    #[serde(default = "one")]
    every: Spanned<u32>,
    forum: Spanned<String>,
    theme: Option<Spanned<String>>,
    #[serde(default)]
    verdict: bool,
}

fn one() -> Spanned<u32> {
    Spanned::new(0..0, 1)
}

pub(super) fn validate_reporting(
    raw: Option<RawReporting>,
    lines: &Lines,
) -> Result<Reporting, CatalogError> {
    let Some(raw) = raw else {
        return Ok(Reporting::default());
    };
    let day = *raw.due_day.get_ref();
    if !(1..=LAST_DUE_DAY).contains(&day) {
        return Err(lines.error(
            raw.due_day.span(),
            "reporting.due_day".into(),
            Problem::BadDueDay(day),
        ));
    }
    Ok(Reporting { due_day: day })
}

pub(super) fn validate_reports(
    raw: Vec<RawReport>,
    forums: &[Forum],
    lines: &Lines,
) -> Result<Vec<ReportType>, CatalogError> {
    let mut reports: Vec<ReportType> = Vec::new();
    for (i, report) in raw.into_iter().enumerate() {
        let at = |field: &str| format!("reports[{i}].{field}");
        check_id(&report.id, at("id"), lines)?;
        check_text(&report.name, at("name"), lines)?;
        check_text(&report.contents, at("contents"), lines)?;
        let id = report.id.get_ref().clone();
        if reports.iter().any(|r| r.id == id) {
            return Err(lines.error(report.id.span(), at("id"), Problem::ReportTwice(id)));
        }
        if *report.every.get_ref() == 0 {
            return Err(lines.error(report.every.span(), at("every"), Problem::ZeroInterval));
        }
        let forum_id = report.forum.get_ref();
        let Some(forum) = forums.iter().find(|f| &f.id == forum_id) else {
            return Err(lines.error(
                report.forum.span(),
                at("forum"),
                Problem::UnknownForum(forum_id.clone()),
            ));
        };
        if let Some(theme) = &report.theme
            && !forum.themes.contains(theme.get_ref())
        {
            return Err(lines.error(
                theme.span(),
                at("theme"),
                Problem::UnknownTheme(theme.get_ref().clone()),
            ));
        }
        reports.push(ReportType {
            id,
            name: report.name.into_inner(),
            contents: report.contents.into_inner(),
            every: report.every.into_inner(),
            forum: report.forum.into_inner(),
            theme: report.theme.map(Spanned::into_inner),
            verdict: report.verdict,
        });
    }
    Ok(reports)
}
