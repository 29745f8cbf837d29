import { mentionsIn, type Analysis } from "./entities";
import { attributeQuotes } from "./quote-attribution";
import { attributedAtClose, sentenceStatements, type Found, type SpeechContext } from "./reported-speech";
import { continuesQuote, sentenceCandidates, startFlow } from "./statement-candidates";
import { signedStatements } from "./signed";
import { transcriptStatements } from "./transcript";
import type { Meeting, Statement } from "./types";
import { pairBefore } from "./speakers";

/**
 * Statements of the article: direct quotes with their speaker, and reported speech. Pure. The steps, each
 * its own small function with its own tests (test/extract/statement-stages.test.ts):
 * 1. candidates — each sentence's quotes and speech verbs, from its text and tokens (statement-candidates.ts)
 * 2. sentence forms — the table SENTENCE_FORMS, each form gated by a cheap test (reported-speech.ts)
 * 3. merge — one statement per speaker and distinct words in a sentence (mergeSentence, below); a quote running on
 *    over the sentences of a paragraph is one statement
 * 4. quote attribution — quotes no sentence form took, by the table ATTRIBUTION_FORMS (quote-attribution.ts)
 * 5. transcripts — a labelled speaker's paragraphs (transcript.ts); paragraphs signed below them (signed.ts)
 * 6. groups — a group's words are each member's (groupStatements, below)
 * 7. coordinated subjects — "Both A and B expressed …": the words are each one's (coordinatedStatements, below)
 */
export function findStatements(a: Analysis, meetings: Meeting[]): Statement[] {
  const out: Statement[] = [];
  const flow = startFlow();
  const x: SpeechContext = { a, meetings, lastSpeaker: undefined, lastParagraph: -99, lastStatementSentence: -99 };
  // The sentences of a quote whose attribution stands where it closes ('“I met her. She brought sweets,” he said.'),
  // held until that sentence names the speaker; then they open that speaker's words.
  // (Over paragraphs, each earlier paragraph is a statement of its own: a reader quotes them one by one.)
  let held: { paragraph: number; start: number; texts: string[]; earlier: Array<{ start: number; end: number; texts: string[] }> } | undefined;
  for (let i = 0; i < a.sentences.length; i++) {
    const c = sentenceCandidates(a, i, flow); // 1
    const found = sentenceStatements(c, x); // 2
    // (A quote held over paragraphs goes on in a next paragraph that opens with a mark.)
    if (held && held.paragraph !== c.sentence.paragraph) {
      const goesOn = held.paragraph + 1 === c.sentence.paragraph && continuesQuote(c.text);
      held = goesOn ? { paragraph: c.sentence.paragraph, start: c.sentence.start, texts: [], earlier: [...held.earlier, { start: held.start, end: a.sentences[i - 1]!.end, texts: held.texts }] } : undefined;
    }
    if (!found.length && c.quotes.length && attributedAtClose(c, a)) {
      held ??= { paragraph: c.sentence.paragraph, start: c.sentence.start, texts: [], earlier: [] };
      held.texts.push(c.quotes.map((q) => q[2]).join(" "));
      flow.continued = i;
      // (The person quoted last is still the one a pronoun at the close most likely means, as if these words had
      // been theirs sentence after sentence.)
      // (Over paragraphs too: the close's paragraph follows the held one.)
      if (x.lastSpeaker !== undefined && a.entities[x.lastSpeaker]!.type === "person") { x.lastStatementSentence = i; x.lastParagraph = c.sentence.paragraph; }
      continue;
    }
    if (found.some((f) => f.rule === "quote-continued")) flow.continued = i;
    const opening = held;
    held = undefined;
    for (const f of mergeSentence(found)) { // 3
      const s = c.sentence;
      if ((opening?.texts.length || opening?.earlier.length) && f.kind === "direct") {
        for (const e of opening.earlier) out.push({ ...f, text: e.texts.join(" "), evidence: { text: a.parsed.text.slice(e.start, e.end), start: e.start, end: e.end } });
        out.push(opening.texts.length ? { ...f, text: `${opening.texts.join(" ")} ${f.text}`, evidence: { text: a.parsed.text.slice(opening.start, s.end), start: opening.start, end: s.end } } : { ...f, evidence: { text: s.text, start: s.start, end: s.end } });
        opening.texts = [];
        opening.earlier = [];
        x.lastSpeaker = f.speaker;
        x.lastParagraph = s.paragraph;
        x.lastStatementSentence = i;
        continue;
      }
      // A quote running on in the same paragraph is one statement: '“All came. We talked. They will end the strike.”'
      // (each of its sentences read on its own would be words without their context).
      const prev = out[out.length - 1];
      if (f.rule === "quote-continued" && prev && prev.speaker === f.speaker && prev.kind === "direct" && x.lastStatementSentence === i - 1 && a.sentences[i - 1]!.paragraph === s.paragraph) {
        out[out.length - 1] = { ...prev, text: `${prev.text}${/[.!?…]["”’]?$/.test(prev.text) ? "" : "."} ${f.text}`, evidence: { text: a.parsed.text.slice(prev.evidence.start, s.end), start: prev.evidence.start, end: s.end } };
        x.lastStatementSentence = i;
        continue;
      }
      out.push({ ...f, evidence: { text: s.text, start: s.start, end: s.end } });
      x.lastSpeaker = f.speaker;
      x.lastParagraph = s.paragraph;
      x.lastStatementSentence = i;
    }
  }
  out.push(...attributeQuotes(a, meetings, out)); // 4
  for (const t of transcriptStatements(a)) { // 5: where no sentence rule found that speaker's words
    if (!out.some((s) => s.speaker === t.speaker && s.evidence.start >= t.evidence.start && s.evidence.end <= t.evidence.end)) out.push(t);
  }
  for (const t of signedStatements(a)) { // 5b: paragraphs signed "~ Name, Title" below them
    if (!out.some((s) => s.speaker === t.speaker && s.evidence.start >= t.evidence.start && s.evidence.end <= t.evidence.end)) out.push(t);
  }
  out.push(...groupStatements(meetings, out, a)); // 6
  out.push(...coordinatedStatements(a, out)); // 7
  return out.sort((p, q) => p.evidence.start - q.evidence.start);
}

