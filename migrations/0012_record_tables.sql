-- The record's tables kept at write time (people pages and the map at 10,000+ articles).

-- What the record needs to tell namesakes apart without reading every row of a
-- name: per entity key, each distinct description (role, affiliation, written
-- name) with how many entity rows carry it and the upload order (articles.seq)
-- of the first. Namesake clusters (src/store/identity.ts) are a function of
-- these alone, so the people pages and the map resolve a row to its person by
-- reading a few rows per key instead of all of them. Kept in the same D1 batch
-- as an article's entity rows (src/store/facts.ts): counted up when they are
-- inserted, down (and the first upload recomputed) before they are deleted.
-- Role and affiliation are '' when absent (NULL would not match in keys).
CREATE TABLE entity_descriptions (
  ekey        TEXT NOT NULL,
  role        TEXT NOT NULL,
  affiliation TEXT NOT NULL,
  name        TEXT NOT NULL,
  n_rows      INTEGER NOT NULL,
  first_seq   INTEGER NOT NULL,
  PRIMARY KEY (ekey, role, affiliation, name)
) WITHOUT ROWID;

INSERT INTO entity_descriptions (ekey, role, affiliation, name, n_rows, first_seq)
SELECT e.ekey, coalesce(e.role, ''), coalesce(e.affiliation, ''), e.name, count(*), min(a.seq)
FROM entities e JOIN articles a ON a.id = e.article_id
WHERE e.ekey IS NOT NULL
GROUP BY e.ekey, coalesce(e.role, ''), coalesce(e.affiliation, ''), e.name;

-- The map's edges, kept at write time: one row per participant of a meeting
-- and each other participant of it (other_* NULL and other_idx -1 when it had
-- no other), with the meeting's date, place, kind, status, evidence and its
-- article's title. Clustered by (ekey, date), so "the newest meetings of this
-- person" is one contiguous range of one table, read without joins. Written in
-- the same D1 batch as the article's facts; deleted by article (its index).
-- sig/other_sig are role|affiliation (store/identity.ts signature), which tell
-- namesakes apart with entity_descriptions. Undated meetings have date ''.
CREATE TABLE meeting_edges (
  ekey        TEXT NOT NULL,
  date        TEXT NOT NULL,
  article_id  TEXT NOT NULL,
  meeting_idx INTEGER NOT NULL,
  entity_idx  INTEGER NOT NULL,
  other_idx   INTEGER NOT NULL,
  sig         TEXT NOT NULL,
  name        TEXT NOT NULL,
  type        TEXT NOT NULL,
  other_ekey  TEXT,
  other_sig   TEXT,
  other_name  TEXT,
  other_type  TEXT,
  place       TEXT,
  kind        TEXT NOT NULL,
  status      TEXT NOT NULL,
  evidence    TEXT NOT NULL,
  title       TEXT,
  PRIMARY KEY (ekey, date, article_id, meeting_idx, entity_idx, other_idx)
) WITHOUT ROWID;
CREATE INDEX meeting_edges_by_article ON meeting_edges (article_id);

INSERT INTO meeting_edges (ekey, date, article_id, meeting_idx, entity_idx, other_idx, sig, name, type, other_ekey, other_sig, other_name, other_type, place, kind, status, evidence, title)
SELECT e.ekey, coalesce(m.date, ''), p.article_id, p.meeting_idx, p.entity_idx, coalesce(o.idx, -1),
  coalesce(e.role, '') || '|' || coalesce(e.affiliation, ''), e.name, e.type,
  o.ekey, CASE WHEN o.idx IS NULL THEN NULL ELSE coalesce(o.role, '') || '|' || coalesce(o.affiliation, '') END, o.name, o.type,
  m.place, m.kind, m.status, m.evidence, ar.title
FROM meeting_participants p
JOIN entities e ON e.article_id = p.article_id AND e.idx = p.entity_idx
JOIN meetings m ON m.article_id = p.article_id AND m.idx = p.meeting_idx
JOIN articles ar ON ar.id = p.article_id
LEFT JOIN meeting_participants p2 ON p2.article_id = p.article_id AND p2.meeting_idx = p.meeting_idx AND p2.entity_idx <> p.entity_idx
LEFT JOIN entities o ON o.article_id = p2.article_id AND o.idx = p2.entity_idx
WHERE e.ekey IS NOT NULL;
