import { Hono } from "hono";
import * as v from "valibot";
import { ask as answer } from "../answer/ask";
import type { Env } from "../env";
import { mediaType, parseJson, readUtf8Body, validate } from "./read-body";
import { AppError } from "../errors";

const AskBody = v.object({
  question: v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"), v.maxLength(1000)),
  article_id: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, "must be an article id")))),
});

/** POST /api/ask: `{question, article_id?}` → `{answer, sources}`. */
export const ask = new Hono<{ Bindings: Env }>().post("/", async (c) => {
  if (mediaType(c.req.raw) !== "application/json") throw new AppError(415, "unsupported_media_type", "Send the question as application/json.");
  const body = validate(AskBody, parseJson(await readUtf8Body(c.req.raw, 16 * 1024)));
  return c.json(await answer(body.question, { db: c.env.DB, articleId: body.article_id ?? null }));
});
