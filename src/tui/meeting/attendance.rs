//! The attendance pane: the roster grouped into permanent seats, seats
//! called when needed, and guests; each row's status and times; and the
//! warnings that hold while a permanent role or a party has nobody there.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget};

use crate::domain::meeting::AttendanceStatus;
use crate::domain::{Attendance, Party};
use crate::store::meetings::AttendanceRow;
use crate::text::inert;
use crate::tui::common::{clock_of, draw_row, scroll_offset};
use crate::tui::wrap::wrap;

use super::{MeetingScreen, Pane};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Permanent,
    WhenNeeded,
    Guests,
}

/// One line of the pane: a section heading or a person's row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttRow {
    Heading(Section),
    /// Index into the attendance rows.
    Person(usize),
}

impl AttRow {
    pub fn is_person(&self) -> bool {
        matches!(self, AttRow::Person(_))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// A permanent role with nobody there: its name and party.
    RoleUnfilled { role: String, party: Party },
    /// A party with permanent seats and nobody there.
    PartyAbsent(Party),
    /// A party whose last member there has left: who, and when.
    PartyLeft { party: Party, who: String, at: String },
}

/// Whether the row's person is at the meeting now: marked there, not left.
fn there(row: &AttendanceRow) -> bool {
    row.status.is_there() && row.left_at.is_none()
}

fn section(row: &AttendanceRow) -> Section {
    match row.seat {
        Some(Attendance::Permanent) => Section::Permanent,
        Some(Attendance::WhenNeeded) => Section::WhenNeeded,
        None => Section::Guests,
    }
}

/// The lines of the pane, each section under its heading, in the store's order.
pub fn rows(attendance: &[AttendanceRow]) -> Vec<AttRow> {
    let mut rows = Vec::with_capacity(attendance.len() + 3);
    for want in [Section::Permanent, Section::WhenNeeded, Section::Guests] {
        let members: Vec<usize> = (0..attendance.len())
            .filter(|i| section(&attendance[*i]) == want)
            .collect();
        if !members.is_empty() {
            rows.push(AttRow::Heading(want));
            rows.extend(members.into_iter().map(AttRow::Person));
        }
    }
    rows
}

/// What the roster lacks right now. A role held by several people is filled
/// when any of them is there; a substitute fills the seat they stand in for;
/// someone who left is no longer there.
pub fn warnings(attendance: &[AttendanceRow]) -> Vec<Warning> {
    let permanent: Vec<&AttendanceRow> = attendance
        .iter()
        .filter(|r| r.seat == Some(Attendance::Permanent))
        .collect();
    let mut warnings = Vec::new();
    let mut seen: Vec<(Option<Party>, Option<&str>)> = Vec::new();
    for row in &permanent {
        let key = (row.party, row.role_id.as_deref());
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let filled = permanent
            .iter()
            .any(|r| (r.party, r.role_id.as_deref()) == key && there(r));
        if !filled && let Some(party) = row.party {
            let role = row.role_name.clone().or(row.role_id.clone()).unwrap_or_default();
            warnings.push(Warning::RoleUnfilled { role, party });
        }
    }
    for &party in Party::ALL {
        let seats: Vec<&&AttendanceRow> = permanent.iter().filter(|r| r.party == Some(party)).collect();
        if seats.is_empty() || seats.iter().any(|r| there(r)) {
            continue;
        }
        // The one who left last, if anyone came at all.
        let last = seats
            .iter()
            .filter(|r| r.status.is_there())
            .filter_map(|r| r.left_at.as_deref().map(|at| (at, r)))
            .max_by_key(|(at, _)| *at);
        warnings.push(match last {
            Some((at, row)) => Warning::PartyLeft {
                party,
                who: row
                    .substitute_name
                    .clone()
                    .or(row.person_name.clone())
                    .unwrap_or_default(),
                at: clock_of(at).to_string(),
            },
            None => Warning::PartyAbsent(party),
        });
    }
    warnings
}

pub(super) fn status_text(m: &MeetingScreen, row: &AttendanceRow) -> String {
    let mut text = match row.status {
        AttendanceStatus::Unmarked => "–".to_string(),
        status => status.label(m.lang).to_string(),
    };
    let joined = row.joined_at.as_deref().map(clock_of);
    let left = row.left_at.as_deref().map(clock_of);
    match (joined, left) {
        (None, None) => {}
        (joined, left) => {
            text.push_str(&format!(" {}–{}", joined.unwrap_or(""), left.unwrap_or("")));
        }
    }
    text
}

/// A person's row: who and in which seat on the left, status and times on the right.
fn person_parts(
    m: &MeetingScreen,
    row: &AttendanceRow,
    selected: bool,
) -> (Vec<Span<'static>>, Vec<Span<'static>>) {
    let t = &m.theme;
    let s = m.s;
    let status_style = match row.status {
        AttendanceStatus::Unmarked | AttendanceStatus::Absent | AttendanceStatus::Excused => t.muted,
        _ => Style::new(),
    };
    // The selection is marked in text too, for monochrome terminals and screen readers.
    let mut left = vec![Span::raw(if selected { "▸" } else { " " })];
    match &row.person_name {
        Some(name) => left.push(Span::raw(inert(name))),
        None => left.push(Span::styled(s.vacant, t.vacant)),
    }
    if let Some(sub) = row
        .substitute_name
        .as_deref()
        .filter(|_| row.status == AttendanceStatus::Substitute)
    {
        left.push(Span::raw(format!(" → {}", inert(sub))));
    }
    let detail = if row.is_guest() {
        row.organisation.as_deref().map(inert)
    } else {
        let role = inert(row.role_name.as_deref().or(row.role_id.as_deref()).unwrap_or(""));
        let party = row.party.map(|p| p.label(m.lang)).unwrap_or("");
        Some(format!("{role}, {party}"))
    };
    if let Some(detail) = detail {
        left.push(Span::styled(format!(" · {detail}"), t.muted));
    }
    let right = vec![Span::styled(format!("{} ", status_text(m, row)), status_style)];
    (left, right)
}

fn heading(m: &MeetingScreen, section: Section) -> &'static str {
    match section {
        Section::Permanent => m.s.permanent_heading,
        Section::WhenNeeded => m.s.when_needed,
        Section::Guests => m.s.guests_heading,
    }
}

