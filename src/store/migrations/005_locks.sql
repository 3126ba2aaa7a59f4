-- fora schema 5: who is recording a meeting, so a second fora can open it read-only.

CREATE TABLE meeting_lock (
    meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id),
    holder     TEXT NOT NULL,      -- "pid@host" of the fora recording the meeting
    since      TEXT NOT NULL,
    heartbeat  TEXT NOT NULL       -- renewed while the holder runs; a stale lock can be taken over
);
