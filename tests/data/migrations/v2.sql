-- Added in version 2 (blobs and file evidence); applied after v1.sql by tst_migrator,
-- on a version-2 replica.
INSERT INTO blob (sha256, size, mime_type, data, created_at) VALUES ('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 4, 'text/plain', X'74657374', 1698000000000);
INSERT INTO evidence_item (id, lead_id, stage_key, requirement_key, kind, blob_sha256, file_name, created_at, rev, updated_at)
    VALUES ('e2', 'l1', 'diagnose', 'website_screenshot', 'file', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', '官网截图.png', 1697000000000, 5, 1700000000000);
