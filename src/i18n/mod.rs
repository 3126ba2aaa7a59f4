//! The two languages of fora and the one catalogue of every word the user
//! sees: `assets/i18n/sv/*.ftl` and `assets/i18n/en/*.ftl` (Project Fluent),
//! kept as files a translator can edit and embedded in the binary.
//!
//! Screens and output call [`tr!`] with the user's [`Lang`]. Errors are typed
//! and render their message with [`Message`] in the language of the thread
//! ([`set_lang`]), so `{e}` reads the same words wherever it is printed.

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;
use std::sync::OnceLock;

pub mod texts;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

pub use fluent_bundle::FluentArgs;

/// Includes one file of each language's catalogue folder, `assets/i18n/<lang>/`.
macro_rules! catalogue_files {
    ($($file:literal),+ $(,)?) => {
        /// The catalogue of each language, one file per part of fora, in the
        /// order of [`Lang::ALL`]: `(file name, text)`.
        pub const CATALOGUES: [(Lang, &[(&str, &str)]); 2] = [
            (Lang::Sv, &[$(($file, include_str!(concat!("../../assets/i18n/sv/", $file)))),+]),
            (Lang::En, &[$(($file, include_str!(concat!("../../assets/i18n/en/", $file)))),+]),
        ];
    };
}

// A new file here needs the same name in both folders.
catalogue_files![
    "cli.ftl",
    "tui.ftl",
    "review.ftl",
    "review-folder.ftl",
    "protocol.ftl",
    "domain.ftl",
    "output.ftl",
    "help.ftl",
    "errors.ftl",
    "keys.ftl",
    "justering.ftl",
    "people.ftl",
    "slips.ftl",
    "windows.ftl",
    "reports.ftl",
    "inbox.ftl",
    "tools.ftl",
    "protocol-parts.ftl",
    "edges.ftl",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, clap::ValueEnum)]
pub enum Lang {
    #[default]
    Sv,
    En,
}

type Bundle = FluentBundle<FluentResource>;

/// How many files each language's catalogue has.
const FILES: usize = CATALOGUES[0].1.len();

/// Each file of each catalogue, parsed the first time one of its keys is
/// asked for: a command that prints a table needs only the words of tables.
/// The files are part of the binary: one that does not parse is a build
/// mistake, which the tests catch before it ships.
static BUNDLES: [[OnceLock<Bundle>; FILES]; 2] = [const { [const { OnceLock::new() }; FILES] }; 2];

fn bundle(lang: Lang, (name, source): (&str, &str)) -> Bundle {
    let tag = lang
        .code()
        .parse()
        .unwrap_or_else(|_| panic!("{} is a language tag", lang.code()));
    let mut bundle = Bundle::new_concurrent(vec![tag]);
    // The marks Fluent puts around arguments for right-to-left scripts would
    // show as stray characters in a terminal and in exported files.
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(_, errors)| {
        panic!("assets/i18n/{}/{name} does not parse: {errors:?}", lang.code())
    });
    bundle
        .add_resource(resource)
        .unwrap_or_else(|errors| panic!("assets/i18n/{}/{name} repeats a key: {errors:?}", lang.code()));
    bundle
}

/// Whether a Fluent file defines the message `key`: a line `key = …`.
fn defines(source: &str, key: &str) -> bool {
    source.match_indices(key).any(|(at, _)| {
        (at == 0 || source.as_bytes()[at - 1] == b'\n')
            && source[at + key.len()..].trim_start_matches(' ').starts_with('=')
    })
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Sv, Lang::En];

    /// The language tag: `sv` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// The text of `key` in this language, with `args` put in. A key missing
    /// from the catalogue shows as the key itself (the tests make sure none is).
    pub fn format(self, key: &str, args: Option<&FluentArgs>) -> String {
        let Some(bundle) = self.bundle_of(key) else {
            debug_assert!(false, "no key {key} in assets/i18n/{}/", self.code());
            return key.to_owned();
        };
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            debug_assert!(false, "no key {key} in assets/i18n/{}/", self.code());
            return key.to_owned();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        debug_assert!(
            errors.is_empty(),
            "{key} in assets/i18n/{}/: {errors:?}",
            self.code()
        );
        text.into_owned()
    }

    /// The text of `key`, which takes no arguments, kept for the life of the
    /// program: for labels and headings that many rows or calls show.
    pub fn text(self, key: &'static str) -> &'static str {
        texts::label(self, key)
    }

    /// Whether the catalogue of this language has `key`.
    pub fn has(self, key: &str) -> bool {
        self.bundle_of(key).is_some_and(|bundle| bundle.has_message(key))
    }

    /// The parsed file of this language's catalogue that defines `key`.
    fn bundle_of(self, key: &str) -> Option<&'static Bundle> {
        let (_, files) = CATALOGUES[self as usize];
        let at = files.iter().position(|(_, source)| defines(source, key))?;
        Some(BUNDLES[self as usize][at].get_or_init(|| bundle(self, files[at])))
    }
}

/// The text of a catalogue key in a language, with named arguments:
/// `tr!(lang, "written-to", path = path.display().to_string())`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $key:literal) => {
        $lang.format($key, None)
    };
    ($lang:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $(args.set(stringify!($name), $crate::i18n::arg($value));)+
        $lang.format($key, Some(&args))
    }};
}
pub use crate::tr;

/// Turns a value into a Fluent argument: text as text, numbers as numbers
/// (so the catalogue can choose a plural form by them).
pub fn arg<'a>(value: impl Into<Arg<'a>>) -> FluentValue<'a> {
    match value.into() {
        Arg::Text(text) => FluentValue::String(text),
        Arg::Number(n) => FluentValue::from(n),
    }
}

/// A value passed to a catalogue text.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s.as_str()))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}
macro_rules! number_arg {
    ($($t:ty),+) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )+};
}
number_arg!(i32, i64, u32, u64, usize);

thread_local! {
    static THREAD_LANG: Cell<Lang> = const { Cell::new(Lang::Sv) };
}

/// Sets the language errors are written in on this thread: the CLI and the
/// terminal UI set it once from `--lang`.
pub fn set_lang(lang: Lang) {
    THREAD_LANG.with(|l| l.set(lang));
}

/// The language errors are written in on this thread (Swedish unless set).
pub fn lang() -> Lang {
    THREAD_LANG.with(Cell::get)
}

/// A catalogue key with its arguments, written out when displayed. Typed
/// errors turn into one of these; the CLI uses it for its own refusals.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    key: &'static str,
    args: Vec<(&'static str, Arg<'static>)>,
}

impl Message {
    pub fn new(key: &'static str) -> Message {
        Message {
            key,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg<'static>>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The text in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        if self.args.is_empty() {
            return lang.format(self.key, None);
        }
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            args.set(*name, arg(value.clone()));
        }
        lang.format(self.key, Some(&args))
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(lang()))
    }
}

impl std::error::Error for Message {}

/// An error of fora's own, in the catalogue's words: `return Err(fail!("key", name = value))`.
#[macro_export]
macro_rules! fail {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        ::anyhow::Error::new($crate::i18n::Message::new($key)$(.arg(stringify!($name), $value))*)
    };
}
pub use crate::fail;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_are_put_in_without_isolation_marks() {
        let text = tr!(Lang::En, "cli-written-to", path = "/tmp/svar.json");
        assert_eq!(text, "The response was written to /tmp/svar.json");
        assert!(!text.contains('\u{2068}'));
    }

    #[test]
    fn a_message_is_written_in_the_language_of_the_thread() {
        let message = Message::new("cli-no-data-dir");
        set_lang(Lang::En);
        let english = message.to_string();
        set_lang(Lang::Sv);
        let swedish = message.to_string();
        assert_ne!(english, swedish);
        assert!(english.contains("--db"), "{english}");
    }
}

#[cfg(test)]
mod catalogue_tests;
