-- Data as a version-1 replica held it. tst_migrator loads v1.sql..vN.sql into a
-- version-N replica, upgrades it to the latest schema and checks every row survives.
-- Add a vN.sql with rows for what version N added, for each new schema version.
INSERT INTO region (id, name, rev, updated_at) VALUES ('r1', '华东', 3, 1700000000000);
INSERT INTO team (id, name, region_id, supervisor_id, rev, updated_at) VALUES ('t1', '华东一组', 'r1', 'u2', 3, 1700000000000);
INSERT INTO app_user (id, name, phone, role, team_id, region_id, rev, updated_at) VALUES ('u1', '王伟', '+86 13812345678', 'rep', 't1', 'r1', 3, 1700000000000);
INSERT INTO app_user (id, name, phone, role, team_id, region_id, rev, updated_at) VALUES ('u2', '李娜', '+86 13987654321', 'supervisor', 't1', 'r1', 3, 1700000000000);
INSERT INTO account (id, name, industry, region_id, city, website, created_at, rev, updated_at) VALUES ('a1', '苏州恒通精密机械有限公司', '工业设备', 'r1', '苏州', 'https://www.example.cn', 1690000000000, 4, 1700000000000);
INSERT INTO contact (id, account_id, name, title, phone, role, created_at, rev, updated_at) VALUES ('c1', 'a1', '张建华', '总经理', '+86 13700000000', '决策人', 1690000000000, 4, 1700000000000);
INSERT INTO pipeline_template (id, name, definition, rev, updated_at) VALUES ('default', '默认销售流程', '{"id":"default"}', 1, 1700000000000);
INSERT INTO lead (id, account_id, contact_id, owner_id, team_id, region_id, title, industry, source, template_id, stage_key, stage_entered_at, amount_yuan, status, created_at, last_activity_at, rev, updated_at)
    VALUES ('l1', 'a1', 'c1', 'u1', 't1', 'r1', '恒通数控加工中心', '工业设备', '展会名片', 'default', 'demo', 1699000000000, 1280000, 'open', 1690000000000, 1699500000000, 5, 1700000000000);
INSERT INTO evidence_item (id, lead_id, stage_key, requirement_key, kind, text, case_id, role, created_at, rev, updated_at)
    VALUES ('e1', 'l1', 'demo', 'pain_points', 'text', '换型一次停机6小时', NULL, NULL, 1698000000000, 5, 1700000000000);
INSERT INTO activity (id, lead_id, owner_id, kind, happened_at, entered_at, entry_seconds, text, progress, rev, updated_at)
    VALUES ('ac1', 'l1', 'u1', 'visit', 1699400000000, 1699410000000, 180, '现场拜访，确认三个改造点', 1, 5, 1700000000000);
INSERT INTO stage_change (id, lead_id, from_stage, to_stage, changed_at, reason, by_user_id, backflow, rev, updated_at)
    VALUES ('s1', 'l1', 'diagnose', 'demo', 1699000000000, NULL, 'u1', 0, 5, 1700000000000);
INSERT INTO case_study (id, title, industry, background, rev, updated_at) VALUES ('k1', '恒瑞产线改造', '工业设备', '背景', 1, 1700000000000);
