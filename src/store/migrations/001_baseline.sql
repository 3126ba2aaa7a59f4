-- fora schema 1, the baseline: the whole model as the first release ships it.
-- From that release on, every change is a new numbered migration.

-- The catalogue: areas, roles, forums with their themes and seats. A forum or
-- role that a newer catalogue no longer has stays for the records that name
-- it, marked retired and hidden from the catalogue.
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
    name     TEXT NOT NULL,
    retired  INTEGER NOT NULL DEFAULT 0
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
    rules               TEXT NOT NULL,   -- rule ids separated by ','
    retired             INTEGER NOT NULL DEFAULT 0,
    approve_within_days INTEGER          -- working days to justering; NULL: no deadline
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

-- Organisations, people and who held which role when.
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

-- Append-only log of every change: what changed and when.
-- People's public keys (OpenSSH, Ed25519), which check their signatures. A
-- removed key signs nothing new but still checks what it signed before.
CREATE TABLE person_key (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person(id),
    public_key  TEXT NOT NULL,                     -- "ssh-ed25519 AAAA… comment"
    fingerprint TEXT NOT NULL UNIQUE,              -- "SHA256:…", as ssh-keygen -l shows it
    added_at    TEXT NOT NULL,
    removed_at  TEXT
);
CREATE INDEX person_key_person ON person_key(person_id);

CREATE TABLE history (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    -- A change to a meeting that can be undone: the meeting, and how to
    -- reverse it (JSON); an undo names the row it undid. Rows are never changed.
    meeting_id INTEGER,
    reverse    TEXT,
    undoes     INTEGER REFERENCES history(id)
);
CREATE INDEX history_meeting ON history(meeting_id, id) WHERE meeting_id IS NOT NULL;
CREATE INDEX history_undoes ON history(undoes) WHERE undoes IS NOT NULL;

-- Meetings, their attendance and agenda.
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
    created_at         TEXT NOT NULL,
    -- What a Swedish protocol names when given: the chair (ordförande), the
    -- registry number (diarienummer) and the approvers chosen at "Val av
    -- justerare", one name a line (NULL: the forum's rule alone decides).
    chair              TEXT,
    registry_number    TEXT,
    chosen_approvers   TEXT
);
CREATE INDEX meeting_forum_date ON meeting(forum_id, date);
-- Meetings newest (or oldest) first, for the listings that read them in order.
CREATE INDEX meeting_date ON meeting(date);

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
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    title           TEXT NOT NULL,
    -- standing/theme/added: the meeting's own; the rest are carried in from
    -- elsewhere (open actions, escalations, disagreements, proposed points, planned changes).
    kind            TEXT NOT NULL CHECK (kind IN ('standing', 'theme', 'added', 'actions', 'escalation',
                                                  'disagreement', 'proposal', 'changes')),
    done            INTEGER NOT NULL DEFAULT 0,
    removed_at      TEXT,                             -- removed items stay for the history
    -- What a carried item carries: an escalation or a disagreement entry of an earlier meeting.
    source_entry_id INTEGER REFERENCES entry(id)
);
CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);
CREATE INDEX agenda_item_source ON agenda_item(source_entry_id) WHERE source_entry_id IS NOT NULL;

