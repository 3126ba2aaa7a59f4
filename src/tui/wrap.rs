//! Word wrapping of styled text with a hanging indent, for list items and the
//! detail pane.
//!
//! ratatui's `Paragraph` wraps too, but it cannot indent continuation lines
//! and does not say how many lines it made; the detail pane needs both, to
//! line values up under their label and to know how far it may scroll.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// Columns the text takes on a terminal (wide characters count two).
pub fn width(text: &str) -> usize {
    Span::raw(text).width()
}

/// A run of text with one style inside a word.
struct Piece {
    text: String,
    style: Style,
}

/// Splits spans into words; a word may be made of several styled pieces
/// when two spans meet without whitespace between them ("Staden" + ":").
fn words(spans: &[Span<'_>]) -> Vec<Vec<Piece>> {
    let mut words = Vec::new();
    let mut current: Vec<Piece> = Vec::new();
    for span in spans {
        let mut text = String::new();
        for c in span.content.chars() {
            if c.is_whitespace() {
                if !text.is_empty() {
                    current.push(Piece {
                        text: std::mem::take(&mut text),
                        style: span.style,
                    });
                }
                if !current.is_empty() {
                    words.push(std::mem::take(&mut current));
                }
            } else {
                text.push(c);
            }
        }
        if !text.is_empty() {
            current.push(Piece {
                text,
                style: span.style,
            });
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// Lays `body` out in lines at most `max` columns wide. The first line starts
/// with `first`; the others with `indent` spaces. A word longer than a line is
/// broken between characters rather than cut off.
pub fn wrap(first: Vec<Span<'static>>, body: &[Span<'_>], indent: usize, max: usize) -> Vec<Line<'static>> {
    // At least one character must fit after the indent, or nothing would advance.
    let max = max.max(indent + 1);
    let mut lines = Vec::new();
    let mut used: usize = first.iter().map(Span::width).sum();
    let mut line = first;
    let mut line_has_words = false;

    let new_line = |lines: &mut Vec<Line<'static>>, line: &mut Vec<Span<'static>>| {
        lines.push(Line::from(std::mem::take(line)));
        line.push(Span::raw(" ".repeat(indent)));
        indent
    };

    for word in words(body) {
        let word_width: usize = word.iter().map(|p| width(&p.text)).sum();
        if line_has_words && used + 1 + word_width > max {
            used = new_line(&mut lines, &mut line);
            line_has_words = false;
        }
        if line_has_words {
            line.push(Span::raw(" "));
            used += 1;
        }
        if used + word_width <= max {
            for piece in word {
                line.push(Span::styled(piece.text, piece.style));
            }
            used += word_width;
        } else {
            // Too long for any line: fill this one and go on with the rest.
            for piece in word {
                let mut chunk = String::new();
                for c in piece.text.chars() {
                    let mut buf = [0; 4];
                    let w = width(c.encode_utf8(&mut buf));
                    let line_is_empty = used <= indent && chunk.is_empty() && !line_has_words;
                    if used + w > max && !line_is_empty {
                        if !chunk.is_empty() {
                            line.push(Span::styled(std::mem::take(&mut chunk), piece.style));
                        }
                        used = new_line(&mut lines, &mut line);
                        line_has_words = false;
                    }
                    chunk.push(c);
                    used += w;
                }
                if !chunk.is_empty() {
                    line.push(Span::styled(chunk, piece.style));
                }
            }
        }
        line_has_words = true;
    }
    lines.push(Line::from(line));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(lines: &[Line<'_>]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn continuation_lines_hang_under_the_indent() {
        let lines = wrap(
            vec![Span::raw("Syfte  ")],
            &[Span::raw(
                "Säkra att leveransen kontinuerligt uppfyller Stadens krav.",
            )],
            7,
            30,
        );
        assert_eq!(
            text(&lines),
            [
                "Syfte  Säkra att leveransen",
                "       kontinuerligt uppfyller",
                "       Stadens krav.",
            ]
        );
        assert!(lines.iter().all(|l| l.width() <= 30));
    }

    #[test]
    fn spans_without_space_between_stay_one_word() {
        let lines = wrap(
            vec![],
            &[Span::raw("aaaa bbb"), Span::raw(":"), Span::raw(" cc")],
            0,
            8,
        );
        assert_eq!(text(&lines), ["aaaa", "bbb: cc"]);
    }

    #[test]
    fn an_overlong_word_is_broken_not_lost() {
        let lines = wrap(vec![Span::raw("- ")], &[Span::raw("abcdefghij")], 2, 6);
        assert_eq!(text(&lines), ["- abcd", "  efgh", "  ij"]);
    }

    #[test]
    fn empty_body_keeps_the_first_line() {
        assert_eq!(text(&wrap(vec![Span::raw("x")], &[], 2, 10)), ["x"]);
    }
}
