-- SPDX-FileCopyrightText: 2026 The Sales Client Authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 3: local edits are recorded field by field, with the value the
-- field had when it was first changed (the base), so the outbox can send
-- field-level deltas and a conflict can show mine / theirs / base.
-- field = '*' marks a row created locally; 'deleted' marks a local tombstone.
CREATE TABLE pending_change (
    entity      TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    field       TEXT NOT NULL,
    base_value,
    changed_at  INTEGER NOT NULL,
    PRIMARY KEY (entity, row_id, field)
);

-- The lead list opens sorted by most recent activity: an index in that order lets
-- the first page be read without sorting 100k rows.
CREATE INDEX lead_list_idx ON lead(deleted, last_activity_at DESC, id);
CREATE INDEX lead_stage_idx ON lead(stage_key, deleted);

-- State of this replica that is never synced: the signed-in user, demo
-- completion, later the sync cursors.
CREATE TABLE local_state (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT
);
