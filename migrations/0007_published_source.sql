-- Where an article's date comes from: its text, the upload's `published`
-- field, or a guessed year (a dateline without one). `published_given` keeps
-- the date given at upload (or by PATCH) so that reprocessing re-resolves it;
-- `published_given_wins` = 1 when a correction (PATCH) overrides the text.
ALTER TABLE articles ADD COLUMN published_source TEXT CHECK (published_source IN ('text', 'given', 'guessed'));
ALTER TABLE articles ADD COLUMN published_given TEXT;
ALTER TABLE articles ADD COLUMN published_given_wins INTEGER NOT NULL DEFAULT 0;
