-- Full-text search over what was said, for "Who said …?" and "What was said about …?".
-- statements is WITHOUT ROWID, so each statement gets a document number here;
-- one article's documents are inserted together and so have consecutive numbers,
-- which lets the FTS rows of an article be deleted by a rowid range.
CREATE TABLE statement_docs (
  doc         INTEGER PRIMARY KEY,
  article_id  TEXT NOT NULL,
  idx         INTEGER NOT NULL
);
CREATE INDEX statement_docs_by_article ON statement_docs (article_id, idx);

-- porter: "wanted" finds "want"; remove_diacritics: "Radovanovic" finds "Radovanović".
CREATE VIRTUAL TABLE statement_search USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2');

INSERT INTO statement_docs (article_id, idx) SELECT article_id, idx FROM statements ORDER BY article_id, idx;
INSERT INTO statement_search (rowid, body)
  SELECT d.doc, s.text || ' ' || s.evidence FROM statement_docs d JOIN statements s ON s.article_id = d.article_id AND s.idx = d.idx;
