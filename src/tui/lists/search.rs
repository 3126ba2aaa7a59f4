//! Search (`S` from home): a line to type words into and, as they are
//! typed, the agenda items and entries of every meeting that hold them,
//! the words found highlighted; Enter opens the meeting at the selected hit.

use crate::i18n::tr;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Span;

use crate::i18n::Lang;
use crate::store::Store;
use crate::store::search::{SearchFilter, SearchHit, words};
use crate::text::inert;

use super::listing::{self, Common, Cursor, Outcome, Page};
use crate::tui::app::App;
use crate::tui::common::fit_spans;
use crate::tui::theme::Theme;

/// Enough hits to read through; a longer list asks for more words.
const LIMIT: usize = 200;

#[derive(Default)]
pub struct SearchScreen {
    query: String,
    hits: Vec<SearchHit>,
    cursor: Cursor,
    /// Why the last search failed, made inert.
    error: Option<String>,
    /// Text was pasted and not searched for yet.
    pasted: bool,
}

impl SearchScreen {
    pub fn new() -> SearchScreen {
        SearchScreen::default()
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn hits(&self) -> &[SearchHit] {
        &self.hits
    }

    pub fn selected(&self) -> Option<&SearchHit> {
        self.hits.get(self.cursor.selected()?)
    }

    pub fn set_area(&mut self, area: Rect) {
        let height = listing::visible_rows(area, true, false, 2);
        self.cursor.set_height(height, self.hits.len());
    }

    /// Runs the query as it stands. Text without a word to search for
    /// (empty, or only punctuation) shows no hits rather than an error.
    pub fn run(&mut self, store: &mut Store) {
        self.error = None;
        self.pasted = false;
        if words(&self.query).is_empty() {
            self.hits.clear();
        } else {
            let filter = SearchFilter {
                limit: LIMIT,
                ..SearchFilter::default()
            };
            match store.search(&self.query, &filter) {
                Ok(hits) => self.hits = hits,
                Err(e) => {
                    self.hits.clear();
                    self.error = Some(inert(&e.to_string()));
                }
            }
        }
        self.cursor = Cursor::new(self.hits.len());
    }

    /// Adds pasted text to the query, on one line; the search runs at the
    /// next [`SearchScreen::run_if_pasted`].
    pub fn paste(&mut self, text: &str) {
        self.query.push_str(&text.replace(['\n', '\r', '\t'], " "));
        self.pasted = true;
    }

    /// Runs the query if text was pasted since the last run; returns whether it ran.
    pub fn run_if_pasted(&mut self, store: &mut Store) -> bool {
        let pasted = self.pasted;
        if pasted {
            self.run(store);
        }
        pasted
    }

    pub fn key(&mut self, store: &mut Store, key: KeyEvent) -> Outcome {
        if let Some(common) = listing::common_key(key, true) {
            return match common {
                Common::Move(step) => {
                    self.cursor.apply(step, self.hits.len());
                    Outcome::Stay
                }
                Common::Open => self.selected().map_or(Outcome::Stay, |h| Outcome::OpenAt {
                    meeting: h.meeting_id,
                    entry: h.entry_id,
                    item: h.item.clone(),
                }),
                Common::Help => Outcome::Help,
                Common::Back => Outcome::Back,
                Common::Quit => Outcome::Quit,
            };
        }
        if key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return Outcome::Stay;
        }
        match key.code {
            KeyCode::Char(c) => {
                self.query.push(c);
                self.run(store);
            }
            KeyCode::Backspace => {
                self.query.pop();
                self.run(store);
            }
            _ => {}
        }
        Outcome::Stay
    }

    pub fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        let s = app.strings();
        let t = app.theme();
        let (list_title, empty) = if let Some(error) = &self.error {
            (s.search_title.to_string(), format!("{} {error}", s.search_failed))
        } else if words(&self.query).is_empty() {
            (s.search_title.to_string(), s.search_hint.to_string())
        } else {
            let hits = tr!(s.lang, "tui-hits", count = self.hits.len());
            (hits, s.no_hits.to_string())
        };
        let page = Page {
            s,
            theme: t,
            title: s.search_title,
            input: Some((s.search_prompt, &self.query)),
            list_title,
            headings: None,
            len: self.hits.len(),
            row_height: 2,
            cursor: &self.cursor,
            empty,
            keys: s.bar_search,
            message: None,
        };
        let row = |index: usize, width: usize| match self.hits.get(index) {
            Some(hit) => hit_lines(hit, app.lang(), s.agenda_item, t, width),
            None => vec![],
        };
        listing::render(&page, &row, area, buf);
    }
}

/// A hit as two lines: where (date, forum, kind, item), then the snippet.
fn hit_lines(
    hit: &SearchHit,
    lang: Lang,
    item_word: &str,
    t: &Theme,
    width: usize,
) -> Vec<Vec<Span<'static>>> {
    let kind = hit.kind.map_or(item_word, |k| k.label(lang));
    // The item title may be long; what was found and where come first.
    let place = vec![
        Span::styled(format!("{}  ", inert(&hit.date)), t.label),
        Span::raw(inert(&hit.forum)),
        Span::styled(format!(" · {kind} · "), t.muted),
        Span::raw(inert(&hit.item)),
    ];
    let mut text = vec![Span::raw("    ")];
    text.extend(snippet_spans(&hit.snippet, t));
    vec![fit_spans(place, width, true), fit_spans(text, width, true)]
}

/// The snippet with the words between « and » in the match style, without
/// the marks; the rest made inert and kept on one line.
pub fn snippet_spans(snippet: &str, t: &Theme) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut part = String::new();
    let mut inside = false;
    let mut flush = |part: &mut String, matched: bool| {
        if !part.is_empty() {
            let text = inert(&part.replace(['\n', '\r', '\t'], " "));
            let style = if matched { t.matched } else { Style::new() };
            spans.push(Span::styled(text, style));
            part.clear();
        }
    };
    for c in snippet.chars() {
        match c {
            '«' if !inside => {
                flush(&mut part, false);
                inside = true;
            }
            '»' if inside => {
                flush(&mut part, true);
                inside = false;
            }
            c => part.push(c),
        }
    }
    flush(&mut part, inside);
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marked_words_are_styled_and_the_marks_dropped() {
        let t = Theme::plain();
        let spans = snippet_spans("…av «Ändringen» i\nmiljön", &t);
        let texts: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["…av ", "Ändringen", " i miljön"]);
        assert_eq!(spans[1].style, t.matched);
        assert_eq!(spans[0].style, Style::new());
    }

    #[test]
    fn control_characters_in_a_snippet_are_inert() {
        let spans = snippet_spans("a\u{1b}[2J«b»", &Theme::plain());
        assert!(spans.iter().all(|s| !s.content.contains('\u{1b}')));
    }
}
