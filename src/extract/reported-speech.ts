import { mentionsIn, type Analysis } from "./entities";
import { ACT_SPEECH_VERBS, actWithoutComplement, ING_PREPOSITIONS, NOUN_OBJECT_FORMS, SPEECH_VERB_LEXICON, SPEECH_VERBS, speechVerbByLemma } from "../lexicon/verbs";
import { isHonorific, isRoleHead, ROLE_HEADS, roleHeadAlternation } from "../lexicon/titles";
import { BARE_SPEECH_PARTICIPLES, mayHoldSpeechParticiple, participleStatements } from "./participles";
import { speakerAfter, speakerBefore, subjectOf } from "./speakers";
import { personBefore } from "./meetings";
import { continuesQuote, OPENS_WITH_MARK, speechVerbsIn, type SentenceCandidates, type SentenceQuote, type VerbCandidate } from "./statement-candidates";
import type { Meeting, Statement } from "./types";

/**
 * Step 2 of statement extraction (see statements.ts): the forms of one sentence that report words, as a
 * table. Each form has a gate — a cheap test over step 1's candidates (a speech verb, a word among the
 * sentence's tokens, a quote mark) — and runs its patterns only when the gate lets it. The speech-verb
 * form reads what was said by a second table, SAID_FORMS. Every record's example is run by a test
 * (test/extract/statement-stages.test.ts), beside a table of sentences that must make no statement.
 */

/** A statement found in one sentence, before the sentence's statements are merged (step 3). */
export interface Found {
  speaker: number;
  text: string;
  kind: Statement["kind"];
  rule: string;
  /** For the speech-verb form: where its verb stands in the sentence. */
  verbAt?: number;
  /** The verb's clause was cut where another clause of the sentence begins (its own words end there). */
  bounded?: boolean;
}

/** What the forms of a sentence read besides its candidates: the speakers of the sentences before. */
export interface SpeechContext {
  a: Analysis;
  meetings: Meeting[];
  /** The speaker of the last statement found before this sentence. */
  lastSpeaker: number | undefined;
  /** The paragraph of that statement. */
  lastParagraph: number;
  /** The index of that statement's sentence. */
  lastStatementSentence: number;
}

/** A record of a table of forms: an id, why it holds, and an example with its speaker and (part of) what was said. */
export interface FormRecord {
  id: string;
  reason: string;
  example: string;
  speaker: string;
  said: string;
}

/** A form of the sentence table: `gate` is the cheap test, `find` the form itself (given the statements found so far). */
export interface SentenceForm extends FormRecord {
  /** The rule ids its statements carry. */
  rules: readonly string[];
  gate(c: SentenceCandidates, found: readonly Found[]): boolean;
  find(c: SentenceCandidates, x: SpeechContext, found: readonly Found[]): Found[];
}

