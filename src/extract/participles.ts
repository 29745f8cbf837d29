import type { Analysis } from "./entities";
import type { Sentence } from "./sentences";
import type { Token } from "./tagging";
import { subjectOf } from "./speakers";
import { actWithoutComplement, ING_PREPOSITIONS, SPEECH_VERB_LEXICON, speechVerbByLemma } from "../lexicon/verbs";

/** The next participle clause of a sentence (", adding that …"; not ", including X" nor ", during …"). */
const NEXT_PARTICIPLE = new RegExp(`,\\s+(?!(?:${ING_PREPOSITIONS.join("|")})\\b)\\p{Ll}+ing\\b`, "u");

/**
 * Reported speech in a participle clause set off by a comma, found over tags and lemmas (stage 2):
 * "The premier hosted the envoy on Monday, assuring him that the railway would be finished."
 * "She praised the plan, underlining the need to protect the coast."
 * The speaker is the sentence's subject; what was said is the participle's complement (after "that" when
 * there is one, without the addressee). A verb of the lexicon in any form counts, by its lemma, so
 * "reaffirming", "stressing", "noting" need no list of their own.
 */


/**
 * Every "-ing" form a one-word verb of the lexicon may take, and some it does not ("say" → saying, "note" → noting,
 * "admit" → admitting, "tie" → tying; also "notting", which no text holds): a sentence with none of these holds no
 * speech participle, and need not be tagged to find that out.
 */
const SPEECH_ING_FORMS: ReadonlySet<string> = new Set(SPEECH_VERB_LEXICON.filter((v) => !v.lemma.includes(" "))
  .flatMap(({ lemma: l }) => [`${l}ing`, `${l.slice(0, -1)}ing`, `${l}${l.at(-1)}ing`, `${l.slice(0, -2)}ying`]));

/** Whether a sentence of these words (plainWords) may hold the participle of a speech verb, one of SPEECH_ING_FORMS. */
export function mayHoldSpeechParticiple(words: Iterable<string>): boolean {
  for (const w of words) if (w.endsWith("ing") && SPEECH_ING_FORMS.has(w)) return true;
  return false;
}

/** Whom the words were addressed to, right after the participle ("assuring him that", "telling reporters"). */
const ADDRESSEE = /^(?:him|her|them|us|me|reporters|journalists|the (?:\p{L}+ )?(?:press|media|audience|crowd|delegation|visitors?|guests?))\s+(?=that\b)/iu;

/** Participles that report words and nothing else, the only ones read without a comma before them. */
export const BARE_SPEECH_PARTICIPLES: ReadonlySet<string> = new Set(["saying", "stressing", "noting", "adding", "insisting", "explaining", "arguing", "emphasising", "emphasizing", "underlining", "underscoring", "highlighting", "warning", "urging", "claiming", "asserting", "declaring", "stating", "reiterating", "affirming", "reaffirming"]);
// (…or a quote, maybe after a comma: "relayed the concerns saying, “I heard …”".)
const BARE_COMPLEMENT = /^(?:\s+(?:that|he|she|it|they|we|I|you|the|a|an|his|her|their|its|our|this|these|those|there|\p{Lu})|,?\s*[“"‘])/u;
const MESSAGE_BEFORE = /\b(?:cable|letter|message|note|statement|tweet|post|e-?mail|telegram)s?\b[^,;.]*$/i;
const NOT_BEFORE_BARE_PARTICIPLE: ReadonlySet<string> = new Set(["by", "without", "after", "before", "for", "while", "when", "since", "of", "in", "on", "is", "was", "were", "are", "be", "been", "being", "kept", "keeps", "started", "began", "stopped", "continued", "and", "or", "but", "not", "from", "about"]);

/** Where the clause holding `to` begins: after the last "; " or ", and/but/while " of the sentence, else its start. */
function clauseStart(text: string, start: number, to: number): number {
  let at = start;
  for (const m of text.slice(start, to).matchAll(/;\s+|,\s+(?:and|but|while|whereas)\s+/g)) at = start + m.index + m[0].length;
  return at;
}

/** A statement found in one sentence: speaker entity, what was said, and the rule's id. */
export interface ParticipleStatement {
  speaker: number;
  text: string;
  rule: "participle-clause";
}

/**
 * Participle attributions in sentence `s`. `inQuote(i)` says whether offset `i` (relative to the sentence)
 * lies inside a direct quote, where no attribution is read; `tokens` are the sentence's tokens (read from
 * `a.tagging` when not given); `speakerOfVerbBefore(comma)` names the speaker of a speech verb before that comma
 * (or "while"), with nothing or its audience between (up to four words), for a clause with no subject of its own ('"…," he added, noting that …').
 * Returns at most one statement per participle.
 */
export function participleStatements(a: Analysis, s: Sentence, inQuote: (i: number) => boolean, tokens: readonly Token[] = a.tagging.within(s.start, s.end), speakerOfVerbBefore: (comma: number) => number | undefined = () => undefined): ParticipleStatement[] {
  const out: ParticipleStatement[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== "VERB" || !/ing$/i.test(t.text)) continue;
    const verb = speechVerbByLemma(t.lemma);
    if (!verb || inQuote(t.start - s.start)) continue;
    // Without the comma only a verb of speech, after a verb or its object: "tweeted saying she was pleased",
    // "welcomed the envoy stressing …" (not "by saying", "was saying", "without stressing").
    // (Nor one after a message noun: "a cable from X expressing …" is the sender's, read by message-participle.)
    // ("…angered the union by predicting that the port would close": "by" and a that-clause, any verb of speech.)
    // ("…,” he told the press while adding that “…”": "while" and a that-clause too.)
    const byThat = /^(?:by|while)$/i.test(tokens[i - 1]!.text) && /^\s+that\s/i.test(a.parsed.text.slice(t.end, t.end + 6));
    if (tokens[i - 1]!.text !== "," && !byThat && (!BARE_SPEECH_PARTICIPLES.has(t.text.toLowerCase()) || NOT_BEFORE_BARE_PARTICIPLE.has(tokens[i - 1]!.text.toLowerCase()) || tokens[i - 1]!.pos === "ADP" || tokens[i - 1]!.pos === "AUX"
      || MESSAGE_BEFORE.test(a.parsed.text.slice(Math.max(s.start, t.start - 80), t.start))
      // (…and what follows opens a clause or a phrase with a determiner: not "spent the week saying goodbye".)
      || !BARE_COMPLEMENT.test(a.parsed.text.slice(t.end, t.end + 40)))) continue;
    const speaker = subjectOf(a, clauseStart(a.parsed.text, s.start, tokens[i - 1]!.start), tokens[i - 1]!.start)?.entity ?? speakerOfVerbBefore(tokens[i - 1]!.start);
    if (speaker === undefined) continue;
    // The clause runs to the sentence end or the next participle clause (", adding that …").
    let clause = a.parsed.text.slice(t.end, s.end);
    const next = NEXT_PARTICIPLE.exec(clause);
    if (next) clause = clause.slice(0, next.index);
    clause = clause.trim().replace(/^[,:]\s*/, "").replace(ADDRESSEE, "");
    const that = /^(?:\S+\s+){0,2}?that\s+/i.exec(clause);
    // An act verb ("welcoming the visit") reports words only with its complement ("…as a milestone", "…that").
    if (!that && actWithoutComplement(verb, clause)) continue;
    const said = (that ? clause.slice(that[0].length) : clause).replace(/[\s.,;:]+$/, "");
    if (said.split(/\s+/).length < 3) continue;
    out.push({ speaker, text: said, rule: "participle-clause" });
  }
  return out;
}
