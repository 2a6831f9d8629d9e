-- Research extracts (outcomes "Research extracts"): the projects an admin approved, the extracts asked for under
-- them with where each one's job stands, and each extract's file, kept in numbered chunks.

-- One row per approved project. project holds the approved terms as JSON (title, purpose, cohorts, fields, expiry,
-- agreement, approver); the organization and approval time are columns too, for the listing. A project, once
-- approved, is never changed.
CREATE TABLE c2c_research_project (
    project_id      text        PRIMARY KEY,
    organization_id text        NOT NULL,
    project         jsonb       NOT NULL,
    approved_at     timestamptz NOT NULL
);

CREATE INDEX c2c_research_project_organization ON c2c_research_project (organization_id);

-- Append-only for everyone, the service's own database role included.
CREATE FUNCTION c2c_refuse_research_project_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'c2c_research_project is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER c2c_research_project_append_only
    BEFORE UPDATE OR DELETE ON c2c_research_project
    FOR EACH ROW EXECUTE FUNCTION c2c_refuse_research_project_change();

CREATE TRIGGER c2c_research_project_no_truncate
    BEFORE TRUNCATE ON c2c_research_project
    FOR EACH STATEMENT EXECUTE FUNCTION c2c_refuse_research_project_change();

-- One row per extract. attempt counts the starts of its job: each start begins the file again, and a write
-- carrying an older attempt changes nothing. processed and total are the progress of the current attempt. The
-- summary columns are set together when the file is ready, finished_at when it is ready or failed, failure
-- (words for the researcher, no data about anyone) only when it failed.
CREATE TABLE c2c_research_extract (
    extract_id          text        PRIMARY KEY,
    project_id          text        NOT NULL REFERENCES c2c_research_project (project_id),
    organization_id     text        NOT NULL,
    requested_by        text        NOT NULL,
    requested_at        timestamptz NOT NULL,
    status              text        NOT NULL CHECK (status IN ('queued', 'running', 'ready', 'failed')),
    attempt             integer     NOT NULL CHECK (attempt >= 0),
    processed           bigint      NOT NULL CHECK (processed >= 0),
    total               bigint      CHECK (total >= 0),
    summary_rows        bigint,
    summary_generalized bigint,
    summary_dropped     bigint,
    summary_bytes       bigint,
    finished_at         timestamptz,
    failure             text,
    CONSTRAINT c2c_research_extract_ready_with_summary CHECK (
        (status = 'ready') = (summary_rows IS NOT NULL)
        AND (summary_rows IS NULL) = (summary_generalized IS NULL)
        AND (summary_rows IS NULL) = (summary_dropped IS NULL)
        AND (summary_rows IS NULL) = (summary_bytes IS NULL)),
    CONSTRAINT c2c_research_extract_finished_at CHECK ((status IN ('ready', 'failed')) = (finished_at IS NOT NULL)),
    CONSTRAINT c2c_research_extract_failed_with_reason CHECK ((status = 'failed') = (failure IS NOT NULL))
);

-- What a restart takes up again, oldest first; a project's extracts, newest first.
CREATE INDEX c2c_research_extract_unfinished ON c2c_research_extract (requested_at, extract_id)
    WHERE status IN ('queued', 'running');
CREATE INDEX c2c_research_extract_listing ON c2c_research_extract (project_id, requested_at DESC, extract_id DESC);

-- The file of an extract's current attempt, chunk seq = 0, 1, 2, ... in order. A start of the job or a failure
-- deletes every chunk; a chunk is written only while its attempt is the extract's current one and running, so
-- chunks of two attempts never mix. The file is offered only once the extract is ready.
CREATE TABLE c2c_research_extract_chunk (
    extract_id text    NOT NULL REFERENCES c2c_research_extract (extract_id),
    attempt    integer NOT NULL CHECK (attempt > 0),
    seq        integer NOT NULL CHECK (seq >= 0),
    bytes      bytea   NOT NULL,
    PRIMARY KEY (extract_id, seq)
);
