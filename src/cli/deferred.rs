//! Subcommand groups that clap builds only when they are used.
//!
//! clap builds the whole command tree, every nested group's arguments and
//! help included, before it looks at what was typed; that was a tenth of a
//! `fora search` process. A group wrapped in [`Deferred`] adds its
//! subcommands only once its own command is the one being parsed, and puts
//! in their help texts then.

use clap::{ArgMatches, Command, Error, FromArgMatches, Subcommand};

/// A group of subcommands `T`, built when its parent command is used.
#[derive(Debug)]
pub struct Deferred<T>(pub T);

impl<T: FromArgMatches> FromArgMatches for Deferred<T> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, Error> {
        T::from_arg_matches(matches).map(Deferred)
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), Error> {
        self.0.update_from_arg_matches(matches)
    }
}

impl<T: Subcommand> Subcommand for Deferred<T> {
    fn augment_subcommands(cmd: Command) -> Command {
        cmd.defer(|cmd| super::help::localize_group(T::augment_subcommands(cmd)))
    }

    fn augment_subcommands_for_update(cmd: Command) -> Command {
        cmd.defer(|cmd| super::help::localize_group(T::augment_subcommands_for_update(cmd)))
    }

    fn has_subcommand(name: &str) -> bool {
        T::has_subcommand(name)
    }
}
