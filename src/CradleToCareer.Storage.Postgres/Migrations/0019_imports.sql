-- Bulk imports (imports.md): an NDJSON file uploaded as a job, its lines kept in numbered chunks, each chunk's
-- per-line results kept beside it once ingested.

-- One row per job. roles holds the uploading client's roles, under which every line is ingested. status is
-- 'receiving' while the upload is stored (such a job is shown to no one and never run; a broken upload is
-- deleted), then 'queued', 'running' while a worker holds its lease (lease_owner until lease_until), 'done' once
-- every chunk has results. processed and the four counts grow with each chunk's results, in the same statement.
CREATE TABLE c2c_import (
    import_id       text        PRIMARY KEY,
    organization_id text        NOT NULL,
    client_id       text        NOT NULL,
    roles           text[]      NOT NULL,
    status          text        NOT NULL CHECK (status IN ('receiving', 'queued', 'running', 'done')),
    lines           bigint      NOT NULL CHECK (lines >= 0),
    processed       bigint      NOT NULL CHECK (processed >= 0),
    accepted        bigint      NOT NULL CHECK (accepted >= 0),
    duplicate       bigint      NOT NULL CHECK (duplicate >= 0),
    conflict        bigint      NOT NULL CHECK (conflict >= 0),
    rejected        bigint      NOT NULL CHECK (rejected >= 0),
    created_at      timestamptz NOT NULL,
    finished_at     timestamptz,
    lease_owner     text,
    lease_until     timestamptz,
    CONSTRAINT c2c_import_finished_at CHECK ((status = 'done') = (finished_at IS NOT NULL)),
    CONSTRAINT c2c_import_lease CHECK ((status = 'running') = (lease_owner IS NOT NULL AND lease_until IS NOT NULL))
);

-- What the workers claim, oldest first; an organization's jobs, newest first.
CREATE INDEX c2c_import_pending ON c2c_import (created_at, import_id) WHERE status IN ('queued', 'running');
CREATE INDEX c2c_import_listing ON c2c_import (organization_id, created_at DESC, import_id DESC);

-- A job's lines, chunk seq = 0, 1, 2, ... in order, each line as its number, its length (-1 when it was longer
-- than the line limit) and its bytes. results is the chunk's per-line results as NDJSON, null until ingested.
CREATE TABLE c2c_import_chunk (
    import_id text    NOT NULL REFERENCES c2c_import (import_id) ON DELETE CASCADE,
    seq       integer NOT NULL CHECK (seq >= 0),
    lines     bytea   NOT NULL,
    results   bytea,
    PRIMARY KEY (import_id, seq)
);

-- The first chunk still to ingest.
CREATE INDEX c2c_import_chunk_pending ON c2c_import_chunk (import_id, seq) WHERE results IS NULL;
