import winkNLP from "wink-nlp";
import { TAGGER_MODEL } from "./tagger-model";

/**
 * Stage 2 of extraction: tokens with offsets, part-of-speech tags and lemmas.
 *
 * The tagger is wink-nlp with its English lite model (maintained; Universal Dependencies tags; the lemmas come
 * from WordNet's exception lists). It is chosen over compromise for speed — a bare pass costs about as much as
 * our own rules, where compromise's costs ten times that (`npm run bench` prints both) — and because its
 * tokens keep the text's spacing, so every token maps back to an offset of the article text.
 * Only sentence boundaries and tags are run: wink's own entity and sentiment passes are not used. The pipeline
 * tags lazily (lazyTagging): a paragraph is tagged when a rule first asks for a tag in it.
 */

/** Universal Dependencies part-of-speech tags, as wink-nlp's model emits them. */
export type PosTag =
  | "ADJ" | "ADP" | "ADV" | "AUX" | "CCONJ" | "DET" | "INTJ" | "NOUN" | "NUM" | "PART" | "PRON" | "PROPN"
  | "PUNCT" | "SCONJ" | "SYM" | "VERB" | "X" | "SPACE";

/** One token: `[start, end)` are UTF-16 offsets into the tagged text; `lemma` is lower case. */
export interface Token {
  start: number;
  end: number;
  text: string;
  pos: PosTag;
  lemma: string;
}

/** The tokens of one text in order, with look-ups by offset. */
export interface Tagging {
  tokens: Token[];
  /** The token covering `offset`, or undefined between tokens. */
  at(offset: number): Token | undefined;
  /** The tokens lying wholly inside `[start, end)`, in order. */
  within(start: number, end: number): Token[];
}

/** Longer than any word, URL or hashtag worth tagging: an unbroken run of non-space characters this long is blanked. */
const LONG_RUN = 80;

/** `text` with every run of LONG_RUN or more non-space characters blanked (same length); one linear scan. */
function blankLongRuns(text: string): string {
  let out: string | undefined;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    // ASCII space, tab, newlines, NBSP and the other Unicode spaces end a run.
    const space = c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680 || c === 0xfeff;
    if (!space) continue;
    if (i - runStart >= LONG_RUN) out = (out ?? text).slice(0, runStart) + " ".repeat(i - runStart) + (out ?? text).slice(i);
    runStart = i + 1;
  }
  return out ?? text;
}

// Built once per isolate: reading the model costs tens of milliseconds, a document a fraction of one.
let nlp: ReturnType<typeof winkNLP> | undefined;

/**
 * Tags `text` (an article's reading, `ParsedArticle.text`). Pure apart from the model loaded once;
 * never throws on any input string (an empty text gives no tokens). Lemmas are worked out on first read of a
 * token's `lemma` (few rules need them; the lemmatiser costs a tenth of the tagger's pass).
 */
export function tagText(text: string): Tagging {
  return taggingOf(tokensOf(text, 0));
}

/**
 * Tags lazily, one span at a time: the tokens of a span of `text` (a paragraph or caption, `[start, end)` in UTF-16
 * offsets, sorted and not overlapping) are worked out the first time a look-up reaches into it. Most sentences are
 * read by patterns alone and never need a tag, so most spans are never tagged (the tagger's pass is a fifth of the
 * pipeline's time). Offsets outside every span have no tokens. `tokens` tags every span. `tag` is the tagger's pass
 * over one span's text, its offsets moved on by the span's start (wink-nlp's, as tagText runs it).
 */
export function lazyTagging(text: string, spans: ReadonlyArray<{ start: number; end: number }>, tag: (text: string, offset: number) => Token[] = tokensOf): Tagging {
  const units = [...spans].sort((x, y) => x.start - y.start).map((s) => ({ start: s.start, end: s.end, tagging: undefined as Tagging | undefined }));
  const tagged = (u: (typeof units)[number]) => (u.tagging ??= taggingOf(tag(text.slice(u.start, u.end), u.start)));
  const firstEndingAfter = (offset: number) => firstEnding(units, offset);
  return {
    get tokens() { return units.flatMap((u) => tagged(u).tokens); },
    at(offset) {
      const u = units[firstEndingAfter(offset)];
      return u && u.start <= offset ? tagged(u).at(offset) : undefined;
    },
    within(start, end) {
      const out: Token[] = [];
      for (let i = firstEndingAfter(start); i < units.length && units[i]!.start < end; i++) out.push(...tagged(units[i]!).within(start, end));
      return out;
    },
  };
}

