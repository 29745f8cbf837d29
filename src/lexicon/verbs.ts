/** Speech verbs (all forms listed) that introduce what someone said. */
export const SPEECH_VERBS: readonly string[] = [
  "said", "says", "say", "told", "tells", "stated", "states", "announced", "announces", "added", "adds", "warned",
  "warns", "pledged", "pledges", "vowed", "vows", "denied", "denies", "insisted", "insists", "urged", "urges",
  "described", "describes", "wrote", "writes", "posted", "argued", "argues", "noted", "notes", "stressed",
  "acknowledged", "confirmed", "confirms", "accused", "rejected", "predicted", "cautioned", "complained", "conceded",
  "explained", "maintained", "promised", "replied", "responded", "suggested", "reaffirmed", "assured", "estimated",
  "claimed", "claims", "dismissed", "welcomed", "praised", "criticised", "criticized", "hailed", "emphasised",
  "emphasized", "expressed", "called", "calls", "declared", "recalled", "admitted", "asserted", "countered",
  "signalled", "signaled", "indicated", "revealed", "disclosed", "forecast", "projected", "pointed out",
  "reiterated", "underlined", "voiced", "outlined", "exchanged", "conveyed", "conveys", "lauded", "lauds",
  "assures", "promises", "expresses",
];

/**
 * Meeting verbs and phrases: "X <verb> Y" is a meeting between X and Y.
 * Each: id, hint (literal stems one of which the sentence must contain, a fast
 * pre-check before the pattern), pattern (regex source, case-insensitive), kind, and whether the
 * verb is reciprocal ("X and Y met", "X and Y shake hands": no object needed).
 */
export const MEETING_VERBS: ReadonlyArray<{ id: string; hint: string; re: string; kind: "in_person" | "call"; reciprocal?: boolean }> = [
  { id: "phone-call-with", hint: "call|conversation|conference|link|meeting|talk", re: "(?:held|had|made|conducted|took part in) (?:a |an )?(?:phone|telephone|video|virtual) (?:call|conversation|conference|link|meeting|talks?)(?: (?!scheduled|planned|expected|proposed|set|due)[\\w’'-]+){0,3}? with", kind: "call" },
  { id: "spoke-by-phone", hint: "phone|video", re: "(?:spoke|talked|speaks|talks) (?:by|over the|on the) (?:phone|telephone|video ?link|video call)(?: \\w+){0,4}? with", kind: "call" },
  { id: "call-from", hint: "call", re: "(?:received|got|took|returned|made|placed) (?:a |an )?(?:phone |telephone |video )?call (?:from|to)", kind: "call" },
  { id: "held-talks-with", hint: "talk|meeting|discussion|negotiation|consultation", re: "(?:held|holds|had|has|opened|began|resumed|conducted) (?:\\w+ ){0,3}?(?:talks|meetings?|discussions|negotiations|consultations)(?: (?!scheduled|planned|expected|proposed|set|due)[\\w’'-]+){0,3}? with", kind: "in_person" },
  { id: "met-with", hint: "met|meet", re: "(?:met|meets|meeting) (?:separately |privately |briefly |again |later )?with", kind: "in_person" },
  { id: "paid-a-call-on", hint: "call|visit", re: "(?:paid|pays|paying) (?:a |an )?(?:\\w+ )?(?:call|visit) (?:on|to)", kind: "in_person" },
  { id: "sat-down-with", hint: "down with", re: "(?:sat|sits) down with", kind: "in_person" },
  { id: "dinner-with", hint: "dinner|lunch|breakfast|meal", re: "(?:had|hosted|held|attended) (?:a |an )?(?:\\w+ )?(?:dinner|lunch|breakfast|meal) with", kind: "in_person" },
  { id: "met", hint: "met|meet", re: "(?:met|meets)", kind: "in_person", reciprocal: true },
  { id: "hosted", hint: "host|receiv|welcom", re: "(?:hosted|hosts|received|receives|welcomed|welcomes)", kind: "in_person" },
  // "called on X to resign" urges; it is not a visit.
  { id: "visited", hint: "visit|called on", re: "(?:visited|visits|called on(?!\\s+(?:[\\p{L}.’'-]+\\s+){1,6}to\\s+\\p{Ll}))", kind: "in_person" },
  { id: "talks-with", hint: "talk|spoke|speak|hands|greet", re: "(?:talks|talked|speaks|spoke|shakes hands|shook hands|shake hands|greets|greeted) with", kind: "in_person" },
  { id: "greets", hint: "greet", re: "(?:greets|greeted)", kind: "in_person" },
  { id: "shake-hands", hint: "hands", re: "(?:shake|shakes|shook|shaking) hands", kind: "in_person", reciprocal: true },
  { id: "pose-with", hint: "pos", re: "(?:pose|poses|posed|posing) (?:for (?:a )?(?:photo|photograph|picture)s? )?with", kind: "in_person" },
  // Without an object: "X and Y held talks in Z", "X and Y spoke by phone on Tuesday".
  { id: "held-talks", hint: "talk|meeting|discussion", re: "(?:held|hold|holds|had) (?:\\w+ ){0,2}?(?:talks|a meeting|discussions)", kind: "in_person", reciprocal: true },
  { id: "spoke-by-phone-together", hint: "phone|video", re: "(?:spoke|talked|speak|talk) (?:by|over the|on the) (?:phone|telephone|video ?link)", kind: "call", reciprocal: true },
  { id: "had-a-call", hint: "call|conversation|conference", re: "(?:held|had|hold) (?:a |an )?(?:phone|telephone|video) (?:call|conversation|conference)", kind: "call", reciprocal: true },
];