-- What the meeting recorded. Entries are never removed, only marked deleted.
CREATE TABLE entry (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id),
    item_id         INTEGER NOT NULL REFERENCES agenda_item(id),
    kind            TEXT NOT NULL
                    CHECK (kind IN ('decision', 'action', 'information', 'escalation', 'risk', 'disagreement')),
    text            TEXT NOT NULL,
    recorded_at     TEXT NOT NULL,
    updated_at      TEXT,
    deleted_at      TEXT,
    owner           TEXT,                             -- action: who does it
    due             TEXT,                             -- action: YYYY-MM-DD
    done            INTEGER NOT NULL DEFAULT 0,       -- action: done or open
    done_at         TEXT,                             -- action: when it was marked done
    done_meeting_id INTEGER REFERENCES meeting(id),   -- action: at which meeting
    target_forum    TEXT REFERENCES forum(id),        -- escalation: where it goes
    parties         TEXT,                             -- disagreement: who disagrees
    -- Escalation or disagreement: the first decision or further escalation
    -- recorded on an item that carries it; NULL while open. Kept by triggers.
    handled_by      INTEGER REFERENCES entry(id)
);
-- A meeting's entries; an item's too, once the query names the item's meeting.
CREATE INDEX entry_meeting ON entry(meeting_id, item_id);
-- A meeting's entries of one kind, and its counts, from the index alone
-- (deleted_at is there so that the count needs nothing else).
CREATE INDEX entry_meeting_kind ON entry(meeting_id, kind, deleted_at) WHERE deleted_at IS NULL;
-- How many entries there are of each kind, open or done, not deleted: the
-- registers state their totals from here at once, where counting would read
-- every action or decision of the archive. Kept by the triggers below.
CREATE TABLE entry_tally (
    kind TEXT NOT NULL,
    done INTEGER NOT NULL,
    n    INTEGER NOT NULL,
    PRIMARY KEY (kind, done)
) WITHOUT ROWID;
CREATE TRIGGER entry_tally_insert AFTER INSERT ON entry WHEN new.deleted_at IS NULL
BEGIN
    INSERT INTO entry_tally (kind, done, n) VALUES (new.kind, new.done, 1)
        ON CONFLICT (kind, done) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER entry_tally_update AFTER UPDATE OF kind, done, deleted_at ON entry
BEGIN
    UPDATE entry_tally SET n = n - 1
        WHERE old.deleted_at IS NULL AND kind = old.kind AND done = old.done;
    INSERT INTO entry_tally (kind, done, n) SELECT new.kind, new.done, 1 WHERE new.deleted_at IS NULL
        ON CONFLICT (kind, done) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER entry_tally_delete AFTER DELETE ON entry WHEN old.deleted_at IS NULL
BEGIN
    UPDATE entry_tally SET n = n - 1 WHERE kind = old.kind AND done = old.done;
END;
-- The action register soonest due first, all actions or the open ones.
CREATE INDEX entry_action_due ON entry(coalesce(due, '9999-12-31'))
    WHERE kind = 'action' AND deleted_at IS NULL;
CREATE INDEX entry_open_actions ON entry(coalesce(due, '9999-12-31'))
    WHERE kind = 'action' AND deleted_at IS NULL AND done = 0;
-- A meeting's actions, open or done since a day: what a later meeting of
-- the same forum follows up, read through that forum's meetings only.
CREATE INDEX entry_meeting_action ON entry(meeting_id, done, done_at)
    WHERE kind = 'action' AND deleted_at IS NULL;
CREATE INDEX entry_escalation ON entry(target_forum) WHERE kind = 'escalation';
CREATE INDEX entry_open_followup ON entry(kind, target_forum)
    WHERE kind IN ('escalation', 'disagreement') AND handled_by IS NULL AND deleted_at IS NULL;

-- Every earlier version of an entry, written when it is edited or deleted.
CREATE TABLE entry_history (
    id         INTEGER PRIMARY KEY,
    entry_id   INTEGER NOT NULL REFERENCES entry(id),
    changed_at TEXT NOT NULL,
    change     TEXT NOT NULL CHECK (change IN ('edit', 'delete')),
    old        TEXT NOT NULL                          -- the entry before the change, as JSON
);
CREATE INDEX entry_history_entry ON entry_history(entry_id);

-- Text being typed, saved every few seconds so a crash loses nothing; one per
-- meeting and editor, dropped in the transaction that saves what it held.
CREATE TABLE draft (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    slot       TEXT NOT NULL,                         -- which editor: e.g. 'new:decision', 'entry:42'
    content    TEXT NOT NULL,                         -- JSON of the editor's fields
    saved_at   TEXT NOT NULL,
    PRIMARY KEY (meeting_id, slot)
) WITHOUT ROWID;

