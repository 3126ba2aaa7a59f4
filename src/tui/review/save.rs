//! Keeping the reviewer's work: the draft file while typing, offered again
//! after a crash, and the response file once the answer is complete; both
//! where `folder.rs` says, turning to fora's own folder if a write fails.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local, TimeDelta};

use crate::i18n::tr;
use crate::protocol::review::{Comment, Response, ReviewError, Verdict};
use crate::text::{inert, inert_multiline};

use super::files::{self, DRAFT_FORMAT, Draft, DraftComment};
use super::input::Input;
use super::state::{Answer, Missing, Mode, ReviewApp};

/// How long typed text may wait before it is kept in the draft file.
pub const DRAFT_AFTER: TimeDelta = TimeDelta::seconds(2);

impl ReviewApp {
    /// Signs the responses written with `key` (its signature goes beside the response).
    pub fn with_signer(mut self, key: crate::signing::SigningKey) -> ReviewApp {
        self.signer = Some(key);
        self
    }

    /// Writes the signature of the response at `path` beside it; says how it went.
    fn sign(&self, path: &Path, content: &str) -> Result<String, String> {
        let Some(key) = &self.signer else {
            return Ok(tr!(
                self.lang,
                "review-unsigned",
                namespace = crate::signing::NAMESPACE
            ));
        };
        let sig = PathBuf::from(format!("{}.sig", path.display()));
        key.sign(content.as_bytes())
            .map_err(|e| e.to_string())
            .and_then(|signature| crate::files::write(&sig, signature.as_bytes()).map_err(|e| e.to_string()))
            .map(|()| {
                tr!(
                    self.lang,
                    "review-signed",
                    fingerprint = key.fingerprint(),
                    path = inert(&sig.display().to_string())
                )
            })
    }

    /// What still keeps a response from being written.
    pub(super) fn missing(&self) -> Option<Missing> {
        match self.verdict {
            None => Some(Missing::Verdict),
            Some(Verdict::RequestChanges) if self.comment_count() == 0 => Some(Missing::Comment),
            _ if self.reviewer.trim().is_empty() => Some(Missing::Name),
            _ => None,
        }
    }

    fn response_comments(&self) -> Vec<Comment> {
        self.comments
            .iter()
            .enumerate()
            .filter(|(_, text)| !text.trim().is_empty())
            .map(|(i, text)| Comment {
                item: self.item_title(i),
                text: text.trim().to_string(),
            })
            .collect()
    }

    /// The response as it would be written at `written_at`; `Ok(None)` while
    /// a verdict or the reviewer's name is missing, or changes are requested
    /// without a comment saying which.
    pub fn response(&self, written_at: DateTime<Local>) -> Result<Option<Response>, ReviewError> {
        let Some(verdict) = self.verdict.filter(|_| self.missing().is_none()) else {
            return Ok(None);
        };
        Response::new(
            &self.review,
            &self.reviewer,
            verdict,
            self.response_comments(),
            &stamp(written_at),
        )
        .map(Some)
    }

    /// The answer, to compare with what was written.
    fn answer(&self) -> Answer {
        (self.reviewer.clone(), self.verdict, self.response_comments())
    }

    fn has_answer(&self) -> bool {
        self.verdict.is_some() || self.comment_count() > 0
    }

    /// Whether quitting now would leave comments or a verdict unwritten.
    pub fn has_unwritten(&self) -> bool {
        self.has_answer() && self.written_answer.as_ref() != Some(&self.answer())
    }

    /// Writes the response next to the review file, or says what is missing.
    pub(super) fn write(&mut self, now: DateTime<Local>) {
        match self.missing() {
            Some(Missing::Verdict) => return self.warn(self.s.err_no_verdict.into()),
            Some(Missing::Comment) => return self.warn(self.s.err_changes_need_comment.into()),
            Some(Missing::Name) => {
                self.mode = Mode::Name {
                    input: Box::new(Input::line(&self.reviewer)),
                    then_write: true,
                };
                return;
            }
            None => {}
        }
        let response = match self
            .response(now)
            .and_then(|r| r.map(|r| r.to_json()).transpose())
        {
            Ok(response) => response,
            Err(e) => return self.warn(format!("{} {e}", self.s.not_written)),
        };
        let no_file = format!("{} {}", self.s.not_written, self.s.no_file);
        let Some(content) = response.map(|r| format!("{r}\n")) else {
            return self.warn(no_file);
        };
        let Some((written, place)) = self.write_somewhere(|p| files::write_response(p, &content)) else {
            return self.warn(no_file);
        };
        match written {
            Ok(path) => {
                let signed = match self.sign(&path, &content) {
                    Ok(said) => said,
                    Err(problem) => return self.warn(format!("{} {problem}", self.s.not_signed)),
                };
                self.inform(format!(
                    "{}: {} · {signed}",
                    self.s.written,
                    inert(&path.display().to_string())
                ));
                self.written = Some(path);
                self.written_answer = Some(self.answer());
                // The response holds everything now; a draft would only be
                // offered again. Marking the work as kept keeps it from
                // coming back on the way out, until something changes.
                if files::remove_draft(&place).is_ok() {
                    self.draft_kept = Some(self.draft(""));
                    self.draft_pending_since = None;
                    // The header no longer tells of a draft that is gone.
                    self.draft_saved_at = None;
                    self.draft_file = None;
                }
            }
            Err(e) => self.warn(format!("{} {}", self.s.not_written, crate::files::io_reason(&e))),
        }
    }

