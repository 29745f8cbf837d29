import type { Span } from "../parse/parse-article";

/**
 * A direct quote: the words between quote marks, with offsets into the article
 * text. `start`/`end` include the marks; `inner` is the quoted text.
 * `paragraph` indexes `parsed.paragraphs`. `unclosed` is true when the quote
 * runs to the end of its paragraph without a closing mark (it continues in the
 * next paragraph, which opens with a mark again: the convention of news copy).
 */
export interface Quote {
  start: number;
  end: number;
  inner: string;
  paragraph: number;
  unclosed: boolean;
}

/**
 * Quote mark pairs, tried in this order. Each: id, the opening and closing
 * marks, and why. Single marks need a word boundary on the outer side, as
 * the same character is the apostrophe in "don’t" and "Jones’".
 */
// (`altClose` closes when `close` does not; with `altFirst`, also when it comes first.)
export const QUOTE_MARKS: ReadonlyArray<{ id: string; open: string; close: string; altClose?: string; altFirst?: boolean; single?: boolean; opensWord?: boolean; example: string }> = [
  { id: "low-high", open: "„", close: "“", example: "„We are ready,“ she said." },
  // (Some papers close with two single marks: "“absolutely disgusting’’".)
  { id: "curly-double", open: "“", close: "”", altClose: "’’", altFirst: true, example: "“We are ready,” she said." },
  // (Pasted copy mixes them: a straight mark opens, a curly one closes, when no straight one does.)
  { id: "straight-double", open: "\"", close: "\"", altClose: "”", example: "\"We are ready,” she said." },
  // Some sites set the closing mark at both ends; as an opening mark it starts the paragraph or follows a space.
  { id: "closing-as-opening", open: "”", close: "”", opensWord: true, example: "”We are ready,” she said." },
  { id: "guillemets", open: "«", close: "»", example: "«We are ready,» she said." },
  { id: "curly-single", open: "‘", close: "’", single: true, example: "‘We are ready,’ she said." },
  { id: "straight-single", open: "'", close: "'", single: true, example: "'We are ready,' she said." },
];

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/** The quotes of one paragraph, in order; marks of a quote already found are not read again. */
function quotesInParagraph(p: Span, paragraph: number, orphanClose: boolean): Quote[] {
  const t = p.text;
  const out: Quote[] = [];
  const taken = (i: number) => out.some((q) => i >= q.start - p.start && i < q.end - p.start);
  for (const mark of QUOTE_MARKS) {
    let i = 0;
    while (i < t.length) {
      const open = t.indexOf(mark.open, i);
      if (open < 0) break;
      i = open + 1;
      if (taken(open)) continue;
      // An opening single mark starts a word and does not follow one ("‘We", not "Jones’s" or "rock’n").
      if (mark.single && (isWordChar(t[open - 1]) || !isWordChar(t[open + 1]))) continue;
      if (mark.opensWord && ((open > 0 && !/[\s(]/.test(t[open - 1]!)) || !isWordChar(t[open + 1]))) continue;
      let close = -1;
      let closeLength = mark.close.length;
      for (let j = open + 1; j < t.length; j++) {
        const k = t.indexOf(mark.close, j);
        if (k < 0) break;
        j = k;
        if (taken(k)) break;
        // A closing single mark ends a word and is not followed by one ("ready,’ she", not "don’t").
        if (mark.single && (isWordChar(t[k + 1]) || !/[\p{L}\p{N}.,!?;:…—–-]/u.test(t[k - 1] ?? ""))) continue;
        close = k;
        break;
      }
      if (mark.altClose && (close < 0 || mark.altFirst)) {
        const k = t.indexOf(mark.altClose, open + 1);
        if (k > 0 && !taken(k) && (close < 0 || k < close)) { close = k; closeLength = mark.altClose.length; }
      }
      if (close < 0) {
        // Only a double mark may run on to the paragraph's end (a quote continued in the next paragraph).
        if (mark.single || out.some((q) => q.start - p.start > open)) continue;
        const inner = t.slice(open + 1).trim();
        if (inner.split(/\s+/).length >= 2) out.push({ start: p.start + open, end: p.end, inner, paragraph, unclosed: true });
        break;
      }
      const inner = t.slice(open + 1, close).trim();
      i = close + closeLength;
      // Short single-quoted words are scare quotes or titles ('amicable'); a real quote has a few words.
      if (!inner || (mark.single && inner.split(/\s+/).length < 3)) continue;
      out.push({ start: p.start + open, end: p.start + close + closeLength, inner, paragraph, unclosed: false });
    }
  }
  // A closing mark with no opening one before it in a paragraph, after a whole clause: the quote runs from its start
  // (its opening mark lost in pasting: 'We are ready. The port opens in June,” she added.').
  const close = t.indexOf("”");
  if (orphanClose && close > 0 && !out.some((q) => q.start - p.start <= close) && !/[“"„«]/.test(t.slice(0, close)) && /\p{Lu}/u.test(t[0] ?? "") && /[,.!?]$/.test(t.slice(0, close)) && t.slice(0, close).split(/\s+/).length >= 4) {
    out.push({ start: p.start, end: p.start + close + 1, inner: t.slice(0, close).trim(), paragraph, unclosed: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Every direct quote of the article's paragraphs, in text order. `orphanClose`: spans are whole paragraphs, so a
 * closing mark with no opening one quotes from the paragraph's start (not so within one sentence of a paragraph).
 */
export function findQuotes(paragraphs: readonly Span[], orphanClose = false): Quote[] {
  return paragraphs.flatMap((p, i) => quotesInParagraph(p, i, orphanClose));
}
