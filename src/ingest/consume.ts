import type { Env, IngestMessage } from "../env";
import { setStatus } from "../store/articles";
import { PermanentFailure, processArticle } from "./process";

const DLQ_SUFFIX = "-dlq";

/**
 * Queue consumer. Each message is handled alone: ack on success, retry on a
 * failure that may pass next time, ack a permanent failure (already marked
 * failed). Messages arriving on the dead-letter queue mark their article failed.
 */
export async function consumeIngestBatch(batch: MessageBatch<IngestMessage>, env: Env, _ctx?: ExecutionContext): Promise<void> {
  const deadLetters = batch.queue.endsWith(DLQ_SUFFIX);
  for (const msg of batch.messages) {
    const id = typeof msg.body?.id === "string" ? msg.body.id : null;
    if (!id) { msg.ack(); continue; } // malformed message: nothing to retry
    if (deadLetters) {
      await setStatus(env.DB, id, "failed", `gave up after ${msg.attempts} attempts; reprocess to try again`).catch(() => undefined);
      msg.ack();
      continue;
    }
    try {
      await processArticle(env, id);
      msg.ack();
    } catch (err) {
      if (err instanceof PermanentFailure) msg.ack();
      else msg.retry({ delaySeconds: Math.min(60, 2 ** msg.attempts) });
    }
  }
}
