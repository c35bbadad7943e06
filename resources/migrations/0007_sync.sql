-- SPDX-FileCopyrightText: 2026 The Sales Client Authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 7: sync with the server.
-- outbox: local edits sealed into ops (op id = UUID) when a push starts. A retry
-- sends the same ops with the same ids, so the server applies each once.
-- fields/bases are JSON objects: the values sent and the values the rep started from.
CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id       TEXT NOT NULL UNIQUE,
    entity      TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    is_new      INTEGER NOT NULL DEFAULT 0,
    fields      TEXT NOT NULL,
    bases       TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT
);

-- The order of local changes, independent of the wall clock (which may step back):
-- the outbox sends ops in this order, so evidence goes before the advance it allows.
ALTER TABLE pending_change ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE pending_change SET seq = (
    SELECT COUNT(*) FROM pending_change AS earlier
    WHERE earlier.changed_at < pending_change.changed_at
       OR (earlier.changed_at = pending_change.changed_at AND earlier.rowid <= pending_change.rowid));

-- What the server did not take as typed, kept until the user resolves it:
--   conflict     a field changed on both sides; the server kept its value
--   rejected     the server refused the op (code + message say why)
--   lost_access  the row left the user's scope while it had local edits
-- mine/server/base are JSON texts of one-element arrays ([value]); field '*'
-- with mine a JSON object means a whole row.
CREATE TABLE sync_conflict (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL CHECK (kind IN ('conflict', 'rejected', 'lost_access')),
    entity       TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    field        TEXT NOT NULL,
    mine         TEXT,
    server       TEXT,
    base         TEXT,
    code         TEXT,
    message      TEXT,
    created_at   INTEGER NOT NULL,
    resolved_at  INTEGER
);
CREATE INDEX sync_conflict_open_idx ON sync_conflict(resolved_at, id);