/**
 * Word stems one of which every meeting sentence contains; sentences without
 * any skip the meeting rules (a fast pre-check, kept in step with the rules above).
 */
export const MEETING_HINTS: readonly string[] = [
  "met", "meet", "talk", "spoke", "speak", "call", "host", "receiv", "welcom", "visit", "sat", "sits", "dinner",
  "lunch", "breakfast", "meal", "greet", "hands", "discussion", "negotiation", "consultation", "conversation",
  "encounter", "conference", "link", "pose", "posing",
];

/** Nouns for a meeting: "a meeting between X and Y", "talks between X and Y". */
export const MEETING_NOUNS: readonly string[] = [
  "meeting", "talks", "phone call", "video call", "telephone call", "call", "dinner", "breakfast", "lunch",
  "encounter", "conversation",
];

/** Words before a meeting verb that make it not (yet) a meeting. */
export const NOT_A_MEETING_BEFORE =
  /\b(?:not|never|n['’]t|no|will|would|could|might|may|should|shall|must|to|plans?|planned|expected|scheduled|set|due|hopes?|hoped|wants?|wanted|proposed|refused|declined|cancell?ed|postponed|denied|unlikely|whether|if|yet to|ready to|offered to|agreed to|seeking to|sought to|asked to|invited to)\s+(?:\w+\s+){0,2}$|\bden(?:ied|ies|y)\s+(?:that\s+)?(?:\w+\s+){0,3}$/i;

/**
 * What follows a meeting noun phrase that makes it not (yet) a meeting:
 * "A meeting between X and Y, planned for March, was cancelled".
 */
export const NOT_A_MEETING_AFTER =
  /^[^.;]*?(?:\b(?:was|were|has been|have been|had been|is|are|was later|got)\s+(?:\w+\s+)?(?:cancell?ed|postponed|called off|scrapped|shelved|put off|delayed|planned|scheduled|expected|due|proposed)\b|,\s*(?:planned|scheduled|expected|proposed|due)\s+(?:for|to|on|in|at)\b|\b(?:did not|didn't|never|failed to)\s+(?:take place|happen|go ahead|materiali[sz]e))/i;

/** Objects of "met" that are not people: "met the press", "met expectations". */
export const NOT_A_MEETING_OBJECT =
  /^\s*(?:scheduled|planned|expected|proposed|set|due)\b|^\s*(?:with\s+)?(?:the\s+)?(?:press|reporters|journalists|media|expectations|forecasts|estimates|criticism|resistance|opposition|demands?|targets?|deadline|requirements?|standards?|conditions?|needs|approval|scepticism|skepticism|protests?|calls)\b/i;
