//! `fora review FILE`: the supplier representative's offline review of one
//! protocol version, with no database. The review file is only read; the
//! comments, the verdict and the name live in memory, are kept in a draft
//! file next to it while typed (in fora's own folder when that folder cannot
//! be written), and leave as one response file, signed with the reviewer's
//! key when there is one (the signature beside it).

mod detail;
pub mod files;
mod folder;
mod input;
mod keys;
mod popups;
pub mod render;
mod save;
pub mod state;
pub mod strings;

use std::io::{IsTerminal, stdout};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use crate::i18n::{Lang, fail};
use crate::protocol::review::ReviewFile;
use crate::text::inert;

use super::terminal::{self, Program};

pub use render::render;
pub use state::{Message, Popup, ReviewApp};

/// What a review leaves behind, to be said once the screen has closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Left {
    /// The response file written last.
    pub response: Option<PathBuf>,
    /// The draft holding what no response has yet.
    pub draft: Option<PathBuf>,
    /// Something typed is in neither.
    pub lost: bool,
}

impl ReviewApp {
    /// What the session leaves behind; asked after the work was kept on the way out.
    pub fn left(&self) -> Left {
        let unwritten = self.has_unwritten();
        Left {
            response: self.written().map(Path::to_path_buf),
            draft: self.draft_file().filter(|_| unwritten).map(Path::to_path_buf),
            lost: unwritten && self.draft_file().is_none(),
        }
    }
}

/// Opens the review file `file` for reading and commenting until the
/// reviewer quits; returns what is left behind.
pub fn run(file: &Path, lang: Lang, signer: Option<crate::signing::SigningKey>) -> anyhow::Result<Left> {
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
    if let Some(key) = signer {
        app = app.with_signer(key);
    }
    let app = terminal::run(app)?;
    Ok(app.left())
}

impl Program for ReviewApp {
    fn draw(&mut self, area: Rect, buf: &mut Buffer, _now: DateTime<Local>) {
        render(self, area, buf);
        self.set_area(area);
    }

    fn key(&mut self, key: KeyEvent, now: DateTime<Local>) {
        self.handle_key(key, now);
    }

    fn paste(&mut self, text: &str, now: DateTime<Local>) {
        self.handle_paste(text, now);
    }

    fn tick(&mut self, now: DateTime<Local>) -> bool {
        ReviewApp::tick(self, now)
    }

    fn should_quit(&self) -> bool {
        ReviewApp::should_quit(self)
    }

    /// Whatever ended the loop, what was typed goes to the draft file.
    fn on_exit(&mut self, now: DateTime<Local>) {
        self.flush(now);
    }
}
