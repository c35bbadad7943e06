-- Added in version 3 (change tracking, local state); applied after v1.sql and v2.sql.
INSERT INTO pending_change (entity, row_id, field, base_value, changed_at) VALUES ('lead', 'l1', 'title', '恒通加工中心', 1700000100000);
INSERT INTO local_state (key, value) VALUES ('session.user_id', 'u1');
