//! The command line: arguments, the database to open, and one module per
//! group of subcommands. Errors go to stderr with a non-zero exit code.

mod catalog;
mod deferred;
mod demo;
mod export;
mod followup;
mod forums;
mod maintenance;
mod meetings;
mod people;
mod protocol;
mod schedule;
mod search;
mod table;
mod usage;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::{Parser, Subcommand};

use crate::i18n::Lang;
use crate::store::Store;
use deferred::Deferred;

#[derive(Parser, Debug)]
#[command(
    name = "fora",
    version,
    about = "Run the governance forums of a public-sector IT contract"
)]
pub struct Cli {
    /// The database file (default: fora.db in the platform's data directory).
    #[arg(long, global = true, env = "FORA_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Language of screens and output: sv (default) or en.
    #[arg(long, global = true, env = "FORA_LANG", value_enum, default_value_t = Lang::Sv)]
    pub lang: Lang,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List the forums: id, name, area, cadence, minute keeper, approver, active.
    Forums {
        #[arg(long)]
        json: bool,
    },
    /// Everything about one forum.
    Forum {
        #[command(subcommand)]
        command: Deferred<ForumCommand>,
    },
    /// The roster of a forum: each role, its party, and who holds it today.
    Who {
        /// Forum id, name, or part of a name.
        forum: String,
        /// Show the holders on this day instead of today (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Every forum where a role (for any party) or a person sits.
    Where {
        /// Role id or name, or a person's name or id.
        role_or_person: String,
        #[arg(long)]
        json: bool,
    },
    /// List meetings, newest first: id, forum, date, status and counts.
    Meetings {
        /// Only the meetings of this forum.
        forum: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Print one meeting: attendance, agenda items and entries.
    Show {
        /// The meeting's id, or FORUM DATE, or FORUM latest.
        #[arg(required = true, num_args = 1..=2, value_name = "MEETING")]
        meeting: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    /// Write a meeting's protocol as Markdown, HTML, PDF or JSON.
    Export {
        /// The meeting's id, or FORUM DATE, or FORUM latest.
        #[arg(required = true, num_args = 1..=2, value_name = "MEETING")]
        meeting: Vec<String>,
        /// md, html, pdf, json or review (default: from the extension of the -o file, else md).
        #[arg(long, short = 'f', value_enum)]
        format: Option<export::ExportFormat>,
        /// Write to FILE (`-` for standard output); a PDF needs a file on a terminal.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// The action register across forums, overdue ones marked.
    Actions {
        /// Only the actions of this forum.
        #[arg(long)]
        forum: Option<String>,
        /// Only actions whose owner's name contains this.
        #[arg(long)]
        owner: Option<String>,
        /// Only open actions past their due date.
        #[arg(long)]
        overdue: bool,
        /// Only open actions.
        #[arg(long)]
        open: bool,
        #[arg(long)]
        json: bool,
    },
    /// The decision register: "Leveransforum 2026 § 14".
    Decisions {
        #[arg(long)]
        forum: Option<String>,
        /// Only decisions from this day on (YYYY-MM-DD).
        #[arg(long)]
        since: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Escalations with their source, target, age and outcome.
    Escalations {
        /// Only those still waiting on the target forum.
        #[arg(long)]
        open: bool,
        #[arg(long)]
        json: bool,
    },
    /// Disagreements between suppliers, and their outcome.
    Disagreements {
        #[arg(long)]
        open: bool,
        #[arg(long)]
        json: bool,
    },
    /// Propose a point for a forum's next meeting (Operativt möte).
    Propose {
        forum: String,
        text: String,
        /// The supplier proposing it.
        #[arg(long)]
        by: String,
    },
    /// Record that a forum's meeting is cancelled, and why.
    Cancel {
        forum: String,
        /// The day of the cancelled meeting (default today).
        #[arg(long)]
        date: Option<String>,
        /// Why; Operativt möte without proposed points needs none.
        #[arg(long)]
        reason: Option<String>,
    },
    /// Suppliers' planned changes, announced at the change meeting.
    Changes {
        #[command(subcommand)]
        command: Deferred<followup::ChangesCommand>,
    },
    /// What is due and what is overdue, by each forum's cadence.
    Schedule {
        #[arg(long)]
        json: bool,
    },
    /// The last twelve months per forum: meetings against the cadence, actions, escalations.
    Status {
        #[arg(long)]
        json: bool,
    },
    /// Search every meeting's items and entries.
    Search {
        /// Words to find; quotes, operators and punctuation are searched as text.
        #[arg(allow_hyphen_values = true)]
        query: String,
        #[arg(long)]
        forum: Option<String>,
        /// decision, action, information, escalation, risk, disagreement, or item.
        #[arg(long)]
        kind: Option<String>,
        /// At most this many hits.
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// Fill a new database with a fictional archive to explore.
    Demo {
        /// Years of meetings.
        #[arg(long, default_value_t = 2)]
        years: u32,
        /// About how many entries per meeting (the benchmarks raise it).
        #[arg(long, default_value_t = 6, hide = true)]
        entries_per_meeting: u32,
    },
    /// Copy the database, while in use, to a new file (checked, mode 0600).
    Backup { file: std::path::PathBuf },
    /// Check the database: integrity, schema version, file modes, stale drafts.
    Doctor {
        #[arg(long)]
        json: bool,
    },
    /// A meeting's protocol: versions, sending for approval, approving (justering).
    Protocol {
        #[command(subcommand)]
        command: Deferred<protocol::ProtocolCommand>,
    },
    /// Record a reviewer's response file (comments and verdict).
    /// Review a protocol file offline (no database needed), or import a response.
    #[command(args_conflicts_with_subcommands = true)]
    Review {
        #[command(subcommand)]
        command: Option<ReviewCommand>,
        /// A review file: read the protocol, comment per item, approve or ask for changes.
        file: Option<PathBuf>,
    },
    /// Say whether an exported protocol file matches an approved version, and which.
    Verify { file: PathBuf },
    /// People, their organisations and roles.
    People {
        #[command(subcommand)]
        command: Deferred<people::PeopleCommand>,
    },
    /// Organisations: Staden, Leverantören and the City's other suppliers.
    Org {
        #[command(subcommand)]
        command: Deferred<people::OrgCommand>,
    },
    /// The forum catalogue: export it, or import another contract's model.
    Catalog {
        #[command(subcommand)]
        command: Deferred<catalog::CatalogCommand>,
    },
}

#[derive(Subcommand, Debug)]
pub enum ReviewCommand {
    /// Record the comments and the verdict of a reviewer's response file.
    Import { file: PathBuf },
}

#[derive(Subcommand, Debug)]
pub enum ForumCommand {
    /// Cadence, roster, minute rules, themes and rules of one forum.
    Show {
        forum: String,
        #[arg(long)]
        json: bool,
    },
}

/// What every subcommand gets: the open database and the language.
pub struct Context {
    pub store: Store,
    pub lang: Lang,
}

/// Parses the arguments, runs the command and turns errors into an exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage::report(e),
    };
    crate::i18n::set_lang(cli.lang);
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let message = format!("{e:#}");
            let _ = writeln!(
                std::io::stderr(),
                "fora: {}",
                crate::text::inert_multiline(&message)
            );
            ExitCode::FAILURE
        }
    }
}

fn database_path(cli: &Cli) -> Result<PathBuf> {
    match &cli.db {
        Some(path) => Ok(path.clone()),
        None => crate::paths::default_database().ok_or_else(|| crate::fail!("cli-no-data-dir")),
    }
}

pub fn run(cli: Cli) -> Result<()> {
    // A reviewer has the review file and fora, and no database: open none.
    if let Some(Command::Review { command: None, file }) = &cli.command {
        let Some(file) = file else {
            return Err(crate::fail!("err-cli-review-file"));
        };
        if let Some(written) = crate::tui::review::run(file, cli.lang)? {
            let path = crate::text::inert(&written.display().to_string());
            print(&format!(
                "{}\n",
                crate::tr!(cli.lang, "cli-written-to", path = path)
            ))?;
        }
        return Ok(());
    }
    let path = database_path(&cli)?;
    let store = Store::open(&path).with_context(|| {
        crate::i18n::Message::new("err-cli-open-database")
            .arg("path", crate::text::inert(&path.display().to_string()))
    })?;
    let lang = cli.lang;
    let Some(command) = cli.command else {
        return crate::tui::run(store, lang);
    };
    let mut ctx = Context { store, lang };
    match command {
        Command::Forums { json } => forums::list(&ctx, json),
        Command::Forum {
            command: Deferred(ForumCommand::Show { forum, json }),
        } => forums::show(&ctx, &forum, json),
        Command::Who { forum, date, json } => forums::who(&ctx, &forum, date.as_deref(), json),
        Command::Where { role_or_person, json } => forums::where_(&ctx, &role_or_person, json),
        Command::Meetings { forum, json } => meetings::list(&ctx, forum.as_deref(), json),
        Command::Show { meeting, json } => meetings::show(&ctx, &meeting, json),
        Command::Export {
            meeting,
            format,
            output,
        } => export::run(&mut ctx, &meeting, format, output.as_deref()),
        Command::Actions {
            forum,
            owner,
            overdue,
            open,
            json,
        } => followup::actions(&ctx, forum.as_deref(), owner.as_deref(), overdue, open, json),
        Command::Decisions { forum, since, json } => {
            followup::decisions(&ctx, forum.as_deref(), since.as_deref(), json)
        }
        Command::Escalations { open, json } => followup::follow_ups(&ctx, "escalation", open, json),
        Command::Disagreements { open, json } => followup::follow_ups(&ctx, "disagreement", open, json),
        Command::Propose { forum, text, by } => followup::propose(&mut ctx, &forum, &text, &by),
        Command::Cancel { forum, date, reason } => {
            followup::cancel(&mut ctx, &forum, date.as_deref(), reason.as_deref())
        }
        Command::Changes { command } => followup::changes(&mut ctx, command.0),
        Command::Schedule { json } => schedule::schedule(&ctx, json),
        Command::Status { json } => schedule::status(&ctx, json),
        Command::Search {
            query,
            forum,
            kind,
            limit,
            json,
        } => search::search(&mut ctx, &query, forum.as_deref(), kind.as_deref(), limit, json),
        Command::Demo {
            years,
            entries_per_meeting,
        } => demo::demo(&mut ctx, years, entries_per_meeting),
        Command::Backup { file } => maintenance::backup(&ctx, &file),
        Command::Doctor { json } => maintenance::doctor(&ctx, json),
        Command::Protocol { command } => protocol::run(&mut ctx, command.0),
        Command::Review {
            command: Some(ReviewCommand::Import { file }),
            ..
        } => protocol::import_response(&mut ctx, &file),
        Command::Review { command: None, .. } => unreachable!("a review file is opened before the database"),
        Command::Verify { file } => protocol::verify(&ctx, &file),
        Command::People { command } => people::run(&mut ctx, command.0),
        Command::Org { command } => people::run_org(&mut ctx, command.0),
        Command::Catalog { command } => catalog::run(&mut ctx, command.0),
    }
}

/// Writes `text` to stdout; a closed pipe (`fora forums | head`) is not an error.
pub fn print(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(crate::fail!(
            "err-cli-stdout",
            reason = crate::files::io_reason(&e).to_string()
        )),
        Ok(()) => Ok(()),
    }
}

/// Prints a value as pretty JSON followed by a newline.
pub fn print_json(value: &impl serde::Serialize) -> Result<()> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    print(&text)
}
