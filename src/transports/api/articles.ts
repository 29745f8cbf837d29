import { Hono } from "hono";
import * as v from "valibot";
import type { Env } from "../../env";
import { AppError, errorBody, notFound } from "../../errors";
import { processArticle } from "../../ingest/process";
import { receiveArticle, receiveMany, type Upload } from "../../ingest/receive";
import { countByStatus, getArticleRow, listArticles, patchArticle, queueForReprocess, type ArticleRow } from "../../store/articles";
import { deleteArticleRows } from "../../store/facts";
import { deleteRaw, getRaw } from "../../store/raw";
import { readStructuredArticle } from "../../store/read-article";
import { MAX_ARTICLE_BYTES, mediaType, parseJson, readTextBody, validate } from "./read-body";
import { PublishedDate, readUpload, uploadFromJson } from "./upload-body";

/** Most articles one batch request may carry (one queue sendBatch holds 100 messages). */
export const MAX_BATCH_ARTICLES = 100;
const MAX_BATCH_BYTES = 16 * MAX_ARTICLE_BYTES;
const DEFAULT_INLINE_MAX = 64 * 1024;
const ID = /^[0-9a-f]{64}$/;

const ListQuery = v.object({
  limit: v.optional(v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(1), v.maxValue(100)), "20"),
  cursor: v.optional(v.pipe(v.string(), v.toNumber(), v.integer())),
  status: v.optional(v.picklist(["queued", "processing", "ready", "failed"])),
});

/** PATCH /api/articles/:id: corrections of title, url and date; unknown fields refused. */
const ArticlePatchJson = v.strictObject({
  title: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"), v.maxLength(500)))),
  url: v.optional(v.nullable(v.pipe(v.string(), v.url("must be a URL"), v.maxLength(2048)))),
  published: v.optional(v.nullable(PublishedDate)),
});

/** What a re-upload of a stored text says when its title or date differs from the stored one. */
function duplicateMessage(row: ArticleRow, upload: Upload): string | undefined {
  const fields = [
    upload.title && upload.title !== row.title ? "title" : null,
    upload.published && upload.published !== row.published ? "published" : null,
  ].filter(Boolean);
  if (!fields.length) return undefined;
  return `This text is already stored as article ${row.id}${row.title ? ` ("${row.title}")` : ""}; an upload does not change it. To change its ${fields.join(" or ")}, send PATCH /api/articles/${row.id} with a JSON body such as {"${fields[0]}": "…"}.`;
}

const summary = (r: ArticleRow) => ({
  id: r.id, title: r.title, published: r.published, status: r.status, error: r.error, bytes: r.bytes, created_at: r.created_at,
});

async function requireRow(env: Env, id: string): Promise<ArticleRow> {
  const row = ID.test(id) ? await getArticleRow(env.DB, id) : null;
  if (!row) throw notFound(`Article ${id.slice(0, 80)}`);
  return row;
}

/** One batch item that could not be accepted: its 1-based number and why. */
export interface ItemError {
  item: number;
  error: { code: string; message: string };
}

/**
 * NDJSON or a JSON array of `{text, url?, title?}` (or bare strings), read
 * item by item: a broken NDJSON line or an invalid item becomes that item's
 * error (numbered from 1, NDJSON errors name their line) and the rest go on.
 * Only a body that is not a batch at all (not a JSON array, empty, too many
 * items) refuses the whole request.
 */
