//! The protocol as a PDF on A4: word-wrapped text, page breaks that keep
//! headings with what follows and tables with their header row, page numbers,
//! and DejaVu Sans embedded (subset) so å, ä and ö print on any machine.
//!
//! The file conforms to PDF/A-2a (archival, and accessible: tagged, with
//! Unicode text) and PDF/UA-1: its structure of headings, lists and tables
//! is in reading order, the language and title are set, and footers,
//! repeated table headers and the draft's watermark are artifacts. krilla
//! checks both standards while writing and refuses a file that breaks them.
//!
//! This module says what goes on the pages, in order; `layout` and `table`
//! break it into lines and pages of drawing operations and structure,
//! `paint` has krilla write them and `structure` gives krilla the tag tree.
//! Each step is pure, so the same record gives the same bytes.

mod layout;
mod paint;
mod structure;
mod table;

use crate::i18n::tr;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
use krilla::metadata::{DateTime, Metadata};
use krilla::page::PageSettings;
use krilla::tagging::ArtifactType;
use krilla::{Document, SerializeSettings};

use crate::catalog::Forum;
use crate::i18n::Lang;

use super::stamp::Stamp;
use super::view::View;
use super::{MeetingRecord, RenderError};
use layout::{
    BODY, BODY_LEAD, FOOTER, LEFT, Layout, Op, PAGE_H, PAGE_W, RIGHT, SMALL, SMALL_LEAD, Tagged, WIDTH,
    Weight,
};
use paint::{Faces, draw};
use structure::{Kind, Tree};

/// The protocol of `record` as a PDF document.
pub fn render(
    record: &MeetingRecord,
    forum: &Forum,
    lang: Lang,
    stamp: &Stamp,
) -> Result<Vec<u8>, RenderError> {
    render_view(&View::new(record, forum, lang, stamp))
}

fn lay_out(v: &View, faces: &Faces) -> (Vec<Vec<Op>>, Tree) {
    let l = v.labels;
    let mut p = Layout::new(faces);
    let title = p.wrap(&[(Weight::Bold, &v.title)], 16.0, WIDTH);
    p.within(Kind::Heading(1, v.title.clone()), |p| {
        p.place(&title, LEFT, 16.0, 21.0)
    });
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
    // Each header line is a paragraph, its label ending in a space so that
    // it reads "Datum 2026-11-02" and not "Datum2026-11-02".
    for f in &v.header {
        let lines = p.wrap(&[(Weight::Regular, &f.value)], BODY, WIDTH - label_w);
        p.ensure(BODY_LEAD);
        p.within(Kind::P, |p| {
            p.text(LEFT, p.y + BODY, Weight::Bold, BODY, format!("{} ", f.label));
            p.place(&lines, LEFT + label_w, BODY, BODY_LEAD);
        });
    }

    p.tree.open(Kind::Section);
    p.heading(2, l.attendance, 12.5, 14.0, true);
    p.heading(3, l.present, 10.5, 2.0, false);
    for group in &v.present {
        p.gap(3.0);
        p.ensure(2.0 * BODY_LEAD);
        let lines = p.wrap(&[(Weight::Bold, group.heading)], BODY, WIDTH);
        p.within(Kind::Heading(4, group.heading.to_string()), |p| {
            p.place(&lines, LEFT, BODY, BODY_LEAD)
        });
        list(&mut p, group.people.iter().map(|person| person.line()));
    }
    if !v.not_there.is_empty() {
        p.heading(3, l.not_there, 10.5, 8.0, false);
        list(&mut p, v.not_there.iter().map(|person| person.line()));
    }
    p.tree.close();

    p.tree.open(Kind::Section);
    p.heading(2, l.agenda, 12.5, 14.0, true);
    for item in &v.items {
        p.tree.open(Kind::Section);
        p.heading(3, &format!("{}. {}", item.number, item.title), 10.5, 6.0, false);
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
            p.within(Kind::P, |p| p.place(&lines, LEFT, BODY, BODY_LEAD));
            if !e.details.is_empty() {
                p.within(Kind::P, |p| p.place(&details, LEFT, SMALL, SMALL_LEAD));
            }
            p.gap(4.0);
        }
        p.tree.close();
    }
    p.tree.close();

    p.tree.open(Kind::Section);
    p.heading(2, l.actions, 12.5, 14.0, true);
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
    p.tree.close();

    p.tree.open(Kind::Section);
    p.heading(2, l.escalations, 12.5, 14.0, true);
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
    p.tree.close();

    // The approval block is kept whole on one page: a signature page that
    // starts with half the names would invite doubt about what was signed.
    let rows = v.approvers.len().div_ceil(2).max(1) as f32;
    p.gap(14.0);
    p.ensure(30.0 + 4.0 * BODY_LEAD + (rows + 1.0) * 60.0);
    p.tree.open(Kind::Section);
    p.heading(2, l.approval, 12.5, 0.0, true);
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
    p.tree.close();
    if let Some(j) = &v.stamp.justering {
        p.gap(10.0);
        p.ensure(30.0 + (j.rows.len() as f32 + 3.0) * 2.0 * BODY_LEAD);
        p.tree.open(Kind::Section);
        p.heading(2, j.heading, 12.5, 0.0, true);
        let rows: Vec<Vec<String>> = j.rows.iter().map(|r| r.to_vec()).collect();
        p.table(&j.columns, &[3.0, 1.6, 5.4], &rows);
        p.paragraph(&[(Weight::Regular, &j.version_line)], LEFT, SMALL, SMALL_LEAD);
        p.tree.close();
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
        // Running footers and page numbers are for the eye, not read out.
        page.push(Op::Text {
            x: LEFT,
            y: FOOTER,
            weight: Weight::Regular,
            size: 8.0,
            text: format!("{} – {}", l.protocol, v.short_title),
            tagged: Tagged::Artifact(ArtifactType::Footer),
        });
        page.push(Op::Text {
            x: RIGHT - number_w,
            y: FOOTER,
            weight: Weight::Regular,
            size: 8.0,
            text: number,
            tagged: Tagged::Artifact(ArtifactType::PageNumber),
        });
    }
    (p.pages, p.tree)
}

