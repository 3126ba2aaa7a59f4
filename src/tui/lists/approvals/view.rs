//! The inbox drawn: one line per protocol (forum, day, version, sent,
//! approvals so far, where it stands), and under the list what the selected
//! one holds: who is missing, each approval and how it was given, the
//! comments beside their items, and a returned version with its comments.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph, Widget, Wrap};

use super::super::listing::{self, Page, cell, cells, days, heading};
use super::{ApprovalScreen, Waiting, detail_height};
use crate::domain::Approver;
use crate::domain::meeting::VersionState;
use crate::i18n::{Lang, tr};
use crate::protocol::worklist::Work;
use crate::store::protocols::{ApprovalMethod, ReviewComment};
use crate::text::inert;
use crate::tui::app::App;
use crate::tui::theme::Theme;

fn day(stamp: &str) -> String {
    inert(stamp.get(..10).unwrap_or(stamp))
}

/// "för justering", "återremitterat", or "ändrat efter justering".
fn standing(lang: Lang, work: &Work) -> String {
    let state = work.latest.version.state.label(lang).to_string();
    if work.changed_after_approval() {
        format!("{state} · {}", lang.text("changed-after-approval"))
    } else {
        state
    }
}

fn progress(lang: Lang, work: &Work) -> String {
    // Without approvers (a version that cannot be read back) there is no count to give.
    if !work.awaits_approval() || work.needed() == 0 {
        return String::new();
    }
    tr!(
        lang,
        "tui-inbox-progress",
        given = work.given(),
        needed = work.needed()
    )
}

impl ApprovalScreen {
    pub fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        let s = app.strings();
        let t = app.theme();
        let lang = s.lang;
        let widths = |total: usize| [(total / 4).clamp(16, 32), 10, 7, 10, 9];
        let heading_row = |total: usize| {
            cells(
                vec![
                    heading(s.col_forum, t),
                    heading(s.col_date, t),
                    heading(s.col_version, t),
                    heading(s.col_sent, t),
                    heading(lang.text("tui-inbox-col-approved"), t),
                    heading(lang.text("tui-inbox-col-state"), t),
                ],
                &widths(total),
                total,
            )
        };
        let page = Page {
            s,
            theme: t,
            title: s.approvals_title,
            input: None,
            list_title: format!("{} ({})", s.approvals_title, self.rows.len()),
            headings: Some(&heading_row),
            len: self.rows.len(),
            row_height: 1,
            cursor: &self.cursor,
            empty: s.no_awaiting.to_string(),
            keys: lang.text("tui-inbox-keys"),
            message: self.message.as_ref(),
        };
        let catalog = app.catalog();
        let row = |index: usize, total: usize| {
            let Some(w) = self.rows.get(index) else {
                return vec![];
            };
            let a = &w.work.latest;
            let forum = catalog
                .forum(&a.forum_id)
                .map_or_else(|| inert(&a.forum_id), |f| inert(&f.name));
            let sent = a.version.sent_at.as_deref().map(day).unwrap_or_default();
            vec![cells(
                vec![
                    cell(forum),
                    cell(inert(&a.date)),
                    cell(a.version.number.to_string()),
                    cell(sent),
                    cell(progress(lang, &w.work)),
                    cell(if w.overdue {
                        format!(
                            "{} · {}",
                            standing(lang, &w.work),
                            lang.text("tui-justering-late")
                        )
                    } else {
                        standing(lang, &w.work)
                    }),
                ],
                &widths(total),
                total,
            )]
        };
        let below = listing::render_above(&page, &row, detail_height(area.height), area, buf);
        if let (Some(below), Some(w)) = (below, self.selected()) {
            detail(lang, t, w, below, buf);
        }
        if let Some(ask) = &self.ask {
            ask.render(lang, t, area, buf);
        }
    }
}

