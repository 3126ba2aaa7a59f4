//! The protocol as Markdown (CommonMark with GitHub tables): readable as plain
//! text, and every piece of recorded text escaped so it cannot add headings,
//! links, emphasis or table cells of its own.

use std::fmt::Write as _;

use crate::catalog::Forum;
use crate::i18n::Lang;

use super::MeetingRecord;
use super::stamp::Stamp;
use super::view::{Field, View};

/// The protocol of `record` as Markdown.
pub fn render(record: &MeetingRecord, forum: &Forum, lang: Lang, stamp: &Stamp) -> String {
    render_view(&View::new(record, forum, lang, stamp))
}

pub fn render_view(v: &View) -> String {
    let l = v.labels;
    let mut out = String::with_capacity(4096 + v.items.len() * 256);
    // Writing to a String cannot fail; the results are ignored for that reason.
    let _ = writeln!(out, "# {}\n", escape(&v.title));
    if let Some(banner) = &v.stamp.banner {
        let _ = writeln!(out, "**{}**\n", escape(banner));
    }
    for f in &v.header {
        let _ = writeln!(out, "- **{}:** {}", f.label, escape(&f.value));
    }

    let _ = writeln!(out, "\n## {}\n", l.attendance);
    let _ = writeln!(out, "### {}\n", l.present);
    for group in &v.present {
        let _ = writeln!(out, "**{}**\n", escape(&group.heading));
        for person in &group.people {
            let _ = writeln!(out, "- {}", escape(&person.line()));
        }
        out.push('\n');
    }
    if !v.not_there.is_empty() {
        let _ = writeln!(out, "### {}\n", l.not_there);
        for person in &v.not_there {
            let _ = writeln!(out, "- {}", escape(&person.line()));
        }
        out.push('\n');
    }

    let _ = writeln!(out, "## {}\n", l.agenda);
    for item in &v.items {
        let _ = writeln!(out, "### {}. {}\n", item.number, escape(&item.title));
        for e in &item.entries {
            let _ = write!(out, "**{}.** {}", escape(&e.head), paragraph(&e.text));
            if !e.details.is_empty() {
                let _ = write!(out, "\\\n{}", details(&e.details));
            }
            out.push_str("\n\n");
        }
    }

    let _ = writeln!(out, "## {}\n", l.actions);
    if v.actions.is_empty() {
        let _ = writeln!(out, "{}\n", l.no_actions);
    } else {
        table_head(&mut out, &[l.item, l.action, l.owner, l.due, l.status], true);
        for a in &v.actions {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                a.item,
                cell(&a.text),
                cell(&a.owner),
                cell(&a.due),
                a.status
            );
        }
        out.push('\n');
    }

    let _ = writeln!(out, "## {}\n", l.escalations);
    if v.escalations.is_empty() {
        let _ = writeln!(out, "{}\n", l.no_escalations);
    } else {
        table_head(
            &mut out,
            &[l.item, l.kind, l.description, l.target_or_parties],
            true,
        );
        for e in &v.escalations {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                e.item,
                e.kind,
                cell(&e.text),
                cell(&e.target)
            );
        }
        out.push('\n');
    }

    let _ = writeln!(out, "## {}\n", l.approval);
    let _ = writeln!(out, "{}\n", escape(&v.approval_rule));
    let _ = writeln!(out, "**{}**\n", l.at_the_protocol);
    table_head(&mut out, &[l.name, l.signature, l.signature_date], false);
    let keeper = v.minute_keeper.as_ref().map_or("", |k| k.name.as_str());
    let _ = writeln!(out, "| {} | | |\n", cell(keeper));
    let _ = writeln!(out, "**{}**\n", l.approved_by);
    if v.approvers.is_empty() {
        let _ = writeln!(out, "{}\n", l.no_approvers);
    } else {
        table_head(&mut out, &[l.name, l.role, l.signature, l.signature_date], false);
        for a in &v.approvers {
            let _ = writeln!(
                out,
                "| {} | {} | | |",
                cell(&a.name),
                cell(a.role.as_deref().unwrap_or(""))
            );
        }
        out.push('\n');
    }
    if let Some(j) = &v.stamp.justering {
        let _ = writeln!(out, "## {}\n", escape(j.heading));
        table_head(&mut out, &j.columns, false);
        for row in &j.rows {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                cell(&row[0]),
                cell(&row[1]),
                cell(&row[2])
            );
        }
        let _ = writeln!(out, "\n{}\n", escape(&j.version_line));
    }
    // One newline at the end, as a text file should have.
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn table_head(out: &mut String, headings: &[&str], first_is_number: bool) {
    let _ = writeln!(out, "| {} |", headings.join(" | "));
    let rules: Vec<&str> = headings
        .iter()
        .enumerate()
        .map(|(i, _)| if i == 0 && first_is_number { "---:" } else { "---" })
        .collect();
    let _ = writeln!(out, "|{}|", rules.join("|"));
}

