-- Meetings keep whether they took place, the words that say so, the date as written, how long they lasted and the venue.
-- Rows written before this migration read as held; POST /api/articles/:id/reprocess (or npm run reprocess) brings them up to date.
ALTER TABLE meetings ADD COLUMN status TEXT NOT NULL DEFAULT 'held';
ALTER TABLE meetings ADD COLUMN status_text TEXT;
ALTER TABLE meetings ADD COLUMN date_text TEXT;
ALTER TABLE meetings ADD COLUMN duration TEXT;
ALTER TABLE meetings ADD COLUMN venue TEXT;
