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
  // Messages are independent and each is acked alone, so they run side by side:
  // one article's KV read and D1 batch overlap with another's extraction.
  await Promise.all(batch.messages.map(async (msg) => {
    const id = typeof msg.body?.id === "string" ? msg.body.id : null;
    if (!id) return msg.ack(); // malformed message: nothing to retry
    if (deadLetters) {
      await setStatus(env.DB, id, "failed", `gave up after ${msg.attempts} attempts; reprocess to try again`).catch(() => undefined);
      return msg.ack();
    }
    try {
      await processArticle(env, id);
      msg.ack();
    } catch (err) {
      if (err instanceof PermanentFailure) msg.ack();
      else msg.retry({ delaySeconds: Math.min(60, 2 ** msg.attempts) });
    }
  }));
}
