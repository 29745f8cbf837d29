/**
 * The record's read API: GET /api/entities?q= (name search), GET
 * /api/entities/:key (a person or organisation page's data), GET /api/graph
 * (the who-met-whom map) and GET /api/articles/:id/view (an article's text
 * cut into blocks, with its facts in place). Query strings are validated with
 * valibot; bad ones are 400 JSON errors.
 */
import { Hono } from "hono";
import * as v from "valibot";
import type { Env } from "../../env";
import { AppError, notFound } from "../../errors";
import { articleText } from "../../ingest/article-text";
import type { MeetingStatus } from "../../lexicon/meeting-status";
import { articleLayout } from "../../parse/layout";
import { parseArticle } from "../../parse/parse-article";
import { articleFacts } from "../../store/article-facts";
import { getArticleRow } from "../../store/articles";
import { entityPageAt, PAGE_DEFAULT_LIMIT, searchEntities } from "../../store/entities";
import { DEFAULT_GRAPH_LIMIT, meetingGraphAt, type GraphQuery as GraphRead } from "../../store/graph";
import { readThrough } from "../../store/read-cache";
import { getRaw } from "../../store/raw";

const STATUSES: readonly MeetingStatus[] = ["held", "planned", "cancelled", "postponed", "refused", "denied", "not_held", "hypothetical"];
const ID = /^[0-9a-f]{64}$/;
/** An entity key: "person:" or "org:", the normalised name (spaces as "_"), and "~n" for the n-th namesake. */
const KEY = /^(?:person|org):[^\s/]{1,200}$/u;

const query = <S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> => {
  const r = v.safeParse(schema, input);
  if (!r.success) {
    const issue = r.issues[0]!;
    const where = issue.path?.map((p) => String(p.key)).join(".");
    throw new AppError(400, "invalid_query", where ? `${where}: ${issue.message}` : issue.message);
  }
  return r.output;
};

const count = (min: number, max: number) => v.pipe(v.string(), v.regex(/^\d{1,6}$/, "must be a whole number"), v.toNumber(), v.integer(), v.minValue(min, `must be at least ${min}`), v.maxValue(max, `must be at most ${max}`));
const DatePrefix = v.pipe(v.string(), v.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, "must be a date: yyyy, yyyy-mm or yyyy-mm-dd"));

const SearchQuery = v.object({
  q: v.pipe(v.string("is required"), v.trim(), v.minLength(1, "must not be empty"), v.maxLength(200, "must be at most 200 characters")),
  limit: v.optional(count(1, 50)),
});

const PageQuery = v.object({ limit: v.optional(count(1, 500)) });

const GraphQuery = v.pipe(
  v.object({
    around: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"), v.maxLength(200, "must be at most 200 characters"))),
    from: v.optional(DatePrefix),
    to: v.optional(DatePrefix),
    place: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"), v.maxLength(100, "must be at most 100 characters"))),
    depth: v.optional(v.picklist(["1", "2"], "must be 1 or 2")),
    status: v.optional(v.pipe(v.string(), v.check((s) => s === "all" || s.split(",").every((x) => (STATUSES as readonly string[]).includes(x)), `must be "all" or a comma-separated list of ${STATUSES.join(", ")}`))),
    articles: v.optional(v.pipe(v.string(), v.check((s) => { const ids = s.split(","); return ids.length <= 50 && ids.every((x) => ID.test(x)); }, "must be up to 50 comma-separated article ids"))),
    limit: v.optional(count(1, 5000)),
  }),
  v.check((q) => !q.from || !q.to || q.from.slice(0, q.to.length) <= q.to, "from must not be after to"),
);

/** GET /api/entities?q=…  and  GET /api/entities/:key */
export const entities = new Hono<{ Bindings: Env }>()
  .get("/", async (c) => {
    const q = query(SearchQuery, c.req.query());
    return c.json({ query: q.q, entities: await searchEntities(c.env.DB, q.q, q.limit ?? 20) });
  })
  .get("/:key", async (c) => {
    const key = c.req.param("key");
    if (!KEY.test(key)) throw new AppError(400, "invalid_key", 'An entity key looks like "person:rui_almeida" or "org:harbour_workers_union" (GET /api/entities?q= finds them).');
    const limit = query(PageQuery, c.req.query()).limit ?? PAGE_DEFAULT_LIMIT;
    // Read again while the store is unchanged, the page is the one sent before (one small round trip).
    const json = await readThrough(c.env.DB, `page\u0000${key}\u0000${limit}`, async () => {
      const { page, version } = await entityPageAt(c.env.DB, key, limit);
      return { json: page ? JSON.stringify(page) : null, version };
    });
    if (json === null) throw notFound(`Entity ${key.slice(0, 120)}`);
    return c.body(json, 200, { "content-type": "application/json" });
  });

/** GET /api/graph?around=&from=&to=&place=&depth=1|2&status=&articles=&limit= */
export const graph = new Hono<{ Bindings: Env }>().get("/", async (c) => {
  const q = query(GraphQuery, c.req.query());
  const read: GraphRead = {
    around: q.around, from: q.from, to: q.to, place: q.place,
    depth: q.depth === "2" ? 2 : 1,
    statuses: !q.status ? ["held"] : q.status === "all" ? "all" : q.status.split(","),
    articles: q.articles?.split(","),
    limit: q.limit ?? DEFAULT_GRAPH_LIMIT,
  };
  // The same map asked again while the store is unchanged is the one sent before (one small round trip).
  const json = await readThrough(c.env.DB, `graph\u0000${JSON.stringify(read)}`, async () => {
    const { graph, version } = await meetingGraphAt(c.env.DB, read);
    return { json: graph ? JSON.stringify(graph) : null, version };
  });
  if (json === null) throw notFound(`An entity named ${JSON.stringify(q.around?.slice(0, 120))}`);
  return c.body(json, 200, { "content-type": "application/json" });
});

/**
 * GET /api/articles/:id/view: the article's text (as uploaded, after
 * normalisation) cut into blocks (body, headings, captions, title, dateline,
 * clutter) and its facts with evidence offsets into that text and the record
 * keys of their people. Offsets that no longer fit the text (facts from an
 * older parser) are found again by the evidence, or left null.
 */
export const articleView = new Hono<{ Bindings: Env }>().get("/:id/view", async (c) => {
  const id = c.req.param("id");
  const row = ID.test(id) ? await getArticleRow(c.env.DB, id) : null;
  if (!row) throw notFound(`Article ${id.slice(0, 80)}`);
  const raw = await getRaw(c.env.ARTICLES, id);
  if (!raw) throw notFound("Raw text of this article");
  const parsed = parseArticle(articleText(raw.body, raw.contentType), {
    referenceDate: row.created_at.slice(0, 10),
    published: row.published_given ?? null,
    publishedOverrides: row.published_given_wins === 1,
  });
  const facts = (await articleFacts(c.env.DB, id)).map((f) => {
    const squash = (t: string) => t.replace(/\s+/g, " ").trim();
    if (f.start !== null && f.end !== null && [parsed.source, parsed.text].some((t) => squash(t.slice(f.start!, f.end!)) === squash(f.evidence))) return f;
    const at = parsed.source.indexOf(f.evidence);
    return { ...f, start: at >= 0 ? at : null, end: at >= 0 ? at + f.evidence.length : null };
  });
  return c.json({ id, title: row.title ?? parsed.title, published: row.published, status: row.status, text: parsed.source, blocks: articleLayout(parsed), facts });
});
