-- Issued e-transcripts and the keys that sign them.

-- Every transcript as it was issued: the exact UTF-8 JSON bytes (bytea, not jsonb, which would reorder
-- keys), so fetching it again gives the same document byte for byte. Kept for good; nothing changes it.
CREATE TABLE c2c_issued_transcript (
    transcript_id    text        PRIMARY KEY,
    person_id        text        NOT NULL,
    recipient_org_id text        NOT NULL,
    level            text        NOT NULL,
    issued_at        timestamptz NOT NULL,
    document         bytea       NOT NULL
);

CREATE INDEX c2c_issued_transcript_person ON c2c_issued_transcript (person_id);

-- Append-only for everyone, the service's own database role included.
CREATE FUNCTION c2c_refuse_issued_transcript_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'c2c_issued_transcript is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER c2c_issued_transcript_append_only
    BEFORE UPDATE OR DELETE ON c2c_issued_transcript
    FOR EACH ROW EXECUTE FUNCTION c2c_refuse_issued_transcript_change();

CREATE TRIGGER c2c_issued_transcript_no_truncate
    BEFORE TRUNCATE ON c2c_issued_transcript
    FOR EACH STATEMENT EXECUTE FUNCTION c2c_refuse_issued_transcript_change();

-- Keys that sign transcripts (JWS, ES256): the same layout as c2c_signing_key, a separate ring.
-- A transcript is a long-lived document, so a retired key (retired_at set) stops signing but verifies
-- forever: rows are never deleted, and the only change allowed is retiring a key once.
CREATE TABLE c2c_transcript_signing_key (
    key_id                text        PRIMARY KEY,
    public_key            bytea       NOT NULL,
    encrypted_private_key bytea       NOT NULL,
    created_at            timestamptz NOT NULL,
    retired_at            timestamptz
);

CREATE FUNCTION c2c_guard_transcript_signing_key() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- OLD and NEW exist only for row-level UPDATE, hence the nested test.
    IF TG_OP = 'UPDATE' THEN
        IF OLD.retired_at IS NULL
            AND NEW.retired_at IS NOT NULL
            AND NEW.key_id = OLD.key_id
            AND NEW.public_key = OLD.public_key
            AND NEW.encrypted_private_key = OLD.encrypted_private_key
            AND NEW.created_at = OLD.created_at THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'c2c_transcript_signing_key keeps every key for verification: only retiring an unretired key is allowed, not this %', TG_OP;
END;
$$;

CREATE TRIGGER c2c_transcript_signing_key_kept
    BEFORE UPDATE OR DELETE ON c2c_transcript_signing_key
    FOR EACH ROW EXECUTE FUNCTION c2c_guard_transcript_signing_key();

CREATE TRIGGER c2c_transcript_signing_key_no_truncate
    BEFORE TRUNCATE ON c2c_transcript_signing_key
    FOR EACH STATEMENT EXECUTE FUNCTION c2c_guard_transcript_signing_key();
