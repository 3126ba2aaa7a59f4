//! Changing a meeting whose protocol was sent or approved: asked first, and
//! the change then becomes a new draft version, so the approved one stays
//! the record.

use chrono::{DateTime, Local};

use crate::domain::approval::change_needs_amend;
use crate::domain::meeting::VersionState;
use crate::i18n::Lang;
use crate::protocol::edition::keep_current;
use crate::store::{Result, Store};

use super::MeetingScreen;
use super::keys::Action;
use super::popups::Popup;

/// A meeting whose latest protocol version was sent or approved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Frozen {
    pub approved: bool,
    /// The version's language: a change makes a new version in it.
    pub lang: Lang,
}

pub(super) fn frozen_in(store: &Store, meeting_id: i64) -> Result<Option<Frozen>> {
    let latest = store.versions(meeting_id)?.pop();
    Ok(latest
        .filter(|v| change_needs_amend(Some(v.state)))
        .map(|v| Frozen {
            approved: v.state == VersionState::Approved,
            lang: if v.lang == Lang::En.code() {
                Lang::En
            } else {
                Lang::Sv
            },
        }))
}

impl Frozen {
    /// The question asked before the first change.
    pub(super) fn question(self, lang: Lang) -> &'static str {
        if self.approved {
            lang.text("tui-amend-question")
        } else {
            lang.text("tui-amend-question-sent")
        }
    }
}

impl MeetingScreen {
    /// Whether `action` must be confirmed first; if so, the question is put up.
    pub(super) fn ask_amend(&mut self, action: Action) -> bool {
        if self.frozen.is_none() || self.amending || !action.changes_the_meeting() {
            return false;
        }
        self.popup = Some(Popup::Amend(action));
        true
    }

    /// After a change the secretary confirmed: the meeting as it stands
    /// becomes the new draft version (brought up to date on later changes).
    pub(super) fn keep_amended(&mut self, store: &mut Store, now: DateTime<Local>) {
        let Some(Frozen { lang, .. }) = self.frozen.filter(|_| self.amending) else {
            return;
        };
        if let Err(e) = keep_current(store, self.meeting.id, lang, now) {
            self.failed(&e);
        }
    }
}
