//! Plain-text tables for the terminal: aligned columns, every cell made inert.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use crate::text::inert;

/// A table with a header row; cells are untrusted text and are made inert.
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new<const N: usize>(header: [&str; N]) -> Table {
        Table {
            header: header.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells.iter().map(|c| inert(c)).collect());
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The table as text, columns separated by two spaces, no trailing blanks.
    pub fn render(&self) -> String {
        let columns = self.header.len();
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.width()).collect();
        for row in &self.rows {
            for (i, cell) in row.iter().enumerate().take(columns) {
                widths[i] = widths[i].max(cell.width());
            }
        }
        let mut out = String::new();
        let mut line = |cells: &[String]| {
            let mut text = String::new();
            for (i, cell) in cells.iter().enumerate().take(columns) {
                text.push_str(cell);
                if i + 1 < columns {
                    text.push_str(&" ".repeat(widths[i] - cell.width() + 2));
                }
            }
            let _ = writeln!(out, "{}", text.trim_end());
        };
        line(&self.header);
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        line(&rule);
        for row in &self.rows {
            line(row);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_wide_characters_and_neutralises_escapes() {
        let mut t = Table::new(["Roll", "Part"]);
        t.row(vec!["Säkerhetsansvarig".into(), "Staden".into()]);
        t.row(vec!["x\u{1b}[2J".into(), "Övriga".into()]);
        let text = t.render();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "Roll               Part");
        assert_eq!(lines[2], "Säkerhetsansvarig  Staden");
        assert!(!text.contains('\u{1b}'));
    }
}
