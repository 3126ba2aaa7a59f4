-- fora schema 11: a protocol lists the actions its meeting followed up as
-- they stood when it began, so also those marked done since (at that
-- meeting, a later one, or in the action register). Those are found by when
-- they were marked done; only done actions are in the index.

CREATE INDEX entry_action_done_at ON entry(done_at)
    WHERE kind = 'action' AND done = 1 AND deleted_at IS NULL;

-- Only meetings started from now on list them: the protocols of earlier
-- meetings, approved ones among them, must read exactly as they did.
ALTER TABLE meeting ADD COLUMN lists_followed_up INTEGER NOT NULL DEFAULT 0;
