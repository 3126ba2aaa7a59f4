//! Full-text search over every meeting's agenda items and entries (SQLite
//! FTS5, diacritics folded). Whatever a user types is searched as words.

use rusqlite::types::Value;
use rusqlite::{Connection, params};
use serde::Serialize;

use super::listing::{Page, Query};
use super::snippet::{Term, snippet};
use super::{Result, Store, StoreError};

/// One place where the words were found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchHit {
    pub meeting_id: i64,
    pub forum_id: String,
    pub forum: String,
    pub date: String,
    pub item: String,
    /// The entry's kind, or None when the agenda item's title matched.
    pub kind: Option<String>,
    pub entry_id: Option<i64>,
    /// The matching text around the words, the words marked «like this».
    pub snippet: String,
}

/// What to search among.
#[derive(Debug, Clone, Default)]
pub struct SearchFilter<'a> {
    pub forum_id: Option<&'a str>,
    /// An entry kind id ("decision", …), or "item" for agenda item titles only.
    pub kind: Option<&'a str>,
    /// The most hits [`Store::search`] gives.
    pub limit: usize,
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

/// Entries and agenda item titles that match, newest meeting first. Each
/// half reads its matches from its FTS index; the meeting's date puts them
/// in order (a sort of the matches, not of the archive).
pub(crate) fn hit_query(fts: &str, filter: &SearchFilter) -> Query {
    let mut q = Query::new("SELECT *", []);
    q.push("FROM (", []);
    let matched = || Value::Text(fts.to_string());
    if filter.kind != Some("item") {
        q.push(
            "SELECT m.id, m.forum_id, f.name, m.date, i.title, e.kind, e.id, e.text, entry_search.rowid
             FROM entry_search
             JOIN entry e ON e.id = entry_search.rowid
             JOIN meeting m ON m.id = e.meeting_id
             JOIN agenda_item i ON i.id = e.item_id
             JOIN forum f ON f.id = m.forum_id
             WHERE entry_search MATCH ? AND e.deleted_at IS NULL",
            [matched()],
        )
        .push_some("AND m.forum_id = ?", filter.forum_id)
        .push_some("AND e.kind = ?", filter.kind);
    }
    if filter.kind.is_none() {
        q.push("UNION ALL", []);
    }
    if filter.kind.is_none() || filter.kind == Some("item") {
        q.push(
            "SELECT m.id, m.forum_id, f.name, m.date, i.title, NULL, NULL, i.title, item_search.rowid
             FROM item_search
             JOIN agenda_item i ON i.id = item_search.rowid
             JOIN meeting m ON m.id = i.meeting_id
             JOIN forum f ON f.id = m.forum_id
             WHERE item_search MATCH ? AND i.removed_at IS NULL",
            [matched()],
        )
        .push_some("AND m.forum_id = ?", filter.forum_id);
    }
    q.push(")", [])
        .order("ORDER BY 4 DESC, 1 DESC, 7 DESC NULLS LAST, 9 DESC");
    q
}

fn hit_row(r: &rusqlite::Row, terms: &[Term]) -> rusqlite::Result<SearchHit> {
    Ok(SearchHit {
        meeting_id: r.get(0)?,
        forum_id: r.get(1)?,
        forum: r.get(2)?,
        date: r.get(3)?,
        item: r.get(4)?,
        kind: r.get(5)?,
        entry_id: r.get(6)?,
        snippet: snippet(&r.get::<_, String>(7)?, terms),
    })
}

impl Store {
    /// Newest first: at most `filter.limit` entries and agenda items whose text holds every word of `typed`.
    pub fn search(&self, typed: &str, filter: &SearchFilter) -> Result<Vec<SearchHit>> {
        let (fts, terms) = typed_query(&self.conn, typed)?;
        hit_query(&fts, filter)
            .page(Page::first(filter.limit.max(1) as u64))
            .collect(&self.conn, |r| hit_row(r, &terms))
    }

    /// One page of hits (`filter.limit` aside), each handed to `each` as it is read.
    pub fn each_search_hit<E: From<StoreError>>(
        &self,
        typed: &str,
        filter: &SearchFilter,
        page: Page,
        each: impl FnMut(SearchHit) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let (fts, terms) = typed_query(&self.conn, typed)?;
        hit_query(&fts, filter)
            .page(page)
            .each(&self.conn, |r| hit_row(r, &terms), each)
    }

    /// How many hits there are in all.
    pub fn count_search_hits(&self, typed: &str, filter: &SearchFilter) -> Result<u64> {
        let (fts, _) = typed_query(&self.conn, typed)?;
        hit_query(&fts, filter).count(&self.conn)
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
