//! `fora search`: words across every meeting, newest first.

use anyhow::Result;

use super::forums::find_forum;
use super::table::Table;
use super::{Context, print, print_json};
use crate::domain::meeting::EntryKind;
use crate::store::search::{SearchFilter, SearchKind};

pub fn search(
    ctx: &mut Context,
    query: &str,
    forum: Option<&str>,
    kind: Option<&str>,
    limit: usize,
    json: bool,
) -> Result<()> {
    let lang = ctx.lang;
    let forum_id = match forum {
        Some(q) => Some(find_forum(&ctx.store.catalog()?, q)?.id.clone()),
        None => None,
    };
    let kind = match kind {
        None => None,
        Some("item" | "punkt") => Some(SearchKind::Item),
        Some(k) => {
            let folded = crate::text::fold(k);
            let found = EntryKind::ALL
                .iter()
                .find(|e| e.id() == folded || crate::text::fold(e.label(crate::i18n::Lang::Sv)) == folded)
                .ok_or_else(|| crate::fail!("err-cli-search-kind", kind = crate::text::inert(k)))?;
            Some(SearchKind::Entry(*found))
        }
    };
    let hits = ctx.store.search(
        query,
        &SearchFilter {
            forum_id: forum_id.as_deref(),
            kind,
            limit,
        },
    )?;
    if json {
        return print_json(&hits);
    }
    if hits.is_empty() {
        return print(&format!("{}\n", lang.text("out-nothing-found")));
    }
    let mut table = Table::new([
        lang.text("out-meeting"),
        lang.text("out-forum"),
        lang.text("out-date"),
        lang.text("out-item"),
        lang.text("out-kind"),
        lang.text("out-snippet"),
    ]);
    for h in &hits {
        let kind = h.kind.map_or(lang.text("out-item"), |k| k.label(lang));
        table.row(vec![
            h.meeting_id.to_string(),
            h.forum.clone(),
            h.date.clone(),
            h.item.clone(),
            kind.to_string(),
            h.snippet.replace('\n', " "),
        ]);
    }
    print(&table.render())
}
