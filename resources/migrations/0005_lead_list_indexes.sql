-- SPDX-FileCopyrightText: 2026 The Sales Client Authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 5: the lead list filters (stage, SLA, industry, region, source,
-- owner) read one covering index in list order instead of the lead table.
-- Measured on 100k leads (bench/list_bench.cpp): counting one industry took
-- 160 ms through lead_list_idx plus table lookups (SQLite's choice) and 13 ms
-- here; a filtered first page is read without sorting, at any depth.
-- Its prefix is lead_list_idx's, which stays: that narrower index keeps the
-- unfiltered list and deep pages cheapest.
CREATE INDEX lead_filter_idx ON lead(deleted, last_activity_at DESC, id, stage_key, status, template_id,
                                     stage_entered_at, industry, region_id, source, owner_id);
