//! `fora review FILE`: the supplier representative's offline review of one
//! protocol version, with no database. The review file is only read; the
//! comments, the verdict and the name live in memory, are kept in a draft
//! file next to it while typed, and leave as one response file.

mod detail;
pub mod files;
mod input;
mod keys;
mod popups;
pub mod render;
mod save;
pub mod state;
pub mod strings;

use std::io::{IsTerminal, stdout};
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::Local;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use ratatui::crossterm::execute;

use crate::files::io_reason;
use crate::i18n::{Lang, fail};
use crate::protocol::review::ReviewFile;
use crate::text::inert;

pub use render::render;
pub use state::{Message, Popup, ReviewApp};

/// How long the loop waits for an event before it ticks: the draft reaches
/// the disk within a few seconds of typing without costing anything idle.
const TICK: Duration = Duration::from_millis(250);

/// Puts the terminal back when dropped, on every way out of the loop. (A
/// panic is covered by the hook `ratatui::try_init` installs; restoring twice
/// does no harm.)
struct RestoreOnDrop;

impl Drop for RestoreOnDrop {
    fn drop(&mut self) {
        let _ = execute!(stdout(), DisableBracketedPaste);
        ratatui::restore();
    }
}

/// Opens the review file `file` for reading and commenting until the
/// reviewer quits. Returns the response file written last, or `None` when
/// none was written.
pub fn run(file: &Path, lang: Lang) -> anyhow::Result<Option<PathBuf>> {
    crate::i18n::set_lang(lang);
    if !stdout().is_terminal() {
        return Err(fail!("err-tui-review-needs-terminal"));
    }
    // Read before taking over the terminal, so a bad file is reported on a normal screen.
    let shown = inert(&file.display().to_string());
    let bytes = crate::files::read(file)?;
    let (review, snapshot) = ReviewFile::parse(&bytes)
        .map_err(|e| fail!("err-tui-not-reviewable", path = shown, problem = e.to_string()))?;
    let mut app = ReviewApp::new(review, snapshot, lang).with_file(file);
    let mut terminal = match ratatui::try_init() {
        Ok(terminal) => terminal,
        Err(e) => {
            // Raw mode may already be on when a later step failed.
            ratatui::restore();
            return Err(fail!("err-tui-terminal", reason = io_reason(&e).to_string()));
        }
    };
    let _restore = RestoreOnDrop;
    // A paste arrives as one event, so a line break in it does not save a
    // half-pasted comment. Not every terminal supports it.
    let _ = execute!(stdout(), EnableBracketedPaste);
    let result = event_loop(&mut terminal, &mut app);
    // Whatever ended the loop, what was typed goes to the draft file.
    app.flush(Local::now());
    result.map(|()| app.written().map(Path::to_path_buf))
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut ReviewApp) -> anyhow::Result<()> {
    let mut dirty = true;
    loop {
        if dirty {
            let frame = terminal.draw(|frame| render(app, frame.area(), frame.buffer_mut()))?;
            app.set_area(frame.area);
            dirty = false;
        }
        if app.should_quit() {
            return Ok(());
        }
        if event::poll(TICK)? {
            match event::read()? {
                Event::Key(key) => {
                    app.handle_key(key, Local::now());
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
        dirty |= app.tick(Local::now());
    }
}
