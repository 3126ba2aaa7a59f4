//! The protocol as a PDF on A4: word-wrapped text, page breaks that keep
//! headings with what follows and tables with their header row, page numbers,
//! and DejaVu Sans embedded (subset) so å, ä and ö print on any machine.
//!
//! This module says what goes on the pages, in order; `layout` breaks it
//! into lines and pages of drawing operations, and `paint` has krilla write
//! them. Each step is pure, so the same record gives the same bytes.

mod layout;
mod paint;

use crate::i18n::tr;
use krilla::Document;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;

use crate::catalog::Forum;
use crate::i18n::Lang;

use super::stamp::Stamp;
use super::view::View;
use super::{MeetingRecord, RenderError};
use layout::{
    BODY, BODY_LEAD, FOOTER, LEFT, Layout, Op, PAGE_H, PAGE_W, RIGHT, SMALL, SMALL_LEAD, WIDTH, Weight,
};
use paint::{Faces, draw};

/// The protocol of `record` as a PDF document.
pub fn render(
    record: &MeetingRecord,
    forum: &Forum,
    lang: Lang,
    stamp: &Stamp,
) -> Result<Vec<u8>, RenderError> {
    render_view(&View::new(record, forum, lang, stamp))
}

fn lay_out(v: &View, faces: &Faces) -> Vec<Vec<Op>> {
    let l = v.labels;
    let mut p = Layout::new(faces);
    p.paragraph(&[(Weight::Bold, &v.title)], LEFT, 16.0, 21.0);
    if let Some(banner) = &v.stamp.banner {
        p.paragraph(&[(Weight::Bold, banner)], LEFT, 12.0, 16.0);
    }
    p.y += 6.0;

    let label_w = v
        .header
        .iter()
        .map(|f| faces.bold.width(f.label, BODY))
        .fold(0.0, f32::max)
        + 14.0;
    for f in &v.header {
        let lines = p.wrap(&[(Weight::Regular, &f.value)], BODY, WIDTH - label_w);
        p.ensure(BODY_LEAD);
        p.push(Op::Text {
            x: LEFT,
            y: p.y + BODY,
            weight: Weight::Bold,
            size: BODY,
            text: f.label.to_string(),
        });
        p.place(&lines, LEFT + label_w, BODY, BODY_LEAD);
    }

    p.heading(l.attendance, 12.5, 14.0, true);
    p.heading(l.present, 10.5, 2.0, false);
    for group in &v.present {
        p.gap(3.0);
        p.ensure(2.0 * BODY_LEAD);
        p.paragraph(&[(Weight::Bold, &group.heading)], LEFT, BODY, BODY_LEAD);
        for person in &group.people {
            bullet(&mut p, &person.line());
        }
    }
    if !v.not_there.is_empty() {
        p.heading(l.not_there, 10.5, 8.0, false);
        for person in &v.not_there {
            bullet(&mut p, &person.line());
        }
    }

    p.heading(l.agenda, 12.5, 14.0, true);
    for item in &v.items {
        p.heading(&format!("{}. {}", item.number, item.title), 10.5, 6.0, false);
        for e in &item.entries {
            let head = format!("{}.", e.head);
            let lines = p.wrap(&[(Weight::Bold, &head), (Weight::Regular, &e.text)], BODY, WIDTH);
            let details: Vec<String> = e
                .details
                .iter()
                .map(|f| format!("{}: {}", f.label, f.value))
                .collect();
            let details = p.wrap(&[(Weight::Regular, &details.join("  ·  "))], SMALL, WIDTH);
            let height = lines.len() as f32 * BODY_LEAD
                + if e.details.is_empty() {
                    0.0
                } else {
                    details.len() as f32 * SMALL_LEAD
                };
            // An entry is kept on one page when it fits on one.
            p.ensure(height);
            p.place(&lines, LEFT, BODY, BODY_LEAD);
            if !e.details.is_empty() {
                p.place(&details, LEFT, SMALL, SMALL_LEAD);
            }
            p.gap(4.0);
        }
    }

    p.heading(l.actions, 12.5, 14.0, true);
    if v.actions.is_empty() {
        p.paragraph(&[(Weight::Regular, l.no_actions)], LEFT, BODY, BODY_LEAD);
    } else {
        let rows: Vec<Vec<String>> = v
            .actions
            .iter()
            .map(|a| {
                vec![
                    a.item.to_string(),
                    a.text.clone(),
                    a.owner.clone(),
                    a.due.clone(),
                    a.status.to_string(),
                ]
            })
            .collect();
        p.table(
            &[l.item, l.action, l.owner, l.due, l.status],
            &[0.7, 4.6, 1.9, 1.4, 1.0],
            &rows,
        );
    }

    p.heading(l.escalations, 12.5, 14.0, true);
    if v.escalations.is_empty() {
        p.paragraph(&[(Weight::Regular, l.no_escalations)], LEFT, BODY, BODY_LEAD);
    } else {
        let rows: Vec<Vec<String>> = v
            .escalations
            .iter()
            .map(|e| {
                vec![
                    e.item.to_string(),
                    e.kind.clone(),
                    e.text.clone(),
                    e.target.clone(),
                ]
            })
            .collect();
        p.table(
            &[l.item, l.kind, l.description, l.target_or_parties],
            &[0.7, 2.0, 5.0, 2.3],
            &rows,
        );
    }

    // The approval block is kept whole on one page: a signature page that
    // starts with half the names would invite doubt about what was signed.
    let rows = v.approvers.len().div_ceil(2).max(1) as f32;
    p.gap(14.0);
    p.ensure(30.0 + 4.0 * BODY_LEAD + (rows + 1.0) * 60.0);
    p.heading(l.approval, 12.5, 0.0, true);
    p.paragraph(&[(Weight::Regular, &v.approval_rule)], LEFT, BODY, BODY_LEAD);
    p.gap(6.0);
    p.paragraph(&[(Weight::Bold, l.at_the_protocol)], LEFT, BODY, BODY_LEAD);
    let keeper = match &v.minute_keeper {
        Some(k) => (k.name.clone(), None),
        None => (l.minute_keeper.to_string(), None),
    };
    p.signatures(&[keeper], l.signature_date);
    p.gap(4.0);
    p.paragraph(&[(Weight::Bold, l.approved_by)], LEFT, BODY, BODY_LEAD);
    if v.approvers.is_empty() {
        p.paragraph(&[(Weight::Regular, l.no_approvers)], LEFT, BODY, BODY_LEAD);
    } else {
        let people: Vec<(String, Option<String>)> = v
            .approvers
            .iter()
            .map(|a| (a.name.clone(), a.role.clone()))
            .collect();
        p.signatures(&people, l.signature_date);
    }
    if let Some(j) = &v.stamp.justering {
        p.gap(10.0);
        p.ensure(30.0 + (j.rows.len() as f32 + 3.0) * 2.0 * BODY_LEAD);
        p.heading(j.heading, 12.5, 0.0, true);
        let rows: Vec<Vec<String>> = j.rows.iter().map(|r| r.to_vec()).collect();
        p.table(&j.columns, &[3.0, 1.6, 5.4], &rows);
        p.paragraph(&[(Weight::Regular, &j.version_line)], LEFT, SMALL, SMALL_LEAD);
    }

    // Footers last, when the number of pages is known.
    let total = p.pages.len();
    for (i, page) in p.pages.iter_mut().enumerate() {
        if let Some(mark) = v.stamp.watermark {
            page.insert(
                0,
                Op::Watermark {
                    text: mark.to_string(),
                },
            );
        }
        let number = tr!(v.lang, "protocol-page-of", page = i + 1, total = total);
        let number_w = faces.regular.width(&number, 8.0);
        page.push(Op::Line {
            x1: LEFT,
            y1: FOOTER - 11.0,
            x2: RIGHT,
            y2: FOOTER - 11.0,
            width: 0.4,
        });
        page.push(Op::Text {
            x: LEFT,
            y: FOOTER,
            weight: Weight::Regular,
            size: 8.0,
            text: format!("{} – {}", l.protocol, v.short_title),
        });
        page.push(Op::Text {
            x: RIGHT - number_w,
            y: FOOTER,
            weight: Weight::Regular,
            size: 8.0,
            text: number,
        });
    }
    p.pages
}

fn bullet(p: &mut Layout, text: &str) {
    let lines = p.wrap(&[(Weight::Regular, text)], BODY, WIDTH - 12.0);
    p.ensure(BODY_LEAD);
    p.push(Op::Text {
        x: LEFT + 2.0,
        y: p.y + BODY,
        weight: Weight::Regular,
        size: BODY,
        text: "•".to_string(),
    });
    p.place(&lines, LEFT + 12.0, BODY, BODY_LEAD);
}

pub fn render_view(v: &View) -> Result<Vec<u8>, RenderError> {
    let faces = Faces::built_in()?;
    let pages = lay_out(v, &faces);
    let mut document = Document::new();
    let language = match v.lang {
        Lang::Sv => "sv-SE",
        Lang::En => "en",
    };
    document.set_metadata(
        Metadata::new()
            .title(format!(
                "{} {}",
                v.title,
                v.header.first().map_or("", |f| f.value.as_str())
            ))
            .language(language.to_string())
            .creator("fora".to_string()),
    );
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or(RenderError::Pdf)?;
    for ops in &pages {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        draw(&mut surface, &faces, ops);
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|_| RenderError::Pdf)
}
