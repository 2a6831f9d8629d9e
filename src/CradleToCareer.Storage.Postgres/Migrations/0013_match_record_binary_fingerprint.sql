-- Fingerprints are written as compact bytes (FingerprintBinary: a version byte, then every field), about a third of
-- their JSON, which PostgreSQL had to parse on every insert and print on every load. Records written before keep
-- their JSON, which is still read; every record has one of the two.
ALTER TABLE c2c_match_record ALTER COLUMN fingerprint DROP NOT NULL;
ALTER TABLE c2c_match_record ADD COLUMN fingerprint_bytes bytea;
ALTER TABLE c2c_match_record ADD CONSTRAINT c2c_match_record_has_a_fingerprint
    CHECK (fingerprint IS NOT NULL OR fingerprint_bytes IS NOT NULL);
