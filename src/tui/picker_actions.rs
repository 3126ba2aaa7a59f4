//! What the app does with a pick from the meeting picker: start or open a
//! meeting, and for a forum whose suppliers propose its points, save a
//! proposed point or cancel a meeting that is due with none.

use chrono::{DateTime, Local};
use ratatui::crossterm::event::KeyEvent;

use crate::domain::schedule::DueState;
use crate::domain::{ForumRule, Party};
use crate::store::{Result, Store};
use crate::text::inert;

use super::app::App;
use super::picker::{MeetingPicker, Pick};
use super::proposals::SupplierPoints;

impl App {
    /// Opens the picker of the selected forum: its meetings, and its
    /// suppliers' points when the forum takes them.
    pub(super) fn open_picker(&mut self, store: &Store) {
        self.message = None;
        let Some(forum) = self.selected_forum() else {
            return;
        };

        let meetings = match store.meeting_summaries(Some(&forum.id)) {
            Ok(meetings) => meetings,
            Err(e) => {
                self.message = Some(format!("{} {}", self.strings.not_loaded, inert(&e.to_string())));
                return;
            }
        };
        self.picker = Some(MeetingPicker::new(forum, &meetings, self.today()));
        // Read just now: another fora may have started or cancelled today's meeting.
        let today = self.today().to_string();
        let met_today = meetings.iter().any(|m| m.date == today);
        if let Err(e) = self.add_supplier_points(store, met_today)
            && let Some(picker) = self.picker.as_mut()
        {
            picker.message = Some((inert(&e.to_string()), true));
        }
    }

    fn add_supplier_points(&mut self, store: &Store, met_today: bool) -> Result<()> {
        let Some(index) = self.selected_index() else {
            return Ok(());
        };
        let forum = &self.catalog().forums[index];
        if !forum.rules.contains(&ForumRule::SuppliersProposePoints) {
            return Ok(());
        }
        let proposals = store.pending_proposals(&forum.id)?;
        let suppliers = store
            .organisations()?
            .into_iter()
            .filter(|o| o.party != Party::Staden)
            .map(|o| (o.id, o.name))
            .collect();
        let today = self.today().format("%Y-%m-%d").to_string();
        let due = self.overview(index).and_then(|o| match o.state {
            DueState::NeverHeld => Some(today.clone()),
            DueState::Overdue | DueState::DueSoon if o.days_overdue.is_some_and(|d| d >= 0) => {
                o.next_due.clone()
            }
            _ => None,
        });
        let may_cancel =
            forum.rules.contains(&ForumRule::CancelWithoutPoints) && proposals.is_empty() && !met_today;
        let points = SupplierPoints {
            proposals,
            suppliers,
            cancellable_since: due.filter(|_| may_cancel),
            form: None,
            confirm_cancel: false,
        };
        if let Some(picker) = self.picker.take() {
            self.picker = Some(picker.with_points(points));
        }
        Ok(())
    }

    /// A key while the picker is open.
    pub(super) fn picker_key(&mut self, store: &mut Store, key: KeyEvent, now: DateTime<Local>) {
        let Some(picker) = self.picker.as_mut() else {
            return;
        };
        match picker.key(key) {
            Pick::Nothing => {}
            Pick::Close => self.picker = None,
            Pick::Start(forum) => {
                self.picker = None;
                self.start_meeting(store, &forum, now);
            }
            Pick::Open(id) => {
                self.picker = None;
                if let Err(e) = self.open_meeting(store, id, now) {
                    self.message = Some(format!("{} {}", self.strings.not_opened, inert(&e.to_string())));
                }
            }
            Pick::Propose {
                organisation_id,
                text,
            } => {
                let forum_id = picker.forum_id.clone();
                match store.propose(&forum_id, organisation_id, &text, now) {
                    Ok(_) => {
                        self.refresh_picker(store);
                        self.picker_says(format!("{} {text}", self.strings.point_proposed), false);
                    }
                    // The form stays open with the text, to try again.
                    Err(e) => self.picker_says(format!("{} {e}", self.strings.not_proposed), true),
                }
            }
            Pick::Cancel => {
                let forum_id = picker.forum_id.clone();
                let date = now.format("%Y-%m-%d").to_string();
                let reason = self.strings.cancel_reason;
                match store.cancel_meeting(&forum_id, &date, reason, now) {
                    Ok(_) => {
                        self.reload_after_meeting(store, now);
                        self.refresh_picker(store);
                        self.picker_says(format!("{} {reason}", self.strings.meeting_cancelled), false);
                    }
                    Err(e) => self.picker_says(format!("{} {e}", self.strings.not_cancelled), true),
                }
            }
        }
    }

    /// Reads the picker again after a write, keeping the forum selected.
    fn refresh_picker(&mut self, store: &mut Store) {
        if let Ok(meetings) = store.meetings_of_day(&self.today().to_string()) {
            self.today_meetings = meetings;
        }
        self.open_picker(store);
    }

    fn picker_says(&mut self, text: String, failed: bool) {
        if let Some(picker) = self.picker.as_mut() {
            picker.message = Some((text, failed));
        }
    }
}
