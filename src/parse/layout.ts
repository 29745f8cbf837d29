import type { ParsedArticle } from "./parse-article";
import { splitLines } from "./lines";

/** A piece of the article as a reader sees it, with offsets into the text. */
export interface Block {
  /** body: a paragraph facts are read from; heading; caption; title; dateline (opens a body line); clutter: anything else (bylines, stamps, page residue). */
  kind: "body" | "heading" | "caption" | "title" | "dateline" | "clutter";
  start: number;
  end: number;
}

/**
 * The article cut into blocks in text order: the parser's paragraphs,
 * headings and captions, and every other stretch of a line (title, a
 * dateline before a paragraph on its line, clutter). Pure.
 */
export function articleLayout(parsed: ParsedArticle): Block[] {
  const known: Block[] = [
    ...parsed.paragraphs.map((s) => ({ kind: "body" as const, start: s.start, end: s.end })),
    ...parsed.headings.map((s) => ({ kind: "heading" as const, start: s.start, end: s.end })),
    ...parsed.captions.map((s) => ({ kind: "caption" as const, start: s.start, end: s.end })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  // Spans never overlap in a layout: a later one inside an earlier one is dropped.
  const spans: Block[] = [];
  for (const b of known) if (!spans.length || b.start >= spans[spans.length - 1]!.end) spans.push(b);
  const out: Block[] = [];
  let titleSeen = false;
  let k = 0;
  for (const line of splitLines(parsed.source)) {
    let at = line.start;
    while (at < line.end) {
      while (k < spans.length && spans[k]!.end <= at) k++;
      const next = spans[k];
      if (next && next.start <= at) { out.push(next); at = next.end; k++; continue; }
      const stop = next && next.start < line.end ? next.start : line.end;
      const text = parsed.source.slice(at, stop).trim();
      if (text) {
        const start = at + parsed.source.slice(at, stop).indexOf(text);
        const kind = !titleSeen && parsed.title && text === parsed.title ? "title" : next && next.kind === "body" && next.start < line.end ? "dateline" : "clutter";
        if (kind === "title") titleSeen = true;
        out.push({ kind, start, end: start + text.length });
      }
      at = stop;
    }
  }
  return out;
}
