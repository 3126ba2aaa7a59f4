-- fora schema 7: finding what an escalation or disagreement became reads
-- only the items that carry it and their entries, not every entry.
CREATE INDEX IF NOT EXISTS entry_item ON entry(item_id);
CREATE INDEX IF NOT EXISTS entry_escalation ON entry(target_forum) WHERE kind = 'escalation';
