-- Every read first counts the person's events in the log (views.md, read-your-writes). That count is an index-only
-- scan, which visits the table only for rows on pages not yet marked all-visible; autovacuum marks new pages, but by
-- default only once the table has grown by a fifth since it last ran: during a bulk load, hundreds of thousands of
-- fresh rows, and the counts and catch-ups of reads visit them one by one. Vacuum the log after every 20,000 new rows,
-- whatever its size, so the pages a load writes turn all-visible within seconds (with the server checking as often as
-- operations.md recommends: autovacuum_naptime = 10s). An insert-only vacuum reads only the pages not yet all-visible.
ALTER TABLE c2c_event_log SET (autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 20000);