function readBatch(body: string, type: string): Array<Upload | ItemError> {
  const ndjson = type === "application/x-ndjson" || type === "application/ndjson" || !body.trimStart().startsWith("[");
  type Item = { value?: unknown; line?: number; syntax?: string };
  let items: Item[];
  if (ndjson) {
    items = body.split("\n").flatMap((l, i): Item[] => {
      if (!l.trim()) return [];
      try {
        return [{ value: JSON.parse(l) as unknown, line: i + 1 }];
      } catch {
        return [{ line: i + 1, syntax: `line ${i + 1} is not valid JSON.` }];
      }
    });
  } else {
    const all = parseJson(body);
    if (!Array.isArray(all)) throw new AppError(400, "invalid_batch", "A JSON batch is an array of articles.");
    items = all.map((value) => ({ value }));
  }
  if (items.length === 0) throw new AppError(400, "empty_batch", "The batch holds no articles.");
  if (items.length > MAX_BATCH_ARTICLES) throw new AppError(413, "batch_too_large", `A batch holds at most ${MAX_BATCH_ARTICLES} articles.`);
  return items.map((it, i) => {
    const where = `article ${i + 1}${it.line !== undefined ? ` (line ${it.line})` : ""}`;
    if (it.syntax) return { item: i + 1, error: { code: "invalid_json", message: `article ${i + 1}: ${it.syntax}` } };
    try {
      return uploadFromJson(typeof it.value === "string" ? { text: it.value } : it.value);
    } catch (err) {
      if (err instanceof AppError) return { item: i + 1, error: { code: err.code, message: `${where}: ${err.message}` } };
      throw err;
    }
  });
}

export const articles = new Hono<{ Bindings: Env }>()
  .post("/", async (c) => {
    const upload = await readUpload(c.req.raw);
    const inlineMax = Number(c.env.INLINE_MAX_BYTES ?? DEFAULT_INLINE_MAX);
    const inline = upload.body.length <= inlineMax;
    const got = await receiveArticle(c.env, upload, inline ? "processing" : "queued");
    if (got.duplicate) {
      const row = await getArticleRow(c.env.DB, got.id);
      const message = row ? duplicateMessage(row, upload) : undefined;
      return c.json({ ...got, ...(message ? { message } : {}) }, 200);
    }
    if (!inline) {
      await c.env.INGEST_QUEUE.send({ id: got.id });
      return c.json({ ...got, status: "queued" }, 202);
    }
    try {
      await processArticle(c.env, got.id);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      console.error("processing failed", got.id, message);
      return c.json({ ...got, status: "failed", error: { code: "processing_failed", message: "Extraction failed; the raw text is kept. POST /api/articles/:id/reprocess to try again." } }, 201);
    }
    const row = await requireRow(c.env, got.id);
    return c.json({ ...got, status: row.status, title: row.title, published: row.published }, 201);
  })
  .post("/batch", async (c) => {
    const type = mediaType(c.req.raw);
    if (!["application/json", "application/x-ndjson", "application/ndjson"].includes(type)) {
      throw new AppError(415, "unsupported_media_type", "Send a batch as application/json (an array) or application/x-ndjson.");
    }
    const items = readBatch(await readTextBody(c.req.raw, MAX_BATCH_BYTES), type);
    const isError = (x: Upload | ItemError): x is ItemError => "error" in x;
    const uploads = items.filter((x): x is Upload => !isError(x));
    const received = uploads.length ? await receiveMany(c.env, uploads, "queued") : [];
    const fresh = received.filter((r) => !r.duplicate);
    if (fresh.length) await c.env.INGEST_QUEUE.sendBatch(fresh.map((r) => ({ body: { id: r.id } })));
    // Results in the order sent: each item stored (duplicate or not) or its error (which carries its number).
    let k = 0;
    const results = items.map((x) => (isError(x) ? x : received[k++]!));
    const failed = items.length - uploads.length;
    const counts = { accepted: fresh.length, duplicates: received.length - fresh.length, failed };
    if (!uploads.length) {
      const first = (items[0] as ItemError).error.message;
      return c.json({ ...errorBody("invalid_batch", `None of the ${items.length} articles could be accepted; ${first}`), articles: results, ...counts }, 400);
    }
    return c.json({ articles: results, ...counts }, failed ? 207 : 202);
  })
  .get("/", async (c) => {
    const q = v.safeParse(ListQuery, c.req.query());
    if (!q.success) throw new AppError(400, "invalid_query", q.issues[0]!.message);
    const { rows, nextCursor } = await listArticles(c.env.DB, { limit: q.output.limit, cursor: q.output.cursor ?? null, status: q.output.status ?? null });
    return c.json({ articles: rows.map(summary), next_cursor: nextCursor === null ? null : String(nextCursor) });
  })
  .get("/:id", async (c) => {
    const id = c.req.param("id");
    if (!ID.test(id)) throw notFound(`Article ${id.slice(0, 80)}`);
    return c.json(await readStructuredArticle(c.env.DB, id));
  })
  .get("/:id/raw", async (c) => {
    const row = await requireRow(c.env, c.req.param("id"));
    const raw = await getRaw(c.env.ARTICLES, row.id);
    if (!raw) throw notFound("Raw text of this article");
    return c.body(raw.body, 200, { "content-type": `${raw.contentType}; charset=utf-8` });
  })
  .post("/:id/reprocess", async (c) => {
    const row = await requireRow(c.env, c.req.param("id"));
    try {
      await processArticle(c.env, row.id);
    } catch {
      const after = await requireRow(c.env, row.id);
      return c.json({ id: row.id, status: after.status, error: { code: "processing_failed", message: after.error ?? "Extraction failed." } }, 200);
    }
    return c.json({ id: row.id, status: "ready" });
  })
  .patch("/:id", async (c) => {
    const row = await requireRow(c.env, c.req.param("id"));
    if (mediaType(c.req.raw) !== "application/json") throw new AppError(415, "unsupported_media_type", "Send the correction as application/json: {\"title\"?, \"url\"?, \"published\"?}.");
    const patch = validate(ArticlePatchJson, parseJson(await readTextBody(c.req.raw, 16 * 1024)));
    if (!Object.keys(patch).length) throw new AppError(400, "empty_patch", "Send at least one of title, url or published.");
    await patchArticle(c.env.DB, row.id, patch);
    // A new date moves every relative date ("on Tuesday") of the facts; a cleared title is read again from the text.
    const redo = (patch.published !== undefined && (patch.published !== row.published_given || row.published_given_wins !== (patch.published === null ? 0 : 1)))
      || patch.title === null;
    let reprocessed = false;
    if (redo && row.status !== "queued") {
      reprocessed = true;
      await processArticle(c.env, row.id).catch(() => undefined); // a failure is recorded on the row and shown below
    }
    const after = await requireRow(c.env, row.id);
    return c.json({ id: after.id, title: after.title, url: after.url, published: after.published, published_source: after.published_source, status: after.status, error: after.error, reprocessed });
  })
  .delete("/:id", async (c) => {
    const row = await requireRow(c.env, c.req.param("id"));
    await deleteArticleRows(c.env.DB, row.id);
    await deleteRaw(c.env.ARTICLES, row.id);
    return c.json({ id: row.id, deleted: true });
  });

