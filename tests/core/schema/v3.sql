-- Schema step 3 exactly as released (core/storeschema.cpp at 13ebe6d): frozen, never edit.
-- One statement per paragraph; tst_storemigration compares it with the step and builds old stores from it.

CREATE TABLE sync_rejections ( entity_id TEXT PRIMARY KEY, entity TEXT NOT NULL, code TEXT NOT NULL, message
TEXT NOT NULL, rejected_at INTEGER NOT NULL, discarded INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID
