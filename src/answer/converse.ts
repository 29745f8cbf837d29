import { loadSubject, saveSubject } from "../store/conversations";
import { ask, type Answer } from "./ask";

export interface ConverseOptions {
  db: D1Database;
  /** Stable id of the chat ("tg:123", "web:…"); without it every question stands alone. */
  conversationId?: string | null;
  articleId?: string | null;
}

/**
 * The one entry point every transport calls: loads the chat's last subject,
 * answers, and keeps the new subject for the next follow-up.
 */
export async function converse(question: string, o: ConverseOptions): Promise<Answer> {
  const subject = o.conversationId ? await loadSubject(o.db, o.conversationId) : null;
  const answer = await ask(question, { db: o.db, articleId: o.articleId ?? null, subject });
  if (o.conversationId && answer.subject) await saveSubject(o.db, o.conversationId, answer.subject);
  return answer;
}
