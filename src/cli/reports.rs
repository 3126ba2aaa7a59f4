//! `fora reports`: the register of the supplier's monthly reports,
//! delivering one, showing its history, writing its file out, approving a
//! report type's format, and the trend over twelve months.

use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::{Local, NaiveDate};
use clap::Subcommand;
use serde::Serialize;

use super::table::Table;
use super::{Context, print, print_json};
use crate::catalog::ReportType;
use crate::domain::reports::{Month, ReportState, Timeliness, mark};
use crate::i18n::tr;
use crate::resolve::{Kind, Named, resolve};
use crate::store::reports::{Cell, Event, NewDelivery, ReportError};
use crate::text::inert;

#[derive(clap::Args, Debug)]
pub struct RegisterArgs {
    #[arg(long, help = "help-reports--month", value_name = "MONTH", conflicts_with_all = ["since", "until", "trend"])]
    month: Option<String>,
    #[arg(
        long,
        help = "help-reports--since",
        value_name = "MONTH",
        conflicts_with = "trend"
    )]
    since: Option<String>,
    #[arg(
        long,
        help = "help-reports--until",
        value_name = "MONTH",
        conflicts_with = "trend"
    )]
    until: Option<String>,
    #[arg(long, help = "help-reports--trend")]
    trend: bool,
    #[arg(long, help = "help-json")]
    json: bool,
}

#[derive(Subcommand, Debug)]
pub enum ReportsCommand {
    #[command(about = "help-reports-deliver")]
    Deliver {
        #[arg(help = "help-reports--report")]
        report: String,
        #[arg(long, help = "help-reports--month", value_name = "MONTH")]
        month: String,
        #[arg(help = "help-reports-deliver--file")]
        file: PathBuf,
        #[arg(long, help = "help-reports-deliver--by", value_name = "NAME")]
        by: Option<String>,
        #[arg(
            long,
            help = "help-reports-deliver--language",
            value_name = "CODE",
            default_value = "sv"
        )]
        language: String,
    },
    #[command(about = "help-reports-show")]
    Show {
        #[arg(help = "help-reports--report")]
        report: String,
        #[arg(long, help = "help-reports--month", value_name = "MONTH")]
        month: String,
        #[arg(long, help = "help-json")]
        json: bool,
    },
    #[command(about = "help-reports-open")]
    Open {
        #[arg(help = "help-reports--report")]
        report: String,
        #[arg(long, help = "help-reports--month", value_name = "MONTH")]
        month: String,
        #[arg(long, help = "help-reports-open--version", value_name = "N")]
        version: Option<i64>,
        #[arg(short = 'o', long, help = "help-reports-open--output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    #[command(about = "help-reports-format")]
    Format {
        #[arg(help = "help-reports--report")]
        report: String,
        #[arg(long, help = "help-reports-format--proposed-by", value_name = "NAME")]
        proposed_by: String,
        #[arg(long, help = "help-reports-format--approved-by", value_name = "NAME")]
        approved_by: String,
        #[arg(long, help = "help-reports-format--date", value_name = "DATE")]
        date: Option<String>,
    },
}

pub fn run(ctx: &mut Context, command: Option<ReportsCommand>, args: &RegisterArgs) -> Result<()> {
    match command {
        None if args.trend => trend(ctx, args.json),
        None => register(ctx, args),
        Some(ReportsCommand::Deliver {
            report,
            month,
            file,
            by,
            language,
        }) => deliver(ctx, &report, &month, &file, by.as_deref(), &language),
        Some(ReportsCommand::Show { report, month, json }) => show(ctx, &report, &month, json),
        Some(ReportsCommand::Open {
            report,
            month,
            version,
            output,
        }) => open(ctx, &report, &month, version, output.as_deref()),
        Some(ReportsCommand::Format {
            report,
            proposed_by,
            approved_by,
            date,
        }) => format(ctx, &report, &proposed_by, &approved_by, date.as_deref()),
    }
}

