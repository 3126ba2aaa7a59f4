//! The state of the terminal UI: the home screen (what was loaded at start,
//! what is selected, the filter), the list screen and the meeting screen
//! stacked on it, and the home actions that change it. Nothing here draws;
//! keys that need the store are handled in `events.rs` and `lists/screens.rs`.

use std::path::PathBuf;

use chrono::{DateTime, Local, NaiveDate};

use crate::catalog::{Catalog, Forum};
use crate::i18n::Lang;
use crate::store::catalog::RosterSeat;
use crate::store::drafts::Unfinished;
use crate::store::meetings::MeetingSummary;
use crate::store::{Result, Store};
use crate::text::fold;

use super::export_popup::ExportPopup;
use super::filter::score_folded;
pub use super::lists::screens::{Screen, ScreenKind};
use super::meeting::MeetingScreen;
use super::overview::{self, ForumOverview};
use super::picker::MeetingPicker;
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
    /// Start typing the forum filter (`/`).
    Filter,
    /// Show the meetings of the selected forum: start one or open one.
    Open,
    /// Open a list screen; it is read from the store, so `App::handle_key` does it.
    Show(ScreenKind),
    Help,
    /// Back: clears the filter if there is one, else quits.
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
    pub(super) lang: Lang,
    pub(super) strings: &'static Strings,
    pub(super) theme: Theme,
    today: NaiveDate,
    catalog: Catalog,
    /// The roster of each forum on `today`, parallel to `catalog.forums`.
    /// Loaded once: the home screen does not change who holds a role.
    rosters: Vec<Vec<RosterSeat>>,
    /// Today's meetings, newest first; read again when a meeting screen
    /// closes. A forum's earlier meetings are read when its picker opens, so
    /// that starting fora does not count the entries of the whole archive.
    pub(super) today_meetings: Vec<MeetingSummary>,
    /// Meetings going on or with drafts waiting; home offers the first back.
    pub(super) unfinished: Vec<Unfinished>,
    /// How each forum stands, parallel to `catalog.forums`; read again when
    /// a meeting closes or a list screen changed an action, never per key.
    pub(super) overview: Vec<ForumOverview>,
    rows: Vec<Row>,
    /// Index into `rows`; always a `Row::Forum`, `None` only without forums.
    selected: Option<usize>,
    detail_scroll: usize,
    viewport: DetailViewport,
    /// The forum filter as typed, and whether keys go to it.
    filter: String,
    pub(super) filter_editing: bool,
    pub(super) picker: Option<MeetingPicker>,
    /// The list screen in front of home, if any; a meeting opened from it
    /// goes over it, and it is back when the meeting closes.
    pub(super) screen: Option<Screen>,
    /// The open meeting, drawn over the home screen, which keeps its state.
    pub(super) meeting: Option<Box<MeetingScreen>>,
    /// The popup over the meeting that exports its protocol.
    pub(super) export: Option<ExportPopup>,
    /// Where exported protocols go; the current directory when `None`.
    pub(super) export_dir: Option<PathBuf>,
    pub(super) help: bool,
    /// How far the help is scrolled, and how far it can be at the size it
    /// was last drawn (the help is drawn from `&App`, hence the cell).
    pub(super) help_scroll: u16,
    pub(super) help_max_scroll: std::cell::Cell<u16>,
    /// A failure to report on the home screen, e.g. a meeting that would not start.
    pub(super) message: Option<String>,
    /// The time of the last event, for clocks; set by the caller, never read from the system here.
    pub(super) now: Option<DateTime<Local>>,
    pub(super) quit: bool,
    /// The last frame was too small for the screen, which then showed only
    /// "enlarge the window": keys do nothing until it is large enough again.
    pub(super) too_small: bool,
    /// This fora as a meeting-lock holder ("pid@host").
    pub(super) me: String,
    /// Who uses this fora, as a second one names them in its banner.
    pub(super) person: String,
    /// The meeting this fora records, whose lock it holds, and when the
    /// lock was last renewed; or when a read-only meeting was last read.
    pub(super) lock: Option<HeldLock>,
}

/// The lock on the open meeting, renewed while the meeting screen is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct HeldLock {
    pub meeting_id: i64,
    pub renewed_at: DateTime<Local>,
}

/// Every forum's roster on `date`, parallel to `catalog.forums`.
fn rosters_on(store: &Store, catalog: &Catalog, date: &str) -> Result<Vec<Vec<RosterSeat>>> {
    catalog.forums.iter().map(|f| store.roster(&f.id, date)).collect()
}

impl App {
    /// Loads the catalogue and every forum's roster on `today`. The date is
    /// a parameter so that tests see the same holders every day.
    pub fn new(store: &Store, lang: Lang, today: NaiveDate) -> Result<App> {
        let catalog = store.catalog()?;
        let date = today.format("%Y-%m-%d").to_string();
        let rosters = rosters_on(store, &catalog, &date)?;
        let today_meetings = store.meetings_of_day(&date)?;
        let unfinished = store.unfinished()?;
        let overview = overview::load(store, &catalog, today)?;
        let rows = rows_by_area(&catalog, "");
        // After a crash the forum of the meeting left going on comes first,
        // so that Enter goes straight back to it.
        let waiting = unfinished
            .first()
            .and_then(|u| catalog.forums.iter().position(|f| f.id == u.forum_id));
        let selected = waiting
            .and_then(|f| rows.iter().position(|r| *r == Row::Forum(f)))
            .or_else(|| rows.iter().position(|r| matches!(r, Row::Forum(_))));
        Ok(App {
            lang,
            strings: Strings::for_lang(lang),
            theme: Theme::from_env(),
            today,
            catalog,
            rosters,
            today_meetings,
            unfinished,
            overview,
            rows,
            selected,
            detail_scroll: 0,
            viewport: DetailViewport::default(),
            filter: String::new(),
            filter_editing: false,
            picker: None,
            screen: None,
            meeting: None,
            export: None,
            export_dir: None,
            help: false,
            help_scroll: 0,
            help_max_scroll: std::cell::Cell::new(0),
            message: None,
            now: None,
            quit: false,
            too_small: false,
            me: crate::store::locks::this_process(),
            person: crate::store::locks::this_person(),
            lock: None,
        })
    }

