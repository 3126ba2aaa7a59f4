//! How the app answers events that may touch the store: keys, pastes and
//! clock ticks, and moving between the home screen and a meeting. Time is a
//! parameter everywhere, so tests and benchmarks drive the app without a
//! terminal or a real clock.

use chrono::{DateTime, Local};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;

use crate::domain::Channel;
use crate::store::Store;
use crate::text::inert;

use super::app::{Action, App, HeldLock, Screen};
use super::export_popup::{self, ExportKey, ExportPopup};
use super::home;
use super::keys::action_for;
use super::meeting::{MeetingScreen, Outcome};

/// How often the lock on a recorded meeting is renewed: well inside
/// [`crate::store::locks::STALE_AFTER_SECONDS`], so that a busy moment never
/// lets another fora take it over.
const LOCK_RENEWAL_SECONDS: i64 = 10;

impl App {
    /// Handles one key press at `now`: every change it confirms is committed
    /// to `store` before this returns.
    pub fn handle_key(&mut self, store: &mut Store, key: KeyEvent, now: DateTime<Local>) {
        self.now = Some(now);
        if key.kind == KeyEventKind::Release {
            return;
        }
        let ctrl_c = key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
        // Nothing acts on a screen that is not shown, but leaving is always possible.
        if self.too_small && !ctrl_c {
            let quits_home = self.meeting.is_none() && key.code == KeyCode::Char('q');
            if !quits_home {
                return;
            }
        }
        if self.help {
            // The arrows scroll a help taller than the window; any other key
            // closes it, and Ctrl-C still goes on to quit.
            let step: i32 = match key.code {
                KeyCode::Down | KeyCode::Char('j') => 1,
                KeyCode::Up | KeyCode::Char('k') => -1,
                KeyCode::PageDown => 10,
                KeyCode::PageUp => -10,
                _ => 0,
            };
            if step != 0 && !ctrl_c {
                let max = i32::from(self.help_max_scroll.get());
                let scrolled = (i32::from(self.help_scroll()) + step).clamp(0, max);
                self.help_scroll = u16::try_from(scrolled).unwrap_or(0);
                return;
            }
            self.help = false;
            self.help_scroll = 0;
            if !ctrl_c {
                return;
            }
        }
        if let Some(popup) = self.export.as_mut() {
            if ctrl_c {
                self.quit = true;
                return;
            }
            match popup.key(key) {
                ExportKey::Stay => {}
                ExportKey::Close => self.export = None,
                ExportKey::Write(format) => {
                    let id = popup.meeting_id();
                    let dir = self.export_dir.as_deref();
                    let written = export_popup::write(store, id, self.lang, format, dir);
                    if let Some(popup) = self.export.as_mut() {
                        popup.set_result(written);
                    }
                }
            }
            return;
        }
        // After a stall another fora may have taken the meeting: learn it
        // before this key writes anything.
        self.renew_lock(store, now);
        if let Some(meeting) = self.meeting.as_mut() {
            match meeting.handle_key(store, key, now) {
                Outcome::Stay => {}
                Outcome::Home => self.close_meeting(store, now),
                Outcome::Quit => self.quit = true,
                Outcome::Help => self.help = true,
                Outcome::Export => self.export = Some(ExportPopup::new(meeting.meeting().id)),
                Outcome::TakeOver => {
                    let id = meeting.meeting().id;
                    self.take_over(store, id, now);
                }
            }
            return;
        }
        if ctrl_c {
            self.quit = true;
            return;
        }
        if self.screen.is_some() {
            self.screen_key(store, key, now);
            return;
        }
        if self.picker.is_some() {
            self.picker_key(store, key, now);
            return;
        }
        if self.filter_editing {
            self.filter_key(key);
            return;
        }
        match action_for(key) {
            Some(Action::Show(kind)) => self.show(store, kind, now),
            Some(Action::Open) => match self.unfinished_of_selected() {
                // A meeting left going on, or with text waiting, opens straight away.
                Some(id) => {
                    if let Err(e) = self.open_meeting(store, id, now) {
                        self.message = Some(format!("{} {}", self.strings.not_opened, inert(&e.to_string())));
                    }
                }
                None => self.open_picker(store),
            },
            Some(action) => self.update(action),
            None => {}
        }
    }

