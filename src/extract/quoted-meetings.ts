import { mentionsIn, type Analysis } from "./entities";
import { datesIn, referenceDate } from "./dates";
import { mainCity } from "./meetings";
import type { Meeting, Statement } from "./types";

/**
 * First-person meetings inside a speaker's own words: "Today I met my friend
 * X," Holloway tweeted; "A friendly meeting with FM @ministerVerhoef …," Mr
 * Rao said. The speaker of the quote is the subject. Each trigger: id,
 * pattern, example (run by test/extract/quoted-meetings.test.ts).
 */
export const QUOTED_MEETING_TRIGGERS = [
  { id: "i-met", re: /\b(?:I|we)\s+(?:also\s+|just\s+|today\s+)?(?:met|met with|spoke with|spoke to|(?:held|had) (?:a |an )?(?:[\w-]+ ){0,3}?(?:talks|discussions?|consultations|meeting|call|conversation|chat) with|called|phoned|hosted|received|visited)\b/gi, example: "“Today I met my friend Ivo Brandt,” Mira Holt tweeted." },
  // ("The meeting with the Harbour Union and the ministry was a fruitful one": the speaker's own meeting, bodies too.)
  { id: "meeting-with", re: /(?:^|[.!?]\s+|“|")(?:(?:A|An|Our|My|The|our|my|the)\s+(?:\w+\s+){0,2})?(?:[Mm]eeting|[Tt]alks|[Cc]onversation|[Cc]all|[Dd]iscussion)s?\s+with\b/g, bodies: true, example: "“A friendly meeting with Ivo Brandt of Norway,” Mira Holt said." },
  // A post without its subject: "Had a useful phone call with Ivo Brandt on trade," Mira Holt said.
  { id: "had-a-call-with", re: /(?:^|[.!?]\s+|“|")(?:Had|Held)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|talks|conversation|call|discussions?|chat)\s+with\b/g, example: "“Had a useful phone call with Ivo Brandt on trade,” Mira Holt said." },
  { id: "glad-to-meet", re: /\b(?:delighted|glad|pleased|happy|good|great|honoured|honored)\s+to\s+(?:meet|see|welcome|host|receive|speak with)\b/gi, example: "“Delighted to meet Ivo Brandt again,” Mira Holt said." },
  { id: "pleasure-of-meeting", re: /\b(?:I|we)\s+(?:have\s+|had\s+)?(?:had\s+)?the\s+(?:pleasure|honou?r|privilege|opportunity)\s+(?:of|to)\s+(?:meeting|meet|hosting|host|receiving|receive|welcoming|welcome)\b/gi, example: "“I had the pleasure of meeting Ivo Brandt in Oslo last year,” Mira Holt said." },
  { id: "welcoming", re: /(?:^|[.!?]\s+|“|")Welcoming\b/g, example: "“Welcoming a close partner, Ivo Brandt,” Mira Holt tweeted." },
  // The other one acts on the speaker: the one met is named before the trigger ("called me a liar" names, "met us
  // halfway" concedes: no meeting).
  // "President Brandt and I met for the talks": the one named before "and I" met the speaker.
  { id: "x-and-i", re: /\band\s+I\s+(?:also\s+|have\s+|had\s+)?(?:met|held|had|discussed|spoke|talked|agreed|signed)\b/g, before: true, example: "“President Ivo Brandt and I met for the talks,” Mira Holt said." },
  { id: "called-me", re: /\b(?:called|phoned|telephoned|rang|visited|met|received|hosted)\s+(?:me|us)\b(?!\s+(?:a|an|the|halfway|half-way|names?)\b)/g, before: true, example: "“Ivo Brandt called me yesterday to talk about the port,” Mira Holt said." },
] as const;

/** Words in a quote that date it by the moment it was said: "Today I met …", "Just met …", "This morning I …". */
const SAID_TODAY = /\b(?:today|tonight|this (?:morning|afternoon|evening)|just met)\b/i;

/** Meetings told in the first person inside direct quotes, with the quote's speaker; pairs already known are skipped. */
export function meetingsInQuotes(a: Analysis, statements: readonly Statement[], known: readonly Meeting[]): Meeting[] {
  const out: Meeting[] = [];
  // A quote ("A friendly meeting with …") seldom says where: the dateline, else the city the article is set in.
  const place = a.parsed.dateline?.place ?? mainCity(a)?.name ?? null;
  const have = new Set(known.map((m) => [...m.participants].sort((x, y) => x - y).join(",")));
  for (const s of statements) {
    if (s.kind !== "direct" || a.entities[s.speaker]!.type !== "person") continue;
    const at = a.parsed.text.indexOf(s.text.slice(0, 40), s.evidence.start);
    if (at < 0 || at > s.evidence.end) continue;
    const quote = a.parsed.text.slice(at, Math.min(at + s.text.length, s.evidence.end));
    // Each trigger's every match: "We held talks with X. We also met separately with Y" tells two meetings.
    let told = false;
    for (const trigger of QUOTED_MEETING_TRIGGERS) {
      if (told) break;
      trigger.re.lastIndex = 0;
      for (let m = trigger.re.exec(quote); m; m = trigger.re.exec(quote)) {
        const from = at + m.index + m[0].length;
        // The one met: the first person named soon after the trigger, inside the quote (or, for "X called me", the last
        // one named before it in the same sentence of the quote).
        const isParty = (x: { entity: number }) => (a.entities[x.entity]!.type === "person" || ("bodies" in trigger && a.entities[x.entity]!.type === "organization")) && x.entity !== s.speaker;
        const following = "before" in trigger ? [] : mentionsIn(a, from, Math.min(at + quote.length, from + 160)).filter(isParty);
        const met = "before" in trigger
          ? mentionsIn(a, Math.max(at, at + m.index - 90), at + m.index).filter(isParty).pop()
          : following[0];
        // ("… with the Harbour Union and the Ministry of Transport": a second party joined by "and".)
        // ("… Executive Director X and his deputy Y": a kin or role word of the first may stand before the second.)
        const second = met && following[1] && /^\s+and\s+(?:(?:the|his|her|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/iu.test(a.parsed.text.slice(met.end, following[1].start)) ? following[1].entity : undefined;
        if (!met || /[.!?;]/.test("before" in trigger ? a.parsed.text.slice(met.end, at + m.index) : a.parsed.text.slice(from, met.start))) continue;
        const key = [s.speaker, met.entity].sort((x, y) => x - y).join(",");
        if (have.has(key)) continue;
        have.add(key);
        // The date the quote gives in the trigger's sentence ("called me yesterday").
        const sentence = quote.slice(m.index).split(/(?<=[.!?])\s/)[0]!;
        // "“Today I met …,” X wrote on Thursday": "today" in the words (also before the trigger: "Today I met") is the
        // day they were posted or said, as the attribution dates it — after the quote, else the last date before it.
        // (…else one the quote gives elsewhere: "Bergen this week is … We also met with X".)
        const inSentence = datesIn(sentence, referenceDate(a.parsed));
        const ownText = inSentence.length ? sentence : quote;
        const own = inSentence.length ? inSentence : datesIn(quote, referenceDate(a.parsed)).filter((x) => /\b(?:this|last)\s+(?:week|month)\b/i.test(quote.slice(x.start, x.end)));
        const opening = quote.slice(0, m.index).split(/(?<=[.!?])\s/).pop()!;
        const after = a.parsed.text.slice(at + quote.length, s.evidence.end), before = a.parsed.text.slice(s.evidence.start, at);
        const inAfter = datesIn(after, referenceDate(a.parsed))[0], inBefore = datesIn(before, referenceDate(a.parsed)).pop();
        const posted = !own.length && SAID_TODAY.test(opening + sentence)
          ? (inAfter ? { value: inAfter.value, text: after.slice(inAfter.start, inAfter.end) } : inBefore ? { value: inBefore.value, text: before.slice(inBefore.start, inBefore.end) } : undefined)
          : undefined;
        // (A press office's "Statement by X" speaks on the day it is dated: its "today" is the article's date.)
        const issued = !posted && !own.length && s.rule === "authored-document" && SAID_TODAY.test(opening + sentence) && a.parsed.published ? { value: a.parsed.published, text: SAID_TODAY.exec(opening + sentence)![0] } : undefined;
        const d = posted ?? issued ?? (own[0] ? { value: own[0].value, text: ownText.slice(own[0].start, own[0].end) } : undefined);
        // "called me for a telephone talk", "we spoke by phone": a call, which has no place.
        const call = /\b(?:called|phoned|telephoned|rang|calls?|conversation)\b/i.test(m[0]) || /\b(?:tele)?phone|\bvideo\b/i.test(sentence);
        out.push({
          participants: second === undefined ? [s.speaker, met.entity] : [s.speaker, met.entity, second], date: d?.value ?? null, dateText: d?.text ?? null, place: call ? null : place, venue: null, kind: call ? "call" : "in_person", status: "held",
          statusText: null, duration: null, evidence: s.evidence, rule: `quoted:${trigger.id}`,
        });
        told = true;
      }
    }
  }
  return out;
}
