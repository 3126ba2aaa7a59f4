//! The protocol as a PDF on A4: word-wrapped text, page breaks that keep
//! headings with what follows and tables with their header row, page numbers,
//! and DejaVu Sans embedded (subset) so å, ä and ö print on any machine.
//!
//! Layout is done here, line by line, into pages of drawing operations; krilla
//! then writes them. Both steps are pure, so the same record gives the same bytes.

use crate::i18n::tr;
use krilla::Document;
use krilla::color::luma;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider};
use unicode_normalization::UnicodeNormalization;

use crate::catalog::Forum;
use crate::i18n::Lang;

use super::MeetingRecord;
use super::view::View;

static REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// A protocol that could not be written as PDF. Neither should happen with
/// the fonts built into fora; they are errors rather than panics all the same.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the font {0} built into fora cannot be read")]
    Font(&'static str),
    #[error("cannot write the PDF: {0}")]
    Write(String),
}

/// The protocol of `record` as a PDF document.
pub fn render(record: &MeetingRecord, forum: &Forum, lang: Lang) -> Result<Vec<u8>, PdfError> {
    render_view(&View::new(record, forum, lang))
}

// A4 in points, with margins in the Swedish habit (a wider left one for binding).
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const LEFT: f32 = 62.0;
const RIGHT: f32 = PAGE_W - 51.0;
const WIDTH: f32 = RIGHT - LEFT;
const TOP: f32 = 57.0;
const BOTTOM: f32 = PAGE_H - 62.0;
const FOOTER: f32 = PAGE_H - 34.0;

const BODY: f32 = 10.0;
const BODY_LEAD: f32 = 13.5;
const SMALL: f32 = 9.0;
const SMALL_LEAD: f32 = 11.5;
const PAD: f32 = 3.0;
const GREY: u8 = 232;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weight {
    Regular,
    Bold,
}

/// One drawing operation on a page, in points from the top left corner.
#[derive(Debug, Clone)]
enum Op {
    /// Text with its baseline at `y`.
    Text {
        x: f32,
        y: f32,
        weight: Weight,
        size: f32,
        text: String,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
    },
    Shade {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    },
}

/// A piece of one line of text, at `x` from the line's start.
#[derive(Debug, Clone)]
struct Run {
    x: f32,
    weight: Weight,
    text: String,
}

type Line = Vec<Run>;

/// A font as krilla embeds it and as skrifa measures it.
struct Face {
    pdf: Font,
    font: FontRef<'static>,
    metrics: GlyphMetrics<'static>,
    units_per_em: f32,
}

impl Face {
    fn new(data: &'static [u8], name: &'static str) -> Result<Face, PdfError> {
        let font = FontRef::new(data).map_err(|_| PdfError::Font(name))?;
        let units_per_em = f32::from(
            font.metrics(Size::unscaled(), LocationRef::default())
                .units_per_em,
        );
        Ok(Face {
            pdf: Font::new(data.into(), 0).ok_or(PdfError::Font(name))?,
            metrics: font.glyph_metrics(Size::unscaled(), LocationRef::default()),
            font,
            units_per_em,
        })
    }

    fn glyph(&self, c: char) -> (u32, f32) {
        let id = self.font.charmap().map(c).unwrap_or(skrifa::GlyphId::NOTDEF);
        let advance = self.metrics.advance_width(id).unwrap_or(0.0) / self.units_per_em;
        (id.to_u32(), advance)
    }

    /// Width of `text` at `size` points.
    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.glyph(c).1).sum::<f32>() * size
    }
}

struct Faces {
    regular: Face,
    bold: Face,
}

impl Faces {
    fn get(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }
}

/// Lays the protocol out page by page.
struct Layout<'f> {
    faces: &'f Faces,
    pages: Vec<Vec<Op>>,
    /// The top of the free space on the current page.
    y: f32,
}

