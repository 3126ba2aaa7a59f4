//! Full-text search over every meeting's agenda items and entries (SQLite
//! FTS5, diacritics folded). Whatever a user types is searched as words.

use rusqlite::types::Value;
use rusqlite::{Connection, params};
use serde::Serialize;

use super::listing::{Page, Query};
use super::snippet::{Term, snippet};
use super::{Result, Store, StoreError};
use crate::domain::meeting::EntryKind;

/// One place where the words were found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchHit {
    pub meeting_id: i64,
    pub forum_id: String,
    pub forum: String,
    pub date: String,
    pub item: String,
    /// The entry's kind, or None when the agenda item's title matched.
    pub kind: Option<EntryKind>,
    pub entry_id: Option<i64>,
    /// A decision's reference, "Leveransforum 2026 § 3".
    pub reference: Option<String>,
    /// The matching text around the words, the words marked «like this».
    pub snippet: String,
}

/// What to search among.
#[derive(Debug, Clone, Default)]
pub struct SearchFilter<'a> {
    pub forum_id: Option<&'a str>,
    pub kind: Option<SearchKind>,
    pub limit: usize,
}

/// What a search can be narrowed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchKind {
    Entry(EntryKind),
    /// Agenda item titles only.
    Item,
}

/// The words of a text as the search index splits them: runs of letters and
/// digits, lower case, diacritics folded.
pub fn words(text: &str) -> Vec<String> {
    crate::text::folded_words(text)
}

/// Remembers the words of a text that goes into the search index.
pub fn remember_words(tx: &Connection, text: &str) -> Result<()> {
    let mut insert = tx.prepare_cached("INSERT OR IGNORE INTO search_word (word) VALUES (?1)")?;
    for word in words(text) {
        insert.execute([word])?;
    }
    Ok(())
}

/// At most this many whole words stand in for a typed prefix; more, and the
/// prefix itself is searched (slower, but the same answer).
const MAX_EXPANSION: usize = 32;

/// One typed word as FTS5 syntax, and as the term that marks it in snippets:
/// the whole words that start with it, or the prefix.
fn expand(conn: &Connection, word: &str) -> Result<(String, Term)> {
    let mut stmt = conn.prepare_cached(
        "SELECT word FROM search_word WHERE word >= ?1 AND word < ?1 || char(1114111) LIMIT ?2",
    )?;
    let found: Vec<String> = stmt
        .query_map(params![word, MAX_EXPANSION as i64 + 1], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if found.is_empty() || found.len() > MAX_EXPANSION {
        return Ok((format!("\"{word}\"*"), Term::Prefix(word.to_string())));
    }
    let terms: Vec<String> = found.iter().map(|w| format!("\"{w}\"")).collect();
    Ok((format!("({})", terms.join(" OR ")), Term::Words(found)))
}

/// The words typed as an FTS5 query, and the terms that mark them in snippets.
fn typed_query(conn: &Connection, typed: &str) -> Result<(String, Vec<Term>)> {
    let typed_words = words(typed);
    if typed_words.is_empty() {
        return Err(StoreError::EmptySearch);
    }
    let (fts, terms): (Vec<String>, Vec<Term>) = typed_words
        .iter()
        .map(|w| expand(conn, w))
        .collect::<Result<Vec<_>>>()?
        .into_iter()
        .unzip();
    Ok((fts.join(" AND "), terms))
}

/// The entries that match, newest recorded first: FTS5 gives its matches
/// in rowid order, so the first rows come without reading the others.
pub(crate) fn entry_hits(fts: &str, filter: &SearchFilter, from: &SearchCursor) -> Option<Query> {
    let kind = match filter.kind {
        Some(SearchKind::Item) => return None,
        Some(SearchKind::Entry(kind)) => Some(kind.id()),
        None => None,
    };
    let mut q = Query::new(
        "SELECT m.id, m.forum_id, f.name, m.date, i.title, e.kind, e.id, e.text, e.id",
        [],
    );
    q.push(
        "FROM entry_search
         JOIN entry e ON e.id = entry_search.rowid
         JOIN meeting m ON m.id = e.meeting_id
         JOIN agenda_item i ON i.id = e.item_id
         JOIN forum f ON f.id = m.forum_id
         WHERE entry_search MATCH ? AND e.deleted_at IS NULL",
        [Value::Text(fts.to_string())],
    )
    .push_some("AND m.forum_id = ?", filter.forum_id)
    .push_some("AND e.kind = ?", kind);
    if let Some(last) = from.entry {
        q.push("AND entry_search.rowid < ?", [Value::from(last)]);
    }
    q.order("ORDER BY entry_search.rowid DESC");
    Some(q)
}

/// The agenda items whose title matches, newest first, as [`entry_hits`].
pub(crate) fn item_hits(fts: &str, filter: &SearchFilter, from: &SearchCursor) -> Option<Query> {
    if matches!(filter.kind, Some(SearchKind::Entry(_))) {
        return None;
    }
    let mut q = Query::new(
        "SELECT m.id, m.forum_id, f.name, m.date, i.title, NULL, NULL, i.title, i.id",
        [],
    );
    q.push(
        "FROM item_search
         JOIN agenda_item i ON i.id = item_search.rowid
         JOIN meeting m ON m.id = i.meeting_id
         JOIN forum f ON f.id = m.forum_id
         WHERE item_search MATCH ? AND i.removed_at IS NULL",
        [Value::Text(fts.to_string())],
    )
    .push_some("AND m.forum_id = ?", filter.forum_id);
    if let Some(last) = from.item {
        q.push("AND item_search.rowid < ?", [Value::from(last)]);
    }
    q.order("ORDER BY item_search.rowid DESC");
    Some(q)
}

/// Where a reading of the hits stands: the last entry and the last agenda
/// item given (their search rowids), or None for one not read yet. The hits
/// after it are those of both lists below it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SearchCursor {
    entry: Option<i64>,
    item: Option<i64>,
}

