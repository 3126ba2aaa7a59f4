//! Staden's verdict on the service-level report (`v` on a report's agenda
//! item): approve, or dispute with a reason; recorded as a decision linked
//! to the delivery, which the report register then shows.

use chrono::{DateTime, Local};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::domain::reports::Verdict;
use crate::store::Store;
use crate::store::reports::ReportError;
use crate::text::inert;
use crate::tui::common::{centered, popup_frame};

use super::popups::Popup;
use super::{MeetingScreen, Reload};

/// The longest reason the popup takes; a longer one belongs in an entry.
const REASON_MAX: usize = 500;

pub struct VerdictPopup {
    item_id: i64,
    /// The report and month, as the decision will name them.
    title: String,
    /// `Some` while the reason for a dispute is typed.
    reason: Option<String>,
}

impl MeetingScreen {
    /// Opens the verdict popup on the selected item, if it takes up a
    /// report Staden gives a verdict on; says why not otherwise.
    pub(super) fn open_verdict(&mut self, store: &Store) {
        let Some(item_id) = self.selected_item().map(|i| i.id) else {
            return;
        };
        match store.report_of_item(item_id) {
            Ok(Some(report)) if report.verdict => {
                self.popup = Some(Popup::Verdict(VerdictPopup {
                    item_id,
                    title: format!("{} {}", report.name, report.month),
                    reason: None,
                }));
            }
            Ok(Some(report)) => self.note_error(&ReportError::NoVerdict(report.name).to_string()),
            Ok(None) => self.note_error(&ReportError::NotAReportItem.to_string()),
            Err(e) => self.failed(&e),
        }
    }

    pub(super) fn verdict_key(
        &mut self,
        mut popup: VerdictPopup,
        store: &mut Store,
        key: KeyEvent,
        now: DateTime<Local>,
    ) {
        let chosen = match (&mut popup.reason, key.code) {
            (None, KeyCode::Char('1')) => Some(Verdict::Approved),
            (None, KeyCode::Char('2')) => {
                popup.reason = Some(String::new());
                None
            }
            (None, KeyCode::Esc) => return,
            (Some(_), KeyCode::Esc) => {
                popup.reason = None;
                None
            }
            (Some(reason), KeyCode::Backspace) => {
                reason.pop();
                None
            }
            (Some(reason), KeyCode::Enter) if !reason.trim().is_empty() => Some(Verdict::Disputed),
            (Some(reason), KeyCode::Char(c)) if !c.is_control() && reason.chars().count() < REASON_MAX => {
                reason.push(c);
                None
            }
            _ => None,
        };
        let Some(verdict) = chosen else {
            self.popup = Some(Popup::Verdict(popup));
            return;
        };
        let result =
            store.record_report_verdict(popup.item_id, verdict, popup.reason.as_deref(), now, self.lang);
        match result {
            Ok(_) => {
                let saved = self.lang.text("reports-verdict-saved");
                self.wrote(store, Ok(()), Reload::Entries, saved);
            }
            Err(e) => self.failed(&e),
        }
    }
}

pub fn render(m: &MeetingScreen, popup: &VerdictPopup, area: Rect, buf: &mut Buffer) {
    let lang = m.lang;
    let t = &m.theme;
    let mut body = vec![Line::styled(inert(&popup.title), t.label), Line::default()];
    match &popup.reason {
        None => {
            body.push(Line::raw(format!("1  {}", lang.text("reports-verdict-approve"))));
            body.push(Line::raw(format!("2  {}", lang.text("reports-verdict-dispute"))));
            body.push(Line::default());
            body.push(Line::styled(lang.text("reports-verdict-keys"), t.muted));
        }
        Some(reason) => {
            body.push(Line::raw(lang.text("reports-verdict-reason")));
            body.push(Line::from(vec![
                Span::raw(inert(reason)),
                Span::styled("▏", t.focus),
            ]));
            body.push(Line::default());
            body.push(Line::styled(lang.text("reports-verdict-reason-keys"), t.muted));
        }
    }
    let height = u16::try_from(body.len() + 4).unwrap_or(u16::MAX);
    let inner = popup_frame(
        t,
        lang.text("reports-verdict-title"),
        centered(area, 64, height),
        buf,
    );
    Paragraph::new(body).wrap(Wrap { trim: false }).render(inner, buf);
}
