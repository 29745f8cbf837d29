import { app } from "./app";
import type { Env, IngestMessage } from "./env";
import { consumeIngestBatch } from "./ingest/consume";

/** The Worker: HTTP (API, web page, Telegram webhook) and the ingest queue consumer. */
export default {
  fetch: app.fetch,
  queue: consumeIngestBatch,
} satisfies ExportedHandler<Env, IngestMessage>;
