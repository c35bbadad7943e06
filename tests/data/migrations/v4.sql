-- SPDX-FileCopyrightText: 2026 The Sales Client Authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Added in version 4 (lead_search kept by triggers, drafts); applied after v1.sql..v3.sql
-- on a version-4 replica, whose triggers have already filled lead_search for l1.
INSERT INTO contact (id, account_id, name, title, phone, role, created_at, rev, updated_at) VALUES ('c2', 'a1', '刘芳', '采购经理', '138-0013-8000', '采购', 1690000000000, 4, 1700000000000);
INSERT INTO draft (key, kind, payload, updated_at) VALUES ('lead:l1:activity', 'activity', '{"text":"下周三复访"}', 1700000200000);
