-- A person page lists each meeting with its details (the date as written,
-- the venue, the words that set its status, how long it lasted, where its
-- evidence is in the text) and its counterparts. With these columns beside
-- the others of meeting_edges (migration 0012), one range of that table,
-- clustered by the person's key, gives both: no look-up of each entity row,
-- participant and meeting, and no second read for the counterparts. Written
-- with the rest of the row (src/store/facts.ts insertMeetingEdges).
ALTER TABLE meeting_edges ADD COLUMN date_text TEXT;
ALTER TABLE meeting_edges ADD COLUMN venue TEXT;
ALTER TABLE meeting_edges ADD COLUMN status_text TEXT;
ALTER TABLE meeting_edges ADD COLUMN duration TEXT;
ALTER TABLE meeting_edges ADD COLUMN ev_start INTEGER;
ALTER TABLE meeting_edges ADD COLUMN ev_end INTEGER;

UPDATE meeting_edges AS x SET date_text = m.date_text, venue = m.venue, status_text = m.status_text, duration = m.duration, ev_start = m.ev_start, ev_end = m.ev_end
FROM meetings m WHERE m.article_id = x.article_id AND m.idx = x.meeting_idx;
