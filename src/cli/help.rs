//! clap's help in the user's language. The derive attributes name catalogue
//! keys (`about = "help-forums"`); when help is to be shown, [`command`] puts
//! in the texts of `assets/i18n/<lang>/help.ftl`, the headings and the value
//! names. The language is read from the arguments before clap runs.

use std::cell::Cell;
use std::ffi::OsString;

use clap::builder::Str;
use clap::error::{Error, ErrorKind};
use clap::{Arg, ArgAction, ArgMatches, Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::i18n::{Lang, tr};

/// The language asked for by `--lang sv|en` (or `--lang=…`), else by
/// `FORA_LANG`, else Swedish: what clap will parse, read before it does so
/// that its help can be in that language.
pub fn lang_of(args: &[OsString], env: Option<&OsString>) -> Lang {
    let named = |value: &std::ffi::OsStr| match value.to_str() {
        Some("en") => Some(Lang::En),
        Some("sv") => Some(Lang::Sv),
        _ => None,
    };
    let mut given = None;
    let mut args = args.iter().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            given = args.next().and_then(|v| named(v)).or(given);
        } else if let Some(value) = arg.to_str().and_then(|a| a.strip_prefix("--lang=")) {
            given = named(value.as_ref()).or(given);
        }
    }
    given.or_else(|| env.and_then(|v| named(v))).unwrap_or_default()
}

thread_local! {
    /// The language the subcommands of a deferred group are given, once
    /// [`command`] has been asked for one on this thread.
    static GROUPS_LANG: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The command line with its help in `lang`.
pub fn command(lang: Lang) -> Command {
    GROUPS_LANG.with(|l| l.set(Some(lang)));
    localize(Cli::command(), lang)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(tr!(lang, "help-flag-version"))
                .help_heading(lang.text("help-heading-options")),
        )
        .disable_help_subcommand(true)
        .subcommand(help_command(lang))
}

/// `fora help COMMAND …`, in place of clap's, whose texts are English.
fn help_command(lang: Lang) -> Command {
    Command::new("help").about(tr!(lang, "help-command-help")).arg(
        Arg::new("command")
            .num_args(..)
            .value_name(lang.text("help-value-command"))
            .help(tr!(lang, "help-command-help-command")),
    )
}

/// The arguments parsed by the command line. Help is printed in `lang` and
/// ends the process, as do the version and mistakes.
pub fn parse(args: &[OsString], lang: Lang) -> Cli {
    // Most runs show no help: clap parses the command as derived, and the
    // catalogue's texts are put in only when help is to be shown.
    let matches = match Cli::command().try_get_matches_from(args) {
        Ok(matches) => matches,
        Err(e) if shows_help(&e) => parse_in(args, lang),
        Err(e) => exit(e, lang),
    };
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| exit(e, lang))
}

fn shows_help(error: &Error) -> bool {
    matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    )
}

/// Parses with the command line in `lang`, for its help; `fora help COMMAND …`
/// prints the help of that command.
fn parse_in(args: &[OsString], lang: Lang) -> ArgMatches {
    let matches = command(lang)
        .try_get_matches_from(args)
        .unwrap_or_else(|e| exit(e, lang));
    if let Some(asked) = help_asked(&matches) {
        let mut args: Vec<OsString> = args.iter().take(1).cloned().collect();
        args.extend(asked);
        args.push("--help".into());
        match command(lang).try_get_matches_from(args) {
            Err(e) => exit(e, lang),
            Ok(_) => unreachable!("--help always stops clap"),
        }
    }
    matches
}

/// The command whose help `fora [GROUP] help COMMAND …` asks for.
fn help_asked(matches: &ArgMatches) -> Option<Vec<OsString>> {
    let mut path = Vec::new();
    let mut matches = matches;
    while let Some((name, sub)) = matches.subcommand() {
        if name == "help" {
            let asked = sub.get_many::<String>("command").into_iter().flatten();
            path.extend(asked.map(OsString::from));
            return Some(path);
        }
        path.push(OsString::from(name));
        matches = sub;
    }
    None
}

/// The subcommands of a group clap builds only when it is used
/// ([`super::deferred`]), in the language [`command`] was last built in.
pub fn localize_group(cmd: Command) -> Command {
    match GROUPS_LANG.with(Cell::get) {
        // The parent in `lang` has put its help command in place of clap's.
        Some(lang) if cmd.is_disable_help_subcommand_set() => cmd
            .mut_subcommands(|sub| localize(sub, lang))
            .subcommand(help_command(lang)),
        Some(lang) => cmd.mut_subcommands(|sub| localize(sub, lang)),
        None => cmd,
    }
}

