-- Every event names a person that exists: the ingest planner writes a batch's new persons in the same transaction,
-- before its events, and no person row is ever deleted (merges and undos only add rows beside it). The foreign key
-- checked that once more for every event row, with a trigger per row that looks the person up and locks its row: in a
-- bulk load, 14-27 % of the time COPY spends writing the log (performance.md, "Issue 18, sixth day"). The key
-- is dropped; the tests that ingest on PostgreSQL check the rule on their databases (EventLogIntegrity).
ALTER TABLE c2c_event_log DROP CONSTRAINT c2c_event_log_person_id_fkey;