/**
 * POST /api/reprocess: queues every stored article for extraction again (after a rules update), a page at a
 * time. Body (optional JSON): {cursor?: number, limit?: 1..500 (default 200)}. Answers 202
 * {queued, next_cursor}: call again with next_cursor until it is null; GET /api/stats shows the queue draining.
 */
export const reprocessAll = new Hono<{ Bindings: Env }>().post("/", async (c) => {
  const text = (await c.req.text()).trim();
  const body = text ? validate(ReprocessJson, parseJson(text)) : {};
  const { ids, nextCursor } = await queueForReprocess(c.env.DB, body.cursor ?? 0, body.limit ?? 200);
  for (let i = 0; i < ids.length; i += 100) await c.env.INGEST_QUEUE.sendBatch(ids.slice(i, i + 100).map((id) => ({ body: { id } })));
  return c.json({ queued: ids.length, next_cursor: nextCursor }, 202);
});

const ReprocessJson = v.object({
  cursor: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))),
});

/** GET /api/stats: counts by status, for progress while the queue drains. */
export const stats = new Hono<{ Bindings: Env }>().get("/", async (c) => {
  const counts = await countByStatus(c.env.DB);
  return c.json({ articles: counts, total: Object.values(counts).reduce((a, b) => a + b, 0) });
});
