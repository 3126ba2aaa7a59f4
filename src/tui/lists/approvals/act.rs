//! What the inbox does: send a version for justering, and record or sign an
//! approval, by the same rules and with the same refusals as
//! `fora protocol send` and `fora protocol approve` (`protocol::justering`).

use std::path::Path;

use chrono::{DateTime, Local};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::ApprovalScreen;
use super::ask::{Ask, Edit, Purpose, edit};
use crate::i18n::tr;
use crate::protocol::justering::{self, How};
use crate::signing::SigningKey;
use crate::store::Store;
use crate::text::inert;
use crate::tui::strings::Strings;

impl ApprovalScreen {
    /// `s`: sends the selected protocol as it stands: a draft, or a returned version again.
    pub(super) fn send(&mut self, store: &mut Store, now: DateTime<Local>, s: &Strings) {
        let Some(meeting) = self.selected().map(|w| w.work.latest.version.meeting_id) else {
            return;
        };
        match justering::send(store, meeting, s.lang, now) {
            Ok(v) => {
                self.reloaded(store, now, s);
                self.said(tr!(s.lang, "tui-inbox-sent", number = v.number), false);
            }
            Err(e) => self.said(e.render(s.lang), true),
        }
    }

    /// `r` or `n`: asks which of the missing approvers approved.
    pub(super) fn start(&mut self, purpose: Purpose, s: &Strings) {
        let Some(work) = self.selected().map(|w| &w.work) else {
            return;
        };
        if !work.awaits_approval() {
            let v = &work.latest.version;
            let text = tr!(
                s.lang,
                "tui-inbox-not-awaiting",
                number = v.number,
                state = v.state.label(s.lang)
            );
            self.said(text, true);
            return;
        }
        let names: Vec<String> = work.missing().into_iter().map(str::to_string).collect();
        if names.is_empty() {
            self.said(s.lang.text("tui-inbox-none-missing").to_string(), true);
            return;
        }
        self.ask = Some(Ask::Approver {
            purpose,
            meeting: work.latest.version.meeting_id,
            names,
            at: 0,
        });
    }

    /// A key while a question is asked; the next question, or the approval.
    pub(super) fn answer(
        &mut self,
        store: &mut Store,
        ask: Ask,
        key: KeyEvent,
        now: DateTime<Local>,
        s: &Strings,
    ) {
        self.ask = match ask {
            Ask::Approver {
                purpose,
                meeting,
                names,
                at,
            } => match key.code {
                KeyCode::Up | KeyCode::Char('k') => Some(Ask::Approver {
                    purpose,
                    meeting,
                    at: at.saturating_sub(1),
                    names,
                }),
                KeyCode::Down | KeyCode::Char('j') => Some(Ask::Approver {
                    purpose,
                    meeting,
                    at: (at + 1).min(names.len().saturating_sub(1)),
                    names,
                }),
                KeyCode::Enter => {
                    let approver = names.get(at).cloned().unwrap_or_default();
                    Some(self.next_question(purpose, meeting, approver))
                }
                KeyCode::Esc | KeyCode::Char('q') => None,
                _ => Some(Ask::Approver {
                    purpose,
                    meeting,
                    names,
                    at,
                }),
            },
            Ask::RecordedBy {
                meeting,
                approver,
                mut typed,
            } => match edit(&mut typed, key) {
                Edit::Typing => Some(Ask::RecordedBy {
                    meeting,
                    approver,
                    typed,
                }),
                Edit::Cancel => None,
                Edit::Done => self.approve(store, meeting, &approver, How::RecordedBy(&typed), now, s),
            },
            Ask::KeyFile {
                meeting,
                approver,
                mut typed,
            } => match edit(&mut typed, key) {
                Edit::Typing => Some(Ask::KeyFile {
                    meeting,
                    approver,
                    typed,
                }),
                Edit::Cancel => None,
                Edit::Done => match read_key(Path::new(typed.trim()), s) {
                    Err(problem) => {
                        self.said(problem, true);
                        Some(Ask::KeyFile {
                            meeting,
                            approver,
                            typed,
                        })
                    }
                    Ok(key) if key.is_locked() => Some(Ask::Passphrase {
                        meeting,
                        approver,
                        key: Box::new(key),
                        typed: String::new(),
                    }),
                    Ok(key) => self.approve(store, meeting, &approver, How::Key(&key), now, s),
                },
            },
            Ask::Passphrase {
                meeting,
                approver,
                key: locked,
                mut typed,
            } => match edit(&mut typed, key) {
                Edit::Typing => Some(Ask::Passphrase {
                    meeting,
                    approver,
                    key: locked,
                    typed,
                }),
                Edit::Cancel => None,
                Edit::Done => match (*locked).unlock(&typed) {
                    Ok(key) => self.approve(store, meeting, &approver, How::Key(&key), now, s),
                    Err(e) => {
                        self.said(e.message().render(s.lang), true);
                        None
                    }
                },
            },
        };
    }

    /// After the approver is chosen: who records it (the minute keeper,
    /// unless told otherwise), or the key file (the default one, unless told otherwise).
    fn next_question(&self, purpose: Purpose, meeting: i64, approver: String) -> Ask {
        match purpose {
            Purpose::Record => Ask::RecordedBy {
                meeting,
                approver,
                typed: self
                    .selected()
                    .and_then(|w| w.work.minute_keeper.clone())
                    .unwrap_or_default(),
            },
            Purpose::Sign => Ask::KeyFile {
                meeting,
                approver,
                typed: crate::paths::default_key()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
            },
        }
    }

    /// Records the approval of the version out for justering; the question
    /// stays gone whether or not it was refused, with what happened said.
    fn approve(
        &mut self,
        store: &mut Store,
        meeting: i64,
        approver: &str,
        how: How,
        now: DateTime<Local>,
        s: &Strings,
    ) -> Option<Ask> {
        let signed = matches!(how, How::Key(_));
        let done = justering::awaiting(store, meeting)
            .and_then(|v| justering::approve(store, &v, approver, how, now).map(|complete| (v, complete)));
        match done {
            Ok((v, complete)) => {
                self.reloaded(store, now, s);
                let (name, number) = (inert(approver), v.number);
                let text = match (signed, complete) {
                    (_, true) => tr!(s.lang, "tui-inbox-approved", name = name, number = number),
                    (true, false) => tr!(s.lang, "tui-inbox-signed", name = name, number = number),
                    (false, false) => tr!(s.lang, "tui-inbox-recorded", name = name, number = number),
                };
                self.said(text, false);
            }
            Err(e) => self.said(e.render(s.lang), true),
        }
        None
    }

    fn reloaded(&mut self, store: &Store, now: DateTime<Local>, s: &Strings) {
        if let Err(e) = self.reload(store, now) {
            self.said(
                format!("{} {}", s.saved_unseen, inert(&e.message().render(s.lang))),
                true,
            );
        }
    }
}

/// A private key file, read and parsed, or what is wrong with it.
fn read_key(path: &Path, s: &Strings) -> Result<SigningKey, String> {
    let shown = inert(&path.display().to_string());
    let bytes = crate::files::read(path).map_err(|e| e.message().render(s.lang))?;
    SigningKey::parse(&bytes).map_err(|e| {
        tr!(
            s.lang,
            "err-key-file",
            path = shown,
            problem = e.message().render(s.lang)
        )
    })
}
