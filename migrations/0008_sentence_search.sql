-- Full-text search over every body sentence of every article: questions no
-- intent covers are answered with the closest sentences, verbatim.
-- The text is stored once, here; sentence_search is an external-content FTS5
-- index over it (rows added and removed with the article's facts, in one batch).
-- One article's sentences are inserted together, so their doc numbers are consecutive.
CREATE TABLE sentence_docs (
  doc         INTEGER PRIMARY KEY,
  article_id  TEXT NOT NULL,
  idx         INTEGER NOT NULL,     -- 0 = the title, then body sentences in text order
  start       INTEGER,              -- offset in the parsed article text (NULL for the title)
  text        TEXT NOT NULL
);
CREATE INDEX sentence_docs_by_article ON sentence_docs (article_id, idx);

-- porter: "lasted" finds "last"; remove_diacritics: "Nariño" finds "Narino".
CREATE VIRTUAL TABLE sentence_search USING fts5(
  text, content = 'sentence_docs', content_rowid = 'doc',
  tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Help builds example questions from the most mentioned people (an index walk, not a sort of every entity).
CREATE INDEX entities_by_mentions ON entities (mentions DESC);
