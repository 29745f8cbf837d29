import { lookupPlace } from "../lexicon/places";
import { isHonorific, isRoleHead } from "../lexicon/titles";
import { meetingClause, speechVerbOf } from "./relations";

/** What a question asks for. Names are as typed; the store resolves them. */
export type Intent =
  | { type: "help" }
  | { type: "search" }
  | { type: "all_meetings"; place?: string; when?: string }
  | { type: "meetings_of"; a: string; calls?: boolean }
  | { type: "participants"; a: string; b: string }
  | { type: "when" | "where" | "discuss"; a: string; b: string; planned?: boolean }
  /**
   * One detail of a meeting the record keeps: why it did not take place (its
   * status and the sentence saying so), how long it lasted, who else took part.
   * Without names, the meeting is the one the conversation or article is about.
   */
  | { type: "meeting_detail"; detail: "why_not_held" | "how_long" | "others" | "topics"; a?: string; b?: string; status?: string; place?: string }
  | { type: "did_meet"; a: string; b: string; inPerson?: boolean; how?: boolean }
  | { type: "led_by"; phrase: string }
  /** Who a group (a delegation, a team, a panel) was made up of. */
  | { type: "members"; group: string }
  /** Who came along with someone ("Who accompanied X to the meeting?"). */
  | { type: "companions"; a: string }
  | { type: "said_by"; a: string; about?: string }
  | { type: "said_about"; topic: string }
  | { type: "who_said"; phrase: string }
  | { type: "who_is"; a: string }
  | { type: "mentions"; a: string };

/**
 * One way of asking: `re` over the cleaned question (no final "?"), `read`
 * turns the match into an intent (null: not this form after all, try the
 * next). `example` is run by the tests and must read as `intent`.
 */
export interface IntentRule {
  id: string;
  re: RegExp;
  read: (m: RegExpExecArray) => Intent | null;
  example: string;
  /** The intent type the example must give. */
  intent: Intent["type"];
  reason: string;
  /** A help example with {a} and {b} for the most mentioned stored people. */
  template?: string;
}

/** "hold talks", "hold bilateral talks", "have a meeting": adjectives readers put before the meeting noun. */
const TALKS = "(?:(?:bilateral|formal|official|private|separate|direct|face-to-face|high-level|closed-door) )?(?:talks|a meeting|meetings|a bilateral|bilaterals)";
/**
 * "Who did X meet?" → X's meetings; "Who did X plan to meet?" too (an intention is a meeting's status), but not
 * "Whom did X invite to visit Y?" or "Who did X ask to call Y?": another verb's object is no one X met (null: a
 * later rule or the text search reads it).
 */
function whoDidMeet(subject: string): Intent | null {
  const verb = /\s(\p{Ll}+)\s+to$/u.exec(subject);
  if (!verb) return { type: "meetings_of", a: subject };
  return INTENTION_VERBS.test(verb[1]!) ? { type: "meetings_of", a: subject.slice(0, verb.index) } : null;
}
/** Verbs of one's own intention before "to meet": the meeting is the subject's, planned or not. */
const INTENTION_VERBS = /^(?:plan|want|hope|expect|agree|try|seek|intend|decide|refuse|fail|arrange|wish|need|like|prefer|travel|go|come|fly|have)$/;

const MEET = `(?:meet(?: with)?|met(?: with)?|call on(?!.*\\bto [a-z])|pay a (?:courtesy )?(?:call|visit) (?:on|to)|hold ${TALKS} with|held ${TALKS} with|have ${TALKS} with|had ${TALKS} with|talk (?:to|with)|speak (?:to|with)|visit|host|receive|welcome|greet|sit down with|call|phone|telephone|dine with|have (?:dinner|lunch|breakfast) with)`;
// Not "called": "Who called the plan a failure?" asks who said so.
const MET = `(?:met(?: with)?|called on(?!.*\\bto [a-z])|paid (?:a |an )?(?:courtesy |official )?(?:call|visit) (?:on|to)|visited|hosted|received|welcomed|greeted|phoned|telephoned|held ${TALKS} with|had ${TALKS} with|talked (?:to|with)|spoke (?:to|with)|sat down with|dined with|had (?:dinner|lunch|breakfast) with)`;
/** What a question may call the day or the place of a meeting ("On what day …", "In which city …"). */
const DAY_WORD = "(?:day|date|day of the week)";
const PLACE_WORD = "(?:city|town|place|country|capital|location|venue)";
/** Words that end "When was the meeting between A and B …?" without changing what it asks. */
const HAPPEN = "(?:held|take place|taking place|took place|happen|happened|occur|occurred|go ahead|went ahead)";
/** "When is the A–B summit planned?": words that put a meeting in the future. */
const PLANNED_WORD = "(?:planned|scheduled|expected|due|set)";
/** Audiences a "told" names before what was said: "Who told reporters the port would open?" asks about the port. */
const AUDIENCE = /^(?:the |a )?(?:reporters|journalists|press|media|parliament|lawmakers|legislators|senators|mps|the house|(?:news|press) conference|committee|council|radio|television|tv|interviewer|crowd|audience)\s+(?:that\s+)?/i;
/** The phrase a who-said question asks about, without a "told"'s audience or a leading "that". */
const saidPhrase = (verb: string, phrase: string) => (/^told$/i.test(verb) ? phrase.replace(AUDIENCE, "") : phrase).replace(/^that\s+/i, "");
const MEETING_NOUN = "(?:meeting|meetings|talks|talk|call|phone call|visit|summit|dinner|session|encounter|conversation|discussions?|audience|negotiations)";
/** Words that say a meeting did not take place → the status the record keeps. */
const NOT_HELD = "(cancell?ed|called off|scrapped|postponed|delayed|put off|refused|declined|rejected|denied|not held)";
const STATUS_OF: Readonly<Record<string, string>> = {
  cancel: "cancelled", cancelled: "cancelled", canceled: "cancelled", "call off": "cancelled", "called off": "cancelled", scrap: "cancelled", scrapped: "cancelled",
  postpone: "postponed", postponed: "postponed", delay: "postponed", delayed: "postponed", "put off": "postponed",
  refuse: "refused", refused: "refused", decline: "refused", declined: "refused", reject: "refused", rejected: "refused", denied: "denied", "not held": "not_held",
};

