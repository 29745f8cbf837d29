import winkNLP from "wink-nlp";
import { TAGGER_MODEL } from "./tagger-model";

/**
 * Stage 2 of extraction: tokens with offsets, part-of-speech tags and lemmas.
 *
 * The tagger is wink-nlp with its English lite model (maintained; Universal Dependencies tags; the lemmas come
 * from WordNet's exception lists). It is chosen over compromise for speed — a bare pass costs about as much as
 * our own rules, where compromise's costs ten times that (`npm run bench` prints both) — and because its
 * tokens keep the text's spacing, so every token maps back to an offset of the article text.
 * Only sentence boundaries and tags are run: wink's own entity and sentiment passes are not used.
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
    tokens.push(new TaggedToken(start, at, value, tags[i]!, i, lemmaOf));
  }
  return taggingOf(tokens);
}

/** A token whose lemma is looked up once, when first read. */
class TaggedToken implements Token {
  #lemma: string | undefined;
  constructor(readonly start: number, readonly end: number, readonly text: string, readonly pos: PosTag,
    private readonly index: number, private readonly lemmaOf: (i: number) => string) {}
  get lemma(): string { return (this.#lemma ??= this.lemmaOf(this.index)); }
}

/** Wraps tokens sorted by offset with binary-search look-ups. */
export function taggingOf(tokens: Token[]): Tagging {
  /** Index of the first token ending after `offset`. */
  const firstEndingAfter = (offset: number) => {
    let lo = 0, hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
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
