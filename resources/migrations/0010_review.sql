-- SPDX-FileCopyrightText: 2026 The Sales Client Authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 10: the review queue (issue 14), all three replicated.
-- review_item: a rep's advance into a reviewRequired stage; the lead waits for it
-- (待审核) and cannot advance further until it is approved. A resubmission after a
-- reject is the same row's next round (round and submitted_at only move forward).
-- review_decision: append-only, one row per decision (a supervisor's approve or
-- reject, the server's escalation or auto-reject, a late decision kept as a
-- comment); the item's state is computed from them by the same rule on the client
-- and the server (core/domain/review.h), so nobody edits a state field and two
-- supervisors deciding offline both keep their words.
-- script_pack: 话术包, what a rejected rep is shown for the stage (admin-managed).
CREATE TABLE review_item (
    id            TEXT PRIMARY KEY NOT NULL,
    lead_id       TEXT NOT NULL REFERENCES lead(id),
    stage_key     TEXT NOT NULL,
    round         INTEGER NOT NULL DEFAULT 1,
    submitted_by  TEXT,
    submitted_at  INTEGER NOT NULL,
    rev           INTEGER NOT NULL DEFAULT 0,
    updated_at    INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX review_item_lead_idx ON review_item(lead_id, stage_key);

CREATE TABLE review_decision (
    id               TEXT PRIMARY KEY NOT NULL,
    item_id          TEXT NOT NULL REFERENCES review_item(id),
    lead_id          TEXT NOT NULL REFERENCES lead(id),
    round            INTEGER NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('approve', 'reject', 'escalate', 'autoReject', 'comment')),
    reason           TEXT,
    evidence_digest  TEXT,
    decided_by       TEXT,
    decided_at       INTEGER NOT NULL,
    rev              INTEGER NOT NULL DEFAULT 0,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX review_decision_item_idx ON review_decision(item_id, round);

CREATE TABLE script_pack (
    id          TEXT PRIMARY KEY NOT NULL,
    stage_key   TEXT NOT NULL,
    industry    TEXT,
    objection   TEXT,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    rev         INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX script_pack_stage_idx ON script_pack(stage_key);
