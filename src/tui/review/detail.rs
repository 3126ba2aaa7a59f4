//! The text of the protocol pane: the selected item's entries as the
//! protocol words them (from `protocol::view`), or the whole protocol's
//! header, attendance, actions, escalations and approval; then the
//! reviewer's comment. Everything from the file is inert already in the view.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::protocol::view::{EntryView, Field, View};
use crate::text::inert_multiline;
use crate::tui::wrap::wrap;

use super::state::ReviewApp;

/// Lines of `text`, each wrapped to `width` with `indent` spaces before it;
/// the line breaks of the text are kept.
fn paragraph(out: &mut Vec<Line<'static>>, text: &str, style: Style, indent: usize, width: usize) {
    for line in text.lines() {
        let first = vec![Span::raw(" ".repeat(indent))];
        out.extend(wrap(
            first,
            &[Span::styled(line.to_string(), style)],
            indent,
            width,
        ));
    }
}

fn field(out: &mut Vec<Line<'static>>, app: &ReviewApp, f: &Field, indent: usize, width: usize) {
    let label = format!("{}{}: ", " ".repeat(indent), f.label);
    let hang = indent + 2;
    let first = vec![Span::styled(label, app.theme.label)];
    out.extend(wrap(first, &[Span::raw(f.value.clone())], hang, width));
}

fn heading(out: &mut Vec<Line<'static>>, app: &ReviewApp, text: &str) {
    if !out.is_empty() {
        out.push(Line::default());
    }
    out.push(Line::styled(text.to_string(), app.theme.heading));
}

fn entry(out: &mut Vec<Line<'static>>, app: &ReviewApp, e: &EntryView, width: usize) {
    out.push(Line::styled(e.head.clone(), app.theme.title));
    paragraph(out, &e.text, Style::new(), 2, width);
    if !e.details.is_empty() {
        let mut spans = Vec::new();
        for (i, f) in e.details.iter().enumerate() {
            if i > 0 {
                spans.push(Span::styled(" · ", app.theme.muted));
            }
            spans.push(Span::styled(format!("{}:", f.label), app.theme.label));
            spans.push(Span::raw(format!(" {}", f.value)));
        }
        out.extend(wrap(vec![Span::raw("  ")], &spans, 2, width));
    }
}

fn whole(out: &mut Vec<Line<'static>>, app: &ReviewApp, v: &View, width: usize) {
    let l = v.labels;
    out.push(Line::styled(v.title.clone(), app.theme.heading));
    for f in &v.header {
        field(out, app, f, 0, width);
    }
    heading(out, app, l.attendance);
    for group in &v.present {
        out.push(Line::styled(group.heading.to_string(), app.theme.label));
        for person in &group.people {
            out.extend(wrap(
                vec![Span::raw("  - ")],
                &[Span::raw(person.line())],
                4,
                width,
            ));
        }
    }
    if !v.not_there.is_empty() {
        out.push(Line::styled(l.not_there.to_string(), app.theme.label));
        for person in &v.not_there {
            out.extend(wrap(
                vec![Span::raw("  - ")],
                &[Span::raw(person.line())],
                4,
                width,
            ));
        }
    }
    heading(out, app, l.actions);
    if v.actions.is_empty() {
        out.push(Line::styled(l.no_actions.to_string(), app.theme.muted));
    }
    for a in &v.actions {
        let first = vec![Span::styled(format!("{} {}: ", l.item, a.item), app.theme.label)];
        let body = format!(
            "{} · {}: {} · {}: {} · {}",
            a.text, l.owner, a.owner, l.due, a.due, a.status
        );
        out.extend(wrap(first, &[Span::raw(body)], 2, width));
    }
    heading(out, app, l.escalations);
    if v.escalations.is_empty() {
        out.push(Line::styled(l.no_escalations.to_string(), app.theme.muted));
    }
    for e in &v.escalations {
        let first = vec![Span::styled(format!("{} {}: ", l.item, e.item), app.theme.label)];
        let body = format!("{}: {} · {}", e.kind, e.text, e.target);
        out.extend(wrap(first, &[Span::raw(body)], 2, width));
    }
    heading(out, app, l.approval);
    out.extend(wrap(vec![], &[Span::raw(v.approval_rule.clone())], 0, width));
    if let Some(keeper) = &v.minute_keeper {
        field(
            out,
            app,
            &Field {
                label: l.at_the_protocol,
                value: keeper.name.clone(),
            },
            0,
            width,
        );
    }
    for a in &v.approvers {
        let value = match &a.role {
            Some(role) => format!("{} ({role})", a.name),
            None => a.name.clone(),
        };
        field(
            out,
            app,
            &Field {
                label: l.approved_by,
                value,
            },
            0,
            width,
        );
    }
}

/// The pane's lines at `width` columns, before scrolling.
pub fn lines(app: &ReviewApp, width: usize) -> Vec<Line<'static>> {
    let width = width.max(8);
    let mut out = Vec::new();
    let v = &app.view;
    match app.selected.checked_sub(1).and_then(|i| v.items.get(i)) {
        None => whole(&mut out, app, v, width),
        Some(item) if item.entries.is_empty() => {
            out.push(Line::styled(
                v.labels.nothing_recorded.to_string(),
                app.theme.muted,
            ));
        }
        Some(item) => {
            for (i, e) in item.entries.iter().enumerate() {
                if i > 0 {
                    out.push(Line::default());
                }
                entry(&mut out, app, e, width);
            }
        }
    }
    out.push(Line::default());
    let rule = format!("── {} ", app.s.your_comment);
    let pad = width.saturating_sub(crate::tui::common::columns(&rule));
    out.push(Line::styled(
        format!("{rule}{}", "─".repeat(pad)),
        app.theme.heading,
    ));
    match app.comment(app.selected) {
        Some(text) => paragraph(&mut out, &inert_multiline(text), Style::new(), 0, width),
        None => out.push(Line::styled(app.s.no_comment.to_string(), app.theme.muted)),
    }
    out
}
