import { mentionsIn, type Analysis } from "./entities";
import { findQuotes, type Quote } from "./quotes";
import { speakerBefore } from "./speakers";
import { SPEECH_VERBS } from "../lexicon/verbs";
import type { Meeting, Statement } from "./types";

/**
 * Attribution forms for direct quotes, tried in this order for each quote
 * (or run of quote paragraphs). Each record: id, why it holds, an example that
 * a test runs (test/extract/quote-attribution.test.ts).
 */
export const ATTRIBUTION_FORMS = [
  { id: "quote-speaker-verb", reason: "The commonest news form: the quote, then who said it.", example: "“Cases are falling. We are not done,” Mira Holt said." },
  { id: "quote-verb-speaker", reason: "Inverted attribution; titles may stand between the verb and the name.", example: "“We have the money,” said Mayor Ivo Brandt contentedly." },
  { id: "speaker-verb-quote", reason: "The speaker and verb lead in, with a colon or comma before the quote.", example: "Mira Holt told reporters: “We are not done.”" },
  { id: "dash-signature", reason: "Press releases sign quotes with a dash and the speaker's title and name.", example: "“She is a true expert.” —Commissioner Ivo Brandt" },
  { id: "colon-paragraph", reason: "A paragraph ending in a colon introduces the quote paragraph after it.", example: "And from Chairwoman Mira Holt:\n\n“We welcome her.”" },
  { id: "continued-paragraph", reason: "A quote paragraph right after the speaker's last quote, with no attribution of its own, continues it.", example: "“We are ready,” Mira Holt said.\n\n“We will sign next week.”" },
] as const;

/** The id of an attribution form. */
export type AttributionForm = (typeof ATTRIBUTION_FORMS)[number]["id"];

const VERB_ALT = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).join("|");
const SPEECH_IN = new RegExp(`\\b(?:${VERB_ALT})\\b`, "gi");
/** How far past a quote its attribution may stand (characters). */
const AFTER_WINDOW = 160;

/** A run of quotes read as one statement: one quote, or an unclosed quote and the quote paragraphs that continue it. */
interface QuoteRun {
  quotes: Quote[];
  start: number;
  end: number;
}

function runsOf(quotes: Quote[], paragraphStart: (i: number) => number): QuoteRun[] {
  const runs: QuoteRun[] = [];
  for (const q of quotes) {
    const last = runs[runs.length - 1];
    const prev = last?.quotes[last.quotes.length - 1];
    // "“… (no closing mark)\n\n“…”": the next paragraph opening with a mark carries the same quote on.
    if (last && prev!.unclosed && q.paragraph === prev!.paragraph + 1 && q.start === paragraphStart(q.paragraph)) {
      last.quotes.push(q);
      last.end = q.end;
    } else runs.push({ quotes: [q], start: q.start, end: q.end });
  }
  return runs;
}

/** The sentence of the analysis holding offset `at`. */
function sentenceAt(a: Analysis, at: number) {
  return a.sentences.find((s) => s.start <= at && at <= s.end);
}

