import { mentionsIn, type Analysis } from "./entities";
import { ACT_SPEECH_VERBS, SPEECH_VERBS } from "../lexicon/verbs";
import { attributeQuotes } from "./quote-attribution";
import { participleStatements } from "./participles";
import { transcriptStatements } from "./transcript";
import { speakerAfter, speakerBefore, subjectOf } from "./speakers";
import type { Meeting, Statement } from "./types";

const VERB_ALT = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).join("|");
const SPEECH = new RegExp(`\\b(?:${VERB_ALT})\\b`, "gi");
const QUOTE = /[“"]([^”"]{2,}?)(?:[”"]|$)/g;
const ACCORDING = /\baccording to\s+/gi;

const MAX_SAID = 1500;
const DOCUMENT = /^(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+)?(?:statement|readout|report|filing|post|figures|data|estimates?|transcript|summary|document|letter|release|note|survey|poll|study|analysis|tally|count)s?\b/iu;
const INVERTING = /^(?:said|says|added|adds|wrote|writes|continued|explained|noted|stated|replied|recalled|asked|insisted|warned|argued|countered)$/i;
const QUOTED_AS = /\b(?:was|were|is|has been)\s+quoted\s+(?:by\s+[^,.;]{1,80}?\s+)?as\s+(?:saying|telling\s+\w+)\s+(?:that\s+)?/i;

/** Whom something was told, dropped from what was said: "told reporters (on Friday) that …". */
const AUDIENCE = /^(?:reporters|journalists|the press|lawmakers|staff|members|supporters|the (?:\w+ )?(?:parliament|assembly|senate|committee|council|audience|crowd|conference|newspaper|broadcaster|agency)|(?:a|the) (?:news|press) conference|a briefing|state (?:media|television))\b,?\s*/i;
/** A clause after the verb that only says when or where ("said on Friday in Oslo."). */
const TIME_TAIL = /^(?:on|in|at|after|before|during|late|early|last|this|afterwards|later|to reporters|reporters|in a statement|(?:a|one|two|three|several|\d+) (?:day|days|hours?|weeks?|months?) (?:after|before|later)|shortly (?:after|before)|hours (?:after|before))\b[^,]*(?:[,.]|$)/i;

function clean(s: string): string {
  // "…in June, the EU authority said": the determiner of the speaker's phrase is no part of what was said.
  return s.replace(/^[\s,:;]+|[\s,]+$/g, "").replace(/^that\s+/i, "").replace(/,\s*(?:the|a|an)$/i, "").replace(/[\s,]+$/, "");
}

/** Statements of the article: direct quotes with their speaker, and reported speech. */
export function findStatements(a: Analysis, meetings: Meeting[]): Statement[] {
  const out: Statement[] = [];
  let lastSpeaker: number | undefined;
  let lastParagraph = -99;
  let lastStatementSentence = -99;
  let sentenceIndex = -1;
  let previousQuote: string | null = null;
  let quoteOpen = false; // the last sentence ended inside a quote…
  let quoteParagraph = -1; // …of this paragraph
  let continued = -99; // the last sentence whose quote continued the previous speaker's words
  for (const s of a.sentences) {
    sentenceIndex++;
    const st = s.text;
    const quoteBefore = previousQuote;
    previousQuote = /^[“"][^“”"]+[”"]$/.test(st.trim()) ? st.trim().slice(1, -1) : null;
    const quotes: Array<[number, number, string]> = [];
    QUOTE.lastIndex = 0;
    for (let q = QUOTE.exec(st); q; q = QUOTE.exec(st)) quotes.push([q.index, q.index + q[0].length, q[1]!]);
    // A quote continuing a speaker's words and left open by the sentence before runs on to this sentence's closing
    // mark: '“I ask everyone to stay home. I would not want to go backwards.”' is one quote over two sentences.
    // (A quote whose attribution follows it, '"…. …," he said.', is read whole by the quote-attribution stage.)
    const closing = quoteOpen && continued === sentenceIndex - 1 && s.paragraph === quoteParagraph ? /^([^“”"]{2,}?)[”"]/.exec(st) : null;
    if (closing) quotes.splice(0, quotes.length, [0, closing[0].length, closing[1]!], ...quotes.filter(([x]) => x >= closing[0].length));
    const lastQuote = quotes[quotes.length - 1];
    quoteOpen = lastQuote ? lastQuote[1] === st.length && !/[”"]$/.test(st) : quoteOpen && s.paragraph === quoteParagraph && !/[”"]/.test(st);
    quoteParagraph = s.paragraph;
    const inQuote = (i: number) => quotes.some(([x, y]) => i > x && i < y);
    const found: Array<{ speaker: number; text: string; kind: Statement["kind"]; rule: string }> = [];
    let objectsFrom = Infinity; // where the last verb that made a statement ended
    let ownVerb = false; // a speech verb outside the quotes, attributing or not
    SPEECH.lastIndex = 0;
    for (let v = SPEECH.exec(st); v; v = SPEECH.exec(st)) {
      if (inQuote(v.index)) continue;
      ownVerb = true;
      // Passive: "was not confirmed" says nothing about a speaker.
      if (/\b(?:was|were|been|be|being|is|are)\s+(?:not\s+|never\s+)?$/i.test(st.slice(Math.max(0, v.index - 20), v.index))) continue;
      const at = s.start + v.index, end = at + v[0].length;
      const lastQuoteEnd = quotes.filter(([, y]) => y <= v!.index).pop()?.[1] ?? 0;
      const recent = lastStatementSentence === sentenceIndex - 1 && lastSpeaker !== undefined && a.entities[lastSpeaker]!.type === "person" ? lastSpeaker : undefined;
      let speaker = speakerBefore(a, s.start + lastQuoteEnd, at, meetings, s.start, recent);
      // Inverted attribution ("…, said Hale"): only verbs that take it; after "urged" or "told" comes the addressee.
      // …and only after what was said: a comma or a closing quote ("The report said Grant had met" is not "said Grant").
      // …or opening the sentence before the quote: 'Added Holloway, "The harbour comes first."'
      const opensInverted = v.index === 0 && /^\p{Lu}/u.test(v[0]) && /^\s+(?:[\p{L}.’'-]+\s+){0,3}?[\p{L}.’'-]+,\s*[“"]/u.test(st.slice(v[0].length));
      if (speaker === undefined && INVERTING.test(v[0]) && (opensInverted || /[,”"]\s*$/.test(st.slice(0, v.index)))) speaker = speakerAfter(a, end, s.end)?.entity;
      if (speaker === undefined) continue;
      // A quote after an earlier verb of this sentence is that verb's ('conceded that "…", but said …').
      const before = quotes.filter(([x, y]) => y <= v!.index + 3 && x < objectsFrom);
      // A quote after the verb is its object only when it follows closely ('said: "…', 'described it as "…').
      const verbEnd = v.index + v[0].length;
      // …its object when it opens the clause: 'said: "…', 'called the deal "…', 'described it as "…'; deeper in, it is part of a reported clause.
      const opens = (gap: string) => gap.trim().split(/\s+/).filter(Boolean).length <= 2 || /\bas\s*$/.test(gap);
      const after = quotes.filter(([x]) => x >= verbEnd).filter((q, i, all) => (i === 0 ? opens(st.slice(verbEnd, q[0])) : q[0] - all[i - 1]![1] < 40));
      // '"We will talk again," he added, "and I hope …"': the quote resumes right after the attribution.
      const resumed = quotes.filter(([x]) => x >= verbEnd && /^[\s,]*$/.test(st.slice(verbEnd, x)));
      const quoted = (before.length && v.index - before[before.length - 1]![1] < 60 ? [...before, ...resumed] : after).map((q) => q[2]).join(" ");
      // "welcomed the visit" is a deed; "welcomed the decision as a turning point" reports words.
      const actComplement = ACT_SPEECH_VERBS.get(v[0].toLowerCase());
      if (actComplement && !quoted && !actComplement.test(st.slice(verbEnd, verbEnd + 200))) continue;
      // What was said is bounded too: a statement longer than this is cut, never read in full per verb.
      let clause = clean(st.slice(v.index + v[0].length, v.index + v[0].length + MAX_SAID));
      if (/^tells?$|^told$/i.test(v[0])) {
        // "told Omar Diaz to leave" is an order, not a statement.
        if (/^(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}to\s+\p{Ll}/u.test(clause)) continue;
        clause = clause.replace(AUDIENCE, "");
      }
      // "…, the ministry said, citing …": a participle right after the verb (not "argued that blocking …").
      const participle = /^[\s,]*\p{Ll}+ing\b/u.test(st.slice(v.index + v[0].length));
      // "said on Friday she had rejected …": a leading time phrase goes, the clause after it stays.
      const timeLed = /^(?:on|last|this|late|early)\s+(?:\p{Lu}\p{Ll}+day|week|month|night|morning|evening|afternoon)(?:\s+(?:night|morning|evening|afternoon))?\s+(?=(?:that|he|she|they|it|we|the)\b)/iu.exec(clause);
      if (timeLed) clause = clause.slice(timeLed[0].length);
      // "said in a statement on Friday that …": a prepositional phrase may stand between the verb and "that".
      const thatAfter = /^(?:(?:\S+\s+){0,3}?|(?:in|on|at|during|after|before|late|early|last|this)\s[^,.;:“"]{0,60}?\s)that\s+/i;
      // (clean() already dropped a "that" right after the verb: "added that after the vote, members …")
      const hasThat = thatAfter.test(clause) || /^[\s,]*that\s/i.test(st.slice(verbEnd));
      clause = clause.replace(thatAfter, "");
      // The speaker's mention nearest the verb ("between Li and Whitaker …, Dr. Whitaker said").
      const speakerAt = mentionsIn(a, s.start, at).filter((x) => x.entity === speaker && x.end <= at).pop()?.start ?? at;
      const trailing = /,\s*(?:[\p{L}.’'-]+\s+){0,4}$/u.test(a.parsed.text.slice(s.start, speakerAt)); // "..., the ministry said", "..., Trade Minister X said"
      // After the verb only a time or place ("said on Friday."): the words are before the speaker, if anywhere.
      // "…, the ministry said, citing scheduling conflicts.": a participle after a trailing attribution is not what was said.
      const tailOnly = clause.split(/\s+/).length < 2 || (!hasThat && TIME_TAIL.test(clause) && !/\bthat\b/.test(clause.slice(0, 60))) || participle;
      const lead = clean(st.slice(Math.max(0, speakerAt - s.start - MAX_SAID), Math.max(0, speakerAt - s.start)));
      const said = quoted || (trailing && (tailOnly || clause.split(/\s+/).length < 3) ? lead : !tailOnly ? clause : trailing ? lead : "");
      // '"… whose days are those?" Tremblay said.': the quote closed the sentence before.
      if (said.split(/\s+/).length < 2 && quoteBefore && v.index < 40 && st.slice(v.index + v[0].length).trim().length < 3) {
        found.push({ speaker, text: quoteBefore, kind: "direct", rule: "quote-before" });
        continue;
      }
      // One-word quotes count when quoted as the verb's object: 'described the offer as "insulting."'
      if (said.split(/\s+/).length < 2 && !(quoted && /\w{3}/.test(said))) continue;
      // A quote ends where its words end: "…high," said X → "…high".
      found.push({ speaker, text: said.replace(/[\s,;:]+$/, ""), kind: quoted ? "direct" : "reported", rule: quoted ? "quote-verb" : "reported-verb" });
      if (!before.length) objectsFrom = verbEnd;
    }
    ACCORDING.lastIndex = 0;
    for (let m = ACCORDING.exec(st); m; m = ACCORDING.exec(st)) {
      // The source: the name right after "according to", or, after a document ("a readout of the talks
      // from Beijing's foreign ministry", "a summary released by the union"), the last name before the comma.
      const src = s.start + m.index + m[0].length;
      const phrase = /^[^,.;]{0,100}/.exec(st.slice(m.index + m[0].length))![0];
      const inPhrase = mentionsIn(a, src, src + phrase.length);
      const men = DOCUMENT.test(phrase) ? inPhrase.pop() : inPhrase.find((x) => x.start <= src + 6);
      // "…, according to X." or "According to X, …": what was said is on the other side of the attribution.
      const after = clean(st.slice(men ? men.end - s.start : m.index).replace(/^[^,]{0,80}?,\s*/, ""));
      if (men) found.push({ speaker: men.entity, text: clean(st.slice(0, m.index)) || after, kind: "reported", rule: "according-to" });
    }
    // ", assuring him that …", ", stressing that …": a participle clause reports its subject's words.
    for (const p of participleStatements(a, s, inQuote)) found.push({ ...p, kind: "reported" });
    // "Kim Yo Jong, the leader's sister, was quoted by KCNA as saying that …": the sentence's subject.
    const quotedAs = QUOTED_AS.exec(st);
    if (quotedAs) {
      const first = subjectOf(a, s.start, s.start + quotedAs.index);
      const said = clean(st.slice(quotedAs.index + quotedAs[0].length));
      if (first && said.split(/\s+/).length >= 2) {
        found.push({ speaker: first.entity, text: said, kind: /^[“"]/.test(said) ? "direct" : "reported", rule: "quoted-as-saying" });
      }
    }
    // 'Radovanović was blunt in his own account: "We will not sign …"': the subject, a colon, a quote.
    const colon = /:\s*[“"]/.exec(st);
    if (!found.length && colon && quotes.length) {
      const first = subjectOf(a, s.start, s.start + colon.index);
      if (first) {
        found.push({ speaker: first.entity, text: quotes.filter(([x]) => x > colon.index).map((q) => q[2]).join(" "), kind: "direct", rule: "colon-quote" });
      }
    }
    // A quote standing alone continues the previous speaker's words.
    // …unless the sentence has its own attribution (a speech verb outside the quotes) that the rules above could not
    // read: the quote-attribution stage reads those ('"…," Harbour chief Ana Ruiz, spokeswoman for the port said').
    if (!found.length && !ownVerb && quotes[0]?.[0] === 0 && lastSpeaker !== undefined && s.paragraph - lastParagraph <= 1) {
      found.push({ speaker: lastSpeaker, text: quotes.map((q) => q[2]).join(" "), kind: "direct", rule: "quote-continued" });
      continued = sentenceIndex;
    }
    // One statement per speaker and distinct text: "said X … but insisted that Y" is two.
    const kept: typeof found = [];
    for (const f of found) {
      // Two verbs of one speaker with their own quotes ('conceded that "…", but said that he wanted "…"') are two.
      const ownQuotes = f.rule === "quote-verb";
      if (kept.some((k) => k.speaker === f.speaker && (k.text.includes(f.text) || f.text.includes(k.text) || (!ownQuotes && k.rule === f.rule && k.kind === f.kind)))) continue;
      kept.push(f);
      out.push({ ...f, evidence: { text: st, start: s.start, end: s.end } });
      lastSpeaker = f.speaker;
      lastParagraph = s.paragraph;
      lastStatementSentence = sentenceIndex;
    }
  }
  // Quotes the sentence rules left unattributed (quotes over sentences and paragraphs, signatures, colon paragraphs).
  out.push(...attributeQuotes(a, meetings, out));
  // Transcripts: a labelled speaker's paragraphs, where no sentence rule found that speaker's words.
  for (const t of transcriptStatements(a)) {
    if (!out.some((s) => s.speaker === t.speaker && s.evidence.start >= t.evidence.start && s.evidence.end <= t.evidence.end)) out.push(t);
  }
  out.push(...groupStatements(meetings, out));
  return out.sort((x, y) => x.evidence.start - y.evidence.start);
}

/** A sentence whose subject is a group reference: "The two Democrats said …", "The duo described …", "Both leaders said …". */
const GROUP_SUBJECT = /^["“]?(?:the two|both|the duo|the pair|the trio)\b/i;

/**
 * A group's words are each member's: the speaker rules give a group reference
 * the first participant of the meeting before it, and here the others of that
 * meeting say the same words (up to three more).
 */
function groupStatements(meetings: Meeting[], out: Statement[]): Statement[] {
  const extra: Statement[] = [];
  for (const s of out) {
    if (!GROUP_SUBJECT.test(s.evidence.text)) continue;
    const last = meetings.filter((m) => m.evidence.start < s.evidence.start).pop();
    if (!last || last.participants[0] !== s.speaker) continue;
    for (const p of last.participants.slice(1, 4)) {
      if (![...out, ...extra].some((o) => o.speaker === p && o.text === s.text)) extra.push({ ...s, speaker: p, rule: `${s.rule}+group` });
    }
  }
  return extra;
}
