-- Per-chat context for follow-up questions ("And what did he say?").
-- D1 rather than KV: the next message must see what the last one wrote.
CREATE TABLE conversations (
  id TEXT PRIMARY KEY,          -- "tg:<chat id>" or "web:<random id>"
  subject TEXT NOT NULL,        -- JSON of answer/follow-up.ts Subject
  updated_at INTEGER NOT NULL   -- epoch ms; older than CONTEXT_TTL_MS is ignored
);
CREATE INDEX conversations_updated ON conversations(updated_at);
