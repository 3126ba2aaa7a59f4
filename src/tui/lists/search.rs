//! Search (`S` from home): a line to type words into and, as they are
//! typed, the agenda items and entries of every meeting that hold them,
//! the words found highlighted; Enter opens the meeting at the selected hit.

use crate::i18n::tr;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Span;

use std::collections::BTreeMap;

use crate::i18n::Lang;
use crate::store::search::{SearchCursor, SearchFilter, SearchHit, words};
use crate::store::{Result, Store};
use crate::text::inert;

use super::listing::{self, Common, Cursor, Outcome, Page};
use super::window::{Edge, STEP, Source, Window};
use crate::tui::app::App;
use crate::tui::common::fit_spans;
use crate::tui::theme::Theme;

/// A hit, and where the reading of hits stands before and after it.
pub struct Found {
    pub hit: SearchHit,
    before: SearchCursor,
    after: SearchCursor,
}

/// The hits of one query, newest first. They can only be read onwards, so
/// the place before every [`STEP`]th hit is kept for reading back.
pub struct Hits {
    query: String,
    marks: BTreeMap<usize, SearchCursor>,
}

impl Source for Hits {
    type Row = Found;

    /// Counting every hit would read them all; the list grows as it is read.
    fn count(&self, _: &Store) -> Result<Option<usize>> {
        Ok(None)
    }

    fn fetch(&mut self, store: &Store, edge: Edge<Found>, n: usize) -> Result<Vec<Found>> {
        let (from, index) = match edge {
            Edge::First => (SearchCursor::default(), 0),
            Edge::After(found, index) => (found.after, index + 1),
            Edge::From(found) => match self.marks.iter().find(|(_, c)| **c == found.before) {
                Some((&index, &from)) => (from, index),
                None => return Ok(Vec::new()),
            },
            Edge::Before(_, index) => {
                match index.checked_sub(n).and_then(|i| Some((*self.marks.get(&i)?, i))) {
                    Some(mark) => mark,
                    None => return Ok(Vec::new()),
                }
            }
            Edge::Last => return Ok(Vec::new()),
        };
        let read = store.search_window(&self.query, &SearchFilter::default(), &from, n)?;
        let mut before = from;
        let mut rows = Vec::with_capacity(read.len());
        for (k, (hit, after)) in read.into_iter().enumerate() {
            if (index + k) % STEP == 0 {
                self.marks.insert(index + k, before);
            }
            rows.push(Found { hit, before, after });
            before = after;
        }
        Ok(rows)
    }
}

#[derive(Default)]
pub struct SearchScreen {
    query: String,
    hits: Option<Window<Hits>>,
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

    /// The hits held now, and the index of the first: a window of them.
    pub fn held(&self) -> (usize, &[Found]) {
        self.hits.as_ref().map_or((0, &[]), Window::held)
    }

    fn len(&self) -> usize {
        self.hits.as_ref().map_or(0, Window::len)
    }

    pub fn selected(&self) -> Option<&SearchHit> {
        let index = self.cursor.selected()?;
        Some(&self.hits.as_ref()?.get(index)?.hit)
    }

    pub fn set_area(&mut self, area: Rect) {
        let height = listing::visible_rows(area, true, false, 2);
        self.cursor.set_height(height, self.len());
    }

    /// Runs the query as it stands. Text without a word to search for
    /// (empty, or only punctuation) shows no hits rather than an error.
    pub fn run(&mut self, store: &mut Store) {
        self.error = None;
        self.pasted = false;
        self.hits = None;
        if !words(&self.query).is_empty() {
            let hits = Hits {
                query: self.query.clone(),
                marks: BTreeMap::new(),
            };
            match Window::open(store, hits) {
                Ok(hits) => self.hits = Some(hits),
                Err(e) => self.error = Some(inert(&e.to_string())),
            }
        }
        self.cursor = Cursor::new(self.len());
    }

    /// Moves the selection, reading the hits it comes to.
    fn step(&mut self, store: &Store, step: listing::Move) {
        self.cursor.apply(step, self.len());
        let around = self.cursor.around(self.len());
        if let Some(hits) = self.hits.as_mut()
            && let Err(e) = hits.show(store, around)
        {
            self.error = Some(inert(&e.to_string()));
        }
        // Reading on may find that there were no more.
        self.cursor.select(self.cursor.selected(), self.len());
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
                    self.step(store, step);
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
            let hits = match &self.hits {
                Some(hits) if hits.open_ended() => {
                    tr!(s.lang, "tui-hits-at-least", count = hits.len() - 1)
                }
                _ => tr!(s.lang, "tui-hits", count = self.len()),
            };
            (hits, s.no_hits.to_string())
        };
        let page = Page {
            s,
            theme: t,
            title: s.search_title,
            input: Some((s.search_prompt, &self.query)),
            list_title,
            headings: None,
            len: self.len(),
            row_height: 2,
            cursor: &self.cursor,
            empty,
            keys: s.bar_search,
            message: None,
        };
        let row = |index: usize, width: usize| match self.hits.as_ref().and_then(|h| h.get(index)) {
            Some(found) => hit_lines(&found.hit, app.lang(), s.agenda_item, t, width),
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
    let kind = match (hit.kind, &hit.reference) {
        (Some(k), Some(reference)) => format!("{} {}", k.label(lang), inert(reference)),
        (Some(k), None) => k.label(lang).to_string(),
        (None, _) => item_word.to_string(),
    };
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
