//! The secretary's live meeting: the state of the meeting screen. The
//! meeting's rows are kept in memory and read again from the store only after
//! a write, so a key press costs no query; the files below own the panes,
//! the popups, the keys and the writes.

mod abandon;
mod agenda;
mod amend;
mod attendance;
mod checks;
pub mod editor;
mod editor_view;
mod entry_view;
mod field;
mod forms;
mod header;
mod keys;
mod move_entry;
mod popups;
mod verdict;
pub use popups::{Answer, answer};
mod selection;
mod submit;
mod undo;
mod update;
pub mod view;

use crate::i18n::tr;
use std::collections::{HashMap, VecDeque};

use chrono::{DateTime, Local};

use crate::catalog::Forum;
use crate::domain::Level;
use crate::domain::decision::DecisionRef;
use crate::domain::meeting::MeetingStatus;
use crate::i18n::Lang;
use crate::store::followup::{ActionFilter, ActionRow};
use crate::store::meetings::{AgendaItem, AttendanceRow, Draft, Entry, Meeting};
use crate::store::{Result, Store, StoreError};

use super::strings::Strings;
use super::theme::Theme;

pub use attendance::{AttRow, Section, Warning};
pub use editor::Editor;
pub use keys::Action;
pub use popups::{Confirm, Popup};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Attendance,
    Agenda,
}

/// One line of the agenda pane: an item or an entry under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TreeRow {
    /// Index into the agenda.
    Item(usize),
    /// Index into the entries.
    Entry(usize),
    /// Index into the actions followed up, under the follow-up item.
    FollowUp(usize),
}

/// A line under the panes saying what was saved, or what went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// What the screen asks of the app after a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    /// Back to the home screen.
    Home,
    /// End the program (Ctrl-C); the meeting stays as it is.
    Quit,
    Help,
    /// Open the popup that exports the protocol (`p`).
    Export,
    /// Record here the meeting another fora holds, as confirmed.
    TakeOver,
}

/// A forum an escalation can go to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForumChoice {
    pub id: String,
    pub label: String,
    pub level: Level,
}

pub struct MeetingScreen {
    pub(super) lang: Lang,
    pub(super) s: &'static Strings,
    pub(super) theme: Theme,
    pub(super) now: DateTime<Local>,
    pub(super) meeting: Meeting,
    pub(super) forum: Forum,
    pub(super) forums: Vec<ForumChoice>,
    /// Everyone in the people register, with their organisation: who can stand in.
    pub(super) people: Vec<(String, String)>,
    pub(super) organisations: Vec<String>,
    pub(super) attendance: Vec<AttendanceRow>,
    pub(super) agenda: Vec<AgendaItem>,
    pub(super) entries: Vec<Entry>,
    /// The forum's actions from earlier meetings that this one follows up:
    /// open, or marked done here. Shown under the follow-up item.
    pub(super) followups: Vec<ActionRow>,
    pub(super) att_rows: Vec<AttRow>,
    pub(super) tree: Vec<TreeRow>,
    /// The reference of each decision, by entry id, as the store gives it.
    pub(super) decisions: HashMap<i64, DecisionRef>,
    pub(super) warnings: Vec<Warning>,
    pub(super) focus: Pane,
    /// Index into `att_rows`, always an `AttRow::Person`.
    pub(super) att_selected: Option<usize>,
    /// Index into `tree`.
    pub(super) tree_selected: Option<usize>,
    pub(super) att_offset: usize,
    pub(super) tree_offset: usize,
    /// Rows the panes showed in the last frame, for scrolling and paging.
    pub(super) heights: (usize, usize),
    pub(super) popup: Option<Popup>,
    /// Drafts left by an earlier session, still to be offered.
    pub(super) drafts: VecDeque<Draft>,
    /// Drafts the secretary put off; still in the store, offered again
    /// before an editor of the same slot opens.
    pub(super) postponed: Vec<Draft>,
    pub(super) message: Option<Message>,
    /// Why the rows could not be read back after a write that succeeded.
    pub(super) unseen: Option<StoreError>,
    /// Set when another fora records this meeting. Nothing can be changed
    /// then; the panes can still be read and exported.
    pub(super) read_only: Option<ReadOnly>,
    /// Set when the protocol's latest version was sent or approved: a change is asked for first.
    frozen: Option<amend::Frozen>,
    /// The secretary said yes to changing it: each change updates the new version.
    pub(super) amending: bool,
}

/// A meeting shown while another fora records it.
pub(super) struct ReadOnly {
    /// Who records it and since when, kept in view in the status bar.
    pub banner: String,
    /// Who records it, as the take-over question names them.
    pub who: String,
    /// When the rows were last read, to follow what the recorder adds.
    pub read_at: DateTime<Local>,
}

/// How often a read-only meeting reads its rows again.
const FOLLOW_SECONDS: i64 = 2;

