//! The home screen: the forums grouped by area on the left, the selected
//! forum's rules and roster on the right, the keys at the bottom. Drawing
//! only reads the [`App`].

use crate::i18n::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, List, ListItem, ListState, Padding, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState,
    StatefulWidget, Widget,
};

use crate::catalog::Forum;
use crate::domain::Attendance;
use crate::domain::Party;
use crate::domain::cadence::no_cadence;
use crate::store::catalog::RosterSeat;
use crate::text::inert;

use super::app::{App, DetailViewport, Row};
use super::common;
use super::overview;
use super::wrap::{width, wrap};

/// Below this size the two panes cannot show a forum name and its details
/// side by side, so the screen asks for a larger window instead.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 12;

struct Areas {
    header: Rect,
    list: Rect,
    detail: Rect,
    status: Rect,
}

/// `banner`: a line under the header offers back a meeting left unfinished.
fn layout(area: Rect, banner: bool) -> Option<Areas> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    // Two lines of keys: moving and opening, then the other screens.
    let [header, body, status] = Layout::vertical([
        Constraint::Length(1 + u16::from(banner)),
        Constraint::Min(0),
        Constraint::Length(2),
    ])
    .areas(area);
    // Wide enough for most forum names on one line, but never so wide that
    // the details, which hold most of the text, get squeezed.
    let list_width = (area.width * 2 / 5).clamp(28, 48);
    let [list, detail] = Layout::horizontal([Constraint::Length(list_width), Constraint::Min(0)]).areas(body);
    Some(Areas {
        header,
        list,
        detail,
        status,
    })
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(areas) = layout(area, !app.unfinished().is_empty()) else {
        render_too_small(app, area, buf);
        return;
    };
    render_header(app, areas.header, buf);
    render_list(app, areas.list, buf);
    render_detail(app, areas.detail, buf);
    render_status(app, areas.status, buf);
}

/// The size of the detail pane and of the selected forum's details in a
/// frame of `area`, for the event loop to hand back to the app.
pub fn detail_viewport(app: &App, area: Rect) -> DetailViewport {
    let Some(areas) = layout(area, !app.unfinished().is_empty()) else {
        return DetailViewport::default();
    };
    let inner = detail_block(app).inner(areas.detail);
    DetailViewport {
        height: usize::from(inner.height),
        lines: detail_lines(app, usize::from(inner.width)).len(),
    }
}

/// Whether the home screen's layout fits in `area`.
pub fn fits(area: Rect) -> bool {
    layout(area, false).is_some()
}

fn render_too_small(app: &App, area: Rect, buf: &mut Buffer) {
    let s = app.strings();
    common::render_too_small(s, app.theme(), (MIN_WIDTH, MIN_HEIGHT), s.quit_hint, area, buf);
}

fn render_header(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let mut lines = vec![Line::from(vec![
        Span::styled(format!(" {}", app.strings().app_name), t.title),
        Span::styled(format!(" · {}", inert(&app.catalog().contract)), t.muted),
    ])];
    if let Some(waiting) = app.unfinished().first() {
        let forum = app
            .catalog()
            .forum(&waiting.forum_id)
            .map_or_else(|| inert(&waiting.forum_id), |f| inert(&f.name));
        let (lang, date, drafts) = (app.lang(), waiting.date.as_str(), waiting.drafts);
        let text = if waiting.running {
            tr!(
                lang,
                "tui-home-running",
                forum = forum,
                date = date,
                drafts = drafts
            )
        } else {
            tr!(
                lang,
                "tui-home-drafts-waiting",
                forum = forum,
                date = date,
                drafts = drafts
            )
        };
        let text = common::truncate(&format!(" ▶ {text}"), usize::from(area.width));
        lines.push(Line::styled(text, t.warning));
    }
    Paragraph::new(lines).render(area, buf);
}

fn render_status(app: &App, area: Rect, buf: &mut Buffer) {
    let s = app.strings();
    // A failure (a meeting that would not start) stays until the next key.
    if let Some(message) = app.message() {
        let text = common::truncate(&format!(" ⚠ {}", inert(message)), usize::from(area.width));
        Paragraph::new(text).style(app.theme().warning).render(area, buf);
        return;
    }
    let keys = if app.is_filtering() {
        [s.key_move, s.filter_keys].join("   ")
    } else {
        [
            s.key_move,
            s.key_scroll,
            s.key_filter,
            s.key_open,
            s.key_help,
            s.key_quit,
        ]
        .join("   ")
    };
    let width = usize::from(area.width);
    // While the filter takes the keys, the letters of the other screens are text.
    let screens = if app.is_filtering() { "" } else { s.key_screens };
    let lines = vec![
        Line::raw(common::truncate(&format!(" {keys}"), width)),
        Line::raw(common::truncate(&format!(" {screens}"), width)),
    ];
    Paragraph::new(lines).style(app.theme().status).render(area, buf);
}

