-- fora schema 12: Enter makes an entry durable as one row in this small
-- table, the cheapest commit the disk allows. A second transaction right
-- after files it (Store::settle_entries): the entry row with this id, its
-- decision number (by trigger), its words in the search index, and the
-- removal of the draft it was typed in. A fora killed between the two
-- leaves the row here, and the next fora to open the file files it.
-- The entry table's checks apply here, so that what was recorded can be filed.
CREATE TABLE entry_pending (
    id           INTEGER PRIMARY KEY,                 -- the id the entry gets
    meeting_id   INTEGER NOT NULL REFERENCES meeting(id),
    item_id      INTEGER NOT NULL REFERENCES agenda_item(id),
    kind         TEXT NOT NULL
                 CHECK (kind IN ('decision', 'action', 'information', 'escalation', 'risk', 'disagreement')),
    text         TEXT NOT NULL,
    owner        TEXT,
    due          TEXT,
    target_forum TEXT REFERENCES forum(id),
    parties      TEXT,
    recorded_at  TEXT NOT NULL,
    draft_slot   TEXT                                 -- the editor's draft to drop once filed
);