/// A hit as read, with its rowid in the index it came from.
struct Read {
    hit: SearchHit,
    rowid: i64,
}

fn hit_row(r: &rusqlite::Row, terms: &[Term]) -> rusqlite::Result<Read> {
    let hit = SearchHit {
        meeting_id: r.get(0)?,
        forum_id: r.get(1)?,
        forum: r.get(2)?,
        date: r.get(3)?,
        item: r.get(4)?,
        kind: r.get(5)?,
        entry_id: r.get(6)?,
        reference: None,
        snippet: snippet(&r.get::<_, String>(7)?, terms),
    };
    Ok(Read {
        hit,
        rowid: r.get(8)?,
    })
}

impl Store {
    /// Newest first: at most `filter.limit` entries and agenda items whose text holds every word of `typed`.
    pub fn search(&self, typed: &str, filter: &SearchFilter) -> Result<Vec<SearchHit>> {
        let mut hits = Vec::new();
        let page = Page::first(filter.limit.max(1) as u64);
        self.each_search_hit(typed, filter, page, |hit| {
            hits.push(hit);
            Ok::<(), StoreError>(())
        })?;
        Ok(hits)
    }

    /// One page of hits (`filter.limit` aside), each handed to `each` as it
    /// is read.
    pub fn each_search_hit<E: From<StoreError>>(
        &self,
        typed: &str,
        filter: &SearchFilter,
        page: Page,
        mut each: impl FnMut(SearchHit) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        if page.limit == Some(0) {
            return Ok(());
        }
        let (mut skipped, mut given) = (0, 0);
        self.merge_hits(typed, filter, &SearchCursor::default(), |hit, _| {
            if skipped < page.offset {
                skipped += 1;
                return Ok(true);
            }
            each(hit)?;
            given += 1;
            Ok(page.limit.is_none_or(|l| given < l))
        })
    }

