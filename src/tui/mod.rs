//! The terminal UI: the event loop and terminal set-up; state, keys, screens,
//! theme and texts each live in their own module below.

pub mod app;
pub mod home;
pub mod keys;
pub mod strings;
pub mod theme;
pub mod wrap;

use std::io::{IsTerminal, stdout};

use anyhow::{Context, bail};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event};

use crate::i18n::Lang;
use crate::store::Store;

use app::App;

/// Puts the terminal back when dropped, so that an error returned from the
/// loop leaves a usable shell. (A panic is covered by the hook that
/// `ratatui::try_init` installs; restoring twice does no harm.)
struct RestoreOnDrop;

impl Drop for RestoreOnDrop {
    fn drop(&mut self) {
        ratatui::restore();
    }
}

/// Shows the home screen until the user quits.
pub fn run(store: Store, lang: Lang) -> anyhow::Result<()> {
    if !stdout().is_terminal() {
        bail!("the screen of fora needs a terminal; for scripts use the subcommands (fora --help)");
    }
    // Load before taking over the terminal, so a database error is printed
    // on a normal screen.
    let today = chrono::Local::now().date_naive();
    let mut app = App::new(&store, lang, today).context("cannot read the forums from the database")?;
    let mut terminal = match ratatui::try_init() {
        Ok(terminal) => terminal,
        Err(e) => {
            // Raw mode may already be on when a later step failed.
            ratatui::restore();
            return Err(e).context("cannot prepare the terminal");
        }
    };
    let _restore = RestoreOnDrop;
    event_loop(&mut terminal, &mut app)
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> anyhow::Result<()> {
    loop {
        let frame = terminal.draw(|frame| home::render(app, frame.area(), frame.buffer_mut()))?;
        let area = frame.area;
        app.set_detail_viewport(home::detail_viewport(app, area));
        if app.should_quit() {
            return Ok(());
        }
        wait_for_change(app)?;
    }
}

/// Blocks until an event changes what the screen shows: a key that means
/// something, or a resize (drawing again at the new size is all it needs).
/// Nothing changes in between, so there is no timer and no polling.
fn wait_for_change(app: &mut App) -> anyhow::Result<()> {
    loop {
        match event::read()? {
            Event::Key(key) => {
                if let Some(action) = keys::action_for(key) {
                    app.update(action);
                    return Ok(());
                }
            }
            Event::Resize(_, _) => return Ok(()),
            _ => {}
        }
    }
}
