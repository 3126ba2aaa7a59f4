//! The command line: arguments, the database to open, and one module per
//! group of subcommands. Errors go to stderr with a non-zero exit code.

mod catalog;
mod deferred;
mod demo;
mod diff;
mod export;
mod followup;
mod forums;
pub mod help;
mod ics;
mod keys;
mod listing;
mod maintenance;
mod meeting_details;
mod meetings;
mod people;
mod protocol;
mod reports;
mod schedule;
mod search;
mod shell;
mod signatures;
mod table;
mod usage;

use crate::protocol::edition::Edition;
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::{Parser, Subcommand};

use crate::i18n::Lang;
use crate::store::Store;
use deferred::Deferred;
use listing::ListArgs;

#[derive(Parser, Debug)]
#[command(name = "fora", version, about = "help-fora")]
pub struct Cli {
    #[arg(
        long,
        help = "help-fora-db",
        global = true,
        env = "FORA_DB",
        value_name = "PATH"
    )]
    pub db: Option<PathBuf>,

    #[arg(long, help = "help-fora-lang", global = true, env = "FORA_LANG", value_enum, default_value_t = Lang::Sv)]
    pub lang: Lang,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    #[command(about = "help-forums")]
    Forums {
        #[arg(long, help = "help-json")]
        json: bool,
    },
    #[command(about = "help-forum")]
    Forum {
        #[command(subcommand)]
        command: Deferred<ForumCommand>,
    },
    #[command(about = "help-who")]
    Who {
        #[arg(help = "help-who--forum")]
        forum: String,
        #[arg(long, help = "help-who--date", value_name = "DATE")]
        date: Option<String>,
        #[arg(long, help = "help-json")]
        json: bool,
    },
    #[command(about = "help-where")]
    Where {
        #[arg(help = "help-where--role-or-person")]
        role_or_person: String,
        #[arg(long, help = "help-json")]
        json: bool,
    },
    #[command(about = "help-meetings")]
    Meetings {
        #[arg(help = "help-meetings--forum")]
        forum: Option<String>,
        #[command(flatten)]
        list: ListArgs,
    },
    #[command(about = "help-meeting-group")]
    Meeting {
        #[command(subcommand)]
        command: Deferred<meeting_details::MeetingCommand>,
    },
    #[command(about = "help-show")]
    Show {
        #[arg(help = "help-meeting", required = true, num_args = 1..=2, value_name = "MEETING")]
        meeting: Vec<String>,
        #[arg(long, help = "help-json")]
        json: bool,
    },
    #[command(about = "help-export")]
    Export {
        #[arg(help = "help-meeting", required = true, num_args = 1..=2, value_name = "MEETING")]
        meeting: Vec<String>,
        #[arg(long, help = "help-export--format", short = 'f', value_enum)]
        format: Option<export::ExportFormat>,
        #[arg(long, help = "help-export--output", short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
        #[arg(
            long,
            help = "help-export--version",
            value_name = "N",
            conflicts_with = "current"
        )]
        version: Option<i64>,
        #[arg(long, help = "help-export--current")]
        current: bool,
    },
    #[command(about = "help-actions")]
    Actions {
        #[arg(long, help = "help-actions--forum")]
        forum: Option<String>,
        #[arg(long, help = "help-actions--owner")]
        owner: Option<String>,
        #[arg(long, help = "help-actions--overdue")]
        overdue: bool,
        #[arg(long, help = "help-actions--open")]
        open: bool,
        #[command(flatten)]
        list: ListArgs,
    },
    #[command(about = "help-decisions")]
    Decisions {
        #[arg(long)]
        forum: Option<String>,
        #[arg(long, help = "help-decisions--since")]
        since: Option<String>,
        #[command(flatten)]
        list: ListArgs,
    },
    #[command(about = "help-escalations")]
    Escalations {
        #[arg(long, help = "help-escalations--open")]
        open: bool,
        #[command(flatten)]
        list: ListArgs,
    },
    #[command(about = "help-disagreements")]
    Disagreements {
        #[arg(long)]
        open: bool,
        #[command(flatten)]
        list: ListArgs,
    },
    #[command(about = "help-propose")]
    Propose {
        forum: String,
        text: String,
        #[arg(long, help = "help-propose--by")]
        by: String,
    },
    #[command(about = "help-cancel")]
    Cancel {
        forum: String,
        #[arg(long, help = "help-cancel--date")]
        date: Option<String>,
        #[arg(long, help = "help-cancel--reason")]
        reason: Option<String>,
    },
    #[command(about = "help-changes")]
    Changes {
        #[command(subcommand)]
        command: Deferred<followup::ChangesCommand>,
    },
    #[command(about = "help-schedule")]
    Schedule {
        #[arg(long, help = "help-json", conflicts_with = "ics")]
        json: bool,
        #[arg(long, help = "help-schedule--ics")]
        ics: bool,
        #[arg(
            short = 'o',
            long,
            help = "help-schedule--output",
            value_name = "FILE",
            requires = "ics"
        )]
        output: Option<PathBuf>,
        #[arg(
            long,
            help = "help-schedule--months",
            value_name = "N",
            default_value_t = 6,
            requires = "ics"
        )]
        months: u32,
    },
    #[command(about = "help-status")]
    Status {
        #[arg(long, help = "help-json")]
        json: bool,
    },
    #[command(about = "help-search")]
    Search {
        #[arg(help = "help-search--query", allow_hyphen_values = true)]
        query: String,
        #[arg(long)]
        forum: Option<String>,
        #[arg(long, help = "help-search--kind")]
        kind: Option<String>,
        #[command(flatten)]
        list: ListArgs,
    },
    #[command(about = "help-demo")]
    Demo {
        #[arg(long, help = "help-demo--years", default_value_t = 2)]
        years: u32,
        #[arg(
            help = "help-demo--entries-per-meeting",
            long,
            default_value_t = 6,
            hide = true
        )]
        entries_per_meeting: u32,
    },
    #[command(about = "help-backup")]
    Backup { file: std::path::PathBuf },
    #[command(about = "help-doctor")]
    Doctor {
        #[arg(long, help = "help-json")]
        json: bool,
    },
    #[command(about = "help-protocol")]
    Protocol {
        #[command(subcommand)]
        command: Deferred<protocol::ProtocolCommand>,
    },
    #[command(about = "help-review")]
    #[command(args_conflicts_with_subcommands = true)]
    Review {
        #[command(subcommand)]
        command: Option<ReviewCommand>,
        #[arg(help = "help-review--file")]
        file: Option<PathBuf>,
        #[arg(long, help = "help-review-respond--key", value_name = "FILE")]
        key: Option<PathBuf>,
        #[arg(long, help = "help-key--passphrase-file", value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
    },
    #[command(about = "help-verify")]
    Verify { file: PathBuf },
    #[command(about = "help-key")]
    Key {
        #[command(subcommand)]
        command: keys::KeyCommand,
    },
    #[command(about = "help-people")]
    People {
        #[command(subcommand)]
        command: Deferred<people::PeopleCommand>,
    },
    #[command(about = "help-org")]
    Org {
        #[command(subcommand)]
        command: Deferred<people::OrgCommand>,
    },
    #[command(about = "help-catalog")]
    Catalog {
        #[command(subcommand)]
        command: Deferred<catalog::CatalogCommand>,
    },
    #[command(about = "help-reports")]
    #[command(args_conflicts_with_subcommands = true)]
    Reports {
        #[command(subcommand)]
        command: Option<Deferred<reports::ReportsCommand>>,
        #[command(flatten)]
        args: reports::RegisterArgs,
    },
    #[command(about = "help-completions")]
    Completions {
        #[arg(help = "help-completions--shell", value_enum)]
        shell: shell::Shell,
    },
    #[command(about = "help-man")]
    Man {
        #[arg(long, help = "help-man--dir", value_name = "PATH")]
        dir: Option<PathBuf>,
    },
}

