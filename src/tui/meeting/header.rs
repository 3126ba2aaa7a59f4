//! The header of the meeting screen: forum, date, start, channel, minute
//! keeper, and the two clocks (meeting time and time on the current item).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;

use crate::domain::meeting::MeetingStatus;
use crate::i18n::tr;
use crate::protocol::approvers::keeper_of_wrong_party;
use crate::text::inert;
use crate::tui::common::{clock_of, columns, draw_row, elapsed};

use super::MeetingScreen;

/// The meeting's running time: to now while it runs, else to its end.
pub(super) fn meeting_clock(m: &MeetingScreen) -> Option<String> {
    let started = m.meeting.started_at.as_deref()?;
    match (&m.meeting.ended_at, m.meeting.status) {
        (Some(ended), _) => {
            let end = crate::tui::common::parse_stamp(ended)?;
            elapsed(started, end.with_timezone(&chrono::Local))
        }
        (None, MeetingStatus::InProgress) => elapsed(started, m.now),
        (None, _) => None,
    }
}

pub fn render(m: &MeetingScreen, area: Rect, buf: &mut Buffer) {
    let s = m.s;
    let t = &m.theme;
    let meeting = &m.meeting;
    let forum = match &m.forum.qualifier {
        Some(q) => format!("{} ({})", inert(&m.forum.name), inert(q)),
        None => inert(&m.forum.name),
    };
    let mut status = meeting.status.label(m.lang).to_string();
    if let Some(ended) = &meeting.ended_at {
        status.push_str(&format!(" {}", clock_of(ended)));
    }
    let first_left = vec![
        Span::styled(format!(" {forum}"), t.title),
        Span::raw(format!(" · {} · ", inert(&meeting.date))),
        Span::styled(status, t.label),
    ];
    let clock = meeting_clock(m).unwrap_or_else(|| "–".into());
    let first_right = vec![
        Span::styled(format!("{} ", s.meeting_time), t.muted),
        Span::styled(format!("{clock} "), t.title),
    ];

    let mut second_left = vec![Span::styled(format!(" {} ", s.started), t.muted)];
    second_left.push(Span::raw(
        meeting
            .started_at
            .as_deref()
            .map(clock_of)
            .unwrap_or("–")
            .to_string(),
    ));
    second_left.push(Span::styled(" · ", t.muted));
    second_left.push(Span::raw(meeting.channel.label(m.lang).to_string()));
    if let Some(place) = &meeting.place {
        second_left.push(Span::raw(format!(", {}", inert(place))));
    }
    second_left.push(Span::styled(format!(" · {} ", s.keeper), t.muted));
    match &meeting.minute_keeper {
        Some(keeper) => second_left.push(Span::raw(inert(keeper))),
        None => second_left.push(Span::styled(s.not_set, t.vacant)),
    }
    // The contract names the party that keeps the minutes; say so when another does.
    if let Some(party) =
        keeper_of_wrong_party(meeting.minute_keeper.as_deref(), &m.attendance, m.forum.keeper)
    {
        let warning = tr!(
            m.lang,
            "tui-keeper-wrong-party",
            party = party.label(m.lang),
            rule = m.forum.keeper.label(m.lang)
        );
        second_left.push(Span::styled(format!(" ({warning})"), t.warning));
    }
    let on_item = m.current_item().and_then(|item| {
        let since = meeting.current_item_since.as_deref()?;
        let number = m.item_number(item.id)?;
        let time = if m.is_running() {
            elapsed(since, m.now)?
        } else {
            "–".into()
        };
        Some((number, time))
    });
    let second_right = match on_item {
        Some((number, time)) => vec![
            Span::styled(format!("{} {number} ", s.on_item), t.muted),
            Span::styled(format!("{time} "), t.title),
        ],
        None => vec![Span::styled(format!("{} ", s.no_current_item), t.muted)],
    };
    // Keep the clocks in one column, whichever line is wider.
    let right_width =
        columns(&first_right.iter().map(|s| s.content.as_ref()).collect::<String>()).max(columns(
            &second_right
                .iter()
                .map(|s| s.content.as_ref())
                .collect::<String>(),
        ));
    let pad = |mut spans: Vec<Span<'static>>| {
        let w: usize = spans.iter().map(Span::width).sum();
        spans.insert(0, Span::raw(" ".repeat(right_width.saturating_sub(w))));
        spans
    };
    for (y, (left, right)) in
        (area.y..area.y + area.height).zip([(first_left, pad(first_right)), (second_left, pad(second_right))])
    {
        draw_row(buf, Rect::new(area.x, y, area.width, 1), left, right, None);
    }
}
