//! Tables on the page: column widths from the words they hold, a shaded
//! header row repeated on each new page (as an artifact after the first),
//! and the rows tagged as a table with header cells.

use krilla::tagging::ArtifactType;

use super::layout::{BOTTOM, LEFT, Layout, Line, Op, PAD, RIGHT, SMALL, SMALL_LEAD, TOP, WIDTH, Weight};
use super::structure::Kind;

impl Layout<'_> {
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
        self.tree.open(Kind::Table);
        self.within(Kind::TableHead, |p| p.row(&head, &cols, head_h, true));
        self.tree.open(Kind::TableBody);
        for body in &bodies {
            let h = height(body);
            if self.y + h > BOTTOM && self.y > TOP {
                self.new_page();
                // The header row again, for the eye only: it was read once.
                self.artifact = Some(ArtifactType::PaginationOther);
                self.row(&head, &cols, head_h, true);
                self.artifact = None;
            }
            self.row(body, &cols, h, false);
        }
        self.tree.close();
        self.tree.close();
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

    /// A row of header cells when `shaded`, else of data cells.
    fn row(&mut self, cells: &[Vec<Line>], cols: &[f32], h: f32, shaded: bool) {
        let cell = if shaded { Kind::HeaderCell } else { Kind::Cell };
        self.tree.open(Kind::Row);
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
            self.tree.open(cell.clone());
            for (i, line) in lines.iter().enumerate() {
                let baseline = top + PAD + i as f32 * SMALL_LEAD + SMALL;
                for run in line {
                    self.text(x + PAD + run.x, baseline, run.weight, SMALL, run.text.clone());
                }
            }
            // An empty cell still holds its place in the structure.
            if lines.iter().all(Vec::is_empty) {
                self.text(
                    x + PAD,
                    top + PAD + SMALL,
                    Weight::Regular,
                    SMALL,
                    " ".to_string(),
                );
            }
            self.tree.close();
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
        self.tree.close();
        self.y = top + h;
    }
}
