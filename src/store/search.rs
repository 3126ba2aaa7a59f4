//! Full-text search over every meeting's agenda items and entries (SQLite
//! FTS5, diacritics folded). Whatever a user types is searched as words.

use rusqlite::{Connection, params};
use serde::Serialize;

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

impl Store {
    /// Newest first: the entries and agenda items whose text holds every word of `typed`.
    pub fn search(&self, typed: &str, filter: &SearchFilter) -> Result<Vec<SearchHit>> {
        let typed_words = words(typed);
        if typed_words.is_empty() {
            return Err(StoreError::EmptySearch);
        }
        let (fts, terms): (Vec<String>, Vec<Term>) = typed_words
            .iter()
            .map(|w| expand(&self.conn, w))
            .collect::<Result<Vec<_>>>()?
            .into_iter()
            .unzip();
        let query = fts.join(" AND ");
        let limit = filter.limit.max(1) as i64;
        let mut hits = Vec::new();
        if filter.kind != Some(SearchKind::Item) {
            let entry_kind = match filter.kind {
                Some(SearchKind::Entry(kind)) => Some(kind),
                _ => None,
            };
            let mut stmt = self.conn.prepare_cached(
                "SELECT m.id, m.forum_id, f.name, m.date, i.title, e.kind, e.id, e.text
                 FROM entry_search
                 JOIN entry e ON e.id = entry_search.rowid
                 JOIN meeting m ON m.id = e.meeting_id
                 JOIN agenda_item i ON i.id = e.item_id
                 JOIN forum f ON f.id = m.forum_id
                 WHERE entry_search MATCH ?1 AND e.deleted_at IS NULL
                   AND (?2 IS NULL OR m.forum_id = ?2) AND (?3 IS NULL OR e.kind = ?3)
                 ORDER BY entry_search.rowid DESC LIMIT ?4",
            )?;
            let rows = stmt.query_map(params![query, filter.forum_id, entry_kind, limit], |r| {
                Ok(SearchHit {
                    meeting_id: r.get(0)?,
                    forum_id: r.get(1)?,
                    forum: r.get(2)?,
                    date: r.get(3)?,
                    item: r.get(4)?,
                    kind: r.get(5)?,
                    entry_id: r.get(6)?,
                    snippet: snippet(&r.get::<_, String>(7)?, &terms),
                })
            })?;
            for row in rows {
                hits.push(row?);
            }
        }
        if matches!(filter.kind, None | Some(SearchKind::Item)) {
            let mut stmt = self.conn.prepare_cached(
                "SELECT m.id, m.forum_id, f.name, m.date, i.title
                 FROM item_search
                 JOIN agenda_item i ON i.id = item_search.rowid
                 JOIN meeting m ON m.id = i.meeting_id
                 JOIN forum f ON f.id = m.forum_id
                 WHERE item_search MATCH ?1 AND i.removed_at IS NULL AND (?2 IS NULL OR m.forum_id = ?2)
                 ORDER BY item_search.rowid DESC LIMIT ?3",
            )?;
            let rows = stmt.query_map(params![query, filter.forum_id, limit], |r| {
                let title: String = r.get(4)?;
                Ok(SearchHit {
                    meeting_id: r.get(0)?,
                    forum_id: r.get(1)?,
                    forum: r.get(2)?,
                    date: r.get(3)?,
                    snippet: snippet(&title, &terms),
                    item: title,
                    kind: None,
                    entry_id: None,
                })
            })?;
            for row in rows {
                hits.push(row?);
            }
        }
        hits.sort_by(|a, b| b.date.cmp(&a.date).then(b.meeting_id.cmp(&a.meeting_id)));
        hits.truncate(limit as usize);
        Ok(hits)
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
