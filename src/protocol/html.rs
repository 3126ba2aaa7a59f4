//! The protocol as one self-contained HTML file: inline CSS for screen and A4
//! print, no scripts, no external files, and every piece of text escaped.
//! It is made to meet WCAG 2.1 AA: the language set, one h1 and headings in
//! order, tables with captions and header cells, text in strong contrast and
//! wrapped inside the margin, and printed pages numbered in their footers.

use std::fmt::Write as _;

use crate::catalog::Forum;
use crate::i18n::{Lang, tr};

use super::MeetingRecord;
use super::stamp::Stamp;
use super::view::View;

/// The protocol of `record` as an HTML document.
pub fn render(record: &MeetingRecord, forum: &Forum, lang: Lang, stamp: &Stamp) -> String {
    render_view(&View::new(record, forum, lang, stamp))
}

// The page prints on A4 with margins a binder needs; headings stay with what
// follows them, and entries, table rows and signatures are not split.
const STYLE: &str = r#"@page { size: A4; margin: 20mm 18mm 22mm 22mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #111; background: #fff; max-width: 50em; margin: 2em auto; padding: 0 1em; overflow-wrap: break-word; }
h1 { font-size: 17pt; margin: 0 0 0.6em; }
h2 { font-size: 13pt; margin: 1.4em 0 0.4em; border-bottom: 1px solid #999; padding-bottom: 0.15em; }
h3 { font-size: 11pt; margin: 1em 0 0.3em; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
h4 { font-size: 10.5pt; margin: 0.6em 0 0.2em; }
dl.header { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.15em 1.2em; margin: 0; }
dl.header dt { font-weight: bold; }
dl.header dd { margin: 0; }
ul { margin: 0.2em 0 0.6em; padding-left: 1.4em; }
.entry { margin: 0.3em 0 0.6em; break-inside: avoid; page-break-inside: avoid; }
.entry .head { font-weight: bold; }
.entry .details { color: #333; font-size: 9.5pt; }
.empty { color: #555; font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 0.3em 0 0.8em; font-size: 9.5pt; }
/* A URL or other long token in a table cell may break anywhere; other
   words keep their width, so the columns are shared out as before. */
span.long { overflow-wrap: anywhere; }
/* Captions name each table for a screen reader; the heading above shows it. */
caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
th, td { border: 1px solid #999; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
th { background: #eee; }
td.num { text-align: right; width: 3.5em; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
section.approval { break-inside: avoid; page-break-inside: avoid; }
table.signatures td { height: 3em; }
p.draft { font-weight: bold; font-size: 12pt; margin: 0 0 0.6em; }
/* Fixed, so a printed draft carries the word on every page. */
div.watermark { position: fixed; top: 40%; left: 0; right: 0; text-align: center; font-size: 96pt; font-weight: bold; color: rgba(0, 0, 0, 0.08); transform: rotate(-30deg); pointer-events: none; z-index: -1; }
section.justering td { font-size: 9.5pt; }
@media print { body { margin: 0; max-width: none; padding: 0; font-size: 10pt; } a { color: inherit; text-decoration: none; } }
"#;

// Page margin boxes do not inherit the body's font.
const FOOTER_FONT: &str =
    r#"font-family: "DejaVu Sans", "Segoe UI", Arial, Helvetica, sans-serif; font-size: 8pt; color: #333;"#;

/// The printed page's footer, as in the PDF: the protocol on the left, the
/// page number on the right, counted by the browser when it prints.
fn page_footer(v: &View) -> String {
    // The catalogue's "Sida { $page } ({ $total })", with markers where the
    // numbers go, becomes CSS text around the page counters.
    let number = tr!(v.lang, "protocol-page-of", page = "\u{1}", total = "\u{2}");
    let mut content = String::new();
    let mut literal = String::new();
    for c in number.chars() {
        let counter = match c {
            '\u{1}' => "counter(page)",
            '\u{2}' => "counter(pages)",
            c => {
                literal.push(c);
                continue;
            }
        };
        if !literal.is_empty() {
            content.push_str(&css_string(&std::mem::take(&mut literal)));
            content.push(' ');
        }
        content.push_str(counter);
        content.push(' ');
    }
    if !literal.is_empty() {
        content.push_str(&css_string(&literal));
    }
    let left = css_string(&format!("{} – {}", v.labels.protocol, v.short_title));
    format!(
        "@page {{ @bottom-left {{ content: {left}; {FOOTER_FONT} }} \
         @bottom-right {{ content: {content}; {FOOTER_FONT} }} }}\n"
    )
}

/// Text as a quoted CSS string. ASCII other than letters, digits and spaces
/// is written as an escape, so nothing in it can end the string or the
/// style element.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_ascii() && !c.is_ascii_alphanumeric() && c != ' ' {
            let _ = write!(out, "\\{:x} ", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out.push('"');
    out
}

pub fn render_view(v: &View) -> String {
    let l = v.labels;
    let lang = match v.lang {
        Lang::Sv => "sv",
        Lang::En => "en",
    };
    let mut out = String::with_capacity(8192 + v.items.len() * 400);
    // Writing to a String cannot fail; the results are ignored for that reason.
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}{}</style>\n</head>\n<body>\n",
        esc(&format!("{} {}", v.title, date(v))),
        page_footer(v)
    );
    if let Some(mark) = v.stamp.watermark {
        let _ = writeln!(
            out,
            "<div class=\"watermark\" aria-hidden=\"true\">{}</div>",
            esc(mark)
        );
    }
    let _ = writeln!(out, "<main>\n<h1>{}</h1>", esc(&v.title));
    if let Some(banner) = &v.stamp.banner {
        let _ = writeln!(out, "<p class=\"draft\">{}</p>", esc(banner));
    }
    out.push_str("<dl class=\"header\">\n");
    for f in &v.header {
        let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", esc(f.label), esc(&f.value));
    }
    out.push_str("</dl>\n");

    let _ = writeln!(out, "<h2>{}</h2>", esc(l.attendance));
    let _ = writeln!(out, "<h3>{}</h3>", esc(l.present));
    for group in &v.present {
        let _ = writeln!(out, "<h4>{}</h4>\n<ul>", esc(group.heading));
        for person in &group.people {
            let _ = writeln!(out, "<li>{}</li>", esc(&person.line()));
        }
        out.push_str("</ul>\n");
    }
    if !v.not_there.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>\n<ul>", esc(l.not_there));
        for person in &v.not_there {
            let _ = writeln!(out, "<li>{}</li>", esc(&person.line()));
        }
        out.push_str("</ul>\n");
    }

    let _ = writeln!(out, "<h2>{}</h2>", esc(l.agenda));
    for item in &v.items {
        let _ = writeln!(out, "<h3>{}. {}</h3>", item.number, esc(&item.title));
        for e in &item.entries {
            let _ = write!(
                out,
                "<div class=\"entry {}\"><span class=\"head\">{}.</span> {}",
                e.kind.id(),
                esc(&e.head),
                lines(&e.text)
            );
            if !e.details.is_empty() {
                let details: Vec<String> = e
                    .details
                    .iter()
                    .map(|f| format!("{}: {}", esc(f.label), esc(&f.value)))
                    .collect();
                let _ = write!(out, "<br><span class=\"details\">{}</span>", details.join(" · "));
            }
            out.push_str("</div>\n");
        }
    }

    let _ = writeln!(out, "<h2>{}</h2>", esc(l.actions));
    if v.actions.is_empty() {
        let _ = writeln!(out, "<p class=\"empty\">{}</p>", esc(l.no_actions));
    } else {
        table_head(
            &mut out,
            l.actions,
            &[l.item, l.action, l.owner, l.due, l.status],
            "",
        );
        for a in &v.actions {
            let _ = writeln!(
                out,
                "<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                a.item,
                cell(&a.text),
                cell(&a.owner),
                cell(&a.due),
                cell(a.status)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }

    let _ = writeln!(out, "<h2>{}</h2>", esc(l.escalations));
    if v.escalations.is_empty() {
        let _ = writeln!(out, "<p class=\"empty\">{}</p>", esc(l.no_escalations));
    } else {
        table_head(
            &mut out,
            l.escalations,
            &[l.item, l.kind, l.description, l.target_or_parties],
            "",
        );
        for e in &v.escalations {
            let _ = writeln!(
                out,
                "<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                e.item,
                cell(&e.kind),
                cell(&e.text),
                cell(&e.target)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }

    let _ = writeln!(out, "<section class=\"approval\">\n<h2>{}</h2>", esc(l.approval));
    let _ = writeln!(out, "<p>{}</p>", esc(&v.approval_rule));
    let _ = writeln!(out, "<h3>{}</h3>", esc(l.at_the_protocol));
    table_head(
        &mut out,
        l.at_the_protocol,
        &[l.name, l.signature, l.signature_date],
        " signatures",
    );
    let keeper = v.minute_keeper.as_ref().map_or("", |k| k.name.as_str());
    let _ = writeln!(out, "<tr><td>{}</td><td></td><td></td></tr>", cell(keeper));
    out.push_str("</tbody>\n</table>\n");
    let _ = writeln!(out, "<h3>{}</h3>", esc(l.approved_by));
    if v.approvers.is_empty() {
        let _ = writeln!(out, "<p class=\"empty\">{}</p>", esc(l.no_approvers));
    } else {
        table_head(
            &mut out,
            l.approved_by,
            &[l.name, l.role, l.signature, l.signature_date],
            " signatures",
        );
        for a in &v.approvers {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td></td><td></td></tr>",
                cell(&a.name),
                cell(a.role.as_deref().unwrap_or(""))
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n");
    if let Some(j) = &v.stamp.justering {
        let _ = writeln!(out, "<section class=\"justering\">\n<h2>{}</h2>", esc(j.heading));
        table_head(&mut out, j.heading, &j.columns, "");
        for row in &j.rows {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                cell(&row[0]),
                cell(&row[1]),
                cell(&row[2])
            );
        }
        out.push_str("</tbody>\n</table>\n");
        let _ = writeln!(out, "<p>{}</p>\n</section>", esc(&j.version_line));
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn date(v: &View) -> &str {
    v.header.first().map_or("", |f| f.value.as_str())
}

fn table_head(out: &mut String, caption: &str, headings: &[&str], class: &str) {
    let _ = write!(
        out,
        "<table class=\"grid{class}\">\n<caption>{}</caption>\n<thead><tr>",
        esc(caption)
    );
    for h in headings {
        let _ = write!(out, "<th scope=\"col\">{}</th>", esc(h));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
}

/// A table cell's text, escaped, with each token over 30 characters (a URL,
/// a key's fingerprint) allowed to break anywhere.
fn cell(text: &str) -> String {
    fn flush(token: &mut String, out: &mut String) {
        if token.chars().count() > 30 {
            let _ = write!(out, "<span class=\"long\">{}</span>", esc(token));
        } else {
            out.push_str(&esc(token));
        }
        token.clear();
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut token = String::new();
    for c in text.chars() {
        if c.is_whitespace() {
            flush(&mut token, &mut out);
            out.push(c);
        } else {
            token.push(c);
        }
    }
    flush(&mut token, &mut out);
    out
}

/// Text of several lines, each escaped, joined by line breaks.
fn lines(text: &str) -> String {
    text.lines()
        .map(|line| esc(line.trim()))
        .collect::<Vec<_>>()
        .join("<br>")
}

/// Escapes text for HTML element content and attribute values alike.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
