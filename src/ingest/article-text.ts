import { normaliseText } from "../util/normalise";
import { htmlToText, isWholePage, looksLikeHtml, readHtmlArticle } from "../parse/html";

/**
 * The text an upload stands for: HTML reduced to its article (headline, date
 * line, main content), then normalised. Its
 * SHA-256 is the article's identity, and the parser's offsets point into it.
 */
export function articleText(body: string, contentType: string): string {
  const html = contentType.includes("html") || looksLikeHtml(body);
  if (!html) return normaliseText(body);
  if (!isWholePage(body)) return normaliseText(htmlToText(body)); // a fragment or residue: tags and entities cleaned
  // A saved page: its headline and date lead the text as lines the parser reads like a paste's.
  const page = readHtmlArticle(body);
  const head = [page.title, page.byline ? (/^by\b/i.test(page.byline) ? page.byline : `By ${page.byline}`) : null, page.published ? `Published: ${page.published}` : null].filter(Boolean).join("\n\n");
  return normaliseText(head ? `${head}\n\n${page.text}` : page.text);
}
