//! The terminal UI: the event loop and terminal set-up; state, keys, screens,
//! popups, theme and texts each live in their own module below.

pub mod action_register;
pub mod app;
pub mod approvals;
pub mod common;
pub mod decision_register;
pub mod escalations;
pub mod events;
pub mod export_popup;
pub mod filter;
pub mod help;
pub mod home;
pub mod keys;
pub mod listing;
pub mod meeting;
pub mod overview;
pub mod picker;
pub mod picker_actions;
pub mod proposals;
pub mod review;
pub mod screens;
pub mod search;
pub mod strings;
pub mod theme;
pub mod view;
pub mod wrap;

use std::io::{IsTerminal, stdout};
use std::time::Duration;

use anyhow::{Context, bail};
use chrono::{Local, Timelike};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use ratatui::crossterm::execute;

use crate::i18n::Lang;
use crate::store::Store;

use app::App;
pub use view::render;

/// How long the loop waits for an event before it ticks: often enough for
/// drafts to reach the disk within two seconds and for the clock to move
/// every second, rarely enough to cost nothing.
const TICK: Duration = Duration::from_millis(250);

/// Puts the terminal back when dropped, so that an error returned from the
/// loop leaves a usable shell. (A panic is covered by the hook that
/// `ratatui::try_init` installs; restoring twice does no harm.)
struct RestoreOnDrop;

impl Drop for RestoreOnDrop {
    fn drop(&mut self) {
        let _ = execute!(stdout(), DisableBracketedPaste);
        ratatui::restore();
    }
}

/// Shows the home screen, and the meetings opened from it, until the user quits.
pub fn run(store: Store, lang: Lang) -> anyhow::Result<()> {
    if !stdout().is_terminal() {
        bail!("the screen of fora needs a terminal; for scripts use the subcommands (fora --help)");
    }
    let mut store = store;
    // Load before taking over the terminal, so a database error is printed
    // on a normal screen.
    let today = Local::now().date_naive();
    // Exported protocols go to FORA_EXPORT_DIR when it is set, else the current directory.
    let export_dir = std::env::var_os("FORA_EXPORT_DIR")
        .filter(|d| !d.is_empty())
        .map(std::path::PathBuf::from);
    let mut app = App::new(&store, lang, today)
        .context("cannot read the forums from the database")?
        .with_export_dir(export_dir);
    let mut terminal = match ratatui::try_init() {
        Ok(terminal) => terminal,
        Err(e) => {
            // Raw mode may already be on when a later step failed.
            ratatui::restore();
            return Err(e).context("cannot prepare the terminal");
        }
    };
    let _restore = RestoreOnDrop;
    // A paste arrives as one event instead of keys, so a line break in it
    // does not save a half-pasted entry. Not every terminal supports it.
    let _ = execute!(stdout(), EnableBracketedPaste);
    let result = event_loop(&mut terminal, &mut app, &mut store);
    // Quitting, even on an error, lets another fora record the meeting at once.
    app.release_lock(&mut store);
    result
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App, store: &mut Store) -> anyhow::Result<()> {
    let mut dirty = true;
    let mut drawn_second = None;
    loop {
        let now = Local::now();
        // The meeting clock shows seconds, so a new second is a change too.
        if app.shows_clock() && drawn_second != Some(now.second()) {
            dirty = true;
        }
        if dirty {
            let frame = terminal.draw(|frame| render(app, frame.area(), frame.buffer_mut()))?;
            app.set_area(frame.area);
            drawn_second = Some(now.second());
            dirty = false;
        }
        if app.should_quit() {
            return Ok(());
        }
        if event::poll(TICK)? {
            match event::read()? {
                Event::Key(key) => {
                    app.handle_key(store, key, Local::now());
                    dirty = true;
                }
                Event::Paste(text) => {
                    app.handle_paste(&text, Local::now());
                    dirty = true;
                }
                Event::Resize(_, _) => dirty = true,
                _ => {}
            }
        }
        dirty |= app.tick(store, Local::now());
    }
}
