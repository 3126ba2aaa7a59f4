-- fora schema 4: protocol versions, their approval (justering) and reviewers' comments.

CREATE TABLE protocol_version (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    number     INTEGER NOT NULL,                   -- 1, 2, … within the meeting
    state      TEXT NOT NULL CHECK (state IN ('draft', 'for_review', 'approved', 'returned')),
    lang       TEXT NOT NULL,
    content    TEXT NOT NULL,                      -- the snapshot, exactly as hashed
    sha256     TEXT NOT NULL,                      -- hex SHA-256 of content
    created_at TEXT NOT NULL,
    sent_at    TEXT,
    decided_at TEXT,                               -- approved or returned
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