/// `cmd` and the subcommands it has now, with their texts from the catalogue.
fn localize(cmd: Command, lang: Lang) -> Command {
    let about = cmd.get_about().map(|a| text(lang, &a.to_string()));
    let mut cmd = cmd
        .help_template(template(lang))
        .subcommand_help_heading(lang.text("help-heading-commands"))
        .subcommand_value_name(lang.text("help-value-command"))
        .mut_args(|arg| localize_arg(arg, lang))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(tr!(lang, "help-flag-help"))
                .help_heading(lang.text("help-heading-options")),
        )
        .mut_subcommands(|sub| localize(sub, lang));
    if let Some(about) = about {
        cmd = cmd.about(about);
    }
    cmd
}

fn localize_arg(arg: Arg, lang: Lang) -> Arg {
    let help = arg.get_help().map(|h| text(lang, &h.to_string()));
    let heading = if arg.is_positional() {
        lang.text("help-heading-arguments")
    } else {
        lang.text("help-heading-options")
    };
    let names: Option<Vec<Str>> = arg
        .get_value_names()
        .map(|names| names.iter().map(|n| value_name(lang, n)).collect());
    let mut arg = arg.help_heading(heading);
    if arg.get_action().takes_values() {
        // The catalogue's text says the default, the choices and the variable.
        arg = arg
            .hide_default_value(true)
            .hide_possible_values(true)
            .hide_env(true);
    }
    if let Some(help) = help {
        arg = arg.help(help);
    }
    match names {
        Some(names) => arg.value_names(names),
        None => arg,
    }
}

/// The text of a key a derive attribute names; any other text as it is.
fn text(lang: Lang, key: &str) -> String {
    if key.starts_with("help-") && lang.has(key) {
        lang.format(key, None)
    } else {
        key.to_owned()
    }
}

fn template(lang: Lang) -> String {
    format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        tr!(lang, "help-heading-usage")
    )
}

/// A placeholder such as `MEETING` in the words of `lang`.
fn value_name(lang: Lang, name: &Str) -> Str {
    let key = match name.as_str() {
        "PATH" => "help-value-path",
        "LANG" => "help-value-lang",
        "MEETING" => "help-value-meeting",
        "FILE" => "help-value-file",
        "FORUM" => "help-value-forum",
        "DATE" | "SINCE" | "FROM" | "TO" => "help-value-date",
        "ROLE_OR_PERSON" => "help-value-role-or-person",
        "QUERY" => "help-value-query",
        "KIND" => "help-value-kind",
        "LIMIT" | "YEARS" | "ENTRIES_PER_MEETING" => "help-value-number",
        "TEXT" => "help-value-text",
        "BY" => "help-value-by",
        "REASON" => "help-value-reason",
        "OWNER" => "help-value-owner",
        "FORMAT" => "help-value-format",
        "ORG" => "help-value-org",
        "EMAIL" => "help-value-email",
        "PHONE" => "help-value-phone",
        "NAME" => "help-value-name",
        "PERSON" => "help-value-person",
        "ROLE" => "help-value-role",
        "COMMENT" => "help-value-comment",
        "MONTH" => "help-value-month",
        "CODE" => "help-value-code",
        "REPORT" => "help-value-report",
        _ => return name.clone(),
    };
    lang.text(key).into()
}

/// Prints the help clap stopped at, in `lang`, and exits; any other error
/// (the version included) as clap writes it.
fn exit(error: Error, lang: Lang) -> ! {
    if !shows_help(&error) {
        super::usage::report(error, lang)
    }
    // clap writes "[OPTIONS]" in the usage line whatever the language.
    let text = error
        .render()
        .to_string()
        .replace("[OPTIONS]", &tr!(lang, "help-usage-options"));
    if error.use_stderr() {
        eprint!("{text}");
    } else {
        // A closed pipe (`fora --help | head`) is not an error.
        let _ = super::print(&text);
    }
    std::process::exit(error.exit_code())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(args: &[&str], env: Option<&str>) -> Lang {
        let args: Vec<OsString> = std::iter::once("fora")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect();
        lang_of(&args, env.map(OsString::from).as_ref())
    }

    #[test]
    fn the_language_is_read_from_the_arguments_then_the_environment() {
        assert_eq!(lang(&["--help"], None), Lang::Sv);
        assert_eq!(lang(&["--help"], Some("en")), Lang::En);
        assert_eq!(lang(&["--lang", "en", "forums"], Some("sv")), Lang::En);
        assert_eq!(lang(&["forums", "--lang=en"], None), Lang::En);
        assert_eq!(lang(&["--lang", "sv"], Some("en")), Lang::Sv);
        assert_eq!(lang(&["search", "--", "--lang", "en"], None), Lang::Sv);
    }
}
