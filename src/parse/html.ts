import { decodeHTML } from "entities";

// Comments and elements whose content is never article text (dropped by a linear scan, see dropSections).
const DROP_OPEN = /<!--|<(script|style|noscript|template|svg|iframe|head)\b/gi;
// Tags that end a line of text when they open or close. [^<>] rather than [^>]: a stray "<" never
// makes a pattern run to the end of the input and back (no quadratic time on "<<<<…").
const BLOCK_TAG = /<\/?(?:p|div|h[1-6]|li|ul|ol|br|hr|tr|table|section|article|header|footer|figure|figcaption|blockquote|aside|nav|main|pre|dt|dd)\b[^<>]*>/gi;
const ANY_TAG = /<[^<>]*>/g;

/**
 * Removes comments and script/style-like elements in one pass with indexOf for
 * the closing tag, so unclosed "<script>"s cannot make it quadratic. An
 * unclosed one drops the rest of the input, as a browser would not show it.
 */
function dropSections(html: string): string {
  const lower = html.toLowerCase();
  let out = "";
  let from = 0;
  DROP_OPEN.lastIndex = 0;
  for (let m = DROP_OPEN.exec(html); m; m = DROP_OPEN.exec(html)) {
    out += html.slice(from, m.index) + " ";
    const comment = m[0] === "<!--";
    const close = lower.indexOf(comment ? "-->" : `</${m[1]!.toLowerCase()}`, m.index + m[0].length);
    if (close < 0) return out;
    const gt = comment ? close + 3 : html.indexOf(">", close);
    from = gt < 0 ? html.length : comment ? gt : gt + 1;
    DROP_OPEN.lastIndex = from;
  }
  return out + html.slice(from);
}

/** Does this text look like HTML rather than plain text that mentions a "<"? */
export function looksLikeHtml(text: string): boolean {
  return /<(?:p|div|h[1-6]|br|span|a|figure|article|html|body|em|strong)\b[^>]*>/i.test(text);
}

/**
 * Reduces an HTML page or fragment to plain text: one line per block element,
 * scripts and styles dropped, entities decoded, spaces collapsed.
 */
export function htmlToText(html: string): string {
  const text = dropSections(html)
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
