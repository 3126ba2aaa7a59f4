//! The state of the review screen: the protocol under review, the reviewer's
//! comments, verdict and name, and which popup is open. Keys are turned into
//! changes in `keys.rs`, the work is kept in files by `save.rs`, and drawing
//! only reads this.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};

use crate::i18n::Lang;
use crate::protocol::review::{Comment, ReviewFile, Verdict};
use crate::protocol::snapshot::Snapshot;
use crate::protocol::view::View;
use crate::tui::theme::Theme;

use super::files::{Draft, Place};
use super::input::Input;
use super::strings::Strings;

/// A line under the panes: what happened, or what went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// The popup in front, if any, as tests and the help see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Popup {
    Comment,
    Name,
    ConfirmQuit,
    Draft,
    Help,
}

pub(super) enum Mode {
    Browse,
    Help,
    /// Editing the comment on the selected entry of the list.
    Comment(Box<Input>),
    /// Asking for the reviewer's name; `then_write` when `w` asked for it.
    Name {
        input: Box<Input>,
        then_write: bool,
    },
    ConfirmQuit,
    /// A draft from an earlier session, to restore or discard.
    Draft(Box<Draft>),
}

/// Why a response cannot be written yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Missing {
    Verdict,
    Comment,
    Name,
}

pub struct ReviewApp {
    pub(super) review: ReviewFile,
    pub(super) snapshot: Snapshot,
    /// The protocol in words, as every export lays it out.
    pub(super) view: View,
    pub(super) s: &'static Strings,
    pub(super) lang: Lang,
    pub(super) theme: Theme,
    /// Where responses and the draft are written: beside the review file,
    /// or in fora's own folder when that cannot be written.
    pub(super) place: Option<Place>,
    /// fora's own folder, to turn to if `place` cannot be written; taken once in use.
    pub(super) fallback: Option<Place>,
    /// The draft file, while it holds work; what the screen may promise.
    pub(super) draft_file: Option<PathBuf>,
    /// 0 is the whole protocol, 1 the first agenda item.
    pub(super) selected: usize,
    /// One per entry of the list, as typed; empty for no comment.
    pub(super) comments: Vec<String>,
    pub(super) verdict: Option<Verdict>,
    pub(super) reviewer: String,
    pub(super) mode: Mode,
    pub(super) message: Option<Message>,
    pub(super) detail_scroll: usize,
    /// Columns and rows of the protocol pane in the last frame.
    pub(super) detail_size: (u16, u16),
    pub(super) written: Option<PathBuf>,
    /// The answer as last written, to tell whether anything is unwritten.
    pub(super) written_answer: Option<Answer>,
    pub(super) quit: bool,
    /// When the first change not yet in the draft file was made.
    pub(super) draft_pending_since: Option<DateTime<Local>>,
    /// The work as last kept in the draft file.
    pub(super) draft_kept: Option<Draft>,
    pub(super) draft_saved_at: Option<DateTime<Local>>,
    /// The reviewer's key, which signs the response; without one it is written unsigned.
    pub(super) signer: Option<crate::signing::SigningKey>,
}

/// The parts of a response that the reviewer gives: name, verdict, comments.
pub(super) type Answer = (String, Option<Verdict>, Vec<Comment>);

impl ReviewApp {
    pub fn new(review: ReviewFile, snapshot: Snapshot, lang: Lang) -> ReviewApp {
        // The protocol speaks the language it was written in; the screen around it speaks `lang`.
        let stamp = crate::protocol::stamp::Stamp::Draft {
            version: review.version,
        };
        let view = View::new(&snapshot.record, &snapshot.forum, snapshot.lang, &stamp);
        let entries = snapshot.record.items.len() + 1;
        ReviewApp {
            review,
            snapshot,
            view,
            s: Strings::for_lang(lang),
            lang,
            theme: Theme::from_env(),
            place: None,
            fallback: None,
            draft_file: None,
            selected: 0,
            comments: vec![String::new(); entries],
            verdict: None,
            reviewer: String::new(),
            mode: Mode::Browse,
            message: None,
            detail_scroll: 0,
            detail_size: (60, 10),
            written: None,
            written_answer: None,
            quit: false,
            draft_pending_since: None,
            draft_kept: None,
            draft_saved_at: None,
            signer: None,
        }
    }

    /// Replaces the theme chosen from the environment, e.g. in tests.
    pub fn with_theme(mut self, theme: Theme) -> ReviewApp {
        self.theme = theme;
        self
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn review(&self) -> &ReviewFile {
        &self.review
    }

    /// 0 for the whole protocol, `n` for agenda item `n`.
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The comment on entry `index` of the list (0: the whole protocol).
    pub fn comment(&self, index: usize) -> Option<&str> {
        self.comments
            .get(index)
            .map(String::as_str)
            .filter(|c| !c.trim().is_empty())
    }

    pub fn verdict(&self) -> Option<Verdict> {
        self.verdict
    }

    pub fn reviewer(&self) -> &str {
        &self.reviewer
    }

    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    /// The response file written last, if any.
    pub fn written(&self) -> Option<&Path> {
        self.written.as_deref()
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    pub fn popup(&self) -> Option<Popup> {
        match self.mode {
            Mode::Browse => None,
            Mode::Help => Some(Popup::Help),
            Mode::Comment(_) => Some(Popup::Comment),
            Mode::Name { .. } => Some(Popup::Name),
            Mode::ConfirmQuit => Some(Popup::ConfirmQuit),
            Mode::Draft(_) => Some(Popup::Draft),
        }
    }

    /// Entries of the list: the whole protocol and each agenda item.
    pub(super) fn entries(&self) -> usize {
        self.comments.len()
    }

    /// The item's title as stored: what a comment names, so the secretary's
    /// fora can put it back on the item.
    pub(super) fn item_title(&self, index: usize) -> Option<String> {
        let item = self.snapshot.record.items.get(index.checked_sub(1)?)?;
        Some(item.item.title.clone())
    }

    pub(super) fn comment_count(&self) -> usize {
        self.comments.iter().filter(|c| !c.trim().is_empty()).count()
    }

    pub(super) fn inform(&mut self, text: String) {
        self.message = Some(Message { text, error: false });
    }

    pub(super) fn warn(&mut self, text: String) {
        self.message = Some(Message { text, error: true });
    }
}
