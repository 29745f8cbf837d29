import { SPEECH_VERBS } from "../lexicon/verbs";

const SPEECH_VERB_SET: ReadonlySet<string> = new Set(SPEECH_VERBS);

/** A lower-case word, maybe whom it was told to, a day or "in a statement", then the sentence's end: [, word]. */
const CLOSING_WORD = /^\s+(\p{Ll}+)(?:\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day|yesterday|today|in\s+a\s+statement|reporters|journalists|the\s+(?:media|press))){0,2}\s*(?:[.;]|$)/u;

/**
 * Whether a reporting clause closes the sentence right after a name: `after` is the text following the name
 * (" said.", " added on Monday."). Such a name after a comma is the speaker of what came before it
 * ("Ivo Brandt met the minister on Monday, Kari Holm said."), never an appositive of the phrase before the comma.
 */
export function reportingClauseAfter(after: string): boolean {
  const m = CLOSING_WORD.exec(after.slice(0, 40));
  return !!m && SPEECH_VERB_SET.has(m[1]!);
}
