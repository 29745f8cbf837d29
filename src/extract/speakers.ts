import { mentionsIn, type Analysis, type Mention } from "./entities";
import { normaliseKey } from "../util/normalise";
import { isHonorific, isRoleHead, ROLE_HEADS, roleHeadAlternation } from "../lexicon/titles";
import { ORG_NOUNS } from "../lexicon/organisations";
import { personBefore } from "./meetings";
import type { Meeting } from "./types";
import { MEETING_VERBS } from "../lexicon/verbs";

const GROUP = /\b(?:the two|both|the duo|the pair|the trio)(?:\s+[\p{L}-]+){0,2}\s*$/iu;
/** The parties to the meeting just told, by a plural of their roles: "the ministers", "the leaders", "both sides", "the parties". */
export const PLURAL_PARTIES = /(?:^|[\s“"])(?:[Tt]he\s+(?:(?:foreign|prime|two|three)\s+)?(?:ministers|leaders|presidents|sides|parties|delegations|counterparts|heads of state)|[Bb]oth\s+(?:sides|parties))\s*(?:also\s+)?$/u;
/** A document of both parties opening the clause: "A joint statement issued after the talks", "The joint communiqué". */
// ("A statement issued jointly", "a jointly signed statement": the same document.)
export const JOINT_DOCUMENT = /(?:^|[\s“"])(?:[Aa]|[Tt]he|[Tt]heir)\s+(?:(?:joint|jointly[\s-](?:issued|signed|released))\s+(?:statement|communiqu[eé]|declaration|press release|readout)\b|(?:statement|communiqu[eé]|declaration|press release)\s+(?:issued|released|signed)\s+jointly\b)[^,;.“”"]{0,80}$/u;
/** Organisation nouns that stand for one another in "both federations" (a football association is a federation). */
const ORG_KIN: Readonly<Record<string, string[]>> = {
  federation: ["federation", "association"], association: ["association", "federation"], union: ["union"],
  ministry: ["ministry"], government: ["government"], company: ["company", "corp", "group"], council: ["council"],
  party: ["party"], agency: ["agency"], league: ["league"], club: ["club"], bank: ["bank"], authority: ["authority"],
};

/** Words that may stand between a speaker and the verb: auxiliaries and adverbs the tagger may not call adverbs. */
const ADVERBS = /\s+(?:also|later|earlier|then|has|had|have|previously|separately|again|publicly|repeatedly|once|first)\s*$/i;
/**
 * What else may stand between a speaker and the verb, each a record with an example a test runs
 * (test/extract/speaker-gap.test.ts): dropped from the end of the text before the verb, in any order.
 */
// (`cue`: a part every match holds, a cheap test before `re`, which is tried at every position of the text.)
/** A comma, then a capitalised title: ", Minister of Education ", ", the Harbour Master ". */
const TITLE_AFTER_COMMA = new RegExp(`,\\s*(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,3}(?:${roleHeadAlternation("capital")})\\b`, "u");
/**
 * A comma, a title (a title word, maybe "of" or "for" and what it covers: "Minister of Education", "Deputy Governor"),
 * and maybe an auxiliary, closing the gap: not ", President Manik " (a title and a name).
 */
const CAPITALISED_TITLE_WORD = `(?:${roleHeadAlternation("capital")})`;
// (After a full name only: "Responding, the Emir thanked …" and "Welcoming them, the Minister stated …" are the speaker.)
const TITLE_SET_OFF_UNCLOSED = new RegExp(`(?<=\\p{Lu}[\\p{L}.’'-]{0,40}\\s+\\p{Lu}[\\p{L}.’'-]{0,40}),\\s*(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,2}${CAPITALISED_TITLE_WORD}(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}’'-]*){0,4})?\\s+(?:(?:has|have|had|also)\\s+)*$`, "u");
export const BETWEEN_SPEAKER_AND_VERB: ReadonlyArray<{ id: string; re: RegExp; cue?: RegExp; example: string }> = [
  { id: "time", re: /\s+(?:today|yesterday|tonight|last\s+(?:night|week|weekend|month|year)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|this\s+(?:morning|afternoon|evening|week|month)|earlier\s+(?:today|this\s+(?:week|month)|in\s+the\s+(?:day|week|month|year))|(?:a|one|two|three)\s+(?:days?|weeks?|months?)\s+(?:earlier|before|ago))\s*$/i,
    example: "Mira Holt last night conceded that the plan was late." },
  // A title set off after the name with no comma closing it, as some papers write it: "X, Minister of Education has praised …".
  { id: "title-set-off", re: TITLE_SET_OFF_UNCLOSED, cue: TITLE_AFTER_COMMA, example: "Mira Holt, Minister of Harbours has praised the pilots for their patience." },
  // An occasion set between the subject and its verb: "The union after a closed-door meeting with Minister X, on Monday, said …".
  { id: "occasion-aside", re: /(?<=\p{Lu}[\p{L}.’'-]{0,40}|\))\s+(?:after|following|during|at the end of|at the close of)\s+(?:a|an|the|their|its|his|her)\s+(?:[\p{L}-]+\s+){0,3}?(?:meeting|talks|session|discussions?|call|consultations)\s+with\s+[^;.“”"]{1,120}?,\s*(?:(?:on|last|this)\s+\p{L}+\s*,\s*)?$/u,
    cue: /\b(?:after|following|during|end of|close of)\b/i, example: "The Harbour Authority after a closed-door meeting with Minister Ivo Brandt, on Monday, said the strike would go on." },
  { id: "parenthesis", re: /\s*\([^()]{1,60}\)\s*$/, example: "The port would open in June, the Harbour Authority (HA) said." },
  { id: "for-her-part", re: /,?\s+(?:for|on)\s+(?:his|her|their|its)\s+part\s*,?\s*$/i, example: "Mira Holt, for her part, said the port would open in June." },
  { id: "in-response", re: /,?\s+in\s+(?:response|reply|turn|return)\s*,?\s*$/i, example: "Mira Holt in response thanked the mayor for his time." },
  { id: "relative-who", re: /,?\s+(?:who|which)\s*$/i, example: "Ivo Brandt met Mira Holt, who said the port would open in June." },
  // A participle phrase set off by no commas, as some papers write it: "The Governor acknowledging the envoy's presence said …".
  // (Right after the speaker's name or title, a capitalised word: "starting his mission in Oslo the Mayor" is no such phrase.)
  { id: "participle-phrase", re: /(?<=\p{Lu}[\p{L}.’'-]*)\s+(?!(?:meeting|building|briefing|hearing|evening|morning|opening|gathering|funding|training|spending|housing|wedding|during|including|nothing|something|anything|everything|according)\b)\p{Ll}{3,}ing\s+(?:the|a|an|his|her|their|its|this|that|these|those)\s+[^,;:“”"]{1,80}$/u,
    cue: /ing\s+(?:the|a|an|his|her|their|its|this|that|these|those)\s/, example: "Mira Holt acknowledging the mayor's support at the event said that the port would open in June." },
];

/**
 * Words the tagger never reads as an adverb right before a verb: pronouns, articles, possessives, conjunctions and
 * auxiliaries, and the nouns a speaker's phrase ends with ("the ministry said", "the spokesman said"). Such a word
 * needs no tag to know it is no adverb (most words before a speech verb are one of these).
 */
const NEVER_ADVERBS: ReadonlySet<string> = new Set([
  "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "a", "an", "the", "his", "her", "its", "their",
  "our", "my", "your", "this", "these", "those", "and", "or", "but", "nor", "had", "has", "have", "was", "were", "is",
  "are", "to", "of", "in", "at", "for", "with", "by", "from", "two", "three", "four",
  // (adverbs the test below turns down anyway)
  "not", "never", "so", "only", "just",
  ...[...ORG_NOUNS.map((n) => n.split(" ").pop()!), ...ROLE_HEADS.filter((h) => /^\p{Ll}+$/u.test(h))].flatMap((n) => [n, `${n}s`]),
]);

/** Whether the token ending the text before `end` is an adverb ("vehemently", "however"): returns where it starts. */
function adverbBefore(a: Analysis, end: number): number | undefined {
  // Only a word all in lower-case letters counts ("He" is none), and one that is never an adverb needs no tag.
  const word = /(?<![\p{L}\p{M}\p{N}’'])\p{Ll}+$/u.exec(a.parsed.text.slice(Math.max(0, end - 24), end))?.[0];
  if (!word || NEVER_ADVERBS.has(word)) return undefined;
  const t = a.tagging.at(end - 1);
  return t && t.end === end && t.pos === "ADV" && /^\p{Ll}+$/u.test(t.text) && !/^(?:not|never|so|only|just)$/.test(t.text) ? t.start : undefined;
}

/**
 * The text before a verb without what may stand between it and the speaker (adverbs, times, asides); `from` is
 * its offset. `relative` says a relative pronoun was dropped: the name before it is the speaker, object or not.
 */
function dropBetween(a: Analysis, from: number, gap: string): { gap: string; relative: boolean } {
  let relative = false;
  for (let i = 0; i < 4; i++) {
    const before = gap;
    gap = gap.replace(ADVERBS, " ");
    for (const b of BETWEEN_SPEAKER_AND_VERB) {
      if (b.cue && !b.cue.test(gap)) continue;
      const cut = gap.replace(b.re, " ");
      if (cut !== gap && b.id === "relative-who") relative = true;
      gap = cut;
    }
    const adverb = adverbBefore(a, from + gap.trimEnd().length);
    if (adverb !== undefined && adverb > from) gap = gap.slice(0, adverb - from);
    if (gap === before) break;
  }
  return { gap, relative };
}

/**
 * A preposition (and titles) right before a name: the name is an object, not a subject ("with President Ana Lind").
 * Not "of": it joins titles to their offices ("President of Ruritania Ana Lind").
 */
const PREPOSITION_BEFORE = /\b(?:with|to|from|by|for|against|about|into|towards?|between|among|than|on|at)\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;
/** An "of" phrase after a noun: "of the national assembly", "of Acme". */
const OF_PHRASE = /\s+of\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+$/u;

/**
 * The subject of the clause holding offset `to`: its first mention after the clause's start (the sentence start,
 * or after "that", a colon or a semicolon), itself not after a preposition, with at most a short phrase before it.
 */
export function clauseSubject(a: Analysis, sentenceStart: number, to: number): Mention | undefined {
  const lead = a.parsed.text.slice(sentenceStart, to);
  let start = sentenceStart;
  for (const m of lead.matchAll(/\bthat\s+|[:;]\s+/g)) start = sentenceStart + m.index + m[0].length;
  return subjectOf(a, start, to);
}

/** People named by their body, right before a speech verb: "Harbour House officials", "the ministry's spokespeople". */
// (…or its documents: "a Harbour Ministry press release said", "the Harbour Office statement added".)
const BODY_PEOPLE = /(?:[’']s)?\s+(?:officials|representatives|spokespeople|spokespersons|aides|executives|staff|sources|(?:press\s+)?(?:release|statement)|readout|communiqu[eé])$/i;

/** A lower-case role phrase with "of" right before an organisation: " an executive member of ", ", the head of the ". */
const ROLE_OF_BEFORE = new RegExp(`[\\s,]\\s*(?:(?:[Aa]n?|[Tt]he)\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}(?:${ROLE_HEADS.filter((h) => /^[a-z-]+$/.test(h)).join("|")})\\s+of\\s+(?:the\\s+)?$`, "u");
/** "it" (maybe "also") right before a speech verb, opening the text or after a space, comma or quote. */
const IT_BEFORE = /(?:^|[\s,“”"])[Ii]t(?:\s+also)?$/;
/** "the statement (also)", "the readout" right before a speech verb: a document with no one named as its author. */
const THE_DOCUMENT = /(?:^|[\s,“”"])[Tt]he\s+(?:(?:official|written|brief|short)\s+)?(?:statement|readout|communiqu[eé]|release|press release)(?:\s+also)?$/;
/** "the spokesman (also)", "the government spokeswoman" right before a speech verb. */
const THE_SPOKESMAN = /\b(?:the|this|that)\s+(?:[\p{L}-]+\s+)?(?:spokesman|spokeswoman|spokesperson)(?:\s+(?:also|further|later|then))?\s*$/iu;

/**
 * The speaker of a speech verb at offset `at`, read from the text before it (from `from`, within its sentence opening at
 * `sentenceStart`): the mention ending there (past adverbs, times and asides), a pronoun's antecedent, a body's people
 * or documents, a group. `recentSpeaker` is the one who spoke just before ("the spokesman"), `recentBody` the speaker
 * "it" and "the statement" may stand for when it is an organisation. Undefined when no one stands there.
 */
export function speakerBefore(a: Analysis, from: number, at: number, meetings: Meeting[], sentenceStart = from, recentSpeaker?: number, recentBody?: number): number | undefined {
  const text = a.parsed.text;
  // A speaker stands within a few hundred characters of the verb; the bound keeps long sentences linear.
  from = Math.max(from, at - 300);
  const dropped = dropBetween(a, from, text.slice(from, at));
  let gap = dropped.gap;
  const withAppositive = gap.replace(/,\s*$/, "");
  // "Lars Eriksson, the U.N. envoy, who followed the summit from Geneva, described": up to two appositive segments.
  // (One segment first, when a name ends right before it: "Meanwhile, the board, in a statement, said" is the board.)
  const oneAside = /,[^,“”"]{1,120},\s*$/.exec(gap);
  const oneEnd = oneAside ? from + gap.slice(0, oneAside.index).trimEnd().length : -1;
  const asideRe = oneAside && mentionsIn(a, Math.max(from, oneEnd - 200), oneEnd + 1).some((x) => x.end === oneEnd) ? /,[^,“”"]{1,120},\s*$/ : /(?:,[^,“”"]{1,120}){1,2},\s*$/;
  const asides = asideRe.exec(gap)?.[0] ?? "";
  gap = gap.replace(asideRe, " ");
  const end = from + gap.trimEnd().length;
  const near = mentionsIn(a, Math.max(from, end - 200), end + 1);
  const appositiveEnd = from + withAppositive.trimEnd().length;
  // "Western leaders, including Chilean President Ana Lind, said": the named person inside the appositive.
  const inner = mentionsIn(a, Math.max(from, appositiveEnd - 200), appositiveEnd).filter((x) => x.end === appositiveEnd).pop();
  // "The chief executive of Acme, Dr Ana Lind, said": an appositive that is only a (titled) name is the speaker.
  // (Not a name inside a relative clause: "X, who was accompanied by the governor, Y, described" is X speaking.)
  const nameOnly = !/^,\s*(?:who|whose)\b/i.test(asides) && inner && a.entities[inner.entity]!.type === "person" && /,\s*(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(text.slice(Math.max(from, inner.start - 40), inner.start));
  const m = (nameOnly ? inner : undefined) ?? near.filter((x) => x.end <= end && x.end >= end - 1).pop() ?? inner;
  // "X and Y in separate calls with President Z affirmed": a name after a preposition is no subject; the clause's is.
  // (After a relative pronoun it is: "met Z, who said".)
  if (m && !nameOnly && !dropped.relative && PREPOSITION_BEFORE.test(text.slice(Math.max(from, m.start - 60), m.start))) {
    const clause = clauseSubject(a, Math.max(sentenceStart, from), m.start);
    // …of the same kind: "Minister for Trade Ana Lind said" names no organisation as the subject.
    if (clause && a.entities[clause.entity]!.type === a.entities[m.entity]!.type) return clause.entity;
  }
  // "The head of the harbour board said": a person's role phrase with its organisation after "of" is the person's.
  if (m && a.entities[m.entity]!.type === "organization") {
    const of = /\s+of\s+(?:the\s+)?$/.exec(text.slice(Math.max(from, m.start - 12), m.start));
    const head = of && mentionsIn(a, Math.max(from, m.start - 200), m.start).filter((x) => x.end === m.start - of[0].length).pop();
    if (head && a.entities[head.entity]!.type === "person") return head.entity;
    // ("Dr Alex Lind an executive member of HDWU however said": the person the role phrase describes.)
    const role = ROLE_OF_BEFORE.exec(text.slice(Math.max(from, m.start - 80), m.start));
    const person = role && mentionsIn(a, Math.max(from, m.start - 280), m.start - role[0].length + 1).filter((x) => x.end <= m.start - role[0].length + 1 && /^[\s,]*$/.test(text.slice(x.end, m.start - role[0].length + 1))).pop();
    if (person && a.entities[person.entity]!.type === "person") return person.entity;
  }
  // "Sources close to the ministry said": unnamed sources speak, not the body they are close to.
  if (m && ANONYMOUS_SOURCE.test(text.slice(Math.max(from, m.start - 40), m.start))) return undefined;
  if (m) return m.entity;
  const tail = gap.trimEnd();
  // "Harbour House officials said", "Norwind executives noted": a body's people speak for it.
  const people = BODY_PEOPLE.exec(tail);
  if (people) {
    const body = near.filter((x) => x.end === end - people[0].length && a.entities[x.entity]!.type === "organization").pop();
    if (body) return body.entity;
  }
  // "The speaker of the national assembly conveyed", "the Foreign Ministry of Ruritania said": the head of a noun
  // phrase with an "of" phrase after it.
  const ofPhrase = OF_PHRASE.exec(tail);
  if (ofPhrase) {
    const head = mentionsIn(a, Math.max(from, end - ofPhrase[0].length - 200), end).filter((x) => x.end === end - ofPhrase[0].length).pop();
    if (head) return head.entity;
  }
  // "… Deputy Cabinet Secretary X said. But the spokesman also said": a spokesman no one was named as is the one
  // who spoke just before, whatever title the article gave him.
  if (recentSpeaker !== undefined && THE_SPOKESMAN.test(tail)) return recentSpeaker;
  // "…, it said in a statement", "…, the statement said": "it" or a document named by its noun alone is the body
  // that spoke just before (`recentBody`); with none, no one.
  if (IT_BEFORE.test(tail) || THE_DOCUMENT.test(tail)) {
    if (recentBody !== undefined && a.entities[recentBody]!.type === "organization") return recentBody;
    if (IT_BEFORE.test(tail)) return undefined;
  }
  // "Ms. Johnson declined to comment but said": the subject of the sentence.
  if (/\b(?:but|and)$/.test(tail)) {
    // ("He introduced the Speaker to … and said": a pronoun opening the sentence is its subject, not the name after it.)
    // (Not when a clause of reported speech opens after it: "He said President X … condemned … and promised" is X.)
    if (/^\s*(?:he|she)\b/i.test(a.parsed.text.slice(sentenceStart, sentenceStart + 8)) && !/\b(?:said|says|told|added|stated|noted|explained|that)\b/i.test(a.parsed.text.slice(sentenceStart, at))) {
      const p = sentenceSubjectBefore(a, sentenceStart);
      if (p !== undefined) return p;
    }
    // The subject of the sentence: its first name, with at most a short role phrase before it ("Mediator Ana Lind").
    const subject = subjectOf(a, sentenceStart, sentenceStart + 200);
    if (subject) return subject.entity;
    if (/^\s*(?:he|she)\b/i.test(a.parsed.text.slice(sentenceStart, sentenceStart + 8))) return sentenceSubjectBefore(a, sentenceStart);
  }
  // "He said …" opening a sentence: the subject of the previous sentence, not merely the last name.
  // …unless the sentence before was someone's words: "…, Dr. Whitaker said. He said he hoped …".
  // "he"/"she" agree in gender with their antecedent when the article shows it ("Ms. Grant met Mr. Diaz. … he said": Diaz).
  const pronoun = PRONOUN_END.exec(tail);
  if (pronoun) {
    const gender = /^h(?:e|is)\b/i.test(pronoun[1]!) ? "male" : "female";
    const fits = (e: number | undefined) => e !== undefined && (a.entities[e]!.gender ?? gender) === gender;
    // ("he"/"she" is a person: a body that spoke last is no antecedent.)
    const person = (e: number | undefined) => e !== undefined && a.entities[e]!.type === "person";
    // "He said …" opening the sentence, or a parenthetical "X and Y, he said, were …": the last speaker first.
    const pronounAt = from + tail.length - pronoun[1]!.length;
    // …or no person named before it in the sentence ("…, he added.", "Despite the talks, he said …"): the same.
    const personEarlier = mentionsIn(a, sentenceStart, pronounAt).some((x) => a.entities[x.entity]!.type === "person");
    // "…, he added." (the words before, only a short tail after the verb): names inside the words are no antecedents.
    const trailingAttribution = PRONOUN_SET_OFF_END.test(tail) && /^\p{L}+[\s\p{L}]{0,50}?[.!?]/u.test(text.slice(at, at + 70));
    // …or the names before it stand in a fronted phrase ("After emerging with X from the session, he said"): the
    // main clause's "he" is the one the article is about, not someone the phrase mentions.
    const frontedOnly = FRONTED_PHRASE_PRONOUN.test(text.slice(sentenceStart, pronounAt + pronoun[1]!.length));
    const opening = PRONOUN_ALONE.test(tail) || (PRONOUN_SET_OFF_END.test(tail) && /^\s*,/.test(text.slice(at, at + 40).replace(/^\p{L}+/u, ""))) || !personEarlier || trailingAttribution || frontedOnly;
    const anchor = opening ? from : from + tail.length - 3;
    // In a clause about the event the sentence tells, its subject comes before the nearest name
    // ("Lind spoke with Minister Berg by phone, during which she reaffirmed …": Lind).
    // ("Lind paid tribute to Brandt for what he described as …": a free relative's "he" is the subject too.)
    const subject = opening || !/\b(?:(?:during|in|at|after|before|throughout)\s+which|what)\s+(?:he|she)$/i.test(tail) ? undefined : subjectPerson(a, sentenceStart, pronounAt);
    // (Never the one the verb names after it: "'…,' he told Prime Minister Y." is not Y speaking.)
    const clauseEnd = at + (/[.;!?“”"]/.exec(text.slice(at, at + 60))?.index ?? 60);
    const after = new Set(mentionsIn(a, at, Math.min(text.length, clauseEnd)).filter((x) => x.end <= clauseEnd && (x.kind === "name" || x.kind === "alias")).map((x) => x.entity));
    // (…nor one named inside the quote the pronoun attributes: "'Greetings from X,' he said" is not X speaking.)
    // (…over the paragraph: a quote of two sentences opens in the one before: '"Honoured to call on X. We …," he posted'.)
    let opens = a.sentences.findIndex((x) => x.start <= sentenceStart && sentenceStart <= x.end);
    while (opens > 0 && a.sentences[opens - 1]!.paragraph === a.sentences[opens]!.paragraph) opens--;
    const quoted = namesInQuotes(a, a.sentences[opens]?.start ?? sentenceStart, pronounAt);
    const not = [...after, ...quoted];
    // ("X had a good meeting with Y, he told a magazine." opening the story: with no one before, the pronoun is the
    // subject of the words, who speaks of himself.)
    const own = trailingAttribution && !PRONOUN_ALONE.test(tail) ? subjectPerson(a, sentenceStart, pronounAt) : undefined;
    const first = (opening ? [person(recentSpeaker) ? recentSpeaker : undefined, sentenceSubjectBefore(a, from), own, personBefore(a, from, not)] : [subject, personBefore(a, anchor, not)]).filter((e) => e === undefined || !not.includes(e));
    return first.find(fits) ?? personBefore(a, anchor, not, (e) => a.entities[e]!.gender === gender) ?? first.find((e) => e !== undefined);
  }
  // "X hosted Y … The host suggested": the side of the latest meeting that received the other, or the one received.
  const visit = /\bthe\s+(host|guest|visitor)s?$/i.exec(tail);
  if (visit) {
    const p = hostOrGuest(meetings, at, visit[1]!.toLowerCase() === "host" ? "host" : "guest");
    if (p !== undefined) return p;
  }
  // "The Delta Governors’ Forum met … The governors insisted …": members named as the plural in a body's name.
  const members = /\b[Tt]he\s+(\p{Ll}{4,}s)$/u.exec(tail);
  if (members) {
    const word = members[1]!;
    const org = mentionsIn(a, Math.max(0, at - 3000), at).filter((x) => a.entities[x.entity]!.type === "organization"
      && a.entities[x.entity]!.name.split(/\s+/).some((w) => w.replace(/[’']$/, "").toLowerCase() === word)).pop();
    if (org) return org.entity;
  }
  // "Both federations pledged", "The two unions said": the latest organisation of that kind.
  const orgGroup = /\b(?:the two|both)\s+(?:\p{L}+\s+)?(\p{Ll}+?)s$/iu.exec(tail);
  if (orgGroup) {
    const kind = ORG_KIN[orgGroup[1]!.toLowerCase()] ?? [orgGroup[1]!.toLowerCase()];
    const org = mentionsIn(a, Math.max(0, at - 3000), at).filter((x) => a.entities[x.entity]!.type === "organization" && kind.some((k) => normaliseKey(a.entities[x.entity]!.name).split(" ").includes(k))).pop();
    if (org) return org.entity;
  }
  // "X met Y on Monday. A joint statement issued after the talks said …": the parties to the latest meeting, each
  // (groupStatements gives the words to the others).
  // (Read on the words as written: the adverb dropped from the gap may be what makes it joint, "issued jointly".)
  if (JOINT_DOCUMENT.test(tail) || JOINT_DOCUMENT.test(text.slice(Math.max(from, at - 120), at).trimEnd())) {
    const last = meetings.filter((mt) => mt.evidence.start < at && mt.status === "held").pop();
    if (last && last.participants.length >= 2 && at - last.evidence.end < 1500) return last.participants[0];
  }
  // "Lind and Berg agreed on … . They also highlighted …": the first of the two who were the sentence before's subject.
  if (/^\s*they$/i.test(tail)) {
    const pair = pairSubjectBefore(a, sentenceStart);
    if (pair !== undefined) return pair;
  }
  if (/\b(?:they)$/i.test(tail) || GROUP.test(tail) || PLURAL_PARTIES.test(tail)) {
    const last = meetings.filter((mt) => mt.evidence.start < at).pop();
    if (last && GROUP.test(tail)) return last.participants[0];
    // "X met Y in Oslo. The ministers said that …": those who just met, when the meeting is the
    // sentence before or the one before that.
    if (last && PLURAL_PARTIES.test(tail) && last.participants.length >= 2 && at - last.evidence.end < 400 && sentenceStart >= last.evidence.start) return last.participants[0];
    // "Senators Lind and Berg questioned the minister. The two senators said …": with no meeting told before, the
    // pair that was the sentence before's subject.
    if (!last && GROUP.test(tail)) return pairBefore(a, sentenceStart)?.[0];
  }
  return undefined;
}

/**
 * "he", "she", or "His/Her Excellency" standing alone as one ("His Excellency clarified": press releases' way of
 * saying "he" of the one they are about), ending the text: [, it].
 */
// (Not "His Highness" or "His Majesty": those stand for the one holder of a title they fit, lexicon/titles.ts STYLE_REFERENTS.)
const PRONOUN_STYLE = "he|she|[Hh]is\\s+Excellency|[Hh]er\\s+Excellency";
const PRONOUN_END = new RegExp(`\\b(${PRONOUN_STYLE})$`, "i");
const PRONOUN_ALONE = new RegExp(`^\\s*(?:${PRONOUN_STYLE})$`, "i");
const PRONOUN_SET_OFF_END = new RegExp(`,\\s*(?:${PRONOUN_STYLE})$`, "i");

const ANONYMOUS_SOURCE = /\b(?:sources?|people|officials?|insiders?|diplomats?|someone)\s+(?:close to|familiar with|in|at|within|inside|from|near)\s+(?:the\s+)?$/i;

/** People named only inside the quotes of [from, to) (and not outside them there): never the antecedent of the attribution's pronoun. */
function namesInQuotes(a: Analysis, from: number, to: number): number[] {
  const text = a.parsed.text.slice(from, to);
  if (!/[“"”]/.test(text)) return [];
  const spans = [...text.matchAll(/[“"”][^“”"]{2,}[”"]/g)].map((m) => [from + m.index!, from + m.index! + m[0].length] as const);
  // (Proper names only: "the owner" inside a quote may well be the speaker talking of himself.)
  const ms = mentionsIn(a, from, to).filter((m) => m.kind === "name" || m.kind === "alias");
  const inside = (m: Mention) => spans.some(([x, y]) => m.start > x && m.end < y);
  const outside = new Set(ms.filter((m) => !inside(m)).map((m) => m.entity));
  return [...new Set(ms.filter((m) => inside(m) && !outside.has(m.entity)).map((m) => m.entity))];
}

/** A sentence opening with a fronted phrase, then its main clause's pronoun subject: "After meeting X, he". */
const FRONTED_PHRASE_PRONOUN = /^[“"]?(?:After|Before|During|Following|Upon|On|At|With|Alongside|Together with|Accompanied by|Flanked by|Speaking|Emerging|Addressing|Asked|Responding|Leaving|Arriving)\b[^;:“”"]*,\s*(?:he|she)$/;

const HOST_SIDE: ReadonlyMap<string, "subject" | "object"> = new Map(MEETING_VERBS.flatMap((v) => (v.host ? [[v.id, v.host] as const] : [])));

/**
 * The host or the guest of the latest held meeting told before `at` by a trigger that says who received whom
 * (MEETING_VERBS `host`: "X hosted Y" the subject, "X visited Y" the object); undefined when there is none.
 */
function hostOrGuest(meetings: readonly Meeting[], at: number, want: "host" | "guest"): number | undefined {
  const last = meetings.filter((m) => m.evidence.start < at && m.status === "held" && m.participants.length === 2).pop();
  const side = last && HOST_SIDE.get(last.rule.replace(/^group:/, "").replace(/\+.*$/, ""));
  if (!last || !side) return undefined;
  const [subject, object] = last.participants as [number, number];
  return (side === "subject") === (want === "host") ? subject : object;
}

/**
 * The subject of a sentence starting at `start`: its first name before `to`,
 * with at most a short role phrase before it ("Mediator Ana Lind").
 */
export function subjectOf(a: Analysis, start: number, to: number): Mention | undefined {
  const text = a.parsed.text;
  // "At the start of the talks, Minister Lavrov …": a fronted phrase without a name before a comma is skipped.
  const fronted = FRONTED.exec(text.slice(start, Math.min(to, start + 80)));
  if (fronted && !mentionsIn(a, start, start + fronted[0].length).length) start += fronted[0].length;
  const [head, next] = mentionsIn(a, start, to);
  // "Union leader Piet Mulder said": an organisation premodifying a titled person is the person's affiliation.
  const premodifier = head && next && a.entities[head.entity]!.type === "organization" && a.entities[next.entity]!.type === "person" &&
    /^\s+(?:\p{L}+\s+){1,2}$/u.test(a.parsed.text.slice(head.end, next.start));
  const first = premodifier ? next : head;
  if (!first) return undefined;
  const lead = text.slice(start, first.start);
  // Up to four words of any kind before the name ("Mediator Ana Lind"), or a longer title of capitalised words
  // ("Georgian and Ukrainian Foreign Ministers Ana Lind and …").
  return /^\s*(?:[\p{L}.’'-]+\s+){0,4}$/u.test(lead) || /^\s*(?:(?:\p{Lu}[\p{L}.’'-]*|and|of|the)\s+){5,7}$/u.test(lead) ? first : undefined;
}

/** A short fronted phrase ending in a comma: "At the start of the talks, ", "On Monday, ". */
const FRONTED = /^\s*(?:at|on|in|after|before|during|following|ahead of|speaking|earlier|later|meanwhile|separately)\b[^,;:“”"]{0,60},\s+/i;

/** The first person named in the body sentence before the one starting at `at` (its likely subject), not after a preposition. */
export function sentenceSubjectBefore(a: Analysis, at: number): number | undefined {
  const i = a.sentences.findIndex((s) => s.start <= at && at < s.end + 1);
  // (Sentences that open a quote are the speaker's words, not the narrative: '“Honoured to meet X. We …,” he said'
  // looks past them to the sentence before the quote.)
  for (let j = i - 1, seen = 0; j >= 0 && seen < 2; j--) {
    const s = a.sentences[j]!;
    if (s.caption) continue;
    if (/^[“"]/.test(s.text) && j >= i - 3) continue;
    seen++;
    const first = subjectPerson(a, s.start, s.end);
    if (first !== undefined) return first;
  }
  return undefined;
}

/** The first of two people joined by "and" as the subject of the body sentence before the one starting at `at`. */
function pairSubjectBefore(a: Analysis, at: number): number | undefined {
  return pairBefore(a, at)?.[0];
}

/** The two people joined by "and" as the subject of the body sentence before the one starting at `at`. */
export function pairBefore(a: Analysis, at: number): [number, number] | undefined {
  const i = a.sentences.findIndex((s) => s.start <= at && at < s.end + 1);
  const s = a.sentences[i - 1];
  if (!s || s.caption) return undefined;
  const first = subjectOf(a, s.start, s.end);
  if (!first || a.entities[first.entity]!.type !== "person") return undefined;
  const second = mentionsIn(a, first.end, s.end)[0];
  return second && a.entities[second.entity]!.type === "person" && /^\s+and\s+(?:[\p{L}.’'-]+\s+){0,3}$/u.test(a.parsed.text.slice(first.end, second.start)) ? [first.entity, second.entity] : undefined;
}

/**
 * The first person named in `[start, to)` who is not the object of a preposition, nor joined to one by "and"
 * ("working with Ana Lind and former mayor Ivo Brandt": neither).
 */
function subjectPerson(a: Analysis, start: number, to: number): number | undefined {
  const text = a.parsed.text;
  // ("After meeting Dr X, Minister of Health, Dr Y visited …": a fronted phrase's people are not the subject; the
  // main clause's first is, when it names one.)
  const fronted = FRONTED_CLAUSE.exec(text.slice(start, Math.min(to, start + 180)));
  if (fronted) {
    const main = subjectPerson(a, start + fronted[0].length, to);
    if (main !== undefined) return main;
  }
  let object = false;
  for (const x of mentionsIn(a, start, to)) {
    if (x.end > to) break;
    const before = text.slice(Math.max(start, x.start - 60), x.start);
    object = PREPOSITION_BEFORE.test(before) || (object && /\b(?:and|or)\s+(?:[\p{L}.’'-]+\s+){0,3}$/u.test(before));
    if (!object && a.entities[x.entity]!.type === "person") return x.entity;
  }
  return undefined;
}

/** A fronted phrase or clause set off by a comma (maybe more commas of an appositive inside): "After meeting X, Minister of Health, ". */
const FRONTED_CLAUSE = /^\s*[“"]?(?:After|Before|Following|During|Upon|While|When|Having|Since|Besides|Apart from)\b[^;:“”"]{0,160}?,\s+(?=(?:[\p{L}.’'-]+\s+){0,4}\p{Lu}[^,;:]{0,60}\s\p{Ll}+)/u;

/** A speaker right after a verb: "said Hale", "said the ministry". */
export function speakerAfter(a: Analysis, at: number, limit: number): Mention | undefined {
  // The name right after the verb, past the capitalised titles before it ("said Mayor Ines Moreau", "said Deputy Prime Minister X").
  let reach = at + 7;
  const lead = TITLE_LEAD.exec(a.parsed.text.slice(at, Math.min(limit, at + 80)));
  if (lead && lead[0].trim().split(/\s+/).some((w) => isRoleHead(w) || isHonorific(w))) reach = at + lead[0].length + 1;
  const m = mentionsIn(a, at, Math.min(reach, limit))[0];
  // "…, said Harbour Union media cell member Omar Lund": a body before its member's title and name is where the speaker works.
  if (m && a.entities[m.entity]!.type === "organization") {
    const next = mentionsIn(a, m.end, Math.min(limit, m.end + 60)).find((x) => a.entities[x.entity]!.type === "person");
    const gap = next ? a.parsed.text.slice(m.end, next.start) : "";
    if (next && /^\s+(?:[\p{Ll}-]+\s+){1,4}$/u.test(gap) && gap.trim().split(/\s+/).some((w) => ROLE_HEAD_WORDS.has(w))) return next;
  }
  if (m) return m;
  // "…», said the mayor of Annemasse, Thierry Roux": a lower-case role phrase set off by a comma before the name.
  const role = ROLE_THEN_NAME.exec(a.parsed.text.slice(at, Math.min(limit, at + 120)));
  if (role) return mentionsIn(a, at + role[0].length, Math.min(limit, at + role[0].length + 3))[0];
  // ("…”, said a member of the Kessmere Presidency Dr Ivo Brandt": an indefinite role phrase and its body, then
  // the name with no comma: the first person named after it.)
  const person = mentionsIn(a, at, Math.min(limit, at + 140)).find((x) => a.entities[x.entity]!.type === "person");
  return person && ROLE_PHRASE_BEFORE_NAME.test(a.parsed.text.slice(at, person.start)) ? person : undefined;
}
/** The words between a verb and the name after it, a role phrase: " a member of the Bosnian Presidency Dr ". */
const ROLE_PHRASE_BEFORE_NAME = new RegExp(`^\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?(?:${ROLE_HEADS.filter((h) => /^[a-z-]+$/.test(h)).join("|")})\\s+(?:of|for|at)\\s+(?:(?!(?:that|who|which|whom|where|and|met|meets|with|after|before|following|meeting|to|by)\\b)[\\p{L}’'-]+\\s+){0,5}?(?!(?:that|who|which|whom|where|and|met|meets|with|after|before|following|meeting|to|by)\\b)[\\p{L}’'-]+(?:,\\s*|\\s+)(?:(?:Dr|Mr|Mrs|Ms|Prof|Hon|Dr\\.|Mr\\.|Mrs\\.|Ms\\.|Prof\\.|Hon\\.)\\s+)?$`, "u");
/** Up to four capitalised words after the verb: the titles before a name ("Mayor", "Deputy Prime Minister"; not "wished His Highness …", an addressee). */
const TITLE_LEAD = /^\s+(?!(?:His|Her|Their|Its|My|Our|Your)\s)(?:(?:\p{Lu}[\p{L}.’'-]*|of|for|the)\s+){1,4}/u;
const ROLE_HEAD_WORDS: ReadonlySet<string> = new Set(ROLE_HEADS.filter((h) => /^[a-z-]+$/.test(h)));
/** A role phrase ("the mayor of Annemasse, ", "the bank's chief economist, ") right before the name it stands for. */
const ROLE_THEN_NAME = new RegExp(`^\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?(?:${ROLE_HEADS.filter((h) => /^[a-z-]+$/.test(h)).join("|")})(?:\\s+(?:of|for|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,3})?,\\s*`, "u");