impl<'f> Layout<'f> {
    fn new(faces: &'f Faces) -> Self {
        Layout {
            faces,
            pages: vec![Vec::new()],
            y: TOP,
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
    }

    /// Starts a new page unless `height` fits on this one. Something taller
    /// than a whole page starts where it is and flows on.
    fn ensure(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > TOP {
            self.new_page();
        }
    }

    fn push(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    fn gap(&mut self, height: f32) {
        // Space at the top of a page is wasted; drop it there.
        if self.y > TOP {
            self.y += height;
        }
    }

    /// Breaks `spans` into lines no wider than `width`. A `\n` in a span
    /// breaks the line; words wider than a line are broken between characters.
    fn wrap(&self, spans: &[(Weight, &str)], size: f32, width: f32) -> Vec<Line> {
        let mut lines: Vec<Line> = vec![Vec::new()];
        let mut x = 0.0f32;
        for (weight, text) in spans {
            let face = self.faces.get(*weight);
            let space = face.width(" ", size);
            let text: String = text.nfc().collect();
            for (n, source_line) in text.split('\n').enumerate() {
                if n > 0 {
                    lines.push(Vec::new());
                    x = 0.0;
                }
                for word in source_line.split_whitespace() {
                    let w = face.width(word, size);
                    let line_empty = lines.last().is_none_or(|l| l.is_empty());
                    let lead = if line_empty { 0.0 } else { space };
                    if !line_empty && x + lead + w > width {
                        lines.push(Vec::new());
                        x = 0.0;
                    }
                    if w > width {
                        // Too long for any line: break it where it must.
                        for piece in split_to_width(face, word, size, width) {
                            if lines.last().is_some_and(|l| !l.is_empty()) {
                                lines.push(Vec::new());
                            }
                            x = face.width(&piece, size);
                            push_word(&mut lines, *weight, 0.0, &piece, false);
                        }
                        continue;
                    }
                    let line_empty = lines.last().is_none_or(|l| l.is_empty());
                    let start = if line_empty { 0.0 } else { x + space };
                    push_word(&mut lines, *weight, start, word, !line_empty);
                    x = start + w;
                }
            }
        }
        if lines.len() > 1 && lines.last().is_some_and(|l| l.is_empty()) {
            lines.pop();
        }
        lines
    }

    /// Places lines at `x`, flowing onto new pages as needed.
    fn place(&mut self, lines: &[Line], x: f32, size: f32, lead: f32) {
        for line in lines {
            self.ensure(lead);
            let baseline = self.y + size;
            for run in line {
                self.push(Op::Text {
                    x: x + run.x,
                    y: baseline,
                    weight: run.weight,
                    size,
                    text: run.text.clone(),
                });
            }
            self.y += lead;
        }
    }

    fn paragraph(&mut self, spans: &[(Weight, &str)], x: f32, size: f32, lead: f32) {
        let lines = self.wrap(spans, size, RIGHT - x);
        self.place(&lines, x, size, lead);
    }

    /// A heading, kept on the page with at least two lines of what follows.
    fn heading(&mut self, text: &str, size: f32, before: f32, rule: bool) {
        self.gap(before);
        let lead = size * 1.3;
        let lines = self.wrap(&[(Weight::Bold, text)], size, WIDTH);
        self.ensure(lines.len() as f32 * lead + 2.0 * BODY_LEAD + 4.0);
        self.place(&lines, LEFT, size, lead);
        if rule {
            let y = self.y - 1.0;
            self.push(Op::Line {
                x1: LEFT,
                y1: y,
                x2: RIGHT,
                y2: y,
                width: 0.6,
            });
            self.y += 4.0;
        } else {
            self.y += 2.0;
        }
    }

    /// A table with a shaded header row that is repeated on each new page.
    fn table(&mut self, headings: &[&str], widths: &[f32], rows: &[Vec<String>]) {
        let cols = self.columns(headings, widths, rows);
        let wrap_row = |layout: &Self, cells: &[&str], weight: Weight| -> Vec<Vec<Line>> {
            cells
                .iter()
                .zip(&cols)
                .map(|(text, w)| layout.wrap(&[(weight, text)], SMALL, w - 2.0 * PAD))
                .collect()
        };
        let head = wrap_row(self, headings, Weight::Bold);
        let height = |cells: &[Vec<Line>]| {
            cells.iter().map(Vec::len).max().unwrap_or(1) as f32 * SMALL_LEAD + 2.0 * PAD
        };
        let head_h = height(&head);
        let bodies: Vec<Vec<Vec<Line>>> = rows
            .iter()
            .map(|r| {
                let cells: Vec<&str> = r.iter().map(String::as_str).collect();
                wrap_row(self, &cells, Weight::Regular)
            })
            .collect();
        let first_h = bodies.first().map_or(0.0, |b| height(b));
        self.ensure(head_h + first_h);
        self.row(&head, &cols, head_h, true);
        for body in &bodies {
            let h = height(body);
            if self.y + h > BOTTOM && self.y > TOP {
                self.new_page();
                self.row(&head, &cols, head_h, true);
            }
            self.row(body, &cols, h, false);
        }
        self.y += 6.0;
    }

    /// Column widths in points: shares of the line by `weights`, but never so
    /// narrow that a column's longest word ("Meningsskiljaktighet") breaks,
    /// as long as the words fit side by side at all.
    fn columns(&self, headings: &[&str], weights: &[f32], rows: &[Vec<String>]) -> Vec<f32> {
        let longest_word = |weight: Weight, text: &str| {
            let face = self.faces.get(weight);
            text.split_whitespace()
                .map(|w| face.width(w, SMALL))
                .fold(0.0, f32::max)
        };
        let needed: Vec<f32> = headings
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let body = rows
                    .iter()
                    .filter_map(|r| r.get(i))
                    .map(|t| longest_word(Weight::Regular, t))
                    .fold(0.0, f32::max);
                longest_word(Weight::Bold, h).max(body) + 2.0 * PAD + 1.0
            })
            .collect();
        let total: f32 = weights.iter().sum();
        let mut cols: Vec<f32> = weights.iter().map(|w| w / total * WIDTH).collect();
        if needed.iter().sum::<f32>() > WIDTH {
            return cols;
        }
        // Widen the columns that are too narrow, taking the room from the
        // others in proportion to what they can spare.
        let short: f32 = cols.iter().zip(&needed).map(|(c, n)| (n - c).max(0.0)).sum();
        let spare: f32 = cols.iter().zip(&needed).map(|(c, n)| (c - n).max(0.0)).sum();
        if short > 0.0 && spare > 0.0 {
            for (c, n) in cols.iter_mut().zip(&needed) {
                if *c < *n {
                    *c = *n;
                } else {
                    *c -= (*c - n) / spare * short;
                }
            }
        }
        cols
    }

