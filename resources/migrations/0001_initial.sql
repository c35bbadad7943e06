-- SPDX-FileCopyrightText: 2026 The Sales Client Authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 1: organisation, accounts, leads and their pipeline history.
-- Written for SQLite 3.15 (SQLCipher 3.4.1): no UPSERT, window functions or RETURNING.
-- Every replicated row has: id (UUID), rev (server change number, 0 = never synced),
-- updated_at (ms since epoch, UTC) and deleted (tombstone).
-- All times are INTEGER milliseconds since the epoch, UTC.

CREATE TABLE region (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    rev         INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE team (
    id            TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL,
    region_id     TEXT REFERENCES region(id),
    supervisor_id TEXT,
    rev           INTEGER NOT NULL DEFAULT 0,
    updated_at    INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE app_user (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    phone       TEXT,
    role        TEXT NOT NULL CHECK (role IN ('rep', 'supervisor', 'manager', 'admin')),
    team_id     TEXT REFERENCES team(id),
    region_id   TEXT REFERENCES region(id),
    rev         INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE account (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    industry    TEXT,
    region_id   TEXT REFERENCES region(id),
    city        TEXT,
    website     TEXT,
    created_at  INTEGER NOT NULL,
    rev         INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE contact (
    id          TEXT PRIMARY KEY NOT NULL,
    account_id  TEXT NOT NULL REFERENCES account(id),
    name        TEXT NOT NULL,
    title       TEXT,
    phone       TEXT,
    role        TEXT,
    created_at  INTEGER NOT NULL,
    rev         INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_account_idx ON contact(account_id);

-- The stages, evidence requirements, SLAs and probabilities are data (JSON), editable.
CREATE TABLE pipeline_template (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    definition  TEXT NOT NULL,
    rev         INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE lead (
    id                TEXT PRIMARY KEY NOT NULL,
    account_id        TEXT NOT NULL REFERENCES account(id),
    contact_id        TEXT REFERENCES contact(id),
    owner_id          TEXT,
    team_id           TEXT,
    region_id         TEXT,
    title             TEXT NOT NULL,
    industry          TEXT,
    source            TEXT,
    template_id       TEXT NOT NULL REFERENCES pipeline_template(id),
    stage_key         TEXT NOT NULL,
    stage_entered_at  INTEGER NOT NULL,
    amount_yuan       INTEGER NOT NULL DEFAULT 0,
    status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
    created_at        INTEGER NOT NULL,
    last_activity_at  INTEGER,
    rev               INTEGER NOT NULL DEFAULT 0,
    updated_at        INTEGER NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX lead_owner_idx ON lead(owner_id);
CREATE INDEX lead_account_idx ON lead(account_id);

CREATE TABLE evidence_item (
    id               TEXT PRIMARY KEY NOT NULL,
    lead_id          TEXT NOT NULL REFERENCES lead(id),
    stage_key        TEXT NOT NULL,
    requirement_key  TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('text', 'file', 'case', 'role')),
    text             TEXT,
    case_id          TEXT,
    role             TEXT,
    created_at       INTEGER NOT NULL,
    rev              INTEGER NOT NULL DEFAULT 0,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX evidence_lead_idx ON evidence_item(lead_id);

CREATE TABLE activity (
    id             TEXT PRIMARY KEY NOT NULL,
    lead_id        TEXT NOT NULL REFERENCES lead(id),
    owner_id       TEXT,
    kind           TEXT NOT NULL CHECK (kind IN ('call', 'visit', 'meeting', 'message', 'material', 'demo')),
    happened_at    INTEGER NOT NULL,
    entered_at     INTEGER NOT NULL,
    entry_seconds  INTEGER NOT NULL DEFAULT 0,
    text           TEXT,
    progress       INTEGER NOT NULL DEFAULT 0,
    rev            INTEGER NOT NULL DEFAULT 0,
    updated_at     INTEGER NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX activity_lead_idx ON activity(lead_id, happened_at);

CREATE TABLE stage_change (
    id          TEXT PRIMARY KEY NOT NULL,
    lead_id     TEXT NOT NULL REFERENCES lead(id),
    from_stage  TEXT,
    to_stage    TEXT NOT NULL,
    changed_at  INTEGER NOT NULL,
    reason      TEXT,
    by_user_id  TEXT,
    backflow    INTEGER NOT NULL DEFAULT 0,
    rev         INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stage_change_lead_idx ON stage_change(lead_id, changed_at);

CREATE TABLE case_study (
    id          TEXT PRIMARY KEY NOT NULL,
    title       TEXT NOT NULL,
    industry    TEXT,
    background  TEXT,
    blocker     TEXT,
    actions     TEXT,
    result      TEXT,
    reflection  TEXT,
    rev         INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
