-- fora schema 10: the triggers of schema 9 looked the outcome up through the
-- followup_outcome view, which SQLite builds whole (every carried item of
-- every meeting) before it picks one row: recording a decision on a carried
-- item cost time in proportion to the archive. They now ask for the one
-- carried entry by its index (agenda_item_source).

DROP TRIGGER followup_handled_on_insert;
DROP TRIGGER followup_handled_on_delete;
DROP TRIGGER followup_handled_on_item;
-- Only those triggers read the view; nothing does now.
DROP VIEW followup_outcome;

-- The first decision or further escalation still standing on an item, still
-- on the agenda, that carries the entry being updated.
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
CREATE TRIGGER followup_handled_on_item AFTER UPDATE OF removed_at ON agenda_item
WHEN new.source_entry_id IS NOT NULL
BEGIN
    UPDATE entry SET handled_by = (
        SELECT min(h.id) FROM agenda_item i JOIN entry h ON h.meeting_id = i.meeting_id AND h.item_id = i.id
        WHERE i.source_entry_id = entry.id AND i.removed_at IS NULL AND h.deleted_at IS NULL
          AND h.kind IN ('decision', 'escalation'))
    WHERE id = new.source_entry_id;
END;
