//! The state of the terminal UI: what was loaded at start, what is selected,
//! and the actions that change it. Nothing here draws or reads keys.

use chrono::NaiveDate;

use crate::catalog::{Catalog, Forum};
use crate::i18n::Lang;
use crate::store::catalog::RosterSeat;
use crate::store::{Result, Store};

use super::strings::Strings;
use super::theme::Theme;

/// Everything a key can ask the home screen to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    SelectPrevious,
    SelectNext,
    SelectFirst,
    SelectLast,
    ScrollDetailUp,
    ScrollDetailDown,
    Quit,
}

/// One line of the forum list: an area heading or a forum under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// The area number; its name is looked up in the catalogue when drawn.
    Area(u8),
    /// Index into `Catalog::forums`.
    Forum(usize),
}

/// How much of the detail pane the last frame showed, reported by the event
/// loop after drawing so that paging knows the page size and where it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DetailViewport {
    /// Lines visible in the pane.
    pub height: usize,
    /// Lines the selected forum's details take in all.
    pub lines: usize,
}

pub struct App {
    lang: Lang,
    strings: &'static Strings,
    theme: Theme,
    today: NaiveDate,
    catalog: Catalog,
    /// The roster of each forum on `today`, parallel to `catalog.forums`.
    /// Loaded once: the home screen does not change who holds a role.
    rosters: Vec<Vec<RosterSeat>>,
    rows: Vec<Row>,
    /// Index into `rows`; always a `Row::Forum`, `None` only without forums.
    selected: Option<usize>,
    detail_scroll: usize,
    viewport: DetailViewport,
    quit: bool,
}

impl App {
    /// Loads the catalogue and every forum's roster on `today`. The date is
    /// a parameter so that tests see the same holders every day.
    pub fn new(store: &Store, lang: Lang, today: NaiveDate) -> Result<App> {
        let catalog = store.catalog()?;
        let date = today.format("%Y-%m-%d").to_string();
        let rosters = catalog
            .forums
            .iter()
            .map(|f| store.roster(&f.id, &date))
            .collect::<Result<Vec<_>>>()?;
        let rows = rows_by_area(&catalog);
        let selected = rows.iter().position(|r| matches!(r, Row::Forum(_)));
        Ok(App {
            lang,
            strings: Strings::for_lang(lang),
            theme: Theme::from_env(),
            today,
            catalog,
            rosters,
            rows,
            selected,
            detail_scroll: 0,
            viewport: DetailViewport::default(),
            quit: false,
        })
    }

    /// Replaces the theme chosen from the environment, e.g. in tests.
    pub fn with_theme(mut self, theme: Theme) -> App {
        self.theme = theme;
        self
    }

    pub fn update(&mut self, action: Action) {
        match action {
            Action::SelectPrevious => {
                let before = self.selected.unwrap_or(0);
                let found = self.rows[..before].iter().rposition(is_forum);
                self.select(found);
            }
            Action::SelectNext => {
                let from = self.selected.map_or(0, |i| i + 1);
                let found = self.rows[from..].iter().position(is_forum).map(|i| i + from);
                self.select(found);
            }
            Action::SelectFirst => self.select(self.rows.iter().position(is_forum)),
            Action::SelectLast => self.select(self.rows.iter().rposition(is_forum)),
            Action::ScrollDetailUp => {
                self.detail_scroll = self.detail_scroll.saturating_sub(self.page());
            }
            Action::ScrollDetailDown => {
                self.detail_scroll = (self.detail_scroll + self.page()).min(self.max_scroll());
            }
            Action::Quit => self.quit = true,
        }
    }

    /// Moves the selection to another forum; at either end it stays put.
    fn select(&mut self, row: Option<usize>) {
        if row.is_some() && row != self.selected {
            self.selected = row;
            self.detail_scroll = 0;
        }
    }

    /// One page less a line, so the reader keeps a line of context.
    fn page(&self) -> usize {
        self.viewport.height.saturating_sub(1).max(1)
    }

    fn max_scroll(&self) -> usize {
        self.viewport.lines.saturating_sub(self.viewport.height)
    }

    /// Tells the app how the detail pane was last drawn (see [`DetailViewport`]).
    pub fn set_detail_viewport(&mut self, viewport: DetailViewport) {
        self.viewport = viewport;
        self.detail_scroll = self.detail_scroll.min(self.max_scroll());
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn strings(&self) -> &'static Strings {
        self.strings
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    pub fn today(&self) -> NaiveDate {
        self.today
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// The index in [`App::rows`] of the selected forum.
    pub fn selected_row(&self) -> Option<usize> {
        self.selected
    }

    /// The index in `Catalog::forums` of the selected forum.
    pub fn selected_index(&self) -> Option<usize> {
        match self.rows.get(self.selected?)? {
            Row::Forum(i) => Some(*i),
            Row::Area(_) => None,
        }
    }

    pub fn selected_forum(&self) -> Option<&Forum> {
        self.catalog.forums.get(self.selected_index()?)
    }

    /// The roster of the forum at `index` in `Catalog::forums` on [`App::today`].
    pub fn roster(&self, index: usize) -> &[RosterSeat] {
        self.rosters.get(index).map_or(&[], Vec::as_slice)
    }

    /// How many lines the detail pane is scrolled down.
    pub fn detail_scroll(&self) -> usize {
        self.detail_scroll
    }
}

fn is_forum(row: &Row) -> bool {
    matches!(row, Row::Forum(_))
}

/// The list of the left pane: each area's heading followed by its forums in
/// catalogue order. A forum whose area is missing from the catalogue (only
/// possible in a hand-edited database) still gets a heading, so that it can be
/// reached.
fn rows_by_area(catalog: &Catalog) -> Vec<Row> {
    let mut areas: Vec<u8> = catalog.areas.iter().map(|a| a.number).collect();
    for forum in &catalog.forums {
        if !areas.contains(&forum.area) {
            areas.push(forum.area);
        }
    }
    let mut rows = Vec::new();
    for area in areas {
        rows.push(Row::Area(area));
        rows.extend(
            catalog
                .forums
                .iter()
                .enumerate()
                .filter(|(_, f)| f.area == area)
                .map(|(i, _)| Row::Forum(i)),
        );
    }
    rows
}
