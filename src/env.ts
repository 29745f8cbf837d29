/** Bindings and variables of the Worker (see wrangler.toml and .dev.vars). */
export interface Env {
  DB: D1Database;
  ARTICLES: KVNamespace;
  /** Answer cache (optional: without it every question is answered afresh). */
  CACHE?: KVNamespace;
  INGEST_QUEUE: Queue<IngestMessage>;
  /** Bearer token for /api/*; the API refuses to serve when it is unset. */
  INGEST_TOKEN?: string;
  /** Comma-separated read-only tokens: may read and ask, never upload, reprocess or delete. */
  READ_TOKENS?: string;
  /** Comma-separated origins allowed to call /api/* from a browser (CORS); none when unset. */
  CORS_ORIGINS?: string;
  /** Per-client limits (wrangler.toml [[ratelimits]]); a missing binding means no limit. */
  UPLOAD_LIMIT?: RateLimit;
  ASK_LIMIT?: RateLimit;
  TELEGRAM_LIMIT?: RateLimit;
  TELEGRAM_WEBHOOK_SECRET?: string;
  TELEGRAM_BOT_USERNAME?: string;
  INLINE_MAX_BYTES?: string;
}

/** What goes on the ingest queue: ids only, never text (128 KB limit). */
export interface IngestMessage {
  id: string;
}
