import { decodeHTML } from "entities";

// Elements whose content is never article text.
const DROP_ELEMENTS = /<(script|style|noscript|template|svg|iframe|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
// Tags that end a line of text when they open or close.
const BLOCK_TAG = /<\/?(?:p|div|h[1-6]|li|ul|ol|br|hr|tr|table|section|article|header|footer|figure|figcaption|blockquote|aside|nav|main|pre|dt|dd)\b[^>]*>/gi;
const ANY_TAG = /<[^>]*>/g;
const COMMENT = /<!--[\s\S]*?-->/g;

/** Does this text look like HTML rather than plain text that mentions a "<"? */
export function looksLikeHtml(text: string): boolean {
  return /<(?:p|div|h[1-6]|br|span|a|figure|article|html|body|em|strong)\b[^>]*>/i.test(text);
}

/**
 * Reduces an HTML page or fragment to plain text: one line per block element,
 * scripts and styles dropped, entities decoded, spaces collapsed.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(COMMENT, " ")
    .replace(DROP_ELEMENTS, " ")
    .replace(BLOCK_TAG, "\n")
    .replace(ANY_TAG, "");
  return decodeHTML(text)
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/[ \t\f\v]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
