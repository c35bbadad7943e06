-- SPDX-FileCopyrightText: 2026 The Sales Client Authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 2: evidence files live inside the encrypted replica as
-- content-addressed blobs, so nothing of a customer's leaves the encrypted file.
CREATE TABLE blob (
    sha256      TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
    size        INTEGER NOT NULL,
    mime_type   TEXT,
    data        BLOB NOT NULL,
    created_at  INTEGER NOT NULL
);

ALTER TABLE evidence_item ADD COLUMN blob_sha256 TEXT REFERENCES blob(sha256);
ALTER TABLE evidence_item ADD COLUMN file_name TEXT;