/**
 * The words of `text` in lower case, without a final dot and without a clitic ("’s", "n’t"), as the tagger's tokens
 * would give them but without tagging: for tests of whether a word occurs ("does the sentence hold a role noun?").
 * A word is a run of letters and digits with the hyphens, dots and apostrophes inside it ("co-chair", "u.s").
 */
export function plainWords(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  for (let i = 0; i < n;) {
    if (!isWordChar(text.charCodeAt(i), text[i]!)) { i++; continue; }
    let j = i + 1;
    for (let c: number; j < n && (isWordChar(c = text.charCodeAt(j), text[j]!) || c === 46 || c === 45 || c === 39 || c === 0x2019); j++);
    let w = text.slice(i, j).toLowerCase();
    i = j;
    // (A scan by character code: this runs over every sentence, and a Unicode pattern per word cost a twentieth of the pipeline.)
    let end = w.length;
    while (end > 0 && (w.charCodeAt(end - 1) === 46 || w.charCodeAt(end - 1) === 45 || w.charCodeAt(end - 1) === 39 || w.charCodeAt(end - 1) === 0x2019)) end--;
    if (end < w.length) w = w.slice(0, end);
    if (w.includes("'") || w.includes("’")) {
      const clitic = /[’'](?:s|re|ve|ll|d|m)$|n[’']t$/.exec(w);
      if (clitic) w = w.slice(0, clitic.index);
    }
    if (w) out.push(w);
  }
  return out;
}

/** Whether a character (its code and itself) is a letter, a combining mark or a digit. */
function isWordChar(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(ch);
}
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** The tokens of `text`, their offsets moved on by `offset` (where `text` starts in the article's text). */
export function tokensOf(text: string, offset: number): Token[] {
  nlp ??= winkNLP(TAGGER_MODEL, ["sbd", "pos"]);
  const its = nlp.its;
  // wink's tokenizer is quadratic in the length of one unbroken run ("a" × 100,000 takes seconds); no word is
  // that long, so such runs are blanked (same length, so offsets hold) and get no tokens.
  const doc = nlp.readDoc(blankLongRuns(text));
  // (One collection for all reads: wink builds a new one, closures and all, on every doc.tokens() call.)
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const tags = all.out(its.pos) as PosTag[];
  // wink-nlp types its.lemma with an addon parameter the item out() supplies itself.
  const lemmaOf = (i: number) => (all.itemAt(i).out(its.lemma as never) as string).toLowerCase();
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // wink keeps each token's text as written; searching forward from the last end also skips any
    // character wink drops (control characters), so offsets never drift.
    const start = text.indexOf(value, at);
    if (start < 0) continue;
    at = start + value.length;
    tokens.push(new TaggedToken(offset + start, offset + at, value, tags[i]!, i, lemmaOf));
  }
  return tokens;
}

/** A token whose lemma is looked up once, when first read. */
class TaggedToken implements Token {
  #lemma: string | undefined;
  constructor(readonly start: number, readonly end: number, readonly text: string, readonly pos: PosTag,
    private readonly index: number, private readonly lemmaOf: (i: number) => string) {}
  get lemma(): string { return (this.#lemma ??= this.lemmaOf(this.index)); }
}

/** Index of the first of `items` (sorted by offset, not overlapping) ending after `offset`; a binary search. */
function firstEnding(items: ReadonlyArray<{ end: number }>, offset: number): number {
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Wraps tokens sorted by offset with binary-search look-ups. */
export function taggingOf(tokens: Token[]): Tagging {
  const firstEndingAfter = (offset: number) => firstEnding(tokens, offset);
  return {
    tokens,
    at(offset) {
      const t = tokens[firstEndingAfter(offset)];
      return t && t.start <= offset ? t : undefined;
    },
    within(start, end) {
      const out: Token[] = [];
      for (let i = firstEndingAfter(start); i < tokens.length && tokens[i]!.end <= end; i++) {
        if (tokens[i]!.start >= start) out.push(tokens[i]!);
      }
      return out;
    },
  };
}
