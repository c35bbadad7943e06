-- SPDX-FileCopyrightText: 2026 The Sales Client Authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Added in version 7 (sync): an op sealed but not yet answered, and a conflict
-- record; version 8 rebuilds lead_search and must leave both as they were.
INSERT INTO outbox (op_id, entity, row_id, is_new, fields, bases, created_at, attempts, last_error)
    VALUES ('7f0c2a34-0a7e-4d5e-9d1c-3b1f6f3e5a11', 'lead', 'l1', 0, '{"amount_yuan":1280000}', '{"amount_yuan":1000000}', 1700000300000, 1, '连接服务器超时');
INSERT INTO sync_conflict (kind, entity, row_id, field, mine, server, base, code, message, created_at)
    VALUES ('conflict', 'lead', 'l1', 'title', '["恒通数控加工中心"]', '["恒通数控中心二期"]', '["恒通数控"]', NULL, NULL, 1700000300000);
