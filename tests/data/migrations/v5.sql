-- Added in version 5 (lead list indexes): no new tables; one more lead so the
-- upgrade carries rows written while version 5 was current.
INSERT INTO lead (id, account_id, contact_id, owner_id, team_id, region_id, title, industry, source, template_id, stage_key, stage_entered_at, amount_yuan, status, created_at, last_activity_at, rev, updated_at)
    VALUES ('l5', 'a1', 'c1', 'u1', 't1', 'r1', '恒通自动化产线改造', '工业设备', '转介绍', 'default', 'qualify', 1699100000000, 300000, 'open', 1699100000000, 1699100000000, 6, 1700000000000);
