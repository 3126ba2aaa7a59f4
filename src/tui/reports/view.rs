//! Drawing the reports screen: the grid, the legend, the twelve-month
//! chart, the selected cell in words, the keys, and the history popup.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Paragraph, Widget, Wrap};

use super::ReportsScreen;
use crate::domain::reports::{ReportState, Timeliness, mark};
use crate::i18n::tr;
use crate::store::reports::Cell;
use crate::text::inert;
use crate::tui::app::App;
use crate::tui::common::{centered, fit, popup_frame, render_too_small, truncate};
use crate::tui::theme::Theme;

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

/// Columns of one month in the grid.
const MONTH_WIDTH: usize = 3;

/// How a cell stands out: what needs Staden's attention in the warning colour.
fn cell_style(cell: &Cell, t: &Theme) -> Style {
    match (cell.state, cell.timeliness) {
        (Some(ReportState::Disputed), _) | (_, Timeliness::Late | Timeliness::Missing) => t.warning,
        (Some(ReportState::Approved), _) => t.success,
        (None, _) => t.muted,
        _ => Style::default(),
    }
}

impl ReportsScreen {
    pub fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        let lang = app.lang();
        let t = app.theme();
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            let s = app.strings();
            render_too_small(s, t, (MIN_WIDTH, MIN_HEIGHT), s.quit_hint, area, buf);
            return;
        }
        let grid_height = u16::try_from(self.rows.len())
            .unwrap_or(u16::MAX)
            .saturating_add(3);
        let [header, grid, legend, chart, detail, keys] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(grid_height),
            Constraint::Length(1),
            Constraint::Min(5),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let last = self.first.plus(i32::try_from(self.months()).unwrap_or(12) - 1);
        Line::from(vec![
            Span::styled(format!(" {}", app.strings().app_name), t.title),
            Span::styled(
                format!(
                    " · {}",
                    tr!(
                        lang,
                        "reports-heading-period",
                        since = self.first.to_string(),
                        until = last.to_string()
                    )
                ),
                t.muted,
            ),
        ])
        .render(header, buf);
        self.render_grid(app, grid, buf);
        Paragraph::new(truncate(
            &format!(" {}", lang.text("reports-legend")),
            usize::from(area.width),
        ))
        .style(t.muted)
        .render(legend, buf);
        self.render_chart(app, chart, buf);
        let described = self.selected().map_or(String::new(), |cell| {
            let name = self
                .types
                .iter()
                .find(|r| r.id == cell.report)
                .map_or(cell.report.as_str(), |r| &r.name);
            format!(" {} {}: {}", inert(name), cell.month, cell.describe(lang))
        });
        Paragraph::new(truncate(&described, usize::from(area.width))).render(detail, buf);
        Paragraph::new(truncate(
            &format!(" {}", lang.text("reports-tui-keys")),
            usize::from(area.width),
        ))
        .style(t.status)
        .render(keys, buf);
        if let Some(history) = &self.history {
            self.render_history(app, history, area, buf);
        }
    }

    fn render_grid(&self, app: &App, area: Rect, buf: &mut Buffer) {
        let t = app.theme();
        let block = Block::bordered()
            .border_style(t.focus)
            .title(format!(" {} ", app.lang().text("reports-tui-title")));
        let inner = block.inner(area);
        block.render(area, buf);
        let name_width = usize::from(inner.width)
            .saturating_sub(self.months() * MONTH_WIDTH + 1)
            .max(8);
        let mut lines = Vec::with_capacity(self.rows.len() + 1);
        let mut heading = vec![fit("", name_width, t.heading)];
        for i in 0..self.months() {
            let month = self.first.plus(i32::try_from(i).unwrap_or(0));
            heading.push(Span::styled(format!(" {:02}", month.month), t.heading));
        }
        lines.push(Line::from(heading));
        for (r, (report, row)) in self.types.iter().zip(&self.rows).enumerate() {
            let mut spans = vec![fit(&inert(&report.name), name_width, Style::default())];
            for (c, cell) in row.iter().enumerate() {
                let style = if (r, c) == (self.row, self.column) {
                    t.selected
                } else {
                    cell_style(cell, t)
                };
                // A verdict's mark hides that the report was late; the `!` after it tells.
                let verdict = matches!(cell.state, Some(ReportState::Approved | ReportState::Disputed));
                let late = if verdict && cell.timeliness == Timeliness::Late {
                    '!'
                } else {
                    ' '
                };
                spans.push(Span::styled(
                    format!(" {}{late}", mark(cell.state, cell.timeliness)),
                    style,
                ));
            }
            lines.push(Line::from(spans));
        }
        Paragraph::new(lines).render(inner, buf);
    }

    /// Per month: a bar of the reports that came in time, and under it how
    /// many were late and how many are missing.
    fn render_chart(&self, app: &App, area: Rect, buf: &mut Buffer) {
        let lang = app.lang();
        let t = app.theme();
        let block = Block::bordered()
            .border_style(t.border)
            .title(format!(" {} ", lang.text("reports-tui-chart")));
        let inner = block.inner(area);
        block.render(area, buf);
        let count = |month: usize, kind: Timeliness| {
            self.rows
                .iter()
                .filter(|row| row.get(month).is_some_and(|c| c.timeliness == kind))
                .count()
        };
        let mut chart = BarChart::default()
            .bar_width(3)
            .bar_gap(1)
            .bar_style(t.success)
            .max(self.rows.len().max(1) as u64);
        let (mut late, mut missing) = (String::new(), String::new());
        for i in 0..self.months() {
            let month = self.first.plus(i32::try_from(i).unwrap_or(0));
            let on_time = count(i, Timeliness::OnTime) as u64;
            chart = chart.data(
                BarGroup::default().bars(&[Bar::default()
                    .value(on_time)
                    .label(Line::from(format!("{:02}", month.month)))]),
            );
            late.push_str(&format!("{:>3} ", count(i, Timeliness::Late)));
            missing.push_str(&format!("{:>3} ", count(i, Timeliness::Missing)));
        }
        let [bars, counts] = Layout::vertical([Constraint::Min(2), Constraint::Length(2)]).areas(inner);
        let width = u16::try_from(self.months() * 4).unwrap_or(u16::MAX);
        let [bars, key] = Layout::horizontal([Constraint::Length(width), Constraint::Min(0)]).areas(bars);
        chart.render(bars, buf);
        Paragraph::new(tr!(lang, "reports-tui-chart-key", count = self.rows.len()))
            .style(t.muted)
            .wrap(Wrap { trim: true })
            .render(key, buf);
        let lines = vec![
            Line::from(vec![
                Span::styled(late, t.warning),
                Span::raw(lang.text("reports-tui-chart-late")),
            ]),
            Line::from(vec![
                Span::styled(missing, t.muted),
                Span::raw(lang.text("reports-tui-chart-missing")),
            ]),
        ];
        Paragraph::new(lines).render(counts, buf);
    }

    fn render_history(
        &self,
        app: &App,
        history: &[crate::store::reports::Event],
        area: Rect,
        buf: &mut Buffer,
    ) {
        let lang = app.lang();
        let t = app.theme();
        let Some(cell) = self.selected() else { return };
        let name = self
            .types
            .iter()
            .find(|r| r.id == cell.report)
            .map_or(cell.report.as_str(), |r| &r.name);
        let title = format!("{} {}", inert(name), cell.month);
        // Room for each event on two lines, which the long ones need.
        let height = u16::try_from(history.len() * 2 + 6).unwrap_or(u16::MAX);
        let popup = centered(
            area,
            area.width.saturating_sub(4),
            height.min(area.height.saturating_sub(4)),
        );
        let inner = popup_frame(t, &title, popup, buf);
        let mut lines = vec![Line::raw(cell.describe(lang)), Line::raw("")];
        if history.is_empty() {
            lines.push(Line::styled(lang.text("reports-nothing-delivered"), t.muted));
        }
        for event in history {
            lines.push(Line::raw(inert(&event.describe(lang))));
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(lang.text("reports-tui-close"), t.muted));
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(inner, buf);
    }
}