/// The longest period the register lists at once, in months.
const MAX_MONTHS: i32 = 240;

fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// A report type named on the command line, by id or name.
fn report_type(ctx: &Context, query: &str) -> Result<ReportType> {
    let catalog = ctx.store.catalog()?;
    let named = catalog
        .reports
        .iter()
        .map(|r| Named {
            id: r.id.clone(),
            name: r.name.clone(),
            item: r,
        })
        .collect();
    Ok(resolve(Kind::Report, query, named)?.clone())
}

fn month(text: &str) -> Result<Month> {
    Month::parse(text).ok_or_else(|| ReportError::BadMonth(text.to_string()).into())
}

fn register(ctx: &Context, args: &RegisterArgs) -> Result<()> {
    let lang = ctx.lang;
    let default = Month::of(today()).plus(-1);
    let (first, last) = match (&args.month, &args.since, &args.until) {
        (Some(m), _, _) => (month(m)?, month(m)?),
        (None, since, until) => {
            let last = until.as_deref().map(month).transpose()?.unwrap_or(default);
            let first = since.as_deref().map(month).transpose()?.unwrap_or(last);
            (first, last)
        }
    };
    if first > last {
        return Err(crate::fail!(
            "err-reports-period",
            since = first.to_string(),
            until = last.to_string()
        ));
    }
    // The contract's whole period fits; a typo such as 0026 for 2026 does not.
    if first.plus(MAX_MONTHS) <= last {
        return Err(crate::fail!("err-reports-period-too-long", max = MAX_MONTHS));
    }
    let rows = ctx.store.report_register(first, last, today())?;
    if args.json {
        return print_json(&rows.into_iter().flatten().collect::<Vec<_>>());
    }
    let catalog = ctx.store.catalog()?;
    let name = |id: &str| catalog.report(id).map_or(id.to_string(), |r| r.name.clone());
    if first == last {
        let mut table = Table::new([
            lang.text("reports-col-report"),
            lang.text("reports-col-state"),
            lang.text("reports-col-delivered"),
            lang.text("reports-col-version"),
            lang.text("reports-col-by"),
            lang.text("reports-col-format"),
        ]);
        for cell in rows.iter().flatten() {
            let d = cell.latest.as_ref();
            let format = match d {
                Some(d) if !d.format_approved => lang.text("reports-format-not-approved"),
                _ => "",
            };
            table.row(vec![
                name(&cell.report),
                cell.describe(lang),
                d.map_or(String::new(), |d| {
                    d.delivered_at.get(..10).unwrap_or("").to_string()
                }),
                d.map_or(String::new(), |d| d.version.to_string()),
                d.and_then(|d| d.delivered_by.clone()).unwrap_or_default(),
                format.to_string(),
            ]);
        }
        return print(&format!(
            "{}\n{}",
            tr!(lang, "reports-heading-month", month = first.to_string()),
            table.render()
        ));
    }
    // A period: one character per month.
    let mut text = format!(
        "{}\n",
        tr!(
            lang,
            "reports-heading-period",
            since = first.to_string(),
            until = last.to_string()
        )
    );
    let width = catalog
        .reports
        .iter()
        .map(|r| r.id.chars().count())
        .max()
        .unwrap_or(0);
    for (report, row) in catalog.reports.iter().zip(&rows) {
        let marks: String = row.iter().map(|c| mark(c.state, c.timeliness)).collect();
        text.push_str(&format!("{:<width$}  {marks}\n", report.id));
    }
    text.push_str(&format!("{}\n", lang.text("reports-legend")));
    print(&text)
}

