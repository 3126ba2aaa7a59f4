//! The small popups of the meeting screen: a yes/no confirmation, leaving
//! the meeting (end it, leave it running, stay), and a draft left by an
//! earlier session (restore or discard): what each answer does, and drawing them.

use crate::i18n::tr;
use chrono::{DateTime, Local};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::store::Store;
use crate::store::meetings::Draft;
use crate::text::inert;
use crate::tui::common::{centered, clock_of, popup_frame, truncate};
use crate::tui::wrap::wrap;

use super::editor::{Editor, Outcome as EditorOutcome, parse_draft};
use super::keys::Action;
use super::move_entry::MoveTo;
use super::{MeetingScreen, Outcome, Reload, forms};

pub enum Popup {
    Editor(Box<Editor>),
    Confirm(Confirm),
    /// q: end the meeting, leave it running, discard or cancel it, or
    /// stay; `recorded` when anything was recorded, so it cannot be discarded.
    Quit {
        recorded: bool,
    },
    /// Enter on an entry: shown, not edited.
    View(i64),
    /// M: which item the entry moves to.
    MoveTo(MoveTo),
    /// A draft from an earlier session, to restore or discard.
    Draft(Draft),
    /// A change to a meeting whose protocol was sent or approved: go ahead?
    Amend(Action),
    /// Staden's approval or dispute of a report's outcome.
    Verdict(super::verdict::VerdictPopup),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    RemoveItem {
        item_id: i64,
        title: String,
        entries: usize,
    },
    DeleteEntry {
        entry_id: i64,
        label: String,
    },
    /// Remove a meeting in which nothing was recorded.
    Discard,
    /// Record here a meeting another fora holds.
    TakeOver,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Yes,
    No,
}

/// y and Enter are yes, n and Esc are no, in both languages; other keys
/// are not an answer. Never a movement key: `j` moves down, so it cannot
/// also mean "ja".
pub fn answer(key: KeyEvent) -> Option<Answer> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    match key.code {
        KeyCode::Char('y' | 'Y') | KeyCode::Enter => Some(Answer::Yes),
        KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Answer::No),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leave {
    /// Record the end time: the meeting is held.
    End,
    /// Back home; the meeting stays in progress.
    KeepRunning,
    /// Discard it, or cancel it when something was recorded.
    Abandon,
    Stay,
}

/// a (avsluta) or e (end) ends; l leaves it running; x discards or
/// cancels it; Esc stays.
pub fn leave(key: KeyEvent) -> Option<Leave> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    match key.code {
        KeyCode::Char('a' | 'e') => Some(Leave::End),
        KeyCode::Char('l') => Some(Leave::KeepRunning),
        KeyCode::Char('x') => Some(Leave::Abandon),
        KeyCode::Esc | KeyCode::Char('s') => Some(Leave::Stay),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftAnswer {
    Restore,
    Discard,
    /// Keep it in the store and offer it next time.
    Later,
}

pub fn draft_answer(key: KeyEvent) -> Option<DraftAnswer> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    match key.code {
        KeyCode::Char('r') | KeyCode::Enter => Some(DraftAnswer::Restore),
        KeyCode::Char('d') => Some(DraftAnswer::Discard),
        KeyCode::Esc => Some(DraftAnswer::Later),
        _ => None,
    }
}

/// The first line of what a draft holds, for recognising it.
pub(super) fn draft_first_line(draft: &Draft) -> String {
    let text = match parse_draft(&draft.content) {
        Some(data) => {
            let order = ["text", "title", "name"];
            let first = order
                .iter()
                .filter_map(|k| data.fields.get(*k))
                .find(|v| !v.trim().is_empty());
            first
                .or_else(|| data.fields.values().find(|v| !v.trim().is_empty()))
                .cloned()
                .unwrap_or_default()
        }
        None => draft.content.clone(),
    };
    inert(text.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim())
}

fn lines_popup(m: &MeetingScreen, title: &str, body: Vec<Line<'static>>, area: Rect, buf: &mut Buffer) {
    let width = 64.min(area.width);
    let height = u16::try_from(body.len() + 2).unwrap_or(u16::MAX);
    let inner = popup_frame(&m.theme, title, centered(area, width, height), buf);
    Paragraph::new(body).render(inner, buf);
}

