import { NON_NAME_WORDS } from "../lexicon/stopwords";

/** A piece of the article with its character offsets into the parsed text. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** A non-empty line with its block: lines between blank lines form one block. */
export interface Line extends Span {
  block: number;
}

/** Splits text into non-empty trimmed lines with their offsets and block numbers. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\n]*/g;
  let block = 0;
  let blank = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed) {
      if (blank && lines.length) block++;
      blank = false;
      lines.push({ text: trimmed, start: m.index + lead, end: m.index + lead + trimmed.length, block });
    } else blank = true;
    if (re.lastIndex >= text.length) break;
    re.lastIndex++; // step over the newline
  }
  return lines;
}

/** Sentence punctuation that ends a line, before closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?:;…]["”’'»)\]]*$/u;
/** Does the line end a sentence (or a clause that stands alone, "…:")? */
export const endsSentence = (s: string) => ENDS_SENTENCE.test(s);

const SMALL_WORDS = new Set(["a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "vs", "v", "de", "del", "la", "le", "van", "von", "der", "over", "after", "into", "amid", "about", "its", "their", "his", "her", "is", "are", "&"]);
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;

/** The line's words (letters and digits, with inner apostrophes, dots and hyphens). */
export const wordsOf = (s: string): string[] => s.match(WORDS) ?? [];

/** Share of the line's content words (not small function words) that start with a capital. */
export function capitalisedShare(s: string): number {
  const words = wordsOf(s).filter((w) => /^\p{L}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  if (!words.length) return 0;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length;
}

/** Is the line mostly upper-case letters ("PRESIDENT MEETS GENERAL IN RABAT")? One pass, stopping at the first run of lower case. */
export function isAllCaps(s: string): boolean {
  let upper = 0, lower = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = s[i]!;
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
    if (lower > 8 && lower > 0.15 * (upper + lower)) return false;
  }
  return upper + lower >= 8 && upper / (upper + lower) >= 0.85;
}

const SENTENCE_HEADLINE_CHARS = 110;
const SENTENCE_HEADLINE_WORDS = 17;
const TITLE_HEADLINE_CHARS = 250;

/**
 * Could the line be a headline? Not too long (a sentence-case line of more
 * than ~17 words is a standfirst or the body; a title-case one may run
 * longer), not ending a sentence with a full stop or a teaser ellipsis, not
 * opening in lower case.
 */
// (Lower-case function words only: "Drive Against Hepatitis A" ends with a letter, no article.)
const CANNOT_END_HEADLINE = /\s(?:the|an?|of|and|or|[Vv]ice|[Dd]eputy)$/u;

export function headlineLike(s: string): boolean {
  if (s.length < 2 || s.length > TITLE_HEADLINE_CHARS) return false;
  if (/^\p{Ll}/u.test(s)) return false;
  if (/(?:[.…,;]|\.\.\.)["”’'»)\]]*$/u.test(s) && !/\b(?:Jr|Sr|Inc|Ltd|Co|Corp|U\.S|U\.K|St)\.$/.test(s)) return false;
  if (/:$/.test(s)) return false; // "And from the chairwoman:" introduces what follows
  // "The Vice" / "President met today with …": a line cut after an article, "of", a conjunction or a title's
  // modifier is a sentence wrapped, no headline.
  if (CANNOT_END_HEADLINE.test(s)) return false;
  const words = wordsOf(s);
  if (!words.length || words.length > 40) return false;
  if (capitalisedShare(s) < 0.75) return s.length <= SENTENCE_HEADLINE_CHARS && words.length <= SENTENCE_HEADLINE_WORDS;
  return true;
}

// A quoted phrase without sentence punctuation of its own: "'Keep Going'" is a heading, "“We welcome her.”" a quote.
const QUOTED_HEADING = /^["“‘'][^"“”‘’]{0,59}[^"“”‘’.!?,;:…]["”’']$/u;

/**
 * A heading inside the text: a short line without sentence punctuation whose
 * content words are all capitalised ("U.S.-China Relations", "Saint Vincent")
 * or a short quoted phrase standing alone ("'Keep Going'").
 */
export function headingLike(s: string): boolean {
  if (s.length > 80) return false;
  const words = wordsOf(s);
  if (!words.length || words.length > 10) return false;
  // A quoted heading is a title-case phrase, not a quoted sentence ("“We will sign next week.”" is body text).
  // (…or a short quoted phrase in sentence case, a crosshead: "‘Constructive discussion’".)
  if (QUOTED_HEADING.test(s) && words.length <= 8) return !/[.!?,;:…]["”’']$/u.test(s) && (capitalisedShare(s) === 1 || (words.length <= 5 && /^["“‘']\p{Lu}/u.test(s) && !words.some((w) => NON_HEADING_VERBS.has(w))));
  if (/[.!?,;:…]["”’')\]]*$/u.test(s)) return false;
  if (words.some((w) => NON_HEADING_VERBS.has(w))) return false;
  return capitalisedShare(s) === 1;
}

/** Lower-case words that make a short line a sentence, not a heading. */
const NON_HEADING_VERBS = new Set(["said", "says", "told", "met", "is", "are", "was", "were", "has", "have", "had", "will"]);

/** A short title-case line that reads as page chrome or a section name when a better headline follows ("Press Conferences"). */
export const chromeLike = (s: string) => s.length <= 60 && wordsOf(s).length <= 3 && capitalisedShare(s) === 1;

/** Normalised key of a line, for spotting repeats (case, punctuation and quote style aside). */
// A byte-range class rather than \p{L}: keys are taken of every line, and Unicode property classes are slow on long lines.
// U+2000–U+2FFF (quotes, dashes, symbols) count as punctuation; other non-ASCII as letters.
// Long lines (paragraphs) repeat verbatim when they repeat at all: their key is the line itself.
export const lineKey = (s: string) => (s.length > 160 ? s : s.toLowerCase().replace(/[^a-z0-9\u00c0-\u1fff\u3000-\uffff]+/g, " ").trim());

/** True for words that are never part of a name in running text (for case folding). */
export const NON_NAME = new Set(NON_NAME_WORDS);
