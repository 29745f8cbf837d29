-- The names a sentence speaks of, by any mention the extractor resolved ("the Chairman" is Tomas Bell, "the
-- President" is Lina Varga): indexed beside the text, so a question naming them finds the sentence that only
-- calls them by their role. Written with the sentence (src/store/sentence-index.ts); NULL for sentences indexed
-- before this column (reprocessing fills it). The FTS5 index is rebuilt over both columns from sentence_docs.
ALTER TABLE sentence_docs ADD COLUMN names TEXT;

DROP TABLE sentence_search;
CREATE VIRTUAL TABLE sentence_search USING fts5(
  text, names, content = 'sentence_docs', content_rowid = 'doc',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO sentence_search (sentence_search) VALUES ('rebuild');