impl MeetingScreen {
    /// Reads meeting `id` with its rows, and queues its drafts to be offered.
    pub fn open(
        store: &Store,
        id: i64,
        lang: Lang,
        theme: Theme,
        now: DateTime<Local>,
    ) -> Result<MeetingScreen> {
        let meeting = store.meeting(id)?;
        let catalog = store.catalog()?;
        let forum = catalog
            .forum(&meeting.forum_id)
            .cloned()
            .ok_or_else(|| StoreError::UnknownForum(meeting.forum_id.clone()))?;
        let forums = catalog
            .forums
            .iter()
            .map(|f| ForumChoice {
                id: f.id.clone(),
                label: match &f.qualifier {
                    Some(q) => format!("{} ({q})", f.name),
                    None => f.name.clone(),
                },
                level: f.level,
            })
            .collect();
        let people = store
            .people()?
            .into_iter()
            .map(|p| (p.name, p.organisation))
            .collect();
        let organisations = store.organisations()?.into_iter().map(|o| o.name).collect();
        let mut screen = MeetingScreen {
            lang,
            s: Strings::for_lang(lang),
            theme,
            now,
            meeting,
            forum,
            forums,
            people,
            organisations,
            attendance: Vec::new(),
            agenda: Vec::new(),
            entries: Vec::new(),
            followups: Vec::new(),
            att_rows: Vec::new(),
            tree: Vec::new(),
            decisions: HashMap::new(),
            warnings: Vec::new(),
            focus: Pane::Attendance,
            att_selected: None,
            tree_selected: None,
            att_offset: 0,
            tree_offset: 0,
            heights: (0, 0),
            popup: None,
            drafts: store.drafts(id)?.into(),
            postponed: Vec::new(),
            message: None,
            unseen: None,
            read_only: None,
            frozen: amend::frozen_in(store, id)?,
            amending: false,
        };
        screen.reload(store, Reload::All)?;
        screen.att_selected = screen.att_rows.iter().position(AttRow::is_person);
        screen.tree_selected = screen.current_row().or((!screen.tree.is_empty()).then_some(0));
        screen.next_popup();
        Ok(screen)
    }

    /// Reads again what a write changed and rebuilds what is derived from it,
    /// keeping the selections on the same rows.
    pub(super) fn reload(&mut self, store: &Store, what: Reload) -> Result<()> {
        let att_id = self.selected_attendance().map(|r| r.id);
        let tree_key = self.selected_tree_key();
        if matches!(what, Reload::Meeting | Reload::All) {
            self.meeting = store.meeting(self.meeting.id)?;
        }
        if matches!(what, Reload::Attendance | Reload::All) {
            self.attendance = store.attendance(self.meeting.id)?;
            self.att_rows = attendance::rows(&self.attendance);
            self.warnings = attendance::warnings(&self.attendance);
            self.att_selected = att_id
                .and_then(|id| {
                    self.att_rows
                        .iter()
                        .position(|r| matches!(r, AttRow::Person(i) if self.attendance[*i].id == id))
                })
                .or_else(|| self.att_rows.iter().position(AttRow::is_person));
        }
        if matches!(what, Reload::Agenda | Reload::All) {
            self.agenda = store.agenda(self.meeting.id)?;
        }
        if matches!(what, Reload::Agenda | Reload::Entries | Reload::All) {
            self.entries = store.entries(self.meeting.id)?;
            let filter = ActionFilter {
                forum_id: Some(&self.meeting.forum_id),
                followed_up_in: Some(self.meeting.id),
                ..ActionFilter::default()
            };
            self.followups = store.actions(&filter, &self.now.format("%Y-%m-%d").to_string())?;
            self.decisions = store.decision_refs(self.meeting.id)?;
            self.rebuild_tree(tree_key);
        }
        Ok(())
    }

    /// Adds an entry just recorded to the rows on screen, as the store
    /// returned it: only a decision's references are read back, so Enter
    /// costs little more than the commit.
    pub(super) fn push_entry(&mut self, store: &Store, entry: Entry) {
        let id = entry.id;
        // Ids only grow, and the store lists a meeting's entries by id.
        debug_assert!(self.entries.last().is_none_or(|e| e.id < id));
        if entry.kind == crate::domain::meeting::EntryKind::Decision {
            // One added on an earlier item moves the later provisional numbers.
            match store.decision_refs(self.meeting.id) {
                Ok(decisions) => self.decisions = decisions,
                Err(e) => self.unseen = Some(e),
            }
        }
        self.entries.push(entry);
        let index = self.entries.len() - 1;
        match agenda::newest_entry_row(&self.tree, &self.agenda, &self.entries, index) {
            Some(row) => {
                self.tree.insert(row, TreeRow::Entry(index));
                if self.tree_selected.is_some_and(|s| s >= row) {
                    self.tree_selected = self.tree_selected.map(|s| s + 1);
                }
            }
            None => self.rebuild_tree(self.selected_tree_key()),
        }
        // The same rows as reading the whole meeting again would give.
        debug_assert_eq!(
            self.tree,
            agenda::tree(&self.agenda, &self.entries, &self.followups)
        );
    }

    fn rebuild_tree(&mut self, keep: Option<TreeKey>) {
        self.tree = agenda::tree(&self.agenda, &self.entries, &self.followups);
        if let Some(key) = keep {
            self.select_tree(key);
        }
    }

