import { mentionsIn, type Analysis } from "./entities";
import { findQuotes, type Quote } from "./quotes";
import { speakerBefore } from "./speakers";
import { SPEECH_VERBS } from "../lexicon/verbs";
import type { Meeting, Statement } from "./types";

const VERB_ALT = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).join("|");
const SPEECH_IN = new RegExp(`\\b(?:${VERB_ALT})\\b`, "gi");
/** How far past a quote its attribution may stand (characters). */
const AFTER_WINDOW = 160;

/** A run of quotes read as one statement: one quote, or an unclosed quote and the quote paragraphs that continue it. */
export interface QuoteRun {
  quotes: Quote[];
  start: number;
  end: number;
}

/** Groups the article's quotes into runs: an unclosed quote takes the quote paragraphs right after it. */
export function runsOf(quotes: Quote[], paragraphStart: (i: number) => number): QuoteRun[] {
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

/** The first sentence of the analysis holding offset `at` (sentences are few; a scan is cheap). */
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

/**
 * What the attribution forms read around one run of quotes, worked out once per run: the text after its
 * last quote (to the end of its sentence or paragraph, the next run, or AFTER_WINDOW characters) with the
 * first speech verb there, and the text before its first quote (from its sentence start or the previous
 * run) with the last speech verb there.
 */
export interface RunContext {
  a: Analysis;
  meetings: Meeting[];
  run: QuoteRun;
  runs: readonly QuoteRun[];
  /** The latest statement before the run, by any rule. */
  previous: { speaker: number; end: number } | undefined;
  /** Where the text after the run starts (its last quote's end) and ends. */
  afterStart: number;
  afterEnd: number;
  after: string;
  /** The first speech verb after the run, within 100 characters. */
  verbAfter: RegExpExecArray | null;
  /** The text before the run's first quote in its sentence, from `beforeStart`. */
  beforeStart: number;
  before: string;
  /** The last speech verb there. */
  verbBefore: RegExpExecArray | null;
  /** The sentence of the first quote. */
  firstSentenceStart: number | undefined;
}

/** An attribution form: an id, why it holds, an example with its speaker, and the form's test over a run. */
export interface AttributionForm {
  id: string;
  reason: string;
  example: string;
  speaker: string;
  match(r: RunContext): { speaker: number; evidenceEnd: number } | undefined;
}

/** All that follows a quote to its paragraph's end: a name, maybe a title after a comma. [, name] */
const NAME_SIGNATURE = /^\s*((?:\p{Lu}[\p{L}.’'-]*\s+){1,4}\p{Lu}[\p{L}.’'-]*)(?:,\s*[^.!?;“”"]{2,90})?\s*$/u;

/** The paragraph a run starts, whether it opens it, and the paragraph before. */
function paragraphsOf(r: RunContext) {
  const first = r.run.quotes[0]!;
  const paragraph = r.a.parsed.paragraphs[first.paragraph]!;
  return { opens: first.start === paragraph.start, prev: r.a.parsed.paragraphs[first.paragraph - 1] };
}

/**
 * Attribution forms for direct quotes, tried in this order for each run of quotes that the sentence forms
 * did not take; the first that matches names the speaker. Each example is run by a test
 * (test/extract/quote-attribution.test.ts).
 */
export const ATTRIBUTION_FORMS: readonly AttributionForm[] = [
  {
    id: "quote-verb-speaker", reason: "Inverted attribution; titles may stand between the verb and the name.",
    example: "“We have the money,” said Mayor Ivo Brandt contentedly.", speaker: "Ivo Brandt",
    match: (r) => {
      const v = r.verbAfter;
      if (!v || !/^[\s,;:—–-]*$/.test(r.after.slice(0, v.index))) return undefined;
      const who = speakerAfterVerb(r.a, r.afterStart + v.index + v[0].length, r.afterEnd);
      return who === undefined ? undefined : { speaker: who, evidenceEnd: r.afterEnd };
    },
  },
  {
    id: "quote-speaker-verb", reason: "The commonest news form: the quote, then who said it.",
    example: "“Cases are falling. We are not done,” Mira Holt said.", speaker: "Mira Holt",
    match: (r) => {
      const v = r.verbAfter;
      if (!v || /^[\s,;:—–-]*$/.test(r.after.slice(0, v.index))) return undefined;
      const text = r.a.parsed.text;
      const vAt = r.afterStart + v.index;
      // '…,” Harbour chief Ana Ruiz, spokeswoman for the port said': the name that opens the attribution.
      const opener = mentionsIn(r.a, r.afterStart, vAt).find((m) => /^[\s,;:—–-]*(?:[\p{L}.’'-]+\s+){0,4}$/u.test(text.slice(r.afterStart, m.start)));
      const who = speakerBefore(r.a, r.afterStart, vAt, r.meetings, r.afterStart, r.previous?.speaker, r.previous?.speaker) ?? opener?.entity;
      return who === undefined ? undefined : { speaker: who, evidenceEnd: r.afterEnd };
    },
  },
  {
    id: "dash-signature", reason: "Press releases sign quotes with a dash and the speaker's title and name.",
    example: "“She is a true expert.” —Commissioner Ivo Brandt", speaker: "Ivo Brandt",
    match: (r) => {
      const dash = /^[\s,]*[—–-]{1,2}\s*/.exec(r.after);
      const who = dash ? speakerAfterVerb(r.a, r.afterStart + dash[0].length, r.afterEnd) : undefined;
      return who === undefined ? undefined : { speaker: who, evidenceEnd: r.afterEnd };
    },
  },
  {
    id: "name-signature", reason: "Press releases also sign quotes with the name alone, and a title after a comma, ending the paragraph.",
    example: "“We will work together to get results.”Ivo Brandt, Premier of Nordland", speaker: "Ivo Brandt",
    match: (r) => {
      const sig = NAME_SIGNATURE.exec(r.after);
      if (!sig) return undefined;
      const at = r.afterStart + sig[0].indexOf(sig[1]!);
      const who = mentionsIn(r.a, at, at + sig[1]!.length + 1).find((m) => m.start === at && r.a.entities[m.entity]!.type === "person");
      return who ? { speaker: who.entity, evidenceEnd: r.afterEnd } : undefined;
    },
  },
  {
    id: "speaker-verb-quote", reason: "The speaker and verb lead in, with a colon or comma before the quote.",
    example: "Mira Holt told reporters: “We are not done.”", speaker: "Mira Holt",
    match: (r) => {
      const v = r.verbBefore;
      // Up to four lower-case words between the verb and the quote ("told reporters:", "said that").
      if (!v || !/^(?:\s+\p{Ll}+){0,4}\s*[:,]?\s*$/u.test(r.before.slice(v.index + v[0].length))) return undefined;
      const vAt = r.beforeStart + v.index;
      const who = speakerBefore(r.a, r.beforeStart, vAt, r.meetings, r.firstSentenceStart ?? r.beforeStart, r.previous?.speaker, r.previous?.speaker)
        ?? (/^[\s,]*$/.test(r.before.slice(0, v.index)) ? speakerAfterVerb(r.a, vAt + v[0].length, r.run.quotes[0]!.start) : undefined);
      return who === undefined ? undefined : { speaker: who, evidenceEnd: r.run.end };
    },
  },
  {
    id: "colon-paragraph", reason: "A paragraph ending in a colon introduces the quote paragraph after it.",
    example: "And from Chairwoman Mira Holt:\n\n“We welcome her.”", speaker: "Mira Holt",
    match: (r) => {
      const { opens, prev } = paragraphsOf(r);
      if (!opens || !prev || !/:\s*$/.test(prev.text)) return undefined;
      const named = mentionsIn(r.a, prev.start, prev.end).filter((m) => !r.runs.some((q) => m.start >= q.start && m.end <= q.end));
      const who = named[named.length - 1];
      return who ? { speaker: who.entity, evidenceEnd: r.run.end } : undefined;
    },
  },
  {
    id: "continued-paragraph", reason: "A quote paragraph right after the speaker's last quote, with no attribution of its own, continues it.",
    example: "“We are ready,” Mira Holt said.\n\n“We will sign next week.”", speaker: "Mira Holt",
    match: (r) => {
      const { opens, prev } = paragraphsOf(r);
      return opens && r.previous && prev && r.previous.end >= prev.start ? { speaker: r.previous.speaker, evidenceEnd: r.run.end } : undefined;
    },
  },
];

/** Reads the text around a run once for all attribution forms. */
export function runContext(a: Analysis, run: QuoteRun, runs: readonly QuoteRun[], meetings: Meeting[], previous: RunContext["previous"]): RunContext {
  const text = a.parsed.text;
  const last = run.quotes[run.quotes.length - 1]!;
  const next = runs.find((r) => r.start >= run.end);
  const s = sentenceAt(a, Math.max(last.start, last.end - 1));
  const afterEnd = Math.min(s ? s.end : last.end, next ? next.start : Infinity, last.end + AFTER_WINDOW, a.parsed.paragraphs[last.paragraph]!.end);
  const after = text.slice(last.end, afterEnd);
  SPEECH_IN.lastIndex = 0;
  const v = SPEECH_IN.exec(after);
  const first = run.quotes[0]!;
  const fs = sentenceAt(a, first.start);
  let prevRun: QuoteRun | undefined;
  for (const r of runs) if (r.end <= first.start) prevRun = r;
  const beforeStart = Math.max(fs ? fs.start : first.start, prevRun && prevRun.end > (fs?.start ?? 0) ? prevRun.end : 0);
  const before = text.slice(beforeStart, first.start);
  let verbBefore: RegExpExecArray | null = null;
  SPEECH_IN.lastIndex = 0;
  for (let w = SPEECH_IN.exec(before); w; w = SPEECH_IN.exec(before)) verbBefore = w;
  return {
    a, meetings, run, runs, previous, afterStart: last.end, afterEnd, after, verbAfter: v && v.index < 100 ? v : null,
    beforeStart, before, verbBefore, firstSentenceStart: fs?.start,
  };
}

/** Who said the quote run, by the first attribution form that matches. */
function attribute(r: RunContext): { speaker: number; form: string; evidenceEnd: number } | undefined {
  for (const form of ATTRIBUTION_FORMS) {
    const m = form.match(r);
    if (m) return { ...m, form: form.id };
  }
  return undefined;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Loose form of a text for overlap tests: letters and digits only, lower case, runs of anything else as one space. */
export function loose(s: string): string {
  const t = s.toLowerCase();
  let out = "";
  let from = -1; // start of the current run of letters and digits
  let gap = false; // a separator is owed before the next run
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : -1;
    let keep: boolean;
    let width = 1;
    if (c < 0) keep = false;
    else if (c < 128) keep = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    else {
      const cp = t.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
      keep = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    }
    if (keep) {
      if (from < 0) { if (gap && out) out += " "; from = i; gap = false; }
      i += width - 1;
    } else {
      if (from >= 0) { out += t.slice(from, i); from = -1; }
      if (c >= 0) { gap = true; i += width - 1; }
    }
  }
  return out;
}

/**
 * Direct quotes that `found` (the statements of the sentence-level rules) does
 * not already hold, attributed by the forms above. Pure; returns new statements only.
 */
export function attributeQuotes(a: Analysis, meetings: Meeting[], found: readonly Statement[]): Statement[] {
  const paragraphs = a.parsed.paragraphs;
  const runs = runsOf(findQuotes(paragraphs, true), (i) => paragraphs[i]!.start);
  const out: Statement[] = [];
  // Loose forms of the statements found so far, worked out once each.
  const looseOf = new Map<Statement, string>();
  const looseText = (st: Statement) => { let k = looseOf.get(st); if (k === undefined) looseOf.set(st, (k = loose(st.text))); return k; };
  const knownIn = (q: Quote) => {
    const key = loose(q.inner);
    const probe = key.slice(0, 40);
    const holds = (st: Statement) => {
      const k = looseText(st);
      return k.length > 8 && (k.includes(probe) || key.includes(k.slice(0, 40)));
    };
    return found.find(holds) ?? out.find(holds);
  };
  for (const run of runs) {
    // The latest statement before this quote, by any rule (the last found of those ending last): a quote
    // paragraph may continue it.
    let latest: Statement | undefined;
    for (const list of [found, out]) for (const st of list) if (st.evidence.end <= run.start && (!latest || st.evidence.end >= latest.evidence.end)) latest = st;
    const previous = latest && { speaker: latest.speaker, end: latest.evidence.end };
    // A run whose first part a sentence rule already attributed: the rest is the same speaker's.
    const known = run.quotes.map(knownIn);
    const firstKnown = known.find((k) => k !== undefined);
    const open = run.quotes.filter((_, i) => known[i] === undefined);
    if (firstKnown && open.length === 0) continue;
    const said = open.map((q) => q.inner).join(" ").replace(/[,\s]+$/, "");
    if (loose(said).split(" ").length < 2) continue;
    const who = firstKnown
      ? { speaker: firstKnown.speaker, form: "continued-paragraph", evidenceEnd: run.end }
      : attribute(runContext(a, run, runs, meetings, previous));
    if (!who) continue;
    const from = open[0]!.start;
    const s = sentenceAt(a, from);
    const start = s ? Math.min(s.start, from) : from;
    const end = Math.max(open[open.length - 1]!.end, who.evidenceEnd);
    out.push({ speaker: who.speaker, text: said, kind: "direct", rule: `quote:${who.form}`, evidence: { text: a.parsed.text.slice(start, end), start, end } });
  }
  return out;
}
