import type { Env } from "../env";
import { insertArticleIfNew, getArticleRow, type ArticleStatus } from "../store/articles";
import { putRaw } from "../store/raw";
import { sha256Hex } from "../util/crypto";
import { articleText } from "./article-text";

export interface Upload {
  body: string;
  contentType: string;
  url?: string | null;
  title?: string | null;
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
    id, status: initial, title: upload.title ?? null, url: upload.url ?? null,
    contentType: upload.contentType, bytes: new TextEncoder().encode(upload.body).length,
  });
  if (!created) {
    const row = await getArticleRow(env.DB, id);
    return { id, status: row?.status ?? initial, duplicate: true };
  }
  return { id, status: initial, duplicate: false };
}
