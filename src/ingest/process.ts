import type { Env } from "../env";
import { extractFacts } from "../extract/extract-facts";
import { getArticleRow, setPublishedSourceStatement, setStatus } from "../store/articles";
import { replaceFactsStatements } from "../store/facts";
import { getRaw } from "../store/raw";
import { articleText } from "./article-text";
import { parseArticle } from "../parse/parse-article";

/** Raised when processing cannot succeed however often it is retried. */
export class PermanentFailure extends Error {}

/**
 * Parses and extracts one stored article and writes its facts in one D1 batch.
 * On error the article is marked failed with the reason (its raw text stays in
 * KV) and the error is rethrown for the caller to report or retry.
 */
export async function processArticle(env: Env, id: string): Promise<void> {
  const row = await getArticleRow(env.DB, id);
  if (!row) throw new PermanentFailure(`article ${id} does not exist`);
  // No separate "processing" write: the one batch below marks the article ready (and counts the attempt).
  try {
    const raw = await getRaw(env.ARTICLES, id);
    if (!raw) throw new PermanentFailure("raw text is missing from KV");
    const text = articleText(raw.body, raw.contentType);
    // The upload date anchors a dateline without a year; a date given at upload (or by a correction) fills in or overrides.
    const parsed = parseArticle(text, {
      referenceDate: row.created_at.slice(0, 10),
      published: row.published_given ?? null,
      publishedOverrides: row.published_given_wins === 1,
    });
    const facts = extractFacts(parsed);
    await env.DB.batch([
      ...replaceFactsStatements(env.DB, id, parsed, facts, { fresh: row.processed_at === null }),
      setPublishedSourceStatement(env.DB, id, parsed.publishedSource),
    ]);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    await setStatus(env.DB, id, "failed", reason.slice(0, 500)).catch(() => undefined);
    throw err;
  }
}
