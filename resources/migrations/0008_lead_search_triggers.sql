-- SPDX-FileCopyrightText: 2026 The Sales Client Authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 8: lead_search kept right whatever order rows arrive in.
-- A pull writes rows in the server's rev order, so a lead can arrive before its
-- account (the account was renamed later): lead_search_insert then finds no
-- account and makes no row, and nothing fired when the account came. A contact
-- moved to another account left the old account's leads with its name and phone,
-- and a deleted contact stayed searchable. Every such write now refreshes the
-- leads it affects (lead_search_update does the work). Every trigger here is named
-- lead_search_*: LeadSearchBatch suspends exactly those during a large pull.
CREATE TRIGGER lead_search_account_insert AFTER INSERT ON account BEGIN
    UPDATE lead SET title = title WHERE account_id = NEW.id;
END;

DROP TRIGGER lead_search_contact_update;
CREATE TRIGGER lead_search_contact_update AFTER UPDATE OF name, phone, deleted, account_id ON contact BEGIN
    UPDATE lead SET title = title WHERE account_id = NEW.account_id OR account_id = OLD.account_id;
END;

CREATE TRIGGER lead_search_contact_delete AFTER DELETE ON contact BEGIN
    UPDATE lead SET title = title WHERE account_id = OLD.account_id;
END;

-- Replicas synced before this version may miss rows: rebuild them all once.
DELETE FROM lead_search;
INSERT INTO lead_search (lead_id, text)
SELECT l.id, l.title || ' ' || coalesce(a.name, '') || ' ' || coalesce((
    SELECT group_concat(c.name || ' ' || replace(replace(replace(coalesce(c.phone, ''), ' ', ''), '-', ''), '+', ''), ' ')
    FROM contact c WHERE c.account_id = l.account_id AND c.deleted = 0), '')
FROM lead l JOIN account a ON a.id = l.account_id;
