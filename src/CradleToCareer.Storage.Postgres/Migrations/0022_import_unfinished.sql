-- An upload takes one of its organization's places for unfinished jobs (receiving, queued or running) before any of it
-- is read (imports.md); this index answers that count without visiting the organization's done jobs, which are kept.
CREATE INDEX c2c_import_unfinished ON c2c_import (organization_id) WHERE status <> 'done';
