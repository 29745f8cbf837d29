import { MEETING_STATUS_CUES, type MeetingStatus } from "../lexicon/meeting-status";

const BEFORE = MEETING_STATUS_CUES.filter((c) => c.before).map((c) => ({ ...c, re: new RegExp(`(?:${c.before!})$`, "i") }));
const AFTER = MEETING_STATUS_CUES.filter((c) => c.after).map((c) => ({ ...c, re: new RegExp(c.after!, "i") }));

/**
 * A journey told as made, then "to" right before the trigger: a past verb of coming or a visit noun, a short phrase
 * ("to Bergen", "from X, a lobbyist,") and the infinitive's "to".
 */
const JOURNEY_TO_MEET = /\b(?:came|went|travell?ed|flew|arrived|drove|stopped by|dropped by|visit(?:ed)?\s+(?:from|by)|trip\s+(?:from|by))\b(?:(?!\b(?:\w+ing|hope[sd]?|wants?|wanted|plan(?:s|ned)?|seeks?|sought|tried|tries|expects?|expected|intend(?:s|ed)?|aim(?:s|ed)?|wish(?:es|ed)?|order)\b)(?:[^.;:“”"]|[.:](?=\d))){0,90}?\bto\s+$/i;

/** "led a high-powered delegation comprising …, to pay a courtesy call on X": a delegation led there to meet. */
const LED_TO_MEET = /\bled\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:delegation|team|group|contingent|mission)\b[^.;:“”"]{0,160}?\bto\s+$/i;

/** "took the opportunity to meet", "managed to meet", "went on to meet", "had the opportunity to speak with": an infinitive told as done. */
const TOOK_THE_CHANCE = /\b(?:took|take|takes|taking)\s+(?:the|this|that)\s+(?:opportunity|occasion|chance|time)\s+to\s+$|\b(?:had|got)\s+(?:the|an|a)\s+(?:\w+\s+)?(?:opportunity|occasion|chance|privilege|honou?r)\s+to\s+$|\b(?:managed|went on|was able|were able|got)\s+to\s+$/i;

/**
 * Whether a meeting told at a trigger took place, from the words before the
 * trigger (at most 40 characters, a bounded window) and after it (its clause).
 * Returns the status and the words that set it (`null` for held).
 */
export function meetingStatus(before: string, after: string): { status: MeetingStatus; cue: string | null } {
  const tail = before.slice(-40);
  const clause = after.slice(0, 300);
  const afterCue = () => {
    for (const c of AFTER) {
      const m = c.re.exec(clause);
      if (m) return { status: c.status, cue: m[0].replace(/^[^,]*?(?=\b(?:was|were|has|have|had|is|are|got|did|didn't|never|failed|planned|scheduled|expected|proposed|due|set|will|would|shall)\b)/i, "").trim() };
    }
    return undefined;
  };
  // What happened last wins: "A planned meeting between X and Y was cancelled" is cancelled.
  const later = afterCue();
  if (later && later.status !== "planned") return later;
  // "A May 3 visit from X to meet with Y", "came to Bergen to meet Y": the purpose of a journey told as made is
  // a meeting held (only the bare infinitive; "flew to Bergen hoping to meet" keeps its own cue).
  if (JOURNEY_TO_MEET.test(before.slice(-120)) || TOOK_THE_CHANCE.test(tail) || LED_TO_MEET.test(before.slice(-240))) return { status: "held", cue: null };
  for (const c of BEFORE) {
    const m = c.re.exec(tail);
    // ("Ana May held talks": "May" capitalised inside a sentence is a name or a month, not the modal.)
    if (m && /^\s*May\b/.test(m[0]) && /\S/.test(before.slice(0, before.length - tail.length + m.index))) continue;
    if (m) return { status: c.status, cue: m[0].trim() };
  }
  return later ?? { status: "held", cue: null };
}
