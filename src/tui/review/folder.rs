//! Where the reviewer's work is kept: beside the review file, or, when its
//! folder cannot be written (a mail client's temporary folder, a read-only
//! share), in fora's own folder in the user's data directory. The reviewer
//! is told which, and a draft left there by an earlier session is offered.

use std::io;
use std::path::{Path, PathBuf};

use crate::i18n::tr;
use crate::text::inert;

use super::files::{self, Found, Place};
use super::state::{Mode, ReviewApp};

fn shown(path: &Path) -> String {
    inert(&path.display().to_string())
}

impl ReviewApp {
    /// Writes the response and the draft next to `file` or, if its folder
    /// cannot be written, in fora's own folder for reviews.
    pub fn with_file(self, file: &Path) -> ReviewApp {
        self.with_file_in(file, crate::paths::review_fallback(), files::can_write)
    }

    /// As [`ReviewApp::with_file`], with fora's own folder and the test of
    /// whether a folder can be written given (a test cannot make a folder
    /// read-only to root).
    pub fn with_file_in(
        mut self,
        file: &Path,
        fallback: Option<PathBuf>,
        can_write: impl Fn(&Path) -> bool,
    ) -> ReviewApp {
        let beside = Place::beside(file);
        let fallback = fallback.map(|dir| Place::within(&dir, file));
        // An earlier session that turned there left its draft for this version there.
        let went_on_there = fallback.as_ref().is_some_and(
            |f| matches!(files::read_draft(f), Found::Draft(d) if d.version_sha256 == self.review.sha256),
        );
        let writable = can_write(&beside.dir);
        match fallback {
            Some(fallback) if !writable || went_on_there => {
                // A failure here shows when the work is written, and is said then.
                let _ = fallback.make();
                if !writable {
                    self.inform(tr!(
                        self.lang,
                        "review-folder-read-only",
                        dir = shown(&beside.dir),
                        fallback = shown(&fallback.dir)
                    ));
                }
                self.place = Some(fallback);
            }
            fallback => {
                if !writable {
                    self.warn(tr!(self.lang, "review-folder-nowhere", dir = shown(&beside.dir)));
                }
                self.place = Some(beside);
                self.fallback = fallback;
            }
        }
        self.offer_draft()
    }

    /// Runs `write` where the work is kept and, if it fails there, once
    /// more in fora's own folder; its result and the place it ran in last.
    /// None without a review file.
    pub(super) fn write_somewhere<T>(
        &mut self,
        write: impl Fn(&Place) -> io::Result<T>,
    ) -> Option<(io::Result<T>, Place)> {
        let place = self.place.clone()?;
        let result = write(&place);
        if result.is_ok() || !self.turn_to_fallback() {
            return Some((result, place));
        }
        let place = self.place.clone()?;
        Some((write(&place), place))
    }

    /// After a write in `place` failed: turns to fora's own folder, and
    /// says so; false when there is none left to turn to.
    fn turn_to_fallback(&mut self) -> bool {
        let Some(fallback) = self.fallback.take() else {
            return false;
        };
        let _ = fallback.make();
        let from = self.place.replace(fallback);
        if let (Some(from), Some(to)) = (from, &self.place) {
            self.inform(tr!(
                self.lang,
                "review-folder-turned",
                dir = shown(&from.dir),
                fallback = shown(&to.dir)
            ));
        }
        true
    }

    /// The draft file while it holds work, e.g. to say where after quitting.
    pub fn draft_file(&self) -> Option<&Path> {
        self.draft_file.as_deref()
    }

    /// Offers the draft an earlier session left for this version. A draft
    /// for another version, or one that cannot be read, is moved aside
    /// rather than overwritten.
    fn offer_draft(mut self) -> ReviewApp {
        let Some(place) = self.place.clone() else {
            return self;
        };
        let aside = |app: &mut ReviewApp, what: &str| match files::set_draft_aside(&place) {
            Ok(to) => app.inform(format!("{what} {}", shown(&to))),
            Err(e) => app.warn(format!("{} {}", app.s.draft_failed, crate::files::io_reason(&e))),
        };
        match files::read_draft(&place) {
            Found::Nothing => {}
            Found::Draft(draft) if draft.version_sha256 == self.review.sha256 => {
                if super::save::draft_has_work(&draft) {
                    self.draft_file = Some(place.draft_path());
                    self.mode = Mode::Draft(draft);
                } else {
                    let _ = files::remove_draft(&place);
                }
            }
            Found::Draft(_) => {
                let what = self.s.draft_moved;
                aside(&mut self, what);
            }
            Found::Unreadable(_) => {
                let what = self.s.draft_unreadable;
                aside(&mut self, what);
            }
        }
        self
    }
}