fn render_list(app: &App, area: Rect, buf: &mut Buffer) {
    let s = app.strings();
    let t = app.theme();
    let title = if app.filter().is_empty() && !app.is_filtering() {
        format!(" {} ", s.forums_title)
    } else {
        // The cursor mark shows that keys go to the filter.
        let cursor = if app.is_filtering() { "▏" } else { "" };
        format!(" {} /{}{cursor} ", s.forums_title, inert(app.filter()))
    };
    let block = Block::bordered().border_style(t.border).title(title);
    let inner_width = usize::from(block.inner(area).width);
    let selected = app.selected_row();
    let items: Vec<ListItem> = app
        .rows()
        .iter()
        .enumerate()
        .map(|(i, row)| match *row {
            Row::Area(number) => {
                let name = app
                    .catalog()
                    .areas
                    .iter()
                    .find(|a| a.number == number)
                    .map(|a| inert(&a.name))
                    .unwrap_or_default();
                let text = format!("{number} {name}");
                let mut lines = wrap(vec![], &[Span::styled(text, t.heading)], 2, inner_width);
                // A blank line between areas, not above the first.
                if i > 0 {
                    lines.insert(0, Line::default());
                }
                ListItem::new(lines)
            }
            Row::Forum(index) => {
                let marker = if selected == Some(i) { "▸ " } else { "  " };
                let mut body = match app.catalog().forums.get(index) {
                    Some(forum) => forum_title(app, forum, Style::new()),
                    None => Vec::new(),
                };
                // A forum past its due date is flagged in the list too.
                if app.overview(index).is_some_and(|o| o.is_overdue()) {
                    body.push(Span::styled(" ⚠", t.warning));
                }
                ListItem::new(wrap(vec![Span::raw(marker)], &body, 4, inner_width))
            }
        })
        .collect();
    if items.is_empty() {
        let empty = if app.filter().is_empty() {
            s.no_forums
        } else {
            s.no_match_forums
        };
        Paragraph::new(Span::styled(empty, t.muted))
            .block(block)
            .render(area, buf);
        return;
    }
    // A fresh state each frame keeps drawing free of side effects; ratatui
    // then scrolls just enough to show the selected forum.
    let mut state = ListState::default().with_selected(selected);
    StatefulWidget::render(
        List::new(items).block(block).highlight_style(t.selected),
        area,
        buf,
        &mut state,
    );
}

/// "Ledningsforum (affärsnivå) (inaktivt)", styled, as in the list and the details.
fn forum_title(app: &App, forum: &Forum, style: Style) -> Vec<Span<'static>> {
    let t = app.theme();
    let name_style = if forum.active {
        style
    } else {
        style.patch(t.inactive)
    };
    let mut spans = vec![Span::styled(inert(&forum.name), name_style)];
    if let Some(qualifier) = &forum.qualifier {
        spans.push(Span::styled(format!(" ({})", inert(qualifier)), name_style));
    }
    if !forum.active {
        spans.push(Span::styled(format!(" {}", app.strings().inactive), t.inactive));
    }
    spans
}

fn detail_block(app: &App) -> Block<'static> {
    Block::bordered()
        .border_style(app.theme().border)
        .title(format!(" {} ", app.strings().details_title))
        .padding(Padding::horizontal(1))
}

fn render_detail(app: &App, area: Rect, buf: &mut Buffer) {
    let block = detail_block(app);
    let inner = block.inner(area);
    block.render(area, buf);
    let lines = detail_lines(app, usize::from(inner.width));
    let height = usize::from(inner.height);
    let max_scroll = lines.len().saturating_sub(height);
    // The app clamps too, but only after a frame has told it the size.
    let scroll = app.detail_scroll().min(max_scroll);
    let visible: Vec<Line> = lines.into_iter().skip(scroll).take(height).collect();
    Paragraph::new(visible).render(inner, buf);
    if max_scroll > 0 {
        let mut state = ScrollbarState::new(max_scroll + 1)
            .viewport_content_length(height)
            .position(scroll);
        Scrollbar::new(ScrollbarOrientation::VerticalRight).render(
            area.inner(Margin::new(0, 1)),
            buf,
            &mut state,
        );
    }
}

