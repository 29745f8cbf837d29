-- A counter bumped by every write that changes facts (an article processed,
-- reprocessed or deleted). Cached answers are keyed by it, so a change makes
-- every cached answer unreachable at once: no stale answers, no purge needed.
CREATE TABLE meta (
  key    TEXT PRIMARY KEY,
  value  INTEGER NOT NULL
);
INSERT INTO meta (key, value) VALUES ('store_version', 0);
