-- Added in version 6 (activity attachments): a photo attached to an activity, so
-- the upgrade carries rows written while version 6 was current.
INSERT INTO activity_attachment (id, activity_id, blob_sha256, file_name, rev, updated_at)
    VALUES ('att1', 'ac1', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', '白板照片.png', 7, 1700000000000);