/**
 * Step 3: the statements of one sentence, one per speaker and distinct words, in order: "said X … but
 * insisted that Y" is two; two verbs of one speaker each with its own quote ('conceded that "…", but said
 * that he wanted "…"') are two; the same words found by two forms, or two readings of one form, are one.
 */
export function mergeSentence(found: readonly Found[]): Found[] {
  const kept: Found[] = [];
  for (const f of found) {
    const ownQuotes = f.rule === "quote-verb";
    // (A clause cut where the next one begins is its own words: the next verb's are others, "who thanked X for Y,
    // asked them to Z" is two.)
    if (kept.some((k) => k.speaker === f.speaker && (k.text.includes(f.text) || f.text.includes(k.text) || (!ownQuotes && k.rule === f.rule && k.kind === f.kind && !k.bounded)))) continue;
    kept.push(f);
  }
  return kept;
}

const LOOKED_BACK_ON = /\b(?:recent|previous|last|earlier|past)\s+(?:meeting|talks|visit|call|encounter)\b/i;

/** A sentence whose subject is a group reference: "The two Democrats said …", "The duo described …", "Both leaders said …". */
// (After the words quoted too: '"…," a joint statement said'.)
const GROUP_SUBJECT = /^(?:["“][^”"]{1,600}[”"],?\s+)?["“]?(?:the two|both|the duo|the pair|the trio|(?:a|the|their) (?:joint|jointly[\s-](?:issued|signed|released)) (?:statement|communiqu[eé]|declaration|press release|readout)|(?:a|the) (?:statement|communiqu[eé]|declaration|press release) (?:issued|released|signed) jointly|(?:the|both) (?:(?:foreign|prime|two|three)\s+)?(?:ministers|leaders|presidents|sides|parties|delegations|counterparts|heads of state))\b/i;
/** How many a group reference counts ("the two" → 2, "the trio" → 3); undefined when it does not say. */
const GROUP_SIZE: ReadonlyArray<[RegExp, number]> = [[/^["“]?(?:the two|both|the duo|the pair)\b/i, 2], [/^["“]?(?:the trio|the three)\b/i, 3]];

/** What may stand before a name in a coordinated subject: "Both", a title and role words ("German Chancellor"). */
const BEFORE_FIRST = /^[“"]?(?:[Bb]oth\s+)?(?:[\p{L}.’'-]+\s+){0,4}$/u;
/** Between the two names: "and", then the second one's title ("and conservative leader"). */
const BETWEEN_TWO = /^,?\s+and\s+(?:[\p{L}.’'-]+\s+){0,4}$/u;

/**
 * Step 7: "Both German Chancellor A and conservative leader B expressed optimism …", "A and B said in a joint
 * statement …": a sentence opening with two people joined by "and", one of them found as the speaker, gives the
 * words to the other too. Only two people and titles before the verb; the first found is the sentence's subject.
 */
export function coordinatedStatements(a: Analysis, out: readonly Statement[]): Statement[] {
  const extra: Statement[] = [];
  const text = a.parsed.text;
  for (const s of out) {
    const people = mentionsIn(a, s.evidence.start, s.evidence.end).filter((m) => a.entities[m.entity]!.type === "person");
    // (Only these two named in the sentence: "A and B discussed trade, and A said …" is A's alone.)
    const [x, y] = people;
    if (people.length !== 2 || !x || !y || x.entity === y.entity || (s.speaker !== x.entity && s.speaker !== y.entity)) continue;
    if (!BEFORE_FIRST.test(text.slice(s.evidence.start, x.start)) || !BETWEEN_TWO.test(text.slice(x.end, y.start))) continue;
    // The verb follows the second name ("B expressed", "B, the mayor, said"), not another clause.
    if (!/^(?:,[^,]{1,80},)?\s+(?!(?:and|or|of|in|at|on|from|with|for|to)\b)\p{Ll}+\b/u.test(text.slice(y.end, y.end + 120))) continue;
    const other = s.speaker === x.entity ? y.entity : x.entity;
    if (![...out, ...extra].some((o) => o.speaker === other && o.text === s.text)) extra.push({ ...s, speaker: other, rule: `${s.rule}+coordinated` });
  }
  return extra;
}

/**
 * Step 6: a group's words are each member's. The speaker rules give a group reference the first
 * participant of the meeting before it; here the others of that meeting say the same words (up to three more).
 */
export function groupStatements(meetings: Meeting[], out: Statement[], a?: Analysis): Statement[] {
  const extra: Statement[] = [];
  for (const s of out) {
    if (!GROUP_SUBJECT.test(s.evidence.text)) continue;
    // (Not a meeting the article only looks back on: "Regarding his recent meeting with X, …".)
    const last = meetings.filter((m) => m.evidence.start < s.evidence.start && !LOOKED_BACK_ON.test(m.evidence.text)).pop();
    // With no meeting before, the pair the sentence before had as its subject ("Lind and Berg … The two said").
    const pair = !last && a ? pairBefore(a, s.evidence.start) : undefined;
    const group = last?.participants ?? pair;
    if (!group || group[0] !== s.speaker) continue;
    // ("The two Democrats said" after a meeting of three: the first two, not the third.)
    const size = GROUP_SIZE.find(([re]) => re.test(s.evidence.text))?.[1] ?? 4;
    for (const p of group.slice(1, size)) {
      if (![...out, ...extra].some((o) => o.speaker === p && o.text === s.text)) extra.push({ ...s, speaker: p, rule: `${s.rule}+group` });
    }
  }
  return extra;
}
