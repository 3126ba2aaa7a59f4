//! The popup of the home screen that starts a meeting of the selected forum
//! now or opens an earlier one; for a forum whose suppliers propose its
//! points, also those points (see `proposals.rs`). It only says what was
//! picked; the app does it.

use crate::i18n::tr;
use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::catalog::Forum;
use crate::domain::meeting::MeetingStatus;
use crate::i18n::Lang;
use crate::store::meetings::MeetingSummary;
use crate::text::inert;

use super::common::{centered, popup_frame, truncate};
use super::proposals::{PointsKey, SupplierPoints};
use super::strings::Strings;
use super::theme::Theme;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickerRow {
    Start,
    Meeting(MeetingSummary),
}

/// What a key in the picker asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    Nothing,
    Close,
    /// Start a meeting of this forum now.
    Start(String),
    /// Open this meeting.
    Open(i64),
    /// A supplier proposes a point for the forum's next meeting.
    Propose {
        organisation_id: i64,
        text: String,
    },
    /// Cancel today's meeting of the forum: no points were proposed.
    Cancel,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingPicker {
    pub forum_id: String,
    pub forum_name: String,
    pub rows: Vec<PickerRow>,
    pub selected: usize,
    /// For a forum whose suppliers propose its points.
    pub points: Option<SupplierPoints>,
    /// What the last proposal or cancellation came to, and whether it failed.
    pub message: Option<(String, bool)>,
    /// Today, as a new meeting would be dated.
    pub today: String,
    /// Starting a meeting was asked for: it waits for a yes, so that a
    /// stray key never starts one.
    pub confirm_start: bool,
}

impl MeetingPicker {
    /// The choices for `forum`: a new meeting first, then its meetings newest
    /// first. A meeting of today that is still running is selected, because
    /// after a crash or a break that is the one the secretary comes back to.
    pub fn new(forum: &Forum, summaries: &[MeetingSummary], today: NaiveDate) -> MeetingPicker {
        let mut rows = vec![PickerRow::Start];
        rows.extend(
            summaries
                .iter()
                .filter(|m| m.forum_id == forum.id)
                .cloned()
                .map(PickerRow::Meeting),
        );
        let today = today.format("%Y-%m-%d").to_string();
        let selected = rows
            .iter()
            .position(|r| {
                matches!(r, PickerRow::Meeting(m) if m.status == MeetingStatus::InProgress && m.date == today)
            })
            .unwrap_or(0);
        let forum_name = match &forum.qualifier {
            Some(q) => format!("{} ({q})", forum.name),
            None => forum.name.clone(),
        };
        MeetingPicker {
            forum_id: forum.id.clone(),
            forum_name,
            rows,
            selected,
            points: None,
            message: None,
            today,
            confirm_start: false,
        }
    }

    /// Adds the suppliers' side: the points proposed, and the offer to cancel.
    pub fn with_points(mut self, points: SupplierPoints) -> MeetingPicker {
        self.points = Some(points);
        self
    }

    pub fn key(&mut self, key: KeyEvent) -> Pick {
        if self.confirm_start {
            match super::meeting::answer(key) {
                Some(super::meeting::Answer::Yes) => {
                    self.confirm_start = false;
                    return Pick::Start(self.forum_id.clone());
                }
                Some(super::meeting::Answer::No) => self.confirm_start = false,
                None => {}
            }
            return Pick::Nothing;
        }
        if let Some(points) = self.points.as_mut() {
            match points.key(key) {
                PointsKey::Unused => {}
                PointsKey::Handled => return Pick::Nothing,
                PointsKey::Propose {
                    organisation_id,
                    text,
                } => {
                    return Pick::Propose {
                        organisation_id,
                        text,
                    };
                }
                PointsKey::Cancel => return Pick::Cancel,
            }
        }
        if key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return Pick::Nothing;
        }
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => self.selected = self.selected.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => {
                self.selected = (self.selected + 1).min(self.rows.len().saturating_sub(1));
            }
            KeyCode::Home => self.selected = 0,
            KeyCode::End => self.selected = self.rows.len().saturating_sub(1),
            KeyCode::Char('n') => self.confirm_start = true,
            KeyCode::Enter => {
                return match self.rows.get(self.selected) {
                    Some(PickerRow::Start) => {
                        self.confirm_start = true;
                        Pick::Nothing
                    }
                    Some(PickerRow::Meeting(m)) => Pick::Open(m.id),
                    None => Pick::Nothing,
                };
            }
            KeyCode::Esc | KeyCode::Char('q') => return Pick::Close,
            _ => {}
        }
        Pick::Nothing
    }
}

pub fn render(picker: &MeetingPicker, s: &Strings, t: &Theme, lang: Lang, area: Rect, buf: &mut Buffer) {
    const WIDTH: u16 = 80;
    let inner_width = usize::from(WIDTH - 2);
    let mut below = match &picker.points {
        Some(points) => points.lines(s, t, inner_width),
        None => Vec::new(),
    };
    if let Some((text, failed)) = &picker.message {
        let style = if *failed { t.warning } else { t.success };
        below.push(Line::styled(truncate(&inert(text), inner_width), style));
    }
    let wanted = picker.rows.len().min(14) + below.len() + 4 + usize::from(picker.confirm_start);
    let height = u16::try_from(wanted).unwrap_or(u16::MAX);
    let popup = centered(area, WIDTH, height);
    let title = format!("{} · {}", inert(&picker.forum_name), s.meetings_title);
    let inner = popup_frame(t, &title, popup, buf);
    let width = usize::from(inner.width);
    let list_height = usize::from(inner.height.saturating_sub(2))
        .saturating_sub(below.len())
        .max(1);
    // Keep the selection in view without remembering a scroll position.
    let offset = (picker.selected + 1).saturating_sub(list_height);
    let mut lines: Vec<Line> = picker
        .rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(list_height)
        .map(|(i, row)| {
            let text = match row {
                PickerRow::Start => format!("+ {}", s.start_meeting_now),
                PickerRow::Meeting(m) => format!(
                    "  {}  {:<11} {}",
                    inert(&m.date),
                    m.status.label(lang),
                    tr!(
                        lang,
                        "tui-picker-counts",
                        present = m.present,
                        decisions = m.decisions,
                        actions = m.actions
                    ),
                ),
            };
            let style = if i == picker.selected {
                t.selected
            } else {
                ratatui::style::Style::new()
            };
            Line::from(Span::styled(truncate(&text, width), style))
        })
        .collect();
    lines.extend(below);
    lines.push(Line::default());
    if picker.confirm_start {
        let question = tr!(
            lang,
            "slips-confirm-start",
            forum = inert(&picker.forum_name),
            date = picker.today.clone()
        );
        lines.push(Line::styled(truncate(&question, width), t.warning));
        lines.push(Line::styled(truncate(s.yes_no, width), t.muted));
        Paragraph::new(lines).render(inner, buf);
        return;
    }
    let keys = match &picker.points {
        Some(points) if !points.suppliers.is_empty() => {
            format!("{} · {}", s.picker_keys, s.picker_points_keys)
        }
        _ => s.picker_keys.to_string(),
    };
    lines.push(Line::styled(truncate(&keys, width), t.muted));
    Paragraph::new(lines).render(inner, buf);
}
