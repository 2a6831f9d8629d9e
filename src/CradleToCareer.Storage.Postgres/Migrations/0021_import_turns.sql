-- Imports take turns, survive a chunk that keeps failing, and are cleaned up (imports.md).
-- turn_at: when a job may next be claimed. A new job's turn is its upload; a worker that has run a turn of a few chunks
-- queues the job again with turn_at = now, behind the jobs waiting longer; a job whose chunk failed waits longer.
ALTER TABLE c2c_import ADD COLUMN turn_at timestamptz;
UPDATE c2c_import SET turn_at = created_at;
ALTER TABLE c2c_import ALTER COLUMN turn_at SET NOT NULL;
DROP INDEX c2c_import_pending;
CREATE INDEX c2c_import_pending ON c2c_import (turn_at, import_id) WHERE status IN ('queued', 'running');

-- failures: how many times the chunk's ingest failed for a reason other than the database being out of reach. After
-- three its lines are ingested one at a time.
ALTER TABLE c2c_import_chunk ADD COLUMN failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0);

-- results_deleted_at: when a done job's chunks (lines and results) were deleted after the retention period; the job row
-- stays, so its organization still sees its counts and learns why the results are gone.
ALTER TABLE c2c_import ADD COLUMN results_deleted_at timestamptz;
ALTER TABLE c2c_import ADD CONSTRAINT c2c_import_results_deleted CHECK (results_deleted_at IS NULL OR status = 'done');
CREATE INDEX c2c_import_done_kept ON c2c_import (finished_at) WHERE status = 'done' AND results_deleted_at IS NULL;
CREATE INDEX c2c_import_receiving ON c2c_import (created_at) WHERE status = 'receiving';
