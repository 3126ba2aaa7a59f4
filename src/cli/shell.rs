//! fora in the shell: `fora completions SHELL` and `fora man`, both made from
//! the same command definitions as the help, in the user's language.
//!
//! Completion is dynamic (clap_complete's `CompleteEnv`): the script a shell
//! loads calls `COMPLETE=SHELL fora -- WORDS…`, and fora answers from the
//! command tree and, for forums and meetings, from the database. One
//! mechanism serves bash, zsh, fish and PowerShell alike, and the ids offered
//! are the ones the database has now, not those of when the script was made.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::ValueEnum;
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use clap_complete::env::{CompleteEnv, EnvCompleter};

use super::help;
use crate::i18n::{Lang, fail};
use crate::store::Store;

/// The environment variable the completion scripts set to ask fora for completions.
const VAR: &str = "COMPLETE";

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

/// Answers a completion request from a shell's script and exits, when this
/// run is one; otherwise returns and fora runs as usual.
pub fn complete_if_asked(lang: Lang) {
    CompleteEnv::with_factory(move || {
        let mut cmd = help::command(lang);
        // The groups clap adds only when used must be there to be walked.
        cmd.build();
        with_completers(cmd)
    })
    .var(VAR)
    .complete();
}

/// Every argument named `forum` completes forum ids and every `meeting` a
/// meeting, wherever they are in the tree; the commands' definitions need
/// not know about completion.
fn with_completers(cmd: clap::Command) -> clap::Command {
    cmd.mut_args(|arg| match arg.get_id().as_str() {
        "forum" => arg.add(forum()),
        "meeting" => arg.add(meeting()),
        _ => arg,
    })
    .mut_subcommands(with_completers)
}

/// `fora completions SHELL`: the script that makes SHELL ask fora.
pub fn completions(shell: Shell) -> Result<()> {
    let completer: &dyn EnvCompleter = match shell {
        Shell::Bash => &clap_complete::env::Bash,
        Shell::Zsh => &clap_complete::env::Zsh,
        Shell::Fish => &clap_complete::env::Fish,
        Shell::Powershell => &clap_complete::env::Powershell,
    };
    let mut script = Vec::new();
    // "fora" rather than this binary's path, so the script outlives a reinstall.
    completer
        .write_registration(VAR, "fora", "fora", "fora", &mut script)
        .map_err(|e| fail!("err-cli-stdout", reason = crate::files::io_reason(&e).to_string()))?;
    super::print(&String::from_utf8_lossy(&script))
}

/// `fora man`: the manual page in roff, for `man -l` or a man directory;
/// with `--dir`, that page and one for each subcommand, written there.
pub fn man(lang: Lang, dir: Option<&Path>) -> Result<()> {
    let mut cmd = help::command(lang);
    // Builds the groups clap adds only when used, so the page lists them all.
    cmd.build();
    if let Some(dir) = dir {
        return clap_mangen::generate_to(cmd, dir).map_err(|e| {
            fail!(
                "err-cli-man-dir",
                path = crate::text::inert(&dir.display().to_string()),
                reason = crate::files::io_reason(&e).to_string()
            )
        });
    }
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd)
        .render(&mut page)
        .map_err(|e| fail!("err-cli-stdout", reason = crate::files::io_reason(&e).to_string()))?;
    super::print(&String::from_utf8_lossy(&page))
}

/// The database a completion reads: `--db` is not seen by then, so
/// `FORA_DB` or the default. None when there is none yet: completing
/// never creates one.
fn database() -> Option<Store> {
    let path = std::env::var_os("FORA_DB")
        .map(PathBuf::from)
        .or_else(crate::paths::default_database)?;
    path.is_file().then(|| Store::open(&path).ok()).flatten()
}

fn starting_with(
    current: &std::ffi::OsStr,
    words: impl IntoIterator<Item = String>,
) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy().to_lowercase();
    words
        .into_iter()
        .filter(|w| w.to_lowercase().starts_with(&current))
        .map(|w| CompletionCandidate::new(OsString::from(w)))
        .collect()
}

fn forum_ids() -> Vec<String> {
    database()
        .and_then(|store| store.catalog().ok())
        .map(|catalog| catalog.forums.into_iter().map(|f| f.id).collect())
        .unwrap_or_default()
}

/// Completes a forum id.
fn forum() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &std::ffi::OsStr| starting_with(current, forum_ids()))
}

/// Completes a meeting named `FORUM DATE`: the forum first, then "latest"
/// or the date of one of its newest meetings.
fn meeting() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &std::ffi::OsStr| {
        let forums = forum_ids();
        let Some(forum) = previous_word().filter(|w| forums.contains(w)) else {
            return starting_with(current, forums);
        };
        let mut words = vec!["latest".to_string(), "senaste".to_string()];
        if let Some(store) = database() {
            let page = crate::store::listing::Page::first(50);
            let _ = store.each_meeting_summary::<crate::store::StoreError>(Some(&forum), page, |m| {
                words.push(m.date);
                Ok(())
            });
        }
        words.dedup();
        starting_with(current, words)
    })
}

/// The word before the one being completed. clap's completer sees only the
/// current word (and counts a second value of `FORUM DATE` as the first), so
/// this reads the words the shell handed over: `fora -- fora show FORUM ''`,
/// the current one at `_CLAP_COMPLETE_INDEX` (bash, zsh) or last (fish).
fn previous_word() -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    let words = &args[args.iter().position(|a| a == "--")? + 1..];
    let current = match std::env::var("_CLAP_COMPLETE_INDEX") {
        Ok(index) => index.parse::<usize>().ok()?,
        Err(_) => words.len().checked_sub(1)?,
    };
    words.get(current.checked_sub(1)?).cloned()
}
