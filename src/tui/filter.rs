//! Fuzzy matching for the forum filter and the pickers: case and diacritics
//! do not matter, so "andring" finds "Ändringskoordineringsforum".

use crate::text::fold;

/// How well `query` matches `text`, lower is better, or `None` for no match.
/// Both must already be folded with [`fold`]. Every word of the query must
/// be found; a word found at the start of the text ranks first, at the start
/// of a word next, anywhere after that, and as letters scattered within one
/// word last.
pub fn score_folded(query: &str, text: &str) -> Option<u8> {
    let mut worst = 0;
    for word in query.split_whitespace() {
        let rank = if text.starts_with(word) {
            0
        } else if text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.starts_with(word))
        {
            1
        } else if text.contains(word) {
            2
        } else if text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| is_subsequence(word, w))
        {
            // Letters scattered over several words match almost anything.
            3
        } else {
            return None;
        };
        worst = worst.max(rank);
    }
    Some(worst)
}

/// Like [`score_folded`] for text that is not folded yet.
pub fn score(query: &str, text: &str) -> Option<u8> {
    score_folded(&fold(query), &fold(text))
}

fn is_subsequence(needle: &str, haystack: &str) -> bool {
    let mut rest = haystack.chars();
    needle.chars().all(|c| rest.any(|h| h == c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diacritics_and_case_are_ignored() {
        assert_eq!(score("andring", "Ändringskoordineringsforum"), Some(0));
        assert_eq!(score("ANDRING", "Avstämning kring förändringar"), Some(2));
        assert_eq!(score("lev forum", "Leveransforum"), Some(2));
    }

    #[test]
    fn scattered_letters_match_last_and_missing_ones_not_at_all() {
        assert_eq!(score("lvfrm", "Leveransforum"), Some(3));
        assert_eq!(score("xyz", "Leveransforum"), None);
        assert_eq!(
            score("lev", "Ledningsforum (affärsnivå)"),
            None,
            "not across words"
        );
        assert_eq!(score("", "Leveransforum"), Some(0));
    }
}
