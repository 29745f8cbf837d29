export type ArticleStatus = "queued" | "processing" | "ready" | "failed";

/** One row of `articles`, as the API shows it. */
export interface ArticleRow {
  id: string;
  status: ArticleStatus;
  error: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
  /** Where `published` came from: the text, the upload's or a correction's date, or a guessed year. */
  published_source: "text" | "given" | "guessed" | null;
  /** The date given at upload or by PATCH (ISO), re-applied on every reprocess. */
  published_given: string | null;
  /** 1 when `published_given` is a correction that overrides the text's date. */
  published_given_wins: number;
  updated: string | null;
  byline: string | null;
  content_type: string;
  bytes: number;
  attempts: number;
  created_at: string;
  processed_at: string | null;
  seq: number;
}

export interface NewArticle {
  id: string;
  status: ArticleStatus;
  title: string | null;
  url: string | null;
  contentType: string;
  bytes: number;
  /** A date given with the upload (ISO): the article's date when its text has none. */
  published?: string | null;
}

/** Upload order: milliseconds with a random tail so that same-millisecond uploads still order. */
const nextSeq = () => Date.now() * 1000 + Math.floor(Math.random() * 1000);

export function insertArticleStatement(db: D1Database, a: NewArticle): D1PreparedStatement {
  return db
    .prepare(
      `INSERT OR IGNORE INTO articles (id, seq, status, title, url, content_type, bytes, created_at, published_given)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
    )
    .bind(a.id, nextSeq(), a.status, a.title, a.url, a.contentType, a.bytes, new Date().toISOString(), a.published ?? null);
}

/**
 * Inserts the article unless its id exists (the D1 primary key is the dedup,
 * safe under concurrent uploads). Returns true when this call created it.
 */
export async function insertArticleIfNew(db: D1Database, a: NewArticle): Promise<boolean> {
  const res = await insertArticleStatement(db, a).run();
  return res.meta.changes === 1;
}

/** Statuses of those of the ids that are stored (one query; at most 100 ids, D1's parameter limit). */
export async function statusesOf(db: D1Database, ids: string[]): Promise<Map<string, ArticleStatus>> {
  if (!ids.length) return new Map();
  const { results } = await db.prepare(`SELECT id, status FROM articles WHERE id IN (${ids.map((_, i) => `?${i + 1}`).join(", ")})`).bind(...ids).all<{ id: string; status: ArticleStatus }>();
  return new Map(results.map((r) => [r.id, r.status]));
}

export async function getArticleRow(db: D1Database, id: string): Promise<ArticleRow | null> {
  return db.prepare("SELECT * FROM articles WHERE id = ?1").bind(id).first<ArticleRow>();
}

export async function setStatus(db: D1Database, id: string, status: ArticleStatus, error: string | null = null) {
  await db
    .prepare("UPDATE articles SET status = ?2, error = ?3, attempts = attempts + (?2 IN ('processing', 'failed')) WHERE id = ?1")
    .bind(id, status, error)
    .run();
}

export interface ListOptions {
  limit: number;
  cursor: number | null;
  status: ArticleStatus | null;
}

/** Newest first; the cursor is the `seq` of the last row of the previous page. */
export async function listArticles(db: D1Database, o: ListOptions): Promise<{ rows: ArticleRow[]; nextCursor: number | null }> {
  // Two shapes of query so that each stays on its index (no "?1 IS NULL OR" scans).
  const before = o.cursor ?? Number.MAX_SAFE_INTEGER;
  const stmt = o.status
    ? db.prepare("SELECT * FROM articles WHERE status = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT ?3").bind(o.status, before, o.limit + 1)
    : db.prepare("SELECT * FROM articles WHERE seq < ?1 ORDER BY seq DESC LIMIT ?2").bind(before, o.limit + 1);
  const { results } = await stmt.all<ArticleRow>();
  const rows = results.slice(0, o.limit);
  return { rows, nextCursor: results.length > o.limit ? rows[rows.length - 1]!.seq : null };
}

/** Counts of articles by status (for progress while the queue drains). */
export async function countByStatus(db: D1Database): Promise<Record<ArticleStatus, number>> {
  const { results } = await db.prepare("SELECT status, COUNT(*) AS n FROM articles GROUP BY status").all<{ status: ArticleStatus; n: number }>();
  const counts = { queued: 0, processing: 0, ready: 0, failed: 0 };
  for (const r of results) counts[r.status] = r.n;
  return counts;
}

/** Records where the article's date came from; runs in the processing batch, after the facts' UPDATE. */
export function setPublishedSourceStatement(db: D1Database, id: string, source: ArticleRow["published_source"]): D1PreparedStatement {
  return db.prepare("UPDATE articles SET published_source = ?2 WHERE id = ?1").bind(id, source);
}

/** A correction of an article's metadata (PATCH); each field present is set, null clears it. */
export interface ArticlePatch {
  title?: string | null;
  url?: string | null;
  /** A corrected date (ISO) that overrides the text's; null goes back to the text's own date. */
  published?: string | null;
}

/** Applies a correction to the article row. The date itself is re-resolved by reprocessing. */
export async function patchArticle(db: D1Database, id: string, p: ArticlePatch): Promise<void> {
  const sets: string[] = [];
  const values: unknown[] = [id];
  const add = (sql: string, value: unknown) => { values.push(value); sets.push(sql.replace("?", `?${values.length}`)); };
  if (p.title !== undefined) add("title = ?", p.title);
  if (p.url !== undefined) add("url = ?", p.url);
  if (p.published !== undefined) {
    add("published_given = ?", p.published);
    add("published_given_wins = ?", p.published === null ? 0 : 1);
  }
  if (!sets.length) return;
  const update = db.prepare(`UPDATE articles SET ${sets.join(", ")} WHERE id = ?1`).bind(...values);
  // The map's edges carry the title (migration 0012): corrected in the same transaction.
  if (p.title !== undefined) await db.batch([update, db.prepare("UPDATE meeting_edges SET title = ?2 WHERE article_id = ?1").bind(id, p.title)]);
  else await update.run();
}

/**
 * Marks up to `limit` articles after the cursor (by `seq`, ascending) queued for reprocessing and returns their
 * ids and the next cursor (null when none are left). One statement per page: an index range on `seq`.
 */
export async function queueForReprocess(db: D1Database, after: number, limit: number): Promise<{ ids: string[]; nextCursor: number | null }> {
  const { results } = await db.prepare("SELECT id, seq FROM articles WHERE seq > ?1 ORDER BY seq LIMIT ?2").bind(after, limit + 1).all<{ id: string; seq: number }>();
  const page = results.slice(0, limit);
  if (page.length) await db.batch(page.map((r) => db.prepare("UPDATE articles SET status = 'queued', error = NULL WHERE id = ?1").bind(r.id)));
  return { ids: page.map((r) => r.id), nextCursor: results.length > limit ? page[page.length - 1]!.seq : null };
}