/** "the Rome meeting": a known place among the words before a meeting noun, as a filter. */
function placeOf(words: string | undefined): { place?: string } {
  const w = (words ?? "").trim();
  return w && lookupPlace(w) ? { place: w } : {};
}

/** A meeting_detail intent from the names and the status word a form read (absent ones left out). */
function detail(what: "why_not_held" | "how_long" | "others" | "topics", a?: string, b?: string, status?: string): Intent {
  const st = status ? STATUS_OF[status.toLowerCase()] : undefined;
  return { type: "meeting_detail", detail: what, ...(a ? { a } : {}), ...(b ? { b } : {}), ...(st ? { status: st } : {}) };
}

const SPEECH_NOUNS = "(?:comments?|remarks|statements?|words|views|position|response|reaction)";
/** Nouns of groups whose members an article may list ("The delegation included …"). */
const GROUP_NOUN = "(?:delegation|delegations|team|group|party|entourage|mission|contingent|panel|committee|board|cabinet|crew|coalition|consortium|alliance|bloc|caucus|task force|working group)";

/** "in this article": the scope of the question, not a place. */
const IN_THE_TEXT = /^(?:this|the|that) (?:article|story|text|report|piece|news)\b/i;
/** Kinds of place after "which": "Which regions did she visit?" asks for places, not for the people met. */
const PLACE_KIND = /^(?:regions?|countries|country|cities|city|towns?|places?|capitals?|provinces?|states?|count(?:y|ies)|districts?|villages?|sites?|venues?|areas?|parts? of \w+|nations?)\s*$/i;

