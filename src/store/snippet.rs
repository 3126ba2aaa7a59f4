//! The text around the words a search found, with those words marked
//! «like this». Cut here rather than by FTS5's `snippet()`: that reads each
//! hit's text again through the content table and tokenizes it in SQL, which
//! was a third of a whole `fora search` process with fifty hits.

use unicode_normalization::char::is_combining_mark;

use crate::text::fold;

/// At most this many words of a text are shown around the words found.
const WINDOW: usize = 16;

/// What one typed word matches, as the search index was asked for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// The whole words of the index that start with the typed word.
    Words(Vec<String>),
    /// Any word starting with this (more words than were worth listing).
    Prefix(String),
}

impl Term {
    fn matches(&self, folded: &str) -> bool {
        match self {
            Term::Words(words) => words.iter().any(|w| w == folded),
            Term::Prefix(prefix) => folded.starts_with(prefix.as_str()),
        }
    }
}

/// One word of the text: where it is, and which term it matched, if any.
struct Word {
    start: usize,
    end: usize,
    term: Option<usize>,
}

/// A word as the index holds it. Most words are plain ASCII, and lower-casing
/// those in place spares the Unicode decomposition that [`fold`] does.
fn fold_into(word: &str, folded: &mut String) {
    folded.clear();
    if word.is_ascii() {
        folded.push_str(word);
        folded.make_ascii_lowercase();
    } else {
        folded.push_str(&fold(word));
    }
}

/// Words as the index splits them: runs of letters and digits. Combining
/// marks stay inside a word, as folding drops them.
fn split(text: &str, terms: &[Term]) -> Vec<Word> {
    let in_word = |c: char| c.is_alphanumeric() || is_combining_mark(c);
    let mut words = Vec::new();
    let mut start = None;
    let mut folded = String::new();
    let ends = text
        .char_indices()
        .map(|(i, c)| (i, Some(c)))
        .chain([(text.len(), None)]);
    for (i, c) in ends {
        match (start, c.is_some_and(in_word)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                fold_into(&text[s..i], &mut folded);
                let term = terms.iter().position(|t| t.matches(&folded));
                words.push(Word {
                    start: s,
                    end: i,
                    term,
                });
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// The first window of [`WINDOW`] words holding the most different terms,
/// moved back so that some words before the first match show too.
fn best_window(words: &[Word], terms: usize) -> usize {
    let mut best = (0, 0);
    for (first, _) in words.iter().enumerate().filter(|(_, w)| w.term.is_some()) {
        let mut seen = vec![false; terms];
        for w in &words[first..words.len().min(first + WINDOW)] {
            if let Some(t) = w.term {
                seen[t] = true;
            }
        }
        let distinct = seen.iter().filter(|s| **s).count();
        if distinct > best.1 {
            best = (first, distinct);
        }
    }
    let (first, _) = best;
    let last_match = words[first..words.len().min(first + WINDOW)]
        .iter()
        .rposition(|w| w.term.is_some())
        .map_or(first, |i| first + i);
    // Half the words left over go before the first match.
    let spare = WINDOW.saturating_sub(last_match - first + 1);
    let start = first.saturating_sub(spare / 2);
    // Near the end of the text, fill the window from the front.
    start.min(words.len().saturating_sub(WINDOW))
}

/// Up to [`WINDOW`] words of `text` around the words matching `terms`,
/// those words between « and », "…" where text was left out.
pub fn snippet(text: &str, terms: &[Term]) -> String {
    let words = split(text, terms);
    if words.is_empty() {
        return text.to_string();
    }
    let start = best_window(&words, terms.len());
    let end = words.len().min(start + WINDOW);
    let mut out = String::with_capacity(text.len().min(256) + 8);
    let mut at = if start == 0 {
        0
    } else {
        out.push('…');
        words[start].start
    };
    for w in &words[start..end] {
        if w.term.is_some() {
            out.push_str(&text[at..w.start]);
            out.push('«');
            out.push_str(&text[w.start..w.end]);
            out.push('»');
            at = w.end;
        }
    }
    if end == words.len() {
        out.push_str(&text[at..]);
    } else {
        out.push_str(&text[at..words[end - 1].end]);
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Term, snippet};

    fn words(list: &[&str]) -> Term {
        Term::Words(list.iter().map(|w| w.to_string()).collect())
    }

    #[test]
    fn the_found_words_are_marked_whatever_their_diacritics_or_case() {
        let terms = [words(&["andringen", "andringar"])];
        assert_eq!(
            snippet("Ändringen av inloggningen godkänns.", &terms),
            "«Ändringen» av inloggningen godkänns."
        );
        assert_eq!(
            snippet("Två ändringar, och en ÄNDRINGAR till", &terms),
            "Två «ändringar», och en «ÄNDRINGAR» till"
        );
    }

    #[test]
    fn a_prefix_marks_every_word_it_begins() {
        let terms = [Term::Prefix("incident".into())];
        assert_eq!(
            snippet("Incidenthantering: tre incidenter", &terms),
            "«Incidenthantering»: tre «incidenter»"
        );
    }

    #[test]
    fn a_long_text_is_cut_around_the_words_found() {
        let text = (1..=40).map(|n| format!("ord{n}")).collect::<Vec<_>>().join(" ");
        let text = text.replace("ord30", "vitet");
        let got = snippet(&text, &[words(&["vitet"])]);
        assert!(got.starts_with('…') && got.ends_with('…'), "{got}");
        assert!(got.contains("«vitet»"), "{got}");
        assert_eq!(got.split_whitespace().count(), 16, "{got}");
        // Words before the match show too, not only after it.
        assert!(got.contains("ord25"), "{got}");
        // At the end of a text the window is filled from the front.
        let end = snippet(&text, &[words(&["ord40"])]);
        assert!(end.starts_with("…ord25 ") && end.ends_with("«ord40»"), "{end}");
    }

    #[test]
    fn the_window_holding_the_most_different_words_wins() {
        let filler = vec!["x"; 20].join(" ");
        let text = format!("avtal {filler} avtal vite {filler}");
        let got = snippet(&text, &[words(&["avtal"]), words(&["vite"])]);
        assert!(got.contains("«avtal» «vite»"), "{got}");
        assert!(got.starts_with('…'), "{got}");
    }

    #[test]
    fn decomposed_letters_stay_one_word() {
        let text = "A\u{308}ndring godka\u{308}nns";
        assert_eq!(
            snippet(text, &[words(&["andring"])]),
            "«A\u{308}ndring» godka\u{308}nns"
        );
    }

    #[test]
    fn text_without_words_is_shown_as_it_is() {
        assert_eq!(snippet("— ? —", &[words(&["x"])]), "— ? —");
        assert_eq!(snippet("", &[words(&["x"])]), "");
    }
}
