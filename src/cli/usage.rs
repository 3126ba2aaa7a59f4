//! Mistakes on the command line that clap finds before fora runs. In English
//! clap's own message is printed; in Swedish the message is built from the
//! catalogue out of what clap found (the argument, the value, the choices).

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{Lang, Message};
use crate::text::inert;

/// Prints `e` in the user's language and gives clap's exit code (2 for a
/// mistake; help and version are printed by clap as they are).
pub fn report(e: clap::Error) -> ExitCode {
    let lang = lang_of(std::env::args_os(), std::env::var_os("FORA_LANG"));
    let help = matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if lang == Lang::En || help {
        e.exit();
    }
    crate::i18n::set_lang(lang);
    let _ = writeln!(std::io::stderr(), "fora: {}", message(&e));
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}

/// The language asked for, read from the raw arguments since clap could not
/// parse them: `--lang en`, `--lang=en`, else FORA_LANG, else Swedish.
pub fn lang_of(args: impl IntoIterator<Item = OsString>, env: Option<OsString>) -> Lang {
    let mut chosen = env;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == "--lang" {
            chosen = args.next();
        } else if let Some(value) = arg.to_str().and_then(|a| a.strip_prefix("--lang=")) {
            chosen = Some(value.into());
        }
    }
    match chosen {
        Some(code) if code == "en" => Lang::En,
        _ => Lang::Sv,
    }
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
    fn the_language_is_read_from_the_raw_arguments() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(lang_of(args(&["fora", "--lang", "en", "x"]), None), Lang::En);
        assert_eq!(lang_of(args(&["fora", "--lang=en"]), None), Lang::En);
        assert_eq!(lang_of(args(&["fora"]), Some("en".into())), Lang::En);
        assert_eq!(
            lang_of(args(&["fora", "--lang", "sv"]), Some("en".into())),
            Lang::Sv
        );
        assert_eq!(lang_of(args(&["fora", "--lang", "fr"]), None), Lang::Sv);
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
