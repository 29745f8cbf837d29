import { findQuotes } from "./quotes";
import type { Analysis } from "./entities";
import type { Sentence } from "./sentences";
import { plainWords, type Token } from "./tagging";
import { SPEECH_VERBS } from "../lexicon/verbs";

/**
 * Step 1 of statement extraction (see statements.ts): what one sentence offers the statement forms —
 * its quotes and the speech verbs standing outside them — read from the sentence text and the
 * tagger's tokens (a.tagging) once, so that each form can test cheaply whether it may apply.
 */

/** A quote of one sentence: `[start, end)` relative to the sentence (marks included) and the words inside. */
export type SentenceQuote = readonly [start: number, end: number, inner: string];

/** A speech verb outside the sentence's quotes: its offset in the sentence and its form as written ("Said", "pointed out"). */
export interface VerbCandidate {
  index: number;
  form: string;
}

/** Step 1's reading of one sentence. Offsets are relative to the sentence unless named otherwise. */
export interface SentenceCandidates {
  sentence: Sentence;
  /** Index of the sentence in `a.sentences`. */
  index: number;
  /** The sentence text (`sentence.text`). */
  text: string;
  /** The tagger's tokens lying inside the sentence (tagged on first read: most sentences never need them). */
  readonly tokens: readonly Token[];
  /** The sentence's quotes in order; a quote left open by the sentence before may close at its start. */
  quotes: readonly SentenceQuote[];
  /** Speech verbs outside the quotes, in order. */
  verbs: readonly VerbCandidate[];
  /** The sentence before, when it was one whole quote (its words without the marks), else null. */
  quoteBefore: string | null;
  /** Whether offset `i` lies strictly inside one of the quotes. */
  inQuote(i: number): boolean;
  /** The sentence's words in lower case, as plainWords reads them (untagged; worked out on first read). */
  readonly words: ReadonlySet<string>;
  /** Whether a word of the sentence reads `word` (lower case; one of `words`). */
  has(word: string): boolean;
}

/**
 * How quotes ran over the sentences read so far: the state step 1 carries from one sentence to the next.
 * `continued` is the index of the last sentence whose quote continued the previous speaker's words
 * (set by the quote-continued form).
 */
export interface QuoteFlow {
  previousQuote: string | null;
  quoteOpen: boolean;
  quoteParagraph: number;
  continued: number;
}

/** The flow before the first sentence. */
export const startFlow = (): QuoteFlow => ({ previousQuote: null, quoteOpen: false, quoteParagraph: -1, continued: -99 });

