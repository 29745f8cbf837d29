import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

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

/** An unbroken run of non-space characters longer than any word, URL or hashtag worth tagging. */
const LONG_RUN = /\S{80,}/g;

// Built once per isolate: reading the model costs tens of milliseconds, a document a fraction of one.
let nlp: ReturnType<typeof winkNLP> | undefined;

/**
 * Tags `text` (an article's reading, `ParsedArticle.text`). Pure apart from the model loaded once;
 * never throws on any input string (an empty text gives no tokens).
 */
export function tagText(text: string): Tagging {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  const its = nlp.its;
  // wink's tokenizer is quadratic in the length of one unbroken run ("a" × 100,000 takes seconds); no word is
  // that long, so such runs are blanked (same length, so offsets hold) and get no tokens.
  const doc = nlp.readDoc(text.replace(LONG_RUN, (run) => " ".repeat(run.length)));
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as PosTag[];
  // wink-nlp types its.lemma with an addon parameter the collection out() supplies itself.
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // wink keeps each token's text as written; searching forward from the last end also skips any
    // character wink drops (control characters), so offsets never drift.
    const start = text.indexOf(value, at);
    if (start < 0) continue;
    at = start + value.length;
    tokens.push({ start, end: at, text: value, pos: tags[i]!, lemma: lemmas[i]!.toLowerCase() });
  }
  return taggingOf(tokens);
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
