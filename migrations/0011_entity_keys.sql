-- One key per real person or organisation across articles (the record's people
-- pages and map): the entity's type and its normalised full name, e.g.
-- "person:rui_almeida". Within an article a surname already resolves to the full
-- name (coreference), so every mention of a person shares the key. Namesakes
-- are told apart when read (src/store/identity.ts), not here.
ALTER TABLE entities ADD COLUMN ekey TEXT;
UPDATE entities SET ekey = (CASE type WHEN 'person' THEN 'person:' ELSE 'org:' END)
  || replace(CASE WHEN norm = '' THEN lower(trim(name)) ELSE norm END, ' ', '_');
CREATE INDEX entities_by_ekey ON entities (ekey);

-- The map filters meetings by date range and by place (index ranges, no scan).
CREATE INDEX meetings_by_date ON meetings (date);
CREATE INDEX meetings_by_place ON meetings (place COLLATE NOCASE, date);