fn deliver(
    ctx: &mut Context,
    query: &str,
    month_text: &str,
    file: &Path,
    by: Option<&str>,
    language: &str,
) -> Result<()> {
    let lang = ctx.lang;
    let report = report_type(ctx, query)?;
    let month = month(month_text)?;
    // A missing or unreadable file is refused before anything is written.
    let content = crate::files::read(file)?;
    let file_name = file.file_name().map_or_else(
        || file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let delivered = ctx.store.deliver_report(
        &NewDelivery {
            report: &report.id,
            month,
            file_name: &file_name,
            content: &content,
            by,
            language,
        },
        Local::now(),
    )?;
    let (name, month) = (report.name.as_str(), month.to_string());
    let mut text = if delivered.version == 1 {
        tr!(lang, "reports-delivered", report = name, month = month.as_str())
    } else {
        tr!(
            lang,
            "reports-delivered-again",
            report = name,
            month = month.as_str(),
            version = delivered.version,
            earlier = delivered.version - 1
        )
    };
    text.push('\n');
    if !delivered.format_approved {
        text.push_str(&format!(
            "{}\n",
            tr!(
                lang,
                "reports-format-missing",
                report = name,
                id = report.id.as_str()
            )
        ));
    }
    if language != "sv" {
        text.push_str(&format!(
            "{}\n",
            tr!(lang, "reports-not-swedish", code = language)
        ));
    }
    print(&text)
}

#[derive(Serialize)]
struct Shown<'a> {
    report: &'a ReportType,
    month: String,
    format: Option<crate::store::reports::FormatApproval>,
    state: Option<ReportState>,
    timeliness: Timeliness,
    history: Vec<Event>,
}

fn show(ctx: &Context, query: &str, month_text: &str, json: bool) -> Result<()> {
    let lang = ctx.lang;
    let report = report_type(ctx, query)?;
    let month = month(month_text)?;
    let cell = ctx
        .store
        .report_register(month, month, today())?
        .into_iter()
        .flatten()
        .find(|c| c.report == report.id)
        .ok_or_else(|| ReportError::UnknownType(query.to_string()))?;
    let shown = Shown {
        report: &report,
        month: month.to_string(),
        format: ctx.store.report_format(&report.id)?,
        state: cell.state,
        timeliness: cell.timeliness,
        history: ctx.store.report_history(&report.id, &month.to_string())?,
    };
    if json {
        return print_json(&shown);
    }
    let mut text = format!("{} {}\n{}\n\n", report.name, shown.month, cell.describe(lang));
    text.push_str(&format!("{}\n", report.contents));
    text.push_str(&match &shown.format {
        Some(f) => tr!(
            lang,
            "reports-format-approved",
            proposed = f.proposed_by.as_str(),
            approved = f.approved_by.as_str(),
            date = f.approved_on.as_str()
        ),
        None => tr!(
            lang,
            "reports-format-missing",
            report = report.name.as_str(),
            id = report.id.as_str()
        ),
    });
    text.push_str("\n\n");
    if shown.history.is_empty() {
        text.push_str(&format!("{}\n", lang.text("reports-nothing-delivered")));
    }
    for event in &shown.history {
        text.push_str(&format!("{}\n", event.describe(lang)));
    }
    // Names, reasons and file names are other people's text.
    print(&crate::text::inert_multiline(&text))
}

fn open(
    ctx: &Context,
    query: &str,
    month_text: &str,
    version: Option<i64>,
    output: Option<&Path>,
) -> Result<()> {
    let lang = ctx.lang;
    let report = report_type(ctx, query)?;
    let month = month(month_text)?.to_string();
    let versions = ctx.store.report_versions(&report.id, &month)?;
    let chosen = match version {
        Some(n) => versions.iter().find(|d| d.version == n),
        None => versions.last(),
    };
    let Some(delivery) = chosen else {
        return Err(ReportError::NoDelivery {
            report: report.name.clone(),
            month,
        }
        .into());
    };
    let (name, bytes) = ctx.store.report_file(delivery.id)?;
    // The stored name is the supplier's; only its last part is used, in the current folder.
    let target = match output {
        Some(path) => path.to_path_buf(),
        None => PathBuf::from(
            Path::new(&name)
                .file_name()
                .map_or_else(|| "rapport".into(), |n| n.to_os_string()),
        ),
    };
    if output.is_none() && target.exists() {
        return Err(crate::fail!(
            "err-reports-file-exists",
            path = inert(&target.display().to_string())
        ));
    }
    crate::files::write(&target, &bytes)?;
    let path = target.display().to_string();
    print(&format!(
        "{}\n",
        tr!(lang, "reports-written-to", path = inert(&path))
    ))
}