    /// Replaces the theme chosen from the environment, e.g. in tests.
    pub fn with_theme(mut self, theme: Theme) -> App {
        self.theme = theme;
        self
    }

    /// Names this fora as a lock holder, e.g. to play two of them in one test.
    pub fn with_holder_name(mut self, me: &str) -> App {
        self.me = me.to_string();
        self
    }

    /// Names the person using this fora, as another fora shows them.
    pub fn with_person_name(mut self, person: &str) -> App {
        self.person = person.to_string();
        self
    }

    /// Writes exported protocols into `dir` instead of the current directory.
    pub fn with_export_dir(mut self, dir: Option<PathBuf>) -> App {
        self.export_dir = dir;
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
            Action::Filter => self.filter_editing = true,
            // Need the store: `handle_key` opens the picker or the screen
            // before it gets here.
            Action::Open | Action::Show(_) => {}
            Action::Help => self.help = true,
            // Going back from a filtered list shows all forums again first.
            Action::Quit if !self.filter.is_empty() => self.set_filter(String::new()),
            Action::Quit => self.quit = true,
        }
    }

    /// Shows only the forums that match `filter`, keeping the selection when
    /// it still shows and else moving it to the first match.
    pub fn set_filter(&mut self, filter: String) {
        let selected_forum = self.selected_index();
        self.filter = filter;
        self.rows = rows_by_area(&self.catalog, &self.filter);
        self.selected = selected_forum
            .and_then(|f| self.rows.iter().position(|r| *r == Row::Forum(f)))
            .or_else(|| self.rows.iter().position(is_forum));
        self.detail_scroll = 0;
    }

    /// The meetings left going on or with drafts waiting, newest first.
    pub fn unfinished(&self) -> &[Unfinished] {
        &self.unfinished
    }

    /// The unfinished meeting of the selected forum, if it has one.
    pub(super) fn unfinished_of_selected(&self) -> Option<i64> {
        let forum = self.selected_forum()?;
        self.unfinished
            .iter()
            .find(|u| u.forum_id == forum.id)
            .map(|u| u.meeting_id)
    }

    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// Whether keys are typed into the filter.
    pub fn is_filtering(&self) -> bool {
        self.filter_editing
    }

    pub fn picker(&self) -> Option<&MeetingPicker> {
        self.picker.as_ref()
    }

    /// The meeting screen, when a meeting is open.
    pub fn meeting(&self) -> Option<&MeetingScreen> {
        self.meeting.as_deref()
    }

    /// The list screen in front of home, if any (a meeting may be over it).
    pub fn screen(&self) -> Option<&Screen> {
        self.screen.as_ref()
    }

    /// Where exported protocols go; `None` is the current directory.
    pub fn export_dir(&self) -> Option<&std::path::Path> {
        self.export_dir.as_deref()
    }

    /// The export popup over the meeting, when it is open.
    pub fn export_popup(&self) -> Option<&ExportPopup> {
        self.export.as_ref()
    }

    /// How the forum at `index` in `Catalog::forums` stands.
    pub fn overview(&self, index: usize) -> Option<&ForumOverview> {
        self.overview.get(index)
    }

    pub fn help_open(&self) -> bool {
        self.help
    }

    /// How far the help is scrolled, within what the last frame allowed.
    pub fn help_scroll(&self) -> u16 {
        self.help_scroll.min(self.help_max_scroll.get())
    }

    /// The last failure reported on the home screen.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    pub fn now(&self) -> Option<DateTime<Local>> {
        self.now
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

    /// Moves the app to another day, with the forums' rosters on it.
    pub(super) fn set_today(&mut self, store: &Store, today: NaiveDate) -> Result<()> {
        self.today = today;
        self.rosters = rosters_on(store, &self.catalog, &today.format("%Y-%m-%d").to_string())?;
        Ok(())
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
/// catalogue order, only the forums matching `filter` and only areas with one.
/// A forum whose area is missing from the catalogue (only possible in a
/// hand-edited database) still gets a heading, so that it can be reached.
fn rows_by_area(catalog: &Catalog, filter: &str) -> Vec<Row> {
    let query = fold(filter);
    let shown = |forum: &Forum| {
        let text = format!(
            "{} {} {}",
            forum.name,
            forum.qualifier.as_deref().unwrap_or(""),
            forum.id
        );
        score_folded(&query, &fold(&text)).is_some()
    };
    let mut areas: Vec<u8> = catalog.areas.iter().map(|a| a.number).collect();
    for forum in &catalog.forums {
        if !areas.contains(&forum.area) {
            areas.push(forum.area);
        }
    }
    let mut rows = Vec::new();
    for area in areas {
        let forums: Vec<Row> = catalog
            .forums
            .iter()
            .enumerate()
            .filter(|(_, f)| f.area == area && shown(f))
            .map(|(i, _)| Row::Forum(i))
            .collect();
        if !forums.is_empty() {
            rows.push(Row::Area(area));
            rows.extend(forums);
        }
    }
    rows
}
