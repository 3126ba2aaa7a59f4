//! Mistakes on the command line that clap finds before fora runs. In English
//! clap's own message is printed; in Swedish the message is built from the
//! catalogue out of what clap found (the argument, the value, the choices).

use std::io::Write;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{Lang, Message};
use crate::text::inert;

/// Prints `e` in `lang` and exits with clap's exit code (2 for a mistake;
/// the version is printed by clap as it is).
pub fn report(e: clap::Error, lang: Lang) -> ! {
    if lang == Lang::En || e.kind() == ErrorKind::DisplayVersion {
        e.exit();
    }
    let _ = writeln!(std::io::stderr(), "fora: {}", message(&e));
    std::process::exit(e.exit_code())
}

/// The text of a context value, lists joined with commas.
fn text(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(inert(s)),
        ContextValue::Strings(list) => Some(list.iter().map(|s| inert(s)).collect::<Vec<_>>().join(", ")),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The message in the thread's language, with clap's suggestion if any.
pub fn message(e: &clap::Error) -> String {
    let arg = || text(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = || text(e, ContextKind::InvalidValue).unwrap_or_default();
    let m = Message::new;
    let main = match e.kind() {
        ErrorKind::InvalidValue => match text(e, ContextKind::ValidValue) {
            Some(valid) => m("err-usage-invalid-choice")
                .arg("arg", arg())
                .arg("value", value())
                .arg("valid", valid),
            None => m("err-usage-invalid-value")
                .arg("arg", arg())
                .arg("value", value()),
        },
        ErrorKind::ValueValidation => m("err-usage-invalid-value")
            .arg("arg", arg())
            .arg("value", value()),
        ErrorKind::UnknownArgument => m("err-usage-unknown-argument").arg("arg", arg()),
        ErrorKind::InvalidSubcommand => m("err-usage-unknown-subcommand").arg(
            "command",
            text(e, ContextKind::InvalidSubcommand).unwrap_or_default(),
        ),
        ErrorKind::MissingRequiredArgument => m("err-usage-missing-argument").arg("arg", arg()),
        ErrorKind::MissingSubcommand => m("err-usage-missing-subcommand").arg(
            "command",
            text(e, ContextKind::InvalidSubcommand).unwrap_or_default(),
        ),
        ErrorKind::ArgumentConflict => m("err-usage-conflict")
            .arg("arg", arg())
            .arg("prior", text(e, ContextKind::PriorArg).unwrap_or_default()),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            m("err-usage-number-of-values").arg("arg", arg())
        }
        _ => match text(e, ContextKind::InvalidArg) {
            Some(arg) => m("err-usage-other-at").arg("arg", arg),
            None => m("err-usage-other"),
        },
    };
    let suggestion = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .find_map(|kind| match e.get(kind)? {
        ContextValue::String(s) => Some(vec![s.clone()]),
        ContextValue::Strings(list) => Some(list.clone()),
        _ => None,
    })
    .map(|list| {
        list.iter()
            .map(|s| m("err-usage-quoted").arg("text", inert(s)).to_string())
            .collect::<Vec<_>>()
            .join(", ")
    });
    match suggestion {
        Some(s) => format!("{main}; {}", m("err-usage-did-you-mean").arg("suggestion", s)),
        None => format!("{main}\n{}", m("err-usage-help")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Cli;
    use clap::Parser;

    fn refused(args: &[&str]) -> String {
        crate::i18n::set_lang(Lang::Sv);
        message(&Cli::try_parse_from(args).expect_err("a mistake"))
    }

    #[test]
    fn clap_mistakes_are_told_in_swedish() {
        assert_eq!(
            refused(&["fora", "--lang", "fr"]),
            "ogiltigt värde ”fr” för --lang <LANG>; möjliga värden: sv, en\nSe fora --help."
        );
        assert!(refused(&["fora", "--bogus"]).starts_with("okänt argument ”--bogus”"));
        assert!(
            refused(&["fora", "forumz"])
                .contains("okänt underkommando ”forumz”; menade du ”forums”, ”forum”?")
        );
        assert!(refused(&["fora", "who"]).starts_with("ett argument som krävs saknas: <FORUM>"));
        assert!(
            refused(&["fora", "demo", "--years", "many"]).starts_with("ogiltigt värde ”many” för --years")
        );
    }
}