fn format(
    ctx: &mut Context,
    query: &str,
    proposed_by: &str,
    approved_by: &str,
    date: Option<&str>,
) -> Result<()> {
    let report = report_type(ctx, query)?;
    let on = match date {
        Some(d) => crate::dates::parse(d)?,
        None => today(),
    };
    ctx.store
        .approve_report_format(&report.id, proposed_by, approved_by, on)?;
    let text = tr!(
        ctx.lang,
        "reports-format-approved",
        proposed = proposed_by.trim(),
        approved = approved_by.trim(),
        date = on.format("%Y-%m-%d").to_string()
    );
    print(&format!("{}: {}\n", report.name, inert(&text)))
}

/// One report type over twelve months, for `--trend`.
#[derive(Serialize)]
struct Trend {
    report: String,
    months: Vec<String>,
    marks: String,
    on_time: usize,
    late: usize,
    missing: usize,
    approved: usize,
    disputed: usize,
}

fn trend(ctx: &Context, json: bool) -> Result<()> {
    let lang = ctx.lang;
    let (first, last) = Month::of(today()).year_to();
    let rows = ctx.store.report_register(first, last, today())?;
    let trends: Vec<Trend> = rows
        .iter()
        .filter_map(|row| {
            let count = |f: &dyn Fn(&Cell) -> bool| row.iter().filter(|c| f(c)).count();
            Some(Trend {
                report: row.first()?.report.clone(),
                months: row.iter().map(|c| c.month.clone()).collect(),
                marks: row.iter().map(|c| mark(c.state, c.timeliness)).collect(),
                on_time: count(&|c| c.timeliness == Timeliness::OnTime),
                late: count(&|c| c.timeliness == Timeliness::Late),
                missing: count(&|c| c.timeliness == Timeliness::Missing),
                approved: count(&|c| c.state == Some(ReportState::Approved)),
                disputed: count(&|c| c.state == Some(ReportState::Disputed)),
            })
        })
        .collect();
    if json {
        return print_json(&trends);
    }
    let mut table = Table::new([
        lang.text("reports-col-report"),
        lang.text("reports-col-months"),
        lang.text("reports-col-on-time"),
        lang.text("reports-col-late"),
        lang.text("reports-col-missing"),
        lang.text("reports-col-approved"),
        lang.text("reports-col-disputed"),
    ]);
    for t in &trends {
        table.row(vec![
            t.report.clone(),
            t.marks.clone(),
            t.on_time.to_string(),
            t.late.to_string(),
            t.missing.to_string(),
            t.approved.to_string(),
            t.disputed.to_string(),
        ]);
    }
    print(&format!(
        "{}\n{}{}\n",
        tr!(
            lang,
            "reports-heading-period",
            since = first.to_string(),
            until = last.to_string()
        ),
        table.render(),
        lang.text("reports-legend")
    ))
}

/// `fora doctor`'s check of the stored report files against their hashes.
pub fn doctor_check(ctx: &Context) -> Result<crate::store::maintenance::Check> {
    let (changed, count) = ctx.store.report_files_changed()?;
    Ok(crate::store::maintenance::Check {
        name: "reports",
        ok: changed.is_empty(),
        detail: if changed.is_empty() {
            tr!(ctx.lang, "reports-doctor-ok", count = count)
        } else {
            tr!(ctx.lang, "reports-doctor-changed", files = changed.join(", "))
        },
    })
}
