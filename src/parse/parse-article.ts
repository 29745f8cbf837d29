import { BYLINE_RULES, CAPTION_CREDIT, KICKER, RESIDUE_RULES } from "../lexicon/page-residue";
import { US_STATE_ABBREVIATIONS } from "../lexicon/datelines";
import { caseEvidence, foldCaps } from "./casing";
import { findDate, formatIso, numericOrder, type NumericOrder } from "./dates";
import { findDateline, type Dateline } from "./dateline";
import { findLabels, type Label } from "./labels";
import { chromeLike, endsSentence, headingLike, headlineLike, isAllCaps, lineKey, splitLines, type Line, type Span } from "./lines";
import { leadingStamp, readStamp, type Stamp } from "./stamps";

export type { Span } from "./lines";
export type { Label } from "./labels";
export { splitLines } from "./lines";

/** Where the article's date came from: its text, the upload's `published` field, or a guess of the year. */
export type PublishedSource = "text" | "given" | "guessed";

/**
 * The article as the parser understands it. Offsets point into `text`, which
 * has the same length as `source` (the input): hard-wrapped lines are joined
 * (their newlines read as spaces) and ALL-CAPS stretches are case-folded,
 * character for character, so any offset is valid in both.
 */
export interface ParsedArticle {
  /** The reading of the input that offsets point into (same length as `source`). */
  text: string;
  /** The input as given (after upload normalisation). */
  source: string;
  title: string | null;
  /** ISO date (yyyy-mm-dd, or shorter when the text gives less), or null. */
  published: string | null;
  publishedSource: PublishedSource | null;
  updated: string | null;
  byline: string | null;
  dateline: Dateline | null;
  /** Offset in `text` where the sentence after the dateline starts (the wire story's lead), or null. */
  datelineEnd: number | null;
  /** Body paragraphs to extract from: no title, headings, captions, stamps or page clutter; datelines cut off. */
  paragraphs: Span[];
  captions: Span[];
  /** Headings inside the text and short chrome lines near the headline: never body sentences. */
  headings: Span[];
  /** Transcript speaker labels opening paragraphs. */
  labels: Label[];
  /** Paragraphs, captions or headings that were ALL CAPS in the input and read case-folded in `text`. */
  caseFolded: Span[];
}

/** What the upload tells the parser besides the text. */
export interface ParseOptions {
  /** The upload date (ISO), for a dateline without a year. */
  referenceDate?: string;
  /** The upload year, when only that is known (older callers). */
  referenceYear?: number;
  /** A date given with the upload: the article's date when its text has none. */
  published?: string | null;
  /** The given date is a correction: it wins over the text's. */
  publishedOverrides?: boolean;
}

type Kind = "residue" | "stamp" | "byline" | "caption" | "text";

interface Item extends Line {
  kind: Kind;
  stamp?: Stamp;
}

const POSITION_MARKER = /\((?:L|R|C|l|r|left|right|centre|center|front|second (?:left|right))\)/;
const US_DATELINE = new RegExp(`^[\\p{Lu} .'-]{3,40}, (?:${[...US_STATE_ABBREVIATIONS].map((s) => s.replace(/\./g, "\\.")).join("|")})\\s`, "mu");
const TEASER = /(?:…|\.\.\.)$/;

/** How many lines at the end of a page are read for a date stamp at its foot. */
const FOOT_LINES = 4;
/** The date of the last stamp among the page's last FOOT_LINES lines after its first body line (a foot stamp), or null. */
function footStamp(items: readonly Item[], bodyFrom: number): string | null {
  for (const it of items.slice(Math.max(bodyFrom + 1, items.length - FOOT_LINES)).reverse()) if (it.kind === "stamp" && it.stamp?.published && !it.stamp.other) return it.stamp.published;
  return null;
}

