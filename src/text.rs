//! Text helpers shared by every part of fora: folding for name matching, and
//! making untrusted text inert before it reaches a terminal.

pub mod json;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lower case without diacritics, so that "Ändring" and "andring" compare equal.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words of a name, folded: "Arkitektur- och säkerhetsforum" gives
/// ["arkitektur", "och", "sakerhetsforum"].
pub fn folded_words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Characters that must never reach a terminal raw: C0 and C1 controls, DEL,
/// the bidirectional marks and overrides that reorder what a reader sees,
/// zero-width characters that hide text or break alignment, and the line and
/// paragraph separators that some terminals and editors break lines on.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// Makes text from files, databases or other people safe to print on one line:
/// every control character becomes a visible, inert stand-in.
pub fn inert(text: &str) -> String {
    if !text.chars().any(is_unsafe) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_inert(&mut out, c);
    }
    out
}

/// Like [`inert`], but keeps line breaks and tabs for multi-line text.
pub fn inert_multiline(text: &str) -> String {
    if !text.chars().any(|c| c != '\n' && c != '\t' && is_unsafe(c)) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c == '\n' || c == '\t' {
            out.push(c);
        } else {
            push_inert(&mut out, c);
        }
    }
    out
}

fn push_inert(out: &mut String, c: char) {
    match c {
        // C0 controls have printable "control pictures" (U+2400..U+241F).
        '\u{0}'..='\u{1F}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('?')),
        '\u{7F}' => out.push('\u{2421}'),
        c if is_unsafe(c) => out.push_str(&format!("<U+{:04X}>", c as u32)),
        c => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_removes_case_and_diacritics() {
        assert_eq!(fold("Ändringskoordineringsforum"), "andringskoordineringsforum");
        assert_eq!(fold("Säkerhetsansvarig ÅÄÖ"), "sakerhetsansvarig aao");
    }

    #[test]
    fn words_split_on_punctuation() {
        assert_eq!(
            folded_words("Arkitektur- och säkerhetsforum (IT-miljön)"),
            ["arkitektur", "och", "sakerhetsforum", "it", "miljon"]
        );
    }

    #[test]
    fn inert_text_has_no_escape_left() {
        let hostile = "a\u{1b}]52;c;aGVsbG8=\u{7}b\u{9b}2J\u{202E}c";
        let shown = inert(hostile);
        assert!(!shown.chars().any(is_unsafe), "{shown:?}");
        assert!(shown.starts_with('a') && shown.ends_with('c'));
        assert_eq!(inert("Ledningsforum"), "Ledningsforum");
        assert_eq!(
            inert_multiline("rad 1\nrad 2\u{1b}[2J"),
            "rad 1\nrad 2\u{241b}[2J"
        );
    }
}
