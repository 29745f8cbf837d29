/**
 * Delivery records of Telegram updates (D1 table telegram_updates, migrations
 * 0001 and 0009), keyed by update_id: the idempotency key of the webhook.
 * Telegram resends an update whenever it got no 2xx, so an update is claimed
 * on arrival and its reply stored once computed, in two steps; a claim that
 * never got its reply (the Worker died in between) is answered on redelivery.
 */

/**
 * How long a claim without a reply belongs to the attempt that made it. A
 * webhook answers in well under this; a claim older than it was left by an
 * attempt that died (Telegram redelivers only after its own timeout).
 */
export const CLAIM_LEASE_MS = 30_000;

/**
 * Where an update stands for this delivery: "mine" (this attempt answers it:
 * first delivery, or the earlier attempt died before storing its reply),
 * "in_progress" (another attempt holds a fresh claim) or "answered".
 */
export type DeliveryState = { kind: "mine" } | { kind: "in_progress" } | { kind: "answered" };

/** Claims an update id for this attempt, or tells what an earlier delivery of it left. */
export async function claimUpdate(db: D1Database, updateId: number, now = new Date()): Promise<DeliveryState> {
  const at = now.toISOString();
  const r = await db.prepare("INSERT OR IGNORE INTO telegram_updates (update_id, seen_at) VALUES (?1, ?2)").bind(updateId, at).run();
  if (r.meta.changes === 1) return { kind: "mine" };
  const row = await db.prepare("SELECT seen_at, answered_at FROM telegram_updates WHERE update_id = ?1").bind(updateId)
    .first<{ seen_at: string; answered_at: string | null }>();
  if (!row) return { kind: "in_progress" };
  if (row.answered_at) return { kind: "answered" };
  if (now.getTime() - Date.parse(row.seen_at) < CLAIM_LEASE_MS) return { kind: "in_progress" };
  // A stale claim: take it over, compare-and-set so that only one redelivery does.
  const took = await db.prepare("UPDATE telegram_updates SET seen_at = ?2 WHERE update_id = ?1 AND answered_at IS NULL AND seen_at = ?3")
    .bind(updateId, at, row.seen_at).run();
  return took.meta.changes === 1 ? { kind: "mine" } : { kind: "in_progress" };
}

/**
 * Stores the reply given to an update (null: the update needed none), which
 * closes its claim. The reply is kept (JSON) as the record of what was sent.
 */
export async function storeReply(db: D1Database, updateId: number, reply: unknown, now = new Date()): Promise<void> {
  await db.prepare("UPDATE telegram_updates SET reply = ?2, answered_at = ?3 WHERE update_id = ?1")
    .bind(updateId, reply === null ? "" : JSON.stringify(reply), now.toISOString()).run();
}
