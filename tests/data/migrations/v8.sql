-- SPDX-FileCopyrightText: 2026 The Sales Client Authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Added in version 8 (lead_search kept by the account and contact triggers): a
-- second account with its lead, written while version 8 was current, and the sync
-- cursor a pull left; version 9 adds local_setting and must leave all of it as it was.
INSERT INTO account (id, name, industry, region_id, city, website, created_at, rev, updated_at) VALUES ('a8', '无锡锦程物流有限公司', '物流', 'r1', '无锡', NULL, 1699200000000, 8, 1700000400000);
INSERT INTO lead (id, account_id, contact_id, owner_id, team_id, region_id, title, industry, source, template_id, stage_key, stage_entered_at, amount_yuan, status, created_at, last_activity_at, rev, updated_at)
    VALUES ('l8', 'a8', NULL, 'u1', 't1', 'r1', '锦程仓储立体库', '物流', '官网咨询', 'default', 'qualify', 1699200000000, 450000, 'open', 1699200000000, 1699200000000, 9, 1700000400000);
INSERT INTO local_state (key, value) VALUES ('sync.cursor', '9');