    /// The work in progress as a draft, with the comment being typed.
    fn draft(&self, saved_at: &str) -> Draft {
        let editing = match &self.mode {
            Mode::Comment(input) if input.is_changed() => Some(DraftComment {
                index: self.selected,
                item: self.item_title(self.selected),
                text: input.value(),
            }),
            _ => None,
        };
        Draft {
            format: DRAFT_FORMAT.to_string(),
            version_sha256: self.review.sha256.clone(),
            saved_at: saved_at.to_string(),
            reviewer: self.reviewer.clone(),
            verdict: self.verdict,
            comments: self
                .comments
                .iter()
                .enumerate()
                .filter(|(_, text)| !text.trim().is_empty())
                .map(|(index, text)| DraftComment {
                    index,
                    item: self.item_title(index),
                    text: text.clone(),
                })
                .collect(),
            editing,
        }
    }

    /// Something changed: the draft file follows within [`DRAFT_AFTER`].
    pub(super) fn changed(&mut self, now: DateTime<Local>) {
        self.draft_pending_since.get_or_insert(now);
    }

    /// Keeps the work in the draft file now; false if it could not be kept.
    pub(super) fn keep_draft(&mut self, now: DateTime<Local>) -> bool {
        self.draft_pending_since = None;
        if self.place.is_none() {
            return true;
        }
        // An offered draft is still unanswered: nothing here may replace it.
        if matches!(self.mode, Mode::Draft(_)) {
            return true;
        }
        let work = self.draft("");
        if self.draft_kept.as_ref() == Some(&work) {
            return true;
        }
        let has_work = draft_has_work(&work);
        let saved = Draft {
            saved_at: stamp(now),
            ..work.clone()
        };
        let kept = self.write_somewhere(|place| {
            if has_work {
                files::write_draft(place, &saved)
            } else {
                files::remove_draft(place)
            }
        });
        let Some((kept, place)) = kept else {
            return true;
        };
        match kept {
            Ok(()) => {
                self.draft_kept = Some(work);
                self.draft_saved_at = has_work.then_some(now);
                self.draft_file = has_work.then(|| place.draft_path());
                true
            }
            Err(e) => {
                self.warn(format!("{} {}", self.s.draft_failed, crate::files::io_reason(&e)));
                // Try again after another wait rather than on every tick.
                self.draft_pending_since = Some(now);
                false
            }
        }
    }

    /// The clock moved on: keeps the draft once changes have waited long
    /// enough. Returns whether the screen changed.
    pub fn tick(&mut self, now: DateTime<Local>) -> bool {
        match self.draft_pending_since {
            Some(since) if now.signed_duration_since(since) >= DRAFT_AFTER => {
                self.keep_draft(now);
                true
            }
            _ => false,
        }
    }

    /// Keeps any change not yet in the draft file now, e.g. on the way out.
    pub fn flush(&mut self, now: DateTime<Local>) {
        if self.draft_pending_since.is_some() {
            self.keep_draft(now);
        }
    }

    /// Puts an earlier session's work back.
    pub(super) fn restore(&mut self, draft: &Draft) {
        self.reviewer = inert(draft.reviewer.trim());
        self.verdict = draft.verdict;
        for c in &draft.comments {
            if let Some(slot) = self.comments.get_mut(c.index) {
                *slot = inert_multiline(&c.text);
            }
        }
        self.mode = Mode::Browse;
        if let Some(editing) = draft.editing.as_ref().filter(|e| e.index < self.comments.len()) {
            self.selected = editing.index;
            let saved = self.comments[editing.index].clone();
            self.mode = Mode::Comment(Box::new(Input::comment(&editing.text).with_initial(&saved)));
        }
        self.draft_kept = Some(self.draft(""));
        self.inform(self.s.draft_restored.into());
    }
}

pub(super) fn draft_has_work(draft: &Draft) -> bool {
    draft.verdict.is_some()
        || draft.comments.iter().any(|c| !c.text.trim().is_empty())
        || draft.editing.as_ref().is_some_and(|c| !c.text.trim().is_empty())
}

fn stamp(at: DateTime<Local>) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%:z").to_string()
}
