import * as v from "valibot";
import { AppError } from "../../errors";

/** Largest single article accepted (API.md: over 1 MiB is 413). */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Strict UTF-8 decoding: 400 on invalid bytes. */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array, what = "The body"): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new AppError(400, "invalid_utf8", `${what} is not valid UTF-8 text.`);
  }
}

/**
 * Reads a request body as bytes, refusing it with 413 past `limit` (from the
 * Content-Length header when given, else while reading), and decodes it as
 * strict UTF-8 (400 on invalid bytes).
 */
export async function readUtf8Body(req: Request, limit: number): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (declared > limit) throw tooLarge(limit);
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.byteLength > limit) throw tooLarge(limit);
  return decodeUtf8(bytes);
}

export const tooLarge = (limit: number) =>
  new AppError(413, "too_large", `The article is larger than ${Math.round(limit / 1024)} KiB.`);

/** Parses JSON text, 400 when it is broken. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(400, "invalid_json", "The body is not valid JSON.");
  }
}

/** Validates with valibot, turning the first issue into a 400 that names its field. */
export function validate<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const issue = result.issues[0]!;
  const path = issue.path?.map((p) => String(p.key)).join(".");
  throw new AppError(400, "invalid_body", path ? `${path}: ${issue.message}` : issue.message);
}

/** The media type of a request without parameters, lower case ("" when absent). */
export function mediaType(req: Request): string {
  return (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}