/// A bulleted list, one item a line or more.
fn list(p: &mut Layout, items: impl Iterator<Item = String>) {
    p.tree.open(Kind::List);
    for text in items {
        let lines = p.wrap(&[(Weight::Regular, &text)], BODY, WIDTH - 12.0);
        p.ensure(BODY_LEAD);
        p.within(Kind::ListItem, |p| {
            p.within(Kind::Label, |p| {
                p.text(LEFT + 2.0, p.y + BODY, Weight::Regular, BODY, "•".to_string())
            });
            p.within(Kind::ListBody, |p| p.place(&lines, LEFT + 12.0, BODY, BODY_LEAD));
        });
    }
    p.tree.close();
}

pub fn render_view(v: &View) -> Result<Vec<u8>, RenderError> {
    let faces = Faces::built_in()?;
    let (pages, tree) = lay_out(v, &faces);
    // PDF/A-2a rather than 2b: the file is tagged and its text is Unicode,
    // which is what level a asks beyond b, and PDF/UA needs both anyway.
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A2_A)
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|_| RenderError::Pdf)?;
    let mut document = Document::new_with(SerializeSettings {
        configuration,
        enable_tagging: true,
        ..SerializeSettings::default()
    });
    let language = match v.lang {
        Lang::Sv => "sv-SE",
        Lang::En => "en",
    };
    let date = v.header.first().map_or("", |f| f.value.as_str());
    document.set_metadata(
        Metadata::new()
            .title(format!("{} {date}", v.title))
            .language(language.to_string())
            .creator("fora".to_string())
            // PDF/A needs a date; the meeting's keeps the bytes the same.
            .creation_date(meeting_date(date).ok_or(RenderError::Pdf)?),
    );
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or(RenderError::Pdf)?;
    let mut content = vec![Vec::new(); tree.count()];
    for ops in &pages {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        for (elem, id) in draw(&mut surface, &faces, ops) {
            content[elem].push(id);
        }
        surface.finish();
        page.finish();
    }
    document.set_outline(tree.outline());
    document.set_tag_tree(tree.tag_tree(&mut content, language));
    document.finish().map_err(|_| RenderError::Pdf)
}

/// "2026-11-02" as a PDF date.
fn meeting_date(text: &str) -> Option<DateTime> {
    let date = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    use chrono::Datelike;
    Some(
        DateTime::new(u16::try_from(date.year()).ok()?)
            .month(u8::try_from(date.month()).ok()?)
            .day(u8::try_from(date.day()).ok()?),
    )
}
