-- Every typed name (the bot's asks, the record's name search) starts with the
-- entities of an alias key: aliases by norm, each with its entity and the kind
-- of alias that matched (its weight). aliases_by_norm held (norm, article_id,
-- entity_idx) and read `kind` from the table row by row; this index holds it
-- too (a covering index: one range read, no look-up per alias), in the order
-- the look-ups group by. It replaces aliases_by_norm (a prefix of it), so
-- writes keep one index on norm.
CREATE INDEX aliases_by_norm_entity ON aliases (norm, article_id, entity_idx, kind);
DROP INDEX aliases_by_norm;
