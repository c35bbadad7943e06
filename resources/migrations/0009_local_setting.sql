-- SPDX-FileCopyrightText: 2026 The Sales Client Authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 9: the client's settings (window layout now; tray, mute and
-- per-area layouts next), one row per key, each with the version of the key's
-- format it was written in, so SettingsStore can migrate an older value or leave
-- alone one a newer client wrote. Never synced: no rev or deleted column, so the
-- entity catalog (and tst_entitycatalog) leaves it out, and a full resync keeps it.
-- value is the QVariant in QDataStream's Qt 6.4 format.
CREATE TABLE local_setting (
    key         TEXT PRIMARY KEY NOT NULL,
    value       BLOB NOT NULL,
    version     INTEGER NOT NULL CHECK (version > 0),
    updated_at  INTEGER NOT NULL
);
