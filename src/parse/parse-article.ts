import { BYLINE_RULES, CAPTION_CREDIT, RESIDUE_RULES } from "../lexicon/page-residue";
import { findDate, formatIso } from "./dates";
import { findDateline, type Dateline } from "./dateline";

/** A piece of the article with its character offsets into the parsed text. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** The article as the parser understands it. Offsets point into `text`. */
export interface ParsedArticle {
  text: string;
  title: string | null;
  published: string | null;
  updated: string | null;
  byline: string | null;
  dateline: Dateline | null;
  paragraphs: Span[];
  captions: Span[];
}

type LineKind = "title" | "repeat" | "residue" | "date" | "updated-marker" | "byline" | "caption" | "body";

const MAX_DATE_LINE = 90;
const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Splits text into non-empty trimmed lines with their offsets. */
export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed) lines.push({ text: trimmed, start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return lines;
}

/** A short line that is essentially a date stamp ("6/25/2023", "Published: April 12, 2025 | 09:15 KST"). */
function isDateLine(line: string): boolean {
  if (line.length > MAX_DATE_LINE || !findDate(line)) return false;
  const rest = line
    .replace(/\b(?:published|updated|posted|last updated|at|on|gmt|utc|[a-z]{2,4}t|a\.?m\.?|p\.?m\.?|ago|hours?|minutes?)\b/gi, " ")
    .replace(/[\d:.,/|·+\-–—]+/g, " ");
  return rest.replace(/\b(?:mon|tue|wed|thu|fri|sat|sun)\w*\b/gi, " ")
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b/gi, " ")
    .trim().length === 0;
}

function classify(line: string, title: string | null): LineKind {
  if (title === null) return "title";
  // Cheap length check first: most lines are nowhere near the title's length.
  if (Math.abs(line.length - title.length) < 8 && key(line) === key(title)) return "repeat";
  if (RESIDUE_RULES.some((r) => r.re.test(line))) return "residue";
  if (/^(?:updated|last updated):?$/i.test(line)) return "updated-marker";
  if (isDateLine(line)) return "date";
  if (BYLINE_RULES.some((r) => r.re.test(line))) return "byline";
  if (CAPTION_CREDIT.test(line)) return "caption";
  return "body";
}

/** Reads published and updated dates from a date line; "Updated" inside the line marks the second. */
function readDateLine(line: string, afterMarker: boolean): { published?: string; updated?: string } {
  const updatedAt = line.search(/\bupdated\b/i);
  const first = findDate(line);
  if (!first) return {};
  const iso = formatIso(first.parts)!;
  if (afterMarker || (updatedAt >= 0 && updatedAt < first.index)) return { updated: iso };
  const out: { published?: string; updated?: string } = { published: iso };
  if (updatedAt > first.index) {
    const second = findDate(line.slice(updatedAt));
    if (second) out.updated = formatIso(second.parts)!;
  }
  return out;
}

/**
 * Parses pasted wire copy: title, dates, byline, captions (deduplicated) and
 * body paragraphs, each with offsets into `text`. Pure; never throws.
 */
export function parseArticle(text: string, options: { referenceYear?: number } = {}): ParsedArticle {
  const out: ParsedArticle = {
    text, title: null, published: null, updated: null, byline: null, dateline: null, paragraphs: [], captions: [],
  };
  const seenCaptions = new Set<string>();
  const bylines: string[] = [];
  let afterMarker = false;
  for (const line of splitLines(text)) {
    const kind = classify(line.text, out.title);
    if (kind === "title") out.title = line.text;
    else if (kind === "updated-marker") { afterMarker = true; continue; }
    else if (kind === "date") {
      const d = readDateLine(line.text, afterMarker);
      out.published ??= d.published ?? null;
      if (d.updated) out.updated ??= d.updated;
      if (!out.published && d.updated && !afterMarker) out.published = d.updated;
    } else if (kind === "byline") {
      bylines.push(line.text);
      out.published ??= (() => { const d = findDate(line.text); return d ? formatIso(d.parts) : null; })();
    } else if (kind === "caption") {
      const k = key(line.text);
      if (!seenCaptions.has(k)) { seenCaptions.add(k); out.captions.push(line); }
    } else if (kind === "body") out.paragraphs.push(line);
    afterMarker = false;
  }
  out.byline = bylines.length ? bylines.join(" ") : null;
  stripDateline(out, options.referenceYear);
  return out;
}

/** Moves a "PARIS, March 3 (Reuters) -" opener (first or second paragraph, after a dek) into `dateline`. */
function stripDateline(out: ParsedArticle, referenceYear: number | undefined): void {
  for (let i = 0; i < Math.min(2, out.paragraphs.length); i++) {
    const p = out.paragraphs[i]!;
    const found = findDateline(p.text, out.published, referenceYear);
    if (!found) continue;
    out.dateline = found.dateline;
    out.published ??= found.dateline.date;
    out.paragraphs[i] = { text: p.text.slice(found.length), start: p.start + found.length, end: p.end };
    return;
  }
}