    /// At most `n` hits after `from`, each with where the reading stands after it.
    pub fn search_window(
        &self,
        typed: &str,
        filter: &SearchFilter,
        from: &SearchCursor,
        n: usize,
    ) -> Result<Vec<(SearchHit, SearchCursor)>> {
        let mut hits = Vec::new();
        if n > 0 {
            self.merge_hits(typed, filter, from, |hit, after| {
                hits.push((hit, after));
                Ok::<bool, StoreError>(hits.len() < n)
            })?;
        }
        Ok(hits)
    }

    /// The hits after `from`, handed to `each` as they are read, until it
    /// says to stop. The entries and the items that match are read side by
    /// side, each newest recorded first, and the one of the later meeting
    /// goes first: as records are kept in the order of their meetings, that
    /// is newest meeting first, and the newest 50 cost 50 rows, not every match.
    fn merge_hits<E: From<StoreError>>(
        &self,
        typed: &str,
        filter: &SearchFilter,
        from: &SearchCursor,
        mut each: impl FnMut(SearchHit, SearchCursor) -> std::result::Result<bool, E>,
    ) -> std::result::Result<(), E> {
        let (fts, terms) = typed_query(&self.conn, typed)?;
        let (entries, items) = (entry_hits(&fts, filter, from), item_hits(&fts, filter, from));
        let mut entry_stmt = entries.as_ref().map(|q| q.prepare(&self.conn)).transpose()?;
        let mut item_stmt = items.as_ref().map(|q| q.prepare(&self.conn)).transpose()?;
        let mut entry_rows = match (&mut entry_stmt, &entries) {
            (Some(stmt), Some(q)) => Some(q.query(stmt)?),
            _ => None,
        };
        let mut item_rows = match (&mut item_stmt, &items) {
            (Some(stmt), Some(q)) => Some(q.query(stmt)?),
            _ => None,
        };
        let next = |rows: &mut Option<rusqlite::Rows>| -> Result<Option<Read>> {
            match rows {
                Some(rows) => Ok(rows.next()?.map(|r| hit_row(r, &terms)).transpose()?),
                None => Ok(None),
            }
        };
        let (mut entry, mut item) = (next(&mut entry_rows)?, next(&mut item_rows)?);
        let mut at = *from;
        loop {
            let entry_first = match (&entry, &item) {
                (Some(e), Some(i)) => (&e.hit.date, e.hit.meeting_id) >= (&i.hit.date, i.hit.meeting_id),
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => return Ok(()),
            };
            let read = if entry_first {
                std::mem::replace(&mut entry, next(&mut entry_rows)?)
            } else {
                std::mem::replace(&mut item, next(&mut item_rows)?)
            };
            let Some(Read { mut hit, rowid }) = read else {
                return Ok(());
            };
            if entry_first {
                at.entry = Some(rowid);
            } else {
                at.item = Some(rowid);
            }
            // Read for the hits handed on only: joined in, the view of
            // references would be worked out for every decision first.
            if let (Some(EntryKind::Decision), Some(id)) = (hit.kind, hit.entry_id) {
                hit.reference = self.decision_reference(id)?.map(|r| r.to_string());
            }
            if !each(hit, at)? {
                return Ok(());
            }
        }
    }

    /// How many hits there are in all.
    pub fn count_search_hits(&self, typed: &str, filter: &SearchFilter) -> Result<u64> {
        let (fts, _) = typed_query(&self.conn, typed)?;
        let mut total = 0;
        let from = SearchCursor::default();
        for q in [entry_hits(&fts, filter, &from), item_hits(&fts, filter, &from)]
            .iter()
            .flatten()
        {
            total += q.count(&self.conn)?;
        }
        Ok(total)
    }
}

#[cfg(test)]
mod tests {
    use super::words;

    #[test]
    fn typed_text_becomes_plain_words() {
        assert_eq!(words("Ändring"), ["andring"]);
        assert_eq!(words("\"NEAR(a b)\" OR -x*"), ["near", "a", "b", "or", "x"]);
        assert!(words("  \"'*^:()  ").is_empty());
    }
}
