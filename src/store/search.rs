//! Full-text search over every meeting's agenda items and entries (SQLite
//! FTS5, diacritics folded). Whatever a user types is searched as words.

use rusqlite::params;
use serde::Serialize;

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
    pub limit: usize,
}

/// Turns what a user typed into an FTS5 query: every word, quoted so that no
/// character is an operator, and matched as a prefix ("ändring" also finds
/// "ändringar"). All words must occur.
pub fn fts_query(typed: &str) -> Option<String> {
    let words: Vec<String> = typed
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

impl Store {
    /// Newest first: the entries and agenda items whose text holds every word of `typed`.
    pub fn search(&self, typed: &str, filter: &SearchFilter) -> Result<Vec<SearchHit>> {
        let query = fts_query(typed).ok_or_else(|| {
            StoreError::Invalid("search for at least one word (letters or digits)".to_string())
        })?;
        let limit = filter.limit.max(1) as i64;
        let mut hits = Vec::new();
        if filter.kind != Some("item") {
            let mut stmt = self.conn.prepare_cached(
                "SELECT m.id, m.forum_id, f.name, m.date, i.title, e.kind, e.id,
                        snippet(entry_search, 0, '«', '»', '…', 16)
                 FROM entry_search
                 JOIN entry e ON e.id = entry_search.rowid
                 JOIN meeting m ON m.id = e.meeting_id
                 JOIN agenda_item i ON i.id = e.item_id
                 JOIN forum f ON f.id = m.forum_id
                 WHERE entry_search MATCH ?1 AND e.deleted_at IS NULL
                   AND (?2 IS NULL OR m.forum_id = ?2) AND (?3 IS NULL OR e.kind = ?3)
                 ORDER BY entry_search.rowid DESC LIMIT ?4",
            )?;
            let rows = stmt.query_map(params![query, filter.forum_id, filter.kind, limit], |r| {
                Ok(SearchHit {
                    meeting_id: r.get(0)?,
                    forum_id: r.get(1)?,
                    forum: r.get(2)?,
                    date: r.get(3)?,
                    item: r.get(4)?,
                    kind: r.get(5)?,
                    entry_id: r.get(6)?,
                    snippet: r.get(7)?,
                })
            })?;
            for row in rows {
                hits.push(row?);
            }
        }
        if filter.kind.is_none() || filter.kind == Some("item") {
            let mut stmt = self.conn.prepare_cached(
                "SELECT m.id, m.forum_id, f.name, m.date, i.title, snippet(item_search, 0, '«', '»', '…', 16)
                 FROM item_search
                 JOIN agenda_item i ON i.id = item_search.rowid
                 JOIN meeting m ON m.id = i.meeting_id
                 JOIN forum f ON f.id = m.forum_id
                 WHERE item_search MATCH ?1 AND i.removed_at IS NULL AND (?2 IS NULL OR m.forum_id = ?2)
                 ORDER BY item_search.rowid DESC LIMIT ?3",
            )?;
            let rows = stmt.query_map(params![query, filter.forum_id, limit], |r| {
                Ok(SearchHit {
                    meeting_id: r.get(0)?,
                    forum_id: r.get(1)?,
                    forum: r.get(2)?,
                    date: r.get(3)?,
                    item: r.get(4)?,
                    kind: None,
                    entry_id: None,
                    snippet: r.get(5)?,
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
    use super::fts_query;

    #[test]
    fn typed_text_becomes_quoted_prefix_words() {
        assert_eq!(fts_query("ändring").as_deref(), Some("\"ändring\"*"));
        assert_eq!(
            fts_query("\"NEAR(a b)\" OR -x*").as_deref(),
            Some("\"NEAR\"* \"a\"* \"b\"* \"OR\"* \"x\"*")
        );
        assert_eq!(fts_query("  \"'*^:()  "), None);
    }
}
