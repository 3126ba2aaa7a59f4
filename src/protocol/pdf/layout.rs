//! Laying the protocol out on A4 pages: the page geometry and type sizes,
//! line breaking with the fonts' real advances, page breaks that keep
//! headings with what follows and tables with their header row, and
//! signature lines. The result is pages of drawing operations.

use unicode_normalization::UnicodeNormalization;

use super::paint::{Face, Faces};

// A4 in points, with margins in the Swedish habit (a wider left one for binding).
pub(super) const PAGE_W: f32 = 595.28;
pub(super) const PAGE_H: f32 = 841.89;
pub(super) const LEFT: f32 = 62.0;
pub(super) const RIGHT: f32 = PAGE_W - 51.0;
pub(super) const WIDTH: f32 = RIGHT - LEFT;
pub(super) const TOP: f32 = 57.0;
pub(super) const BOTTOM: f32 = PAGE_H - 62.0;
pub(super) const FOOTER: f32 = PAGE_H - 34.0;

pub(super) const BODY: f32 = 10.0;
pub(super) const BODY_LEAD: f32 = 13.5;
pub(super) const SMALL: f32 = 9.0;
pub(super) const SMALL_LEAD: f32 = 11.5;
pub(super) const PAD: f32 = 3.0;
pub(super) const GREY: u8 = 232;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Weight {
    Regular,
    Bold,
}

/// One drawing operation on a page, in points from the top left corner.
#[derive(Debug, Clone)]
pub(super) enum Op {
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
    /// A word across the middle of the page, under everything else.
    Watermark {
        text: String,
    },
}

/// A piece of one line of text, at `x` from the line's start.
#[derive(Debug, Clone)]
pub(super) struct Run {
    x: f32,
    weight: Weight,
    text: String,
}

pub(super) type Line = Vec<Run>;

/// Lays the protocol out page by page.
pub(super) struct Layout<'f> {
    faces: &'f Faces,
    pub(super) pages: Vec<Vec<Op>>,
    /// The top of the free space on the current page.
    pub(super) y: f32,
}

impl<'f> Layout<'f> {
    pub(super) fn new(faces: &'f Faces) -> Self {
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
    pub(super) fn ensure(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > TOP {
            self.new_page();
        }
    }

    pub(super) fn push(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    pub(super) fn gap(&mut self, height: f32) {
        // Space at the top of a page is wasted; drop it there.
        if self.y > TOP {
            self.y += height;
        }
    }

    /// Breaks `spans` into lines no wider than `width`. A `\n` in a span
    /// breaks the line; words wider than a line are broken between characters.
    pub(super) fn wrap(&self, spans: &[(Weight, &str)], size: f32, width: f32) -> Vec<Line> {
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
    pub(super) fn place(&mut self, lines: &[Line], x: f32, size: f32, lead: f32) {
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

    pub(super) fn paragraph(&mut self, spans: &[(Weight, &str)], x: f32, size: f32, lead: f32) {
        let lines = self.wrap(spans, size, RIGHT - x);
        self.place(&lines, x, size, lead);
    }

    /// A heading, kept on the page with at least two lines of what follows.
    pub(super) fn heading(&mut self, text: &str, size: f32, before: f32, rule: bool) {
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
    pub(super) fn table(&mut self, headings: &[&str], widths: &[f32], rows: &[Vec<String>]) {
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
    pub(super) fn signatures(&mut self, people: &[(String, Option<String>)], date_label: &str) {
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
