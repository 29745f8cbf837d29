-- Look-up keys (name words, role words) live beside true aliases in `aliases`;
-- `kind` tells them apart so that GET /api/articles/:id lists only aliases.
ALTER TABLE aliases ADD COLUMN kind TEXT NOT NULL DEFAULT 'alias' CHECK (kind IN ('alias', 'key'));
