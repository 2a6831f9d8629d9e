-- 0003: Orleans reminders (the ADO.NET reminder table provider).
--
-- A reminder is identified by service id, grain id (its Orleans string form) and
-- name. grain_hash is the grain's uniform hash code as a signed 32-bit integer;
-- silos own ranges of that hash ring and read their reminders by range.
-- "version" is the reminder's ETag: every upsert bumps it, and a delete only
-- removes the reminder when the presented version still matches.

CREATE TABLE c2c_orleans_reminder (
    service_id    text        NOT NULL,
    grain_id      text        NOT NULL,
    reminder_name text        NOT NULL,
    grain_hash    integer     NOT NULL,
    start_time    timestamptz NOT NULL,
    period_ms     bigint      NOT NULL,
    version       integer     NOT NULL DEFAULT 0,
    CONSTRAINT c2c_orleans_reminder_pk PRIMARY KEY (service_id, grain_id, reminder_name)
);

CREATE INDEX c2c_orleans_reminder_by_hash ON c2c_orleans_reminder (service_id, grain_hash);

COMMENT ON COLUMN c2c_orleans_reminder.period_ms IS 'Reminder period in milliseconds.';

INSERT INTO orleansquery (querykey, querytext) VALUES

('UpsertReminderRowKey', $sql$
INSERT INTO c2c_orleans_reminder AS r (
    service_id, grain_id, reminder_name, grain_hash, start_time, period_ms)
VALUES (@ServiceId, @GrainId, @ReminderName, @GrainHash, @StartTime, @Period)
ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
SET grain_hash = EXCLUDED.grain_hash,
    start_time = EXCLUDED.start_time,
    period_ms = EXCLUDED.period_ms,
    version = r.version + 1
RETURNING r.version AS "Version";
$sql$),

('ReadReminderRowKey', $sql$
SELECT grain_id      AS "GrainId",
       reminder_name AS "ReminderName",
       start_time    AS "StartTime",
       period_ms     AS "Period",
       version       AS "Version"
FROM c2c_orleans_reminder
WHERE service_id = @ServiceId
  AND grain_id = @GrainId
  AND reminder_name = @ReminderName;
$sql$),

('ReadReminderRowsKey', $sql$
SELECT grain_id      AS "GrainId",
       reminder_name AS "ReminderName",
       start_time    AS "StartTime",
       period_ms     AS "Period",
       version       AS "Version"
FROM c2c_orleans_reminder
WHERE service_id = @ServiceId
  AND grain_id = @GrainId;
$sql$),

-- Range (BeginHash, EndHash] when BeginHash < EndHash as signed integers.
('ReadRangeRows1Key', $sql$
SELECT grain_id      AS "GrainId",
       reminder_name AS "ReminderName",
       start_time    AS "StartTime",
       period_ms     AS "Period",
       version       AS "Version"
FROM c2c_orleans_reminder
WHERE service_id = @ServiceId
  AND grain_hash > @BeginHash
  AND grain_hash <= @EndHash;
$sql$),

-- The range wraps around the ring: everything above BeginHash plus everything
-- up to EndHash (the whole ring when both are equal).
('ReadRangeRows2Key', $sql$
SELECT grain_id      AS "GrainId",
       reminder_name AS "ReminderName",
       start_time    AS "StartTime",
       period_ms     AS "Period",
       version       AS "Version"
FROM c2c_orleans_reminder
WHERE service_id = @ServiceId
  AND (grain_hash > @BeginHash OR grain_hash <= @EndHash);
$sql$),

('DeleteReminderRowKey', $sql$
WITH removed AS (
    DELETE FROM c2c_orleans_reminder
    WHERE service_id = @ServiceId
      AND grain_id = @GrainId
      AND reminder_name = @ReminderName
      AND version = @Version
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM removed) AS "Deleted";
$sql$),

('DeleteReminderRowsKey', $sql$
DELETE FROM c2c_orleans_reminder
WHERE service_id = @ServiceId;
$sql$);
