-- SPDX-FileCopyrightText: 2026 The Sales Client Authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 4: what the rep's desktop needs.
--
-- lead_search: one narrow row per lead with the text a rep searches by (lead
-- title, company, contact names and phone digits), kept current by triggers so
-- every write path (UI, sync, demo) maintains it. A substring LIKE over this
-- table reads far fewer pages than joining lead, account and contact.
CREATE TABLE lead_search (
    lead_id  TEXT PRIMARY KEY NOT NULL,
    text     TEXT NOT NULL
);

CREATE TRIGGER lead_search_insert AFTER INSERT ON lead BEGIN
    INSERT OR REPLACE INTO lead_search (lead_id, text)
    SELECT NEW.id, NEW.title || ' ' || coalesce(a.name, '') || ' ' || coalesce((
        SELECT group_concat(c.name || ' ' || replace(replace(replace(coalesce(c.phone, ''), ' ', ''), '-', ''), '+', ''), ' ')
        FROM contact c WHERE c.account_id = NEW.account_id AND c.deleted = 0), '')
    FROM account a WHERE a.id = NEW.account_id;
END;

CREATE TRIGGER lead_search_update AFTER UPDATE OF title, account_id ON lead BEGIN
    INSERT OR REPLACE INTO lead_search (lead_id, text)
    SELECT NEW.id, NEW.title || ' ' || coalesce(a.name, '') || ' ' || coalesce((
        SELECT group_concat(c.name || ' ' || replace(replace(replace(coalesce(c.phone, ''), ' ', ''), '-', ''), '+', ''), ' ')
        FROM contact c WHERE c.account_id = NEW.account_id AND c.deleted = 0), '')
    FROM account a WHERE a.id = NEW.account_id;
END;

CREATE TRIGGER lead_search_account AFTER UPDATE OF name ON account BEGIN
    UPDATE lead SET title = title WHERE account_id = NEW.id;
END;

CREATE TRIGGER lead_search_contact_insert AFTER INSERT ON contact BEGIN
    UPDATE lead SET title = title WHERE account_id = NEW.account_id;
END;

CREATE TRIGGER lead_search_contact_update AFTER UPDATE OF name, phone, deleted ON contact BEGIN
    UPDATE lead SET title = title WHERE account_id = NEW.account_id;
END;

INSERT INTO lead_search (lead_id, text)
SELECT l.id, l.title || ' ' || coalesce(a.name, '') || ' ' || coalesce((
    SELECT group_concat(c.name || ' ' || replace(replace(replace(coalesce(c.phone, ''), ' ', ''), '-', ''), '+', ''), ' ')
    FROM contact c WHERE c.account_id = l.account_id AND c.deleted = 0), '')
FROM lead l JOIN account a ON a.id = l.account_id;

-- Drafts of open dialogs and unsaved edits, autosaved so nothing typed is lost
-- to a crash or a kill. Local to this replica; never synced.
CREATE TABLE draft (
    key         TEXT PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL,
    payload     TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
);
