//! Moving between home and the list screens (registers, search,
//! escalations, approvals): opening one, passing it keys, drawing it, and
//! reading it and the home overview again when something may have changed.

use chrono::{DateTime, Local};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Paragraph, Widget};

use crate::domain::meeting::MeetingStatus;
use crate::store::Store;
use crate::text::inert;

use super::action_register::ActionRegister;
use super::approvals::ApprovalScreen;
use super::decision_register::DecisionRegister;
use super::escalations::FollowUpScreen;
use super::listing::{self, Outcome};
use super::search::SearchScreen;
use crate::tui::app::App;
use crate::tui::common::truncate;
use crate::tui::overview;
use crate::tui::people::matrix::SeatingScreen;
use crate::tui::people::register::PeopleScreen;
use crate::tui::reports::ReportsScreen;

/// The list screens that home opens, each with its key (`A`, `D`, `S`, `E`, `P`, `R`, `N`, `W`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenKind {
    Actions,
    Decisions,
    Search,
    FollowUps,
    Approvals,
    Reports,
    People,
    Seating,
}

/// The list screen in front of home, with its state.
pub enum Screen {
    Actions(ActionRegister),
    Decisions(DecisionRegister),
    Search(SearchScreen),
    FollowUps(FollowUpScreen),
    Approvals(ApprovalScreen),
    Reports(ReportsScreen),
    People(PeopleScreen),
    Seating(SeatingScreen),
}

impl Screen {
    pub fn kind(&self) -> ScreenKind {
        match self {
            Screen::Actions(_) => ScreenKind::Actions,
            Screen::Decisions(_) => ScreenKind::Decisions,
            Screen::Search(_) => ScreenKind::Search,
            Screen::FollowUps(_) => ScreenKind::FollowUps,
            Screen::Approvals(_) => ScreenKind::Approvals,
            Screen::Reports(_) => ScreenKind::Reports,
            Screen::People(_) => ScreenKind::People,
            Screen::Seating(_) => ScreenKind::Seating,
        }
    }
}

impl App {
    /// Opens the list screen `kind` over home, read fresh from the store.
    pub fn show(&mut self, store: &Store, kind: ScreenKind, now: DateTime<Local>) {
        self.message = None;
        let today = self.today();
        let screen = match kind {
            ScreenKind::Actions => ActionRegister::load(store, today).map(Screen::Actions),
            ScreenKind::Decisions => DecisionRegister::load(store).map(Screen::Decisions),
            ScreenKind::Search => Ok(Screen::Search(SearchScreen::new())),
            ScreenKind::FollowUps => FollowUpScreen::load(store, today).map(Screen::FollowUps),
            ScreenKind::Approvals => ApprovalScreen::load(store, now).map(Screen::Approvals),
            ScreenKind::Reports => ReportsScreen::load(store, today).map(Screen::Reports),
            ScreenKind::People => PeopleScreen::load(store, self.lang).map(Screen::People),
            ScreenKind::Seating => SeatingScreen::load(store, today, self.lang).map(Screen::Seating),
        };
        match screen {
            Ok(screen) => self.screen = Some(screen),
            Err(e) => self.message = Some(format!("{} {}", self.strings.not_loaded, inert(&e.to_string()))),
        }
    }

    /// A key for the list screen in front.
    pub(in crate::tui) fn screen_key(&mut self, store: &mut Store, key: KeyEvent, now: DateTime<Local>) {
        self.message = None;
        let running = self.running_meeting();
        let s = self.strings;
        let Some(screen) = self.screen.as_mut() else {
            return;
        };
        let outcome = match screen {
            Screen::Actions(register) => Ok(register.key(store, key, now, running, s)),
            Screen::Decisions(register) => register.key(store, key),
            Screen::Search(search) => Ok(search.key(store, key)),
            Screen::FollowUps(list) => list.key(store, key),
            Screen::Approvals(list) => Ok(list.key(store, key, now, s)),
            Screen::Reports(reports) => Ok(reports.key(store, key)),
            Screen::People(people) => people.key(store, key),
            Screen::Seating(seating) => seating.key(store, key),
        };
        // A window of rows that would not read leaves the list where it was.
        let outcome = outcome.unwrap_or_else(|e| {
            self.message = Some(format!("{} {}", s.not_loaded, inert(&e.to_string())));
            Outcome::Stay
        });
        match outcome {
            Outcome::Stay => {}
            Outcome::Back => self.back_home(store),
            Outcome::Help => self.help = true,
            Outcome::Quit => self.quit = true,
            Outcome::Open(id) => {
                if let Err(e) = self.open_meeting(store, id, now) {
                    self.message = Some(format!("{} {}", self.strings.not_opened, inert(&e.to_string())));
                }
            }
            Outcome::OpenAt { meeting, entry, item } => match self.open_meeting(store, meeting, now) {
                Ok(()) => {
                    if let Some(screen) = self.meeting.as_mut() {
                        screen.show_found(entry, &item);
                    }
                }
                Err(e) => {
                    self.message = Some(format!("{} {}", self.strings.not_opened, inert(&e.to_string())));
                }
            },
        }
    }