fn details(fields: &[Field]) -> String {
    fields
        .iter()
        .map(|f| format!("*{}:* {}", f.label, escape(&f.value)))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Text of several lines as one paragraph: line breaks become hard breaks and
/// blank lines are dropped, since a blank line would end the paragraph and let
/// the rest of the text stand outside the entry.
fn paragraph(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(escape)
        .collect::<Vec<_>>()
        .join("\\\n")
}

/// A table cell: one line, with the pipe that would end the cell escaped.
fn cell(text: &str) -> String {
    escape(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Escapes one line of text for Markdown. Characters that open emphasis,
/// code, links, HTML, strikethrough or table cells are escaped everywhere;
/// those that start a block (heading, quote, list, rule) only at the start of
/// the line; `&` only where it would begin an entity such as `&lt;`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        escape_line(line, &mut out);
    }
    out
}

fn escape_line(line: &str, out: &mut String) {
    // Leading spaces would turn a line into a code block.
    let line = line.trim_start();
    let block_start = block_marker_len(line);
    for (i, c) in line.char_indices() {
        let escape_here = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' => true,
            '&' => starts_entity(&line[i..]),
            // Only the marker's last character needs the backslash.
            _ => i + 1 == block_start,
        };
        if escape_here {
            out.push('\\');
        }
        out.push(c);
    }
}

/// How many bytes at the start of a line would begin a Markdown block, so
/// that escaping their last character keeps the line a plain paragraph line:
/// a heading (`# `), a bullet (`- `, `+ `), an ordered-list number (`12. `,
/// `3) `), or a rule or heading underline (a line of only `-` or `=`).
/// "09.00" or "-5 grader" begin nothing and are left as they are.
fn block_marker_len(line: &str) -> usize {
    let bytes = line.as_bytes();
    let ends_marker = |at: usize| matches!(bytes.get(at), None | Some(b' ' | b'\t'));
    let only = |c: u8| bytes.iter().all(|b| *b == c || *b == b' ');
    match bytes.first() {
        Some(b'#') => {
            let hashes = bytes.iter().take_while(|b| **b == b'#').count();
            usize::from(hashes <= 6 && ends_marker(hashes))
        }
        Some(b'+') => usize::from(ends_marker(1)),
        Some(b'-') => usize::from(ends_marker(1) || only(b'-')),
        Some(b'=') => usize::from(only(b'=')),
        Some(b) if b.is_ascii_digit() => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            match bytes.get(digits) {
                Some(b'.' | b')') if digits <= 9 && ends_marker(digits + 1) => digits + 1,
                _ => 0,
            }
        }
        _ => 0,
    }
}

/// Whether `text` (starting at `&`) reads as an HTML entity: `&name;` or `&#123;`.
fn starts_entity(text: &str) -> bool {
    let rest = &text[1..];
    let body = rest
        .find(';')
        .map(|end| &rest[..end])
        .filter(|b| !b.is_empty() && b.len() <= 32);
    body.is_some_and(|b| b.chars().all(|c| c.is_ascii_alphanumeric() || c == '#'))
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn structure_characters_are_escaped() {
        assert_eq!(
            escape("a *b* [c](d) <e> | f_g"),
            r"a \*b\* \[c\](d) \<e\> \| f\_g"
        );
        assert_eq!(escape("# rubrik"), r"\# rubrik");
        assert_eq!(escape("- punkt"), r"\- punkt");
        assert_eq!(escape("12. punkt"), r"12\. punkt");
        assert_eq!(escape("    kod"), "kod");
        assert_eq!(escape("Forsberg & Co &amp;"), r"Forsberg & Co \&amp;");
        assert_eq!(escape("2026-12-01 kl. 10"), "2026-12-01 kl. 10");
        assert_eq!(escape("09.00–10.30"), "09.00–10.30");
        assert_eq!(escape("-5 grader"), "-5 grader");
        assert_eq!(escape("#4711"), "#4711");
        assert_eq!(escape("rad\n=== "), "rad\n\\=== ");
        assert_eq!(escape("---"), r"\---");
        assert_eq!(escape("3) tre"), r"3\) tre");
    }
}
