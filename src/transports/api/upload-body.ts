import * as v from "valibot";
import { AppError } from "../../errors";
import type { Upload } from "../../ingest/receive";
import { parseDate } from "../../parse/dates";
import { charsetOf, decodeText, MAX_ARTICLE_BYTES, mediaType, parseJson, readTextBody, tooLarge, validate } from "./read-body";

const nonBlank = v.pipe(v.string(), v.check((s) => s.trim().length > 0, "must not be empty"));

/** A date as people write it ("2024-03-07", "March 7, 2024"), read to ISO; 400 when it is none. */
export const PublishedDate = v.pipe(
  v.string(),
  v.maxLength(64),
  v.transform((s) => parseDate(s.trim())),
  v.check((iso): iso is string => iso !== null, "must be a date such as 2024-03-07"),
  v.transform((iso) => iso as string),
);

/** `{"text", "url"?, "title"?, "published"?}`: the JSON form of one article. */
export const ArticleJson = v.object({
  text: nonBlank,
  url: v.optional(v.nullable(v.pipe(v.string(), v.url("must be a URL"), v.maxLength(2048)))),
  title: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(500)))),
  published: v.optional(v.nullable(PublishedDate)),
});

const TEXT_TYPES = new Set(["", "text/plain", "text/markdown", "text/html"]);

function checkText(text: string, contentType: string): Upload {
  if (!text.trim()) throw new AppError(400, "empty_article", "The article text is empty.");
  if (new TextEncoder().encode(text).byteLength > MAX_ARTICLE_BYTES) throw tooLarge(MAX_ARTICLE_BYTES);
  return { body: text, contentType };
}

/** One JSON article object to an Upload (400 when it is not one). */
export function uploadFromJson(value: unknown): Upload {
  const a = validate(ArticleJson, value);
  return { ...checkText(a.text, "text/plain"), url: a.url ?? null, title: a.title ?? null, published: a.published ?? null };
}

/**
 * Reads one article from a request: text/plain, text/html, application/json
 * `{text, url?, title?}` or multipart/form-data with a `file` (or `text`) field.
 */
export async function readUpload(req: Request): Promise<Upload> {
  const type = mediaType(req);
  if (type === "multipart/form-data") return readMultipart(req);
  if (type !== "application/json" && !TEXT_TYPES.has(type)) {
    throw new AppError(415, "unsupported_media_type", `Content-Type ${type} is not supported; send text/plain, text/html, application/json or multipart/form-data.`);
  }
  // JSON escapes can make the body longer than its text: allow some room, the text is checked after.
  const body = await readTextBody(req, type === "application/json" ? MAX_ARTICLE_BYTES * 2 : MAX_ARTICLE_BYTES);
  if (type === "application/json") return uploadFromJson(parseJson(body));
  return checkText(body, type || "text/plain");
}

async function readMultipart(req: Request): Promise<Upload> {
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (declared > MAX_ARTICLE_BYTES + 64 * 1024) throw tooLarge(MAX_ARTICLE_BYTES);
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw new AppError(400, "invalid_form", "The multipart body could not be read.");
  }
  const field = (form.get("file") ?? form.get("text")) as File | string | null;
  if (field === null) throw new AppError(400, "missing_file", "Send the article in a form field named file (or text).");
  // Optional title and published fields beside the file, read as in the JSON form.
  const meta = validate(v.object({ title: ArticleJson.entries.title, published: ArticleJson.entries.published }), {
    title: typeof form.get("title") === "string" && (form.get("title") as string).trim() ? (form.get("title") as string).trim() : undefined,
    published: typeof form.get("published") === "string" && (form.get("published") as string).trim() ? form.get("published") : undefined,
  });
  const extra = { title: meta.title ?? null, published: meta.published ?? null };
  if (typeof field === "string") return { ...checkText(field, "text/plain"), ...extra };
  if (field.size > MAX_ARTICLE_BYTES) throw tooLarge(MAX_ARTICLE_BYTES);
  // A file part may name its charset (`type: "text/plain; charset=windows-1252"`); none means UTF-8.
  const text = decodeText(await field.arrayBuffer(), charsetOf(field.type), "The file");
  const isHtml = /html?$/i.test(field.name) || field.type.includes("html");
  return { ...checkText(text, isHtml ? "text/html" : "text/plain"), ...extra };
}
