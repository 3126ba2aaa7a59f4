//! Leaving a meeting that should not have been started (`x` in the leave
//! popup): discarded without a trace when nothing was recorded, else
//! cancelled, that meeting, with a reason.

use chrono::{DateTime, Local};

use crate::i18n::tr;
use crate::store::Store;
use crate::text::inert;

use super::editor::Purpose;
use super::popups::{Confirm, Popup};
use super::{MeetingScreen, Outcome, Reload};

impl MeetingScreen {
    /// Asks to discard the meeting, or for the reason to cancel it.
    pub(super) fn abandon(&mut self, recorded: bool) {
        if recorded {
            self.open_editor(Purpose::CancelMeeting);
        } else {
            self.popup = Some(Popup::Confirm(Confirm::Discard));
        }
    }

    /// The question before discarding: which forum, which day.
    pub(super) fn discard_question(&self) -> String {
        tr!(
            self.lang,
            "slips-confirm-discard",
            forum = inert(&self.forum.name),
            date = self.meeting.date.clone()
        )
    }

    pub(super) fn discard(&mut self, store: &mut Store) -> Outcome {
        match store.discard_meeting(self.meeting.id) {
            Ok(()) => Outcome::Home,
            Err(e) => {
                self.failed(&e);
                Outcome::Stay
            }
        }
    }

    /// Cancels this meeting for `reason`; what the status line then says.
    pub(super) fn cancel_meeting(
        &mut self,
        store: &mut Store,
        reason: &str,
        now: DateTime<Local>,
    ) -> crate::store::Result<String> {
        store.cancel_started_meeting(self.meeting.id, reason, now)?;
        if let Err(e) = self.reload(store, Reload::Meeting) {
            self.unseen = Some(e);
        }
        Ok(self.lang.text("slips-cancelled").to_string())
    }
}
