/** One sentence found by the full-text search, with its article. */
export interface SentenceRow {
  article_id: string;
  idx: number;
  text: string;
  /** The names of the entities the sentence mentions, by any mention (sentence-index.ts); null for none or rows indexed before. */
  names?: string | null;
  title: string | null;
  published: string | null;
  /** FTS5 bm25 rank: lower (more negative) is better. */
  rank: number;
}

/** Candidates read per question; the answer layer re-ranks them and keeps one to three. */
export const SENTENCE_CANDIDATES = 40;

/**
 * Sentences in scope containing any of the words (FTS5, porter-stemmed, best
 * bm25 first). Words are quoted, so nothing typed is read as FTS syntax. With
 * an article, the search is bounded by that article's document numbers (a
 * rowid range the FTS index applies itself), so it costs the same however
 * large the store.
 */
export async function searchSentences(db: D1Database, words: string[], articleId: string | null, limit = SENTENCE_CANDIDATES): Promise<SentenceRow[]> {
  const terms = [...new Set(words.map((w) => w.replace(/"/g, "").trim()).filter(Boolean))].slice(0, 16);
  if (!terms.length) return [];
  const query = terms.map((w) => `"${w}"`).join(" OR ");
  const range = articleId
    ? " AND f.rowid BETWEEN (SELECT min(doc) FROM sentence_docs WHERE article_id = ?3) AND (SELECT max(doc) FROM sentence_docs WHERE article_id = ?3)"
    : "";
  const sql = `SELECT d.article_id, d.idx, d.text, d.names, ar.title, ar.published, f.rank AS rank
    FROM sentence_search f JOIN sentence_docs d ON d.doc = f.rowid JOIN articles ar ON ar.id = d.article_id
    WHERE sentence_search MATCH ?1${range} ORDER BY f.rank LIMIT ?2`;
  const stmt = db.prepare(sql);
  return (await (articleId ? stmt.bind(query, limit, articleId) : stmt.bind(query, limit)).all<SentenceRow>()).results;
}

/** The sentences of one article by index (a passage's neighbours, the title). */
export async function sentencesOf(db: D1Database, articleId: string, from: number, to: number): Promise<SentenceRow[]> {
  return (await db.prepare(`SELECT d.article_id, d.idx, d.text, d.names, NULL AS title, NULL AS published, 0 AS rank FROM sentence_docs d
    WHERE d.article_id = ?1 AND d.idx BETWEEN ?2 AND ?3 ORDER BY d.idx`).bind(articleId, from, to).all<SentenceRow>()).results;
}
