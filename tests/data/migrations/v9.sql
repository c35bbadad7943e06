-- SPDX-FileCopyrightText: 2026 The Sales Client Authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Added in version 9 (local_setting): the window's layout as a version 9 client
-- saved it; version 10 adds the review tables and must leave it, and every lead
-- written before, as it was.
INSERT INTO local_setting (key, value, version, updated_at) VALUES ('window/geometry', X'01D9D0CB', 1, 1700000500000);
