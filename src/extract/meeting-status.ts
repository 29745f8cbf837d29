import { MEETING_STATUS_CUES, type MeetingStatus } from "../lexicon/meeting-status";

const BEFORE = MEETING_STATUS_CUES.filter((c) => c.before).map((c) => ({ ...c, re: new RegExp(`(?:${c.before!})$`, "i") }));
const AFTER = MEETING_STATUS_CUES.filter((c) => c.after).map((c) => ({ ...c, re: new RegExp(c.after!, "i") }));

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
  for (const c of BEFORE) {
    const m = c.re.exec(tail);
    // ("Ana May held talks": "May" capitalised inside a sentence is a name or a month, not the modal.)
    if (m && /^\s*May\b/.test(m[0]) && /\S/.test(before.slice(0, before.length - tail.length + m.index))) continue;
    if (m) return { status: c.status, cue: m[0].trim() };
  }
  return later ?? { status: "held", cue: null };
}
