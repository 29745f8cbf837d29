import { Hono } from "hono";
import * as v from "valibot";
import { converse } from "../../answer/converse";
import type { Env } from "../../env";
import { AppError } from "../../errors";
import { mediaType, parseJson, readTextBody, validate } from "./read-body";

const AskBody = v.object({
  question: v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"), v.maxLength(1000)),
  article_id: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, "must be an article id")))),
  /** Any client-chosen id; questions with the same id share follow-up context. */
  conversation_id: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, "must be 1-64 letters, digits, _ or -")))),
});

/** POST /api/ask: `{question, article_id?, conversation_id?}` → `{answer, sources, intent}`. */
export const ask = new Hono<{ Bindings: Env }>().post("/", async (c) => {
  if (mediaType(c.req.raw) !== "application/json") throw new AppError(415, "unsupported_media_type", "Send the question as application/json.");
  const body = validate(AskBody, parseJson(await readTextBody(c.req.raw, 16 * 1024)));
  const { subject: _kept, ...answer } = await converse(body.question, {
    db: c.env.DB,
    cache: c.env.CACHE,
    defer: (p) => c.executionCtx.waitUntil(p),
    articleId: body.article_id ?? null,
    conversationId: body.conversation_id ? `api:${body.conversation_id}` : null,
  });
  return c.json(answer);
});