-- The decision register: "Leveransforum 2026 § 14". A decision is numbered
-- when its meeting ends, in protocol order; one added to an ended meeting
-- gets the next free number. A number never changes and is never given
-- again, also after a deletion.
CREATE TABLE decision_ref (
    entry_id INTEGER PRIMARY KEY REFERENCES entry(id),
    forum_id TEXT NOT NULL,
    year     INTEGER NOT NULL,
    number   INTEGER NOT NULL,
    UNIQUE (forum_id, year, number)
);
-- Every decision's reference, the one source all views read: the fixed
-- number, or while its meeting runs the provisional one it would get if the
-- meeting ended now (after the forum-year's highest, in protocol order:
-- agenda order, then recorded order).
CREATE VIEW decision_reference AS
SELECT e.id AS entry_id, e.meeting_id, m.forum_id, f.name AS forum_name,
       coalesce(d.year, CAST(substr(m.date, 1, 4) AS INTEGER)) AS year,
       coalesce(d.number,
           coalesce((SELECT max(x.number) FROM decision_ref x
                     WHERE x.forum_id = m.forum_id AND x.year = CAST(substr(m.date, 1, 4) AS INTEGER)), 0)
           + (SELECT count(*) FROM entry o
                JOIN agenda_item oi ON oi.id = o.item_id
                JOIN agenda_item ei ON ei.id = e.item_id
              WHERE o.meeting_id = e.meeting_id AND o.kind = 'decision' AND o.deleted_at IS NULL
                AND NOT EXISTS (SELECT 1 FROM decision_ref y WHERE y.entry_id = o.id)
                AND (oi.position, oi.id, o.id) <= (ei.position, ei.id, e.id))) AS number,
       d.number IS NULL AS provisional
FROM entry e
JOIN meeting m ON m.id = e.meeting_id
JOIN forum f ON f.id = m.forum_id
LEFT JOIN decision_ref d ON d.entry_id = e.id
WHERE e.kind = 'decision' AND e.deleted_at IS NULL;
-- The meeting ends: its provisional numbers become fixed.
CREATE TRIGGER decision_ref_fix AFTER UPDATE OF status ON meeting WHEN new.status = 'held'
BEGIN
    INSERT INTO decision_ref (entry_id, forum_id, year, number)
    SELECT entry_id, forum_id, year, number FROM decision_reference
    WHERE meeting_id = new.id AND provisional;
END;
-- A decision added to an ended meeting is numbered at once, the next free number.
CREATE TRIGGER decision_ref_assign AFTER INSERT ON entry WHEN new.kind = 'decision'
 AND (SELECT status FROM meeting WHERE id = new.meeting_id) = 'held'
BEGIN
    INSERT INTO decision_ref (entry_id, forum_id, year, number)
    SELECT entry_id, forum_id, year, number FROM decision_reference WHERE entry_id = new.id;
END;

-- A decision or escalation on a carried item handles what the item carries;
-- deleting it, or removing the item, opens it again unless another one
-- handles it. The carried entry is found by its index (agenda_item_source).
CREATE TRIGGER followup_handled_on_insert AFTER INSERT ON entry
WHEN new.kind IN ('decision', 'escalation')
 AND (SELECT source_entry_id FROM agenda_item WHERE id = new.item_id) IS NOT NULL
BEGIN
    UPDATE entry SET handled_by = (
        SELECT min(h.id) FROM agenda_item i JOIN entry h ON h.meeting_id = i.meeting_id AND h.item_id = i.id
        WHERE i.source_entry_id = entry.id AND i.removed_at IS NULL AND h.deleted_at IS NULL
          AND h.kind IN ('decision', 'escalation'))
    WHERE id = (SELECT source_entry_id FROM agenda_item WHERE id = new.item_id);
END;
CREATE TRIGGER followup_handled_on_delete AFTER UPDATE OF deleted_at ON entry
WHEN new.kind IN ('decision', 'escalation')
 AND (SELECT source_entry_id FROM agenda_item WHERE id = new.item_id) IS NOT NULL
