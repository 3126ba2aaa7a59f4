-- fora schema 8: an entry is committed on its own when the secretary
-- confirms it, so that Enter costs one small transaction; its words go into
-- the search index in a second transaction right after the screen is drawn,
-- or when any fora next opens the file. Entries are never deleted from the
-- table (only marked deleted), so their ids only grow: every entry up to
-- `entries_upto` is in the index, every later one is still to be indexed.
CREATE TABLE search_progress (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    entries_upto INTEGER NOT NULL
);
INSERT INTO search_progress (id, entries_upto) SELECT 1, coalesce(max(id), 0) FROM entry;

DROP TRIGGER entry_search_insert;
-- Only an indexed entry has index rows to replace; one still waiting is
-- indexed with its latest text when its turn comes.
DROP TRIGGER entry_search_update;
CREATE TRIGGER entry_search_update AFTER UPDATE OF text, deleted_at ON entry
WHEN old.id <= (SELECT entries_upto FROM search_progress)
BEGIN
    INSERT INTO entry_search (entry_search, rowid, text)
    SELECT 'delete', old.id, old.text WHERE old.deleted_at IS NULL;
    INSERT INTO entry_search (rowid, text) SELECT new.id, new.text WHERE new.deleted_at IS NULL;
END;