/** Every question form, first match wins. Adding a form is one record here and, for a new intent type, one handler in ask.ts. */
export const INTENT_RULES: readonly IntentRule[] = [
  { id: "help", re: /^(?:\/?help|\/start|what can you do|how does this work)\b/i, read: () => ({ type: "help" }), example: "What can you do?", intent: "help", reason: "asks about the bot itself" },
  { id: "all-meetings", re: /^(?:who met whom|who met who|which meetings|what meetings|list (?:all |the )?meetings|all meetings|show (?:me )?(?:all |the )?meetings|(?:which|what) (?:people|persons|officials|leaders) met)(?:.*?\bin ([\p{Lu}][\p{L} .’'-]+))?/iu, read: (m) => ({ type: "all_meetings", ...(m[1] && !IN_THE_TEXT.test(m[1]) ? { place: m[1].trim() } : {}) }), example: "List the meetings in Beijing", intent: "all_meetings", template: "Who met whom?", reason: "a list of meetings, optionally in one place" },
  { id: "who-met-in-place", re: /^who (?:met|held (?:a )?(?:meeting|talks)|had (?:a )?(?:meeting|talks)|talked|gathered|convened|(?:were|was) meeting) in (\p{L}[\p{L} .’'-]+)$/iu, read: (m) => (/^\p{Lu}/u.test(m[1]!) || lookupPlace(m[1]!.trim()) ? { type: "all_meetings", place: m[1]!.trim() } : null), example: "who held talks in geneva", intent: "all_meetings", reason: "a place after 'met in' filters the meetings; it is never a participant; typed in lower case, a known place" },
  { id: "participants-between", re: /^(?:who|which (?:officials|people|ministers|leaders|members|delegates|others|persons)) (?:else )?(?:attended|took part in|was at|joined|were at|was present at|participated in) (?:the )?(?:meeting|talks|call|dinner)s? (?:between|of|with) (.+?) and (.+)$/i, read: (m) => ({ type: "participants", a: m[1]!, b: m[2]! }), example: "Who attended the meeting between Ana Ruiz and Lars Holm?", intent: "participants", reason: "who took part in one pair's meeting" },
  // "Who took part in Tuesday's talks?": the meetings of that day, as each article dates it.
  { id: "participants-on-day", re: /^who (?:attended|took part in|was at|joined|were at|met at) (?:the )?((?:last |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)|(?:\w+ \d{1,2}))['’]s? (?:meeting|talks|session|call|dinner|summit)s?$/i, read: (m) => ({ type: "all_meetings", when: m[1]! }), example: "Who took part in Tuesday's talks?", intent: "all_meetings", reason: "a day names the meetings" },
  // Meeting details the record keeps (status, duration, participants): "the meeting" alone is the one in context.
  { id: "why-not-held", re: new RegExp(`^why (?:was|were|has|have|had|is) (?:the |that |this |their |a |an )?(?<q>(?:[\\p{L}-]+ ){0,2}?)${MEETING_NOUN}(?: (?:between|of|with) (.+?)(?: and (.+?))?)? (?:been )?${NOT_HELD}$`, "iu"), read: (m) => ({ ...detail("why_not_held", m[2], m[3], m[4]), ...placeOf(m.groups?.q) }), example: "Why was the meeting cancelled?", intent: "meeting_detail", reason: "a meeting not held: its status and the sentence that says why" },
  { id: "why-did-cancel", re: new RegExp(`^why did (.+?) (cancel|call off|postpone|delay|put off|scrap|refuse|decline|reject)(?: to)? (?:(?:the|his|her|their|a|an) (?:planned |scheduled |proposed )?${MEETING_NOUN} (?:with|between) |meet(?:ing)? (?:with )?)(.+)$`, "iu"), read: (m) => detail("why_not_held", m[1], m[3], m[2]), example: "Why did Vera Olsen cancel her meeting with Tom Reed?", intent: "meeting_detail", reason: "who called a meeting off, and why" },
  { id: "why-did-not-meet", re: /^why (?:did(?:n['’]t| not)|has(?:n['’]t| not)|have(?:n['’]t| not)) (.+?) (?:and (.+?) )?(?:meet|met)(?: with)?(?: (.+?))?(?: yet)?$/iu, read: (m) => (m[2] || m[3] ? detail("why_not_held", m[1], m[2] ?? m[3]) : null), example: "Why didn't Vera Olsen meet Tom Reed?", intent: "meeting_detail", reason: "a meeting that did not take place" },
  { id: "how-long", re: new RegExp(`^how long (?:did|was|were|had) (?:the |that |this |their |it |a )?(?:${MEETING_NOUN}|it)(?: (?:between|of|with) (.+?)(?: and (.+?))?)?(?: (?:last|take|go on|run|lasted|been))?$`, "iu"), read: (m) => detail("how_long", m[1], m[2]), example: "How long did the talks between Vera Olsen and Tom Reed last?", intent: "meeting_detail", reason: "a meeting's duration as the record keeps it" },
  { id: "how-long-pair", re: new RegExp(`^how long (?:did|were|had) (.+?) and (.+?) (?:meet|talk|speak|hold talks|been together|together|spend together|spent together|confer)\\b`, "iu"), read: (m) => detail("how_long", m[1], m[2]), example: "How long did Vera Olsen and Tom Reed talk?", intent: "meeting_detail", reason: "a pair's meeting, how long" },
  { id: "how-long-met", re: new RegExp(`^how long did (.+?) ${MEET} (.+)$`, "iu"), read: (m) => detail("how_long", m[1], m[2]), example: "How long did Vera Olsen meet Tom Reed?", intent: "meeting_detail", reason: "a pair's meeting, how long" },
  // "What did they discuss?", "What was discussed at the meeting?", "What else did the talks cover?": the meeting in context.
  { id: "topics-of-they", re: /^what (?:(?:other |else )?(?:topics|issues|subjects|matters|areas|things) )?(?:else )?(?:did|do) (?:they|the two(?: [\p{L}-]+)?|both(?: [\p{L}-]+)?|the (?:leaders|ministers|sides|two sides|delegations|officials|parties)) (?:discuss|talk about|talk over|cover|focus on|review|address|raise)(?: (?:at|during|in) (?:the|that|their|this) (?:[\p{L}-]+ )?(?:meeting|talks|call|visit|discussions?))?$/iu, read: () => detail("topics"), example: "What topics did they discuss?", intent: "meeting_detail", reason: "what the meeting in context dealt with" },
  { id: "topics-passive", re: /^what (?:(?:other |else )?(?:topics|issues|subjects|matters|areas) )?(?:else )?(?:was|were) (?:discussed|talked about|on the agenda|covered|raised|reviewed)(?: (?:at|during|in) (?:the|that|their|this) (?:[\p{L}-]+ )?(?:meeting|talks|call|visit|discussions?)(?: on \p{L}+)?)?$/iu, read: () => detail("topics"), example: "What was discussed at the meeting?", intent: "meeting_detail", reason: "what the meeting in context dealt with" },
  { id: "topics-of-meeting", re: /^what (?:else )?did (?:the|their|that|this) (?:[\p{L}-]+ )?(?:meeting|talks|call|discussions?|visit)(?: on \p{L}+)? (?:cover|focus on|deal with|address|touch on|discuss|centre on|center on)$/iu, read: () => detail("topics"), example: "What else did the talks on Tuesday cover?", intent: "meeting_detail", reason: "what the meeting in context dealt with" },
  { id: "who-else", re: new RegExp(`^who else (?:took part|attended|was (?:there|present|at|in)|were (?:there|present|at|in)|joined|participated|sat in|came)(?:(?: (?:in|at|during|on))? (?:the |that |this |their )?(?:${MEETING_NOUN}|it)(?: (?:between|of|with) (.+?)(?: and (.+?))?)?)?$`, "iu"), read: (m) => detail("others", m[1], m[2]), example: "Who else was present at the meeting with Vera Olsen?", intent: "meeting_detail", reason: "participants beyond those named" },
  // Other ways to ask for a pair's day or place: "On what day did A and B meet?", "In which city did A meet B?".
  { id: "what-day-pair", re: new RegExp(`^(?:on |at )?(?:what|which) ${DAY_WORD} did (.+?) and (.+?) (?:meet|hold talks|talk|speak|sit down|dine|confer)\\b`, "iu"), read: (m) => ({ type: "when", a: m[1]!, b: m[2]! }), example: "On what day did Vera Olsen and Tom Reed meet?", intent: "when", reason: "the date of a pair's meeting, asked with what day" },
  { id: "what-day-met", re: new RegExp(`^(?:on |at )?(?:what|which) ${DAY_WORD} did (.+?) ${MEET} (.+)$`, "iu"), read: (m) => ({ type: "when", a: m[1]!, b: m[2]! }), example: "What date did Vera Olsen meet Tom Reed?", intent: "when", reason: "the date of a pair's meeting, asked with what date" },
  { id: "which-place-pair", re: new RegExp(`^(?:in |at )?(?:what|which) ${PLACE_WORD} did (.+?) and (.+?) (?:meet|hold talks|talk|sit down|dine|confer)\\b`, "iu"), read: (m) => ({ type: "where", a: m[1]!, b: m[2]! }), example: "In which city did Vera Olsen and Tom Reed meet?", intent: "where", reason: "the place of a pair's meeting, asked with which city" },
  { id: "which-place-met", re: new RegExp(`^(?:in |at )?(?:what|which) ${PLACE_WORD} did (.+?) ${MEET} (.+)$`, "iu"), read: (m) => ({ type: "where", a: m[1]!, b: m[2]! }), example: "In what town did Vera Olsen host Tom Reed?", intent: "where", reason: "the place of a pair's meeting, asked with which town" },
  { id: "pair-were-meeting", re: /^(when|where) (?:were|was) (.+?) and (.+?) (?:meeting|talking|holding talks|having talks|dining)$/iu, read: (m) => ({ type: m[1]!.toLowerCase() as "when" | "where", a: m[2]!, b: m[3]! }), example: "Where were Vera Olsen and Tom Reed meeting?", intent: "where", reason: "a pair's meeting, asked in the progressive" },
  // "When was the meeting between A and B (held)?", "Where did the talks between A and B take place?".
  { id: "meeting-between-when-where", re: new RegExp(`^(when|where) (was|were|did|is|are|will) (?:the |their |that )?(?:[\\p{L}-]+ )?${MEETING_NOUN} (?:between|of) (.+?) and (.+?)(?: (?:be )?(${HAPPEN}|${PLANNED_WORD}(?: to (?:take place|be held|happen))?))?$`, "iu"), read: (m) => ({ type: m[1]!.toLowerCase() as "when" | "where", a: m[3]!, b: m[4]!, ...(/^will$/i.test(m[2]!) || (m[5] && new RegExp(`^${PLANNED_WORD}`, "i").test(m[5])) ? { planned: true } : {}) }), example: "Where did the talks between Vera Olsen and Tom Reed take place?", intent: "where", reason: "a meeting named by its noun and pair" },
  // "Did the meeting between A and B take place?", "Was the meeting between A and B cancelled?": whether it was held, and its status.
  { id: "did-meeting-happen", re: new RegExp(`^(?:did|was|were|has|have) (?:the |their |a |an )?(?:[\\p{L}-]+ )?${MEETING_NOUN} (?:between|of) (.+?) and (.+?) (?:been )?(?:${HAPPEN}|cancell?ed|called off|postponed|scrapped|delayed)$`, "iu"), read: (m) => ({ type: "did_meet", a: m[1]!, b: m[2]! }), example: "Did the meeting between Vera Olsen and Tom Reed take place?", intent: "did_meet", reason: "whether a meeting was held, and what became of it" },
  // "Will A meet B?", "Is A going to meet B?": the record says whether a meeting is planned, held or called off.
  { id: "will-meet", re: new RegExp(`^(?:is|are|will) (.+?) (?:(?:going|due|expected|scheduled|set|planning|supposed) to |still )?${MEET} (.+)$`, "iu"), read: (m) => ({ type: "did_meet", a: m[1]!, b: m[2]! }), example: "Is Vera Olsen going to meet Tom Reed?", intent: "did_meet", reason: "a meeting to come, or one held, with the evidence" },
  { id: "when-will-meet", re: new RegExp(`^(when|where) will (.+?) ${MEET} (.+)$`, "iu"), read: (m) => ({ type: m[1]!.toLowerCase() as "when" | "where", a: m[2]!, b: m[3]!, planned: true }), example: "When will Vera Olsen meet Tom Reed?", intent: "when", reason: "a planned meeting's date or place" },
  // "Who was Mehta meeting?", "Who is Holm expected to meet?": one person's meetings, not who Holm is.
  { id: "who-is-x-meeting", re: new RegExp(`^(?:who|whom) (?:is|was|are|were) (.+?) (?:(?:(?:going|due|expected|scheduled|set|planning|supposed) to ${MEET})|meeting(?: with)?|talking (?:to|with)|speaking (?:to|with)|holding talks with|visiting|hosting|dining with|calling|phoning)$`, "iu"), read: (m) => ({ type: "meetings_of", a: m[1]! }), example: "Who was Vera Olsen meeting?", intent: "meetings_of", reason: "one person's meetings, asked in the progressive" },
  { id: "how-contacted", re: /^how did (.+?) (?:contact|reach|get in touch with|communicate with|speak to|speak with|talk to|talk with) (.+)$/iu, read: (m) => ({ type: "did_meet", a: m[1]!, b: m[2]!, how: true }), example: "How did Vera Olsen contact Tom Reed?", intent: "did_meet", reason: "in person or by phone" },
  // "Where was X supposed to meet Y?", "When is X due to meet Y?": the meeting that was to be.
  { id: "pair-due-to-meet", re: /^(when|where) (?:is|was|are|were|will) (.+?) and (.+?) (?:supposed|due|scheduled|set|expected|planning|planned|going|meant|to)(?: to)? (?:meet|hold talks|talk|sit down|confer)\b/iu, read: (m) => ({ type: m[1]!.toLowerCase() as "when" | "where", a: m[2]!, b: m[3]!, planned: true }), example: "When are Vera Olsen and Tom Reed expected to meet?", intent: "when", reason: "a planned or called-off meeting's date or place" },
  { id: "due-to-meet", re: new RegExp(`^(when|where) (?:is|was|are|were|will) (.+?) (?:supposed|due|scheduled|set|expected|planning|planned|going|meant|to)(?: to)? ${MEET} (.+)$`, "iu"), read: (m) => ({ type: m[1]!.toLowerCase() as "when" | "where", a: m[2]!, b: m[3]!, planned: true }), example: "Where was Vera Olsen supposed to meet Tom Reed?", intent: "where", reason: "a planned or called-off meeting's date or place" },
  { id: "who-called-by-phone", re: /^(?:who|whom) (?:spoke|talked) (?:with|to) (.+?) (?:by (?:phone|telephone|video)|on the phone)$/i, read: (m) => ({ type: "meetings_of", a: m[1]!, calls: true }), example: "Who spoke with Tan by phone?", intent: "meetings_of", reason: "calls only" },
  { id: "whom-by-phone", re: /^(?:who|whom) did (.+?) (?:speak|talk) (?:with|to) (?:by (?:phone|telephone|video)|on the phone)$/i, read: (m) => ({ type: "meetings_of", a: m[1]!, calls: true }), example: "Who did Tan talk to by phone?", intent: "meetings_of", reason: "calls only" },
  { id: "role-of", re: /^what (?:is|was) (.+?)['’]s? (?:role|job|position|title)$/i, read: (m) => ({ type: "who_is", a: m[1]! }), example: "What is Vetrov's role?", intent: "who_is", reason: "a role is what 'who is' answers" },
  { id: "position-held", re: /^what (?:position|role|job|title|post) (?:does|did) (.+?) (?:hold|have|occupy)$/i, read: (m) => ({ type: "who_is", a: m[1]! }), example: "What position does Wu Jianping hold?", intent: "who_is", reason: "a role is what 'who is' answers" },
  { id: "did-discuss", re: /^did (.+?) and (.+?) (?:discuss|talk about) (.+)$/i, read: (m) => ({ type: "discuss", a: m[1]!, b: m[2]! }), example: "Did Lin Dao and Marenko discuss the pipeline?", intent: "discuss", reason: "what a pair talked about" },
  { id: "did-say-about", re: /^(?:did|has) (.+?) (?:say|said|comment|commented|speak|spoken) (?:anything )?(?:about|on) (.+)$/i, read: (m) => ({ type: "said_by", a: m[1]!, about: m[2]! }), example: "Did Vetrov say anything about Belarus?", intent: "said_by", reason: "one speaker's statements on a topic" },
  { id: "how-many-meetings", re: /^how many (?:meetings|talks|times) (?:did|has) (.+?) (?:have|had|hold|held|meet|met)\b/i, read: (m) => ({ type: "meetings_of", a: m[1]! }), example: "How many meetings did Lund-Hansen have?", intent: "meetings_of", reason: "the list answers the count" },
  { id: "when-and-where", re: new RegExp(`^when and where did (.+?) ${MEET} (.+)$`, "i"), read: (m) => ({ type: "when", a: m[1]!, b: m[2]! }), example: "When and where did Li meet Ostrov?", intent: "when", reason: "the 'when' answer carries the place too" },
  // "What did Holt talk about during the call?": what one person said, not whom they met.
  { id: "talked-about", re: /^what (?:did|does|has) (.+?) (?:talk|speak|spoke|talked) about\b(?: (?:during|in|at|on|after|before) .+)?$/i, read: (m) => (/\s(?:and|&)\s/.test(m[1]!) ? null : { type: "said_by", a: m[1]! }), example: "What did Vera Olsen talk about during the call?", intent: "said_by", reason: "what one talked about is what one said" },
  { id: "which-did-meet", re: new RegExp(`^(?:which|what) ((?:[\\w-]+ ){0,2})(?:did|has) (.+?) ${MEET}(?: (?:in|at|on|during|while|last|this)\\b.*)?$`, "i"), read: (m) => (PLACE_KIND.test(m[1]!) ? null : { type: "meetings_of", a: m[2]! }), example: "Which officials did Keane meet in Oslo?", intent: "meetings_of", reason: "a kind of counterpart, asked with which; 'which regions did X visit' asks for places, not people (the text answers)" },
  // "Vera Olsen met with who at the summit?": the wh-word typed where the answer goes.
  { id: "met-who", re: new RegExp(`^(?!(?:who|whom|what|which|when|where|why|how|did|does|do|has|have|is|was|were)\\b)(.+?) (?:${MET}|met|meets|is meeting|was meeting)(?: with| to)? (?:who|whom)\\b`, "i"), read: (m) => ({ type: "meetings_of", a: m[1]! }), example: "Vera Olsen met with who at the summit?", intent: "meetings_of", reason: "one person's meetings, the question word left in place" },
  // "Where might A and B meet?", "When could A and B hold talks?": a meeting to come, if the record has it; else the text.
  { id: "modal-pair-meet", re: /^(when|where) (?:might|could|would|may|will|should|are|were) (.+?) and (.+?) (?:(?:going|due|expected|scheduled|set|planning) to )?(?:meet|hold talks|talk|sit down|get together)\b/i, read: (m) => ({ type: m[1]!.toLowerCase() as "when" | "where", a: m[2]!, b: m[3]!, planned: true }), example: "Where might Vera Olsen and Tom Reed meet?", intent: "where", reason: "a pair's planned meeting, asked with a modal" },
  { id: "when-pair-met", re: new RegExp(`^when did (.+?) and (.+?) (?:${MEET}|meet|hold talks|talk|speak)\\b`, "i"), read: (m) => ({ type: "when", a: m[1]!, b: m[2]! }), example: "When did Ibarra and Lozano talk?", intent: "when", reason: "the date of a pair's meeting" },
  { id: "when-met", re: new RegExp(`^when did (.+?) ${MEET} (.+)$`, "i"), read: (m) => ({ type: "when", a: m[1]!, b: m[2]! }), example: "When did Lin Dao meet Pavel Marenko?", intent: "when", template: "When did {a} meet {b}?", reason: "the date of a pair's meeting" },
  { id: "where-pair-met", re: new RegExp(`^where did (.+?) and (.+?) (?:${MEET}|meet|hold talks|talk)\\b`, "i"), read: (m) => ({ type: "where", a: m[1]!, b: m[2]! }), example: "Where did Iyer and Menon meet?", intent: "where", reason: "the place of a pair's meeting" },
  { id: "where-met", re: new RegExp(`^where did (.+?) ${MEET} (.+)$`, "i"), read: (m) => ({ type: "where", a: m[1]!, b: m[2]! }), example: "Where did Ilse Varga host Kessler?", intent: "where", reason: "the place of a pair's meeting" },
  { id: "did-pair-meet", re: /^(?:did|have|has) (.+?) and (.+?) (?:ever )?(?:meet|met)( in person| face to face)?\b/i, read: (m) => ({ type: "did_meet", a: m[1]!, b: m[2]!, ...(m[3] ? { inPerson: true } : {}) }), example: "Have Ibarra and Lozano met in person?", intent: "did_meet", reason: "yes or no, with the evidence" },
  { id: "did-meet", re: new RegExp(`^(?:did|has|have) (.+?) (?:ever )?${MEET} (.+?)( in person| face to face)?$`, "i"), read: (m) => ({ type: "did_meet", a: m[1]!, b: m[2]!, ...(m[3] ? { inPerson: true } : {}) }), example: "Did Marenko meet Wu?", intent: "did_meet", reason: "yes or no, with the evidence" },
  { id: "how-met", re: new RegExp(`^how did (.+?) ${MEET} (.+)$`, "i"), read: (m) => ({ type: "did_meet", a: m[1]!, b: m[2]!, how: true }), example: "How did Seo hold talks with Tove Ingram?", intent: "did_meet", reason: "in person or by phone" },
  { id: "who-met-x", re: new RegExp(`^(?:who|whom) ${MET} (.+)$`, "i"), read: (m) => ({ type: "meetings_of", a: m[1]! }), example: "Who visited Seo Min-jun in Seoul?", intent: "meetings_of", reason: "meetings are symmetric: X's meetings name who met X" },
  { id: "led-by", re: /^who (?:led|headed|leads|heads) (.+)$/i, read: (m) => ({ type: "led_by", phrase: m[1]! }), example: "Who led the congressional delegation?", intent: "led_by", reason: "'a delegation led by X'" },
  { id: "discussed-with", re: /^what did (.+?) (?:discuss|talk about|talk over|agree(?: on)?|raise|bring up)(?: with) (.+)$/i, read: (m) => ({ type: "discuss", a: m[1]!, b: m[2]! }), example: "What did Vera Olsen discuss with the harbour chief?", intent: "discuss", reason: "what a pair talked about, one named after 'with'" },
  { id: "pair-discussed", re: /^what did (.+?) and (.+?) (?:discuss|talk about|agree(?: on)?)\b/i, read: (m) => ({ type: "discuss", a: m[1]!, b: m[2]! }), example: "What did Lin Dao and Marenko discuss?", intent: "discuss", reason: "what a pair talked about" },
  // "Who took part in the virtual talks with Ivo Brandt?": those who met that one.
  { id: "took-part-with", re: /^who (?:else )?(?:took part|participated|was present|were present|joined|sat in|was involved|were involved) (?:in|at|on) (?:the|a|their|those) (?:[\p{L}-]+ ){0,2}?(?:talks|meeting|meetings|call|discussions?|conversation|summit|consultations) with (.+)$/iu, read: (m) => ({ type: "meetings_of", a: m[1]! }), example: "Who took part in the virtual talks with Vera Olsen?", intent: "meetings_of", reason: "those in talks with someone met them" },
  { id: "who-did-x-meet", re: new RegExp(`^(?:who|whom) (?:did|has) (.+?) ${MEET}\\b`, "i"), read: (m) => whoDidMeet(m[1]!), example: "Who did Marenko hold talks with?", intent: "meetings_of", template: "Who did {a} meet?", reason: "one person's meetings" },
  // "What did Rojas have to say (about …)?": before the forms that would read "Rojas have to" as the name.
  { id: "have-to-say", re: /^what (?:did|does|has|had) (.+?) (?:have|had|got) to say(?: (?:about|on|regarding) (.+))?$/i, read: (m) => ({ type: "said_by", a: m[1]!, ...(m[2] ? { about: m[2] } : {}) }), example: "What did Vera Olsen have to say about the quotas?", intent: "said_by", reason: "one speaker's statements, asked idiomatically" },
  { id: "said-about", re: /^what (?:did|has) (.+?) (?:say|said|tell \w+|announce|state|write|post|warn|pledge|vow|claim|argue)(?: on \w+)? (?:about|on|regarding) (.+)$/i, read: (m) => ({ type: "said_by", a: m[1]!, about: m[2]! }), example: "What did Vetrov say about Belarus?", intent: "said_by", reason: "one speaker's statements on a topic" },
  { id: "said-by-passive", re: /^what (?:was|were|has been|have been|is|had been) (?:said|stated|announced|written|posted|told|tweeted|claimed|pledged|promised) by (.+?)(?: (?:about|on|regarding) (.+))?$/i, read: (m) => ({ type: "said_by", a: m[1]!, ...(m[2] ? { about: m[2] } : {}) }), example: "What was said by Vera Olsen?", intent: "said_by", reason: "one speaker's statements, asked in the passive" },
  { id: "what-does-x-do", re: /^what (?:does|did) (.+?) do(?: for a living)?$/i, read: (m) => ({ type: "who_is", a: m[1]! }), example: "What does Vera Olsen do?", intent: "who_is", reason: "a job is what 'who is' answers" },
  { id: "what-said", re: /^what (?:did|has|does) (.+?) (?:say|said|tell \w+|announce|state|write|post|warn|pledge|vow|promise|claim|argue|deny|insist|urge|describe)\b/i, read: (m) => ({ type: "said_by", a: m[1]! }), example: "What did Vetrov tell reporters?", intent: "said_by", template: "What did {a} say?", reason: "one speaker's statements" },
  { id: "how-described", re: /^how did (.+?) describe\b/i, read: (m) => ({ type: "said_by", a: m[1]! }), example: "How did Ostrov describe the strike?", intent: "said_by", reason: "a description is a statement" },
  { id: "what-asked", re: /^what (?:did|has|does) (.+?) (?:ask(?: for)?|demand|want|propose|offer|request|seek|reveal|suggest|tweet|predict|admit|concede|accuse \w+ of)\b(?: (?:about|on) (.+))?/i, read: (m) => ({ type: "said_by", a: m[1]!, ...(m[2] ? { about: m[2] } : {}) }), example: "What did Ilse Varga ask for?", intent: "said_by", reason: "demands and proposals are said" },
  // "What did Halvorsen express?", "What did the envoy convey?": any speech verb of the extractor's lexicon.
  { id: "what-speech-verb", re: /^what (?:did|has|does|have) (.+?) ([\p{L}-]+)(?: (?:about|on|regarding|to) (.+))?$/iu, read: (m) => (speechVerbOf(m[2]!) ? { type: "said_by", a: m[1]!, ...(m[3] ? { about: m[3] } : {}) } : null), example: "What did Halvorsen express?", intent: "said_by", reason: "every speech verb the extractor knows asks for statements" },
  // "Vetrov's comments", typed without the apostrophe too ("Vetrovs comments").
  { id: "someones-comments", re: new RegExp(`^(?:what (?:are|were) )?(.+?)(?:['’]s?|s)? ${SPEECH_NOUNS}(?: (?:about|on) (.+))?$`, "iu"), read: (m) => (/^(?:who|whom|what|which|why|how|when|where)\b/i.test(m[1]!) ? null : { type: "said_by", a: m[1]!, ...(m[2] ? { about: m[2] } : {}) }), example: "Vetrovs comments", intent: "said_by", reason: "a possessive of speech nouns asks for statements" },
  { id: "said-about-topic", re: /^what (?:was|has been|is being) said (?:about|on|regarding) (.+)$/i, read: (m) => ({ type: "said_about", topic: m[1]! }), example: "What was said about the pipeline?", intent: "said_about", reason: "statements on a topic, any speaker" },
  { id: "who-said", re: /^who (said|described|stated|warned|claimed|told|announced|argued|wrote|called|pledged|vowed|insisted|urged) (.+)$/i, read: (m) => ({ type: "who_said", phrase: saidPhrase(m[1]!, m[2]!) }), example: "Who said the strike was a domestic matter?", intent: "who_said", reason: "the speaker of a statement" },
  // "Who lauded the cooperation?", "Who expressed concern?": any speech verb of the extractor's lexicon.
  { id: "who-speech-verb", re: /^who ([\p{L}-]+) (.+)$/iu, read: (m) => (speechVerbOf(m[1]!) ? { type: "who_said", phrase: saidPhrase(m[1]!, m[2]!) } : null), example: "Who lauded the cooperation?", intent: "who_said", reason: "every speech verb the extractor knows asks for a speaker" },
  // "Who was in the Chilean delegation?", "Who made up the panel?", "Who were the members of the team?".
  { id: "who-accompanied", re: /^who (?:accompanied|was accompanying|were accompanying|travell?ed with|came with|went with|flanked) (.+?)(?: (?:to|at|on|in|during|for) (?:the|a|an|his|her|their|this|that) (?:[\p{L}-]+ )?(?:meeting|talks|visit|trip|call|event|summit|dinner|ceremony|courtesy call)\b.*| (?:when|while|as) .*)?$/iu, read: (m) => ({ type: "companions", a: m[1]! }), example: "Who accompanied Vera Olsen to the meeting?", intent: "companions", reason: "who came along with someone, as the article tells it" },
  { id: "part-of-delegation", re: /^who (?:else )?(?:was|were) (?:also )?(?:part|members?) of (.+?)['’]s? (?:delegation|entourage|team)$/iu, read: (m) => ({ type: "companions", a: m[1]! }), example: "Who else was part of Olsen's delegation?", intent: "companions", reason: "a person's delegation is those who came with them" },
  { id: "members-of", re: new RegExp(`^who (?:was|were|is|are) (?:also )?(?:in|on|part of|among|members? of|included in) (?:the |a |this |that |their |his |her )?(.*?\\b${GROUP_NOUN})$`, "iu"), read: (m) => ({ type: "members", group: m[1]! }), example: "Who was in the Chilean delegation?", intent: "members", reason: "a group's members, as the article lists them" },
  { id: "members-made-up", re: new RegExp(`^who (?:made up|belonged to|formed|comprised|composed|joined) (?:the |a |this |that |their |his |her )?(.*?\\b${GROUP_NOUN})$`, "iu"), read: (m) => ({ type: "members", group: m[1]! }), example: "Who made up the trade delegation?", intent: "members", reason: "a group's members, as the article lists them" },
  { id: "members-were", re: new RegExp(`^(?:who|which people|which officials) (?:were|are) (?:the )?members of (?:the |a |this |that |their )?(.*?\\b${GROUP_NOUN})$`, "iu"), read: (m) => ({ type: "members", group: m[1]! }), example: "Who were the members of the Japanese delegation?", intent: "members", reason: "a group's members, as the article lists them" },
  { id: "members-include", re: new RegExp(`^(?:who|whom) did (?:the |a |this |that |their )?(.*?\\b${GROUP_NOUN}) (?:include|comprise|consist of|bring)$`, "iu"), read: (m) => ({ type: "members", group: m[1]! }), example: "Who did the delegation include?", intent: "members", reason: "a group's members, as the article lists them" },
  { id: "who-is", re: /^(?:who is|who's|who was|who are|tell me about) (.+)$/i, read: (m) => (/^(?:\p{Ll}+ing|being|\p{Ll}+ed)\b/u.test(m[1]!) ? null : { type: "who_is", a: m[1]! }), example: "Who is Li?", intent: "who_is", template: "Who is {b}?", reason: "role and affiliation" },
  // "What is Northwind Analytics?": a capitalised name after "what is" asks what that organisation is.
  { id: "what-is-name", re: /^[Ww]hat(?: is|'s|’s| was| are) (?:the )?(\p{Lu}[\p{L}\p{N}’'.&-]*(?: (?:of |for |and |de |the )?\p{Lu}[\p{L}\p{N}’'.&-]*)*)$/u, read: (m) => ({ type: "who_is", a: m[1]! }), example: "What is Northwind Analytics?", intent: "who_is", reason: "an organisation is asked about with what" },
  { id: "mentions", re: /^(?:which|what) (?:articles?|stories|story|reports?|pieces?|texts?|news items?) (?:mention|talk about|cover|name|feature|refer to|are about|is about)s? (.+)$/i, read: (m) => ({ type: "mentions", a: m[1]! }), example: "Which articles mention Ostrov?", intent: "mentions", reason: "where a name occurs" },
  { id: "mentioned-in", re: /^(?:in )?(?:which|what) (?:articles?|stories|story|reports?|pieces?|texts?) (?:is|are|was|were|does|do) (.+?) (?:mentioned|named|featured|covered|cited|appear|appears|come up|comes up)(?: in)?$/i, read: (m) => ({ type: "mentions", a: m[1]! }), example: "In which articles is Ostrov mentioned?", intent: "mentions", reason: "where a name occurs, asked in the passive" },
  { id: "where-mentioned", re: /^where (?:is|are|was|were) (.+?) (?:mentioned|named|featured|covered|cited)$/i, read: (m) => ({ type: "mentions", a: m[1]! }), example: "Where is Ostrov mentioned?", intent: "mentions", reason: "where a name occurs" },
  // "Which official announced …?", "What company said …?", "Which foreign minister warned …?": a speaker asked for by kind.
  { id: "which-kind-said", re: /^(?:which|what) ((?:[\p{L}-]+ ){1,4}[^ ]+ .+)$/iu, read: (m) => whichKindSaid(m[1]!), example: "Which foreign minister announced a new export fund?", intent: "who_said", reason: "the speaker of a statement, asked by kind" },
  // Meeting triggers of the extractor's lexicon, asked about: "Who did Mabunda hold discussions with?", "Did Okello pay a courtesy call on Wanjala?".
  { id: "meeting-trigger", re: /^(?:(who|whom|when|where|how)\s+(?:did|does|do|has|have|had)|(did|does|do|has|have|had))\s+(.+)$/i, read: (m) => meetingQuestion((m[1] ?? m[2])!.toLowerCase(), m[3]!), example: "Who did Mabunda hold discussions with?", intent: "meetings_of", reason: "every meeting trigger the extractor knows asks about meetings" },
  // "What share of the catch goes abroad, according to Holt?": that speaker's statements on the rest.
  { id: "according-to-tail", re: /^(?:what|how|why|which|who|when|where|is|was|are|were|does|did|has|have)\b(.+?),?\s+according to (.+)$/i, read: (m) => ({ type: "said_by", a: m[2]!, about: m[1]!.trim() }), example: "What share of the catch goes abroad, according to Vera Olsen?", intent: "said_by", reason: "a question put to what someone said" },
];

/** Words after "which"/"what" that name no kind of speaker: auxiliaries ("What did …") and the articles themselves. */
const NOT_A_SPEAKER_KIND = /^(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could|else|articles?|stories|story|reports?|pieces?|texts?|news|time|day|date|year|month|city|place|country)$/i;

/** "Which foreign minister announced X": the first speech verb after one to three kind words; what follows it is the phrase asked about. */
function whichKindSaid(clause: string): Intent | null {
  const words = clause.trim().split(/\s+/);
  for (let i = 1; i <= 3 && i < words.length - 1; i++) {
    if (NOT_A_SPEAKER_KIND.test(words[i - 1]!)) return null;
    const verb = words[i]!;
    if (/^(?:said|told|described|called)$/i.test(verb) || speechVerbOf(verb)) return { type: "who_said", phrase: saidPhrase(verb, words.slice(i + 1).join(" ")) };
  }
  return null;
}

/** A wh-word and a clause "X <meeting trigger> Y" → the meeting intent it asks for. */
function meetingQuestion(wh: string, clause: string): Intent | null {
  const c = meetingClause(clause);
  if (!c || !c.subject) return null;
  if (wh === "who" || wh === "whom") {
    if (c.object) return /^(?:with|to)$/i.test(c.object) ? { type: "meetings_of", a: c.subject } : null;
    return { type: "meetings_of", a: c.subject, ...(c.kind === "call" ? { calls: true } : {}) };
  }
  if (!c.object) return null;
  if (wh === "when") return { type: "when", a: c.subject, b: c.object };
  if (wh === "where") return { type: "where", a: c.subject, b: c.object };
  if (wh === "how") return { type: "did_meet", a: c.subject, b: c.object, how: true };
  return { type: "did_meet", a: c.subject, b: c.object };
}

/** "Energy Minister Dewi Harsono" → "Dewi Harsono": a capitalised title before a name is not part of it. */
function withoutTitle(name: string): string {
  const words = name.split(/\s+/);
  let last = -1;
  words.forEach((w, i) => { if (i < words.length - 1 && /^\p{Lu}/u.test(w) && (isRoleHead(w) || isHonorific(w))) last = i; });
  // "Foreign Minister of Azerbaijan" is a role phrase whole: what follows "of" is no name of a person.
  return last >= 0 && words.length - last - 1 >= 1 && words.slice(0, last + 1).every((w) => /^\p{Lu}/u.test(w)) && /^\p{Lu}/u.test(words[last + 1]!) ? words.slice(last + 1).join(" ") : name;
}

/** The question without extra spaces and final punctuation. */
export const cleanQuestion = (question: string) => question.trim().replace(/\s+/g, " ").replace(/[?!.]+$/, "").trim()
  // "the Holt–Brandt call", "the Lind-Berg meeting": a pair joined by a dash before a meeting noun.
  .replace(DASHED_PAIR, (_m, x: string, y: string, noun: string) => `${noun} between ${x} and ${y}`);
/** Two capitalised names joined by a dash before a meeting noun (a hyphen only between two capitalised words). */
const DASHED_PAIR = /\b(\p{Lu}[\p{L}'’]+)\s*[–—-]\s*(\p{Lu}[\p{L}'’]+)\s+((?:phone |telephone |video )?(?:meeting|call|talks|summit|conversation|encounter))\b/gu;

/** Reads a question into an intent and the rule that read it. Pure. */
export function readIntent(question: string): { intent: Intent; rule: string | null } {
  const q = cleanQuestion(question);
  if (!q || !/\p{L}{2}/u.test(q) || GREETING.test(q)) return { intent: { type: "help" }, rule: null };
  for (const rule of INTENT_RULES) {
    const m = rule.re.exec(q);
    const intent = m && rule.read(m);
    if (!intent) continue;
    const tidied = tidy(intent);
    // "Did Xu pay a call on Vella?" read as "Xu pay a" + "call" + "": a name slot left empty is a misreading; the next form may fit.
    if ([("a" in tidied ? tidied.a ?? null : null), ("b" in tidied ? tidied.b ?? null : null)].some((x) => x !== null && !isNameSlot(x))) continue;
    return { intent: tidied, rule: rule.id };
  }
  return { intent: { type: "search" }, rule: null };
}

/** Reads a question into an intent; a question no form covers is `search`, an empty one or a greeting `help`. Pure. */
export function parseIntent(question: string): Intent {
  return readIntent(question).intent;
}

/** A name slot never is empty, opens with a preposition ("on Vella") or ends with an article ("Xu pay a"). */
// (…nor opens with a passive's auxiliary: "Has the date of X's visit been decided?" asks of the visit, not of "been decided".)
const isNameSlot = (slot: string) => !!slot.trim() && !/^(?:on|with|to|at|in|by|for|of|been|be|being)\b/i.test(slot) && !/\b(?:a|an|the)$/i.test(slot);

const GREETING = /^(?:hi|hello|hey|thanks|thank you|good (?:morning|afternoon|evening)|ok|okay|yes|no)$/i;

/** Drops trailing qualifiers from names ("Karimov on the sidelines of the summit" → "Karimov"). */
function tidy(i: Intent): Intent {
  const cut = (s: string) => withoutTitle(s.replace(/,?\s+according to\b.*$/i, "").replace(/\s+(?:on|in|at|during|last|this|before|after|for|over|about|yet|by phone|by telephone)\b.*$/i, "").replace(/^the\s+/i, "").trim());
  if ("a" in i && i.a) (i as { a: string }).a = cut(i.a);
  if ("b" in i && i.b) (i as { b: string }).b = cut(i.b);
  return i;
}