const MAX_SAID = 1500;
const DOCUMENT = /^(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+)?(?:statement|readout|report|filing|post|figures|data|estimates?|transcript|summary|document|letter|release|note|survey|poll|study|analysis|tally|count)s?\b/iu;
const INVERTING = /^(?:said|says|added|adds|wrote|writes|continued|explained|noted|stated|replied|recalled|asked|insisted|warned|argued|countered|assured|declared|stressed|emphasi[sz]ed|remarked|observed|conceded|admitted|joked|quipped)$/i;
const ACCORDING = /\b(?:according to|as per)\s+/gi;
const QUOTED_ACTIVE = /\bquoted\s+(?:[\p{L}.’'-]+\s+){1,6}?as\s+(?:saying\s+(?:that\s+)?|telling\s+(?:[\w-]+\s+){0,3}?that\s+|telling\s+)/u;
const QUOTED_AS = /\b(?:was|were|is|has been)\s+quoted\s+(?:by\s+[^,.;]{1,80}?\s+)?as\s+(?:saying|telling\s+\w+)(?:\s+(?:that\s+)?|(?=[.,;]|$))/i;
/** "called by X", "announced by the ministry" — not "said by phone", "told by video link". */
const PASSIVE_BY_AFTER = /^\s+by\s+(?!(?:tele)?phone\b|video\b|e-?mail\b|letter\b|text\b|radio\b|satellite\b|telegram\b|way of\b)/i;
const PASSIVE_BEFORE = /\b(?:was|were|been|be|being|is|are)\s+(?:not\s+|never\s+)?$/i;
const OPENS_INVERTED = /^\s+(?:[\p{L}.’'-]+\s+){0,3}?[\p{L}.’'-]+,\s*[“"]/u;
const ORDER = /^(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}to\s+\p{Ll}/u;
const PARTICIPLE_AFTER = new RegExp(`^[\\s,]*(?!(?:${ING_PREPOSITIONS.join("|")})\\b)\\p{Ll}+ing\\b`, "u");
/** A gerund as the subject of the reported clause: " calling off the strike was …", " building more berths would …". */
const GERUND_SUBJECT = /^\s+\p{Ll}+ing\s+[^,;:.“”"]{0,80}?\s(?:is|was|are|were|would|will|could|can|should|must|has|had|have)\s/u;
// ("said on Monday evening his meeting with X had been difficult": a possessive, an article or a name opens the clause too.)
const TIME_LED = /^(?:on|last|this|late|early)\s+(?:\p{Lu}\p{Ll}+day|week|month|night|morning|evening|afternoon)(?:\s+(?:night|morning|evening|afternoon))?\s+(?=(?:that|he|she|they|it|we|the|his|her|their|its|our|a|an|this|these|those)\b|\p{Lu}\p{Ll})/u;
/** The occasion of the saying before its object: "during the phone conversation the need …", "at the summit his hope …". */
const OCCASION_LED = /^(?:during|in|at|after|throughout)\s+(?:the|a|an|his|her|their|its|this|that)\s+(?:[\p{L}-]+\s+){0,3}?(?:meeting|talks|call|conversation|visit|session|discussions?|interview|speech|address|briefing|conference|summit|exchange)\s+(?=(?:the|a|an|his|her|their|its|our|this|these|those)\s)/u;
/** "said in a statement on Friday that …": a prepositional phrase may stand between the verb and "that". */
const THAT_AFTER = /^(?:(?:\S+\s+){0,3}?|(?:in|on|at|during|after|before|late|early|last|this)\s[^,.;:“"]{0,60}?\s)that\s+/i;
const TRAILING = /,\s*(?:[\p{L}.’'-]+\s+){0,4}$/u;

/** Whom something was told, dropped from what was said: "told reporters (on Friday) that …". */
/** A named outlet told: "German magazine Hafenwoche", "the daily Le Monde", "broadcaster NHK" (case-sensitive: names). */
const MEDIA_AUDIENCE = /^(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?(?:magazine|newspaper|daily|weekly|broadcaster|radio|television|TV|news agency|news site|website|outlet|podcast)\s+(?:\p{Lu}[\p{L}.’'&-]*\s*){1,4},?\s*/u;
const AUDIENCE = /^(?:reporters|journalists|the press|Reuters|AFP|Bloomberg|CNN|(?:the )?BBC|Al Jazeera|(?:The|the) Associated Press|Xinhua|TASS|Interfax|Anadolu|lawmakers|staff|members|supporters|the (?:\w+ )?(?:parliament|assembly|senate|committee|council|audience|crowd|conference|newspaper|broadcaster|agency)|(?:a|the) (?:news|press) conference|a briefing|state (?:media|television))\b,?\s*/i;
/** A finite verb inside what follows the verb: a clause with "that" left out ("noted the port would open"), no object. */
// (Within its first words, before any relative word: "welcomed the talks but warned that quotas had …" has an object.)
const FINITE_IN_OBJECT = /^(?:(?!(?:that|which|who|but|and)\b)\S+\s+){1,5}?(?:would|will|must|was|were|is|are|had|has|have|could|should|can|may|might|did|does)\b/i;
/** A named audience and the occasion, before "that": "Ivo Brandt during their meeting on Monday " (told … that). */
const NAMED_AUDIENCE_AT = /^(?:\p{Lu}[\p{L}.’'-]*\s+){1,5}(?:during|at|in|after)\s+(?:their|the|a|his|her)\s+[^,.;:“”"]{0,60}?\s(?=that\s)/u;
/** A clause after the verb that only says when or where ("said on Friday in Oslo."). */
// (Not a time that is the reported clause's subject: "said this year also marks the 10th anniversary".)
const TIME_TAIL = /^(?!(?:this|last|next)\s+(?:year|week|month|time|season)\s+(?:also\s+)?(?:marks?|marked|is|was|will|would|has|had|saw|sees|brings?|brought|remains?|promises?)\b)(?:on|in|at|after|before|during|late|early|last|this|afterwards|later|to reporters|reporters|in a statement|(?:a|one|two|three|several|\d+) (?:day|days|hours?|weeks?|months?) (?:after|before|later)|shortly (?:after|before)|hours (?:after|before))\b[^,]*(?:[,.]|$)/i;

/** What was said, without the punctuation and words of its attribution at either end. */
export function clean(s: string): string {
  // "…in June, the EU authority said": the determiner of the speaker's phrase is no part of what was said.
  return s.replace(/^[\s,:;]+|[\s,]+$/g, "").replace(/^that\s+/i, "").replace(/,\s*(?:the|a|an)$/i, "").replace(/[\s,]+$/, "");
}

/** Whether `s.split(/\s+/)` has at least `n` parts (counted without splitting: a statement may be long). */
function wordsAtLeast(s: string, n: number): boolean {
  let parts = 1;
  for (let i = 0; i < s.length && parts < n; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c) && (i === 0 || !isSpace(s.charCodeAt(i - 1)))) parts++;
  }
  return parts >= n;
}
const SPACE = /\s/;
const isSpace = (c: number) => c === 32 || ((c < 33 || c > 127) && SPACE.test(String.fromCharCode(c)));

// ── The speech-verb form, in steps: speaker → the verb's quotes → its clause → SAID_FORMS ──────────────────

/**
 * 2a. Who speaks through verb `v`: the name, role or pronoun before it, or, for verbs that invert
 * ("…, said Hale"; 'Added Holloway, "…"'), the name right after it. Undefined for a passive ("was not
 * confirmed") or when nobody stands there.
 */
export function verbSpeaker(c: SentenceCandidates, x: SpeechContext, v: VerbCandidate): number | undefined {
  const { a } = x;
  const s = c.sentence, st = c.text;
  if (PASSIVE_BEFORE.test(st.slice(Math.max(0, v.index - 20), v.index))) return undefined;
  const at = s.start + v.index, end = at + v.form.length;
  // "a forum on fishing called by Mr Brandt": a participle with its agent after it is passive; its subject says nothing.
  if (PASSIVE_BY_AFTER.test(st.slice(v.index + v.form.length, v.index + v.form.length + 24))) return undefined;
  // "X told reporters that …, but urged the North to …": a verb joined by "but"/"and" with no subject of its own
  // shares the subject of the speech verb before it.
  if (COORDINATED_VERB.test(st.slice(Math.max(0, v.index - 16), v.index))) {
    const earlier = c.verbs.filter((w) => w.index < v.index - 3).pop();
    if (earlier) return verbSpeaker(c, x, earlier);
  }
  const lastQuoteEnd = c.quotes.filter(([, y]) => y <= v.index).pop()?.[1] ?? 0;
  const recent = x.lastStatementSentence === c.index - 1 && x.lastSpeaker !== undefined && a.entities[x.lastSpeaker]!.type === "person" ? x.lastSpeaker : undefined;
  // (A body that spoke in one of the two sentences before is who "it said" means.)
  const body = x.lastStatementSentence >= c.index - 2 ? x.lastSpeaker : undefined;
  const before = speakerBefore(a, s.start + lastQuoteEnd, at, x.meetings, s.start, recent, body);
  if (before !== undefined) return before;
  // Inverted attribution: only verbs that take it; after "urged" or "told" comes the addressee.
  // …and only after what was said: a comma or a closing quote ("The report said Grant had met" is not "said Grant").
  // …or opening the sentence before the quote: 'Added Holloway, "The harbour comes first."'
  if (!INVERTING.test(v.form)) return undefined;
  const opensInverted = v.index === 0 && /^\p{Lu}/u.test(v.form) && OPENS_INVERTED.test(st.slice(v.form.length));
  if (opensInverted || /[,”"]\s*$/.test(st.slice(0, v.index))) return speakerAfter(a, end, s.end)?.entity;
  return undefined;
}

/** Right before a verb: a comma and "but"/"and"/"yet" (maybe "also"), so no subject of its own stands there. */
const COORDINATED_VERB = /,\s*(?:but|and|yet)\s+(?:also\s+|then\s+|later\s+)?$/;

/**
 * 2b. The quotes that are verb `v`'s object: a quote closing just before it (not one an earlier verb took,
 * `objectsFrom`) with the quote resumed right after it ('"…," he added, "and …"'), else the quotes that open
 * its clause ('said: "…', 'called the deal "…', 'described it as "…'). Deeper in, a quote is part of a
 * reported clause. `before` says whether a quote before the verb was there.
 */
export function verbQuotes(c: SentenceCandidates, v: VerbCandidate, objectsFrom: number): { quoted: string; before: boolean } {
  const st = c.text;
  const before = c.quotes.filter(([x, y]) => y <= v.index + 3 && x < objectsFrom);
  const verbEnd = v.index + v.form.length;
  const opens = (gap: string) => gap.trim().split(/\s+/).filter(Boolean).length <= 2 || /\bas\s*$/.test(gap);
  const after = c.quotes.filter(([x]) => x >= verbEnd).filter((q, i, all) => (i === 0 ? opens(st.slice(verbEnd, q[0])) : q[0] - all[i - 1]![1] < 40));
  const resumed = c.quotes.filter(([x]) => x >= verbEnd && /^[\s,]*$/.test(st.slice(verbEnd, x)));
  const taken: readonly SentenceQuote[] = before.length && v.index - before[before.length - 1]![1] < 60 ? [...before, ...resumed] : after;
  return { quoted: taken.map((q) => q[2]).join(" "), before: before.length > 0 };
}

/** 2c. What verb `v` reports when no quote is its object: its clause, or the words before a trailing attribution. */
export interface VerbReading {
  /** The quote that is the verb's object, or "". */
  quoted: string;
  /** What was said, by the first of quote, clause after the verb, and words before the speaker. */
  said: string;
  /** The sentence before, when it was one whole quote. */
  quoteBefore: string | null;
  /** The verb opens the sentence's words (within 40 characters) and nothing follows it. */
  bareVerb: boolean;
  /** The clause was cut where another attribution's or the main clause begins. */
  bounded?: boolean;
  /** What was said is the verb's own object, with no "that" between ("lauded the deal"): the verb reads with it. */
  objectOfVerb?: boolean;
}

/**
 * 2c. Reads what verb `v` of speaker `speaker` reported. Undefined when the verb is a deed here, not speech:
 * an act verb without its complement ("welcomed the visit"), or "told X to …" (an order).
 */
export function verbClause(c: SentenceCandidates, x: SpeechContext, v: VerbCandidate, speaker: number, quoted: string, limit = Infinity): VerbReading | undefined {
  const { a } = x;
  const s = c.sentence, st = c.text;
  const at = s.start + v.index;
  const verbEnd = v.index + v.form.length;
  // "A visit … was a positive move. Ola Brenne expressed this view in talks with …": the view is the sentence
  // before's, when that sentence is in the same paragraph and attributes nothing itself.
  if (!quoted && ANAPHORIC_OBJECT.test(clean(st.slice(verbEnd, verbEnd + 40)))) {
    const prev = a.sentences[c.index - 1];
    if (prev && prev.paragraph === s.paragraph && !prev.caption && !/[“”"]/.test(prev.text) && !speechVerbsIn(prev.text).length) {
      // (After a lead-in ending in a colon: "Podgorica, 7 November: A visit …".)
      const colon = /:\s+/.exec(prev.text.slice(0, 80));
      const view = clean(colon ? prev.text.slice(colon.index + colon[0].length) : prev.text);
      return { quoted, said: view, quoteBefore: c.quoteBefore, bareVerb: false };
    }
  }
  // "welcomed the visit" is a deed; "welcomed the decision as a turning point" reports words.
  const actComplement = ACT_SPEECH_VERBS.get(v.form.toLowerCase());
  // (Within the verb's own clause: "welcomed His Excellency and commended the Government for …" has no "for" of its own.)
  if (actComplement && !quoted && !actComplement.test(st.slice(verbEnd, Math.min(verbEnd + 200, limit)))) return undefined;
  // What was said is bounded too: a statement longer than this is cut, never read in full per verb.
  // (…and ends where the next attribution's clause begins: `limit`, from nextAttribution; or, for a verb inside a
  // relative clause, where the main clause's verb comes back after a comma: "X, who earlier called the strike a
  // “stunt,” met with Y" said "the strike a stunt", not "met with Y".)
  if (RELATIVE_BEFORE.test(st.slice(Math.max(0, v.index - 60), v.index))) {
    const from = s.start + verbEnd;
    // (A main verb, not "was": "said the strike, which began Monday, was silly" keeps its clause whole.)
    const back = c.tokens.find((t) => t.start > from && t.pos === "VERB" && /^\p{Ll}/u.test(t.text) && MAIN_VERB_BACK.test(a.parsed.text.slice(Math.max(from, t.start - 20), t.start)));
    // (A closing mark after the comma stays with the words: '“silly stunt,”' → '“silly stunt”'.)
    const gap = back && MAIN_VERB_BACK.exec(a.parsed.text.slice(Math.max(from, back.start - 20), back.start))![0];
    if (gap) limit = Math.min(limit, back!.start - s.start - gap.length + (/^,[”"’]/.test(gap) ? 2 : 0));
  }
  let clause = clean(st.slice(verbEnd, Math.min(verbEnd + MAX_SAID, limit))).replace(/,([”"’])$/, "$1");
  if (/^tells?$|^told$/i.test(v.form)) {
    // "told Omar Diaz to leave" is an order, not a statement.
    if (ORDER.test(clause)) return undefined;
    clause = clause.replace(AUDIENCE, "").replace(MEDIA_AUDIENCE, "");
  }
  // "…, the ministry said, citing …": a participle right after the verb (not "argued that blocking …").
  // (…a participle, not an adjective: "expressed unwavering support" reports what was said.)
  const ingAt = c.sentence.start + verbEnd;
  // (…nor a gerund opening the reported clause: "said calling off the strike was a complex process".)
  const participle = PARTICIPLE_AFTER.test(st.slice(verbEnd)) && (/^\s*,/.test(st.slice(verbEnd)) || (!GERUND_SUBJECT.test(st.slice(verbEnd, verbEnd + 120)) && c.tokens.find((t) => t.start >= ingAt)?.pos !== "ADJ"));
  // "said on Friday she had rejected …": a leading time phrase goes, the clause after it stays.
  // (…and so does the occasion: "stressed during the phone conversation the need to …".)
  const timeLed = TIME_LED.exec(clause) ?? OCCASION_LED.exec(clause);
  if (timeLed) clause = clause.slice(timeLed[0].length);
  // ("told Ivo Brandt during their meeting on Monday that …", "assured X at the talks that …": the one addressed and
  // the occasion go with the verb.)
  if (/^(?:told|tells|assured|assures|briefed|briefs|informed|informs|reminded|reminds|urged|urges|warned|warns)$/i.test(v.form)) clause = clause.replace(NAMED_AUDIENCE_AT, "");
  // (clean() already dropped a "that" right after the verb: "added that after the vote, members …")
  const hasThat = THAT_AFTER.test(clause) || /^[\s,]*that\s/i.test(st.slice(verbEnd));
  clause = clause.replace(THAT_AFTER, "");
  // The speaker's mention nearest the verb ("between Li and Whitaker …, Dr. Whitaker said").
  const own = mentionsIn(a, s.start, at).filter((m) => m.entity === speaker && m.end <= at);
  let k = own.length - 1;
  // "the Harbour Authority (HA) said": the phrase starts at the name before its short form.
  while (k > 0 && /^\s*\(\s*$/.test(a.parsed.text.slice(own[k - 1]!.end, own[k]!.start))) k--;
  let speakerAt = own[k]?.start ?? at;
  // ("Lind had a good meeting with Brandt, she said.": a pronoun right before the verb is where the attribution starts.)
  const pronounBefore = /,\s*(?:he|she|they|it)\s+$/i.exec(st.slice(Math.max(0, v.index - 12), v.index));
  // (…with no mention of the speaker before it, the pronoun alone: "…, it said in a statement".)
  if (pronounBefore) { const p = at - pronounBefore[0].length + pronounBefore[0].indexOf(",") + 1; speakerAt = own.length ? Math.max(speakerAt, p) : p; }
  // (…or a noun phrase the speaker rules read with no mention: "…, the statement said", "…, the spokesman said".)
  const phraseBefore = own.length || pronounBefore ? null : /,\s*(?:the|this|that|a|an)\s+(?:[\p{L}-]+\s+){0,3}$/iu.exec(st.slice(Math.max(0, v.index - 60), v.index));
  if (phraseBefore) speakerAt = at - phraseBefore[0].length + 1;
  // "…, President Ines Moreau said": the capitalised titles before the name belong to the attribution, not the words.
  // (…and so do lower-case ones: "…, ministry spokesman X said".)
  const titles = /(?:[\p{L}.’'-]+\s+){1,4}$/u.exec(a.parsed.text.slice(Math.max(s.start, speakerAt - 60), speakerAt));
  if (titles && own[k] && /,\s*$/.test(a.parsed.text.slice(Math.max(s.start, speakerAt - titles[0].length - 3), speakerAt - titles[0].length))) {
    const last = titles[0].trim().split(/\s+/).pop()!;
    if (isRoleHead(last) || isHonorific(last)) speakerAt -= titles[0].length;
  }
  // ("…, the envoy, Kari Holm, said", "…, Norway's envoy, X, said": a role phrase set off before the name set off
  // itself belongs to the attribution too.)
  const nearest = own[k];
  const setOffRole = nearest && /^\s*,/.test(a.parsed.text.slice(nearest.end, at)) ? SET_OFF_ROLE_BEFORE.exec(a.parsed.text.slice(Math.max(s.start, speakerAt - 100), speakerAt)) : null;
  if (setOffRole) speakerAt -= setOffRole[0].length - 1;
  // "…, said the ministry after the meeting.": inverted, the words are before the verb; after it stand the speaker and a tail.
  const inverted = speakerAfter(a, at + v.form.length, s.end)?.entity === speaker && !(own.length && own[own.length - 1]!.end >= at - 60);
  // "..., the ministry said", "..., Trade Minister X said" — not "The UK ambassador in Oslo, X, said …": a role phrase
  // set off before the speaker is who they are.
  const roleSetOff = ROLE_APPOSITIVE.test(a.parsed.text.slice(s.start, speakerAt)) && /^\s*,/.test(a.parsed.text.slice(own[k]?.end ?? at, at));
  // ("Congratulating X on the win, Y expressed …": a fronted participle phrase before the speaker is no words of theirs.)
  const trailing = TRAILING.test(a.parsed.text.slice(s.start, speakerAt)) && !roleSetOff && !FRONTED_PARTICIPLE.test(st);
  // After the verb only a time or place ("said on Friday."): the words are before the speaker, if anywhere.
  // "…, the ministry said, citing scheduling conflicts.": a participle after a trailing attribution is not what was said.
  const tailOnly = inverted || !wordsAtLeast(clause, 2) || (!hasThat && TIME_TAIL.test(clause) && !/\bthat\b/.test(clause.slice(0, 60))) || participle;
  const lead = clean(st.slice(Math.max(0, speakerAt - s.start - MAX_SAID), Math.max(0, speakerAt - s.start)));
  // "The talks, Grant said, were useful": an attribution inside the words, which run on after it (not "…, Grant
  // said, and …" nor a participle or relative clause about the saying).
  const resumes = trailing && !participle && !inverted && !/[.!?]["”’]?\s*$/.test(lead) && RESUMED_AFTER.test(st.slice(verbEnd));
  // "…, the agency said, as the strike ended": after a trailing attribution, an aside is not what was said.
  const aside = trailing && ASIDE_AFTER.test(st.slice(verbEnd));
  const said = quoted || (resumes ? `${lead.replace(/,?\s*\b(?:he|she|they|we|I)\s*$/i, "").replace(/,\s*$/, "")} ${clause}` : trailing && (tailOnly || aside || !wordsAtLeast(clause, 3)) ? lead : !tailOnly ? clause : trailing ? lead : "");
  return { quoted, said, quoteBefore: c.quoteBefore, bareVerb: v.index < 40 && st.slice(verbEnd).trim().length < 3, bounded: limit < Infinity && said === clause, ...(!quoted && said === clause && !hasThat && !timeLed && !FINITE_IN_OBJECT.test(said) ? { objectOfVerb: true } : {}) };
}

/** Between two verbs of one subject: the first verb's words (no quote, no clause break), then "and" right before the second. */
const AND_JOINED_VERB = /^[^“”";:]{1,200}?\s(?:and|,\s*and)\s+(?:also\s+|then\s+|later\s+|further\s+)?$/;

/** A subject joining the speaker's pronoun and another, right before a verb: "he and Brandt", "Lind and she". */
const SELF_AND_OTHER = /(?:\b(?:he|she|I|we)\s+and\s+(?:(?:\p{Lu}[\p{L}’'-]*\s+){1,3}|(?:he|she|they)\s+)|(?:\p{Lu}[\p{L}’'-]*\s+){1,3}and\s+(?:he|she|I|we)\s+)(?:also\s+|\p{Ll}+ly\s+)?$/u;

/** Before the main clause's verb after a relative clause: the comma closing it, maybe a closing mark and an adverb. */
const MAIN_VERB_BACK = /,[”"’]?\s+(?:(?:later|then|also|earlier|subsequently|\p{Ll}+ly)\s+)?$/u;
/** A sentence opening with a participle phrase ("Welcoming the guest, …"), not a pronoun in -thing or "According". */
const FRONTED_PARTICIPLE = /^[“"]?(?!(?:Nothing|Something|Everything|Anything|According)\b)\p{Lu}\p{Ll}{3,}ing\s[^,;:“”"]{1,100},/u;
/** A relative clause opened right before a verb: ", who (earlier in the week) …". */
const RELATIVE_BEFORE = /,\s*(?:who|which)\s+(?:[\p{L}-]+\s+){0,4}$/u;

/** After a parenthetical attribution: a comma, then the words running on (lower case, no conjunction or aside). */
const RESUMED_AFTER = /^\s*,\s+(?!(?:and|but|or|while|as|who|which|whose|after|before|when|where|because|although|though|adding|saying|noting|citing|according)\b)\p{Ll}/u;

/** After an attribution: a comma, then a clause about the saying or its moment (a conjunction or a relative). */
const ASIDE_AFTER = /^\s*,\s+(?:as|while|which|who|when|whereas|after|before|because|although|though|amid|despite|during)\b/i;

/** "by predicting that …": a participle after "by" with a that-clause (participles.ts reads any verb of speech there). */
const BY_PARTICIPLE_THAT = /\bby\s+\p{Ll}+ing\s+that\s/u;

/** A reading of what a verb reported, as a statement (or none). */
export interface SaidForm extends FormRecord {
  take(r: VerbReading): { text: string; kind: Statement["kind"] } | undefined;
}

/**
 * 2d. What a speech verb reported, by the first of these that applies to its reading (2c). A verb none
 * applies to makes no statement (a one-word clause: "she said so").
 */
export const SAID_FORMS: readonly SaidForm[] = [
  {
    id: "quote-before", reason: "A bare attribution after a sentence that was one whole quote: the quote is the words.",
    example: "Mira Holt spoke last. “Whose days are those?” Holt said.", speaker: "Mira Holt", said: "Whose days are those?",
    take: (r) => (!wordsAtLeast(r.said, 2) && r.quoteBefore && r.bareVerb ? { text: r.quoteBefore, kind: "direct" } : undefined),
  },
  {
    id: "quote-verb", reason: "A quote standing as the verb's object, before or right after it; one quoted word counts.",
    example: "Mira Holt described the offer as “insulting.”", speaker: "Mira Holt", said: "insulting",
    take: (r) => (r.quoted && (wordsAtLeast(r.said, 2) || /\w{3}/.test(r.said)) ? { text: r.said.replace(/[\s,;:]+$/, ""), kind: "direct" } : undefined),
  },
  {
    id: "reported-verb", reason: "Reported speech: the verb's clause (after \"that\", an audience or a time phrase), or the words before a trailing attribution.",
    example: "The port would open in June, Mira Holt said on Friday.", speaker: "Mira Holt", said: "The port would open in June",
    take: (r) => (!r.quoted && wordsAtLeast(r.said, 2) ? { text: r.said.replace(/[\s,;:]+$/, ""), kind: "reported" } : undefined),
  },
];

/** The speech-verb form over all verbs of the sentence, in order. */
function speechVerbStatements(c: SentenceCandidates, x: SpeechContext): Found[] {
  const found: Found[] = [];
  let objectsFrom = Infinity; // where the last verb that made a statement ended
  const speakers = c.verbs.map((v) => verbSpeaker(c, x, v));
  // "X noted the ties … and expressed interest in …": a verb joined by "and" to the one before, with no subject of
  // its own between, is that verb's speaker's.
  for (let k = 1; k < c.verbs.length; k++) {
    const prev = c.verbs[k - 1]!, v = c.verbs[k]!;
    if (speakers[k - 1] !== undefined && !c.inQuote(v.index) && AND_JOINED_VERB.test(c.text.slice(prev.index + prev.form.length, v.index))) speakers[k] = speakers[k - 1];
  }
  for (let k = 0; k < c.verbs.length; k++) {
    const v = c.verbs[k]!, speaker = speakers[k];
    if (speaker === undefined) continue;
    // ("X said that, during the meeting, he and Y exchanged views on …": a verb inside what an earlier verb reported,
    // whose subject joins the speaker himself to another, is part of his words, no attribution of Y's; "X said that
    // Mayor Y promised …" still gives Y's words.)
    const inside = c.text.slice(v.index, v.index + v.form.length + 16);
    if (SELF_AND_OTHER.test(c.text.slice(Math.max(0, v.index - 60), v.index)) && found.some((f) => f.kind === "reported" && f.verbAt !== undefined && f.verbAt < v.index && f.text.includes(inside))) continue;
    const { quoted, before } = verbQuotes(c, v, objectsFrom);
    // ("lauded X's plan …, and suggested the group …": the clause ends where a verb joined by "and" takes over.)
    const nextV = c.verbs[k + 1];
    // (Only after a verb whose object is a noun phrase: "said the ministers discussed quotas, and exchanged views" goes
    // on with the reported clause's own verbs.)
    const joinedGap = nextV && speakers[k + 1] === speaker && NOUN_OBJECT_FORMS.has(v.form.toLowerCase()) && !c.inQuote(nextV.index) ? c.text.slice(v.index + v.form.length, nextV.index) : "";
    const joinedAt = joinedGap && AND_JOINED_VERB.test(joinedGap) ? v.index + v.form.length + joinedGap.search(/,?\s*\band\s+(?:\p{L}+\s+)?$/u) : Infinity;
    const reading = verbClause(c, x, v, speaker, quoted, Math.min(nextAttribution(c, k, speakers), joinedAt < v.index ? Infinity : joinedAt));
    if (!reading) continue;
    for (const form of SAID_FORMS) {
      let said = form.take(reading);
      if (!said) continue;
      // ("Lind lauded the Harbour Force's commitment": "lauded the Harbour Force's commitment …", the verb with its object.)
      if (form.id === "reported-verb" && reading.objectOfVerb && NOUN_OBJECT_FORMS.has(v.form.toLowerCase())) said = { ...said, text: `${v.form.toLowerCase()} ${said.text}` };
      found.push({ speaker, ...said, rule: form.id, verbAt: v.index, ...(reading.bounded ? { bounded: true } : {}) });
      if (form.id !== "quote-before" && !before) objectsFrom = v.index + v.form.length;
      break;
    }
  }
  return found;
}

/**
 * Where the clause of verb `k` ends because a later verb of the sentence has a speaker of its own, joined by a
 * conjunction ("X said the port would open and Y said it would not", "…, while Lind stressed that …"): the
 * conjunction's offset in the sentence, or Infinity. (Up to eight words, no comma, between the conjunction and that
 * verb: its subject.)
 */
export function nextAttribution(c: SentenceCandidates, k: number, speakers: ReadonlyArray<number | undefined>): number {
  const v = c.verbs[k]!;
  const from = v.index + v.form.length;
  // Only the nearest later attribution can end this clause; its subject stands within a short window before its verb
  // (both bounds keep a sentence of a thousand "said" linear).
  for (let j = k + 1; j < c.verbs.length; j++) {
    const w = c.verbs[j]!;
    if (speakers[j] === undefined || w.index <= from || c.inQuote(w.index)) continue;
    const windowStart = Math.max(from, w.index - 120);
    const conj = SUBJECT_AFTER_CONJUNCTION.exec(c.text.slice(windowStart, w.index));
    if (!conj) return Infinity;
    // (…after a clause of its own, with a verb: "said that, during the meeting, he and Ana exchanged views" is one
    // clause whose subject is "he and Ana".)
    const clauseStart = c.sentence.start + from, conjAt = c.sentence.start + windowStart + conj.index;
    const tokens = c.tokens;
    let lo = 0, hi = tokens.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.start < clauseStart) lo = mid + 1; else hi = mid; }
    for (let t = tokens[lo]; t && t.end <= conjAt; t = tokens[++lo]) if (t.pos === "VERB" || t.pos === "AUX") return windowStart + conj.index;
    return Infinity;
  }
  return Infinity;
}
/**
 * A conjunction, then a subject of up to eight words with no comma, right before a verb: no other conjunction in it,
 * and no relative word, modal or "to" ("but would not accept what he called …" goes on with the same clause).
 */
const SUBJECT_AFTER_CONJUNCTION = /(?:,\s*)?\s\b(?:and|while|but|whereas)\s+(?:(?!(?:and|while|but|whereas|what|which|who|whom|whose|that|when|where|if|because|would|could|should|might|must|will|can|may|not|to)\s)[^\s,;:“”"]+\s+){1,8}$/i;

// ── The other forms of a sentence ───────────────────────────────────────────────────────────────────────────

/** Lower-case role words before a name: "harbour master ", "the bank's chief economist ". */
// (…or a capitalised title: "according to President Holt", "According to Foreign Minister Ana Lind".)
const ROLE_HEAD_WORDS = ROLE_HEADS.filter((h) => /^[a-z-]+$/.test(h)).join("|");
const ROLE_LEAD = new RegExp(`^(?:the\\s+)?(?:[\\p{L}’'.-]+\\s+){0,3}(?:${ROLE_HEAD_WORDS})\\s+$`, "iu");

/** The role heads with their first letter in either case ("minister" or "Minister"), for patterns without the i flag. */
const ROLE_HEAD_WORDS_EITHER_CASE = roleHeadAlternation("either");
/** A role phrase set off by commas at the end of the words before a name: ", the envoy, ", ", Norway's chief negotiator, ". */
const SET_OFF_ROLE_BEFORE = new RegExp(`,\\s*(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\\s+|\\p{Lu}[\\p{L}-]*[’']s\\s+)(?:[\\p{L}’'.-]+\\s+){0,4}?(?:${ROLE_HEAD_WORDS_EITHER_CASE})(?:\\s+(?:of|in|to|for|at)\\s+(?:the\\s+)?(?:[\\p{L}’'.-]+\\s+){0,3}?[\\p{L}’'.-]+)?\\s*,\\s*$`, "u");

/** A sentence opening with a role phrase set off by a comma: "The non-residential UK ambassador in Oslo, ". */
const ROLE_APPOSITIVE = new RegExp(`^\\s*(?:the|a|an|his|her|its|their)\\s+(?:[\\p{L}’'.-]+\\s+){0,6}?(?:${ROLE_HEAD_WORDS})(?:\\s+(?:of|in|to|for|at|on)\\s+(?:the\\s+)?(?:[\\p{L}’'.-]+\\s+){0,3}[\\p{L}’'.-]+)?\\s*,\\s*$`, "iu");

/** What a verb reports when it refers back: "expressed this view", "made these remarks", "said this". */
const ANAPHORIC_OBJECT = /^(?:this|these|those|such)\s+(?:views?|opinions?|positions?|remarks?|comments?|assessments?|sentiments?|points?|words)\b/i;

/** Between a body and its person: "’s chief executive ", " spokesman ", " deputy director ". */
const ROLE_AFTER_BODY = new RegExp(`^(?:[’']s)?\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${ROLE_HEAD_WORDS})\\s+$`, "iu");

/** "…, according to X." or "According to X, …" ("As per X, …"): the source after "according to"; the words on the other side. */
function accordingTo(c: SentenceCandidates, x: SpeechContext): Found[] {
  const { a } = x;
  const s = c.sentence, st = c.text;
  const found: Found[] = [];
  ACCORDING.lastIndex = 0;
  for (let m = ACCORDING.exec(st); m; m = ACCORDING.exec(st)) {
    // The source: the name right after "according to", or, after a document ("a readout of the talks
    // from Beijing's foreign ministry", "a summary released by the union"), the last name before the comma.
    const src = s.start + m.index + m[0].length;
    const phrase = /^[^,.;]{0,100}/.exec(st.slice(m.index + m[0].length))![0];
    const inPhrase = mentionsIn(a, src, src + phrase.length);
    // (A lower-case role may stand before the name: "according to harbour master Ana Lind".)
    let men = DOCUMENT.test(phrase) ? inPhrase.pop() : inPhrase.find((y) => y.start <= src + 6 || ROLE_LEAD.test(a.parsed.text.slice(src, y.start)));
    // "according to Harbour House spokesman Ana Lind": the body's person after their role is the source.
    if (men && a.entities[men.entity]!.type === "organization") {
      const body = men;
      men = inPhrase.find((y) => y.start > body.end && a.entities[y.entity]!.type === "person" && ROLE_AFTER_BODY.test(a.parsed.text.slice(body.end, y.start))) ?? body;
    }
    if (!men) {
      // "According to him, …": the one the sentences before were about (the last speaker, else the last person named).
      const pro = /^(him|her)\s*,\s*/i.exec(st.slice(m.index + m[0].length));
      // ("Mr. X also highlighted …, and according to him, …": the sentence's own subject, when a person opens it.)
      const own = m.index > 0 ? subjectOf(a, s.start, src) : undefined;
      // (…of the pronoun's gender when the article shows one: "Mr. X met Ms. Y, and according to her" is Y.)
      const gender = pro && /^her$/i.test(pro[1]!) ? "female" : "male";
      const fits = (e: number) => a.entities[e]!.type === "person" && (a.entities[e]!.gender ?? gender) === gender;
      const who = pro ? (own && fits(own.entity) ? own.entity : undefined) ?? x.lastSpeaker ?? personBefore(a, src) : undefined;
      if (pro && who !== undefined && a.entities[who]!.type === "person") {
        const said = clean(st.slice(m.index + m[0].length + pro[0].length));
        if (wordsAtLeast(said, 3)) found.push({ speaker: who, text: said, kind: "reported", rule: "according-to" });
      }
      continue;
    }
    const after = clean(st.slice(men.end - s.start).replace(/^[^,]{0,80}?,\s*/, ""));
    // "According to the NTB report, Lind also said: …": a relay before a clause with its own speaker and verb of
    // speech is no speaker; that clause's speaker is (the speech-verb form reads it).
    const phraseEnd = m.index + m[0].length + phrase.length;
    if (!clean(st.slice(0, m.index)) && c.verbs.some((v) => v.index > phraseEnd && RELAYED_SUBJECT.test(st.slice(phraseEnd, v.index)))) continue;
    found.push({ speaker: men.entity, text: clean(st.slice(0, m.index)) || after, kind: "reported", rule: "according-to" });
  }
  return found;
}

/** After "According to the report": a comma and a subject of up to five words before a verb of speech. */
const RELAYED_SUBJECT = /^\s*,\s*(?:[\p{L}.’'-]+\s+){1,5}$/u;

/** Nouns for a message that can carry words: "a statement saying …", "a cable from X expressing …". */
const MESSAGE_NOUNS = new Set(["statement", "letter", "message", "cable", "note", "tweet", "post", "readout", "communique", "communiqué", "memo", "email", "e-mail", "release"]
  .flatMap((n) => [n, `${n}s`]));
const MESSAGE_PARTICIPLE = /\b(?:statements?|letters?|messages?|cables?|notes?|tweets?|posts?|readouts?|communiqu[eé]s?|memos?|e-?mails?|releases?)\b([^.;:,“”"]{0,80}?)\s+(\p{Ll}+ing)\b/iu;

/**
 * "X released a statement saying …", "received a cable from X expressing …": a message noun and, with no comma
 * between, a speech verb's participle. The speaker is the name after "from"/"by" in between, else the sentence's subject.
 */
function messageParticiple(c: SentenceCandidates, x: SpeechContext): Found[] {
  const { a } = x;
  const m = MESSAGE_PARTICIPLE.exec(c.text);
  if (!m) return [];
  // (A form no speech verb takes needs no tag to be turned down.)
  if (!mayHoldSpeechParticiple([m[2]!.toLowerCase()])) return [];
  const partAt = c.sentence.start + m.index + m[0].length - m[2]!.length;
  const token = a.tagging.at(partAt);
  const verb = token && speechVerbByLemma(token.lemma);
  if (!verb || c.inQuote(partAt - c.sentence.start)) return [];
  const between = c.sentence.start + m.index + m[0].length - m[2]!.length - m[1]!.length - 1;
  const source = /\b(?:from|by)\s/.exec(m[1]!) ? mentionsIn(a, between, partAt).pop() : undefined;
  const speaker = source?.entity ?? subjectOf(a, c.sentence.start, c.sentence.start + m.index)?.entity;
  if (speaker === undefined) return [];
  let said = c.text.slice(partAt - c.sentence.start + m[2]!.length).trim();
  const that = /^(?:\S+\s+){0,2}?that\s+/i.exec(said);
  // (An act verb with no complement of its own reports nothing: "a letter asking nothing in particular".)
  if (!that && actWithoutComplement(verb, ` ${said}`)) return [];
  if (that) said = said.slice(that[0].length);
  said = said.replace(/[\s.,;:]+$/, "");
  return wordsAtLeast(said, 3) ? [{ speaker, text: said, kind: "reported", rule: "message-participle" }] : [];
}

/** "Kim Yo Jong, the leader's sister, was quoted by KCNA as saying that …": the sentence's subject. */
function quotedAsSaying(c: SentenceCandidates, x: SpeechContext): Found[] {
  const quotedAs = QUOTED_AS.exec(c.text);
  if (!quotedAs) {
    // Active: "State radio quoted Mira Holt as telling supporters that …": the one quoted is between "quoted" and "as".
    const active = QUOTED_ACTIVE.exec(c.text);
    if (!active) return [];
    const at = c.sentence.start + active.index;
    const quoted = mentionsIn(x.a, at, at + active[0].length).find((m) => x.a.entities[m.entity]!.type === "person");
    // ('"…," state radio quoted X as telling supporters.': the quote before is what was said.)
    const before = c.quotes.find(([, y]) => y <= active.index);
    const fromQuote = /telling\s+$/.test(active[0]);
    const said = fromQuote ? (before?.[2] ?? "").replace(/[\s,;:]+$/, "") : clean(c.text.slice(active.index + active[0].length));
    if (!quoted || !wordsAtLeast(said, 2)) return [];
    return [{ speaker: quoted.entity, text: said, kind: fromQuote || /^[“"]/.test(said) ? "direct" : "reported", rule: "quoted-as-saying" }];
  }
  // ('"…," X was quoted as saying by the state news agency.': the quote before is what was said, by the one after it.)
  const tail = c.text.slice(quotedAs.index + quotedAs[0].length);
  const before = c.quotes.filter(([, y]) => y <= quotedAs.index).pop();
  if (before && /^\s*(?:by\s+[^“”"]{1,80})?[.,;]?\s*$/.test(tail)) {
    const at = c.sentence.start + before[1];
    const who = mentionsIn(x.a, at, c.sentence.start + quotedAs.index).find((m) => x.a.entities[m.entity]!.type === "person");
    const words = before[2].replace(/[\s,;:]+$/, "");
    return who && wordsAtLeast(words, 2) ? [{ speaker: who.entity, text: words, kind: "direct", rule: "quoted-as-saying" }] : [];
  }
  const first = subjectOf(x.a, c.sentence.start, c.sentence.start + quotedAs.index);
  const said = clean(tail);
  if (!first || !wordsAtLeast(said, 2)) return [];
  return [{ speaker: first.entity, text: said, kind: /^[“"]/.test(said) ? "direct" : "reported", rule: "quoted-as-saying" }];
}

/** "In his words, …", "In the words of X, …": what follows the comma is the speaker's. */
const IN_WORDS = /^[“"]?In\s+(?:(his|her|their)\s+(?:own\s+)?words|the\s+words\s+of\s+)/i;

/** "took the opportunity to <verb>": the verb's base form is group 1. (The form itself: opportunityTo.) */
const OPPORTUNITY_TO = /\b(?:took|takes|take|taking|used|uses|use|seized|seizes|grabbed)\s+(?:the|this|that)\s+(?:opportunity|occasion|chance)\s+(?:[\p{Ll}-]+\s+){0,3}?to\s+(?:also\s+)?(\p{Ll}+)\b/u;

/** "X took the opportunity to acknowledge Y's help": the subject said what the speech verb's complement holds. */
function opportunityTo(c: SentenceCandidates, x: SpeechContext): Found[] {
  const m = OPPORTUNITY_TO.exec(c.text);
  const verb = m && speechVerbByLemma(m[1]!.toLowerCase());
  if (!m || !verb || c.inQuote(m.index)) return [];
  const said = clean(c.text.slice(m.index + m[0].length));
  // (An act verb reports words only with its complement: "took the opportunity to welcome the envoy" is a deed.)
  if (actWithoutComplement(verb, ` ${said}`)) return [];
  const speaker = subjectOf(x.a, c.sentence.start, c.sentence.start + m.index)?.entity;
  return speaker !== undefined && wordsAtLeast(said, 3) ? [{ speaker, text: said.replace(/^that\s+/i, ""), kind: "reported", rule: "opportunity-to" }] : [];
}

/**
 * "In his words, the rise would 'pay for roads'": the words are those of the subject of the sentence before (the
 * one "his" stands for); "In the words of X, …": X's.
 */
function inWords(c: SentenceCandidates, x: SpeechContext): Found[] {
  const m = IN_WORDS.exec(c.text);
  if (!m) return [];
  const { a } = x;
  const s = c.sentence;
  const i = a.sentences.indexOf(s);
  const prev = i > 0 ? a.sentences[i - 1] : undefined;
  const named = m[1] ? undefined : mentionsIn(a, s.start + m[0].length, s.start + m[0].length + 80)[0];
  const speaker = named?.entity ?? (prev ? subjectOf(a, prev.start, prev.end)?.entity : undefined) ?? x.lastSpeaker;
  const comma = c.text.indexOf(",", named ? named.end - s.start : m[0].length);
  const said = comma >= 0 ? clean(c.text.slice(comma + 1)) : "";
  if (speaker === undefined || !wordsAtLeast(said, 3)) return [];
  return [{ speaker, text: said, kind: c.quotes.length ? "direct" : "reported", rule: "in-words" }];
}

/** 'Radovanović was blunt in his own account: "We will not sign …"': the subject, a colon, a quote. */
function colonQuote(c: SentenceCandidates, x: SpeechContext): Found[] {
  const colon = /:\s*[“"]/.exec(c.text);
  if (!colon) return [];
  const first = subjectOf(x.a, c.sentence.start, c.sentence.start + colon.index);
  if (!first) return [];
  return [{ speaker: first.entity, text: c.quotes.filter(([q]) => q > colon.index).map((q) => q[2]).join(" "), kind: "direct", rule: "colon-quote" }];
}

/** A speech verb in the passive with what was said before "by": "was described as “conciliatory” by ", "was called a disgrace by ". */
const PASSIVE_SAID = /\b(?:was|were|is|are|has been|have been|had been)\s+(?:also\s+)?(?:described|called|labell?ed|branded|termed|dismissed|hailed|characteri[sz]ed)\s+(?:as\s+)?(“[^”]{1,160}”|"[^"]{1,160}"|(?:(?:a|an)\s+)?[^,;.“”"]{1,60}?)\s+by\s+/iu;

/** "The meeting was described as “conciliatory” by the union's secretary X": the words are X's (a person named in the by-phrase, else its body). */
function passiveBy(c: SentenceCandidates, x: SpeechContext): Found[] {
  const m = PASSIVE_SAID.exec(c.text);
  if (!m || c.inQuote(m.index)) return [];
  const from = c.sentence.start + m.index + m[0].length;
  const phrase = /^[^,;:“”"]{0,120}/.exec(c.text.slice(m.index + m[0].length))![0];
  const inPhrase = mentionsIn(x.a, from, from + phrase.length);
  const who = inPhrase.find((y) => x.a.entities[y.entity]!.type === "person") ?? inPhrase[0];
  // (The one named must open the phrase, after a title at most: "by the union's secretary X", not "by a vote … X".)
  // (…no verb or second "by" between: "by a vote of the council chaired by X" names how, not who.)
  const gap = who ? x.a.parsed.text.slice(from, who.start) : "";
  if (!who || !/^(?:the\s+)?(?:[\p{L}’'.-]+\s+){0,8}$/u.test(gap) || /\b(?:by|\p{Ll}+ed)\s/u.test(gap)) return [];
  const said = m[1]!.replace(/^[“"]|[”"]$/g, "").trim();
  return wordsAtLeast(said, 1) && /\p{L}{3}/u.test(said) ? [{ speaker: who.entity, text: said, kind: /^[“"]/.test(m[1]!) ? "direct" : "reported", rule: "passive-by" }] : [];
}

/** A speech verb, then a colon ending its paragraph: "The PM said:". */
const SAID_COLON_END = /\b\p{Ll}+:\s*$/u;
/** How many sentences of the block after "said:" are taken as the words, at most. */
const BLOCK_SENTENCES = 8;

/** "The PM said:" closing its paragraph: the next paragraph (its first sentences) is what the speaker said. */
function saidThenBlock(c: SentenceCandidates, x: SpeechContext): Found[] {
  const v = c.verbs[c.verbs.length - 1]!;
  if (!/^\s*:\s*$/.test(c.text.slice(v.index + v.form.length))) return [];
  const s = c.sentence;
  if (x.a.sentences[c.index + 1]?.paragraph === s.paragraph) return [];
  const speaker = verbSpeaker(c, x, v);
  if (speaker === undefined) return [];
  const block = x.a.sentences.slice(c.index + 1, c.index + 1 + BLOCK_SENTENCES).filter((t, k, all) => !t.caption && t.paragraph === all[0]!.paragraph);
  // (A block that opens with a quote is read by the quote forms.)
  if (!block.length || block[0]!.paragraph !== s.paragraph + 1 || /^[“"‘]/.test(block[0]!.text)) return [];
  return [{ speaker, text: block.map((t) => t.text).join(" "), kind: "direct", rule: "said-then-block" }];
}

/**
 * The forms of one sentence, tried in this order; each sees what the forms before it found. The sentence's
 * statements are merged after (step 3).
 */
export const SENTENCE_FORMS: readonly SentenceForm[] = [
  {
    id: "speech-verb", rules: SAID_FORMS.map((f) => f.id),
    reason: "A speech verb of the lexicon outside the quotes, its speaker before it (or after it, inverted), and what it reported (SAID_FORMS).",
    example: "Mira Holt told reporters that the port would open in June.", speaker: "Mira Holt", said: "the port would open in June",
    gate: (c) => c.verbs.length > 0,
    find: speechVerbStatements,
  },
  {
    id: "passive-by", rules: ["passive-by"],
    reason: "A speech verb in the passive, its speaker after \"by\": what it was described as is the speaker's words.",
    example: "The offer was described as “an insult” by Mira Holt.", speaker: "Mira Holt", said: "an insult",
    gate: (c, found) => found.length === 0 && c.has("by") && PASSIVE_SAID.test(c.text),
    find: passiveBy,
  },
  {
    id: "according-to", rules: ["according-to"],
    reason: "\"according to X\" or \"as per X\" attributes the rest of the sentence to X (or, after a document, to the last name in that phrase).",
    example: "As per Mira Holt, the port will open in June.", speaker: "Mira Holt", said: "the port will open in June",
    gate: (c) => c.has("according") || c.has("per"),
    find: accordingTo,
  },
  {
    id: "participle-clause", rules: ["participle-clause"],
    reason: "A speech verb's participle after a comma reports the words of the sentence's subject (participles.ts).",
    example: "Mira Holt opened the terminal, stressing that no jobs would be lost.", speaker: "Mira Holt", said: "no jobs would be lost",
    // (Without a comma only a speech participle right after a verb or its object: "tweeted saying she was pleased".)
    // (The form walks the tagger's tokens; a sentence with no speech verb's "-ing" form is never tagged for it.)
    gate: (c) => (c.text.includes(",") || BARE_SPEECH_PARTICIPLE.test(c.text) || BY_PARTICIPLE_THAT.test(c.text)) && mayHoldSpeechParticiple(c.words),

    // '"…," he added, noting that …': with no subject before it, the participle is the speaker's of the verb before its comma.
    // (…or after the verb's audience: '"…," he told the press, adding that …'.)
    find: (c, x, found) => participleStatements(x.a, c.sentence, c.inQuote, c.tokens, (comma) => found.find((f) => f.verbAt !== undefined && c.verbs.some((v) => v.index === f.verbAt && AUDIENCE_GAP.test(c.text.slice(v.index + v.form.length, comma - c.sentence.start))))?.speaker)
      // ('…saying, “I heard …”': a quote right after the participle is direct speech, without its marks.)
      .map((p) => (/^[“"‘]/.test(p.text) ? { ...p, text: p.text.replace(/^[“"‘]|[”"’.]+$/g, ""), kind: "direct" as const } : { ...p, kind: "reported" as const })),
  },
  {
    id: "message-participle", rules: ["message-participle"],
    reason: "A message noun and a speech verb's participle with no comma between: the words are the sender's (named after \"from\"), else the subject's.",
    example: "The mayor's office received a letter from Mira Holt expressing concern over the harbour fees.", speaker: "Mira Holt", said: "concern over the harbour fees",
    // By the words, not the tagger's lemmas: most sentences need no tags.
    gate: (c) => [...MESSAGE_NOUNS].some((n) => c.has(n)),
    find: messageParticiple,
  },
  {
    id: "quoted-as-saying", rules: ["quoted-as-saying"],
    reason: "\"X was quoted (by a source) as saying …\": the words are the subject's.",
    example: "Mira Holt was quoted by the local paper as saying that the port would open in June.", speaker: "Mira Holt", said: "the port would open in June",
    gate: (c) => c.has("quoted"),
    find: quotedAsSaying,
  },
  {
    id: "colon-quote", rules: ["colon-quote"],
    reason: "A sentence with no other form whose subject leads to a colon and a quote: the quote is the subject's.",
    example: "Mira Holt was blunt in her reply: “We will not sign this.”", speaker: "Mira Holt", said: "We will not sign this",
    gate: (c, found) => found.length === 0 && c.quotes.length > 0 && c.text.includes(":"),
    find: colonQuote,
  },
  {
    id: "opportunity-to", rules: ["opportunity-to"],
    reason: "\"took the opportunity to acknowledge X\": a verb of speech in the infinitive after an occasion taken reports what was said, by the clause's subject.",
    example: "Mira Holt took the opportunity to acknowledge the dockers' work on the new quay.", speaker: "Mira Holt", said: "the dockers' work on the new quay",
    gate: (c, found) => found.length === 0 && (c.has("opportunity") || c.has("occasion") || c.has("chance")),
    find: opportunityTo,
  },
  {
    id: "in-words", rules: ["in-words"],
    reason: "\"In his words, …\" gives the words of the one the sentence before is about; \"In the words of X, …\" gives X's.",
    example: "Mira Holt opened the new quay. In her words, the quay would “double the port's trade”.", speaker: "Mira Holt", said: "the quay would “double the port's trade”",
    gate: (c, found) => found.length === 0 && c.has("words"),
    find: inWords,
  },
  {
    id: "said-then-block", rules: ["said-then-block"],
    reason: "A paragraph that ends \"X said:\" introduces the next paragraph as X's words, set off as a block without quotation marks (press releases).",
    example: "Minister Mira Holt spoke after the talks. The minister said:\n\nWe want the port to grow. We will build a second quay.", speaker: "Mira Holt", said: "We want the port to grow",
    gate: (c, found) => found.length === 0 && c.verbs.length > 0 && SAID_COLON_END.test(c.text),
    find: saidThenBlock,
  },
  {
    id: "quote-continued", rules: ["quote-continued"],
    reason: "A sentence opening with a quote and with no attribution of its own continues the last speaker's words (same or next paragraph).",
    example: "Mira Holt said the port was full. “We will build a second quay.”", speaker: "Mira Holt", said: "We will build a second quay",
    // …unless the sentence has its own speech verb outside the quotes that the forms above could not read: the
    // quote-attribution step reads those ('"…," Harbour chief Ana Ruiz, spokeswoman for the port said').
    // …nor when the quote it opens closes later in its paragraph with an attribution of its own: '“I met her. She
    // brought a plan,” Brandt said.' is Brandt's, read whole by the quote-attribution step.
    gate: (c, found) => found.length === 0 && c.verbs.length === 0 && c.quotes[0]?.[0] === 0,
    // (A heading between the two paragraphs, "‘Constructive discussion’", breaks no one's words: only body text does.)
    find: (c, x) => (x.lastSpeaker !== undefined && !attributedAtClose(c, x.a) && c.sentence.paragraph >= x.lastParagraph && (c.sentence.paragraph - x.lastParagraph <= 1 || !x.a.sentences.some((t) => t.paragraph > x.lastParagraph && t.paragraph < c.sentence.paragraph && !t.caption))
      ? [{ speaker: x.lastSpeaker, text: c.quotes.map((q) => q[2]).join(" "), kind: "direct", rule: "quote-continued" }]
      : []),
  },
];

/**
 * Whether the quote left open at the end of sentence `c` closes later in its paragraph with a speech verb right
 * after the closing mark ('…,” Brandt said', '…,” said the minister'): then that attribution names its speaker.
 */
export function attributedAtClose(c: SentenceCandidates, a: Analysis): boolean {
  const last = c.quotes[c.quotes.length - 1];
  if (!last || last[1] !== c.text.length || /[”"]\s*$/.test(c.text)) return false;
  // The rest of the paragraph, then each next paragraph that opens with a mark: a quote running over paragraphs
  // opens each with a mark and closes only the last ('“We must act. [¶] “We left in good spirits,” the minister said.').
  let paragraph = c.sentence.paragraph;
  let rest = "";
  for (let i = c.index + 1; i < a.sentences.length; i++) {
    const t = a.sentences[i]!;
    if (t.paragraph !== paragraph) {
      if (t.paragraph !== paragraph + 1 || paragraph - c.sentence.paragraph >= MAX_QUOTE_PARAGRAPHS || /[”"]/.test(rest) || !continuesQuote(t.text)) break;
      paragraph = t.paragraph;
      rest += ` ${t.text.replace(OPENS_WITH_MARK, "")}`;
      continue;
    }
    rest += ` ${t.text}`;
  }
  const close = /[”"]/.exec(rest);
  if (!close) return false;
  const after = rest.slice(close.index + 1, close.index + 80);
  return ATTRIBUTION_AFTER_CLOSE.test(after);
}
/** How many paragraphs after a sentence's own the quote it opens may run on to its closing attribution. */
const MAX_QUOTE_PARAGRAPHS = 6;

/** Right after a closing mark: a name or role phrase (up to five words) and a speech verb, or the verb first. */
const ATTRIBUTION_AFTER_CLOSE = new RegExp(`^\\s*,?\\s*(?:(?:[\\p{L}.’'-]+\\s+){1,5})?(?:${[...SPEECH_VERBS].filter((v) => /^[a-z]+$/.test(v)).join("|")})\\b`, "u");

/** Between a speech verb and the comma or "while" before a participle: nothing, or its audience ("the press", "reporters in Oslo"). */
const AUDIENCE_GAP = /^(?:\s+[\p{L}’'-]+){0,4}\s*$/u;

const BARE_SPEECH_PARTICIPLE = new RegExp(`\\b(?:${[...BARE_SPEECH_PARTICIPLES].join("|")})\\b`, "i");

/** Step 2 over one sentence: every form whose gate lets it, in table order. */
export function sentenceStatements(c: SentenceCandidates, x: SpeechContext): Found[] {
  const found: Found[] = [];
  for (const form of SENTENCE_FORMS) if (form.gate(c, found)) found.push(...form.find(c, x, found));
  return found;
}
