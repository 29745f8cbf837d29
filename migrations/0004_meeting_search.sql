-- Full-text search over meeting evidence ("Who led the congressional delegation?"),
-- built like statement_search (see 0003).
CREATE TABLE meeting_docs (
  doc         INTEGER PRIMARY KEY,
  article_id  TEXT NOT NULL,
  idx         INTEGER NOT NULL
);
CREATE INDEX meeting_docs_by_article ON meeting_docs (article_id, idx);
CREATE VIRTUAL TABLE meeting_search USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2');

INSERT INTO meeting_docs (article_id, idx) SELECT article_id, idx FROM meetings ORDER BY article_id, idx;
INSERT INTO meeting_search (rowid, body)
  SELECT d.doc, m.evidence FROM meeting_docs d JOIN meetings m ON m.article_id = d.article_id AND m.idx = d.idx;
