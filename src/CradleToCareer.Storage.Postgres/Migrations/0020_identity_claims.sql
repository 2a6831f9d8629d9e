-- Ingest batches no longer take turns at one cluster-wide lock: each holds advisory locks on what it may decide on (its
-- new identifier tokens and the blocking keys of the records it places) until the matcher has indexed its new records,
-- and compares under those locks. Nothing reads match records "committed since" any more, so the sequence number, the
-- keys copied onto each record and the watermark that 0014 added go; c2c_match_key still files records by key.
DROP TABLE c2c_match_index_watermark;
DROP INDEX c2c_match_record_seq;
ALTER TABLE c2c_match_record DROP COLUMN seq;
ALTER TABLE c2c_match_record DROP COLUMN blocking_keys;
