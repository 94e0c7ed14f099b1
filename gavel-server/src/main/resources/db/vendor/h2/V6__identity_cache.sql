-- Embedded database only (spring.flyway.locations adds db/vendor/{vendor}). H2 hands out identity values from a
-- cache of 32 and, each time the cache runs out, records the sequence in its own transaction: with WRITE_DELAY=0
-- that is a full store of the database file, as expensive as a batch's commit, every 32 rows. A larger cache makes
-- it one store per 1,000 rows; after a crash the next ids skip what was cached, which nothing relies on.
-- (PostgreSQL caches per session, which would break the jobs' first-come order across connections: not there.)
-- Versions are shared with db/migration: the next common migration is V7.
ALTER TABLE submissions ALTER COLUMN id SET CACHE 1000;
ALTER TABLE jobs ALTER COLUMN id SET CACHE 1000;
ALTER TABLE executions ALTER COLUMN id SET CACHE 1000;