    fn row(&mut self, cells: &[Vec<Line>], cols: &[f32], h: f32, shaded: bool) {
        let top = self.y;
        if shaded {
            self.push(Op::Shade {
                x: LEFT,
                y: top,
                w: WIDTH,
                h,
            });
        }
        let mut x = LEFT;
        for (lines, w) in cells.iter().zip(cols) {
            for (i, line) in lines.iter().enumerate() {
                let baseline = top + PAD + i as f32 * SMALL_LEAD + SMALL;
                for run in line {
                    self.push(Op::Text {
                        x: x + PAD + run.x,
                        y: baseline,
                        weight: run.weight,
                        size: SMALL,
                        text: run.text.clone(),
                    });
                }
            }
            self.push(Op::Line {
                x1: x,
                y1: top,
                x2: x,
                y2: top + h,
                width: 0.5,
            });
            x += w;
        }
        self.push(Op::Line {
            x1: RIGHT,
            y1: top,
            x2: RIGHT,
            y2: top + h,
            width: 0.5,
        });
        for y in [top, top + h] {
            self.push(Op::Line {
                x1: LEFT,
                y1: y,
                x2: RIGHT,
                y2: y,
                width: 0.5,
            });
        }
        self.y = top + h;
    }

    /// Signature lines, two to a row: a line to sign on with the name and
    /// role below it, and a shorter one for the date.
    fn signatures(&mut self, people: &[(String, Option<String>)], date_label: &str) {
        let col = WIDTH / 2.0;
        for pair in people.chunks(2) {
            let captions: Vec<Vec<Line>> = pair
                .iter()
                .map(|(name, role)| {
                    let mut lines = self.wrap(&[(Weight::Bold, name)], SMALL, col * 0.62);
                    if let Some(role) = role {
                        lines.extend(self.wrap(&[(Weight::Regular, role)], SMALL, col * 0.62));
                    }
                    lines
                })
                .collect();
            let lines = captions.iter().map(Vec::len).max().unwrap_or(1);
            let h = 30.0 + lines as f32 * SMALL_LEAD + 10.0;
            self.ensure(h);
            let line_y = self.y + 28.0;
            for (i, caption) in captions.iter().enumerate() {
                let x = LEFT + i as f32 * col;
                let sign_w = col * 0.62;
                let date_x = x + sign_w + 10.0;
                let date_w = col - sign_w - 24.0;
                for (x1, w) in [(x, sign_w), (date_x, date_w)] {
                    self.push(Op::Line {
                        x1,
                        y1: line_y,
                        x2: x1 + w,
                        y2: line_y,
                        width: 0.6,
                    });
                }
                for (n, line) in caption.iter().enumerate() {
                    for run in line {
                        self.push(Op::Text {
                            x: x + run.x,
                            y: line_y + 3.0 + SMALL + n as f32 * SMALL_LEAD,
                            weight: run.weight,
                            size: SMALL,
                            text: run.text.clone(),
                        });
                    }
                }
                self.push(Op::Text {
                    x: date_x,
                    y: line_y + 3.0 + SMALL,
                    weight: Weight::Regular,
                    size: SMALL,
                    text: date_label.to_string(),
                });
            }
            self.y += h;
        }
    }
}