BEGIN
    UPDATE entry SET handled_by = (
        SELECT min(h.id) FROM agenda_item i JOIN entry h ON h.meeting_id = i.meeting_id AND h.item_id = i.id
        WHERE i.source_entry_id = entry.id AND i.removed_at IS NULL AND h.deleted_at IS NULL
          AND h.kind IN ('decision', 'escalation'))
    WHERE id = (SELECT source_entry_id FROM agenda_item WHERE id = new.item_id);
END;
-- An entry moved to another item may stop or start handling what either carries.
CREATE TRIGGER followup_handled_on_move AFTER UPDATE OF item_id ON entry
WHEN new.kind IN ('decision', 'escalation')
BEGIN
    UPDATE entry SET handled_by = (
        SELECT min(h.id) FROM agenda_item i JOIN entry h ON h.meeting_id = i.meeting_id AND h.item_id = i.id
        WHERE i.source_entry_id = entry.id AND i.removed_at IS NULL AND h.deleted_at IS NULL
          AND h.kind IN ('decision', 'escalation'))
    WHERE id IN (SELECT source_entry_id FROM agenda_item WHERE id IN (old.item_id, new.item_id));
END;
CREATE TRIGGER followup_handled_on_item AFTER UPDATE OF removed_at ON agenda_item
WHEN new.source_entry_id IS NOT NULL
BEGIN
    UPDATE entry SET handled_by = (
        SELECT min(h.id) FROM agenda_item i JOIN entry h ON h.meeting_id = i.meeting_id AND h.item_id = i.id
        WHERE i.source_entry_id = entry.id AND i.removed_at IS NULL AND h.deleted_at IS NULL
          AND h.kind IN ('decision', 'escalation'))
    WHERE id = new.source_entry_id;
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
-- (external content), so snippets come from what was recorded. The triggers
-- keep it in the transaction of every change.
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

-- Every word the search index holds, folded, so that a word typed as the
-- start of longer words ("ändring" for "ändringen") becomes a short list of
-- whole words, which SQLite searches newest first without reading every match.
CREATE TABLE search_word (word TEXT PRIMARY KEY) WITHOUT ROWID;

-- Protocol versions, their approval (justering) and reviewers' comments.
CREATE TABLE protocol_version (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    number     INTEGER NOT NULL,                   -- 1, 2, … within the meeting
    -- superseded: sent, then replaced by a new version before anyone decided on it
    state      TEXT NOT NULL CHECK (state IN ('draft', 'for_review', 'approved', 'returned', 'superseded')),
    lang       TEXT NOT NULL,
    content    TEXT NOT NULL,                      -- the snapshot, exactly as hashed
    sha256     TEXT NOT NULL,                      -- hex SHA-256 of content
    created_at TEXT NOT NULL,
    sent_at    TEXT,
    decided_at TEXT,                               -- approved, returned or superseded
    UNIQUE (meeting_id, number)
);
CREATE INDEX protocol_version_state ON protocol_version(state);
CREATE INDEX protocol_version_sha ON protocol_version(sha256);

-- A version that is sent, approved or returned never changes again.
CREATE TRIGGER protocol_version_locked BEFORE UPDATE OF content, sha256, meeting_id, number ON protocol_version
WHEN old.state <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'a protocol version that has been sent for approval never changes');
END;
CREATE TRIGGER protocol_version_kept BEFORE DELETE ON protocol_version
BEGIN
    SELECT RAISE(ABORT, 'protocol versions are never deleted');
END;

CREATE TABLE approval (
    id          INTEGER PRIMARY KEY,
    version_id  INTEGER NOT NULL REFERENCES protocol_version(id),
    approver    TEXT NOT NULL,
    approved_at TEXT NOT NULL,
    sha256      TEXT NOT NULL,                     -- of exactly the version approved
    -- Signed by the approver: the exact bytes signed (the approval message or
    -- the review response), the SSHSIG signature and the key's fingerprint.
    signed_text TEXT,
    signature   TEXT,
    fingerprint TEXT,
    -- Not signed: who recorded an approval given in the room or by mail.
    recorded_by TEXT,
    CHECK ((signature IS NOT NULL AND signed_text IS NOT NULL AND fingerprint IS NOT NULL)
           <> (recorded_by IS NOT NULL)),
    UNIQUE (version_id, approver)
);