#[derive(Subcommand, Debug)]
pub enum ReviewCommand {
    #[command(about = "help-review-import")]
    Import { file: PathBuf },
    #[command(about = "help-review-respond")]
    Respond {
        #[arg(help = "help-review--file")]
        file: PathBuf,
        #[arg(long, value_enum, help = "help-review-respond--verdict")]
        verdict: signatures::VerdictArg,
        #[arg(long, help = "help-review-respond--by")]
        by: String,
        #[arg(long, help = "help-review-respond--key", value_name = "FILE")]
        key: Option<PathBuf>,
        #[arg(long, help = "help-key--passphrase-file", value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
        #[arg(long, help = "help-review-respond--comment", value_name = "ITEM=TEXT")]
        comment: Vec<String>,
        #[arg(
            short = 'o',
            long,
            help = "help-review-respond--output",
            value_name = "RESPONSE"
        )]
        output: PathBuf,
        #[arg(long, help = "help-review-respond--unsigned", conflicts_with = "key")]
        unsigned: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum ForumCommand {
    #[command(about = "help-forum-show")]
    Show {
        forum: String,
        #[arg(long, help = "help-json")]
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
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = help::lang_of(&args, std::env::var_os("FORA_LANG").as_ref());
    crate::i18n::set_lang(lang);
    shell::complete_if_asked(lang);
    let cli = help::parse(&args, lang);
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
    // A reviewer has the review file and fora, and no database: open none;
    // nor for making a key.
    match cli.command {
        Some(Command::Review {
            command: None,
            file,
            key,
            passphrase_file,
        }) => {
            let Some(file) = file else {
                return Err(crate::fail!("err-cli-review-file"));
            };
            let signer = keys::reviewer_key(key, passphrase_file.as_deref())?;
            let left = crate::tui::review::run(&file, cli.lang, signer)?;
            return review_left(&left, cli.lang);
        }
        Some(Command::Review {
            command:
                Some(ReviewCommand::Respond {
                    file,
                    verdict,
                    by,
                    key,
                    passphrase_file,
                    comment,
                    output,
                    unsigned,
                }),
            ..
        }) => {
            let respond = signatures::Respond {
                file,
                verdict,
                by,
                key,
                passphrase_file,
                comments: comment,
                output,
                unsigned,
            };
            return signatures::respond(cli.lang, respond);
        }
        Some(Command::Key { command }) => return keys::run(cli.lang, command),
        Some(Command::Completions { shell }) => return shell::completions(shell),
        Some(Command::Man { dir }) => return shell::man(cli.lang, dir.as_deref()),
        _ => {}
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
        Command::Meetings { forum, list } => meetings::list(&ctx, forum.as_deref(), &list),
        Command::Meeting { command } => meeting_details::run(&mut ctx, command.0),
        Command::Show { meeting, json } => meetings::show(&ctx, &meeting, json),
        Command::Export {
            meeting,
            format,
            output,
            version,
            current,
        } => {
            let edition = match (version, current) {
                (Some(n), _) => Edition::Version(n),
                (None, true) => Edition::Current,
                (None, false) => Edition::Record,
            };
            export::run(&mut ctx, &meeting, format, output.as_deref(), edition)
        }
        Command::Actions {
            forum,
            owner,
            overdue,
            open,
            list,
        } => followup::actions(&ctx, forum.as_deref(), owner.as_deref(), overdue, open, &list),
        Command::Decisions { forum, since, list } => {
            followup::decisions(&ctx, forum.as_deref(), since.as_deref(), &list)
        }
        Command::Escalations { open, list } => followup::follow_ups(&ctx, "escalation", open, &list),
        Command::Disagreements { open, list } => followup::follow_ups(&ctx, "disagreement", open, &list),
        Command::Propose { forum, text, by } => followup::propose(&mut ctx, &forum, &text, &by),
        Command::Cancel { forum, date, reason } => {
            followup::cancel(&mut ctx, &forum, date.as_deref(), reason.as_deref())
        }
        Command::Changes { command } => followup::changes(&mut ctx, command.0),
        Command::Schedule {
            ics: true,
            output,
            months,
            ..
        } => ics::export(&ctx, output.as_deref(), months),
        Command::Schedule { json, .. } => schedule::schedule(&ctx, json),
        Command::Status { json } => schedule::status(&ctx, json),
        Command::Search {
            query,
            forum,
            kind,
            list,
        } => search::search(&ctx, &query, forum.as_deref(), kind.as_deref(), &list),
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
        Command::Review {
            command: None | Some(ReviewCommand::Respond { .. }),
            ..
        }
        | Command::Key { .. }
        | Command::Completions { .. }
        | Command::Man { .. } => unreachable!("handled before the database is opened"),
        Command::Verify { file } => protocol::verify(&ctx, &file),
        Command::People { command } => people::run(&mut ctx, command.0),
        Command::Org { command } => people::run_org(&mut ctx, command.0),
        Command::Catalog { command } => catalog::run(&mut ctx, command.0),
        Command::Reports { command, args } => reports::run(&mut ctx, command.map(|c| c.0), &args),
    }
}

/// Writes `text` to stdout; a closed pipe (`fora forums | head`) is not an error.
/// Says, once the review screen has closed, where the work went.
fn review_left(left: &crate::tui::review::Left, lang: Lang) -> Result<()> {
    let shown = |path: &std::path::Path| crate::text::inert(&path.display().to_string());
    if let Some(written) = &left.response {
        let said = crate::tr!(lang, "cli-written-to", path = shown(written));
        print(&format!("{said}\n"))?;
    }
    if let Some(draft) = &left.draft {
        let said = crate::tr!(lang, "review-left-draft", path = shown(draft));
        print(&format!("{said}\n"))?;
    }
    if left.lost {
        eprintln!("{}", lang.text("review-left-lost"));
    }
    Ok(())
}

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
    let mut text = crate::text::json::pretty(value)?;
    text.push('\n');
    print(&text)
}
