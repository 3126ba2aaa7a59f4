//! The command line: arguments, the database to open, and one module per
//! group of subcommands. Errors go to stderr with a non-zero exit code.

mod catalog;
mod forums;
mod meetings;
mod people;
mod table;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result, anyhow};
use clap::{Parser, Subcommand};

use crate::i18n::Lang;
use crate::store::Store;

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
        command: ForumCommand,
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
    /// People, their organisations and roles.
    People {
        #[command(subcommand)]
        command: people::PeopleCommand,
    },
    /// Organisations: Staden, Leverantören and the City's other suppliers.
    Org {
        #[command(subcommand)]
        command: people::OrgCommand,
    },
    /// The forum catalogue: export it, or import another contract's model.
    Catalog {
        #[command(subcommand)]
        command: catalog::CatalogCommand,
    },
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
    let cli = Cli::parse();
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
        None => crate::paths::default_database().ok_or_else(|| {
            anyhow!("no data directory is known for this user; name a database with --db PATH")
        }),
    }
}

pub fn run(cli: Cli) -> Result<()> {
    let path = database_path(&cli)?;
    let store = Store::open(&path).with_context(|| format!("cannot open the database {}", path.display()))?;
    let lang = cli.lang;
    let Some(command) = cli.command else {
        return crate::tui::run(store, lang);
    };
    let mut ctx = Context { store, lang };
    match command {
        Command::Forums { json } => forums::list(&ctx, json),
        Command::Forum {
            command: ForumCommand::Show { forum, json },
        } => forums::show(&ctx, &forum, json),
        Command::Who { forum, date, json } => forums::who(&ctx, &forum, date.as_deref(), json),
        Command::Where { role_or_person, json } => forums::where_(&ctx, &role_or_person, json),
        Command::Meetings { forum, json } => meetings::list(&ctx, forum.as_deref(), json),
        Command::Show { meeting, json } => meetings::show(&ctx, &meeting, json),
        Command::People { command } => people::run(&mut ctx, command),
        Command::Org { command } => people::run_org(&mut ctx, command),
        Command::Catalog { command } => catalog::run(&mut ctx, command),
    }
}

/// Writes `text` to stdout; a closed pipe (`fora forums | head`) is not an error.
pub fn print(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// Prints a value as pretty JSON followed by a newline.
pub fn print_json(value: &impl serde::Serialize) -> Result<()> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    print(&text)
}