/** The speaker named right after a speech verb ("said Mayor Ivo Brandt"): only title words may stand between. */
function speakerAfterVerb(a: Analysis, from: number, to: number): number | undefined {
  const m = mentionsIn(a, from, Math.min(to, from + 70))[0];
  if (!m) return undefined;
  const gap = a.parsed.text.slice(from, m.start);
  return /^[\s\p{L}.’'-]*$/u.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 5 && !/\b(?:that|to|who|which)\b/.test(gap) ? m.entity : undefined;
}

/** Who said the quote run, by the first attribution form that applies. */
function attribute(a: Analysis, run: QuoteRun, all: QuoteRun[], meetings: Meeting[], previous: { speaker: number; end: number } | undefined): { speaker: number; form: AttributionForm; evidenceEnd: number } | undefined {
  const text = a.parsed.text;
  const last = run.quotes[run.quotes.length - 1]!;
  const next = all.find((r) => r.start >= run.end);
  const s = sentenceAt(a, Math.max(last.start, last.end - 1));
  const afterEnd = Math.min(s ? s.end : last.end, next ? next.start : Infinity, last.end + AFTER_WINDOW, a.parsed.paragraphs[last.paragraph]!.end);
  const after = text.slice(last.end, afterEnd);
  // 1–2. After the quote: '…,” Holt said.' or '…,” said Mayor Brandt.'
  SPEECH_IN.lastIndex = 0;
  const verb = SPEECH_IN.exec(after);
  if (verb && verb.index < 100) {
    const vAt = last.end + verb.index;
    const lead = after.slice(0, verb.index);
    if (/^[\s,;:—–-]*$/.test(lead)) {
      const who = speakerAfterVerb(a, vAt + verb[0].length, afterEnd);
      if (who !== undefined) return { speaker: who, form: "quote-verb-speaker", evidenceEnd: afterEnd };
    } else {
      // '…,” Harbour chief Ana Ruiz, spokeswoman for the port said': the name that opens the attribution.
      const opener = mentionsIn(a, last.end, vAt).find((m) => /^[\s,;:—–-]*(?:[\p{L}.’'-]+\s+){0,4}$/u.test(text.slice(last.end, m.start)));
      const who = speakerBefore(a, last.end, vAt, meetings, last.end, previous?.speaker) ?? opener?.entity;
      if (who !== undefined) return { speaker: who, form: "quote-speaker-verb", evidenceEnd: afterEnd };
    }
  }
  // 4. '…” —Commissioner Ivo Brandt'
  const dash = /^[\s,]*[—–-]{1,2}\s*/.exec(after);
  if (dash) {
    const who = speakerAfterVerb(a, last.end + dash[0].length, afterEnd);
    if (who !== undefined) return { speaker: who, form: "dash-signature", evidenceEnd: afterEnd };
  }
  // 3. Before the quote, in its sentence: 'Holt told reporters: “…'
  const first = run.quotes[0]!;
  const fs = sentenceAt(a, first.start);
  const prevRun = [...all].reverse().find((r) => r.end <= first.start);
  const beforeStart = Math.max(fs ? fs.start : first.start, prevRun && prevRun.end > (fs?.start ?? 0) ? prevRun.end : 0);
  const before = text.slice(beforeStart, first.start);
  let lastVerb: RegExpExecArray | null = null;
  SPEECH_IN.lastIndex = 0;
  for (let v = SPEECH_IN.exec(before); v; v = SPEECH_IN.exec(before)) lastVerb = v;
  if (lastVerb && /^\s*(?:(?:\p{Ll}+\s+){0,4}?)(?:that\s+)?[:,]?\s*$/u.test(before.slice(lastVerb.index + lastVerb[0].length))) {
    const vAt = beforeStart + lastVerb.index;
    const who = speakerBefore(a, beforeStart, vAt, meetings, fs?.start ?? beforeStart, previous?.speaker)
      ?? (/^[\s,]*$/.test(before.slice(0, lastVerb.index)) ? speakerAfterVerb(a, vAt + lastVerb[0].length, first.start) : undefined);
    if (who !== undefined) return { speaker: who, form: "speaker-verb-quote", evidenceEnd: run.end };
  }
  const paragraph = a.parsed.paragraphs[first.paragraph]!;
  const opensParagraph = first.start === paragraph.start;
  // 5. 'And from Chairwoman Mira Holt:' then the quote paragraph.
  const prevParagraph = a.parsed.paragraphs[first.paragraph - 1];
  if (opensParagraph && prevParagraph && /:\s*$/.test(prevParagraph.text)) {
    const named = mentionsIn(a, prevParagraph.start, prevParagraph.end).filter((m) => !all.some((r) => m.start >= r.start && m.end <= r.end));
    const who = named[named.length - 1];
    if (who) return { speaker: who.entity, form: "colon-paragraph", evidenceEnd: run.end };
  }
  // 6. A quote paragraph with no attribution, right after the last speaker's paragraph.
  if (opensParagraph && previous && prevParagraph && previous.end >= prevParagraph.start) {
    return { speaker: previous.speaker, form: "continued-paragraph", evidenceEnd: run.end };
  }
  return undefined;
}

/** Loose form of a text for overlap tests: letters and digits only, lower case. */
const loose = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * Direct quotes that `found` (the statements of the sentence-level rules) does
 * not already hold, attributed by the forms above. Pure; returns new statements only.
 */
export function attributeQuotes(a: Analysis, meetings: Meeting[], found: readonly Statement[]): Statement[] {
  const paragraphs = a.parsed.paragraphs;
  const runs = runsOf(findQuotes(paragraphs), (i) => paragraphs[i]!.start);
  const out: Statement[] = [];
  // Loose forms of the statements found so far, worked out once each.
  const looseOf = new Map<Statement, string>();
  const looseText = (st: Statement) => { let k = looseOf.get(st); if (k === undefined) looseOf.set(st, (k = loose(st.text))); return k; };
  const knownIn = (q: Quote) => {
    const key = loose(q.inner);
    const probe = key.slice(0, 40);
    return [...found, ...out].find((st) => {
      const k = looseText(st);
      return k.length > 8 && (k.includes(probe) || key.includes(k.slice(0, 40)));
    });
  };
  for (const run of runs) {
    // The latest statement before this quote, by any rule: a quote paragraph may continue it.
    const previous = [...found, ...out].filter((st) => st.evidence.end <= run.start).sort((x, y) => x.evidence.end - y.evidence.end).map((st) => ({ speaker: st.speaker, end: st.evidence.end })).pop();
    // A run whose first part a sentence rule already attributed: the rest is the same speaker's.
    const known = run.quotes.map(knownIn);
    const firstKnown = known.find((k) => k !== undefined);
    const open = run.quotes.filter((_, i) => known[i] === undefined);
    if (firstKnown && open.length === 0) continue;
    const said = open.map((q) => q.inner).join(" ").replace(/[,\s]+$/, "");
    if (loose(said).split(" ").length < 2) continue;
    const who = firstKnown
      ? { speaker: firstKnown.speaker, form: "continued-paragraph" as const, evidenceEnd: run.end }
      : attribute(a, run, runs, meetings, previous);
    if (!who) continue;
    const from = open[0]!.start;
    const s = sentenceAt(a, from);
    const start = s ? Math.min(s.start, from) : from;
    const end = Math.max(open[open.length - 1]!.end, who.evidenceEnd);
    out.push({ speaker: who.speaker, text: said, kind: "direct", rule: `quote:${who.form}`, evidence: { text: a.parsed.text.slice(start, end), start, end } });
  }
  return out;
}
