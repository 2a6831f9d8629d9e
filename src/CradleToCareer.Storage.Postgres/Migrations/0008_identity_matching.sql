-- Probabilistic identity: the matching index's durable records, the steward's review queue, and the
-- merge journal. Nothing here holds clear-text PII: fingerprints are keyed tokens and keyed Bloom filters.

-- One row per record that went through probabilistic matching, and one row per blocking key it is filed
-- under. The blocking-key grains are a projection of these: each loads the records under its key on
-- activation (a B-tree lookup per key; an array column with a GIN index was a thousand times slower
-- for the thousands of keys one batch activates).
CREATE TABLE c2c_match_record (
    record_id   text        PRIMARY KEY,
    person_id   text        NOT NULL REFERENCES c2c_person (person_id),
    fingerprint jsonb       NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE c2c_match_key (
    blocking_key text NOT NULL,
    record_id    text NOT NULL REFERENCES c2c_match_record (record_id),
    PRIMARY KEY (blocking_key, record_id)
);

-- Possible matches (and identifier conflicts) waiting for a steward. One item per pair of persons.
CREATE TABLE c2c_identity_review (
    review_id    text             PRIMARY KEY,
    kind         text             NOT NULL,
    person_id    text             NOT NULL REFERENCES c2c_person (person_id),
    candidate_id text             NOT NULL REFERENCES c2c_person (person_id),
    score        double precision,
    evidence     jsonb            NOT NULL,
    created_at   timestamptz      NOT NULL DEFAULT now(),
    dismissed_at timestamptz,
    dismissed_by text,
    CONSTRAINT c2c_identity_review_pair UNIQUE (person_id, candidate_id)
);

CREATE INDEX c2c_identity_review_open ON c2c_identity_review (created_at) WHERE dismissed_at IS NULL;

-- The merge journal: a merge is a row here, an undo a row in the next table. Events and identifiers keep
-- the person they arrived on, so an undo restores both persons exactly.
CREATE TABLE c2c_identity_merge (
    merge_id    text        PRIMARY KEY,
    survivor_id text        NOT NULL REFERENCES c2c_person (person_id),
    merged_id   text        NOT NULL REFERENCES c2c_person (person_id),
    reason      text        NOT NULL,
    merged_by   text        NOT NULL,
    merged_at   timestamptz NOT NULL,
    CONSTRAINT c2c_identity_merge_distinct CHECK (survivor_id <> merged_id)
);

CREATE TABLE c2c_identity_merge_undo (
    merge_id  text        PRIMARY KEY REFERENCES c2c_identity_merge (merge_id),
    reason    text,
    undone_by text        NOT NULL,
    undone_at timestamptz NOT NULL
);

CREATE INDEX c2c_identity_merge_survivor ON c2c_identity_merge (survivor_id);
CREATE INDEX c2c_identity_merge_merged ON c2c_identity_merge (merged_id);

-- The audit trail is append-only, like the event log.
CREATE TRIGGER c2c_identity_merge_append_only
    BEFORE UPDATE OR DELETE ON c2c_identity_merge
    FOR EACH ROW EXECUTE FUNCTION c2c_refuse_log_change();

CREATE TRIGGER c2c_identity_merge_undo_append_only
    BEFORE UPDATE OR DELETE ON c2c_identity_merge_undo
    FOR EACH ROW EXECUTE FUNCTION c2c_refuse_log_change();

-- The person a person id stands for now: itself, or the survivor its active merges lead to.
CREATE FUNCTION c2c_canonical_person(p text) RETURNS text
LANGUAGE sql STABLE AS $$
    WITH RECURSIVE chain (person_id, depth) AS (
        SELECT p, 0
        UNION ALL
        SELECT m.survivor_id, c.depth + 1
        FROM chain c
        JOIN c2c_identity_merge m ON m.merged_id = c.person_id
        WHERE NOT EXISTS (SELECT 1 FROM c2c_identity_merge_undo u WHERE u.merge_id = m.merge_id)
    )
    SELECT person_id FROM chain ORDER BY depth DESC LIMIT 1
$$;

-- Every person id whose records belong to the canonical person p: p and everything merged into it.
-- Empty when p itself has been merged away.
CREATE FUNCTION c2c_person_members(p text) RETURNS SETOF text
LANGUAGE sql STABLE AS $$
    WITH RECURSIVE members (person_id) AS (
        SELECT p WHERE c2c_canonical_person(p) = p
        UNION ALL
        SELECT m.merged_id
        FROM members s
        JOIN c2c_identity_merge m ON m.survivor_id = s.person_id
        WHERE NOT EXISTS (SELECT 1 FROM c2c_identity_merge_undo u WHERE u.merge_id = m.merge_id)
    )
    SELECT person_id FROM members
$$;