const QUOTE = /[“"]([^”"]{2,}?)(?:[”"]|$)/g;
const WHOLE_QUOTE = /^[“"][^“”"]+[”"]$/;
const CLOSING = /^([^“”"]{2,}?)[”"]/;
/** A text that closes a curly quote it did not open (the opening mark stood a paragraph before). */
const CLOSES_UNOPENED = /^[^“”"]{2,}?”/;
/** An opening mark (and any space after it) starting a paragraph's text. */
export const OPENS_WITH_MARK = /^\s*[“"]\s*/;
/** A paragraph going on with a quote left open before it: it opens with a mark again, or closes one it never opened. */
export const continuesQuote = (text: string): boolean => OPENS_WITH_MARK.test(text) || CLOSES_UNOPENED.test(text);

const VERB_ALT = [...SPEECH_VERBS].sort((x, y) => y.length - x.length).join("|");
const SPEECH = new RegExp(`\\b(?:${VERB_ALT})\\b`, "gi");

/**
 * The speech verbs of a sentence: each form of the lexicon standing as a whole word, the longest form
 * first ("pointed out"). One pass of the forms' alternation over the sentence: measured, it costs what a
 * look-up per token would (both about 0.02 ms per 5 KB), and it needs no care for tokens that hold
 * more than one word ("so-called").
 */
export function speechVerbsIn(text: string): VerbCandidate[] {
  const out: VerbCandidate[] = [];
  SPEECH.lastIndex = 0;
  for (let v = SPEECH.exec(text); v; v = SPEECH.exec(text)) out.push({ index: v.index, form: v[0] });
  return out;
}

/** A possessive or an article right before a word: what follows is a noun ("Lind’s remarks", "their reports"). */
const DETERMINER_BEFORE = /(?:\p{L}[’']s|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?|[Mm]y|[Oo]ur|[Yy]our|[Tt]hese|[Tt]hose))\s+$/u;
/** A number or a quantifier before a plural form: "the two states and …", "member states", "all reports" (not "The two said"). */
const QUANTIFIER_BEFORE = /\b(?:two|three|four|five|several|many|both|all|other|member|\d+)\s+$/u;

/** The quotes of a sentence: a mark, at least two characters, and a closing mark or the sentence end. */
function quotesOf(text: string): Array<[number, number, string]> {
  const quotes: Array<[number, number, string]> = [];
  if (text.includes("\"") || text.includes("“")) {
    QUOTE.lastIndex = 0;
    for (let q = QUOTE.exec(text); q; q = QUOTE.exec(text)) quotes.push([q.index, q.index + q[0].length, q[1]!]);
  }
  // Single marks (British style) and guillemets, closed in the sentence, by the quote table's rules (quotes.ts):
  // "‘The port will reopen,’ Lind said" has the quote as the verb's object, like double marks.
  // (…and a quote opened with a closing mark, as some sites set it: "”It went well,” X said.")
  if (!quotes.length && /[‘'«”]/.test(text)) {
    for (const q of findQuotes([{ text, start: 0, end: text.length }])) if (!q.unclosed) quotes.push([q.start, q.end, q.inner]);
  }
  return quotes;
}

/**
 * Reads sentence `index` of the analysis and moves `flow` on to the next sentence. Pure apart from `flow`,
 * which the caller owns.
 */
export function sentenceCandidates(a: Analysis, index: number, flow: QuoteFlow): SentenceCandidates {
  const s = a.sentences[index]!;
  const st = s.text;
  const quoteBefore = flow.previousQuote;
  const trimmed = st.trim();
  flow.previousQuote = WHOLE_QUOTE.test(trimmed) ? trimmed.slice(1, -1) : null;
  const quotes = quotesOf(st);
  // A quote continuing a speaker's words and left open by the sentence before runs on to this sentence's closing
  // mark: '“I ask everyone to stay home. I would not want to go backwards.”' is one quote over two sentences.
  // (A quote whose attribution follows it, '"…. …," he said.', is read whole by the quote-attribution step.)
  // (…or in the next paragraph, when it closes a curly mark it never opened: '“… [¶] He added more,” said X.')
  const closing = flow.quoteOpen && flow.continued === index - 1 && (s.paragraph === flow.quoteParagraph || (s.paragraph === flow.quoteParagraph + 1 && CLOSES_UNOPENED.test(st))) ? CLOSING.exec(st) : null;
  if (closing) quotes.splice(0, quotes.length, [0, closing[0].length, closing[1]!], ...quotes.filter(([x]) => x >= closing[0].length));
  // (…and a sentence with no mark at all between its opening and closing sentences is all inside it:
  // '“All of them came. We had a fruitful talk. They will call off the strike.”' is one quote over three.)
  else if (flow.quoteOpen && flow.continued === index - 1 && s.paragraph === flow.quoteParagraph && !/[“”"]/.test(st)) quotes.splice(0, quotes.length, [0, st.length, st.trim()]);
  const lastQuote = quotes[quotes.length - 1];
  const endsInMark = st.endsWith("”") || st.endsWith("\"");
  flow.quoteOpen = lastQuote ? lastQuote[1] === st.length && !endsInMark : flow.quoteOpen && s.paragraph === flow.quoteParagraph && !st.includes("”") && !st.includes("\"");
  flow.quoteParagraph = s.paragraph;
  const inQuote = (i: number) => quotes.some(([x, y]) => i > x && i < y);
  let tokens: readonly Token[] | undefined;
  let words: ReadonlySet<string> | undefined;
  // A capitalised form after a capitalised word is part of a name ("the United States"); one opening the sentence
  // inverts ("Added Holt, …"); an ALL-CAPS sentence keeps its verbs.
  // A form after a possessive or an article is a noun: "Lind’s remarks were posted", "the reports say" (not a
  // past form: "Brandt's warned that …" is "has warned").
  const verbs = speechVerbsIn(st).filter((v) => !inQuote(v.index) && !(/^\p{Lu}\p{Ll}/u.test(v.form) && /\p{Lu}[\p{L}.’'-]*\s+$/u.test(st.slice(Math.max(0, v.index - 30), v.index))) && !(!/ed$/i.test(v.form) && DETERMINER_BEFORE.test(st.slice(Math.max(0, v.index - 12), v.index)))
    && !(/s$/i.test(v.form) && QUANTIFIER_BEFORE.test(st.slice(Math.max(0, v.index - 12), v.index))));
  const has = (word: string) => (words ??= new Set(plainWords(st))).has(word);
  return {
    sentence: s, index, text: st, quotes, verbs, quoteBefore, inQuote, has,
    get tokens() { return (tokens ??= a.tagging.within(s.start, s.end)); },
    get words() { return (words ??= new Set(plainWords(st))); },
  };
}
