//! The terminal UI: the home screen and its meetings as a program for the
//! shared terminal loop; state, keys, screens, popups, theme and texts each
//! live in their own module below.

pub mod app;
pub mod common;
pub mod events;
pub mod export_popup;
pub mod filter;
pub mod help;
pub mod home;
pub mod keys;
pub mod lists;
pub mod meeting;
pub mod overview;
pub mod people;
pub mod picker;
pub mod picker_actions;
pub mod proposals;
pub mod reports;
pub mod review;
pub mod strings;
pub mod terminal;
pub mod theme;
pub mod view;
pub mod wrap;

use std::io::{IsTerminal, stdout};

use anyhow::Context;
use chrono::{DateTime, Local, Timelike};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use crate::i18n::{Lang, Message, fail};
use crate::store::Store;

use app::App;
pub use view::render;

/// Shows the home screen, and the meetings opened from it, until the user quits.
pub fn run(store: Store, lang: Lang) -> anyhow::Result<()> {
    crate::i18n::set_lang(lang);
    if !stdout().is_terminal() {
        return Err(fail!("err-tui-needs-terminal"));
    }
    // Load before taking over the terminal, so a database error is printed
    // on a normal screen.
    let today = Local::now().date_naive();
    // Exported protocols go to FORA_EXPORT_DIR when it is set, else the current directory.
    let export_dir = std::env::var_os("FORA_EXPORT_DIR")
        .filter(|d| !d.is_empty())
        .map(std::path::PathBuf::from);
    let app = App::new(&store, lang, today)
        .context(Message::new("err-tui-cannot-load"))?
        .with_export_dir(export_dir);
    terminal::run(Fora::new(app, store)).map(drop)
}

/// The home screen and its meetings, with the store they read and write,
/// as the terminal's event loop drives them.
pub struct Fora {
    pub app: App,
    pub store: Store,
    /// The second the meeting clock showed in the last frame.
    drawn_second: Option<u32>,
}

impl Fora {
    pub fn new(app: App, store: Store) -> Fora {
        Fora {
            app,
            store,
            drawn_second: None,
        }
    }
}

impl terminal::Program for Fora {
    fn draw(&mut self, area: Rect, buf: &mut Buffer, now: DateTime<Local>) {
        render(&self.app, area, buf);
        self.app.set_area(area);
        self.drawn_second = Some(now.second());
    }

    fn key(&mut self, key: KeyEvent, now: DateTime<Local>) {
        self.app.handle_key(&mut self.store, key, now);
    }

    fn paste(&mut self, text: &str, now: DateTime<Local>) {
        self.app.handle_paste(text, now);
    }

    fn tick(&mut self, now: DateTime<Local>) -> bool {
        // The meeting clock shows seconds, so a new second is a change too.
        let new_second = self.app.shows_clock() && self.drawn_second != Some(now.second());
        self.app.tick(&mut self.store, now) || new_second
    }

    fn should_quit(&self) -> bool {
        self.app.should_quit()
    }

    fn on_exit(&mut self, now: DateTime<Local>) {
        self.app.leave(&mut self.store, now);
    }
}