    /// Closes the list screen; home counts again if an action was marked there.
    fn back_home(&mut self, store: &Store) {
        let changed = matches!(&self.screen, Some(Screen::Actions(register)) if register.changed());
        self.screen = None;
        if changed {
            self.reload_overview(store);
        }
    }

    /// Reads again what a meeting may have changed: the meetings, the home
    /// overview, and the list screen under the meeting.
    pub(in crate::tui) fn reload_after_meeting(&mut self, store: &mut Store, now: DateTime<Local>) {
        match store.meetings_of_day(&self.today().to_string()) {
            Ok(meetings) => self.today_meetings = meetings,
            Err(e) => self.message = Some(inert(&e.to_string())),
        }
        self.reload_overview(store);
        match store.unfinished() {
            Ok(unfinished) => self.unfinished = unfinished,
            Err(e) => self.message = Some(inert(&e.to_string())),
        }
        let today = self.today();
        let reloaded = match self.screen.as_mut() {
            None => Ok(()),
            Some(Screen::Actions(register)) => register.reload(store),
            Some(Screen::Decisions(register)) => register.reload(store),
            Some(Screen::Search(search)) => {
                search.run(store);
                Ok(())
            }
            Some(Screen::FollowUps(list)) => list.reload(store),
            Some(Screen::Approvals(list)) => list.reload(store, now),
            Some(Screen::Reports(reports)) => reports.reload(store, today),
            // Who sits where does not change in a meeting.
            Some(Screen::People(_) | Screen::Seating(_)) => Ok(()),
        };
        if let Err(e) = reloaded {
            self.message = Some(format!("{} {}", self.strings.not_loaded, inert(&e.to_string())));
        }
    }

    fn reload_overview(&mut self, store: &Store) {
        match overview::load(store, self.catalog(), self.today()) {
            Ok(overview) => self.overview = overview,
            Err(e) => self.message = Some(inert(&e.to_string())),
        }
    }

    /// The meeting going on today, if one was left running: an action marked
    /// done in the register is recorded as done there. The newest wins.
    pub fn running_meeting(&self) -> Option<i64> {
        let today = self.today().to_string();
        self.today_meetings
            .iter()
            .find(|m| m.status == MeetingStatus::InProgress && m.date == today)
            .map(|m| m.id)
    }

    /// Tells the list screen in front the size of the frame, for paging.
    pub(in crate::tui) fn set_screen_area(&mut self, area: Rect) {
        match self.screen.as_mut() {
            None => {}
            Some(Screen::Actions(register)) => register.set_area(area),
            Some(Screen::Decisions(register)) => register.set_area(area),
            Some(Screen::Search(search)) => search.set_area(area),
            Some(Screen::FollowUps(list)) => list.set_area(area),
            Some(Screen::Approvals(list)) => list.set_area(area),
            Some(Screen::Reports(_)) => {}
            Some(Screen::People(people)) => people.set_area(area),
            Some(Screen::Seating(seating)) => seating.set_area(area),
        }
    }
}

/// Draws the list screen in front of home, and over its key bar a failure
/// of the app's own, such as a meeting that would not open.
pub fn render(app: &App, screen: &Screen, area: Rect, buf: &mut Buffer) {
    match screen {
        Screen::Actions(register) => register.render(app, area, buf),
        Screen::Decisions(register) => register.render(app, area, buf),
        Screen::Search(search) => search.render(app, area, buf),
        Screen::FollowUps(list) => list.render(app, area, buf),
        Screen::Approvals(list) => list.render(app, area, buf),
        Screen::Reports(reports) => reports.render(app, area, buf),
        Screen::People(people) => people.render(app, area, buf),
        Screen::Seating(seating) => seating.render(app, area, buf),
    }
    if let Some(message) = app.message().filter(|_| listing::fits(area)) {
        let status = Rect::new(area.x, area.bottom() - 1, area.width, 1);
        let text = truncate(&format!(" ⚠ {}", inert(message)), usize::from(area.width));
        Clear.render(status, buf);
        Paragraph::new(text)
            .style(app.theme().warning)
            .render(status, buf);
    }
}
