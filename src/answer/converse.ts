import { answerKey, getCachedAnswer, putCachedAnswer, storeVersion } from "../store/answer-cache";
import { loadSubject, saveSubject } from "../store/conversations";
import { ask, type Answer } from "./ask";
import { parseInContext } from "./follow-up";
import type { Intent } from "./intent";

/** Intents whose answers run full-text searches or list many rows. */
const CACHED_INTENTS = new Set<Intent["type"]>(["who_said", "said_about", "all_meetings", "led_by", "mentions", "search"]);

export interface ConverseOptions {
  db: D1Database;
  /** Where answers are cached; without it every question is answered afresh. */
  cache?: KVNamespace;
  /** Stable id of the chat ("tg:123", "web:…"); without it every question stands alone. */
  conversationId?: string | null;
  articleId?: string | null;
  /** Runs work after the response (ctx.waitUntil); the cache write need not delay the answer. */
  defer?: (work: Promise<unknown>) => void;
}

/**
 * The one entry point every transport calls: loads the chat's last subject,
 * answers (from the cache when the question stands alone and the store has not
 * changed), and keeps the new subject for the next follow-up.
 */
export async function converse(question: string, o: ConverseOptions): Promise<Answer> {
  const articleId = o.articleId ?? null;
  const subject = o.conversationId ? await loadSubject(o.db, o.conversationId) : null;
  // Only answers that cost more than the cache look-up itself (full-text searches, long lists) are cached,
  // and never with a subject: the same words may then mean something else ("What did he say?").
  const intent = parseInContext(question, subject);
  const worthIt = !subject && CACHED_INTENTS.has(intent.type);
  const key = o.cache && worthIt ? await answerKey(question, articleId, await storeVersion(o.db)) : null;
  let answer = key ? await getCachedAnswer(o.cache!, key) : null;
  if (!answer) {
    answer = await ask(question, { db: o.db, articleId, subject, intent });
    if (key) {
      const put = putCachedAnswer(o.cache!, key, answer).catch(() => undefined); // a cache write failing costs nothing
      if (o.defer) o.defer(put); else await put;
    }
  }
  if (o.conversationId && answer.subject) await saveSubject(o.db, o.conversationId, answer.subject);
  return answer;
}
