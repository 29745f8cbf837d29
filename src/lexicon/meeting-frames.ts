/**
 * Later sentences that add to a meeting told before ("one meeting, many
 * sentences"). Each cue: id, pattern (case-insensitive), why it holds, and an
 * example article whose meeting a test checks (test/extract/meeting-frames.test.ts).
 */
export interface MeetingFrameCue {
  id: string;
  re: RegExp;
  reason: string;
  example: string;
}

/**
 * Someone put at a meeting told in one of the sentences before. `side`: where the attendee is named, the
 * subject before the cue ("Lena Park, who was also present at the meeting") or the names after it
 * ("The meeting was also attended by Lena Park"); `sameSentence`: the meeting is told in the cue's own sentence.
 */
export const ATTENDANCE_CUES: ReadonlyArray<MeetingFrameCue & { side: "before" | "after"; sameSentence?: true }> = [
  {
    id: "relative-attended-by", side: "after", sameSentence: true,
    re: /\b(?:(?:which|that)\s+(?:was|were)\s+(?:also\s+)?|(?:meeting|talks|dinner)\s+(?:also\s+)?)attended\s+by\b/i,
    reason: "a meeting told in the same sentence, said to be attended by someone, has them as a participant",
    example: "Mira Holt came under fire over a meeting with Ivo Brandt, which was also attended by Lena Park.",
  },
  {
    id: "present-at", side: "before",
    re: /\b(?:was|were)\s+(?:also\s+)?present\s+(?:at|during|for|in)\s+(?:the|that|their)\s+(?:[\w-]+\s+)?(?:meeting|talks|call|visit|discussions?|dinner)\b/i,
    reason: "being present at the meeting told before puts the subject at it",
    example: "Mira Holt met Ivo Brandt in Bergen on Monday. Lena Park, who was also present at the meeting, said little.",
  },
  {
    id: "attended", side: "before",
    re: /\b(?:also\s+)?(?:attended|joined|sat in on|took part in|participated in)\s+(?:the|that|their)\s+(?:[\w-]+\s+)?(?:meeting|talks|call|discussions?)\b/i,
    reason: "attending the meeting told before puts the subject at it",
    example: "Mira Holt met Ivo Brandt in Bergen on Monday. Lena Park also attended the meeting.",
  },
  {
    id: "attended-by", side: "after",
    re: /\b(?:meeting|talks|call|discussions?)\s+(?:was|were)\s+(?:also\s+)?attended\s+by\b/i,
    reason: "a meeting attended by someone has them as a participant",
    example: "Mira Holt met Ivo Brandt in Bergen on Monday. The meeting was also attended by Lena Park.",
  },
  {
    id: "briefing-the-meeting", side: "after",
    re: /^[“"]?(?:also\s+)?(?:briefing|addressing|chairing|opening|presiding over)\s+(?:the|that)\s+(?:[\w-]+\s+)?(?:meeting|session|talks)\s*,/i,
    reason: "one who briefs, addresses or chairs the meeting told before (the clause's subject after the comma) is at it",
    example: "Mira Holt met Ivo Brandt in Bergen on Monday. Also addressing the meeting, the mayor, Lena Park, said the port would grow.",
  },
  {
    id: "also-present", side: "after",
    re: /\b(?:also\s+)?(?:present|in attendance)\s+(?:at the (?:meeting|talks)\s+)?(?:was|were)\b|\bthose (?:taking part|present|attending)\s+(?:included|were)\b/i,
    reason: "those present at the meeting told before are its participants",
    example: "Mira Holt met Ivo Brandt in Bergen on Monday. Also present was Lena Park.",
  },
];

/** A meeting reported as over: a planned one told before it did take place ("expected to meet … After the meeting, …"). */
export const HELD_LATER: MeetingFrameCue = {
  id: "after-the-meeting",
  re: /\b(?:after|following|during|at the end of|since)\s+(?:the|their|that|this)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|call|visit|session|encounter)\b|\bthe (?:meeting|talks|call|visit)\s+(?:[\w-]+\s+){0,6}?(?:took place|lasted|ended|was held|were held|went well)\b/i,
  reason: "a later sentence that tells what happened at or after the meeting says it was held",
  example: "Mira Holt was expected to meet Ivo Brandt in Bergen on Monday. After the meeting, Holt said the talks had been useful.",
};

/** Words that keep that later sentence in the future: "He will speak after the meeting". */
export const STILL_FUTURE = /\b(?:will|would|shall|is expected|are expected|is due|are due|is scheduled|are scheduled|plans? to)\b/i;

/** The sentence after a planned meeting that tells where or when it may be: "They may gather in Bonn later this month." */
export const PLANNED_NEXT: MeetingFrameCue = {
  id: "they-may-meet",
  re: /^(?:they|the two(?: \w+)?|both(?: \w+)?)\s+(?:\w+\s+){0,2}?(?:may|might|could|will|would|are (?:expected|due|set|scheduled|likely) to|plan to|hope to)\s+(?:\w+\s+)?(?:meet|gather|hold talks|sit down|get together|convene)\b/i,
  reason: "a planned meeting's next sentence, with its parties as the subject and a modal meeting verb, is the same plan: its place and date are the plan's",
  example: "Mira Holt and Ivo Brandt agreed to meet soon. They may gather on the margins of a trade forum in Bergen or at a summit in Oslo later this month.",
};

/** A later sentence naming the meeting told before, for its duration: "The meeting lasted 40 minutes." */
export const LASTED: MeetingFrameCue = {
  id: "meeting-lasted",
  re: /\b(?:the|their|that|this)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|call|conversation|visit|session|encounter|discussions?|audience)\b/i,
  reason: "a later sentence that refers back to the meeting with a duration ('lasted 40 minutes', 'during the 25-minute talks') gives its duration when it had none",
  example: "Mira Holt had a phone conversation with Ivo Brandt on Monday. During the 25-minute talks, the two agreed to meet.",
};

/** Where the meeting told before took place: "The meeting took place outside her office in Bergen." */
export const TOOK_PLACE: MeetingFrameCue = {
  id: "took-place-in",
  re: /\b(?:the|their|that)\s+(?:[\w-]+\s+)?(?:meeting|talks|call|visit|encounter|dinner|session)\s+(?:[\w-]+\s+){0,3}?(?:took place|was held|were held|happened|was hosted|were hosted)\b/i,
  reason: "a later sentence that places the meeting gives its place (and venue, and date when it had none)",
  example: "Mira Holt met Ivo Brandt on Monday. The meeting took place outside his office in Bergen.",
};
