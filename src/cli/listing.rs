//! Listings written a row at a time as the store reads them: a table with
//! fixed column widths, a JSON array, or JSON Lines; a page of them with
//! `--limit` and `--offset`, and on a terminal the first 50 and the total.

use std::io::{BufWriter, IsTerminal, StdoutLock, Write};

use anyhow::Result;
use serde::Serialize;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::i18n::{Lang, tr};
use crate::store::listing::Page;
use crate::text::inert;

/// Rows a listing shows on a terminal unless `--limit` says otherwise.
const TERMINAL_LIMIT: u64 = 50;

#[derive(clap::Args, Debug, Clone, Default)]
pub struct ListArgs {
    #[arg(long, help = "help-json", conflicts_with = "jsonl")]
    pub json: bool,
    #[arg(long, help = "help-jsonl")]
    pub jsonl: bool,
    #[arg(long, help = "help-limit", value_name = "N")]
    pub limit: Option<u64>,
    #[arg(long, help = "help-offset", value_name = "N", default_value_t = 0)]
    pub offset: u64,
}

/// How wide a table column is. Widths are fixed before the first row, so
/// that each row is written as soon as it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Width {
    /// Longer cells are cut with "…".
    Cut(usize),
    /// Longer cells push the rest of their line to the right (a reference that must be whole).
    Whole(usize),
}

/// Forum names longer than this are cut in a table.
pub const FORUM: Width = Width::Cut(30);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Table,
    Json,
    Jsonl,
}

/// One listing on stdout. A closed pipe (`fora actions | head`) ends it quietly.
pub struct Listing {
    format: Format,
    lang: Lang,
    page: Page,
    out: BufWriter<StdoutLock<'static>>,
    /// Column headings and widths; the last column is never cut or padded.
    header: Vec<String>,
    widths: Vec<Width>,
    rows: u64,
    closed: bool,
    /// Only a person at a terminal is told the total; a pipe does not pay for counting.
    terminal: bool,
}

impl Listing {
    /// A listing with `columns` (heading, width) for the table.
    pub fn new(args: &ListArgs, lang: Lang, columns: &[(&str, Width)]) -> Listing {
        let format = match (args.json, args.jsonl) {
            (_, true) => Format::Jsonl,
            (true, false) => Format::Json,
            (false, false) => Format::Table,
        };
        let out = std::io::stdout();
        let terminal = format == Format::Table && out.is_terminal();
        // A person reading a terminal gets a page; a pipe or a file gets everything.
        let limit = args.limit.or(terminal.then_some(TERMINAL_LIMIT));
        Listing {
            format,
            lang,
            page: Page {
                limit,
                offset: args.offset,
            },
            out: BufWriter::new(out.lock()),
            header: columns.iter().map(|(h, _)| h.to_string()).collect(),
            widths: columns
                .iter()
                .map(|(h, w)| match *w {
                    Width::Cut(n) => Width::Cut(n.max(h.width())),
                    Width::Whole(n) => Width::Whole(n.max(h.width())),
                })
                .collect(),
            rows: 0,
            closed: false,
            terminal,
        }
    }

    /// The rows to read.
    pub fn page(&self) -> Page {
        self.page
    }

    /// Writes one row: `value` as JSON, or the table `cells` (untrusted text, made inert).
    pub fn row(&mut self, value: &impl Serialize, cells: impl FnOnce() -> Vec<String>) -> Result<()> {
        let mut text = String::new();
        match self.format {
            Format::Table => {
                if self.rows == 0 {
                    let rule: Vec<String> = self
                        .widths
                        .iter()
                        .map(|(Width::Cut(n) | Width::Whole(n))| "-".repeat(*n))
                        .collect();
                    text.push_str(&self.line(&self.header));
                    text.push_str(&self.line(&rule));
                }
                let cells: Vec<String> = cells().iter().map(|c| inert(c)).collect();
                text.push_str(&self.line(&cells));
            }
            Format::Json => {
                text.push_str(if self.rows == 0 { "[\n  " } else { ",\n  " });
                text.push_str(&crate::text::json::pretty(value)?.replace('\n', "\n  "));
            }
            Format::Jsonl => {
                text.push_str(&crate::text::json::compact(value)?);
                text.push('\n');
            }
        }
        self.rows += 1;
        self.write(&text)
    }

