//! `fora search`: words across every meeting, newest first.

use anyhow::Result;

use super::Context;
use super::forums::find_forum;
use super::listing::{FORUM, ListArgs, Listing, Width};
use crate::domain::meeting::EntryKind;
use crate::store::search::{SearchFilter, SearchKind};

pub fn search(
    ctx: &Context,
    query: &str,
    forum: Option<&str>,
    kind: Option<&str>,
    args: &ListArgs,
) -> Result<()> {
    let lang = ctx.lang;
    let catalog = ctx.store.catalog()?;
    let forum_id = match forum {
        Some(q) => Some(find_forum(&catalog, q)?.id.clone()),
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
    let filter = SearchFilter {
        forum_id: forum_id.as_deref(),
        kind,
        limit: 0,
    };
    let mut list = Listing::new(
        args,
        lang,
        &[
            (lang.text("out-meeting"), Width::Cut(6)),
            (lang.text("out-forum"), FORUM),
            (lang.text("out-date"), Width::Cut(10)),
            (lang.text("out-item"), Width::Cut(32)),
            (lang.text("out-kind"), Width::Cut(12)),
            (lang.text("out-snippet"), Width::Cut(0)),
        ],
    );
    let read = ctx.store.each_search_hit(query, &filter, list.page(), |h| {
        list.row(&h, || {
            let kind = h.kind.map_or(lang.text("out-item"), |k| k.label(lang));
            vec![
                h.meeting_id.to_string(),
                h.forum.clone(),
                h.date.clone(),
                h.item.clone(),
                kind.to_string(),
                // A decision's reference first, whole: the snippet may be cut.
                match &h.reference {
                    Some(reference) => format!("{reference}: {}", h.snippet.replace('\n', " ")),
                    None => h.snippet.replace('\n', " "),
                },
            ]
        })
    });
    list.finish(read, lang.text("out-nothing-found"), || {
        Ok(ctx.store.count_search_hits(query, &filter)?)
    })
}