    /// Typing into the forum filter; arrows still move the selection.
    fn filter_key(&mut self, key: KeyEvent) {
        if key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return;
        }
        match key.code {
            KeyCode::Char(c) => {
                let filter = format!("{}{c}", self.filter());
                self.set_filter(filter);
            }
            KeyCode::Backspace => {
                let mut filter = self.filter().to_string();
                filter.pop();
                self.set_filter(filter);
            }
            KeyCode::Enter => self.filter_editing = false,
            KeyCode::Esc => {
                self.filter_editing = false;
                self.set_filter(String::new());
            }
            KeyCode::Up => self.update(Action::SelectPrevious),
            KeyCode::Down => self.update(Action::SelectNext),
            _ => {}
        }
    }

    /// Text pasted into the terminal: into the open editor, or the filter.
    pub fn handle_paste(&mut self, text: &str, now: DateTime<Local>) {
        self.now = Some(now);
        if let Some(meeting) = self.meeting.as_mut() {
            if self.export.is_none() {
                meeting.paste(text, now);
            }
        } else if let Some(Screen::Search(search)) = self.screen.as_mut() {
            // Searched on the next tick, which has the store.
            search.paste(text);
        } else if self.screen.is_some() {
            // The other list screens take no text.
        } else if self.filter_editing {
            let filter = format!("{}{}", self.filter(), text.replace(['\n', '\r'], " "));
            self.set_filter(filter);
        }
    }

    /// The clock moved on: keeps what is being typed as a draft once it has
    /// waited long enough. Returns whether the screen changed.
    pub fn tick(&mut self, store: &mut Store, now: DateTime<Local>) -> bool {
        self.now = Some(now);
        match (self.meeting.as_mut(), self.screen.as_mut()) {
            (Some(meeting), _) => {
                let changed = meeting.tick(store, now);
                self.renew_lock(store, now) || changed
            }
            (None, Some(Screen::Search(search))) => search.run_if_pasted(store),
            _ => self.follow_the_date(store, now),
        }
    }

    /// A new day began while fora stayed open: once back on the home
    /// screen, its date, the rosters, today's meetings and which forums are
    /// overdue follow it. Returns whether the screen changed.
    fn follow_the_date(&mut self, store: &mut Store, now: DateTime<Local>) -> bool {
        let date = now.date_naive();
        if date == self.today() || self.meeting.is_some() || self.picker.is_some() || self.screen.is_some() {
            return false;
        }
        if let Err(e) = self.set_today(store, date) {
            self.message = Some(format!("{} {}", self.strings.not_loaded, inert(&e.to_string())));
        }
        self.reload_after_meeting(store, now);
        true
    }

    /// Tells the app the size of the frame it was drawn in, for paging.
    pub fn set_area(&mut self, area: Rect) {
        let (width, height) = match self.meeting {
            Some(_) => (super::meeting::view::MIN_WIDTH, super::meeting::view::MIN_HEIGHT),
            None => (home::MIN_WIDTH, home::MIN_HEIGHT),
        };
        self.too_small = area.width < width || area.height < height;
        match self.meeting.as_mut() {
            Some(meeting) => meeting.set_area(area),
            None if self.screen.is_some() => self.set_screen_area(area),
            None => {
                let viewport = home::detail_viewport(self, area);
                self.set_detail_viewport(viewport);
            }
        }
    }

    /// Starts a meeting of `forum_id` now, on the forum's first channel, and opens it.
    pub fn start_meeting(&mut self, store: &mut Store, forum_id: &str, now: DateTime<Local>) {
        let channel = self
            .catalog()
            .forum(forum_id)
            .and_then(|f| f.channels.first().copied())
            .unwrap_or(Channel::Fysiskt);
        let date = now.format("%Y-%m-%d").to_string();
        let started = store
            .start_meeting(forum_id, &date, channel, now, self.lang)
            .and_then(|id| self.open_meeting(store, id, now));
        if let Err(e) = started {
            self.message = Some(format!("{} {}", self.strings.not_started, inert(&e.to_string())));
        }
    }

    /// Opens meeting `id` on the meeting screen to record it; drafts it has
    /// left are offered first. When another fora is recording it, it opens
    /// read-only and says who records it.
    pub fn open_meeting(
        &mut self,
        store: &mut Store,
        id: i64,
        now: DateTime<Local>,
    ) -> crate::store::Result<()> {
        self.now = Some(now);
        let mut screen = MeetingScreen::open(store, id, self.lang, self.theme, now)?;
        self.release_lock(store);
        match store.lock_meeting(id, &self.me, &self.person, now)? {
            None => {
                self.lock = Some(HeldLock {
                    meeting_id: id,
                    renewed_at: now,
                })
            }
            Some(holder) => screen.make_read_only(store, &holder, now),
        }
        self.meeting = Some(Box::new(screen));
        self.picker = None;
        self.help = false;
        self.message = None;
        Ok(())
    }

    /// Back to the home screen, or the list screen the meeting was opened
    /// from, whose counts may have changed.
    fn close_meeting(&mut self, store: &mut Store, now: DateTime<Local>) {
        self.release_lock(store);
        self.meeting = None;
        self.export = None;
        self.reload_after_meeting(store, now);
    }

    /// The way out of fora, however it ends (quit, error, a signal): what
    /// is being typed in a meeting is kept as a draft, as on Ctrl-C, and
    /// the meeting's lock is given up so that another fora may record it at once.
    pub fn leave(&mut self, store: &mut Store, now: DateTime<Local>) {
        if let Some(meeting) = self.meeting.as_mut() {
            meeting.keep_draft(store, now);
        }
        self.release_lock(store);
    }

    /// Records a meeting another fora holds, after the secretary confirmed
    /// it: the meeting opens again here, writable, with its drafts offered.
    fn take_over(&mut self, store: &mut Store, id: i64, now: DateTime<Local>) {
        let taken = store
            .take_over_lock(id, &self.me, &self.person, now)
            .and_then(|()| self.open_meeting(store, id, now));
        if let Err(e) = taken
            && let Some(meeting) = self.meeting.as_mut()
        {
            meeting.note_error(&format!(
                "{} {}",
                self.strings.lock_not_claimed,
                inert(&e.to_string())
            ));
        }
    }

    /// Gives up the lock on the meeting this fora records, if any: when the
    /// meeting screen closes and when fora quits.
    pub fn release_lock(&mut self, store: &mut Store) {
        if let Some(lock) = self.lock.take() {
            // A lock left behind is freed by its heartbeat or its dead pid.
            let _ = store.unlock_meeting(lock.meeting_id, &self.me);
        }
    }

    /// Keeps the lock alive while the meeting is open; if another fora took
    /// it over (this one stalled past the stale time), shows the meeting
    /// read-only from then on. Returns whether the screen changed.
    fn renew_lock(&mut self, store: &mut Store, now: DateTime<Local>) -> bool {
        let Some(lock) = self.lock else { return false };
        if now - lock.renewed_at < chrono::Duration::seconds(LOCK_RENEWAL_SECONDS) {
            return false;
        }
        let claimed = match store.renew_lock(lock.meeting_id, &self.me, now) {
            Ok(true) => Ok(None),
            // Taken over, perhaps since given up: claim it again if it is
            // free, else show the meeting read-only. Never go on unclaimed.
            Ok(false) => store.lock_meeting(lock.meeting_id, &self.me, &self.person, now),
            // Busy or failing: the next tick tries again, well within the stale time.
            Err(_) => return false,
        };
        let (holder, why) = match claimed {
            Ok(None) => {
                self.lock = Some(HeldLock {
                    renewed_at: now,
                    ..lock
                });
                return false;
            }
            Ok(Some(holder)) => (holder, self.strings.lock_taken_over.to_string()),
            // Whether anyone holds it is unknown: never record unclaimed.
            Err(e) => {
                let holder = crate::store::locks::Holder {
                    holder: self.strings.holder_unknown.into(),
                    person: self.strings.holder_unknown.into(),
                    since: crate::store::stamp(now),
                    heartbeat: crate::store::stamp(now),
                };
                let why = format!("{} {}", self.strings.lock_not_claimed, inert(&e.to_string()));
                (holder, why)
            }
        };
        self.lock = None;
        if let Some(meeting) = self.meeting.as_mut() {
            meeting.make_read_only(store, &holder, now);
            meeting.note_error(&why);
        }
        true
    }

    /// Whether a clock is on screen, so the loop redraws every second.
    pub fn shows_clock(&self) -> bool {
        self.meeting.is_some()
    }
}
