-- Matching compares a batch's records with the blocking-key grains before the batch takes the ingest lock, and under
-- the lock only with the match records committed since. Each match record gets a sequence number in commit order
-- (records are written only under the lock) and carries its blocking keys, so the few records after a number are read
-- by the sequence's index and filtered by key in process, without touching c2c_match_key. The watermark says up to
-- which number every committed record has reached the grains: it moves after a batch has indexed its records, still
-- under the lock. Existing records were indexed or are loaded by the grains on activation, so the watermark starts at
-- the last of them, and they need no keys here.
ALTER TABLE c2c_match_record ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
ALTER TABLE c2c_match_record ADD COLUMN blocking_keys text[];
CREATE INDEX c2c_match_record_seq ON c2c_match_record (seq);

CREATE TABLE c2c_match_index_watermark (
    singleton       boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    indexed_through bigint  NOT NULL
);

INSERT INTO c2c_match_index_watermark (indexed_through) SELECT coalesce(max(seq), 0) FROM c2c_match_record;