CREATE TABLE review_comment (
    id          INTEGER PRIMARY KEY,
    version_id  INTEGER NOT NULL REFERENCES protocol_version(id),
    reviewer    TEXT NOT NULL,
    item_title  TEXT,                              -- NULL: on the protocol as a whole
    text        TEXT NOT NULL,
    received_at TEXT NOT NULL
);

-- Who is recording a meeting, so a second fora can open it read-only.
CREATE TABLE meeting_lock (
    meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id),
    holder     TEXT NOT NULL,      -- "pid@host" of the fora recording the meeting
    person     TEXT NOT NULL DEFAULT '',  -- who records it, as a second fora names them
    since      TEXT NOT NULL,
    heartbeat  TEXT NOT NULL       -- renewed while the holder runs; a stale lock can be taken over
);

-- The supplier's reports (section 4 of the appendix). The report types come
-- from the catalogue; a type that a newer catalogue no longer has stays for
-- its deliveries, marked retired. forum_id names the reviewing forum.
CREATE TABLE report_type (
    id       TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    contents TEXT NOT NULL,
    every    INTEGER NOT NULL CHECK (every > 0),   -- months
    forum_id TEXT NOT NULL,
    theme    TEXT,
    verdict  INTEGER NOT NULL,                     -- Staden approves or disputes its outcome
    retired  INTEGER NOT NULL DEFAULT 0
);

-- The catalogue's reporting settings: the day of the following month a report is due.
CREATE TABLE reporting (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    due_day INTEGER NOT NULL CHECK (due_day BETWEEN 1 AND 28)
);

-- Staden's approval of a report type's format, proposed by Leverantören; once per type.
CREATE TABLE report_format (
    report_type_id TEXT PRIMARY KEY REFERENCES report_type(id),
    proposed_by    TEXT NOT NULL,
    approved_by    TEXT NOT NULL,
    approved_on    TEXT NOT NULL                    -- YYYY-MM-DD
);

-- Each delivery of a report for a month. The file is kept inside the
-- database, so a backup holds it and the doctor checks it against its hash.
-- A second delivery of the same month is a new version; the earlier stay.
CREATE TABLE report_delivery (
    id              INTEGER PRIMARY KEY,
    report_type_id  TEXT NOT NULL REFERENCES report_type(id),
    month           TEXT NOT NULL,                  -- YYYY-MM, the month reported on
    version         INTEGER NOT NULL,
    delivered_at    TEXT NOT NULL,                  -- RFC 3339, local time
    delivered_by    TEXT,
    file_name       TEXT NOT NULL,
    content         BLOB NOT NULL,
    sha256          TEXT NOT NULL,
    language        TEXT NOT NULL,
    format_approved INTEGER NOT NULL,               -- whether the type's format was approved then
    UNIQUE (report_type_id, month, version)
);

-- The agenda items a delivery was taken up under; a meeting that is held
-- or under way has reviewed it.
CREATE TABLE report_agenda (
    delivery_id INTEGER NOT NULL REFERENCES report_delivery(id),
    item_id     INTEGER NOT NULL REFERENCES agenda_item(id),
    PRIMARY KEY (delivery_id, item_id)
) WITHOUT ROWID;
CREATE INDEX report_agenda_item ON report_agenda(item_id);

-- Staden's approval or dispute of a delivery's outcome, recorded as a
-- decision of the meeting; a deleted decision no longer counts.
CREATE TABLE report_verdict (
    entry_id    INTEGER PRIMARY KEY REFERENCES entry(id),
    delivery_id INTEGER NOT NULL REFERENCES report_delivery(id),
    outcome     TEXT NOT NULL CHECK (outcome IN ('approved', 'disputed')),
    reason      TEXT
);
CREATE INDEX report_verdict_delivery ON report_verdict(delivery_id);
