-- fora schema 9: what became of an escalation or a disagreement is kept on
-- the entry itself, so that counting the open ones reads a small index
-- instead of looking into every carried item; and an entry's commit writes
-- fewer pages (Enter costs little more than the disk's own floor).

-- The first decision or further escalation recorded on an agenda item that
-- carries this entry; NULL while it is open. Kept by the triggers below.
ALTER TABLE entry ADD COLUMN handled_by INTEGER REFERENCES entry(id);

-- What handles each carried entry: the first decision or escalation still
-- standing on an item, still on the agenda, that carries it.
CREATE VIEW followup_outcome AS
SELECT i.source_entry_id AS entry_id, min(h.id) AS handled_by
FROM agenda_item i JOIN entry h ON h.meeting_id = i.meeting_id AND h.item_id = i.id
WHERE i.source_entry_id IS NOT NULL AND i.removed_at IS NULL AND h.deleted_at IS NULL
  AND h.kind IN ('decision', 'escalation')
GROUP BY i.source_entry_id;

UPDATE entry SET handled_by = (SELECT handled_by FROM followup_outcome o WHERE o.entry_id = entry.id)
WHERE kind IN ('escalation', 'disagreement');

CREATE INDEX entry_open_followup ON entry(kind, target_forum)
    WHERE kind IN ('escalation', 'disagreement') AND handled_by IS NULL AND deleted_at IS NULL;

-- A decision or escalation on a carried item handles what the item carries;
-- deleting it, or removing the item, opens it again unless another one handles it.
CREATE TRIGGER followup_handled_on_insert AFTER INSERT ON entry
WHEN new.kind IN ('decision', 'escalation')
 AND (SELECT source_entry_id FROM agenda_item WHERE id = new.item_id) IS NOT NULL
BEGIN
    UPDATE entry SET handled_by = (SELECT handled_by FROM followup_outcome o WHERE o.entry_id = entry.id)
    WHERE id = (SELECT source_entry_id FROM agenda_item WHERE id = new.item_id);
END;
CREATE TRIGGER followup_handled_on_delete AFTER UPDATE OF deleted_at ON entry
WHEN new.kind IN ('decision', 'escalation')
 AND (SELECT source_entry_id FROM agenda_item WHERE id = new.item_id) IS NOT NULL
BEGIN
    UPDATE entry SET handled_by = (SELECT handled_by FROM followup_outcome o WHERE o.entry_id = entry.id)
    WHERE id = (SELECT source_entry_id FROM agenda_item WHERE id = new.item_id);
END;
CREATE TRIGGER followup_handled_on_item AFTER UPDATE OF removed_at ON agenda_item
WHEN new.source_entry_id IS NOT NULL
BEGIN
    UPDATE entry SET handled_by = (SELECT handled_by FROM followup_outcome o WHERE o.entry_id = entry.id)
    WHERE id = new.source_entry_id;
END;

-- entry_meeting (meeting_id, item_id) finds an item's entries once the
-- query names the item's meeting too; a second index only cost every insert a page.
DROP INDEX entry_item;

-- A draft is found by meeting and slot, and nothing else: keyed by them, a
-- draft dropped with its entry's commit costs one page, not two.
CREATE TABLE draft_keyed (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    slot       TEXT NOT NULL,                         -- which editor: e.g. 'new', 'entry:42'
    content    TEXT NOT NULL,                         -- JSON of the editor's fields
    saved_at   TEXT NOT NULL,
    PRIMARY KEY (meeting_id, slot)
) WITHOUT ROWID;
INSERT INTO draft_keyed (meeting_id, slot, content, saved_at)
    SELECT meeting_id, slot, content, saved_at FROM draft;
DROP TABLE draft;
ALTER TABLE draft_keyed RENAME TO draft;
