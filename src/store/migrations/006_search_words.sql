-- fora schema 6: every word the search index holds, folded, so that a word
-- typed as the start of longer words ("ändring" for "ändringen") becomes a
-- short list of whole words, which SQLite searches newest first without
-- reading every match.
CREATE TABLE search_word (word TEXT PRIMARY KEY) WITHOUT ROWID;

CREATE VIRTUAL TABLE temp.entry_words USING fts5vocab(main, entry_search, 'row');
CREATE VIRTUAL TABLE temp.item_words USING fts5vocab(main, item_search, 'row');
INSERT OR IGNORE INTO search_word (word) SELECT term FROM temp.entry_words;
INSERT OR IGNORE INTO search_word (word) SELECT term FROM temp.item_words;
DROP TABLE temp.entry_words;
DROP TABLE temp.item_words;
