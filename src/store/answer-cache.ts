import type { Answer } from "./answer-types";
import { sha256Hex } from "../util/crypto";
import { normaliseKey } from "../util/normalise";

/** How long a cached answer lives in KV (it is unreachable sooner if facts change). */
const TTL_SECONDS = 24 * 60 * 60;

/** The store version: changes with every processed, reprocessed or deleted article. */
export async function storeVersion(db: D1Database): Promise<number> {
  return (await db.prepare("SELECT value FROM meta WHERE key = 'store_version'").first<number>("value")) ?? 0;
}

/** KV key of an answer: the normalised question, its scope and the store version. */
export async function answerKey(question: string, articleId: string | null, version: number): Promise<string> {
  return `answer:v${version}:${articleId ?? "all"}:${await sha256Hex(normaliseKey(question))}`;
}

export async function getCachedAnswer(kv: KVNamespace, key: string): Promise<Answer | null> {
  return kv.get<Answer>(key, "json");
}

export async function putCachedAnswer(kv: KVNamespace, key: string, answer: Answer): Promise<void> {
  await kv.put(key, JSON.stringify(answer), { expirationTtl: TTL_SECONDS });
}
