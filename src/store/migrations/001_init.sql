-- fora schema 1: the catalogue, organisations, people, role history, history log.

CREATE TABLE catalog_source (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    contract  TEXT NOT NULL,
    source    TEXT NOT NULL,
    loaded_at TEXT NOT NULL
);

CREATE TABLE area (
    number INTEGER PRIMARY KEY,
    name   TEXT NOT NULL
);

CREATE TABLE role (
    id       TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL
);

CREATE TABLE forum (
    id                  TEXT PRIMARY KEY,
    position            INTEGER NOT NULL,
    name                TEXT NOT NULL,
    qualifier           TEXT,
    area                INTEGER NOT NULL REFERENCES area(number),
    level               TEXT NOT NULL,
    active              INTEGER NOT NULL,
    purpose             TEXT NOT NULL,
    channels            TEXT NOT NULL,   -- channel ids separated by ','
    cadence_every       INTEGER,         -- NULL: no cadence (not established)
    cadence_unit        TEXT,
    cadence_at_least    INTEGER,
    cadence_when_needed INTEGER,
    cadence_note        TEXT,
    minute_keeper       TEXT NOT NULL,
    approver            TEXT NOT NULL,
    rules               TEXT NOT NULL    -- rule ids separated by ','
);

CREATE TABLE forum_theme (
    forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (forum_id, position)
);

CREATE TABLE forum_seat (
    forum_id   TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    party      TEXT NOT NULL CHECK (party IN ('staden', 'leverantoren', 'ovriga')),
    role_id    TEXT NOT NULL REFERENCES role(id),
    attendance TEXT NOT NULL CHECK (attendance IN ('permanent', 'vid-behov')),
    note       TEXT,
    PRIMARY KEY (forum_id, position)
);
CREATE INDEX forum_seat_role ON forum_seat(role_id);

CREATE TABLE organisation (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE,
    party TEXT NOT NULL CHECK (party IN ('staden', 'leverantoren', 'ovriga'))
);
-- The two parties of the contract always exist; Leverantören's real name can be set.
INSERT INTO organisation (id, name, party) VALUES (1, 'Staden', 'staden');
INSERT INTO organisation (id, name, party) VALUES (2, 'Leverantören', 'leverantoren');

CREATE TABLE person (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id),
    email           TEXT,
    phone           TEXT
);
CREATE INDEX person_organisation ON person(organisation_id);

CREATE TABLE role_assignment (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES person(id),
    role_id         TEXT NOT NULL REFERENCES role(id),
    organisation_id INTEGER NOT NULL REFERENCES organisation(id),
    -- The organisation's party, copied so that "who holds this seat today"
    -- is one index search; an organisation never changes party.
    party           TEXT NOT NULL CHECK (party IN ('staden', 'leverantoren', 'ovriga')),
    valid_from      TEXT NOT NULL,   -- YYYY-MM-DD
    valid_to        TEXT,            -- YYYY-MM-DD inclusive; NULL while held
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
-- Periods still running on a day sort last; an open period counts as ending in 9999.
CREATE INDEX role_assignment_current
    ON role_assignment(role_id, party, coalesce(valid_to, '9999-12-31'));
CREATE INDEX role_assignment_person ON role_assignment(person_id);

-- Append-only log of every change: who changed what and when.
CREATE TABLE history (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
