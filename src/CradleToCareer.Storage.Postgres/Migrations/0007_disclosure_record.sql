-- The disclosure record: every disclosure of a student's data to another organization, chained per
-- student (hash = SHA-256 over the previous hash and the entry) so that any later change is evident.

CREATE TABLE c2c_disclosure (
    person_id       text        NOT NULL,
    entry_no        integer     NOT NULL,
    client_id       text        NOT NULL,
    organization_id text        NOT NULL,
    scope           text        NOT NULL,
    consent_id      text        NOT NULL,
    purpose         text        NOT NULL,
    disclosed_at    timestamptz NOT NULL,
    previous_hash   bytea       NOT NULL,
    hash            bytea       NOT NULL,
    PRIMARY KEY (person_id, entry_no)
);

-- Append-only for everyone, the service's own database role included.
CREATE FUNCTION c2c_refuse_disclosure_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'c2c_disclosure is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER c2c_disclosure_append_only
    BEFORE UPDATE OR DELETE ON c2c_disclosure
    FOR EACH ROW EXECUTE FUNCTION c2c_refuse_disclosure_change();

CREATE TRIGGER c2c_disclosure_no_truncate
    BEFORE TRUNCATE ON c2c_disclosure
    FOR EACH STATEMENT EXECUTE FUNCTION c2c_refuse_disclosure_change();