function classify(text: string, order: NumericOrder): { kind: Kind; stamp?: Stamp } {
  if (RESIDUE_RULES.some((r) => r.re.test(text))) return { kind: "residue" };
  const stamp = readStamp(text, order);
  if (stamp) return { kind: "stamp", stamp };
  if (BYLINE_RULES.some((r) => r.re.test(text))) return { kind: "byline" };
  if (CAPTION_CREDIT.test(text) || POSITION_MARKER.test(text) || /\.\($/.test(text)) return { kind: "caption" };
  return { kind: "text" };
}

/** Splits the input into lines, cuts leading stamps and kickers off them, and classifies each. */
function readLines(text: string, order: NumericOrder): Item[] {
  const items: Item[] = [];
  let updatedMarker = false;
  for (const line of splitLines(text)) {
    let l: Line = line;
    // "Updated:" on a line of its own dates the revision on the next line.
    if (/^(?:updated|last updated|modified):?$/i.test(l.text)) { items.push({ ...l, kind: "residue" }); updatedMarker = true; continue; }
    const afterMarker = updatedMarker;
    updatedMarker = false;
    const lead = leadingStamp(l.text, order);
    if (lead) {
      items.push({ ...l, text: l.text.slice(0, lead.length).trim(), end: l.start + lead.length, kind: "stamp", stamp: lead.stamp });
      l = { ...l, text: l.text.slice(lead.length), start: l.start + lead.length };
      // "Published 2023-11-16 | Share on Facebook": a separator after the stamp belongs to neither side.
      const sep = /^[|·•]+\s*/.exec(l.text);
      if (sep && sep[0].length < l.text.length) l = { ...l, text: l.text.slice(sep[0].length), start: l.start + sep[0].length };
    }
    const kicker = KICKER.exec(l.text);
    // A flash word opens a headline, unless the whole line is furniture (a ticker: "BREAKING: A | B").
    if (kicker && kicker[0].length < l.text.length && !RESIDUE_RULES.some((r) => r.re.test(l.text))) l = { ...l, text: l.text.slice(kicker[0].length), start: l.start + kicker[0].length };
    const c = classify(l.text, order);
    if (afterMarker && c.stamp?.published) c.stamp = { ...c.stamp, updated: c.stamp.published, published: undefined };
    items.push({ ...l, ...c });
  }
  return items;
}

/**
 * Parses a pasted article: headline (or none), dates, dateline, byline,
 * captions (deduplicated), headings, transcript labels and body paragraphs,
 * each with offsets into `text`. Pure; never throws.
 */
export function parseArticle(input: string, options: ParseOptions = {}): ParsedArticle {
  const out: ParsedArticle = {
    text: input, source: input, title: null, published: null, publishedSource: null, updated: null, byline: null,
    dateline: null, datelineEnd: null, paragraphs: [], captions: [], headings: [], labels: [], caseFolded: [],
  };
  const order = numericOrder(input, US_DATELINE.test(input.slice(0, 2000)));
  const items = readLines(input, order);
  const width = blockWidths(items);
  // Wire copy whose wrapped lines each got a blank line after them: the wrap crosses single blank lines.
  const spacedWidth = doubleSpacedWrapWidth(items);
  const continues = (i: number): boolean => {
    const a = items[i]!, b = items[i + 1];
    // ("for mother" / blank line / "and child have also won …": a line cut mid-sentence and a next block opening in lower
    // case is one sentence however the paste spaced it.)
    const lowerNext = b !== undefined && b.block === a.block + 1 && /^\p{Ll}/u.test(b.text) && /\p{L}$/u.test(a.text);
    const sameBlock = b !== undefined && (b.block === a.block || (spacedWidth > 0 && b.block === a.block + 1) || lowerNext);
    if (!b || !sameBlock || b.kind !== "text" || a.kind !== "text" || endsSentence(a.text)) return false;
    // "• Ana May held talks …" / "• Had warned …": a list item starts its own line, whatever the one before.
    if (BULLET.test(b.text)) return false;
    // "Berg-" / "Hansen met …": a word broken at its hyphen goes on whatever the line's length.
    if (HYPHEN_BREAK.test(a.text) && /^\p{L}/u.test(b.text)) return true;
    return /^[\p{Ll}\d(]/u.test(b.text) || a.text.length >= 0.6 * (b.block === a.block ? width.get(a.block)! : spacedWidth);
  };

  // 1. The head: clutter, stamps and headline candidates before the first body line.
  const candidates: number[] = [];
  let bodyFrom = items.length;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind === "stamp" && candidates.length && it.stamp?.published && !it.stamp.weekdayLed) { bodyFrom = i + 1; break; }
    if (it.kind !== "text") continue;
    // Above the body a headline and its standfirst may share a block: only a next line in lower case continues it.
    const next = items[i + 1];
    const wrapped = continues(i) && next !== undefined && /^[\p{Ll}\d]/u.test(next.text);
    if (!headlineLike(it.text) || wrapped || findDateline(it.text, { published: null })) { bodyFrom = i; break; }
    candidates.push(i);
  }
  const titleAt = chooseTitle(items, candidates);
  if (titleAt !== null) out.title = items[titleAt]!.text;
  const seen = new Set<string>();
  if (out.title) seen.add(lineKey(out.title));
  for (const i of candidates) {
    if (i === titleAt) continue;
    const it = items[i]!;
    // A name line just above a stamp is the byline ("Peter Haskell" / "June 03, 2020 - 5:26 pm").
    if (items[i + 1]?.kind === "stamp" && chromeLike(it.text)) { it.kind = "byline"; continue; }
    if (seen.has(lineKey(it.text))) { it.kind = "residue"; continue; }
    if (chromeLike(it.text) || headingLike(it.text) || (headlineLike(it.text) && i < (titleAt ?? -1))) { out.headings.push(span(it)); it.kind = "residue"; }
  }

  // 2. Dates: stamps in the head (not a weekday banner above the headline), labelled stamps anywhere, byline dates.
  // (…or anywhere above the first paragraph of prose: captions, a kicker and a byline may stand between.)
  const firstProse = items.findIndex((it, i) => i >= bodyFrom && it.kind === "text" && it.text.length >= 80 && /[.!?]["”’]?$/.test(it.text));
  const headEnd = Math.min(items.length, Math.max(Math.max(bodyFrom, 0) + 4, firstProse));
  let fromText: string | null = null;
  items.forEach((it, i) => {
    if (it.kind !== "stamp" || !it.stamp || it.stamp.other) return;
    const banner = it.stamp.weekdayLed && !it.stamp.labelled && titleAt !== null && i < titleAt;
    if (it.stamp.updated) out.updated ??= it.stamp.updated;
    if (!it.stamp.published || banner) return;
    if (i < headEnd || it.stamp.labelled) fromText ??= it.stamp.published;
  });
  const bylines: string[] = [];
  for (const it of items) {
    if (it.kind !== "byline") continue;
    bylines.push(it.text);
    const d = findDate(it.text, order);
    if (d) fromText ??= formatIso(d.parts);
  }
  out.byline = bylines.length ? bylines.join(" ") : null;

  // 3. The body: headings, captions, repeats out; hard-wrapped lines joined into paragraphs.
  const joins: Array<{ start: number; text: string }> = [];
  let current: Item[] = [];
  const flush = () => {
    if (!current.length) return;
    const first = current[0]!, last = current[current.length - 1]!;
    for (let k = 1; k < current.length; k++) joins.push(joinAt(input, current[k - 1]!, current[k]!));
    out.paragraphs.push({ text: "", start: first.start, end: last.end });
    current = [];
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (candidates.includes(i) && it.kind !== "text") continue;
    if (i === titleAt) continue;
    if (it.kind === "caption") {
      flush();
      const k = lineKey(it.text);
      if (!seen.has(k)) { seen.add(k); out.captions.push(span(it)); }
      continue;
    }
    if (it.kind !== "text") { flush(); continue; }
    const joined = current.length > 0;
    const wraps = continues(i);
    if (!joined && !wraps && headingLike(it.text)) { flush(); out.headings.push(span(it)); continue; }
    const k = lineKey(it.text);
    if (!joined && !wraps && k.length >= 12 && seen.has(k)) continue; // a repeated line or caption goes once
    if (!joined && TEASER.test(it.text) && isTeaser(it.text, items, i)) continue;
    seen.add(k);
    current.push(it);
    if (!wraps) flush();
  }
  flush();

  // 4. The dateline in the first paragraphs; then the date and where it came from.
  const given = options.published ?? null;
  const referenceDate = options.referenceDate ?? (options.referenceYear ? `${options.referenceYear}-12-31` : undefined);
  // (The first few paragraphs of some length: page residue may leave short lines before the wire's lead.)
  const opening = out.paragraphs.map((p, i) => ({ p, i })).filter(({ p }) => p.end - p.start >= 20).slice(0, 4).map(({ i }) => i);
  for (const i of opening) {
    const p = out.paragraphs[i]!;
    const found = findDateline(input.slice(p.start, p.end), { published: (options.publishedOverrides ? given : null) ?? fromText ?? given, referenceDate });
    if (!found) continue;
    out.dateline = found.dateline;
    out.datelineEnd = p.start + found.length;
    if (found.dateline.date && !found.dateline.yearGuessed && found.dateline.date.length === 10 && /\d{4}/.test(input.slice(p.start, p.start + found.length))) {
      fromText ??= found.dateline.date;
    }
    out.paragraphs[i] = { text: "", start: p.start + found.length, end: p.end };
    break;
  }
  // A dateline opening a later line of a paragraph ("Lead repeated as a standfirst\nISLAMABAD, Sep 7 (PTI) The …"):
  // the dateline still says where and when the story was filed (the words stay in the text).
  for (const i of opening) {
    if (out.dateline) break;
    const p = out.paragraphs[i]!;
    const block = input.slice(p.start, p.end);
    for (const line of block.matchAll(/\n[ \t]*(?=\S)/g)) {
      const at = p.start + line.index! + line[0].length;
      const found = findDateline(input.slice(at, p.end), { published: (options.publishedOverrides ? given : null) ?? fromText ?? given, referenceDate });
      if (!found || (!found.dateline.agency && !found.dateline.date)) continue;
      out.dateline = found.dateline;
      out.datelineEnd = at + found.length;
      break;
    }
  }
  // "08 July 2015 - On July 02, the ambassador …": a press release's full date opening its first paragraph, no place
  // before it, dates the release (the opener is no part of the body's sentences).
  for (const i of out.dateline ? [] : opening) {
    const p = out.paragraphs[i]!;
    const head = input.slice(p.start, Math.min(p.end, p.start + 40));
    const d = findDate(head, order);
    // ("November 2, 2017: The Honourable …": a colon sets it off too.)
    const sep = d && d.index === 0 && d.parts.day ? /^\s*(?:[–—-]+|:)\s+(?=\p{Lu})/u.exec(head.slice(d.length)) : null;
    if (!d || !sep) continue;
    fromText ??= formatIso(d.parts);
    out.paragraphs[i] = { text: "", start: p.start + d.length + sep[0].length, end: p.end };
    break;
  }
  // A page whose only date is an unlabelled stamp at its foot ("Signed: … Director, Press / 14th March, 2024",
  // "© 2024 The Herald. | Privacy / October 17, 2024"): press releases and copied pages date themselves there.
  fromText ??= footStamp(items, bodyFrom);
  // "The ceremony which was held today Monday May 10, 2021": with no stamp, a full date the text calls today.
  fromText ??= todayStated(input.slice(0, 4000), order);
  // "Board meets harbour pilots and captain March 5, 2006": a full date closing the headline, the page's date glued to it.
  if (!fromText && out.title) {
    const d = findDate(out.title, order);
    if (d && d.parts.day && d.index + d.length >= out.title.trimEnd().length && d.index > 0) fromText = formatIso(d.parts);
  }
  if (given && options.publishedOverrides) { out.published = given; out.publishedSource = "given"; }
  else if (fromText) { out.published = fromText; out.publishedSource = "text"; }
  else if (given) { out.published = given; out.publishedSource = "given"; }
  // A page that shows only "Last updated: …" dates its article by that: the story is no later, and usually of that week.
  else if (out.updated) { out.published = out.updated; out.publishedSource = "text"; }
  else if (out.dateline?.date && out.dateline.yearGuessed) { out.published = out.dateline.date; out.publishedSource = "guessed"; }
  out.paragraphs = out.paragraphs.filter((p) => p.end > p.start);

  // 5. The reading: joined lines read with spaces, ALL-CAPS stretches case-folded (same length).
  // Each edit keeps the length, so offsets hold.
  const joined = spliceText(input, joins);
  const folding = [...out.paragraphs, ...out.captions, ...out.headings].filter((p) => isAllCaps(input.slice(p.start, p.end)));
  const folds: Array<{ start: number; text: string }> = [];
  if (folding.length) {
    const ev = caseEvidence(input.split("\n").filter((l) => !isAllCaps(l)).join("\n"));
    for (const p of folding) {
      const folded = foldCaps(joined.slice(p.start, p.end), ev);
      if (folded.length !== p.end - p.start) continue;
      folds.push({ start: p.start, text: folded });
      out.caseFolded.push({ text: folded, start: p.start, end: p.end });
    }
  }
  out.text = spliceText(joined, folds);
  const fill = (s: Span): Span => ({ text: out.text.slice(s.start, s.end), start: s.start, end: s.end });
  out.paragraphs = out.paragraphs.map(fill);
  out.captions = out.captions.map(fill);
  out.headings = out.headings.map(fill).sort((a, b) => a.start - b.start);
  out.labels = findLabels(out.paragraphs);
  return out;
}

/** "today Monday May 10, 2021", "today, 4 March 2024": the full date a text gives for "today", as ISO; else null. */
function todayStated(text: string, order: NumericOrder): string | null {
  for (const m of text.matchAll(TODAY_THEN_DATE)) {
    const found = findDate(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40), order);
    if (found && found.index === 0) return formatIso(found.parts);
  }
  return null;
}
const TODAY_THEN_DATE = /\b[Tt]oday,?\s+(?:\(?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?/g;

const span = (l: Line): Span => ({ text: l.text, start: l.start, end: l.end });

/** A line that ends inside a hyphenated word: a letter, then the hyphen ("Solheim-"). */
/** A line opening with a list bullet ("•", "▪", "◦", "‣", "–" or "*" then a space). */
const BULLET = /^[•▪◦‣●*–]\s/u;
const HYPHEN_BREAK = /\p{L}-$/u;

/**
 * The edit that joins line `a` to the next line `b` of the same paragraph, keeping the length:
 * one space, then `b`'s first word moved left over the rest of the gap, so that an indented wrap
 * leaves no run of spaces inside a name ("Liam\n    Roe in" → "Liam Roe     in"); a word broken
 * at its hyphen is closed up the same way ("Berg-\nHansen met" → "Berg-Hansen  met").
 */
/** Where spare spaces of a join may go: after a punctuation mark, or before a lower-case word that is no name particle or joining word ("of", "bin", "and"). */
const SPARE_SPACE_AT = /[,.;:!?)”"’](?=\s)|(?!\s(?:of|de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|bin|binti|ibn|al|el|la|le|y|e|and|the|for|on|in)\b)\s(?=\p{Ll})/u;
function joinAt(input: string, a: Line, b: Line): { start: number; text: string } {
  const gap = b.start - a.end;
  const hyphen = HYPHEN_BREAK.test(a.text) && /^\p{L}/u.test(b.text);
  const first = (hyphen ? /^[\p{L}\p{N}'’-]+/u : /^\S+/u).exec(b.text)![0];
  const lead = hyphen ? "" : " ";
  // With characters to spare, the spare spaces go where no name can run on: after a punctuation
  // mark, before a lower-case word, or at the line's end ("Hazrat\n\nOmar Zakhilwal, the" → "Hazrat Omar
  // Zakhilwal,  the"), not inside "Omar  Zakhilwal".
  let moved = first.length;
  if (gap - lead.length > 0 && !hyphen && !/[,.;:!?)”"’]$/.test(first)) {
    const safe = SPARE_SPACE_AT.exec(b.text.slice(first.length));
    moved = safe ? first.length + safe.index + (/\s/.test(safe[0]) ? 0 : 1) : b.text.length;
  }
  return { start: a.end, text: lead + input.slice(b.start, b.start + moved) + " ".repeat(gap - lead.length) };
}

/**
 * The wrap width of a hard-wrapped text with a blank line after every line ("the United States of America,
 * to pursue\n\nof mutual interest."), or 0 when the text is not so: most blocks are one line, and most of the
 * long ones stop mid-sentence. Width: the longest such line.
 */
function doubleSpacedWrapWidth(items: Item[]): number {
  const lines = new Map<number, Item[]>();
  for (const it of items) if (it.kind === "text") lines.set(it.block, [...(lines.get(it.block) ?? []), it]);
  const single = [...lines.values()].filter((b) => b.length === 1).map((b) => b[0]!);
  const long = single.filter((it) => it.text.length >= 40);
  if (single.length < 6 || single.length < 0.7 * lines.size || long.length < 5) return 0;
  const open = long.filter((it) => !endsSentence(it.text));
  return open.length >= 0.5 * long.length ? Math.max(...long.map((it) => it.text.length)) : 0;
}

/** The longest line of each block: the wrap width when the block is hard-wrapped. */
function blockWidths(items: Item[]): Map<number, number> {
  const w = new Map<number, number>();
  for (const it of items) w.set(it.block, Math.max(w.get(it.block) ?? 0, it.end - it.start));
  return w;
}

/**
 * The headline among the candidate lines before the body: a candidate the
 * page repeats (sites print the headline twice), else the first that is not
 * short page chrome ("E-Tools", "Press Conferences"), else the last.
 */
function chooseTitle(items: Item[], candidates: number[]): number | null {
  if (!candidates.length) return null;
  const keys = items.map((it) => lineKey(it.text));
  for (const i of candidates) if (keys.some((k, j) => j > i && k === keys[i] && k.length > 0)) return i;
  for (const i of candidates) if (!chromeLike(items[i]!.text) || candidates.length === 1) return i;
  return candidates[candidates.length - 1]!;
}

/** A teaser ("… will host a special meeting…") whose words open a later line: the page's preview of its own text. */
function isTeaser(text: string, items: Item[], at: number): boolean {
  const stem = lineKey(text.replace(TEASER, "")).split(" ").slice(-8).join(" ");
  if (stem.split(" ").length < 5) return false;
  return items.some((it, j) => j > at && lineKey(it.text).includes(stem));
}

/** `base` with each edit's text written over as many characters from its start; edits are not expected to overlap (one that does is written only past the previous edit's end). */
function spliceText(base: string, edits: ReadonlyArray<{ start: number; text: string }>): string {
  if (!edits.length) return base;
  const sorted = edits.map((e, order) => ({ ...e, order })).sort((x, y) => x.start - y.start || x.order - y.order);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    const end = e.start + e.text.length;
    if (end <= at) continue;
    if (e.start >= at) { parts.push(base.slice(at, e.start), e.text); }
    else parts.push(e.text.slice(at - e.start));
    at = end;
  }
  parts.push(base.slice(at));
  return parts.join("");
}
