import { Readability } from "@mozilla/readability";
import { decodeHTML } from "entities";
import { parseHTML } from "linkedom";
import { findDate, formatIso } from "./dates";

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

/** What a saved page says about its article: headline, date and main text (one line per block). */
export interface HtmlArticle {
  title: string | null;
  byline: string | null;
  published: string | null;
  text: string;
}

/** A whole page (a document with head, body or article), as against a fragment with a few tags. */
export const isWholePage = (html: string): boolean => /<(?:!doctype|html|head|body|article|main)\b/i.test(html);

const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, "i").exec(tag)?.[1] ?? null;
const clean = (s: string | null | undefined) => (s ? decodeHTML(s.replace(/<[^<>]*>/g, "")).replace(/\s+/g, " ").trim() || null : null);

/** A <meta> element's content by property/name/itemprop (case-insensitive), read without a DOM. */
function meta(html: string, key: string): string | null {
  for (const m of html.matchAll(/<meta\b[^<>]*>/gi)) {
    const k = attr(m[0], "property") ?? attr(m[0], "name") ?? attr(m[0], "itemprop");
    if (k?.toLowerCase() === key) return attr(m[0], "content");
  }
  return null;
}

/** "Headline | Site" or "Headline - Site": the site name after the last separator is dropped when the rest is long enough. */
export function dropSiteName(title: string): string {
  const m = /^(.{15,}?)\s+[|–—·•-]\s+[^|–—·•]{2,40}$/.exec(title);
  return m ? m[1]!.trim() : title;
}

/**
 * <meta> keys (lower case) that carry a page's publication date, in the order trusted:
 * Open Graph/article and schema.org itemprop first; after JSON-LD, the older name= conventions
 * of CMSs and Dublin Core ("date", "dc.date", "publish-date", "sailthru.date", "parsely-pub-date").
 */
const DATE_META_KEYS = ["article:published_time", "datepublished", "og:published_time", "pubdate"];
const OLDER_DATE_META_KEYS = [
  "publish-date", "publishdate", "publication_date", "article.published", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.issued",
  "sailthru.date", "parsely-pub-date", "date",
];

/** The article's date from its page: the date <meta> keys above, JSON-LD datePublished, the older keys, then the first <time datetime>. */
function pageDate(html: string): string | null {
  const candidates = [
    ...DATE_META_KEYS.map((k) => meta(html, k)),
    /"datePublished"\s*:\s*"([^"]+)"/.exec(html)?.[1],
    ...OLDER_DATE_META_KEYS.map((k) => meta(html, k)),
    /<time\b[^<>]*\bdatetime\s*=\s*["']([^"']+)["']/i.exec(html)?.[1],
  ];
  for (const c of candidates) {
    const d = c ? findDate(c) : null;
    if (d) return formatIso(d.parts);
  }
  return null;
}

/**
 * Reads a saved page: title from the first <h1>, else og:title, else <title>
 * without its site-name suffix; date from the page's metadata or <time>; body
 * from Mozilla Readability's main content (nav, header, footer, asides, share
 * bars and related links left out), reduced to lines of text. Falls back to
 * the whole page as text when Readability finds no article. Never throws.
 */
export function readHtmlArticle(html: string): HtmlArticle {
  const h1 = clean(/<h1\b[^<>]*>([\s\S]{1,600}?)<\/h1>/i.exec(html)?.[1]);
  const og = clean(meta(html, "og:title"));
  const titleTag = clean(/<title\b[^<>]*>([\s\S]{1,600}?)<\/title>/i.exec(html)?.[1]);
  const title = h1 ?? og ?? (titleTag ? dropSiteName(titleTag) : null);
  let body: string | null = null;
  let byline: string | null = null;
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
    if (article?.content) body = htmlToText(article.content);
    byline = clean(article?.byline);
  } catch {
    body = null; // a page the DOM cannot take is read as text below
  }
  return { title, byline, published: pageDate(html), text: body || htmlToText(html) };
}
