-- 0001: the Orleans query catalogue and cluster membership.
--
-- The Orleans ADO.NET providers read their SQL at start-up with
-- "SELECT QueryKey, QueryText FROM OrleansQuery"; the identifier is unquoted,
-- so PostgreSQL resolves it to the lower-case table created here.
-- Each provider binds named parameters (@DeploymentId, @Version, ...) and reads
-- result columns by name, so every column a provider reads is aliased to the
-- name it expects. Statuses are Orleans SiloStatus numbers (3 = Active, 6 = Dead).

CREATE TABLE orleansquery (
    querykey  varchar(64) PRIMARY KEY,
    querytext text NOT NULL
);

COMMENT ON TABLE orleansquery IS
    'SQL text the Orleans ADO.NET providers load by key at start-up.';

-- One row per cluster (Orleans calls it the deployment). Every change to the
-- membership rows of a cluster bumps this version, and only succeeds when the
-- caller presents the version it last read (optimistic concurrency).
CREATE TABLE c2c_orleans_cluster_version (
    deployment_id text        PRIMARY KEY,
    version       integer     NOT NULL DEFAULT 0,
    changed_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE c2c_orleans_silo (
    deployment_id   text        NOT NULL
        REFERENCES c2c_orleans_cluster_version (deployment_id) ON DELETE CASCADE,
    address         text        NOT NULL,
    port            integer     NOT NULL,
    generation      integer     NOT NULL,
    silo_name       text        NOT NULL,
    host_name       text        NOT NULL,
    status          integer     NOT NULL,
    proxy_port      integer     NOT NULL DEFAULT 0,
    suspect_times   text        NULL,
    start_time      timestamptz NOT NULL,
    i_am_alive_time timestamptz NOT NULL,
    PRIMARY KEY (deployment_id, address, port, generation)
);

COMMENT ON COLUMN c2c_orleans_silo.suspect_times IS
    'Orleans-formatted suspicion votes: "silo,date|silo,date".';

INSERT INTO orleansquery (querykey, querytext) VALUES

-- Creates the version row of a cluster once; answers whether this call created it.
('InsertMembershipVersionKey', $sql$
WITH created AS (
    INSERT INTO c2c_orleans_cluster_version (deployment_id)
    VALUES (@DeploymentId)
    ON CONFLICT (deployment_id) DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM created) AS "Inserted";
$sql$),

-- Adds a silo when the presented table version is current and the silo is new.
-- The version bump takes the row lock, so of two racing callers holding the same
-- version only the first one succeeds; the second re-checks and matches nothing.
('InsertMembershipKey', $sql$
WITH bumped AS (
    UPDATE c2c_orleans_cluster_version AS v
    SET version = v.version + 1, changed_at = now()
    WHERE v.deployment_id = @DeploymentId
      AND v.version = @Version
      AND NOT EXISTS (
          SELECT 1 FROM c2c_orleans_silo AS s
          WHERE s.deployment_id = @DeploymentId
            AND s.address = @Address AND s.port = @Port AND s.generation = @Generation)
    RETURNING v.deployment_id
), added AS (
    INSERT INTO c2c_orleans_silo (
        deployment_id, address, port, generation, silo_name, host_name,
        status, proxy_port, start_time, i_am_alive_time)
    SELECT b.deployment_id, @Address, @Port, @Generation, @SiloName, @HostName,
           @Status, @ProxyPort, @StartTime, @IAmAliveTime
    FROM bumped AS b
    ON CONFLICT DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM added) AS "Inserted";
$sql$),

-- Changes a silo's status, suspicion votes and heartbeat under the same
-- optimistic table version rule as inserts.
('UpdateMembershipKey', $sql$
WITH bumped AS (
    UPDATE c2c_orleans_cluster_version AS v
    SET version = v.version + 1, changed_at = now()
    WHERE v.deployment_id = @DeploymentId
      AND v.version = @Version
      AND EXISTS (
          SELECT 1 FROM c2c_orleans_silo AS s
          WHERE s.deployment_id = @DeploymentId
            AND s.address = @Address AND s.port = @Port AND s.generation = @Generation)
    RETURNING v.deployment_id
), changed AS (
    UPDATE c2c_orleans_silo AS s
    SET status = @Status,
        suspect_times = @SuspectTimes,
        i_am_alive_time = @IAmAliveTime
    FROM bumped AS b
    WHERE s.deployment_id = b.deployment_id
      AND s.address = @Address AND s.port = @Port AND s.generation = @Generation
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM changed) AS "Updated";
$sql$),

-- Heartbeats do not take part in the table version.
('UpdateIAmAlivetimeKey', $sql$
UPDATE c2c_orleans_silo
SET i_am_alive_time = @IAmAliveTime
WHERE deployment_id = @DeploymentId
  AND address = @Address AND port = @Port AND generation = @Generation;
$sql$),

-- Always one row carrying the table version; the silo columns are NULL when the
-- silo is unknown (the provider treats a NULL StartTime as "no entry").
('MembershipReadRowKey', $sql$
SELECT v.version         AS "Version",
       s.address         AS "Address",
       s.port            AS "Port",
       s.generation      AS "Generation",
       s.silo_name       AS "SiloName",
       s.host_name       AS "HostName",
       s.status          AS "Status",
       s.proxy_port      AS "ProxyPort",
       s.suspect_times   AS "SuspectTimes",
       s.start_time      AS "StartTime",
       s.i_am_alive_time AS "IAmAliveTime"
FROM c2c_orleans_cluster_version AS v
LEFT JOIN c2c_orleans_silo AS s
       ON s.deployment_id = v.deployment_id
      AND s.address = @Address AND s.port = @Port AND s.generation = @Generation
WHERE v.deployment_id = @DeploymentId;
$sql$),

('MembershipReadAllKey', $sql$
SELECT v.version         AS "Version",
       s.address         AS "Address",
       s.port            AS "Port",
       s.generation      AS "Generation",
       s.silo_name       AS "SiloName",
       s.host_name       AS "HostName",
       s.status          AS "Status",
       s.proxy_port      AS "ProxyPort",
       s.suspect_times   AS "SuspectTimes",
       s.start_time      AS "StartTime",
       s.i_am_alive_time AS "IAmAliveTime"
FROM c2c_orleans_cluster_version AS v
LEFT JOIN c2c_orleans_silo AS s ON s.deployment_id = v.deployment_id
WHERE v.deployment_id = @DeploymentId
ORDER BY s.start_time, s.address, s.port, s.generation;
$sql$),

-- Gateways clients may connect to: silos in the requested status with a proxy port.
('GatewaysQueryKey', $sql$
SELECT address    AS "Address",
       proxy_port AS "ProxyPort",
       generation AS "Generation"
FROM c2c_orleans_silo
WHERE deployment_id = @DeploymentId
  AND status = @Status
  AND proxy_port > 0;
$sql$),

-- Removes a whole cluster; its silo rows go with the version row (cascade).
('DeleteMembershipTableEntriesKey', $sql$
DELETE FROM c2c_orleans_cluster_version
WHERE deployment_id = @DeploymentId;
$sql$),

-- Bulk clean-up of silos that stopped heart-beating before the cut-off.
('CleanupDefunctSiloEntriesKey', $sql$
DELETE FROM c2c_orleans_silo
WHERE deployment_id = @DeploymentId
  AND i_am_alive_time < @IAmAliveTime
  AND status <> 3;
$sql$),

-- Removes one dead silo, but only if it still looks exactly as the caller saw it.
('CleanupDefunctSiloEntryKey', $sql$
DELETE FROM c2c_orleans_silo
WHERE deployment_id = @DeploymentId
  AND address = @Address AND port = @Port AND generation = @Generation
  AND status = 6
  AND start_time = @StartTime
  AND i_am_alive_time = @IAmAliveTime
  AND suspect_times IS NOT DISTINCT FROM @SuspectTimes;
$sql$);
