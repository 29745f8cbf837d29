import type { Subject } from "./answer-types";

/** How long a chat's last subject stays usable for follow-ups. */
export const CONTEXT_TTL_MS = 30 * 60 * 1000;

/** The last subject of a conversation, or null when none or expired. */
export async function loadSubject(db: D1Database, id: string, now = Date.now()): Promise<Subject | null> {
  const row = await db.prepare("SELECT subject, updated_at FROM conversations WHERE id = ?1").bind(id).first<{ subject: string; updated_at: number }>();
  if (!row || now - row.updated_at > CONTEXT_TTL_MS) return null;
  try {
    return JSON.parse(row.subject) as Subject;
  } catch {
    return null;
  }
}

export async function saveSubject(db: D1Database, id: string, subject: Subject, now = Date.now()): Promise<void> {
  await db
    .prepare("INSERT INTO conversations (id, subject, updated_at) VALUES (?1, ?2, ?3) ON CONFLICT(id) DO UPDATE SET subject = excluded.subject, updated_at = excluded.updated_at")
    .bind(id, JSON.stringify(subject), now)
    .run();
}