/// What the selected protocol holds, in a frame of its own.
fn detail(lang: Lang, t: &Theme, w: &Waiting, area: Rect, buf: &mut Buffer) {
    let work = &w.work;
    let v = &work.latest.version;
    let mut lines = Vec::new();
    match &v.sent_at {
        Some(sent) if work.awaits_approval() => {
            let waited = days(crate::tui::strings::Strings::for_lang(lang), w.days_waiting);
            lines.push(Line::raw(tr!(
                lang,
                "tui-inbox-sent-on",
                date = day(sent),
                waited = waited
            )));
        }
        Some(sent) => lines.push(Line::raw(tr!(lang, "tui-inbox-sent-only", date = day(sent)))),
        None => {}
    }
    if let Some(approved) = &work.approved {
        let date = approved.decided_at.as_deref().map(day).unwrap_or_default();
        let note = tr!(
            lang,
            "tui-inbox-changed-note",
            number = approved.number,
            date = date
        );
        lines.push(Line::styled(note, t.warning));
    }
    if work.awaits_approval() {
        let missing: Vec<String> = work.missing().into_iter().map(inert).collect();
        let names = missing.join(", ");
        let mut line = progress(lang, work);
        if work.given() < work.needed() && !missing.is_empty() {
            let who = match work.rule {
                Approver::Staden => tr!(lang, "tui-inbox-missing-one-of", names = names),
                Approver::OtherParticipants => tr!(lang, "tui-inbox-missing", names = names),
            };
            line = format!("{line} · {who}");
        }
        if !line.is_empty() {
            lines.push(Line::styled(line, t.label));
        }
    }
    for a in &work.approvals {
        let text = match &a.method {
            ApprovalMethod::Signed { fingerprint, .. } => tr!(
                lang,
                "tui-inbox-approval-signed",
                name = inert(&a.approver),
                date = day(&a.approved_at),
                fingerprint = inert(fingerprint)
            ),
            ApprovalMethod::Recorded { recorded_by } => tr!(
                lang,
                "tui-inbox-approval-recorded",
                name = inert(&a.approver),
                date = day(&a.approved_at),
                by = inert(recorded_by)
            ),
        };
        lines.push(Line::raw(format!("  ✓ {text}")));
    }
    if !work.comments.is_empty() {
        lines.push(Line::styled(lang.text("tui-inbox-comments"), t.label));
        comments(lang, t, &work.items, &work.comments, &mut lines);
    }
    if let Some(returned) = &work.returned {
        let date = returned
            .version
            .decided_at
            .as_deref()
            .map(day)
            .unwrap_or_default();
        let text = tr!(
            lang,
            "tui-inbox-returned",
            number = returned.version.number,
            date = date
        );
        lines.push(Line::styled(text, t.warning));
        comments(lang, t, &work.items, &returned.comments, &mut lines);
        if v.state == VersionState::Returned {
            lines.push(Line::styled(lang.text("tui-inbox-returned-next"), t.muted));
        }
    }
    let title = tr!(lang, "tui-inbox-detail-title", number = v.number);
    let block = Block::bordered()
        .border_style(t.border)
        .title(format!(" {title} "))
        .padding(Padding::horizontal(1));
    let inner = block.inner(area);
    block.render(area, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(inner, buf);
}

/// Comments beside their items, in the protocol's order; those on the
/// whole protocol first.
fn comments(lang: Lang, t: &Theme, items: &[String], list: &[ReviewComment], lines: &mut Vec<Line<'static>>) {
    let whole = lang.text("tui-inbox-whole-protocol").to_string();
    let mut order: Vec<(usize, &ReviewComment)> = list
        .iter()
        .map(|c| {
            let at = c
                .item_title
                .as_ref()
                .and_then(|title| items.iter().position(|i| i == title))
                .map_or(0, |n| n + 1);
            (at, c)
        })
        .collect();
    order.sort_by_key(|(at, _)| *at);
    for (_, c) in order {
        let item = c.item_title.as_deref().map_or_else(|| whole.clone(), inert);
        lines.push(Line::from(vec![
            Span::styled(format!("  {item}: "), t.label),
            Span::raw(format!("{}: {}", inert(&c.reviewer), inert(&c.text))),
        ]));
    }
}
