import { answerKey, getCachedAnswer, putCachedAnswer, storeVersion } from "../store/answer-cache";
import { loadSubject, saveSubject } from "../store/conversations";
import { ask, type Answer } from "./ask";

export interface ConverseOptions {
  db: D1Database;
  /** Where answers are cached; without it every question is answered afresh. */
  cache?: KVNamespace;
  /** Stable id of the chat ("tg:123", "web:…"); without it every question stands alone. */
  conversationId?: string | null;
  articleId?: string | null;
}

/**
 * The one entry point every transport calls: loads the chat's last subject,
 * answers (from the cache when the question stands alone and the store has not
 * changed), and keeps the new subject for the next follow-up.
 */
export async function converse(question: string, o: ConverseOptions): Promise<Answer> {
  const articleId = o.articleId ?? null;
  const subject = o.conversationId ? await loadSubject(o.db, o.conversationId) : null;
  // With a subject the same words may mean something else ("What did he say?"): no cache.
  const key = o.cache && !subject ? await answerKey(question, articleId, await storeVersion(o.db)) : null;
  let answer = key ? await getCachedAnswer(o.cache!, key) : null;
  if (!answer) {
    answer = await ask(question, { db: o.db, articleId, subject });
    if (key) await putCachedAnswer(o.cache!, key, answer);
  }
  if (o.conversationId && answer.subject) await saveSubject(o.db, o.conversationId, answer.subject);
  return answer;
}
