-- SPDX-FileCopyrightText: 2026 The Sales Client Authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 6: files attached to an activity (a photo of the whiteboard, the
-- meeting notes), stored as blobs inside the encrypted replica like evidence files.
CREATE TABLE activity_attachment (
    id           TEXT PRIMARY KEY NOT NULL,
    activity_id  TEXT NOT NULL REFERENCES activity(id),
    blob_sha256  TEXT NOT NULL REFERENCES blob(sha256),
    file_name    TEXT NOT NULL,
    rev          INTEGER NOT NULL DEFAULT 0,
    updated_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX activity_attachment_activity_idx ON activity_attachment(activity_id);