fn push_word(lines: &mut [Line], weight: Weight, x: f32, word: &str, join: bool) {
    let Some(line) = lines.last_mut() else { return };
    match line.last_mut() {
        // Words of the same weight on one line are drawn as one run.
        Some(run) if join && run.weight == weight => {
            run.text.push(' ');
            run.text.push_str(word);
        }
        _ => line.push(Run {
            x,
            weight,
            text: word.to_string(),
        }),
    }
}

fn split_to_width(face: &Face, word: &str, size: f32, width: f32) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece = String::new();
    let mut w = 0.0;
    for c in word.chars() {
        let cw = face.glyph(c).1 * size;
        if w + cw > width && !piece.is_empty() {
            pieces.push(std::mem::take(&mut piece));
            w = 0.0;
        }
        piece.push(c);
        w += cw;
    }
    if !piece.is_empty() {
        pieces.push(piece);
    }
    pieces
}

fn lay_out(v: &View, faces: &Faces) -> Vec<Vec<Op>> {
    let l = v.labels;
    let mut p = Layout::new(faces);
    p.paragraph(&[(Weight::Bold, &v.title)], LEFT, 16.0, 21.0);
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
        p.paragraph(&[(Weight::Bold, group.heading)], LEFT, BODY, BODY_LEAD);
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

    // Footers last, when the number of pages is known.
    let total = p.pages.len();
    for (i, page) in p.pages.iter_mut().enumerate() {
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

fn draw_text(surface: &mut Surface, face: &Face, x: f32, y: f32, size: f32, text: &str) {
    let glyphs: Vec<KrillaGlyph> = text
        .char_indices()
        .map(|(i, c)| {
            let (id, advance) = face.glyph(c);
            KrillaGlyph::new(
                GlyphId::new(id),
                advance,
                0.0,
                0.0,
                0.0,
                i..i + c.len_utf8(),
                None,
            )
        })
        .collect();
    surface.draw_glyphs(Point::from_xy(x, y), &glyphs, face.pdf.clone(), text, size, false);
}

fn draw(surface: &mut Surface, faces: &Faces, ops: &[Op]) {
    let black = Fill::default();
    for op in ops {
        match op {
            Op::Text {
                x,
                y,
                weight,
                size,
                text,
            } => {
                surface.set_stroke(None);
                surface.set_fill(Some(black.clone()));
                draw_text(surface, faces.get(*weight), *x, *y, *size, text);
            }
            Op::Line {
                x1,
                y1,
                x2,
                y2,
                width,
            } => {
                let mut path = PathBuilder::new();
                path.move_to(*x1, *y1);
                path.line_to(*x2, *y2);
                if let Some(path) = path.finish() {
                    surface.set_fill(None);
                    surface.set_stroke(Some(Stroke {
                        width: *width,
                        paint: luma::Color::new(90).into(),
                        ..Stroke::default()
                    }));
                    surface.draw_path(&path);
                }
            }
            Op::Shade { x, y, w, h } => {
                let mut path = PathBuilder::new();
                if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                    path.push_rect(rect);
                }
                if let Some(path) = path.finish() {
                    surface.set_stroke(None);
                    surface.set_fill(Some(Fill {
                        paint: luma::Color::new(GREY).into(),
                        opacity: NormalizedF32::ONE,
                        rule: Default::default(),
                    }));
                    surface.draw_path(&path);
                }
            }
        }
    }
}

pub fn render_view(v: &View) -> Result<Vec<u8>, PdfError> {
    let faces = Faces {
        regular: Face::new(REGULAR, "DejaVuSans.ttf")?,
        bold: Face::new(BOLD, "DejaVuSans-Bold.ttf")?,
    };
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
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H)
        .ok_or_else(|| PdfError::Write("A4 is not a valid page size".into()))?;
    for ops in &pages {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        draw(&mut surface, &faces, ops);
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|e| PdfError::Write(e.to_string()))
}
