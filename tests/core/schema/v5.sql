-- Schema step 5 exactly as released (core/storeschema.cpp at 45b05d9): frozen, never edit.
-- One statement per paragraph; tst_storemigration compares it with the step and builds old stores from it.

ALTER TABLE movements ADD COLUMN server_seq INTEGER
