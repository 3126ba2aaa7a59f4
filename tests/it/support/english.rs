//! Finds English in a message meant to be Swedish: what the user typed or
//! the database holds is taken out first, then common English words are
//! looked for as whole words.

/// Words of English messages that Swedish text does not use. Words the two
/// languages share (forum, version, format, information, text, full, period,
/// argument) are left out.
const ENGLISH: &[&str] = &[
    "a",
    "already",
    "an",
    "and",
    "any",
    "approved",
    "are",
    "be",
    "been",
    "busy",
    "called",
    "can",
    "cannot",
    "candidates",
    "changed",
    "characters",
    "check",
    "checks",
    "closest",
    "column",
    "contain",
    "could",
    "create",
    "database",
    "denied",
    "did",
    "directory",
    "disk",
    "does",
    "empty",
    "error",
    "exist",
    "exists",
    "expected",
    "failed",
    "field",
    "file",
    "found",
    "given",
    "has",
    "have",
    "header",
    "invalid",
    "is",
    "it",
    "its",
    "line",
    "mean",
    "meeting",
    "missing",
    "more",
    "must",
    "name",
    "needs",
    "newer",
    "no",
    "nobody",
    "not",
    "nothing",
    "of",
    "one",
    "only",
    "open",
    "or",
    "permission",
    "please",
    "read",
    "required",
    "row",
    "should",
    "such",
    "than",
    "that",
    "the",
    "there",
    "this",
    "to",
    "try",
    "type",
    "unexpected",
    "unknown",
    "usage",
    "value",
    "values",
    "was",
    "which",
    "with",
    "write",
    "written",
    "you",
    "your",
];

/// The English words in `message`, once every piece of `data` (paths, names,
/// what the test typed) and everything in quotes is taken out.
pub fn english_words(message: &str, data: &[String]) -> Vec<String> {
    let mut text = message.to_string();
    let mut data: Vec<&String> = data.iter().filter(|d| !d.trim().is_empty()).collect();
    data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    for d in data {
        text = text.replace(d.as_str(), " ");
    }
    let text = without_quoted(&text);
    // A hyphen keeps a word whole: a-z, e-post and UTF-8-text are one word each.
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(|w| w.trim_matches('-').to_lowercase())
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect()
}

/// `text` without what stands between quotes (”…”, "…", `…`, '…') and without
/// the syntax of the command line: options such as --db or -o, and the
/// placeholders of its arguments such as <MEETING>.
fn without_quoted(text: &str) -> String {
    let mut out = String::new();
    let mut closing: Option<char> = None;
    for c in text.chars() {
        match closing {
            Some(end) if c == end => closing = None,
            Some(_) => {}
            None if matches!(c, '”' | '"' | '`' | '\'' | '“' | '<') => {
                closing = Some(match c {
                    '“' => '”',
                    '<' => '>',
                    _ => c,
                });
            }
            None => out.push(c),
        }
    }
    out.split_whitespace()
        .filter(|w| !w.starts_with('-'))
        .collect::<Vec<_>>()
        .join(" ")
}
