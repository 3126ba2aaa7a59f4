//! `fora protocol versions MEETING --diff A B`: what changed between two
//! versions of a protocol, as a line diff of their Markdown.

use anyhow::Result;
use similar::TextDiff;

use crate::i18n::{Lang, fail, tr};
use crate::protocol::Format;
use crate::protocol::edition::{EditionError, stored_edition};
use crate::store::Store;
use crate::text::inert;

/// Version `number` of the meeting's protocol in Markdown, as exported.
fn markdown(store: &Store, meeting_id: i64, number: i64) -> Result<String> {
    let version = store
        .versions(meeting_id)?
        .into_iter()
        .find(|v| v.number == number)
        .ok_or(EditionError::NoSuchVersion(number))?;
    let (snapshot, stamp) = stored_edition(store, &version)?;
    let bytes = snapshot
        .render(Format::Markdown, &stamp)
        .map_err(|e| fail!("err-cli-render-version", number = number, problem = e.to_string()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A unified diff from version `a` to version `b`, with three lines of
/// context; each line made inert, since it holds what people typed.
pub fn versions(store: &Store, lang: Lang, meeting_id: i64, a: i64, b: i64) -> Result<String> {
    let old = markdown(store, meeting_id, a)?;
    let new = markdown(store, meeting_id, b)?;
    if old == new {
        return Ok(format!("{}\n", tr!(lang, "out-diff-same", a = a, b = b)));
    }
    let diff = TextDiff::from_lines(&old, &new);
    let mut text = String::new();
    for hunk in diff.unified_diff().context_radius(3).iter_hunks() {
        text.push_str(&format!("{}\n", hunk.header()));
        for change in hunk.iter_changes() {
            let line = inert(change.value().trim_end_matches('\n'));
            text.push_str(&format!("{}{line}\n", change.tag()));
        }
    }
    let (from, to) = (
        tr!(lang, "out-diff-version", number = a),
        tr!(lang, "out-diff-version", number = b),
    );
    Ok(format!("--- {from}\n+++ {to}\n{text}"))
}
