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
