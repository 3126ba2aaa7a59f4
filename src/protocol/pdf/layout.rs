//! Laying the protocol out on A4 pages: the page geometry and type sizes,
//! line breaking with the fonts' real advances, page breaks that keep
//! headings with what follows, and signature lines. The result is pages of
//! drawing operations, each piece of text marked with the structure element
//! it belongs to, or as an artifact.

use krilla::tagging::ArtifactType;
use unicode_normalization::UnicodeNormalization;

use super::paint::{Face, Faces};
use super::structure::{Bookmark, Kind, Tree};

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

/// What a piece of text is to a reader: part of a structure element, or
/// an artifact (a repeated table header, a footer) that is not read out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Tagged {
    Elem(usize),
    Artifact(ArtifactType),
}

/// One drawing operation on a page, in points from the top left corner.
/// Lines and shading are layout artifacts.
#[derive(Debug, Clone)]
pub(super) enum Op {
    /// Text with its baseline at `y`.
    Text {
        x: f32,
        y: f32,
        weight: Weight,
        size: f32,
        text: String,
        tagged: Tagged,
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
    pub(super) x: f32,
    pub(super) weight: Weight,
    pub(super) text: String,
}

pub(super) type Line = Vec<Run>;

/// Lays the protocol out page by page.
pub(super) struct Layout<'f> {
    pub(super) faces: &'f Faces,
    pub(super) pages: Vec<Vec<Op>>,
    /// The top of the free space on the current page.
    pub(super) y: f32,
    pub(super) tree: Tree,
    /// Set while drawing text that is not read out.
    pub(super) artifact: Option<ArtifactType>,
}

impl<'f> Layout<'f> {
    pub(super) fn new(faces: &'f Faces) -> Self {
        Layout {
            faces,
            pages: vec![Vec::new()],
            y: TOP,
            tree: Tree::new(),
            artifact: None,
        }
    }

    /// Lays out `f`'s content as a new element of `kind` in the current one.
    pub(super) fn within<R>(&mut self, kind: Kind, f: impl FnOnce(&mut Self) -> R) -> R {
        self.tree.open(kind);
        let result = f(self);
        self.tree.close();
        result
    }

    /// Text at `x` with its baseline at `y`, in the current element.
    pub(super) fn text(&mut self, x: f32, y: f32, weight: Weight, size: f32, text: String) {
        let tagged = match self.artifact {
            Some(kind) => Tagged::Artifact(kind),
            None => Tagged::Elem(self.tree.current()),
        };
        self.push(Op::Text {
            x,
            y,
            weight,
            size,
            text,
            tagged,
        });
    }

    pub(super) fn new_page(&mut self) {
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
                    end_with_space(&mut lines);
                    lines.push(Vec::new());
                    x = 0.0;
                }
                for word in source_line.split_whitespace() {
                    let w = face.width(word, size);
                    let line_empty = lines.last().is_none_or(|l| l.is_empty());
                    let lead = if line_empty { 0.0 } else { space };
                    if !line_empty && x + lead + w > width {
                        end_with_space(&mut lines);
                        lines.push(Vec::new());
                        x = 0.0;
                    }
                    if w > width {
                        // Too long for any line: break it where it must.
                        end_with_space(&mut lines);
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
                self.text(x + run.x, baseline, run.weight, size, run.text.clone());
            }
            self.y += lead;
        }
    }

    /// A paragraph of its own.
    pub(super) fn paragraph(&mut self, spans: &[(Weight, &str)], x: f32, size: f32, lead: f32) {
        let lines = self.wrap(spans, size, RIGHT - x);
        self.within(Kind::P, |p| p.place(&lines, x, size, lead));
    }

    /// A heading of `level`, kept on the page with at least two lines of
    /// what follows.
    pub(super) fn heading(&mut self, level: u16, text: &str, size: f32, before: f32, rule: bool) {
        self.gap(before);
        let lead = size * 1.3;
        let lines = self.wrap(&[(Weight::Bold, text)], size, WIDTH);
        self.ensure(lines.len() as f32 * lead + 2.0 * BODY_LEAD + 4.0);
        self.tree.headings.push(Bookmark {
            level,
            text: text.to_string(),
            page: self.pages.len() - 1,
            y: self.y,
        });
        self.within(Kind::Heading(level, text.to_string()), |p| {
            p.place(&lines, LEFT, size, lead)
        });
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
                        end_with_space(&mut lines);
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
                self.tree.open(Kind::Div);
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
                self.within(Kind::P, |p| {
                    for (n, line) in caption.iter().enumerate() {
                        for run in line {
                            let y = line_y + 3.0 + SMALL + n as f32 * SMALL_LEAD;
                            p.text(x + run.x, y, run.weight, SMALL, run.text.clone());
                        }
                    }
                });
                self.within(Kind::P, |p| {
                    let y = line_y + 3.0 + SMALL;
                    p.text(date_x, y, Weight::Regular, SMALL, date_label.to_string());
                });
                self.tree.close();
            }
            self.y += h;
        }
    }
}

/// Ends the last line with a space, so that text read out of the PDF has
/// its words apart where a line breaks; the space is drawn past the line's end.
fn end_with_space(lines: &mut [Line]) {
    if let Some(run) = lines.last_mut().and_then(|l| l.last_mut())
        && !run.text.ends_with(' ')
    {
        run.text.push(' ');
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
        // A run of another weight: the space between is the earlier run's.
        Some(run) if join => {
            run.text.push(' ');
            line.push(Run {
                x,
                weight,
                text: word.to_string(),
            });
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