    /// Shows the meeting read-only because `holder` records it. What is
    /// being typed is kept as a draft first, and drafts are not offered:
    /// they belong to whoever records the meeting.
    pub fn make_read_only(
        &mut self,
        store: &mut Store,
        holder: &crate::store::locks::Holder,
        now: DateTime<Local>,
    ) {
        if matches!(self.popup, Some(Popup::Editor(_))) {
            self.keep_draft(store, now);
        }
        self.popup = None;
        self.drafts.clear();
        self.postponed.clear();
        let since = crate::tui::common::clock_of(&holder.since);
        // The person, not the process: a pid tells a secretary nothing.
        let who = if holder.person.trim().is_empty() {
            &holder.holder
        } else {
            &holder.person
        };
        let who = crate::text::inert(who);
        let banner = tr!(
            self.s.lang,
            "tui-read-only-banner",
            holder = who.clone(),
            since = since
        );
        self.read_only = Some(ReadOnly {
            banner,
            who,
            read_at: now,
        });
    }

    /// The question before taking the meeting over from its recorder.
    pub(super) fn take_over_question(&self) -> String {
        let who = self.read_only.as_ref().map(|r| r.who.clone()).unwrap_or_default();
        tr!(self.lang, "slips-confirm-take-over", who = who)
    }

    /// Why the meeting cannot be changed here, when it cannot.
    pub fn read_only(&self) -> Option<&str> {
        self.read_only.as_ref().map(|r| r.banner.as_str())
    }

    /// Reads a read-only meeting's rows again now and then, so that what
    /// its recorder adds shows up here. Returns whether it read them.
    pub(super) fn follow_recorder(&mut self, store: &Store, now: DateTime<Local>) -> bool {
        let Some(read_only) = self.read_only.as_mut() else {
            return false;
        };
        if now - read_only.read_at < chrono::Duration::seconds(FOLLOW_SECONDS) {
            return false;
        }
        read_only.read_at = now;
        if let Err(e) = self.reload(store, Reload::All) {
            let text = format!("{} {}", self.s.not_read_again, crate::text::inert(&e.to_string()));
            self.note_error(&text);
        }
        true
    }

    /// Offers the next draft left from an earlier session, if nothing else is open.
    pub(super) fn next_popup(&mut self) {
        if self.popup.is_none()
            && self.read_only.is_none()
            && let Some(draft) = self.drafts.pop_front()
        {
            self.popup = Some(Popup::Draft(draft));
        }
    }

    pub(super) fn is_running(&self) -> bool {
        self.meeting.status == MeetingStatus::InProgress
    }

    pub(super) fn saved(&mut self, what: &str) {
        self.message = Some(Message {
            text: format!("{} {what}", self.s.saved),
            error: false,
        });
    }

    /// The change is on disk, but the screen could not read it back.
    pub(super) fn saved_unseen(&mut self, error: &StoreError) {
        self.saved_but(self.s.saved_unseen, error);
    }

    fn saved_but(&mut self, what: &str, error: &StoreError) {
        self.message = Some(Message {
            text: format!("{what} {}", crate::text::inert(&error.to_string())),
            error: true,
        });
    }

    /// Says something went wrong that was not a failed write.
    pub fn note_error(&mut self, text: &str) {
        self.message = Some(Message {
            text: text.to_string(),
            error: true,
        });
    }

    pub(super) fn failed(&mut self, error: &dyn std::fmt::Display) {
        self.message = Some(Message {
            text: format!("{} {}", self.s.not_saved, crate::text::inert(&error.to_string())),
            error: true,
        });
    }

    // ------------------------------------------------------------ read access

    pub fn meeting(&self) -> &Meeting {
        &self.meeting
    }

    pub fn attendance(&self) -> &[AttendanceRow] {
        &self.attendance
    }

    pub fn agenda(&self) -> &[AgendaItem] {
        &self.agenda
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The forum's earlier actions this meeting follows up.
    pub fn followups(&self) -> &[ActionRow] {
        &self.followups
    }

    pub fn focus(&self) -> Pane {
        self.focus
    }

    pub fn popup(&self) -> Option<&Popup> {
        self.popup.as_ref()
    }

    pub fn editor(&self) -> Option<&Editor> {
        match &self.popup {
            Some(Popup::Editor(editor)) => Some(editor),
            _ => None,
        }
    }

    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    /// The warnings shown while they hold.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// The reference of a decision, "Leveransforum 2026 § (3)".
    pub fn decision_reference(&self, entry_id: i64) -> Option<&DecisionRef> {
        self.decisions.get(&entry_id)
    }

    pub fn selected_entry_id(&self) -> Option<i64> {
        self.selected_entry().map(|e| e.id)
    }
}

/// Which rows a write changed and must be read again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reload {
    Meeting,
    Attendance,
    /// The items, and the entries with them since removing an item removes its entries.
    Agenda,
    Entries,
    All,
}

/// A row of the agenda pane by what it shows rather than where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TreeKey {
    Item(i64),
    /// The entry and its item.
    Entry(i64, i64),
    /// An action followed up (its entry id) and the item it is shown under.
    FollowUp(i64, i64),
}
