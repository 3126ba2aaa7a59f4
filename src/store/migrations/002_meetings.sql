-- fora schema 2: meetings, attendance, agenda items, entries with their history, drafts.

CREATE TABLE meeting (
    id                 INTEGER PRIMARY KEY,
    forum_id           TEXT NOT NULL REFERENCES forum(id),
    date               TEXT NOT NULL,                 -- YYYY-MM-DD
    status             TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'held', 'cancelled')),
    channel            TEXT NOT NULL CHECK (channel IN ('fysiskt', 'telefon', 'video')),
    place              TEXT,
    minute_keeper      TEXT,
    started_at         TEXT,                          -- RFC 3339, local time
    ended_at           TEXT,
    cancel_reason      TEXT,
    current_item_id    INTEGER,                       -- the item being discussed
    current_item_since TEXT,
    created_at         TEXT NOT NULL
);
CREATE INDEX meeting_forum_date ON meeting(forum_id, date);

-- One row per roster seat and holder (a vacant seat has one row with no person), plus guests.
CREATE TABLE attendance (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    party           TEXT CHECK (party IN ('staden', 'leverantoren', 'ovriga')),
    role_id         TEXT REFERENCES role(id),
    role_name       TEXT,                             -- as it was called that day
    seat            TEXT CHECK (seat IN ('permanent', 'vid-behov')),  -- NULL for a guest
    person_id       INTEGER REFERENCES person(id),
    person_name     TEXT,                             -- the holder that day, or the guest
    organisation    TEXT,
    status          TEXT NOT NULL DEFAULT 'unmarked'
                    CHECK (status IN ('unmarked', 'present', 'remote', 'substitute', 'excused', 'absent')),
    substitute_name TEXT,
    joined_at       TEXT,
    left_at         TEXT
);
CREATE INDEX attendance_meeting ON attendance(meeting_id, position);

CREATE TABLE agenda_item (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    title      TEXT NOT NULL,
    -- standing/theme/added: the meeting's own; the rest are carried in from
    -- elsewhere (open actions, escalations, disagreements, proposed points, planned changes).
    kind       TEXT NOT NULL CHECK (kind IN ('standing', 'theme', 'added', 'actions', 'escalation',
                                             'disagreement', 'proposal', 'changes')),
    done       INTEGER NOT NULL DEFAULT 0,
    removed_at TEXT                                   -- removed items stay for the history
);
CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);

CREATE TABLE entry (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER NOT NULL REFERENCES meeting(id),
    item_id        INTEGER NOT NULL REFERENCES agenda_item(id),
    kind           TEXT NOT NULL
                   CHECK (kind IN ('decision', 'action', 'information', 'escalation', 'risk', 'disagreement')),
    text           TEXT NOT NULL,
    recorded_at    TEXT NOT NULL,
    updated_at     TEXT,
    deleted_at     TEXT,
    owner          TEXT,                              -- action: who does it
    due            TEXT,                              -- action: YYYY-MM-DD
    done           INTEGER NOT NULL DEFAULT 0,        -- action: done or open
    target_forum   TEXT REFERENCES forum(id),         -- escalation: where it goes
    parties        TEXT                               -- disagreement: who disagrees
);
CREATE INDEX entry_meeting ON entry(meeting_id, item_id);

-- Every earlier version of an entry, written when it is edited or deleted.
CREATE TABLE entry_history (
    id         INTEGER PRIMARY KEY,
    entry_id   INTEGER NOT NULL REFERENCES entry(id),
    changed_at TEXT NOT NULL,
    change     TEXT NOT NULL CHECK (change IN ('edit', 'delete')),
    old        TEXT NOT NULL                          -- the entry before the change, as JSON
);
CREATE INDEX entry_history_entry ON entry_history(entry_id);

-- Text being typed, saved every few seconds so a crash loses nothing.
CREATE TABLE draft (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    slot       TEXT NOT NULL,                         -- which editor: e.g. 'new', 'entry:42'
    content    TEXT NOT NULL,                         -- JSON of the editor's fields
    saved_at   TEXT NOT NULL,
    UNIQUE (meeting_id, slot)
);

-- A forum or role that a newer catalogue no longer has stays for the records
-- that name it, marked retired and hidden from the catalogue.
ALTER TABLE forum ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
ALTER TABLE role ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
