-- 0002: Orleans grain state (the ADO.NET grain storage provider).
--
-- The provider identifies a grain by a service id, a grain type string and a
-- grain key split into two 64-bit halves (GrainIdN0/N1) plus an optional string
-- part (GrainIdExtensionString). It also sends two 32-bit hashes of these so the
-- lookup can use a narrow index; the full values are compared as well, so hash
-- collisions are harmless.
--
-- Concurrency: "version" is the grain's ETag. A write or clear names the version
-- it last read (@GrainStateVersion, NULL for a grain never stored) and succeeds
-- only if that is still the stored version. Every statement returns exactly one
-- row: the new version on success, NULL on a conflict, which the provider turns
-- into an InconsistentStateException.

CREATE TABLE c2c_orleans_grain_state (
    grain_id_hash      integer     NOT NULL,
    grain_type_hash    integer     NOT NULL,
    service_id         text        NOT NULL,
    grain_id_n0        bigint      NOT NULL,
    grain_id_n1        bigint      NOT NULL,
    grain_type         text        NOT NULL,
    grain_id_extension text        NOT NULL DEFAULT '',
    payload            bytea       NULL,
    version            integer     NOT NULL,
    modified_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT c2c_orleans_grain_state_pk PRIMARY KEY (
        grain_id_hash, grain_type_hash, service_id,
        grain_id_n0, grain_id_n1, grain_type, grain_id_extension)
);

COMMENT ON COLUMN c2c_orleans_grain_state.payload IS
    'Serialized state; NULL once the grain cleared its state (the row keeps the version).';
COMMENT ON COLUMN c2c_orleans_grain_state.grain_id_extension IS
    'String part of the grain key; empty when the key has none.';

INSERT INTO orleansquery (querykey, querytext) VALUES

-- At most one row; none for a grain that was never stored.
('ReadFromStorageKey', $sql$
SELECT payload AS "PayloadBinary",
       version AS "Version"
FROM c2c_orleans_grain_state
WHERE grain_id_hash = @GrainIdHash
  AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId
  AND grain_id_n0 = @GrainIdN0
  AND grain_id_n1 = @GrainIdN1
  AND grain_type = @GrainTypeString
  AND grain_id_extension = COALESCE(@GrainIdExtensionString, '');
$sql$),

-- First write (no version) inserts version 1 unless a row already exists;
-- later writes replace the payload only when the stored version matches.
('WriteToStorageKey', $sql$
WITH inserted AS (
    INSERT INTO c2c_orleans_grain_state (
        grain_id_hash, grain_type_hash, service_id, grain_id_n0, grain_id_n1,
        grain_type, grain_id_extension, payload, version)
    SELECT @GrainIdHash, @GrainTypeHash, @ServiceId, @GrainIdN0, @GrainIdN1,
           @GrainTypeString, COALESCE(@GrainIdExtensionString, ''), @PayloadBinary, 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version
), updated AS (
    UPDATE c2c_orleans_grain_state
    SET payload = @PayloadBinary,
        version = version + 1,
        modified_at = now()
    WHERE @GrainStateVersion IS NOT NULL
      AND version = @GrainStateVersion
      AND grain_id_hash = @GrainIdHash
      AND grain_type_hash = @GrainTypeHash
      AND service_id = @ServiceId
      AND grain_id_n0 = @GrainIdN0
      AND grain_id_n1 = @GrainIdN1
      AND grain_type = @GrainTypeString
      AND grain_id_extension = COALESCE(@GrainIdExtensionString, '')
    RETURNING version
)
SELECT COALESCE((SELECT version FROM inserted), (SELECT version FROM updated)) AS "NewGrainStateVersion";
$sql$),

-- Drops the payload but keeps the row, so the version keeps counting.
('ClearStorageKey', $sql$
WITH cleared AS (
    UPDATE c2c_orleans_grain_state
    SET payload = NULL,
        version = version + 1,
        modified_at = now()
    WHERE version = @GrainStateVersion
      AND grain_id_hash = @GrainIdHash
      AND grain_type_hash = @GrainTypeHash
      AND service_id = @ServiceId
      AND grain_id_n0 = @GrainIdN0
      AND grain_id_n1 = @GrainIdN1
      AND grain_type = @GrainTypeString
      AND grain_id_extension = COALESCE(@GrainIdExtensionString, '')
    RETURNING version
)
SELECT (SELECT version FROM cleared) AS "NewGrainStateVersion";
$sql$),

-- Used instead of ClearStorageKey when the provider runs with DeleteStateOnClear:
-- removes the row. The answer only has to differ from the presented version.
('DeleteStorageKey', $sql$
WITH removed AS (
    DELETE FROM c2c_orleans_grain_state
    WHERE version = @GrainStateVersion
      AND grain_id_hash = @GrainIdHash
      AND grain_type_hash = @GrainTypeHash
      AND service_id = @ServiceId
      AND grain_id_n0 = @GrainIdN0
      AND grain_id_n1 = @GrainIdN1
      AND grain_type = @GrainTypeString
      AND grain_id_extension = COALESCE(@GrainIdExtensionString, '')
    RETURNING version
)
SELECT (SELECT version + 1 FROM removed) AS "NewGrainStateVersion";
$sql$);
