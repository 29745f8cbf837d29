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
 * ("The meeting was also attended by Lena Park"); `sameSentence`: the meeting is told in the cue's own sentence;
 * `gathers`: with no meeting told before in reach, the two or more it lists met one another.
 */
export const ATTENDANCE_CUES: ReadonlyArray<MeetingFrameCue & { side: "before" | "after"; sameSentence?: true; gathers?: true }> = [
  {
    id: "present-were", side: "after", gathers: true,
    // (The cue says a meeting took place: with none told before in reach, those it lists met one another.)
    re: /\b(?:also\s+)?(?:present|attending|in\s+attendance)\s+(?:at\s+|during\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:meetings?|talks|calls?|discussions?|dinner|audience)\s+(?:were|was)\b/iu,
    reason: "'Attending the meeting were X and Y', 'Also present at last night's meeting were …': those listed were at the meeting told before",
    example: "Mira Holt met Ivo Brandt in Bergen on Monday. Also present at Monday's meeting were Lena Park and other officials.",
  },
  {
    id: "relative-attended-by", side: "after", sameSentence: true,
    re: /\b(?:(?:which|that)\s+(?:was|were)\s+(?:also\s+)?|(?:meeting|talks|dinner)\s+(?:also\s+)?)attended\s+by\b/i,
    reason: "a meeting told in the same sentence, said to be attended by someone, has them as a participant",
    example: "Mira Holt came under fire over a meeting with Ivo Brandt, which was also attended by Lena Park.",
  },
  {
    id: "in-the-presence-of", side: "after", sameSentence: true,
    re: /\bin\s+the\s+presence\s+of\b/i,
    reason: "one in whose presence the meeting of the same sentence was held was at it",
    example: "Mira Holt met Ivo Brandt in Bergen on Monday in the presence of Trade Minister Lena Park.",
  },
  {
    id: "present-at", side: "before",
    re: /\b(?:was|were)\s+(?:also\s+)?present\s+(?:at|during|for|in)\s+(?:the|that|their)\s+(?:[\w-]+\s+)?(?:meetings?|talks|calls?|visit|discussions?|dinner)\b/i,
    reason: "being present at the meeting told before puts the subject at it",
    example: "Mira Holt met Ivo Brandt in Bergen on Monday. Lena Park, who was also present at the meeting, said little.",
  },
  {
    id: "attended", side: "before",
    // ("joined today's meeting", "attended Monday's talks": the day's possessive names the same meeting.)
    // ("also took part in this audience", "joined that gathering": a demonstrative too, and the meeting's other names.)
    re: /\b(?:also\s+)?(?:attended|joined|sat in on|took part in|participated in)\s+(?:the|this|that|their|(?:today|yesterday|tonight|\w+day)['’]s)\s+(?:[\w-]+\s+)?(?:meeting|talks|call|discussions?|forum|dinner|luncheon|audience|gathering|encounter)\b/i,
    reason: "attending the meeting told before (or the forum, dinner it was) puts the subject at it",
    example: "Mira Holt met Ivo Brandt in Bergen on Monday. Lena Park also attended the meeting.",
  },
  {
    id: "attended-by", side: "after",
    // (An aside may stand between: "The meeting with the president, according to X, was also attended by …".)
    // ("The meeting, which was also attended by …": or a relative clause.)
    re: /\b(?:meeting|talks|call|discussions?)\b(?:[^.;:“”"]{0,160}?,)?\s+(?:(?:which|that)\s+)?(?:was|were)\s+(?:also\s+)?attended\s+by\b/i,
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
    id: "accompanied-by", side: "after",
    re: /\b(?:was|were)\s+(?:also\s+)?accompanied\s+by\b/i,
    reason: "those who came with a party to the meeting told before were at it",
    example: "Mira Holt hosted Ivo Brandt in Bergen on Monday. Brandt, who paid a courtesy visit to the mayor, was accompanied by Lena Park.",
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
  // ("The meeting, which was also attended by X, held at the villa": a relative clause between, "was" left out.)
  // ("The half-hour meeting with the senator, whose vote Labor needs, took place late Wednesday": its partner and a
  // relative clause between.)
  re: /\b(?:the|their|that)\s+(?:[\w-]+\s+)?(?:meeting|talks|call|visit|encounter|dinner|session)(?:(?:\s+(?:with|between)\s+[^,.;]{1,60}?)?(?:\s*,\s*(?:which|that|who|whose)\b[^.;]{0,200}?,)?\s+(?:[\w-]+\s+){0,3}?(?:took place|was held|were held|happened|was hosted|were hosted)\b|\s*,\s*(?:which|that)\b[^.;]{0,200}?,\s+(?:was\s+|were\s+)?(?:held|took place)\s+(?:at|in)\b)/i,
  reason: "a later sentence that places the meeting gives its place (and venue, and date when it had none)",
  example: "Mira Holt met Ivo Brandt on Monday. The meeting took place outside his office in Bergen.",
};

/** Where the one met or the visitor was, told right after the meeting: "She was at the commission's offices in Bergen for an hour." */
export const WAS_THERE: MeetingFrameCue = {
  id: "was-there",
  re: /^(?:she|he|they|the two(?:\s+\w+)?|both(?:\s+\w+)?)\s+(?:was|were)\s+(?:at|in|inside)\s/i,
  reason: "the sentence right after a meeting that puts a participant (by pronoun) at a place gives the meeting its place",
  example: "Mira Holt met Ivo Brandt on Monday. She was at the harbour office in Bergen for about an hour.",
};

/**
 * Plural nouns for people met as an unnamed group ("hosted rebel opposition MPs", "met with families of the
 * victims", "received a courtesy call from 16 heads of missions"): the meeting waits for the names a later
 * sentence gives (MEMBER_CUES); without them it names no one and is not kept.
 */
export const GROUP_MEMBER_NOUNS: readonly string[] = [
  "mps", "lawmakers", "legislators", "parliamentarians", "senators", "congressmen", "councillors", "councilors", "mayors", "governors",
  "ministers", "officials", "leaders", "representatives", "delegates", "envoys", "ambassadors", "diplomats", "heads", "chiefs",
  "executives", "businessmen", "businesspeople", "businesswomen", "industrialists", "investors", "bankers", "entrepreneurs",
  "families", "relatives", "parents", "residents", "farmers", "students", "elders", "clerics", "pastors", "bishops", "priests",
  "imams", "activists", "unionists", "stakeholders", "editors", "journalists", "players", "athletes", "veterans", "survivors",
  "cricketers", "footballers", "coaches", "workers", "employees", "nurses", "doctors", "teachers", "pilots", "vendors", "traders",
];

/**
 * Sentences that name those who made up an unnamed group met just before (within GROUP_MEMBER_REACH sentences).
 * `names`: where the members stand, after the cue ("The meeting was attended by X and Y") or set off after it
 * ("one of the ministers, X, said"). Each example is an article a test reads (test/extract/meeting-frames.test.ts):
 * Mira Holt, Ivo Brandt and Lena Park at one meeting (the members came together, as the group met).
 */
export const MEMBER_CUES: ReadonlyArray<MeetingFrameCue & { before?: true }> = [
  {
    id: "attended-the-meeting", before: true,
    re: /\b(?:also\s+)?(?:attended|joined|took part in|participated in)\s+(?:the|that|this)\s+(?!(?:previous|last|earlier|next|first|second)\b)(?:[\w-]+\s+)?(?:meeting|session|talks|summit|conference|consultations|forum|discussions|dinner|luncheon)\b(?!\s+(?:with|between)\b)/i,
    reason: "the people named before 'attended the meeting' are members of the meeting a chair held (not 'the meeting with X', another one named by its partner)",
    example: "Mira Holt chaired the harbour board's meeting on Monday. Ivo Brandt and Lena Park attended the meeting.",
  },
  {
    id: "attended-by",
    re: /\b(?:meeting|talks|event|lunch|dinner|reception|session|gathering|visit)\b[^.;:“”"]{0,160}?\b(?:was|were)\s+(?:also\s+)?attended\s+by\b/i,
    reason: "those a meeting with a group was attended by are its members",
    example: "Mira Holt hosted opposition lawmakers in Bergen on Monday. The meeting was attended by several MPs, including Ivo Brandt and Lena Park.",
  },
  {
    id: "those-present",
    re: /\b(?:(?:among\s+)?(?:those|others)\s+(?:present|attending|in attendance|taking part|at the (?:meeting|talks|event))\s+(?:were|was|included)|also\s+(?:present|in attendance)\s+(?:were|was))\b/i,
    reason: "the people listed as present are the group's members",
    example: "Mira Holt received a courtesy call from heads of missions on Monday. Among those present were Ivo Brandt and Lena Park.",
  },
  {
    id: "meeting-included",
    re: /\b(?:meeting|talks|event|lunch|dinner|reception|session|gathering)\s+(?:[\w-]+\s+){0,8}?(?:included|brought together|drew|comprised|involved)\b/i,
    reason: "a meeting that included or brought together people has them as its members",
    example: "Mira Holt met with union officials in Bergen on Monday. The meeting included Ivo Brandt and Lena Park.",
  },
  {
    id: "alongside-were",
    re: /^[“"]?alongside\s+[^,;.“”"]{1,80}?\s+(?:were|was)\b/i,
    reason: "'Alongside the hosts were X and Y' puts X and Y at the meeting with the group",
    example: "Mira Holt had lunch on Tuesday with a group of shipping executives. Alongside Holt were Ivo Brandt and Lena Park.",
  },
  {
    id: "at-the-meeting-included",
    re: /\b[\w-]+\s+(?:at|attending)\s+the\s+(?:meeting|talks|session|event|lunch|dinner)\s+(?:also\s+)?(?:included|were)\b,?/i,
    reason: "'Governors at the meeting included X and Y' names members of the group met",
    example: "Mira Holt met with a delegation of the governors' forum on Monday. Governors at the meeting included Ivo Brandt and Lena Park.",
  },
  {
    id: "others-were",
    re: /^(?:others|other members|others present)\s+(?:were|included)\b/i,
    reason: "'Others were X and Y', after members were named, names more of them",
    example: "Mira Holt met with a delegation of governors on Monday. Governors at the meeting included Ivo Brandt. Others were Lena Park.",
  },
  {
    id: "delegation-led-by",
    re: /\b(?:delegation|team|group|contingent|visitors)\b[^.;:“”"]{0,100}?\b(?:(?:is|was|are|were)\s+(?:being\s+)?)?(?:led|headed)\s+by\b/i,
    reason: "'The delegation arrived on Sunday and is led by X and Y' names who the group met was",
    example: "Mira Holt received a delegation of shipping executives on Monday. The delegation arrived on Sunday and is led by Ivo Brandt and Lena Park.",
  },
  {
    id: "led-the-team",
    re: /\b(?:led|headed)\s+the\s+(?:delegation|team|group|contingent|visitors|side)\b/i,
    reason: "'X led the team, which also included Y' names the group's leader (before the cue) and members (after it)",
    example: "Mira Holt held a meeting with top officials of the growers' union on Monday. Ivo Brandt led the team, which also included Lena Park.",
  },
  {
    id: "the-group-are",
    re: new RegExp(`\\b(?:the|these|those)\\s+(?:[\\w-]+\\s+){0,2}(?:${GROUP_MEMBER_NOUNS.join("|")}|members|heads\\s+of\\s+(?:\\w+\\s+)?missions?)(?:(?:\\s+who\\s+[^.;,“”"]{3,100}?)?\\s+(?:also\\s+)?(?:are|were|include|included)|,\\s+(?:including|among them|namely))\\b`, "i"),
    reason: "'the new envoys are X and Y', 'The envoys, including X and Y, …', 'The envoys who called on her were X and Y' name the members of the group met",
    example: "Mira Holt received three new ambassadors on Monday. A spokesman said the new envoys are Ivo Brandt from Chile and Lena Park from Peru.",
  },
  {
    id: "the-group-set-off",
    // (Case-sensitive after the article: the list opens with a capital, a title or a name.)
    // (Not an attribution set off there: "The envoys, Foreign Minister X said, will present …".)
    re: new RegExp(`^[“"]?[Tt]he\\s+(?:[\\w-]+\\s+){0,2}(?:${GROUP_MEMBER_NOUNS.join("|")}),\\s+(?=\\p{Lu})(?![^,]{0,60}\\s(?:said|says|told|added|noted|stressed|stated)\\b)`, "u"),
    reason: "'The diplomats, Ambassador X, Ambassador Y and Ambassador Z, presented …' sets the members of the group met off after it",
    example: "Mira Holt received letters of credence from two new ambassadors on Monday. The diplomats, Ambassador Ivo Brandt of Chile and Ambassador Lena Park of Peru, presented their letters at the palace.",
  },
  {
    id: "they-are",
    // (Case-sensitive: with the i flag \p{Lu} would take any letter, and "They underscored …" would list names.)
    re: /^(?:[Tt]hey\s+(?:are|were)|[Tt]he (?:two|three|four|five) (?:\w+\s+)?(?:were|are))\s*[;:,]?\s+(?=\p{Lu})/u,
    reason: "a sentence that opens 'They are' and lists names right after a group was met names its members",
    example: "Mira Holt received two new envoys on Monday. They are Ivo Brandt and Lena Park.",
  },
  {
    id: "present-were",
    re: /^[“"]?(?:also\s+)?(?:present|participating|taking part|attending|seated|sitting|joining\s+(?:him|her|them))\b[^.;:“”"]{0,80}?\s(?:were|was)\b(?:,?\s+among\s+others,?)?/i,
    reason: "an inverted sentence of presence ('Also participating in the meeting were X and Y', 'Seated around the table were X and Y') names members of the meeting with the group",
    example: "Mira Holt met with shipping executives on Monday. Also participating in the meeting were Ivo Brandt and Lena Park.",
  },
  {
    id: "represented-by",
    re: /\b(?:was|were)\s+(?:also\s+)?represented\s+(?:at\s+the\s+(?:meeting|talks)\s+)?by\b/i,
    reason: "'The union was represented by X and Y' after a meeting with a group names who came for it",
    example: "Mira Holt met with union officials on Monday. The union was represented by Ivo Brandt and Lena Park.",
  },
  {
    id: "one-of-them",
    re: /\b(?:one|two|some|another|several|most)\s+of\s+the\s+(?:[\w-]+\s+)?(?:mps|lawmakers|legislators|ministers|officials|leaders|representatives|delegates|envoys|ambassadors|heads|executives|businessmen|families|relatives|parents|elders|pastors|bishops|activists|players)\s*,|\banother\s+(?:[\w-]+\s+)?(?:mp|lawmaker|legislator|minister|official|leader|representative|delegate|envoy|ambassador|executive|businessman|pastor|bishop|activist|player)\s+who\s+(?:attended|was there|was present|took part)\s*,/i,
    reason: "'one of the ministers, X' and 'another minister who attended, X' name a member of the group met",
    example: "Mira Holt held a tense meeting with ministers on Monday. One of the ministers, Ivo Brandt, said the talks were hard. Another minister who attended, Lena Park, said little.",
  },
];
/** How many sentences after the group meeting its members may be named. */
export const GROUP_MEMBER_REACH = 6;
