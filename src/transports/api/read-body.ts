import * as v from "valibot";
import { AppError } from "../../errors";

/** Largest single article accepted (API.md: over 1 MiB is 413). */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** What the 400 for invalid UTF-8 tells the sender to do. */
export const CONVERT_HINT =
  "Convert it to UTF-8 first (e.g. iconv -f WINDOWS-1252 -t UTF-8 file.txt > file-utf8.txt), or name its encoding in the Content-Type header (text/plain; charset=windows-1252).";

/** Strict UTF-8 decoding: 400 on invalid bytes, with how to convert. */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array, what = "The body"): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new AppError(400, "invalid_utf8", `${what} is not valid UTF-8 text. ${CONVERT_HINT}`);
  }
}

/** The `charset` parameter of a Content-Type value, lower case, or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "");
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Decodes bytes in a named charset with the platform's TextDecoder (the WHATWG
 * Encoding Standard: iso-8859-1 and windows-1252 are one decoder, as browsers
 * treat them). No charset means strict UTF-8. A charset the standard does not
 * know is 415; bytes invalid in the named charset are 400. Never substitutes U+FFFD.
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array, charset: string | null, what = "The body"): string {
  if (!charset || charset === "utf-8" || charset === "utf8") return decodeUtf8(bytes, what);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true, ignoreBOM: false });
  } catch {
    throw new AppError(415, "unsupported_charset", `The charset ${charset.slice(0, 40)} is not one this server can decode; send UTF-8 or a charset of the WHATWG Encoding Standard (e.g. windows-1252, iso-8859-2).`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new AppError(400, "invalid_encoding", `${what} is not valid ${decoder.encoding} text. ${CONVERT_HINT}`);
  }
}

/**
 * Reads a request body as bytes, refusing it with 413 past `limit` (from the
 * Content-Length header when given, else while reading), and decodes it by
 * the Content-Type's charset (strict UTF-8 without one; see decodeText).
 */
export async function readTextBody(req: Request, limit: number): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (declared > limit) throw tooLarge(limit);
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.byteLength > limit) throw tooLarge(limit);
  return decodeText(bytes, charsetOf(req.headers.get("content-type")));
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
