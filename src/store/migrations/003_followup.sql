-- fora schema 3: following things up across meetings and forums, and search.

-- When and in which meeting an action was marked done.
ALTER TABLE entry ADD COLUMN done_at TEXT;
ALTER TABLE entry ADD COLUMN done_meeting_id INTEGER REFERENCES meeting(id);
CREATE INDEX entry_open_actions ON entry(kind, done) WHERE kind = 'action' AND deleted_at IS NULL;

-- An agenda item carried in from elsewhere names what it carries:
-- an escalation or a disagreement entry of an earlier meeting.
ALTER TABLE agenda_item ADD COLUMN source_entry_id INTEGER REFERENCES entry(id);
CREATE INDEX agenda_item_source ON agenda_item(source_entry_id) WHERE source_entry_id IS NOT NULL;

-- The decision register: "Leveransforum 2026 § 14". A number is given when
-- the decision is recorded and never given again, also after a deletion.
CREATE TABLE decision_ref (
    entry_id INTEGER PRIMARY KEY REFERENCES entry(id),
    forum_id TEXT NOT NULL,
    year     INTEGER NOT NULL,
    number   INTEGER NOT NULL,
    UNIQUE (forum_id, year, number)
);
CREATE TRIGGER decision_ref_assign AFTER INSERT ON entry WHEN new.kind = 'decision'
BEGIN
    INSERT INTO decision_ref (entry_id, forum_id, year, number)
    SELECT new.id, m.forum_id, CAST(substr(m.date, 1, 4) AS INTEGER),
           coalesce((SELECT max(number) FROM decision_ref d
                     WHERE d.forum_id = m.forum_id AND d.year = CAST(substr(m.date, 1, 4) AS INTEGER)), 0) + 1
    FROM meeting m WHERE m.id = new.meeting_id;
END;

-- Points that suppliers propose before a meeting (Operativt möte).
CREATE TABLE proposal (
    id              INTEGER PRIMARY KEY,
    forum_id        TEXT NOT NULL REFERENCES forum(id),
    organisation_id INTEGER NOT NULL REFERENCES organisation(id),
    text            TEXT NOT NULL,
    proposed_at     TEXT NOT NULL,
    meeting_id      INTEGER REFERENCES meeting(id)   -- the meeting that took it up
);
CREATE INDEX proposal_forum ON proposal(forum_id, meeting_id);

-- Each supplier's planned changes, announced at the change meeting.
CREATE TABLE planned_change (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id),
    text            TEXT NOT NULL,
    planned_for     TEXT,                            -- YYYY-MM-DD
    registered_at   TEXT NOT NULL,
    -- The item it was last listed under; announced once that item is done.
    item_id         INTEGER REFERENCES agenda_item(id)
);

-- Full-text search over entries and agenda items; diacritics are folded so
-- that "andring" finds "ändring". The index reads its text from the tables
-- (external content), so snippets come from what was recorded.
CREATE VIRTUAL TABLE entry_search USING fts5(text, content = 'entry', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE item_search USING fts5(title, content = 'agenda_item', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER entry_search_insert AFTER INSERT ON entry
BEGIN
    INSERT INTO entry_search (rowid, text) VALUES (new.id, new.text);
END;
-- A deleted entry leaves the index; an edited one is indexed anew.
CREATE TRIGGER entry_search_update AFTER UPDATE OF text, deleted_at ON entry
BEGIN
    INSERT INTO entry_search (entry_search, rowid, text)
    SELECT 'delete', old.id, old.text WHERE old.deleted_at IS NULL;
    INSERT INTO entry_search (rowid, text) SELECT new.id, new.text WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER item_search_insert AFTER INSERT ON agenda_item
BEGIN
    INSERT INTO item_search (rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER item_search_update AFTER UPDATE OF title, removed_at ON agenda_item
BEGIN
    INSERT INTO item_search (item_search, rowid, title)
    SELECT 'delete', old.id, old.title WHERE old.removed_at IS NULL;
    INSERT INTO item_search (rowid, title) SELECT new.id, new.title WHERE new.removed_at IS NULL;
END;
-- Anything recorded before this migration is indexed once.
INSERT INTO entry_search (rowid, text) SELECT id, text FROM entry WHERE deleted_at IS NULL;
INSERT INTO item_search (rowid, title) SELECT id, title FROM agenda_item WHERE removed_at IS NULL;