    /// Ends the listing: closes the JSON array, says `none` when there was
    /// nothing, and under a table on a terminal that shows part of the rows,
    /// how many there are in all (`total` is asked only then).
    pub fn finish(mut self, read: Result<()>, none: &str, total: impl FnOnce() -> Result<u64>) -> Result<()> {
        if self.closed {
            return Ok(());
        }
        read?;
        let end = match self.format {
            Format::Json if self.rows == 0 => "[]\n".to_string(),
            Format::Json => "\n]\n".to_string(),
            Format::Jsonl => String::new(),
            Format::Table if self.rows == 0 => format!("{none}\n"),
            Format::Table => self.more(total)?,
        };
        self.write(&end)?;
        match self.out.flush() {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(stdout_error(&e)),
            _ => Ok(()),
        }
    }

    /// "50 av 75 755 – visa fler med --limit och --offset", or nothing when every row is shown.
    fn more(&self, total: impl FnOnce() -> Result<u64>) -> Result<String> {
        let page_full = self.page.limit == Some(self.rows);
        if !self.terminal || (!page_full && self.page.offset == 0) {
            return Ok(String::new());
        }
        let total = total()?;
        let (first, last) = (self.page.offset + 1, self.page.offset + self.rows);
        if first == 1 && last >= total {
            return Ok(String::new());
        }
        let shown = if first == 1 {
            group(last, self.lang)
        } else {
            format!("{}–{}", group(first, self.lang), group(last, self.lang))
        };
        let total = group(total, self.lang);
        Ok(format!(
            "{}\n",
            tr!(self.lang, "out-listing-more", shown = shown, total = total)
        ))
    }

    /// One table line: every column but the last padded or cut to its width.
    fn line(&self, cells: &[String]) -> String {
        let last = self.widths.len().saturating_sub(1);
        let mut text = String::new();
        for (i, (cell, width)) in cells.iter().zip(&self.widths).enumerate() {
            let (shown, width) = match *width {
                _ if i == last => (cell.clone(), 0),
                Width::Cut(n) => (cut(cell, n), n),
                Width::Whole(n) => (cell.clone(), n),
            };
            text.push_str(&shown);
            if i != last {
                text.push_str(&" ".repeat(width.saturating_sub(shown.width()) + 2));
            }
        }
        format!("{}\n", text.trim_end())
    }

    fn write(&mut self, text: &str) -> Result<()> {
        match self.out.write_all(text.as_bytes()) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                // Stops the reading; `finish` then ends quietly.
                self.closed = true;
                Err(anyhow::Error::new(e))
            }
            Err(e) => Err(stdout_error(&e)),
            Ok(()) => Ok(()),
        }
    }
}

fn stdout_error(e: &std::io::Error) -> anyhow::Error {
    crate::fail!("err-cli-stdout", reason = crate::files::io_reason(e).to_string())
}

/// `text` in at most `width` columns, cut with "…".
fn cut(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// 75755 as "75 755" (a no-break space) in Swedish, "75,755" in English.
fn group(n: u64, lang: Lang) -> String {
    let sep = match lang {
        Lang::Sv => '\u{a0}',
        Lang::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_and_cuts_wide_text() {
        assert_eq!(group(75755, Lang::Sv), "75\u{a0}755");
        assert_eq!(group(1234567, Lang::En), "1,234,567");
        assert_eq!(group(50, Lang::Sv), "50");
        assert_eq!(cut("Leveransforum", 8), "Leveran…");
        assert_eq!(cut("Ärende", 6), "Ärende");
    }
}
