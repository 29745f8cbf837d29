-- Look-up keys live beside true aliases in `aliases`; `kind` tells them apart
-- (GET /api/articles/:id lists only aliases) and weighs a word match when a
-- typed name resolves word by word: a name's word counts more than a role's,
-- a role's more than an affiliation's.
ALTER TABLE aliases ADD COLUMN kind TEXT NOT NULL DEFAULT 'alias' CHECK (kind IN ('alias', 'name', 'role', 'affiliation'));