/// The warnings, wrapped to the pane.
fn warning_lines(m: &MeetingScreen, width: usize) -> Vec<Line<'static>> {
    let t = &m.theme;
    let roles: Vec<String> = m
        .warnings
        .iter()
        .filter_map(|w| match w {
            Warning::RoleUnfilled { role, party } => {
                Some(format!("{} ({})", inert(role), party.label(m.lang)))
            }
            Warning::PartyAbsent(_) | Warning::PartyLeft { .. } => None,
        })
        .collect();
    let parties: Vec<&str> = m
        .warnings
        .iter()
        .filter_map(|w| match w {
            Warning::PartyAbsent(p) => Some(p.label(m.lang)),
            Warning::RoleUnfilled { .. } | Warning::PartyLeft { .. } => None,
        })
        .collect();
    let mut lines = Vec::new();
    for (label, names) in [
        (m.s.warn_roles, roles.join(", ")),
        (m.s.warn_parties, parties.join(", ")),
    ] {
        if names.is_empty() {
            continue;
        }
        let body = [Span::styled(format!("{label}: "), t.warning), Span::raw(names)];
        lines.extend(wrap(vec![Span::styled("⚠ ", t.warning)], &body, 2, width));
    }
    for warning in &m.warnings {
        if let Warning::PartyLeft { party, who, at } = warning {
            let text = crate::i18n::tr!(
                m.lang,
                "slips-warn-party-left",
                party = party.label(m.lang),
                who = inert(who),
                time = at.clone()
            );
            let body = [Span::styled(text, t.warning)];
            lines.extend(wrap(vec![Span::styled("⚠ ", t.warning)], &body, 2, width));
        }
    }
    lines
}

pub fn render(m: &MeetingScreen, area: Rect, buf: &mut Buffer) {
    let t = &m.theme;
    let focused = m.focus == Pane::Attendance;
    let block = Block::bordered()
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(if focused { t.focus } else { t.border })
        .title(Span::styled(format!(" {} ", m.s.attendance_title), t.title));
    let inner = block.inner(area);
    block.render(area, buf);
    let width = usize::from(inner.width);
    let mut warnings = warning_lines(m, width);
    // The roster must keep most of the pane; cut the warnings, not the people.
    let room = usize::from(inner.height) / 3;
    if warnings.len() > room {
        warnings.truncate(room);
        if let Some(last) = warnings.last_mut() {
            last.spans.push(Span::styled("…", t.warning));
        }
    }
    let height = usize::from(inner.height).saturating_sub(warnings.len());
    let offset = scroll_offset(m.att_offset, m.att_selected, height, m.att_rows.len());
    let rows = m.att_rows.iter().enumerate().skip(offset).take(height);
    for ((i, row), y) in rows.zip(inner.y..) {
        let line = Rect::new(inner.x, y, inner.width, 1);
        match row {
            AttRow::Heading(section) => {
                let text = vec![Span::styled(heading(m, *section), t.heading)];
                draw_row(buf, line, text, vec![], None);
            }
            AttRow::Person(p) => {
                let Some(person) = m.attendance.get(*p) else {
                    continue;
                };
                let selected = focused && m.att_selected == Some(i);
                let (left, right) = person_parts(m, person, selected);
                draw_row(buf, line, left, right, selected.then_some(t.selected));
            }
        }
    }
    if m.att_rows.is_empty() {
        Line::styled(m.s.no_seats, t.muted).render(inner, buf);
    }
    let warnings_area = Rect::new(
        inner.x,
        inner.y + u16::try_from(height).unwrap_or(0),
        inner.width,
        inner.height,
    );
    Paragraph::new(warnings).render(warnings_area.intersection(inner), buf);
}
