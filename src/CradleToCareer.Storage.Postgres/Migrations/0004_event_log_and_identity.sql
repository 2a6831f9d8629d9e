-- The append-only event log (source of truth for every projection) and the deterministic identity index.

CREATE TABLE c2c_person (
    person_id  text        PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Identifiers are held as keyed tokens (HMAC of system and value), never in clear text.
CREATE TABLE c2c_person_identifier (
    id_token  text        PRIMARY KEY,
    person_id text        NOT NULL REFERENCES c2c_person (person_id),
    linked_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX c2c_person_identifier_person ON c2c_person_identifier (person_id);

-- body is the canonical stored form of the event: the student block carries an SSN token, never an SSN.
CREATE TABLE c2c_event_log (
    seq            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source         text        NOT NULL,
    event_id       text        NOT NULL,
    person_id      text        NOT NULL REFERENCES c2c_person (person_id),
    type           text        NOT NULL,
    institution_id text,
    content_hash   bytea       NOT NULL,
    body           jsonb       NOT NULL,
    accepted_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT c2c_event_log_source_event UNIQUE (source, event_id)
);

CREATE INDEX c2c_event_log_person ON c2c_event_log (person_id);
CREATE INDEX c2c_event_log_institution ON c2c_event_log (institution_id) WHERE institution_id IS NOT NULL;

-- Nothing accepted is ever changed or lost: the log refuses updates, deletes and truncation.
CREATE FUNCTION c2c_refuse_log_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'c2c_event_log is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER c2c_event_log_append_only
    BEFORE UPDATE OR DELETE ON c2c_event_log
    FOR EACH ROW EXECUTE FUNCTION c2c_refuse_log_change();

CREATE TRIGGER c2c_event_log_no_truncate
    BEFORE TRUNCATE ON c2c_event_log
    FOR EACH STATEMENT EXECUTE FUNCTION c2c_refuse_log_change();