/// The selected forum's details, laid out for a pane `max` columns wide.
fn detail_lines(app: &App, max: usize) -> Vec<Line<'static>> {
    let s = app.strings();
    let t = app.theme();
    let lang = app.lang();
    let (Some(index), Some(forum)) = (app.selected_index(), app.selected_forum()) else {
        return vec![Line::styled(s.no_forums, t.muted)];
    };

    let mut lines = wrap(vec![], &forum_title(app, forum, t.title), 0, max);
    lines.push(Line::default());

    let labels = [
        s.area,
        s.level,
        s.purpose,
        s.cadence,
        s.channels,
        s.keeper,
        s.approver,
        s.last_meeting,
        s.next_due,
        s.approval,
        s.actions,
    ];
    let label_width = labels.iter().map(|l| width(l)).max().unwrap_or(0) + 2;
    // In a narrow pane the values would be squeezed into a thin column, so
    // they go under their label instead.
    let stacked = label_width * 2 > max;
    let put = |lines: &mut Vec<Line<'static>>, label: &str, value: String, style: Style| {
        let value = [Span::styled(value, style)];
        if stacked {
            lines.push(Line::styled(label.to_string(), t.label));
            lines.extend(wrap(vec![Span::raw("  ")], &value, 2, max));
        } else {
            let padded = format!("{label}{}", " ".repeat(label_width - width(label)));
            lines.extend(wrap(
                vec![Span::styled(padded, t.label)],
                &value,
                label_width,
                max,
            ));
        }
    };
    // How the forum stands comes first: it is what changes between visits.
    if let Some(overview) = app.overview(index) {
        for (label, value, style) in overview::fields(overview, s, t) {
            put(&mut lines, label, value, style);
        }
        lines.push(Line::default());
    }
    let mut field = |label: &str, value: String| put(&mut lines, label, value, Style::new());

    let area_name = app
        .catalog()
        .areas
        .iter()
        .find(|a| a.number == forum.area)
        .map(|a| inert(&a.name))
        .unwrap_or_default();
    field(s.area, format!("{} {area_name}", forum.area));
    field(s.level, forum.level.label(lang).to_string());
    field(s.purpose, inert(&forum.purpose));
    let cadence = match &forum.cadence {
        Some(c) => match &c.note {
            Some(note) => format!("{} ({})", c.describe(lang), inert(note)),
            None => c.describe(lang),
        },
        None => no_cadence(lang).to_string(),
    };
    field(s.cadence, cadence);
    let channels: Vec<&str> = forum.channels.iter().map(|c| c.label(lang)).collect();
    field(s.channels, channels.join(", "));
    field(s.keeper, forum.keeper.label(lang).to_string());
    field(s.approver, forum.approver.label(lang).to_string());

    lines.push(Line::default());
    let date = app.today().format("%Y-%m-%d");
    let heading = tr!(s.lang, "tui-participants-on", date = date.to_string());
    lines.push(Line::styled(heading, t.heading));
    let roster = app.roster(index);
    if roster.is_empty() {
        lines.push(Line::styled(format!("  {}", s.no_seats), t.muted));
    }
    let permanent = roster
        .iter()
        .filter(|seat| seat.attendance == Attendance::Permanent);
    let when_needed: Vec<&RosterSeat> = roster
        .iter()
        .filter(|seat| seat.attendance == Attendance::WhenNeeded)
        .collect();
    for seat in permanent {
        lines.extend(seat_lines(app, seat, 2, max));
    }
    if !when_needed.is_empty() {
        lines.push(Line::styled(format!("  {}", s.when_needed), t.label));
        for seat in when_needed {
            lines.extend(seat_lines(app, seat, 4, max));
        }
    }

    let rules: Vec<String> = forum.rules.iter().map(|r| r.label(lang).to_string()).collect();
    let themes: Vec<String> = forum.themes.iter().map(|theme| inert(theme)).collect();
    for (heading, items) in [(s.themes, themes), (s.rules, rules)] {
        if items.is_empty() {
            continue;
        }
        lines.push(Line::default());
        lines.push(Line::styled(heading, t.heading));
        for item in items {
            lines.extend(wrap(vec![Span::raw("  • ")], &[Span::raw(item)], 4, max));
        }
    }
    lines
}

/// "Leveransansvarig · Staden: Anna Andersson", or "vakant" when no one
/// holds the role that day.
fn seat_lines(app: &App, seat: &RosterSeat, indent: usize, max: usize) -> Vec<Line<'static>> {
    let s = app.strings();
    let t = app.theme();
    let mut body = vec![Span::raw(inert(&seat.role_name))];
    if let Some(note) = &seat.note {
        body.push(Span::styled(format!(" ({})", inert(note)), t.muted));
    }
    body.push(Span::raw(" · "));
    body.push(Span::raw(seat.party.label(app.lang())));
    body.push(Span::raw(": "));
    if seat.holders.is_empty() {
        body.push(Span::styled(s.vacant, t.vacant));
    }
    for (i, holder) in seat.holders.iter().enumerate() {
        if i > 0 {
            body.push(Span::raw(", "));
        }
        // The other suppliers are many organisations; the party does not say which.
        let text = if seat.party == Party::Ovriga {
            format!("{} ({})", inert(&holder.name), inert(&holder.organisation))
        } else {
            inert(&holder.name)
        };
        body.push(Span::raw(text));
    }
    wrap(vec![Span::raw(" ".repeat(indent))], &body, indent + 2, max)
}
