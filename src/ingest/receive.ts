import type { Env } from "../env";
import { insertArticleIfNew, insertArticleStatement, getArticleRow, statusesOf, type ArticleStatus } from "../store/articles";
import { putRaw } from "../store/raw";
import { sha256Hex } from "../util/crypto";
import { articleText } from "./article-text";

export interface Upload {
  body: string;
  contentType: string;
  url?: string | null;
  title?: string | null;
  /** A date given with the upload (ISO yyyy-mm-dd): the article's date when its text has none. */
  published?: string | null;
}

export interface Received {
  id: string;
  status: ArticleStatus;
  duplicate: boolean;
}

/**
 * Keeps an upload: raw text to KV first (nothing uploaded is lost), then the
 * article row, deduplicated by the D1 primary key on the text's SHA-256.
 */
export async function receiveArticle(env: Env, upload: Upload, initial: ArticleStatus): Promise<Received> {
  const text = articleText(upload.body, upload.contentType);
  const id = await sha256Hex(text);
  const existing = await getArticleRow(env.DB, id);
  if (existing) return { id, status: existing.status, duplicate: true };
  await putRaw(env.ARTICLES, id, { body: upload.body, contentType: upload.contentType });
  const created = await insertArticleIfNew(env.DB, {
    id, status: initial, title: upload.title ?? null, url: upload.url ?? null, published: upload.published ?? null,
    contentType: upload.contentType, bytes: new TextEncoder().encode(upload.body).length,
  });
  if (!created) {
    const row = await getArticleRow(env.DB, id);
    return { id, status: row?.status ?? initial, duplicate: true };
  }
  return { id, status: initial, duplicate: false };
}

/**
 * Keeps many uploads with a fixed number of round trips instead of three per
 * article: one look-up of the ids already stored, the raw texts to KV side by
 * side, then one D1 batch of inserts. Same guarantees as receiveArticle.
 */
export async function receiveMany(env: Env, uploads: Upload[], initial: ArticleStatus): Promise<Received[]> {
  const texts = uploads.map((u) => articleText(u.body, u.contentType));
  const ids = await Promise.all(texts.map((t) => sha256Hex(t)));
  const stored = await statusesOf(env.DB, [...new Set(ids)]);
  const firstAt = new Map<string, number>();
  ids.forEach((id, i) => { if (!firstAt.has(id)) firstAt.set(id, i); });
  const fresh = uploads.map((_, i) => i).filter((i) => !stored.has(ids[i]!) && firstAt.get(ids[i]!) === i);
  await Promise.all(fresh.map((i) => putRaw(env.ARTICLES, ids[i]!, { body: uploads[i]!.body, contentType: uploads[i]!.contentType })));
  const inserted = fresh.length
    ? await env.DB.batch(fresh.map((i) => insertArticleStatement(env.DB, {
        id: ids[i]!, status: initial, title: uploads[i]!.title ?? null, url: uploads[i]!.url ?? null, published: uploads[i]!.published ?? null,
        contentType: uploads[i]!.contentType, bytes: new TextEncoder().encode(uploads[i]!.body).length,
      })))
    : [];
  const created = new Set(fresh.filter((_, k) => inserted[k]?.meta.changes === 1).map((i) => ids[i]!));
  return ids.map((id, i) => created.has(id) && firstAt.get(id) === i
    ? { id, status: initial, duplicate: false }
    : { id, status: stored.get(id) ?? initial, duplicate: true });
}
