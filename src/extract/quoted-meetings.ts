import { mentionsIn, type Analysis } from "./entities";
import { mainCity } from "./meetings";
import type { Meeting, Statement } from "./types";

/**
 * First-person meetings inside a speaker's own words: "Today I met my friend
 * X," Holloway tweeted; "A friendly meeting with FM @ministerVerhoef …," Mr
 * Rao said. The speaker of the quote is the subject. Each trigger: id,
 * pattern, example (run by test/extract/quoted-meetings.test.ts).
 */
export const QUOTED_MEETING_TRIGGERS = [
  { id: "i-met", re: /\b(?:I|we)\s+(?:also\s+|just\s+|today\s+)?(?:met|met with|spoke with|spoke to|held talks with|had talks with|had a (?:\w+ )?(?:meeting|call|conversation) with|called|phoned|hosted|received|visited)\b/gi, example: "“Today I met my friend Ivo Brandt,” Mira Holt tweeted." },
  { id: "meeting-with", re: /(?:^|[.!?]\s+|“|")(?:(?:A|An)\s+(?:\w+\s+){0,2})?(?:meeting|talks|conversation|call|discussion)s?\s+with\b/g, example: "“A friendly meeting with Ivo Brandt of Norway,” Mira Holt said." },
  { id: "glad-to-meet", re: /\b(?:delighted|glad|pleased|happy|good|great|honoured|honored)\s+to\s+(?:meet|see|welcome|host|receive|speak with)\b/gi, example: "“Delighted to meet Ivo Brandt again,” Mira Holt said." },
  { id: "welcoming", re: /(?:^|[.!?]\s+|“|")Welcoming\b/g, example: "“Welcoming a close partner, Ivo Brandt,” Mira Holt tweeted." },
] as const;

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
    for (const trigger of QUOTED_MEETING_TRIGGERS) {
      trigger.re.lastIndex = 0;
      const m = trigger.re.exec(quote);
      if (!m) continue;
      const from = at + m.index + m[0].length;
      // The one met: the first person named soon after the trigger, inside the quote.
      const met = mentionsIn(a, from, Math.min(at + quote.length, from + 90)).find((x) => a.entities[x.entity]!.type === "person" && x.entity !== s.speaker);
      if (!met || /[.!?;]/.test(a.parsed.text.slice(from, met.start))) continue;
      const key = [s.speaker, met.entity].sort((x, y) => x - y).join(",");
      if (have.has(key)) continue;
      have.add(key);
      out.push({
        participants: [s.speaker, met.entity], date: null, dateText: null, place, venue: null, kind: "in_person", status: "held",
        statusText: null, duration: null, evidence: s.evidence, rule: `quoted:${trigger.id}`,
      });
      break;
    }
  }
  return out;
}