pub fn render(m: &MeetingScreen, area: Rect, buf: &mut Buffer) {
    let s = m.s;
    let t = &m.theme;
    let width = usize::from(64.min(area.width).saturating_sub(2));
    match &m.popup {
        None | Some(Popup::Editor(_)) => {}
        Some(Popup::Confirm(confirm)) => {
            let question = match confirm {
                Confirm::RemoveItem { title, entries, .. } => tr!(
                    s.lang,
                    "tui-confirm-remove-item",
                    title = inert(title),
                    entries = *entries
                ),
                Confirm::DeleteEntry { label, .. } => {
                    tr!(s.lang, "tui-confirm-delete-entry", entry = label.as_str())
                }
                Confirm::Discard => m.discard_question(),
                Confirm::TakeOver => m.take_over_question(),
            };
            let mut body = wrap(vec![], &[Span::raw(question)], 0, width);
            body.push(Line::default());
            body.push(Line::styled(s.yes_no, t.muted));
            lines_popup(m, s.confirm_title, body, area, buf);
        }
        Some(Popup::Amend(_)) => {
            let question = m.frozen.map_or("", |f| f.question(s.lang));
            let mut body = wrap(vec![], &[Span::raw(question)], 0, width);
            body.push(Line::default());
            body.push(Line::styled(s.lang.text("tui-amend-keys"), t.muted));
            lines_popup(m, s.confirm_title, body, area, buf);
        }
        Some(Popup::View(entry_id)) => super::entry_view::render(m, *entry_id, area, buf),
        Some(Popup::MoveTo(picker)) => super::move_entry::render(m, picker, area, buf),
        Some(Popup::Verdict(popup)) => super::verdict::render(m, popup, area, buf),
        Some(Popup::Quit { recorded }) => {
            let end = format!(
                "{}  {}",
                s.end_key,
                tr!(
                    s.lang,
                    "tui-end-meeting-now",
                    time = m.now.format("%H:%M").to_string()
                )
            );
            let body = vec![
                Line::from(Span::raw(end)),
                Line::from(Span::raw(format!("l  {}", s.keep_running))),
                Line::from(Span::raw(format!(
                    "x  {}",
                    s.lang.text(if *recorded {
                        "slips-leave-cancel"
                    } else {
                        "slips-leave-discard"
                    })
                ))),
                Line::from(Span::raw(format!("Esc  {}", s.stay))),
            ];
            lines_popup(m, s.leave_title, body, area, buf);
        }
        Some(Popup::Draft(draft)) => {
            let what = match parse_draft(&draft.content) {
                Some(data) => forms::purpose_label(m, &data.purpose),
                None => s.unknown_draft.to_string(),
            };
            let when = format!(
                "{} {} {}",
                s.saved_at,
                draft.saved_at.get(0..10).unwrap_or(""),
                draft.saved_at.get(11..19).unwrap_or(clock_of(&draft.saved_at))
            );
            let mut body = vec![
                Line::from(Span::styled(truncate(&what, width), t.label)),
                Line::from(Span::styled(truncate(&when, width), t.muted)),
                Line::default(),
            ];
            body.push(Line::from(Span::raw(truncate(
                &format!("«{}»", draft_first_line(draft)),
                width,
            ))));
            body.push(Line::default());
            body.push(Line::styled(truncate(s.draft_keys, width), t.muted));
            lines_popup(m, s.draft_title, body, area, buf);
        }
    }
}

impl MeetingScreen {
    pub(super) fn popup_key(
        &mut self,
        popup: Popup,
        store: &mut Store,
        key: KeyEvent,
        now: DateTime<Local>,
    ) -> Outcome {
        match popup {
            Popup::Editor(mut editor) => match editor.key(key, now) {
                EditorOutcome::Save => self.submit(editor, store, now),
                EditorOutcome::Cancel => self.cancel(&editor, store),
                EditorOutcome::FocusMoved => {
                    self.popup = Some(Popup::Editor(editor));
                    self.keep_draft(store, now);
                }
                EditorOutcome::Edited | EditorOutcome::Nothing => self.popup = Some(Popup::Editor(editor)),
            },
            Popup::Amend(action) => match (key.code, answer(key)) {
                (KeyCode::Enter, _) | (_, Some(Answer::Yes)) => {
                    self.amending = true;
                    return self.update(action, store, now);
                }
                (_, Some(Answer::No)) => {}
                _ => self.popup = Some(Popup::Amend(action)),
            },
            Popup::Confirm(confirm) => match answer(key) {
                Some(Answer::Yes) => return self.confirmed(confirm, store, now),
                Some(Answer::No) => {}
                None => self.popup = Some(Popup::Confirm(confirm)),
            },
            Popup::Verdict(popup) => self.verdict_key(popup, store, key, now),
            Popup::Quit { recorded } => match leave(key) {
                Some(Leave::End) => match store.end_meeting(self.meeting.id, now) {
                    Ok(()) => return Outcome::Home,
                    Err(e) => self.failed(&e),
                },
                Some(Leave::KeepRunning) => return Outcome::Home,
                Some(Leave::Abandon) => self.abandon(recorded),
                Some(Leave::Stay) => {}
                None => self.popup = Some(Popup::Quit { recorded }),
            },
            Popup::View(entry_id) => self.view_key(entry_id, key),
            Popup::MoveTo(picker) => self.move_key(picker, store, key),
            Popup::Draft(draft) => match draft_answer(key) {
                Some(DraftAnswer::Restore) => self.restore(draft, store, now),
                Some(DraftAnswer::Discard) => match store.discard_draft(self.meeting.id, draft.slot) {
                    Ok(()) => self.note(self.s.draft_discarded),
                    Err(e) => self.failed(&e),
                },
                Some(DraftAnswer::Later) => self.postponed.push(draft),
                None => self.popup = Some(Popup::Draft(draft)),
            },
        }
        Outcome::Stay
    }

    pub(super) fn ask_delete(&mut self) {
        if self.selected_followup().is_some() {
            self.note(self.s.followup_is_earlier);
        } else if let Some(entry) = self.selected_entry() {
            let label = super::agenda::entry_label(self, entry);
            self.popup = Some(Popup::Confirm(Confirm::DeleteEntry {
                entry_id: entry.id,
                label,
            }));
        } else if let Some(item) = self.selected_item() {
            let entries = self.entries.iter().filter(|e| e.item_id == item.id).count();
            self.popup = Some(Popup::Confirm(Confirm::RemoveItem {
                item_id: item.id,
                title: item.title.clone(),
                entries,
            }));
        }
    }

    fn confirmed(&mut self, confirm: Confirm, store: &mut Store, now: DateTime<Local>) -> Outcome {
        match confirm {
            Confirm::RemoveItem { item_id, .. } => {
                let result = store.remove_item(item_id, now);
                self.wrote(store, result, Reload::Agenda, self.s.item_removed);
            }
            Confirm::DeleteEntry { entry_id, .. } => {
                let result = store.delete_entry(entry_id, now);
                self.wrote(store, result, Reload::Entries, self.s.entry_deleted);
            }
            Confirm::Discard => return self.discard(store),
            Confirm::TakeOver => return Outcome::TakeOver,
        }
        self.follow();
        Outcome::Stay
    }
}
