-- Articles and the facts extracted from them. Every fact row is keyed by
-- (article_id, idx) so that one article's rows can be replaced in one batch.

CREATE TABLE articles (
  id           TEXT PRIMARY KEY,              -- sha-256 of the normalised text
  seq          INTEGER NOT NULL,              -- upload order (ms * 1000 + jitter), for newest-first paging
  status       TEXT NOT NULL CHECK (status IN ('queued', 'processing', 'ready', 'failed')),
  error        TEXT,
  title        TEXT,
  url          TEXT,
  published    TEXT,
  updated      TEXT,
  byline       TEXT,
  content_type TEXT NOT NULL,
  bytes        INTEGER NOT NULL,
  attempts     INTEGER NOT NULL DEFAULT 0,
  created_at   TEXT NOT NULL,
  processed_at TEXT
);
CREATE INDEX articles_by_seq ON articles (seq DESC);
CREATE INDEX articles_by_status ON articles (status, seq DESC);

CREATE TABLE entities (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  name        TEXT NOT NULL,
  norm        TEXT NOT NULL,                  -- lower-case, accent-free form for look-ups
  type        TEXT NOT NULL CHECK (type IN ('person', 'organization')),
  role        TEXT,
  affiliation TEXT,
  mentions    INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX entities_by_norm ON entities (norm);

-- Every surface form of an entity (canonical name included), normalised.
CREATE TABLE aliases (
  article_id TEXT NOT NULL,
  entity_idx INTEGER NOT NULL,
  alias      TEXT NOT NULL,
  norm       TEXT NOT NULL,
  PRIMARY KEY (article_id, entity_idx, norm),
  FOREIGN KEY (article_id, entity_idx) REFERENCES entities (article_id, idx) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX aliases_by_norm ON aliases (norm);

CREATE TABLE meetings (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  date       TEXT,
  place      TEXT,
  kind       TEXT NOT NULL CHECK (kind IN ('in_person', 'call')),
  evidence   TEXT NOT NULL,
  ev_start   INTEGER,
  ev_end     INTEGER,
  rule       TEXT,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE meeting_participants (
  article_id  TEXT NOT NULL,
  meeting_idx INTEGER NOT NULL,
  entity_idx  INTEGER NOT NULL,
  PRIMARY KEY (article_id, meeting_idx, entity_idx),
  FOREIGN KEY (article_id, meeting_idx) REFERENCES meetings (article_id, idx) ON DELETE CASCADE
) WITHOUT ROWID;
-- "meetings of X": alias norm -> (article, entity) -> this index -> meeting.
CREATE INDEX participants_by_entity ON meeting_participants (article_id, entity_idx);

CREATE TABLE statements (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  speaker_idx INTEGER NOT NULL,
  text        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('direct', 'reported')),
  evidence    TEXT NOT NULL,
  ev_start    INTEGER,
  ev_end      INTEGER,
  rule        TEXT,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX statements_by_speaker ON statements (article_id, speaker_idx);

-- Telegram update ids already answered (dedup with a unique key, not KV).
CREATE TABLE telegram_updates (
  update_id  INTEGER PRIMARY KEY,
  seen_at    TEXT NOT NULL
);
