-- Rate-limit counters need no durability: after a crash PostgreSQL empties an unlogged table, which
-- only gives every caller a fresh window. Logged, every counted request was a WAL flush at commit, and
-- as the hits of one key update one row, those flushes ran one after another (about 750 a second here
-- at best), for every API request and sign-in. Unlogged, a hit writes no WAL and commits without a flush.
ALTER TABLE "rate_limit_counters" SET UNLOGGED;
