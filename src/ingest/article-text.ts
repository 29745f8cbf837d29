import { normaliseText } from "../util/normalise";
import { htmlToText, looksLikeHtml } from "../parse/html";

/**
 * The text an upload stands for: HTML reduced to text, then normalised. Its
 * SHA-256 is the article's identity, and the parser's offsets point into it.
 */
export function articleText(body: string, contentType: string): string {
  const html = contentType.includes("html") || looksLikeHtml(body);
  return normaliseText(html ? htmlToText(body) : body);
}
