import { reportingClauseAfter } from "./reporting-clause";
import { datesIn, referenceDate, type DateMention } from "./dates";
import { initialsWithOf, mentionsIn, peopleOfBody, type Analysis, type Mention } from "./entities";
import { ORG_HEADS, ORG_NOUNS } from "../lexicon/organisations";
import { lookupCity } from "../lexicon/cities";
import { capitalOf, countryOfAdjective, LANDMARKS, lookupPlace, seatOfGovernment, TOPIC_NOUNS_BEFORE_IN } from "../lexicon/places";
import { genderOfTitle, isHonorific, isPluralRoleHead, isRoleHead, PORTFOLIO_WORDS, ROLE_HEADS, ROLE_MODIFIERS, roleHeadAlternation } from "../lexicon/titles";
import { MEETING_HINTS, MEETING_NOUNS, MEETING_VERBS, NOT_A_MEETING_OBJECT, SPEECH_VERBS } from "../lexicon/verbs";
import { ATTENDANCE_CUES, GROUP_MEMBER_NOUNS, GROUP_MEMBER_REACH, HELD_LATER, LASTED, MEMBER_CUES, PLANNED_NEXT, STILL_FUTURE, TOOK_PLACE, WAS_THERE } from "../lexicon/meeting-frames";
import { meetingStatus } from "./meeting-status";
import type { Sentence } from "./sentences";
import type { Meeting } from "./types";
import { MONTH_PATTERN, MONTHS, WEEKDAY_PATTERN, WEEKDAYS } from "../lexicon/calendar";
import { isNonNameWord } from "../lexicon/stopwords";

// Not after a hyphen: "co-hosted" is not "hosted".
// A hint's stems are literal: a substring test on the lower-cased sentence is the pre-check (a case-insensitive
// alternation cannot skip ahead and cost more than the patterns it guards).
// Rules share stems ("call" guards eight of them): each distinct stem is numbered once, and one pass over a
// sentence finds which of them it holds (stemsIn).
const HINT_STEMS: readonly string[] = [...new Set(MEETING_VERBS.flatMap((v) => v.hint.split("|")))];
// A trigger opens a word: no letter or hyphen before it. That test is made in code (startsWord), not by a leading
// lookbehind in each pattern: a pattern that opens with a lookbehind cannot skip ahead to its first letters, and
// costs about twice as much over a sentence.
const VERB_RULES = MEETING_VERBS.map((v) => ({ ...v, stems: v.hint.split("|").map((h) => HINT_STEMS.indexOf(h)), re: new RegExp(`(?:${v.re})\\b`, "giu") }));
const LETTER_OR_HYPHEN_LAST = /[\p{L}-]$/u;
/**
 * The next match of global `re` in `text` from `re.lastIndex` that opens a word (no letter or hyphen before it),
 * or null — what `(?<![\p{L}-])` before the pattern would give, match for match.
 */
function execAtWordStart(re: RegExp, text: string): RegExpExecArray | null {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index === 0 || !LETTER_OR_HYPHEN_LAST.test(text.slice(Math.max(0, m.index - 2), m.index))) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

// The hint stems as a trie over ASCII codes, flat: state s goes on character c to STEM_NEXT[s * 128 + c] (-1: no stem
// goes on so); STEM_ENDS[s] numbers the stems that end in state s. State 0 is the root. A stem with a character
// beyond ASCII (none today) is searched for on its own (OTHER_STEMS).
const STEM_ENDS: number[][] = [[]];
let stemRows: Int32Array[] = [new Int32Array(128).fill(-1)];
const OTHER_STEMS: number[] = [];
HINT_STEMS.forEach((stem, k) => {
  if (/[^\x00-\x7f]/.test(stem)) { OTHER_STEMS.push(k); return; }
  let state = 0;
  for (let i = 0; i < stem.length; i++) {
    const c = stem.charCodeAt(i);
    if (stemRows[state]![c]! < 0) { stemRows[state]![c] = stemRows.length; stemRows.push(new Int32Array(128).fill(-1)); STEM_ENDS.push([]); }
    state = stemRows[state]![c]!;
  }
  STEM_ENDS[state]!.push(k);
});
const STEM_NEXT = new Int32Array(stemRows.length * 128);
stemRows.forEach((row, s) => STEM_NEXT.set(row, s * 128));
stemRows = [];
/**
 * Which hint stems `lower` (a lower-cased sentence) contains, as flags by stem number: the same answer as
 * `lower.includes(stem)` for each, found by walking the trie from each character instead of one search per stem.
 */
function stemsIn(lower: string): Uint8Array {
  const found = new Uint8Array(HINT_STEMS.length);
  for (let p = 0; p < lower.length; p++) {
    for (let i = p, state = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      if (c >= 128 || (state = STEM_NEXT[state * 128 + c]!) < 0) break;
      for (const k of STEM_ENDS[state]!) found[k] = 1;
    }
  }
  for (const k of OTHER_STEMS) if (lower.includes(HINT_STEMS[k]!)) found[k] = 1;
  return found;
}
// Words between "and" and the next name that belong to that name's role ("and U.S. Ambassador").
const PREMODIFIERS = "(?:[\\p{L}.’'-]+\\s+){0,4}";
// (In a list, each name may carry a long title before it: "…, British High Commissioner to Chile Ivo Brandt".)
// (A body's short form in brackets among them: "and International Monetary Fund (IMF) Managing Director".)
const LIST_PREMODIFIERS = "(?:(?:[\\p{L}.’'-]+|\\(\\p{Lu}[\\p{Lu}\\d&.-]{1,9}\\))\\s+){0,7}";
/** Letters after a name for a seat or an honour ("TD", "MLA", "MP", "QC", "OBE"): no part of a list's joins. */
const POST_NOMINALS = "(?:TD|MLA|MP|MSP|MS|AM|MEP|MHA|MNA|QC|KC|SC|OBE|MBE|CBE|KBE|JP|PhD)";
/** A sentence opening with a subordinate clause not yet closed by a comma ("As the Senate debates …"). */
const FRONTED_SUBORDINATE = /^[“"]?(?:As|While|When|After|Before|Although|Though|Because|Since|If|Once|Until|Whereas)\b[^,]*$/;
// ("Ana Lind (D-IL) and Ivo Brandt": a short tag in brackets after a name, a party and state, does not part them.)
// ("Ana Lind, TD and the Justice Minister, Ivo Brandt, MLA": a post-nominal after a name, and a title set off
// before the next, do not part them either.)
const AND_JOIN = new RegExp(`^(?:\\s*\\([^()]{1,12}\\))?(?:,\\s*${POST_NOMINALS}\\b)?(?:,[^,]{0,80},)?\\s*,?\\s*and\\s+${LIST_PREMODIFIERS}(?:[\\p{L}.’'-]+\\s*,\\s*)?$`, "u");
const COMMA_JOIN = new RegExp(`^\\s*,\\s*${LIST_PREMODIFIERS}$`, "u");
/** "Ross, along with Minister of State Griffin, met …": a companion set off after the subject is on its side. */
// ("Lind —along with Ministers A, B and C— met …", "X, as well as Minister Y, held …": a dash sets it off too.)
const ALONG_JOIN = new RegExp(`^\\s*[,—–]\\s*(?:(?:along|together)\\s+with|accompanied\\s+by|joined\\s+by|flanked\\s+by|as\\s+well\\s+as)\\s+${PREMODIFIERS}$`, "u");
/** What closes a companion's phrase set off before the verb: a comma or a dash, maybe after a bracketed portfolio. */
const SET_OFF_CLOSES = /^(?:\s*\([^()]{1,30}\))?\s*[,—–]/;
/** A short bracketed tag after a name: a portfolio, a party ("(Economy-Finance)", "(D-IL)"). */
const BRACKETED_TAG = /^\s*\([^()]{1,30}\)/;
// ("The phone call involving X and his counterpart, Y": the ones it involved are its sides too.)
// ("The meeting aimed to foster collaboration between A and B": an infinitive between names another thing's sides.)
const BETWEEN = new RegExp(`\\b(${MEETING_NOUNS.join("|")})\\s+(?:(?:(?!to\\s)[^.;,]){0,40}?\\s)?(?:between|involving)\\s`, "gi");
/** Between one met and the next: "and his delegation comprising Defense Minister ", ", and the delegation, including ". */
const DELEGATION_MEMBERS_GAP = /^\s*,?\s*(?:and\s+)?(?:his|her|their|the|its)\s+(?:[\p{L}-]+\s+){0,2}delegation\s*,?\s*(?:comprising|including|consisting\s+of|made\s+up\s+of|composed\s+of|which\s+included)\s+(?:[\p{L}.’'()-]+\s+){0,6}$/u;
/** "his earlier meetings ", "their previous talks ": a meeting noun told as before the sentence's time. */
const EARLIER_MEETINGS = /\b(?:earlier|previous|prior|past)\s+$/i;
/** After a delegation's name, its members: " comprising ", ", which included ", " made up of ". */
const MEMBERS_FOLLOW = /^\s*,?\s*(?:comprising|including|consisting\s+of|made\s+up\s+of|composed\s+of|which\s+included)\s+/;
/** After a meeting verb, the heads of bodies as those met: " the heads of", " with the chief executives of". */
const HEADS_OF = /^\s+(?:with\s+)?(?:the\s+)?(?:top\s+|senior\s+)?(?:heads|chiefs|leaders|bosses|chief\s+executives|CEOs)\s+of\s/i;
/** A title and the body or place it is of, closing a gap with a comma: "and the executive director of Norwind, ". */
// (No i flag: with it \p{Lu} takes any letter; the title's first letter may be either case.)
const TITLE_OF_BODY_SET_OFF = new RegExp(`\\band\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:${roleHeadAlternation("either")})\\s+(?:of|for|at)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'&-]*\\s*){1,5},\\s*$`, "u");
/** "the meeting of ", "talks of ": a meeting noun and "of", its first side after it (noun-of-with). */
const NOUN_OF_WITH = /\b(meeting|talks|conversation|discussions?|consultations|phone call|telephone conversation)\s+of\s+/gi;
/** A noun of ties right before "between": "cooperation between", "relations between" (the ties', not a meeting's sides). */
const TIES_BEFORE_BETWEEN = /\b(?:cooperation|co-operation|relations|ties|partnership|trade|friendship|links|agreements?|cooperation)\s+(?:between|involving)\s$/i;
/** A speech verb's that-clause telling someone called the speaker: "… told reporters that Brandt had called to apologise". */
const REPORTED_CALL = /\b(?:told|said|says|tells)\b[^.;“”"]{0,80}?\bthat\s+[^.;“”"]{0,80}?\b(?:had\s+|has\s+)?(?:called|phoned|rang|telephoned)(?=\s+(?:him|her|to\s+\p{Ll}))/u;
/** A meal or reception and its host: "a dinner hosted by X", "the state banquet given by X" (the guest after "for"). */
const MEAL_HOSTED_BY = /\b(?:dinner|lunch|luncheon|banquet|reception|breakfast)\b[^.;:“”"]{0,100}?\b(?:hosted|given|offered|thrown)\s+by\s+/gi;
/** Who was at a meal told before it: "X attended the banquet …", "X joined a dinner …". */
const AT_MEAL_BEFORE = /\b(?:attended|attends|joined|joins|participated in|took part in|was (?:the )?guest (?:of honou?r )?at)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
// (The frames' global patterns are run with exec from lastIndex 0 rather than matchAll, which clones the
// pattern on every call: they run for every sentence with a meeting word.)
// ("The talks were led by X and Y": the two heads of the talks, one for each side.)
const CO_CHAIRED_BY = /\b(?:co-?chaired|co-?hosted|co-?presided(?: over)?)\s+by\s+|\b(?:talks|consultations|negotiations|meeting|discussions|dialogue)\s+(?:were|was)\s+(?:jointly\s+)?(?:led|headed|chaired)\s+by\s+/gi;
const NOUN_OF = /\b(?:meeting|talks|summit|encounter)\s+of\s+/gi;
/** What may stand between "meeting of" and the first of those meeting: their roles and countries ("foreign ministers of Chile and Peru"). */
function ofGapOk(gap: string): boolean {
  const words = gap.replace(/[,()]/g, " ").split(/\s+/).filter(Boolean);
  return words.length <= 10 && words.every((w) => /^\p{Lu}/u.test(w) || w === "and" || OBJECT_GAP_WORDS.has(w.toLowerCase()) || ROLE_HEADS.includes(w.toLowerCase().replace(/s$/, "")));
}
const HINT = new RegExp(`\\b(?:${MEETING_HINTS.join("|")})`, "i");
/** A clause is read at most this far past its verb (long sentences stay linear). */
const CLAUSE_WINDOW = 600;
/** How far back "he", "him" or "the two" look for the people they stand for. */
const LOOK_BACK_CHARS = 3000;
const PAIR_SUBJECT = /(?:^|,)\s*(?:the two|both|the duo|the pair)(?:\s+(?:top|senior|foreign|defence|defense|trade|finance|prime|state))?(?:\s+(?:ministers|leaders|men|women|officials|presidents|envoys|diplomats|sides|chiefs|delegations|heads|countries|premiers|counterparts|politicians|democrats|republicans))?\s+(?:\w+\s+){0,2}$|^\s*they\s+(?:\w+\s+){0,2}$/i;
/** "they" as a clause's subject after a time word or a fronted clause: "Later they met", "…, they met". */
const THEY_AFTER = /(?:^\s*(?:later|then|afterwards|subsequently|also|there|today|yesterday)\s*,?\s+|,\s*(?:\p{Ll}+\s+)?)they\s+(?:\w+\s+){0,2}$/iu;
/** "The ministers", "the foreign ministers", "the leaders" opening the clause (no number: "the two" is PAIR_SUBJECT). */
const PLURAL_ROLE_SUBJECT = /(?:^|[,;])\s*the\s+(?!(?:two|three|four|both)\b)((?:[a-z]+\s+)?(?:ministers|leaders|presidents|premiers|envoys|diplomats|counterparts|chancellors|sides))\s+(?:\w+\s+){0,2}$/i;

/**
 * Whether a person's `role` fits a plural role phrase: "foreign ministers" → a foreign minister ("minister of foreign
 * affairs" too); "ministers" → any minister; "leaders", "sides", "counterparts" → anyone; no role → anyone.
 */
/** Offices whose holders a story calls "the leaders", "the ministers": heads of state, government, bodies or places. */
const LEADING_OFFICE = /\b(?:president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|minister|secretary|governor|mayor|leader|chief|head|counterpart)\b/i;
function fitsPlural(role: string | null, plural: string): boolean {
  const words = plural.toLowerCase().split(/\s+/);
  const head = words[words.length - 1]!.replace(/s$/, "");
  if (/^(?:leader|side|counterpart|diplomat|envoy)$/.test(head)) return true;
  // (A role the article never gave is no misfit.)
  if (!role) return true;
  const r = role.toLowerCase();
  // (A secretary heads a ministry too: "secretary of state", "foreign secretary" are foreign ministers.)
  const sameHead = r.includes(head) || (head === "minister" && r.includes("secretary"));
  return sameHead && (words.length === 1 || r.includes(words[0]!) || (words[0] === "foreign" && /secretary of state|external affairs/.test(r)));
}
/** An organisation entity that is a delegation ("US delegation", "the Chilean delegation"). */
const DELEGATION_NAME = /\bdelegation$/i;
/** Between a verb and a delegation it met: "with a bipartisan ", "the visiting ", "a high-level ". */
const DELEGATION_GAP = /^\s*(?:with\s+)?(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
/**
 * "During his meeting with X, Y thanked him for the opportunity to pay a courtesy call on him": a plan told in the
 * very sentence that tells the same people's meeting held is that meeting, not a second one to come.
 */
function withoutPlansOfHeld(meetings: Meeting[]): Meeting[] {
  const key = (m: Meeting) => `${m.evidence.start}|${[...m.participants].sort((x, y) => x - y).join(",")}`;
  const held = new Set(meetings.filter((m) => m.status === "held").map(key));
  return meetings.filter((m) => m.status !== "planned" || !held.has(key(m)));
}

/**
 * "met with a US delegation … The delegation was led by X and included Y and Z": once a later sentence names a
 * delegation's members, they stand for it in every meeting it had (a body named "… delegation" met no one itself).
 * A meeting left the same as another (the group's own and its members') is told once, by the first.
 */
function standInForDelegations(a: Analysis, meetings: Meeting[], named: MembersNamed): Meeting[] {
  const members = new Map<number, number[]>();
  for (const [g, made] of named.meetings) {
    const added = made.participants.filter((p) => !g.participants.includes(p) && a.entities[p]!.type === "person");
    for (const d of g.participants) {
      if (added.length && a.entities[d]!.type === "organization" && DELEGATION_NAME.test(a.entities[d]!.name)) members.set(d, [...new Set([...(members.get(d) ?? []), ...added])]);
    }
  }
  if (!members.size) return meetings;
  // (Told once only when the same people met on the same date, in the same place, with the same status.)
  const key = (m: Meeting) => `${[...m.participants].sort((x, y) => x - y).join(",")}|${m.date}|${m.place}|${m.status}`;
  const seen = new Set<string>();
  const out: Meeting[] = [];
  for (const m of meetings) {
    const changed = m.participants.some((p) => members.has(p));
    if (changed) m.participants = [...new Set(m.participants.flatMap((p) => members.get(p) ?? [p]))];
    if (changed && seen.has(key(m))) continue;
    seen.add(key(m));
    out.push(m);
  }
  return out;
}

/** A meeting whose subject side is a group not yet named person by person ("a delegation", "a team of producers"). */
type GroupMeeting = Meeting;
const GROUP_NOUNS = "delegation|delegations|team|contingent|group|party|entourage|members|leaders|officials|representatives|executives|producers|actors|ministers";
// (Or people named by a plural noun: "Top technology businessmen met with President X".)
const GROUP_SUBJECT = new RegExp(`(?:^|[,;]\\s*|\\b(?:a|an|the|his|her|their)\\s+)(?:[\\p{L}-]+\\s+){0,4}?(?:${GROUP_NOUNS}|${GROUP_MEMBER_NOUNS.join("|")})(?:\\s+(?:of|from|composed of|comprising|made up of|consisting of)\\s+[^,;.]{0,60}?)?\\s+(?:\\w+\\s+)?$`, "iu");
/** A meeting noun's relative clause with a plural pronoun: "the meeting they held with". */
const THEY_HELD = /\s(?:they|we)\s+(?:had\s+)?(?:held|had)\s+with$/i;
/** A group noun opening the sentence: "Representatives of the union …", "Senior governors …". */
const GROUP_OPENS = new RegExp(`^[\\s“"]*(?:[\\p{L}’'-]+\\s+){0,3}?(?:${GROUP_NOUNS}|${GROUP_MEMBER_NOUNS.join("|")})\\b`, "iu");
/** Sentences that name a group's members: "The delegation included X and Y", "X and Y were part of the contingent". */
const MEMBERSHIP = new RegExp(`\\b(?:(?:${GROUP_NOUNS})\\s+(?:also\\s+)?(?:included|includes|comprised|comprises|consisted of|was made up of|was led by|led by)|(?:was|were)\\s+(?:also\\s+)?(?:a\\s+)?(?:part|members?)\\s+of\\s+the\\s+(?:${GROUP_NOUNS})|accompanied by)\\b`, "iu");

/** A meeting told of a delegation with its leader: "a delegation led by X", "X led a ten-member delegation". */
const LED_DELEGATION_RE = /\bdelegation\s+(?:\([^)]{0,40}\)\s+|(?:of|from)\s+(?:[\p{L}.’'-]+\s+){1,4}?)?(?:led|headed)\s+by\b|\b(?:led|headed|leading|heading)\s+(?:a|an|the|his|her)\s+(?:[\p{L}-]+\s+){0,3}delegation\b/iu;
// membersMeet asks it of every meeting found so far at every sentence: each evidence text is read once.
const ledDelegationSeen = new Map<string, boolean>();
/** Whether `text` tells of a delegation led by someone (LED_DELEGATION_RE), memoised by text (bounded). */
function ledDelegation(text: string): boolean {
  let v = ledDelegationSeen.get(text);
  if (v === undefined) {
    if (ledDelegationSeen.size > 1000) ledDelegationSeen.clear();
    ledDelegationSeen.set(text, v = LED_DELEGATION_RE.test(text));
  }
  return v;
}

/**
 * Members of a group that met someone, named in the same or one of the next two sentences: each member meets
 * the ones the group met (with the group meeting's date, place and kind), one meeting each.
 */
function membersMeet(a: Analysis, s: Sentence, groups: GroupMeeting[], found: readonly Meeting[] = [], named: MembersNamed = { meetings: new Map(), sentences: new Set() }): Meeting[] {
  // "A delegation led by X met Y. The delegation included Z": a delegation with a named leader met as a party too.
  // ("A delegation led by X called on Y. The delegation included Z": the leader stands for it in the meeting.)
  // ("The talks between the union and Norwind's board … Norwind was represented by Y and Z": a body that met has people.)
  // (Not a meeting its members joined here: later cues add to the group's own.)
  const joined = new Set(named.meetings.values());
  const led = found.filter((m) => m.status === "held" && !joined.has(m) && (m.participants.some((p) => a.entities[p]!.type === "organization") || ledDelegation(m.evidence.text)));
  if (!groups.length && led.length) groups = led;
  if (!groups.length) return [];
  const listed = membersNamed(a, s, groups, named, found);
  if (listed.length || named.sentences.has(indexOfSentence(a, s))) return listed;
  // Groups are rare: the membership pattern runs only once one has met.
  if (!MEMBERSHIP.test(s.text)) return [];
  const i = indexOfSentence(a, s);
  const g = [...groups].reverse().find((x) => { const j = a.sentences.findIndex((y) => y.start === x.evidence.start); return j >= 0 && i - j <= 2 && i >= j; });
  if (!g) return [];
  const members = personsIn(a, s.start, s.end).map((m) => m.entity).filter((e) => !g.participants.includes(e));
  return [...new Set(members)].map((member) => ({ ...g, participants: [member, ...g.participants], rule: `${g.rule}+members`, evidence: { text: s.text, start: s.start, end: s.end } }));
}

/**
 * "X hosted opposition MPs. … The meeting was attended by several MPs, including Y and Z": the members a cue
 * (MEMBER_CUES) names after a group meeting of the sentence or the GROUP_MEMBER_REACH before join the ones the
 * group met in one meeting, with the group meeting's date, place and kind.
 */
function membersNamed(a: Analysis, s: Sentence, groups: GroupMeeting[], named: MembersNamed, found: readonly Meeting[] = []): Meeting[] {
  const i = indexOfSentence(a, s);
  for (const cue of MEMBER_CUES) {
    const m = cue.re.exec(s.text);
    if (!m) continue;
    // A cue that names the occasion ("Also taking part in the meeting were …") reaches back past any number of
    // sentences to the last group meeting, when no other meeting was told since.
    const occasion = THE_OCCASION.test(s.text.slice(0, m.index + m[0].length));
    const g = [...groups].reverse().find((x) => {
      const j = sentenceOf(a, x);
      return j >= 0 && j <= i && (i - j <= GROUP_MEMBER_REACH || (occasion && (named.meetings.has(x) || !found.some((f) => f !== x && f.evidence.start > x.evidence.start && f.evidence.start < s.start))));
    });
    if (!g) return [];
    const from = "before" in cue && cue.before ? s.start : s.start + m.index + m[0].length;
    const members = listedMembers(a, s, from, cue.id === "one-of-them", "before" in cue && cue.before ? s.start + m.index : s.end).filter((e) => !g.participants.includes(e));
    // "Ivo Brandt led the team, which also included …": the leader stands right before the cue.
    if (cue.id === "led-the-team") { const leader = personsIn(a, Math.max(s.start, s.start + m.index - 80), s.start + m.index).pop(); if (leader && !g.participants.includes(leader.entity)) members.unshift(leader.entity); }
    if (!members.length) continue;
    named.sentences.add(i);
    // The members came together, as the group met: one meeting of all, which later cues add to.
    const met = named.meetings.get(g);
    if (met) { for (const e of members) if (!met.participants.includes(e)) met.participants.push(e); return []; }
    const made: Meeting = { ...g, participants: [...g.participants, ...members], rule: `${g.rule}+${cue.id}`, evidence: { text: s.text, start: s.start, end: s.end } };
    named.meetings.set(g, made);
    return [made];
  }
  return [];
}

/** A member cue that names the meeting it is about: "in the meeting", "at the talks", "around the table". */
const THE_OCCASION = /\b(?:the|that|this)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|session|table|dinner|lunch|gathering)\b/i;

/** What membersNamed made in one article: the meeting each group's members joined, and the sentences that named them. */
interface MembersNamed {
  meetings: Map<GroupMeeting, Meeting>;
  sentences: Set<number>;
}

/**
 * The people a member cue lists after `from`, to the end of the sentence or the speech verb closing it ("…, union
 * leaders said"): named people only (a bare role names no one), not kin of them ("family members of X") nor those
 * after "from"/"by" ("received letters from X"). `first`: only the one set off right after the cue.
 */
function listedMembers(a: Analysis, s: Sentence, from: number, first: boolean, end = s.end): number[] {
  const rest = a.parsed.text.slice(from, end);
  const said = SAID_AFTER.exec(rest);
  const to = from + (said ? said.index : rest.length);
  const out: number[] = [];
  let lastEnd = -1;
  for (const m of personsIn(a, from, to)) {
    if (m.kind !== "name" && m.kind !== "alias") continue;
    const before = a.parsed.text.slice(Math.max(from, m.start - 40), m.start);
    if (KIN_OF_BEFORE.test(before)) { if (!out.length) return []; continue; }
    // ("…from the Harbour Group Ana Lind" is where a member is from; not a title's "Ambassador of the Republic of Chile H.E. Mr. X".)
    const origin = /\b(?:from|by|with|for|of|at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,6}$/u.exec(before);
    if (origin && !(/^of\b/.test(origin[0]) && TITLE_BEFORE_OF.test(a.parsed.text.slice(Math.max(s.start, m.start - 120), m.start - origin[0].length)))) continue;
    // "Ana Lind (Harbour Group)", "the party's candidate": a body in brackets after a member, or a possessive, is where
    // a member is from. (A person in brackets after a body is a member: "the chiefs of Norwind (Ana Lind)".)
    // (…but a full name in brackets after one word is the person, the word their company: "Vantor (Ana Lind)".)
    const bracketAfterMember = /\(\s*$/.test(before) && lastEnd >= 0 && /^\s*\(\s*$/.test(a.parsed.text.slice(lastEnd, m.start));
    if (bracketAfterMember && !/\s/.test(a.entities[out[out.length - 1]!]!.name) && /\s/.test(a.entities[m.entity]!.name)) out.pop();
    else if (bracketAfterMember || /[’']s$/.test(a.parsed.text.slice(m.start, m.end)) || /^[’']s\b/.test(a.parsed.text.slice(m.end, m.end + 3))) continue;
    lastEnd = m.end;
    out.push(m.entity);
    if (first) break;
  }
  return [...new Set(out)];
}
/** A title, maybe with more of its "of …" phrase, ending the text before a member's "of": "Ambassador of the Republic". */
const TITLE_BEFORE_OF = new RegExp(`\\b(?:${ROLE_HEADS.filter((h) => /^[a-z-]+$/.test(h)).join("|")})(?:\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,4})?\\s*$`, "iu");
const SAID_AFTER = /,\s+(?:[\p{L}’'-]+\s+){0,4}(?:said|says|told|added|wrote)\b/u;

const KIN_OF_BEFORE = /\b(?:famil(?:y|ies)|relatives?|parents?|widows?|mothers?|fathers?|sons?|daughters?|children|kin|loved ones)(?:\s+members)?\s+of\s+(?:the\s+(?:late\s+)?)?$/i;

/** "hosted rebel opposition MPs", "met with families of the victims", "had lunch … with a group of businessmen". */
const GROUP_MEMBERS_MET = new RegExp(`^(?:[^.;:“”"]{0,160}?\\b(?:with|from|for)\\s+|\\s+)(?:(?:the|a|an|some|several|about|over|nearly|more than|\\d+|two|three|four|five|six|top|senior|visiting|local|new|newly|appointed)\\s+)*(?:(?:group|delegation|number|team|host|dozen|couple)\\s+of\\s+)?(?:[\\p{L}’'().-]+\\s+){0,8}?\\(?(?:${GROUP_MEMBER_NOUNS.join("|")}|members)\\b`, "iu");

/** An unnamed group met: "with the leadership of …", "with union representatives". */
/** The plural noun a group met is named by: "the leadership of three unions" → unions. */
/** After a meeting verb and its object: a comma and "alongside"/"together with" before those on the subject's side. */
const ALONGSIDE = /^[^;:“”"]*?,\s*(?:alongside|together with|along with|flanked by|joined by)\s+(?=(?:the\s+)?\p{Lu})/u;
const GROUP_PLURAL = /\b(unions|parties|companies|groups|associations|federations|delegations|organi[sz]ations|firms|banks|agencies|councils|bodies|countries|states)\b/i;
// ("with senior Kessmere Defence Forces (KDF) leaders": a body's name, short form and all, before the noun.)
// (No i flag: the body's words must be capitalised; the nouns take either case.)
const GROUP_OBJECT = /^\s*(?:[Ww]ith\s+)?(?:[Tt]he\s+)?[“"]?(?:[\p{L}-]+\s+){0,2}?(?:(?:\p{Lu}[\p{L}-]*|of|\(\p{Lu}{2,8}\))\s+){0,7}?(?:[Ll]eadership|[Ll]eaders|[Rr]epresentatives|[Dd]elegation|[Dd]elegates|[Oo]fficials|[Mm]embers|[Uu]nions|[Ee]xecutives|[Ee]nvoys|[Aa]mbassadors|[Oo]rgani[sz]ations|[Gg]roups|[Aa]ssociations)\b/u;

/** Between an organisation and the person leading it on the subject side: "(HPTDU) led by Secretary General ". */
const LED_BY = /^\s*\)?\s*(?:\([^)]{1,20}\)\s*)?,?\s*(?:led|headed|represented)\s+by\s+(?:[\p{L}.’'-]+\s+){0,4}$/u;

/** "With X, …" opening a sentence (maybe after "Also" or "Later"): a with-phrase fronted before its clause. */
const FRONTED_WITH = /^[“"]?(?:(?:Also|Later|Separately|Then)\s*,?\s+with|With)\s+(?!(?:the\s+)?(?:help|support|aid|backing|assistance|exception|regard|respect|reference|effect|view|rising|falling|growing|the\s+aim)\b)/u;
/** A verb of talking things over, shortly after the fronted phrase's comma: [, verb]. */
const TALKED_OVER = /^[^,;:.“”"]{0,70}?\b(reviewed|discussed|exchanged|talked|explored|examined|considered|addressed|went over|touched on|focused on|looked at|deliberated)\b/;
/** A sentence opening with a meeting noun phrase: "In the talks,", "During their phone call,". */
/** ("In talks in Tokyo, X and Y …": plural talks need no determiner, and a place or day may close the phrase.) */
const FRONTED_MEETING = /^[“"]?(?:In|During|At|After|Following)\s+(?:(?:the|their|those|these)\s+(?:\w+\s+)?|(?=talks|discussions))(talks|meeting|call|discussions?|conversation|visit)(?:\s+(?:in|on|at)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s*,\s*/u;

/** The gap after an appositive comma holds at most honorifics ("Mr.", "Dr."). */
const MEETING_VERB_IN_GAP = /\b(?:meet|meets|met|meeting|visit|visits|visited|visiting|hold|holds|held|holding|host|hosts|hosted|receive|receives|received|call(?:ed)? on|speak|spoke|talk|talked)\b/i;
const SECOND_TITLE_GAP = new RegExp(`^\\s+and\\s+(?:(?:of|for|the|and)\\s+|\\p{Lu}[\\p{L}.’'-]*\\s+){0,8}$`, "u");
const isHonorificOrEmpty = (gap: string) => gap.replace(/^,\s*/, "").trim().split(/\s+/).filter(Boolean).every((w) => isHonorific(w));

/** A join in a list of those met that starts a new party: ", and ambassadors ", "and members of the board ". */
const NEW_PARTY = new RegExp(`^,?\\s*and\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:${ROLE_HEADS.filter((h) => /^[a-z]+$/.test(h)).map((h) => (h.endsWith("y") ? `${h.slice(0, -1)}ies` : `${h}s`)).join("|")})\\b`, "iu");

/** A clause that tells a call: "by telephone", "over the phone", "via video link", "virtually". */
// ("held a dialogue with X by tele-conference", "via videoconference": a conference at a distance.)
const CALL_MEDIUM = /\b(?:by (?:tele)?phone|over the (?:tele)?phone|on the (?:tele)?phone|via (?:video|phone|telephone)|by video|video ?(?:link|call|conference)|(?:by|via|through) (?:a )?(?:tele-?conference|video-?conference|video-conferencing|teleconferencing)|(?<!(?:be|being|been) held )virtually|telephone (?:call|conversation|talk)s?|phone (?:call|conversation|talk)s?)\b/i;
/** A count of minutes or hours: a figure, a number word, "an", "half an", "a couple of"; "… and a half" after it. */
const AMOUNT = "(?:\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty(?:-five)?|fifty|sixty|ninety|half an?|half|a couple of|several)(?:\\s+and\\s+a\\s+half)?";
/** Units as written in full or short ("1hr", "20mins", "2 hrs"); a figure may touch its unit. */
const UNIT = "(?:minutes?|mins?|hours?|hrs?)";
const SPAN = `${AMOUNT}(?:[- ]|(?<=\\d))${UNIT}\\b(?:\\s+and\\s+a\\s+half)?`;
/**
 * How long a meeting lasted: "a 45-minute meeting", "talks lasting over two hours", "for an hour", "one and a half
 * hours", "an hour and 20 minutes", "1hr 20mins".
 */
const DURATION = new RegExp(`\\b(?:(lasted|lasting|for)\\s+(?:over|about|nearly|almost|more than|some|around|roughly|just over|just under)?\\s*)?(${SPAN}(?:(?:\\s*,?\\s+and\\s+|\\s+)(?:\\d+|\\w+)[- ]?(?:minutes?|mins?)\\b)?)(?:-long)?`, "gi");
const MEETING_NEAR = /^[^.;]{0,40}\b(?:meeting|talks?|call|conversation|session|visit|discussions?|encounter|audience|together)\b/i;

/** Short and adjectival units in full and plural where the count is not one: "1hr 20mins" → "1 hour 20 minutes", "25-minute" → "25 minutes". */
export function durationText(raw: string): string {
  const one = /^(?:1|an?|one|half an?)$/i;
  // ("a half-hour", "half-hour": half an hour.)
  if (/^(?:a\s+)?half[- ]hour$/i.test(raw.trim())) return "half an hour";
  return raw.replace(/(\d+(?:\.\d+)?|\b\p{L}+)[- ]?(minutes?|mins?|hours?|hrs?)\b/giu, (_all, count: string, unit: string) => {
    const u = /^h/i.test(unit) ? "hour" : "minute";
    return `${count} ${one.test(count) ? u : `${u}s`}`;
  }).replace(/-/g, " ").replace(/\s+/g, " ").trim();
}

/** The duration a sentence gives a meeting, as written: after "lasted"/"for", or right before a meeting noun. */
function durationIn(text: string): string | null {
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(text); m; m = DURATION.exec(text)) {
    if (m[1] || MEETING_NEAR.test(text.slice(m.index + m[0].length))) return durationText(m[2]!);
  }
  return null;
}

/** A trigger in the present tense: the meeting is happening as the article is written. */
const PRESENT_TENSE = /^(?:(?:is|are) meeting|meets|hosts|receives|visits|holds|welcomes|greets)\b/i;
/** "The meeting … has started", "talks are under way": happening as the article is written. */
const UNDER_WAY = /\b(?:has|have)\s+(?:just\s+)?(?:started|begun|opened|got under way|kicked off)\b|\b(?:is|are)\s+(?:now\s+)?under\s*way\b/i;
const SEPARATE = /\bseparate(?:ly)?\b|\brespectively\b/i;
/** Meetings in the plural, each apart: "at various meetings with the ministers", "in separate meetings". */
// ("At the meetings, the interlocutors discussed …": the next sentence opening on the meetings in the plural.)
const MEETINGS_APART = /\b(?:various|several|separate|different|individual|respective)\s+meetings\b|^[“"]?(?:At|During|In)\s+(?:the|these|both)\s+meetings\b/i;
/** Meetings in the plural, each with one party: "held bilateral meetings with", "had bilaterals with". */
const ONE_TO_ONE_MEETINGS = /\b(?:bilateral|one-on-one|one-to-one|individual)\s+meetings\b|\bbilaterals\b|\bcourtesy\s+(?:calls|visits)\b/i;
const PRONOUN = /\b(he|she|him|her)\b/gi;
// A clause ends at these; participants are looked for inside the verb's clause only.
// ("discussed cooperation before the forthcoming meeting of the governments on October 3 in Bergen": the date and
// place of another occasion the phrase names are not this meeting's.)
const OTHER_OCCASION = /^\s+(?:before|ahead of|prior to)\s+(?:the|a|an)\s+(?:forthcoming|upcoming|next|planned|scheduled)\s+(?:[\w-]+\s+){0,2}(?:meeting|summit|visit|talks|session|conference|election|vote)\b/;
const CLAUSE_END = /[;:]|,\s+(?:who|which|where|during which|while|but|as(?!\s+well\s+as\b)|after|before|and then|ahead of|prior to)\b|\s+(?:before|ahead of|prior to)\s+(?:the|a|an)\s+(?:forthcoming|upcoming|next|planned|scheduled)\s+(?:[\w-]+\s+){0,2}(?:meeting|summit|visit|talks|session|conference|election|vote)\b|\s+(?:about|on the sidelines|for talks)\b|\s+to\s+(?!the\b)[a-z]+\b/;

/** End (sentence-relative) of the clause that starts at `from`. */
function clauseEnd(text: string, from: number): number {
  const m = CLAUSE_END.exec(text.slice(from, from + CLAUSE_WINDOW));
  return m ? from + m.index : Math.min(text.length, from + CLAUSE_WINDOW);
}

/**
 * Which of a sentence's dates or places belongs to the verb at `at`: the
 * first inside the verb's clause ("met Y in Moscow on Tuesday"), else the
 * nearest before it ("On Tuesday, X met Y"), else the first after the clause.
 */
/**
 * The dates of a sentence of `a` (datesIn against the article's date), each sentence's worked out once per article:
 * every meeting's context looks back over the same sentences. The arrays are shared: callers only read them.
 */
const datesMemo = new WeakMap<Analysis, Map<string, DateMention[]>>();
function sentenceDates(a: Analysis, text: string): readonly DateMention[] {
  let memo = datesMemo.get(a);
  if (!memo) datesMemo.set(a, (memo = new Map()));
  let dates = memo.get(text);
  // ("their first meeting since July": a date that opens with "since" is when a span began, not the meeting's.)
  if (!dates) {
    const found = datesIn(text, referenceDate(a.parsed)).filter((d) => !OTHER_EVENT_BEFORE.test(text.slice(Math.max(0, d.start - 60), d.start)) && !/^since\b/i.test(text.slice(d.start, d.end)));
    // ("On Tuesday and Wednesday the delegation held …", "3 to 5 May": a range, or two days joined, is dated by its
    // first day; not "on Monday and on Wednesday met …", two dates of their own.)
    memo.set(text, (dates = found.filter((d, i) => !(i > 0 && RANGE_JOIN.test(text.slice(found[i - 1]!.end, d.start)) && !/^on\b/i.test(text.slice(d.start, d.end))))));
  }
  return dates;
}

/** Between the two dates of a range or pair: "and", "to", "through", "until", a dash. */
const RANGE_JOIN = /^\s*(?:and|to|through|till|until|[-–—])\s*$/i;

/**
 * Words that make the date after them another event's, in the same clause: "for the first time since Castell took
 * office on Jan. 20", "who was sworn in on May 2", "ahead of the summit on Friday".
 */
const OTHER_EVENT_BEFORE = /\b(?:since|took office|sworn in|inaugurated|elected|appointed|born|died|ahead of|in the run-up to)\b[^,.;:()“”"]{0,45}$/i;

function nearestTo<T extends { start: number }>(items: readonly T[], at: number, clause: number): T | undefined {
  return items.find((x) => x.start >= at && x.start < clause) ?? items.filter((x) => x.start < at).pop() ?? items.find((x) => x.start >= clause);
}

/** Persons mentioned in [from, to) of the article. */
function personsIn(a: Analysis, from: number, to: number): Mention[] {
  return mentionsIn(a, from, to).filter((m) => m.end <= to && isPersonOrKin(a, m));
}
/** A person's mention, or a kin group's ("the family of X" takes part as one). */
const isPersonOrKin = (a: Analysis, m: Mention) => a.entities[m.entity]!.type === "person" || m.kind === "kin";

/** The most recent person mentioned before `offset` (outside captions), for "he"/"him". */
export function personBefore(a: Analysis, offset: number, not: number[] = [], fits: (entity: number) => boolean = () => true): number | undefined {
  const before = mentionsIn(a, Math.max(0, offset - LOOK_BACK_CHARS), offset);
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    if (m.end <= offset && a.entities[m.entity]!.type === "person" && !not.includes(m.entity) && fits(m.entity)) return m.entity;
  }
  return undefined;
}

/** The last two people named before `at`, in text order, or undefined when fewer are. */
function lastTwoBefore(a: Analysis, at: number): number[] | undefined {
  const first = personBefore(a, at);
  const second = first === undefined ? undefined : personBefore(a, at, [first]);
  return second === undefined ? undefined : [second, first!];
}

/** The last two organisations named before offset `at` (in text order), or undefined. */
function lastTwoOrgsBefore(a: Analysis, at: number): number[] | undefined {
  const found: number[] = [];
  const ms = mentionsIn(a, Math.max(0, at - LOOK_BACK_CHARS), at);
  for (let i = ms.length - 1; i >= 0 && found.length < 2; i--) {
    const e = ms[i]!.entity;
    if (a.entities[e]!.type === "organization" && !found.includes(e)) found.unshift(e);
  }
  return found.length === 2 ? found : undefined;
}
/** "The two major stakeholder bodies met with …", "the two unions": a pair of organisations as the subject. */
const ORG_PAIR_SUBJECT = /(?:^|[,;])\s*the two\s+(?:[\p{L}-]+\s+){0,2}(?:bodies|organi[sz]ations|associations|unions|federations|companies|firms|institutions|councils|chambers)\s+(?:\w+\s+){0,2}$/iu;

/** A sentence opening "The two (leaders) together with" / "Both, along with" before a name and its title. */
const PAIR_TOGETHER_WITH = /^\s*(?:the two|both)(?:\s+[\p{L}-]+)?\s*,?\s+(?:together|along)\s+with\s+(?:[\p{L}.’'-]+\s+){0,4}$/iu;

/** After the last person of a subject list: "and" and a plural group of people ("and Chiefs from the northern bands", "and other officials"). */
const GROUP_JOINED_LAST = /^\s*,?\s*and\s+(?:(?:the|other|several|some|all|\d+)\s+)?(?:[\p{L}-]+\s+)?(?:chiefs|leaders|officials|representatives|members|ministers|delegates|elders|executives|heads|envoys|ambassadors)\b[^,;:]{0,60}$/iu;

/** A gerund adjunct ending right before a trigger: ", in addition to holding ", " after having ", " while ". */
const GERUND_ADJUNCT = /,\s*(?:in addition to|besides|as well as|apart from|after|before|while)\s+(?:having\s+)?\p{Ll}+ing\s+(?:\p{Ll}+\s+){0,2}$/u;

/** The subject side: the nearest person before the verb, with any others joined to it by "and" or commas. */
function subjectsBefore(a: Analysis, s: Sentence, verbAt: number, prior: readonly Meeting[] = []): number[] {
  const lead = a.parsed.text.slice(Math.max(s.start, verbAt - 400), verbAt);
  // "X also met A, B and C, in addition to holding talks with D": a gerund adjunct's subject is the clause's, the
  // first person opening the sentence, not the names listed just before it.
  if (GERUND_ADJUNCT.test(lead)) {
    const opening = personsIn(a, s.start, verbAt).find((m) => /^[\s“"]*(?:(?:[\p{L}.’'-]+\s+){0,4})?$/u.test(a.parsed.text.slice(s.start, m.start)));
    if (opening) return [opening.entity];
  }
  // "The foreign ministers of Norway and Portugal met": the persons of that role from each country, named before.
  const byRole = ROLES_OF_TWO_PLACES.exec(lead);
  if (byRole) {
    const parties = holdersOf(a, byRole[1]!, [byRole[2]!, byRole[3]!], s.start);
    if (parties) return parties;
  }
  // "The ministers agreed to meet again": a plural of their roles, right after a meeting, stands for those who met.
  // (…whose roles the plural fits: "the foreign ministers" after a meeting of prime ministers are others.)
  const plural = PLURAL_ROLE_SUBJECT.exec(lead);
  if (plural) {
    const met = priorMeetingParties(a, s, prior);
    if (met && met.every((p) => fitsPlural(a.entities[p]!.role, plural[1]!))) return met;
    // ("X's first press conference was with his counterpart, Y. … the leaders have had a meeting": with no meeting
    // told before, the two people the sentence before names, when they are the only ones it names.)
    const before = a.sentences[indexOfSentence(a, s) - 1];
    const named = before && !before.caption ? [...new Set(personsIn(a, before.start, before.end).map((m) => m.entity))] : [];
    if (!met && named.length === 2 && !personsIn(a, s.start, verbAt).length && named.every((p) => !!a.entities[p]!.role && fitsPlural(a.entities[p]!.role, plural[1]!) && LEADING_OFFICE.test(a.entities[p]!.role!))) return named;
  }
  // "After A and B addressed the assembly, they met …": the two the fronted clause named; "Later they met" with
  // nobody named in the sentence: the last two named before it (as "the two" below).
  if (THEY_AFTER.test(lead)) {
    const inSentence = [...new Set(personsIn(a, s.start, verbAt).map((m) => m.entity))];
    if (inSentence.length === 2 && /,\s*(?:\p{Ll}+\s+)?they\s+(?:\w+\s+){0,2}$/u.test(lead)) return inSentence;
    const pair = inSentence.length ? undefined : lastTwoBefore(a, s.start);
    if (pair) return pair;
  }
  if (ORG_PAIR_SUBJECT.test(lead)) {
    const pair = lastTwoOrgsBefore(a, s.start);
    if (pair) return pair;
  }
  // "The two ministers also spoke with …", "…, the two held a meeting": the last two people named before the sentence.
  if (PAIR_SUBJECT.test(lead)) {
    const pair = lastTwoBefore(a, s.start);
    if (pair) return pair;
  }
  // Subjects stand near their verb; the window keeps long sentences linear.
  // ("The envoys, according to X, are …", "Y, on behalf of the President, received …": the one in the aside is no subject.)
  // ("X, a special envoy of President Y, met Z": Y sent X and was not there.)
  // (The persons of the window are read once: the pronoun and organisation checks below look them up again.)
  const persons = personsIn(a, Math.max(s.start, verbAt - 400), verbAt);
  // (…only after someone named before the envoy's comma: "Meanwhile, special representative of the President X and Y
  // held talks" names X as the envoy.)
  const sentBy = (m: Mention) => {
    const envoy = m.start > s.start + 3 ? ENVOY_OF_BEFORE.exec(a.parsed.text.slice(Math.max(s.start, m.start - 90), m.start)) : null;
    const comma = envoy ? m.start - envoy[0].length : -1;
    return !!envoy && persons.some((x) => x.end <= comma && x.end >= comma - 3);
  };
  let before = persons.filter((m) => (!ASIDE_SOURCE.test(a.parsed.text.slice(Math.max(s.start, m.start - 70), m.start)) || /^,\s*who\b/.test(a.parsed.text.slice(m.end, m.end + 8))) && !sentBy(m));
  const out: number[] = [];
  let edge = verbAt;
  // "X, who replaced Y last week as minister, met Z": the name inside the relative clause is not the subject.
  const windowStart = Math.max(s.start, verbAt - 300);
  const relative = RELATIVE_BEFORE_VERB.exec(a.parsed.text.slice(windowStart, verbAt));
  if (relative) {
    const at = windowStart + relative.index;
    const head = before.filter((m) => m.end <= at).pop();
    if (head && /^\s*(?:\([^()]{1,12}\))?\s*$/.test(a.parsed.text.slice(head.end, at))) { before = before.filter((m) => m.end <= at); edge = at; }
  }
  let groupLast = false;
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    // ("arrived in a black Harbour Cruiser to pay a call": a name after an indefinite article is a thing, no subject.)
    if (!out.length && /\b(?:a|an)\s+(?:\p{Ll}+\s+)?$/u.test(a.parsed.text.slice(Math.max(s.start, m.start - 20), m.start))) continue;
    // "Carl Johnson, the chief negotiator, met": the role noun is the same person again.
    if (out.includes(m.entity)) { edge = m.start; continue; }
    // ("Ministers A (Economy-Finance), B (Education) and C": a bracketed portfolio after a name is no part of the join.)
    const gap = a.parsed.text.slice(m.end, edge).replace(BRACKETED_TAG, "");
    // Right to left: the first join must be "and" ("X, Y and Z met"); commas only extend such a list.
    // (A comma closing the gap is a set-off title's only after a title head: "and the Harbour Minister, X", not the
    // fronted clause of "When A and her aides arrived, X met Y".)
    // ("…, and the executive director of Norwind, X": a title and what it is of, set off before the next name.)
    const andJoin = AND_JOIN.test(gap) && (!/,\s*$/.test(gap) || isRoleHead(/(\S+)\s*,\s*$/.exec(gap)?.[1] ?? "") || TITLE_OF_BODY_SET_OFF.test(gap));
    // (Not into a fronted clause: "As the council debates a bill on Norland, Senator A and B met" lists no Norland.)
    // ("A, B and chiefs from the region met": a group joined last by "and" ends the list as a name would.)
    const commaJoin = (out.length >= 2 || groupLast) && COMMA_JOIN.test(gap) && !FRONTED_SUBORDINATE.test(a.parsed.text.slice(s.start, m.end));
    // (…one companion or a list of them, its phrase closed before the verb.)
    const lastCompanion = before.find((x) => x.entity === out[out.length - 1] && x.start >= m.end);
    const alongJoin = out.length >= 1 && ALONG_JOIN.test(gap) && SET_OFF_CLOSES.test(a.parsed.text.slice(lastCompanion?.end ?? verbAt, verbAt));
    // ("After the meeting with X, the delegation then met Y": a subject of its own after the comma, not X.)
    // ("will call on A and meet B": a name right before "and" and the verb is the object of the verb before, no subject.)
    // ("X disclosed this when officials of the chamber paid him a visit": a clause of its own, with its own subject.)
    const joined = out.length === 0 ? !/[;:]/.test(gap) && gap.length < 140 && !GROUP_AFTER_COMMA.test(gap) && !/^\s*,?\s*and\s+(?:(?:also|then|later)\s+)?$/.test(gap) && !/\b(?:when|while|because|although|whereas)\s+\S/i.test(gap) : andJoin || commaJoin || alongJoin;
    if (!joined) break;
    if (out.length === 0) groupLast = GROUP_JOINED_LAST.test(gap);
    out.unshift(m.entity);
    edge = m.start;
  }
  // "The two together with A and B met": the pair named before and those joined to them.
  if (out.length) {
    const first = persons.find((m) => m.entity === out[0]);
    const pair = first && PAIR_TOGETHER_WITH.test(a.parsed.text.slice(s.start, first.start)) ? lastTwoBefore(a, s.start) : undefined;
    if (pair) out.unshift(...pair.filter((p) => !out.includes(p)));
  }
  // "Lind said she and Premier Kool held talks": a pronoun joined to the first subject is the person it stands for.
  if (out.length) {
    const first = persons.find((m) => m.entity === out[0]);
    const pro = first && PRONOUN_AND_BEFORE.exec(a.parsed.text.slice(Math.max(s.start, first.start - 60), first.start));
    if (first && pro) {
      const p = personBefore(a, first.start - pro[0].length, out);
      if (p !== undefined) out.unshift(p);
    }
  }
  // "The doctors' union (HPTDU) led by Secretary General Amani Odero … are meeting": the union takes part too.
  if (out.length) {
    const first = persons.find((m) => m.entity === out[0]);
    const org = first && mentionsIn(a, Math.max(s.start, first.start - 200), first.start).filter((m) => a.entities[m.entity]!.type === "organization").pop();
    if (org && LED_BY.test(a.parsed.text.slice(org.end, first.start))) out.unshift(org.entity);
  }
  if (!out.length) {
    // "He met …", "He flew to Beijing and held talks with …": a pronoun subject, maybe of coordinated verbs.
    const pro = /\b(he|she)\s+(?:\w+\s+){0,2}$/i.exec(lead) ?? /^\s*(he|she)\b[^,;]{0,80}\band\s+(?:\w+\s+){0,1}$/i.exec(lead);
    // A pronoun opening the sentence is most likely the previous sentence's subject ("Ruiz arrived … He was
    // greeted by Holm"), else the nearest person before it.
    // ("Later he conferred with …", "On Tuesday she held …": a short adverb or time phrase may stand before it.)
    const opening = pro && OPENING_BEFORE_PRONOUN.test(a.parsed.text.slice(s.start, verbAt - lead.length + pro.index));
    // When that sentence opens with something else (a quote, a clause), the one who met someone in the sentence
    // or two before is still the topic ("'… PM Varga met the Governor-General,' Lind said. He was then hosted by …").
    // A previous subject whose gender the article shows wins; one it does not show ("Trade Policy … came up") yields
    // to the one who met someone just before.
    const gender = pro && /^she$/i.test(pro[1]!) ? "female" : "male";
    const prev = opening ? previousSubject(a, s) : undefined;
    const sure = prev !== undefined && a.entities[prev]!.gender === gender ? prev : undefined;
    const p = pro ? (opening ? sure ?? priorMeetingSubject(a, s, prior, gender) ?? prev : undefined) ?? personBefore(a, verbAt - lead.length + pro.index) : undefined;
    if (p !== undefined) out.push(p);
  }
  if (!out.length) {
    // "Foreign Trade Minister held talks with …": a bare title opening the clause stands for the one the
    // article gave that title.
    const role = ROLE_SUBJECT.exec(lead);
    const p = role ? personWithRole(a, role[1]!.trim(), verbAt) : undefined;
    if (p !== undefined) out.push(p);
  }
  return out;
}

/** An envoy's title set off after someone, right before the one who sent them: ", a special envoy of President ". */
const ENVOY_OF_BEFORE = /,\s*(?:an?\s+|the\s+)?(?:special\s+|personal\s+)?(?:envoy|representative|emissary|aide|adviser|advisor)\s+(?:of|to)\s+(?:[\p{L}.’'-]+\s+){0,5}(?:[\p{L}.’'-]+,\s+)?$/iu;
// (The source's title may be set off: "according to the Director of Communication, X"; not "According to the
// ministry, X met …", where X opens the clause.)
const ASIDE_SOURCE = new RegExp(`\\b(?:according to|on behalf of|as per)\\s+(?:the\\s+)?(?:(?:[\\p{L}’'-]+\\s+){0,6}|(?:[\\p{L}’'-]+\\s+){0,5}(?:${ROLE_HEADS.filter((h) => /^[a-z-]+$/.test(h)).join("|")})(?:\\s+(?:of|for)(?:\\s+[\\p{L}’'-]+){1,4})?,\\s*)$`, "iu");
// ("joined the two for talks", "met the pair": the bare number or "the pair" too, before a preposition.)
const PAIR_OBJECT = /^\s+(?:with\s+)?(?:(?:the two|both)\s+(?:[\w-]+\s+)?(?:leaders|presidents|ministers|premiers|men|women|sides|heads of state|envoys)\b|(?:the two|the pair|the duo)(?=\s+(?:for|at|in|on|during)\b))/i;
const PRONOUN_AND_BEFORE = /\b(?:he|she)\s+and\s+(?:(?:his|her|the)\s+)?(?:[\p{L}.’'-]+\s+){0,4}$/iu;

/** A relative clause set off by commas right before the verb: ", who replaced Y last week as minister, ". */
// ("A and B, both of whom traveled to Oslo with X, joined …": a quantifier before "whom" the same.)
const RELATIVE_BEFORE_VERB = /,\s*(?:who|whose|(?:both|all|each|neither|one|some|two|three)\s+of\s+whom)\b[^;:,]{0,200}(?:,[^;:,]{0,80})?,\s*(?:also\s+|later\s+|then\s+)?$/;

/** What may open a sentence before its subject pronoun: nothing, or a short adverb or time phrase with no name in it. */
const OPENING_BEFORE_PRONOUN = /^\s*(?:(?:later|then|afterwards|earlier|also|meanwhile|separately|subsequently|next|besides|moreover|in addition|additionally|furthermore|further|likewise|similarly|thereafter|in the meantime|(?:on|late on|early on|by)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the same day))\s*,?\s*)?$/i;

/** "his Iraqi counterpart", "her counterpart": the one met, named only by the role it shares with the subject. */
const COUNTERPART_OBJECT = /^\s+(?:with\s+)?(?:his|her|their)\s+(\p{Lu}[\p{L}-]*\s+)?counterparts?\b/u;

/**
 * "X held talks with his Iraqi counterpart … Kuwaiti Oil Minister X and Iraqi Oil Minister Y agreed …": a counterpart
 * the clause does not name is the first titled person of the next sentence who is not on the subject side.
 */
function counterpartNamedNext(a: Analysis, s: Sentence, end: number, subjects: number[]): number | undefined {
  const counterpart = COUNTERPART_OBJECT.exec(s.text.slice(end, end + 60));
  if (!counterpart) return undefined;
  const i = indexOfSentence(a, s);
  // (A page may repeat the lead as a standfirst: the sentence after a repeat counts as the next one.)
  for (let k = i + 1; k <= i + 2 && k < a.sentences.length; k++) {
    const next = a.sentences[k]!;
    // (Wire copy often gives each sentence its own paragraph: the next one counts too.)
    // (A quote is someone's words, not the narrative naming the counterpart.)
    if (next.caption || next.paragraph > s.paragraph + 2 || /^\s*[“"‘']/.test(next.text)) return undefined;
    const other = personsIn(a, next.start, next.end).find((m) => !subjects.includes(m.entity));
    const title = other ? a.parsed.text.slice(Math.max(next.start, other.start - 60), other.start) : "";
    // Titled, and the title says whose counterpart: the nationality the clause gave ("Iraqi"), else the subject's office.
    const office = a.entities[subjects[0]!]?.role?.split(/\s+/).pop()?.replace(/[^\p{L}-]/gu, "");
    const whose = counterpart[1] ? title.includes(counterpart[1].trim()) : !!office && new RegExp(`\\b${office}\\b`, "i").test(title);
    if (other && TITLE_BEFORE.test(title) && whose) return other.entity;
    if (k === i + 1 && !sameLead(next.text, s.text)) return undefined;
  }
  return undefined;
}

/** Whether sentence `b` repeats lead `a` (a standfirst above the body, or the body under it). */
const sameLead = (a: string, b: string) => { const x = a.replace(/^[^:]{1,30}:\s*/, "").slice(0, 60), y = b.replace(/^[^:]{1,30}:\s*/, "").slice(0, 60); return x.length > 30 && (x === y || a.includes(y) || b.includes(x)); };
/**
 * "Thai Foreign Minister X paid a visit … . Y also held talks with his Thai counterpart": a counterpart of a nationality
 * the clause gives is the one person of that country named before, when there is exactly one (not on the subject side).
 */
function counterpartNamedBefore(a: Analysis, s: Sentence, end: number, subjects: number[]): number | undefined {
  const country = countryOfAdjective(COUNTERPART_OBJECT.exec(s.text.slice(end, end + 60))?.[1]?.trim() ?? "");
  if (!country) return undefined;
  const named = new Set(mentionsIn(a, 0, s.start).map((m) => m.entity));
  const fits = [...named].filter((e) => !subjects.includes(e) && a.entities[e]!.type === "person" && a.entities[e]!.affiliation === country);
  return fits.length === 1 ? fits[0] : undefined;
}
/** A title right before a name: "Iraqi Oil Minister ", "the Dutch foreign minister, ". */
const TITLE_BEFORE = new RegExp(`\\b(?:${ROLE_HEADS.filter((h) => /^[a-z-]+$/.test(h)).join("|")})\\s*,?\\s+$`, "iu");

/** A title with no name, opening a clause right before its verb. */
const ROLE_SUBJECT = new RegExp(`(?:^|[.;:]\\s+|,\\s+)(?:[Tt]he\\s+)?((?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:${ROLE_HEADS.filter((h) => /^[a-z-]+$/.test(h)).map((h) => h[0]!.toUpperCase() + h.slice(1)).join("|")}))\\s+(?:also\\s+)?$`, "u");

/** The one person named before `before` whose role, as the article gave it, ends with these words ("external affairs minister"). */
function personWithRole(a: Analysis, title: string, before: number): number | undefined {
  const t = title.toLowerCase();
  const fits = new Set(mentionsIn(a, 0, before).map((m) => m.entity).filter((e) => a.entities[e]!.type === "person" && (a.entities[e]!.role ?? "").toLowerCase().endsWith(t)));
  return fits.size === 1 ? [...fits][0] : undefined;
}

/** The subject side of the latest meeting told in one of the two sentences before `s`. */
function priorMeetingSubject(a: Analysis, s: Sentence, prior: readonly Meeting[], gender: "male" | "female"): number | undefined {
  const m = latestPrior(a, s, prior, 2, (x) => x.status === "held");
  if (!m) return undefined;
  // The subject, unless the article shows it of the other gender: then "she" is the one shown a woman.
  const known = (p: number) => a.entities[p]!.gender ?? a.entities[p]!.role?.split(" ").map((w) => genderOfTitle(w)).find(Boolean);
  const subject = m.participants[0]!;
  return !known(subject) || known(subject) === gender ? subject : m.participants.find((p) => known(p) === gender);
}

/** How many sentences back "the ministers" looks for the meeting of those it stands for (captions count). */
const PARTIES_BACK = 5;
/**
 * The two people mentioned most often before `at` (by name, alias or role; the later-mentioned first on a tie), when
 * each has a title and two or more mentions: whom "the pair" and "the two" most likely mean. Else undefined.
 */
function mostMentionedPair(a: Analysis, at: number): number[] | undefined {
  const count = new Map<number, { n: number; last: number }>();
  for (const m of a.mentions) {
    if (m.start >= at) break;
    if (a.entities[m.entity]!.type !== "person") continue;
    const c = count.get(m.entity) ?? { n: 0, last: 0 };
    count.set(m.entity, { n: c.n + 1, last: m.start });
  }
  const top = [...count].sort((x, y) => y[1].n - x[1].n || y[1].last - x[1].last).slice(0, 3);
  if (top.length < 2 || top[1]![1].n < 2 || (top[2] && top[2][1].n === top[1]![1].n)) return undefined;
  const pair = [top[0]![0], top[1]![0]];
  return pair.every((p) => a.entities[p]!.role) ? pair : undefined;
}
/** How many sentences back "the two … discussed" may find the meeting of two it tells more of. */
const PAIR_MEETING_BACK = 15;

/** The people of the latest meeting told in the PARTIES_BACK sentences before `s`, when all are people. */
function priorMeetingParties(a: Analysis, s: Sentence, prior: readonly Meeting[]): number[] | undefined {
  // (Not one a photo caption tells: the body's "the ministers" are the body's.)
  const m = latestPrior(a, s, prior, PARTIES_BACK, (x) => x.participants.every((p) => a.entities[p]!.type === "person") && !a.sentences[sentenceOf(a, x)]?.caption);
  return m && [...m.participants];
}

/** "the (foreign) ministers of A and B", "the leaders of A and B" opening the clause: [role plural, A, B]. */
const ROLES_OF_TWO_PLACES = /(?:^|[,;]|\b(?:when|after|as)\s)\s*[Tt]he\s+((?:[a-z]+\s+)?(?:ministers|leaders|presidents|premiers|prime\s+ministers|envoys|ambassadors|chancellors|governors|mayors|secretaries|heads\s+of\s+state))\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})\s+(?:\w+\s+){0,2}$/u;

/**
 * The persons named before offset `before` who hold the role `plural` names ("foreign ministers" → a foreign minister;
 * "leaders" → any role) for each of `places` (country names or adjectives, as lookupPlace reads them), one per place;
 * undefined unless every place has exactly one such person.
 */
function holdersOf(a: Analysis, plural: string, places: readonly string[], before: number): number[] | undefined {
  const role = plural.toLowerCase().replace(/\s+/g, " ").replace(/^(.*?)s( of state)?$/, "$1$2");
  const anyRole = /^(?:leader|head of state)$/.test(role);
  const named = new Set(a.mentions.filter((m) => m.start < before).map((m) => m.entity));
  const out: number[] = [];
  for (const place of places) {
    const country = (lookupPlace(place)?.name ?? countryOfAdjective(place) ?? place).toLowerCase();
    const holders = [...named].filter((i) => {
      const e = a.entities[i]!;
      return e.type === "person" && (e.affiliation ?? "").toLowerCase() === country && !!e.role && (anyRole || e.role.toLowerCase().endsWith(role));
    });
    if (holders.length !== 1 || out.includes(holders[0]!)) return undefined;
    out.push(holders[0]!);
  }
  return out;
}

/** The latest of the meetings found so far (`prior`, in text order) told in the `back` sentences before `s` that `fits`. */
function latestPrior(a: Analysis, s: Sentence, prior: readonly Meeting[], back: number, fits: (m: Meeting) => boolean): Meeting | undefined {
  const i = indexOfSentence(a, s);
  for (let k = prior.length - 1; k >= 0; k--) {
    const m = prior[k]!, j = sentenceOf(a, m);
    if (j < i - back) break;
    if (j < i && fits(m)) return m;
  }
  return undefined;
}

/** Index of the sentence a meeting was told in (-1 when none). */
const sentenceOf = (a: Analysis, m: Meeting) => sentenceStartingAt(a, m.evidence.start);
/** Index of sentence `s` (-1 when none), by binary search: sentences stand in text order, each at its own start. */
const indexOfSentence = (a: Analysis, s: Sentence) => sentenceStartingAt(a, s.start);
/** Index of the sentence that starts at `start` (-1 when none); O(log n), so per-meeting look-ups stay linear overall. */
function sentenceStartingAt(a: Analysis, start: number): number {
  let lo = 0, hi = a.sentences.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a.sentences[mid]!.start < start) lo = mid + 1; else hi = mid; }
  return a.sentences[lo]?.start === start ? lo : -1;
}

/** The first person named in the body sentence before `s`, when it opens that sentence (its subject). */
function previousSubject(a: Analysis, s: Sentence): number | undefined {
  const i = indexOfSentence(a, s);
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    const prev = a.sentences[j]!;
    if (prev.caption) continue;
    const first = personsIn(a, prev.start, prev.end)[0];
    if (!first) continue;
    // ("Meanwhile, Dr. X said …": a sentence adverb set off before the subject.)
    return /^[\s“"]*(?:\p{L}+,\s+)?(?:[\p{L}.’'-]+\s+){0,4}$/u.test(a.parsed.text.slice(prev.start, first.start)) ? first.entity : undefined;
  }
  return undefined;
}

/** The object side: the first person after the verb in its clause, with others joined by "and". */
function objectsAfter(a: Analysis, s: Sentence, from: number, exclude: number[], groups?: number[][], orgs = false): number[] {
  // (A gloss in brackets ends no clause: "the Municipal President (equivalent to mayor) of the City, X"; blanked to
  // the same length, so offsets hold.)
  const rest = a.parsed.text.slice(from, Math.min(s.end, from + CLAUSE_WINDOW)).replace(BRACKETED_GLOSS, (g) => " ".repeat(g.length));
  const first = CLAUSE_END.exec(rest);
  // "spoke with some of the leaders of the opposition parties: MK X, MK Y and MK Z": a group met, then a colon and
  // who they were — the list after the colon is those met, and the clause ends after it.
  const listAt = first?.[0] === ":" && GROUP_BEFORE_COLON.test(rest.slice(0, first.index)) ? first.index + 1 : 0;
  const found = listAt ? CLAUSE_END.exec(rest.slice(listAt)) : first;
  const stop = found ? { text: found[0], index: found.index + listAt } : null;
  let to = from + (stop ? stop.index : rest.length);
  // "met several envoys on the sidelines of the forum, including X, Y and Z": the list of those met goes on past
  // the occasion; it closes at the next clause's end.
  if (stop && /^\s+(?:on the sidelines|about)\b/.test(stop.text)) {
    const including = INCLUDING_AFTER.exec(rest.slice(stop.index));
    if (including) {
      const tail = rest.slice(stop.index + including[0].length);
      to = from + stop.index + including[0].length + (CLAUSE_END.exec(tail)?.index ?? tail.length);
    }
  }
  // "met the Norland Entrepreneurs, who were led by their Ambassador, Ms. Y": the relative clause naming who led the
  // group met goes on to its leader (objectGapOk reads the gap as DELEGATION_LED_BY).
  if (stop && WHO_WERE_LED_BY.test(rest.slice(stop.index))) {
    const led = WHO_WERE_LED_BY.exec(rest.slice(stop.index))!;
    const tail = rest.slice(stop.index + led[0].length);
    to = from + stop.index + led[0].length + (CLAUSE_END.exec(tail)?.index ?? tail.length);
  }
  // "met with the Director of X, Ana Lind; the Director of Y, Ambassador Piet Kool; and …": a press release's
  // list of titles, each set off before its name, goes on past each semicolon.
  for (let k = 0; k < 6 && a.parsed.text[to] === ";" && SET_OFF_NAME_END.test(a.parsed.text.slice(Math.max(from, to - 60), to)) && TITLE_AFTER_SEMICOLON.test(a.parsed.text.slice(to, to + 80)); k++) {
    const tail = a.parsed.text.slice(to + 1, Math.min(s.end, to + 1 + CLAUSE_WINDOW));
    to = to + 1 + (CLAUSE_END.exec(tail)?.index ?? tail.length);
  }
  // (A delegation named as such is met as a party: "met with the US delegation"; its members, when a later sentence
  // names them, join the meeting — see membersMeet.)
  // (…unless a leader was named for it: then the leader stands for it, as DEFINITE_DELEGATION reads.)
  // (…a delegation a country or a name says whose: "a trade delegation" alone is met through those it names.)
  const delegation = (m: Mention) => DELEGATION_NAME.test(a.entities[m.entity]!.name) && (!!a.entities[m.entity]!.affiliation || /^\p{Lu}/u.test(a.entities[m.entity]!.name)) && !DELEGATION_LEADER.test(a.parsed.text.slice(m.start, Math.min(s.end, m.end + 120))) && delegationLeaderBefore(a, s) === undefined;
  // ("received the Prime Minister and his delegation comprising Minister X, General Y, …": a delegation whose members
  // are named after it is no party beside them; DELEGATION_MEMBERS_GAP joins its members to the list.)
  const membersFollow = (m: Mention) => DELEGATION_NAME.test(a.entities[m.entity]!.name) && MEMBERS_FOLLOW.test(a.parsed.text.slice(m.end, m.end + 40));
  const after = (orgs ? mentionsIn(a, from, to).filter((m) => m.end <= to) : mentionsIn(a, from, to).filter((m) => m.end <= to && (isPersonOrKin(a, m) || delegation(m)))).filter((m) => !exclude.includes(m.entity) && !membersFollow(m));
  const out: number[] = [];
  let edge = from + listAt;
  let lastJoinIsAnd = true;
  let prev: Mention | undefined;
  let prevBracketed = false;
  // A name that says who the phrase before it was (a kin word, a role): it takes that phrase's place in the list.
  const standsFor = (m: Mention) => {
    out[out.length - 1] = m.entity;
    if (groups) groups[groups.length - 1]![groups[groups.length - 1]!.length - 1] = m.entity;
    prev = m;
    edge = m.end;
  };
  for (const m of after) {
    // "sat down with Northline Rail chief executive Imogen Trask": a name before a lower-case role and a name is
    // where the one met works, not a second party.
    if (!out.length && AFFILIATION_BEFORE_ROLE.test(a.parsed.text.slice(m.end, m.end + 60))) continue;
    const gap = a.parsed.text.slice(edge, m.start);
    // ("met the minister on Monday, Kari Holm said.": a name a reporting clause closes the sentence after is its speaker.)
    if (/,\s*$/.test(gap) && m.kind === "name" && reportingClauseAfter(a.parsed.text.slice(m.end, m.end + 40))) break;
    // "welcomed Omar Diaz's decision", "met Diaz's deputy, Lena Park": a possessive is not the one met.
    if (/[’']s$/.test(a.parsed.text.slice(m.start, m.end)) || /^[’']s\b/.test(a.parsed.text.slice(m.end, m.end + 3))) { if (out.length) break; edge = m.end; continue; }
    // ("X, Diplomatic Adviser to the President, and Y": a name closing the title set off after the one listed is
    // part of that title; the list goes on after it.)
    if (out.length && /^,\s*\p{Lu}[^,;:“”"]{0,80}\s(?:to|of|for|at)\s+(?:the\s+)?$/u.test(gap)) continue;
    // The first one follows the verb with nothing but a role before it ("met his Korean counterpart, Hong"),
    // not "received a letter from Diaz" or "visited the factory that Diaz built".
    // ("met with a bipartisan US delegation": a delegation's own adjectives before its name.)
    if (!out.length && !objectGapOk(gap) && !(DELEGATION_NAME.test(a.entities[m.entity]!.name) && DELEGATION_GAP.test(gap))) break;
    // "met with representatives of chairman X": those met stand for X; X was not there.
    if (STANDS_FOR_BEFORE.test(a.parsed.text.slice(Math.max(from, m.start - 70), m.start))) { if (out.length) break; edge = m.end; continue; }
    // "and his wife Dina Holt", "and his wife, Dina Holt": the name is the kin the phrase before it spoke of.
    if (out.length && prev?.kind === "kin" && /^,?\s*$/.test(gap)) {
      standsFor(m);
      continue;
    }
    // Joined by "and" or commas, maybe with the next one's role between: "and the club's finance director, ".
    // "Ana Lind of Sweden, Piet Kool of Belgium": where each one is from does not break the list.
    // ("the Harbour Union (HU), Ana Lind": a bracketed short form between is no join.)
    // ("the Prime Minister, the dockers' union (HDU) and …": a body named by its short form in brackets after a description.)
    const bracketed = /\s\($/.test(gap) && a.parsed.text[m.end] === ")";
    // ("the Farmers Federation (FF) and …": the short form of the one just listed is no second party…)
    // (…or the body's name right after its common noun: "the dockers' union HDU".)
    // (…nor the name the article declares for one just listed: "Prime Minister Piet Kool aka Kooly".)
    if (out.length && prev?.entity === m.entity && (bracketed || /^\s+$/.test(gap) || /^\s+(?:aka|a\.k\.a\.?|alias)\s+$/.test(gap))) { prevBracketed = bracketed; edge = m.end; continue; }
    let listGap = (prevBracketed ? gap.replace(/^\)/, "") : gap).replace(/^\s*\([^()]{1,20}\)/, "").replace(/^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}/u, "");
    if (bracketed) listGap = listGap.replace(/\s\($/, "");
    // ("… and the chief executive of Norwind Shipping (NWS) Piet Kool": a body's bracketed short form in the title between.)
    // (…and a body's short form inside the title of a name: ", Commander of the Armed Forces (KAF) General X".)
    const joinGap = listGap.replace(/,[^,]{0,90},/g, ",").replace(/(?<=\p{L})\s\([\p{Lu}\p{L}&.-]{1,20}\)\s*$/u, " ").replace(m.kind === "name" && /\(\p{Lu}[\p{Lu}&.-]{1,10}\)(?:\s+\p{Lu}[\p{L}.’'-]*)+\s*$/u.test(listGap) ? /(?<=\p{L})\s\(\p{Lu}[\p{Lu}&.-]{1,10}\)(?=\s)/gu : /(?!)/gu, "");
    // ("the chief executive of Norwind Shipping (NWS) Piet Kool": the name after the body's short form is the title's.)
    if (out.length && prev?.kind === "role" && a.entities[m.entity]!.type === "person" && /^\s*\([^()]{1,20}\)\s*$/.test(gap)) { standsFor(m); continue; }
    // ("… and Postsecondary Education, Training and Labour Minister X": a title may list its portfolios.)
    // ("met X, as well as his deputy Y": "as well as" joins as "and" does.)
    if (out.length && !DELEGATION_MEMBERS_GAP.test(gap) && !/^(?:[,;]\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+)(?:[\p{L}.’'\s-]|,(?=\s*\p{Lu}))*(?:,\s*)?$/u.test(joinGap.slice(0, 100))) break;
    // "received a call from X and a letter from Y": a second noun with its own preposition is another thing, not a party.
    if (out.length && /\band\s+(?:a|an|the|his|her|their)\s+(?:\p{Ll}+\s+){1,2}(?:from|to)\s+(?:\S+\s+){0,4}$/u.test(joinGap)) break;
    // "held talks with X, meet with Y": another meeting verb in the join starts its own frame.
    if (out.length && MEETING_VERB_IN_GAP.test(joinGap)) break;
    // "spoke with X and told reporters … with Y": a speech verb after "and" starts a new clause, not the next one met.
    if (out.length && joinGap.split(/\s+/).some((w) => SPEECH_VERB_SET.has(w.toLowerCase()))) break;
    // ", and ambassadors X of Brunei, Y of Laos": a plural title opens a second party, met apart from the first.
    if (groups) {
      if (!groups.length || (out.length && NEW_PARTY.test(listGap))) groups.push([]);
      groups[groups.length - 1]!.push(m.entity);
    }
    // "the Serbian Foreign Minister, Mr. Lars Holm": a name set off after a role phrase is that role's person.
    // ("the president of the Harbour Union (HU), Ana Lind": a bracketed short form may stand between.)
    // ("Qatar's Deputy Prime Minister and Minister of Foreign Affairs Sheikh X": a second title joined by "and", then the name.)
    // (Only a person stands for a role phrase: "between the President and the Fishers Federation" is two parties.)
    if (out.length && prev?.kind === "role" && a.entities[m.entity]!.type === "person" && ((/^(?:\s*\([^()]{1,20}\))?,\s*(?:[\p{L}.]+\s+){0,2}$/u.test(gap) && isHonorificOrEmpty(gap.replace(/^\s*\([^()]*\)/, ""))) || (SECOND_TITLE_GAP.test(gap) && m.kind !== "role"))) {
      standsFor(m);
      continue;
    }
    // (A semicolon joins only the items of a list: "X, title; Y, title; and …".)
    if (out.length) lastJoinIsAnd = /\band\b|\bas well as\b/.test(listGap) || /^;/.test(listGap);
    out.push(m.entity);
    prevBracketed = bracketed;
    prev = m;
    edge = m.end;
  }
  // A list closes with "and" ("met A, B and C"); "met A, B raised …" is A, then the next clause's subject B.
  // (…unless the list goes on with names the article gives no one else: "A, B, Moen and Kool".)
  // (…or with a group after "and": "met A, B and some cabinet members" lists B too.)
  if (out.length > 1 && !lastJoinIsAnd && !LIST_GOES_ON.test(a.parsed.text.slice(edge, Math.min(to, edge + 120))) && !LIST_CLOSES_WITH_GROUP.test(a.parsed.text.slice(edge, edge + 60))) {
    out.pop();
    if (groups) { const g = groups[groups.length - 1]!; g.pop(); if (!g.length) groups.pop(); }
  }
  if (!out.length) {
    PRONOUN.lastIndex = 0;
    const pro = PRONOUN.exec(a.parsed.text.slice(from, to));
    if (pro && pro.index < 20) {
      // "Brandt, who paid him a courtesy visit": the nearest person before the verb who is not its subject.
      const p = personBefore(a, from, exclude);
      if (p !== undefined) out.push(p);
    }
  }
  // "Later, Minister X also received the US delegation": a delegation told of just before, led or headed by someone,
  // is met through its leader.
  if (!out.length && DEFINITE_DELEGATION.test(a.parsed.text.slice(from, to))) {
    const leader = delegationLeaderBefore(a, s);
    if (leader !== undefined && !exclude.includes(leader)) out.push(leader);
  }
  return out;
}

/** "the (visiting) delegation (then/also)" right before the verb, opening its clause. */
// ("Earlier, the delegates were accorded a warm welcome by …": its members, or its visitors, likewise.)
// ("On Tuesday the joint Norway-Sweden delegation held …": after a time phrase opening the sentence too.)
// ("The team, comprising representatives of …, met with …": the team told of as led by someone just before, and the
// phrase set off after it.)
const THE_DELEGATION_SUBJECT = /(?:^|[,;]\s*|^\s*(?:[Oo]n|[Ii]n|[Ll]ast|[Ee]arlier|[Ll]ater)\s+[\p{L}\d]+(?:\s+and\s+[\p{L}\d]+)?\s+)[“"]?the\s+(?:[\p{L}-]+\s+){0,3}?(?:delegation|delegates|visitors|visiting team|team)\s*(?:,[^;:“”"]{1,160},\s*)?(?:(?:then|also|later|subsequently|has|had|have)\s+)*$/iu;
/** A group's noun phrase opening the clause after a comma: ", the delegation then". */
const GROUP_AFTER_COMMA = new RegExp(`,\\s*(?:the|this|that|a|an|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${GROUP_NOUNS})\\b(?![’'])`, "iu");
/** "the (US) delegation" right after a verb, not one described anew ("the delegation of X", "… led by Y"). */
const DEFINITE_DELEGATION = /^\s*the\s+(?:[\p{L}-]+\s+){0,3}delegation\b(?!\s+(?:of|from|led|headed|which|that)\b)/iu;
/** "a delegation, headed by", "a delegation led by": where its leader is named. */
// ("a team of delegates from Norland led by Mayor X, City Manager Y and Z": a team of delegates too.)
const DELEGATION_LEADER = /\b(?:delegation|delegates)\b[^.;]{0,100}?\b(?:led|headed)\s+by\s+/iu;

/**
 * The first reading `read` gives of what follows "delegation … led/headed by" in the `reach` sentences before `s`
 * (nearest first): `read` gets the sentence and the offset after "by", and returns undefined to look further back.
 */
function afterLedByBefore<T>(a: Analysis, s: Sentence, reach: number, read: (t: Sentence, at: number) => T | undefined): T | undefined {
  const i = indexOfSentence(a, s);
  for (let k = i - 1; k >= Math.max(0, i - reach); k--) {
    const t = a.sentences[k]!;
    const m = DELEGATION_LEADER.exec(t.text);
    const found = m ? read(t, t.start + m.index + m[0].length) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

/** "X led a delegation", "X headed the team": [, the verb]. */
const LED_A_DELEGATION = /\b(led|headed)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:delegation|team|mission)\b/iu;
/** A body named before "delegation" ending the text: "the BoG delegation", "The Bank of Norland delegation". [, body] */
const BODY_DELEGATION = /\b[Tt]he\s+((?:\p{Lu}[\p{L}&.’'-]*\s+|of\s+){1,5})delegation\b[^,;.]{0,40}$/u;

/**
 * The leader of a delegation told of before without "led by": for "the <Body> delegation", the one person the article
 * names as of that body (by its name or its initials, "BoG" for "Bank of Ghana"); else the one who "led a delegation"
 * in the eight sentences before `s`. [] when neither is named.
 */
function bodyDelegationLeader(a: Analysis, s: Sentence, lead: string): number[] {
  const body = BODY_DELEGATION.exec(lead)?.[1]?.trim();
  if (body) {
    const key = body.toLowerCase();
    const org = a.entities.findIndex((e) => e.type === "organization" && (e.name.toLowerCase() === key || initialsWithOf(e.name).toLowerCase() === key));
    const heads = org >= 0 ? peopleOfBody(a.entities, org) : [];
    if (heads.length === 1) return heads;
  }
  // (Only "the delegation" itself: "the Chinese delegation" is a delegation of its own.)
  if (!/\b[Tt]he\s+delegation\b[^,;.]{0,40}$/.test(lead)) return [];
  const i = indexOfSentence(a, s);
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const t = a.sentences[k]!;
    const m = LED_A_DELEGATION.exec(t.text);
    const leader = m ? personsIn(a, t.start, t.start + m.index).pop() : undefined;
    if (leader) return [leader.entity];
  }
  return [];
}

/** The person named right after "delegation … led/headed by" in one of the three sentences before `s`, if any. */
function delegationLeaderBefore(a: Analysis, s: Sentence): number | undefined {
  return afterLedByBefore(a, s, 3, (t, at) => personsIn(a, at, Math.min(t.end, at + 60))[0]?.entity);
}

/**
 * The people named after "delegation … led/headed by" in one of the eight sentences before `s`: the leader and any
 * others listed with them ("led by Mayor X, City Manager Y and Z"); empty when there is none.
 * (Further back than a leader alone: "the delegates" is said of a delegation told of in the lead, quotes between.)
 */
function delegationPeopleBefore(a: Analysis, s: Sentence): number[] {
  return afterLedByBefore(a, s, 8, (t, at) => { const people = objectsAfter(a, t, at, []); return people.length ? people : undefined; }) ?? [];
}

/** A second meeting noun and its "with", after a time preposition: "ahead of talks with ". */
const OTHER_MEETING_WITH = /\b(?:ahead of|before|after|prior to|following)\s+(?:(?:the|their|a|an|his|her)\s+)?(?:[\w-]+\s+){0,2}(?:talks|meetings?|calls?|visits?|summit)\s+with\s*$/i;
/** After the last name of a list: "and" and a plural common noun phrase ("…, Moen and some cabinet members"). */
// ("…, Y, Minister of State and other Senior Executives": a title set off after the last name may stand before "and";
// after "other", "senior", the group's words may be capitalised.)
const LIST_CLOSES_WITH_GROUP = /^(?:,\s*(?:[\p{L}.’'-]+\s+){0,4}?[\p{L}.’'-]+(?=\s+and\s))?,?\s+and\s+(?!(?:he|she|they|it|we|then|also|later)\b)(?:(?:a\s+few|a\s+number\s+of)\s+)?(?:(?:[\p{Ll}-]+\s+){0,3}\p{Ll}[\p{Ll}-]+s\b|(?:other|several|some|many|senior|top|various|all)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+s\b)/u;
/** After a listed name: more capitalised words in the list, the last after "and" ("…, Moen and Kool"). */
const LIST_GOES_ON = /^,\s*(?:\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?\s*,\s*)*\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?,?\s+and\s+\p{Lu}/u;
const SIDELINES_LIST = /^[^;:.“”"]{0,80}?\bon the (?:sidelines|margins)\b[^;:.“”"]{0,120}?,\s*(?:including|among them|such as)\s/;
const INCLUDING_AFTER = /^[^;:.“”"]{0,120}?,\s*(?:including|among them|such as)\s/;

/** After a name: a lower-case role phrase and the next name ("… chief executive Imogen Trask"). */
const AFFILIATION_BEFORE_ROLE = new RegExp(`^\\s+(?:(?!(?:and|or|with|his|her|their|its|the|a|an|to|of)\\s)[a-z-]+\\s+){0,3}(?:${ROLE_HEADS.filter((h) => /^[a-z]+$/.test(h)).join("|")})\\s+\\p{Lu}`, "u");

/** The first person after the comma that closes a fronted phrase ("In his meeting with Y on Monday, X …"). */
function mainClauseSubject(a: Analysis, s: Sentence, from: number, at = s.start): number[] {
  const text = a.parsed.text;
  // The phrase opens the sentence, or follows a comma: "Besides …, in the bilateral meeting with X, Mr. Y discussed".
  // ("Regarding his recent meeting with X, Y said": a phrase about the meeting fronts it too.)
  // ("Engaging with X at State House, Y said": a participle with its partner fronts it too.)
  // ("But following talks with X, Y said": a conjunction may open the sentence before the phrase.)
  // ("While meeting with X, Y stated …": a participle after "while" or "when" too.)
  // ("Speaking after his meeting with X, Y said", "Addressing reporters after meeting X, Y …": a participle of
  // speech, its audience, and the time of the meeting.)
  const fronted = /^[\s“"]*(?:(?:but|and|yet|so|however,?|meanwhile,?)\s+)?(?:in|during|at|after|before|following|on|for|ahead of|regarding|about|speaking (?:about|of)|asked about|referring to|commenting on|on the subject of|(?:(?:while|when)\s+)?(?:meeting|engaging|interacting|talking|speaking) with|(?:speaking|addressing|briefing|talking)\s+(?:(?:to|with)\s+)?(?:(?:the\s+)?(?:journalists|reporters|newsmen|press|media|newsmen|correspondents)\s+)?(?:shortly\s+|soon\s+|just\s+)?(?:after|following|at the end of|on the sidelines of))\b/i.test(text.slice(s.start, s.start + 70))
    || FRONTED_AFTER_COMMA.test(text.slice(Math.max(s.start, at - 60), at));
  if (!fronted) return [];
  const objects = objectsAfter(a, s, from, []);
  // The first person after the fronted phrases who opens a clause: ", Mr. Varga sought", ", on the margins …, X said".
  const next = personsIn(a, from, Math.min(s.end, from + 300)).find((m) => !objects.includes(m.entity)
    // (Up to six title words: "…, Ambassador of Chile to Norway Ivo Brandt expressed".)
    && /,\s*(?:[\p{L}.’'-]+\s+){0,6}$/u.test(text.slice(Math.max(from, m.start - 60), m.start))
    // (Not one met by a verb of its own: "…, meet with Secretary General X".)
    && !MEETING_VERB_IN_GAP.test(/,([^,]*)$/.exec(text.slice(Math.max(from, m.start - 60), m.start))?.[1] ?? ""));
  if (next) return [next.entity];
  // "Regarding his recent meeting with X in Y, he affirmed …": the pronoun opening the main clause is the one the
  // sentence before was about (or the last person named before the sentence).
  const pro = /,\s*(he|she)\s+\p{Ll}/u.exec(text.slice(from, Math.min(s.end, from + 200)));
  if (pro && !/[.;]/.test(text.slice(from, from + pro.index))) {
    const p = previousSubject(a, s) ?? personBefore(a, s.start);
    if (p !== undefined && !objects.includes(p)) return [p];
  }
  return [];
}

const FRONTED_AFTER_COMMA = /,\s*(?:in|during|at|after|following)\s+(?:the|his|her|their|a|an)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

const SPEECH_VERB_SET = new Set(SPEECH_VERBS);

/** Words that may stand between a meeting verb and the person met: roles, titles, portfolios, determiners. */
const OBJECT_GAP_WORDS = new Set([
  ...ROLE_HEADS, ...ROLE_MODIFIERS, ...PORTFOLIO_WORDS, ...ORG_NOUNS, ...ORG_HEADS,
  "the", "a", "an", "his", "her", "their", "its", "counterpart", "counterparts", "peer", "peers", "fellow", "visiting", "new", "top",
  "delegation", "delegations", "led", "headed", "by", "of", "from", "representatives", "members", "officials", "team", "s",
  // "received the credentials of Ambassador X": the envoy presents them in person.
  "credentials", "letters", "credence", "copy", "colleague", "colleagues",
  // Time and manner words between a verb and the one met: "received yesterday the Speaker", "met on Monday with".
  "yesterday", "today", "tonight", "here", "there", "separately", "also", "later", "again", "briefly", "privately",
  "on", "in", "at", "this", "last", "morning", "evening", "afternoon", "night", "week", "newly", "appointed", "elected",
  "incoming", "outgoing", "designate", "predecessor", "successor", "then", "current", "host", "special", "visiting", "to",
  // "Deputy Minister for Shipping X": a portfolio after "for".
  "for",
  "provincial", "regional", "local", "municipal", "district", "county", "city", "elected", "opposition", "ruling",
  // "called both X and Y": both of those named next.
  "both",
]);
/** Meetings in the plural fronting the clause: "In the meetings, ", "During these meetings, ". */
const FRONTED_MEETINGS = /^[“"]?(?:In|During|At)\s+(?:the|these|those|both|separate)\s+(?:[\w-]+\s+)?meetings\s*,/u;
/** A plural title and "of" right after a meeting verb: " with the Premiers of ", " the foreign ministers of ". [, title] */
const PLURAL_TITLE_OF = /^\s+(?:with\s+)?(?:the\s+)?(?:[\p{L}-]+\s+)?(\p{L}+s)\s+of\s+(?:the\s+)?/u;

/**
 * The people a plural title met names by what each holds it of ("the Premiers of A, B and C"): for each item listed,
 * the one person whose role has that title and that place or body (in the role or as affiliation). Offsets: `end` is
 * the verb's end in the sentence. [] when the title is no plural of a role head or no item has exactly one holder.
 */
function holdersOfPluralTitle(a: Analysis, s: Sentence, end: number, not: readonly number[]): number[] {
  const m = PLURAL_TITLE_OF.exec(s.text.slice(end, end + 80));
  if (!m || !isPluralRoleHead(m[1]!)) return [];
  const title = m[1]!.toLowerCase().replace(/ies$/, "y").replace(/s$/, "");
  const listStart = end + m[0].length;
  const list = s.text.slice(listStart, clauseEnd(s.text, listStart)).split(/\s+(?:to|for|on|in|at|during|after|before)\s+/)[0]!;
  const out: number[] = [];
  for (const raw of list.split(/,\s*(?:and\s+)?|\s+and\s+/)) {
    const item = raw.replace(/^the\s+/i, "").trim().toLowerCase();
    if (!item || !/^\p{Lu}/u.test(raw.replace(/^the\s+/i, "").trim())) continue;
    const holders = a.entities.flatMap((e, i) => (e.type === "person" && !not.includes(i) && !!e.role && e.role.toLowerCase().split(/\s+/).includes(title)
      && (new RegExp(`(?:^|\\s)${item.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:$|\\s)`).test(e.role.toLowerCase()) || e.affiliation?.toLowerCase() === item) ? [i] : []));
    if (holders.length === 1 && !out.includes(holders[0]!)) out.push(holders[0]!);
  }
  return out;
}

/** A delegation right after a meeting verb: " the delegation of ", " a parliamentary delegation". */
const DELEGATION_MET = /^\s+(?:with\s+)?(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}delegation\b/iu;
/** Call rules whose object is the one rung up ("called X", "phoned X"): several objects are one call each. */
const ONE_CALL_EACH: ReadonlySet<string> = new Set(["called-someone", "phoned"]);
/** A relative clause saying who led the group just named: ", who were led by ". */
const WHO_WERE_LED_BY = /^,\s+(?:who|which)\s+(?:were|was|are|is)\s+(?:led|headed)\s+by\s+/i;
/** A delegation named before the one leading it: "a delegation of the growers' union led by", "a team from X headed by". */
// ("met the Norland Entrepreneurs, who were led by their Ambassador, Ms. Y": a plural of people the same, with "led
// by" right after it or its "who were".)
const DELEGATION_LED_BY = new RegExp(`^\\s*(?:(?:a|an|the)\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?(?:(?:delegations?|team|mission|contingent|group)\\b[^;:.“”"]{0,120}?|(?:${GROUP_MEMBER_NOUNS.join("|")}|fishermen|fisherwomen)\\b(?:\\s+(?:from|of)\\s+(?:[\\p{L}’'-]+\\s+){1,3}?)?,?\\s+(?:who\\s+(?:were|was)\\s+)?)\\b(?:led|headed)\\s+by\\b`, "iu");
/**
 * Right before a name: those who stand for that person ("representatives of PA chairman", "an envoy of President").
 * (Not "the Special Envoy of the President, X": a name set off by a comma is the envoy.)
 */
const STANDS_FOR_BEFORE = /\b(?:representatives?|envoys?|emissar(?:y|ies)|aides?|advisers?|advisors?|delegates|officials|staff)\s+(?:of|to|for|from)\s+(?:[\p{L}.’'-]+\s+){0,4}$/iu;

function objectGapOk(gap: string): boolean {
  // "called on the Municipal President (equivalent to mayor) of the City, Engineer X": a gloss in brackets is an aside.
  gap = gap.replace(BRACKETED_GLOSS, "");
  // "met the unions ahead of talks with X": the "with" is the other meeting's, told as to come or past.
  if (OTHER_MEETING_WITH.test(gap)) return false;
  // "met at a hotel by the river with federal mediator X", "met business leaders, including Toyota chairman X":
  // only what follows the last "with" or "including" counts.
  // "received a delegation of Swiss chocolate makers led by Mrs Y": the one leading the delegation is met.
  const led = DELEGATION_LED_BY.exec(gap);
  const tail = (led ? gap.slice(led.index + led[0].length) : gap).split(/\b(?:with|including|among them|such as)\b/).pop()!;
  const words = tail.replace(/[,()]/g, " ").split(/\s+/).filter(Boolean);
  // "met US special envoy on Afghan peace, Piet Kool,": a role phrase set off by a comma before the name.
  // ("held a discussion with presidents of Chile, X, Y of Peru and …": a plural title too.)
  if (words.length <= 10 && /,\s*$/.test(tail) && words.some((w) => ROLE_HEADS.includes(w.toLowerCase()) || isPluralRoleHead(w) || /^boss(?:es)?$/i.test(w)) && !/[;:]/.test(tail)) return true;
  // (Up to 16 words: "received at Seif Palace yesterday Minister of Public Works and Minister of State for …"; 24 when
  // a comma sets off a second title: "received High Representative of the EU for Foreign Affairs and Security Policy,
  // Vice President of the EU Commission X".)
  if (words.length <= (/,/.test(tail) ? 24 : 16) && words.every((w) => /^\p{Lu}/u.test(w) || /[’']s$|s[’']$/.test(w) || OBJECT_GAP_WORDS.has(w.toLowerCase()) || !!countryOfAdjective(w) || /^\p{Ll}+-\p{Ll}+$/u.test(w))) return true;
  // "met with senior players in the team and coach X": a group met, then the one named after "and" (the group's
  // members may be named later: MEMBER_CUES).
  // ("met with his Lithuanian, French and British counterparts, as well as X": "as well as" joins as "and" does.)
  const asWellAs = tail.lastIndexOf(" as well as ");
  const andAt = asWellAs > 0 ? asWellAs : tail.lastIndexOf(" and ");
  const joinLength = asWellAs > 0 ? 12 : 5;
  if (andAt > 0 && (GROUP_NOUN_IN.test(tail.slice(0, andAt)) || COUNTERPARTS_IN.test(tail.slice(0, andAt))) && objectGapOk(tail.slice(andAt + joinLength))) return true;
  // "met central bank governor Mr. Diaz", "met veteran union organiser Lea Moss": plain modifiers before a role head.
  const lower = words.filter((w) => !/^\p{Lu}/u.test(w));
  // ("talks between the dockers' union HDU and …", "met the carmaker Stellantis": a body's common noun before its name.)
  const head = lower[lower.length - 1]?.toLowerCase();
  return words.length <= 6 && lower.length > 0 && (ROLE_HEADS.includes(head!) || ONE_WORD_ORG_NOUNS.has(head!))
    && lower.every((w) => /^\p{Ll}+$/u.test(w) && !NOT_A_MODIFIER.has(w) && !/(?:ing|ed)$/.test(w));
}
/** A group of people met, closing at a colon: " some of the leaders of the opposition parties", " three mayors". */
const GROUP_BEFORE_COLON = new RegExp(`^\\s*(?:[\\p{L}’'-]+\\s+){0,4}?(?:${GROUP_MEMBER_NOUNS.join("|")})(?:\\s+(?:of|from|in)\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?[\\p{L}’'-]+)?\\s*$`, "iu");
/** A lower-case gloss or an editor's insertion in brackets: " (equivalent to mayor)", " [outgoing]". */
const BRACKETED_GLOSS = /\s*(?:\(\p{Ll}[^()]{0,40}\)|\[\p{Ll}[^[\]]{0,40}\])/gu;
/** One-word common nouns of bodies (ORG_NOUNS): "the union", "the airline". */
const ONE_WORD_ORG_NOUNS: ReadonlySet<string> = new Set(ORG_NOUNS.filter((n) => !n.includes(" ")));
/** After a semicolon, the next item of a list of titles: "; the Director for Latin America of …" (a role head early). */
const TITLE_AFTER_SEMICOLON = new RegExp(`^;\\s+(?:and\\s+)?(?:the|a|an)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:${ROLE_HEADS.filter((h) => /^[a-z-]+$/.test(h)).join("|")})\\b`, "iu");
/** A title's phrase closing with the name set off after it: ", Ana Lind", ", Ambassador Piet Kool". */
const SET_OFF_NAME_END = /,\s*(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}\p{Lu}[\p{L}.’'-]*$/u;
/** Counterparts met, unnamed, ending a phrase: "his Lithuanian, French and British counterparts,". */
const COUNTERPARTS_IN = /\bcounterparts,?\s*$/i;
/** A phrase ending with a plural of people met as a group (GROUP_MEMBER_NOUNS), maybe with where they are from. */
// ("met with affected residents, government officials, and Governor X": a list of groups, its comma before "and".)
const GROUP_NOUN_IN = new RegExp(`\\b(?:${GROUP_MEMBER_NOUNS.join("|")})(?:\\s+(?:in|of|from|at)\\s+[^,;]{1,40})?,?\\s*$`, "i");
/** Words that end a role phrase rather than build it: "met reporters after the governor …". */
const NOT_A_MODIFIER = new Set(["after", "before", "and", "but", "or", "that", "which", "who", "when", "while", "where", "for", "to", "with", "about", "as", "than", "then", "said", "says"]);

/** Meetings told by a verb ("X met with Y") or a noun ("talks between X and Y") in one sentence. */
/** What a meeting frame reads a sentence with, and how it records what it finds (offsets are the sentence's). */
interface FrameContext {
  a: Analysis;
  s: Sentence;
  text: string;
  /** `text` lower-cased (for substring pre-checks). */
  lower: string;
  /** Meetings found in earlier sentences (a pronoun subject may be one of their participants). */
  prior: readonly Meeting[];
  /** Records a meeting of `participants` evoked by text[at, end); with `group`, a delegation's meeting whose members come later. */
  add(participants: number[], kind: Meeting["kind"], rule: string, at: number, end: number, status?: ReturnType<typeof meetingStatus>, group?: boolean): Meeting | undefined;
  /** Meetings with a group named only by a plural noun ("the leadership of three unions") → that noun ("unions"). */
  groupObjects: Map<Meeting, string>;
  /** Marks text[x, y) as read by a frame; later frames skip what is taken. */
  take(x: number, y: number): void;
  isTaken(x: number, y: number): boolean;
}

/** A meeting frame told by a noun or a phrase rather than a verb: id (the meeting's `rule`), why it holds, an example a test runs. */
export interface MeetingNounFrame {
  id: string;
  reason: string;
  example: string;
  read(c: FrameContext): void;
}

/** The status a meeting noun phrase itself gives: "a meeting will be held between X and Y" has not happened yet. */
const statusAround = (text: string, at: number) => meetingStatus(text.slice(0, at), text.slice(at));

/** Meeting frames evoked by nouns and phrases, read in this order before the verbs (table: MEETING_VERBS). */
export const MEETING_NOUN_FRAMES: readonly MeetingNounFrame[] = [
  {
    id: "noun-between",
    reason: "a meeting noun with 'between' (or 'involving') names both sides; two organisations are the sides when no two people are",
    example: "Talks between Mira Holt and Ivo Brandt ran late in Bergen.",
    read({ a, s, text, lower, add, take }) {
      // (The pattern opens with an alternation of every meeting noun: most sentences have no "between" to find.)
      if (!lower.includes("between") && !lower.includes("involving")) return;
      BETWEEN.lastIndex = 0;
      for (let m = BETWEEN.exec(text); m; m = BETWEEN.exec(text)) {
        // ("The meeting reviewed aspects of cooperation between A and B": "between" is the verb's object's, not the
        // meeting's — a past tense with words after it, or a noun of ties right before it.)
        // (Read on from after the noun: "The talks followed a video call last month between A and B" has one nearer.)
        const gap = m[0].slice(m[1]!.length);
        // (A participle right after the noun modifies it: "The meeting organised by the embassy between A and B".)
        if ((/\b\p{Ll}{3,}ed\s+(?!(?:on|in|at|last|this|earlier|late|yesterday|today|again|here|there|by|for)\b)\p{Ll}\S*\s/u.test(gap) && !/^\s+\p{Ll}{3,}ed\s/u.test(gap)) || TIES_BEFORE_BETWEEN.test(gap)) { BETWEEN.lastIndex = m.index + m[1]!.length; continue; }
        const from = s.start + m.index + m[0].length;
        let ps = objectsAfter(a, s, from, []);
        if (ps.length < 2) ps = objectsAfter(a, s, from, [], undefined, true);
        take(m.index, m.index + m[0].length);
        add(ps, /call/i.test(m[1]!) ? "call" : "in_person", "noun-between", m.index, m.index + m[0].length, statusAround(text, m.index));
      }
    },
  },
  {
    id: "noun-of-with",
    reason: "a meeting noun with 'of' names one side and 'with' the other: 'the meeting of X with Y'",
    example: "Trade was the theme of the meeting of Deputy Minister Mira Holt with State Secretary Ivo Brandt in Bergen.",
    read({ a, s, text, lower, add, take }) {
      if (!lower.includes(" of ") || !lower.includes(" with ")) return;
      NOUN_OF_WITH.lastIndex = 0;
      for (let m = NOUN_OF_WITH.exec(text); m; m = NOUN_OF_WITH.exec(text)) {
        const from = s.start + m.index + m[0].length;
        const withAt = /^[^.;:“”"]{1,160}?\swith\s/.exec(text.slice(m.index + m[0].length));
        if (!withAt) continue;
        const first = objectsAfter(a, s, from, []);
        const second = first.length ? objectsAfter(a, s, from + withAt[0].length, first) : [];
        // (Both sides named, the first right after "of": "the meeting of the board with X" names one side only.)
        if (!second.length || !personsIn(a, from, from + withAt[0].length).some((p) => first.includes(p.entity))) continue;
        take(m.index, m.index + m[0].length);
        add([...first, ...second], /call|conversation/i.test(m[1]!) ? "call" : "in_person", "noun-of-with", m.index, m.index + m[0].length, statusAround(text, m.index));
      }
    },
  },
  {
    id: "co-chaired-by",
    reason: "a meeting co-chaired by two people, or talks led by two (one for each side), had both at it",
    example: "The talks were co-chaired by Mira Holt and Ivo Brandt in Bergen.",
    read({ a, s, text, add, take }) {
      CO_CHAIRED_BY.lastIndex = 0;
      for (let m = CO_CHAIRED_BY.exec(text); m; m = CO_CHAIRED_BY.exec(text)) {
        const ps = objectsAfter(a, s, s.start + m.index! + m[0].length, []);
        if (ps.length < 2) continue;
        take(m.index!, m.index! + m[0].length);
        add(ps, "in_person", "co-chaired-by", m.index!, m.index! + m[0].length, statusAround(text, m.index!));
      }
    },
  },
  {
    id: "meal-hosted-by",
    reason: "a meal hosted by X for Y, or a meal by X that Y attended: the host and the guest were at one table",
    example: "An informal dinner was held in Bergen on Monday, hosted by Mira Holt for Ivo Brandt.",
    read({ a, s, text, prior, add, take }) {
      for (const m of text.matchAll(MEAL_HOSTED_BY)) {
        const at = m.index!, end = at + m[0].length;
        const clause = s.start + clauseEnd(text, end);
        const host = personsIn(a, s.start + end, clause)[0];
        if (!host || !/^\s*(?:the\s+)?$/i.test(a.parsed.text.slice(s.start + end, host.start).replace(/^(?:[\p{L}.’'-]+\s+){0,4}/u, ""))) continue;
        // The guest: after "for" / "in honour of" (at most a place or a date between), else the one who attended it.
        const rest = a.parsed.text.slice(host.end, clause);
        const cue = /^[^.;:“”"]{0,60}?\b(?:for|in honou?r of)\s+/iu.exec(rest);
        let guests = cue ? personsIn(a, host.end + cue[0].length, Math.min(clause, host.end + cue[0].length + 80)).slice(0, 1).map((x) => x.entity) : [];
        const attended = AT_MEAL_BEFORE.exec(text.slice(0, at));
        if (!guests.length && attended) guests = subjectsBefore(a, s, s.start + attended.index, prior);
        if (!guests.length) continue;
        take(at, end);
        add([...guests, host.entity], "in_person", "meal-hosted-by", at, end, statusAround(text, at));
      }
    },
  },
  {
    id: "noun-of",
    reason: "'the meeting of X and Y': those the meeting is of are its participants",
    example: "The bilateral meeting of foreign ministers Mira Holt and Ivo Brandt began in Bergen.",
    read({ a, s, text, add, take }) {
      NOUN_OF.lastIndex = 0;
      for (let m = NOUN_OF.exec(text); m; m = NOUN_OF.exec(text)) {
        const from = s.start + m.index! + m[0].length;
        const first = personsOf(a, s, text, m.index!, m[0].length);
        if (!first || !ofGapOk(a.parsed.text.slice(from, first.start))) continue;
        const ps = objectsAfter(a, s, first.start, []);
        if (ps.length < 2) continue;
        take(m.index!, m.index! + m[0].length);
        add(ps, "in_person", "noun-of", m.index!, m.index! + m[0].length, statusAround(text, m.index!));
      }
    },
  },
  {
    id: "body-meeting",
    reason: "'At the meeting of <body> …, X briefed …': the body whose meeting it was, and the one the main clause has at it",
    example: "At the meeting of the Delta Governors’ Forum held on Monday, the Minister of Health, Dr. Mira Holt briefed the governors.",
    read({ a, s, text, add, take, isTaken }) {
      NOUN_OF.lastIndex = 0;
      for (let m = NOUN_OF.exec(text); m; m = NOUN_OF.exec(text)) {
        const from = s.start + m.index! + m[0].length;
        const first = personsOf(a, s, text, m.index!, m[0].length);
        if (first && ofGapOk(a.parsed.text.slice(from, first.start))) continue;
        const body = mentionsIn(a, from, from + 6).find((x) => a.entities[x.entity]!.type === "organization" && /^(?:the\s+)?$/i.test(a.parsed.text.slice(from, x.start)));
        const subject = body ? mainClauseSubject(a, s, body.end, s.start + m.index!) : [];
        if (!body || !subject.length || isTaken(m.index!, m.index! + m[0].length)) continue;
        take(m.index!, m.index! + m[0].length);
        add([subject[0]!, body.entity], "in_person", "body-meeting", m.index!, m.index! + m[0].length, statusAround(text, m.index!));
      }
    },
  },
  {
    id: "reported-call",
    reason: "'X told reporters that Y had called to apologise': the one who called, and the teller called",
    example: "Mira Holt told reporters that Ivo Brandt had called her to apologise.",
    read({ a, s, text, prior, add, take, isTaken }) {
      const reported = REPORTED_CALL.exec(text);
      if (!reported) return;
      const verbAt = s.start + reported.index;
      const callAt = s.start + reported.index + reported[0].length;
      const teller = subjectsBefore(a, s, verbAt, prior)[0];
      const caller = personsIn(a, verbAt, callAt).pop();
      if (teller === undefined || !caller || caller.entity === teller || isTaken(reported.index, reported.index + reported[0].length)) return;
      const word = callAt - s.start - /\w+$/.exec(reported[0])![0].length;
      take(word, callAt - s.start);
      add([caller.entity, teller], "call", "reported-call", word, callAt - s.start);
    },
  },
  {
    id: "fronted-with",
    reason: "'With X, he reviewed …': a with-phrase fronting a clause that talks things over names the one met",
    example: "Mira Holt flew to Bergen. With Harbour Board chair Ivo Brandt, she reviewed the port's budget.",
    read({ a, s, text, add, take, isTaken }) {
      const opening = FRONTED_WITH.exec(text);
      const comma = opening ? text.indexOf(",", opening[0].length) : -1;
      if (!opening || comma < 0 || comma > 160 || isTaken(0, comma)) return;
      const verb = TALKED_OVER.exec(text.slice(comma + 1, comma + 120));
      if (!verb) return;
      const inPhrase = personsIn(a, s.start, s.start + comma);
      // (The phrase ends right after the name: "With X away on holiday, she …" tells no meeting.)
      const lastNamed = inPhrase[inPhrase.length - 1];
      if (!lastNamed || !/^\s*(?:\([^()]{1,30}\))?\s*$/.test(text.slice(lastNamed.end - s.start, comma))) return;
      const met = objectsAfter(a, s, s.start + opening[0].length - 1, []).filter((e) => inPhrase.some((m) => m.entity === e));
      if (!met.length) return;
      // The clause's subject: a person named before the verb, or a pronoun standing for the one the sentence before was about.
      const verbAt = s.start + comma + 1 + verb.index + verb[0].length - verb[1]!.length;
      const named = personsIn(a, s.start + comma, verbAt).filter((m) => !met.includes(m.entity))[0]?.entity;
      const subject = named ?? (/^\s*(?:he|she)\b/i.test(text.slice(comma + 1)) ? previousSubject(a, s) ?? personBefore(a, s.start, met) : undefined);
      if (subject === undefined || met.includes(subject)) return;
      take(0, comma);
      add([subject, ...met], "in_person", "fronted-with", opening[0].length, comma);
    },
  },
  {
    id: "fronted-noun",
    reason: "'In the talks, X and Y agreed …': the two named right after a fronted meeting noun took part in it",
    example: "Mira Holt flew to Bergen. In the talks, Mira Holt and Ivo Brandt agreed on a port plan.",
    read({ a, s, text, add }) {
      const fronted = FRONTED_MEETING.exec(text);
      if (!fronted) return;
      const side = personsIn(a, s.start + fronted[0].length, Math.min(s.end, s.start + fronted[0].length + 120));
      // Two people joined by "and", opening the clause, followed by its verb.
      const joined = side.length >= 2 && /^\s*$/.test(a.parsed.text.slice(s.start + fronted[0].length, side[0]!.start).replace(/^(?:[\p{L}.’'-]+\s+){0,3}/u, ""))
        && AND_JOIN.test(a.parsed.text.slice(side[0]!.end, side[1]!.start)) && /^\s+[a-z]/.test(a.parsed.text.slice(side[1]!.end, side[1]!.end + 3));
      if (joined) add([side[0]!.entity, side[1]!.entity], /call/i.test(fronted[1]!) ? "call" : "in_person", "fronted-noun", 0, fronted[0].length);
    },
  },
];

// What may stand between a body opening the clause and its verb: "of the Storting", its short form, an aside set
// off by commas, auxiliaries and time words ("has also", "on Tuesday").
// ("The union after a closed-door meeting with …": the occasion's own article and adjectives before a meeting noun.)
const ORG_SUBJECT_GAP = /^\)?(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s*){1,4})?\s*(?:\([^()]{1,20}\)\s*)?(?:,[^,;:“”"]{1,80},\s*)?(?:(?:has|have|had|also|later|then|recently|yesterday|today|earlier|on\s+\p{Lu}\p{L}+)\s+)*(?:(?:after|following|during|in)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2})?$/u;
// What may open the clause before that body: a fronted phrase set off by a comma, "the", and those who stand for it
// ("Representatives of the …", "A delegation from …").
const GROUP_NAME = new RegExp(`\\b(?:${GROUP_NOUNS})$`, "i");
const ORG_SUBJECT_OPENING = /^[\s“"]*(?:[^,;:“”"]{1,80},\s*)?(?:(?:the|a|an)\s+)?(?:(?:[\p{L}-]+\s+){0,2}(?:representatives|officials|members|leaders|leadership|delegation|delegates|executives|team|heads?)\s+(?:of|from)\s+(?:the\s+)?)?$/iu;

/**
 * The organisation opening the clause before a meeting verb at `verbAt` ("The Budget Committee of the Storting met
 * with …"), as a one-element side, or [] when the clause opens with something else.
 */
function orgSubjectBefore(a: Analysis, s: Sentence, verbAt: number): number[] {
  const text = a.parsed.text;
  // (A delegation or team is met through its members: see GROUP_SUBJECT.)
  const orgs = mentionsIn(a, s.start, verbAt).filter((m) => m.end <= verbAt && a.entities[m.entity]!.type === "organization" && !GROUP_NAME.test(a.entities[m.entity]!.name));
  let m = orgs.pop();
  // ("The Budget Committee of the Storting": the body the "of" names is where the committee sits, not the side.)
  const outer = m && orgs.pop();
  // ("The Kenya Union of Teachers (KUT) has met": its short form in brackets is the same side.)
  if (m && outer && (/^\s+of\s+(?:the\s+)?$/.test(text.slice(outer.end, m.start)) || (outer.entity === m.entity && /^\s*\($/.test(text.slice(outer.end, m.start))))) m = outer;
  if (!m || !ORG_SUBJECT_GAP.test(text.slice(m.end, verbAt))) return [];
  // ("… when officials of the Varde Chambers of Commerce, Industry and Mines (VCCIM) paid him a visit": the long
  // name a bracketed short form follows belongs to it, and the clause may open after a subordinating word.)
  let before = text.slice(s.start, m.start);
  if (/\(\s*$/.test(before)) before = before.replace(LONG_NAME_BEFORE_BRACKET, "");
  const clause = /^(?:.*[,;]\s+|.*\b(?:when|as|after|while|where|before|since|because)\s+)/su.exec(before)?.[0].length ?? 0;
  return ORG_SUBJECT_OPENING.test(before) || (clause > 0 && ORG_SUBJECT_OPENING.test(before.slice(clause))) ? [m.entity] : [];
}
/** The capitalised long name before a bracketed short form, commas and "and" inside it: "the Varde Chambers of Commerce, Industry and Mines (". */
const LONG_NAME_BEFORE_BRACKET = /(?:\p{Lu}[\p{L}’'&.-]*(?:\s+(?:of|and|for|the|&)\b)?,?\s+)+\(\s*$/u;

/**
 * A planned meeting's bare weekday ("will meet on Monday") is the next such day, not the last one the date rules
 * read it as: a week later when that reading is before the article's date. Other dates are kept, and so is a plan
 * told in the past perfect ("had been scheduled to meet X on Wednesday": that Wednesday is gone).
 */
function ahead(value: string, written: string, published: string | null): string {
  if (!published || value >= published || !BARE_WEEKDAY.test(written)) return value;
  return new Date(Date.parse(`${value}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
}
const BARE_WEEKDAY = new RegExp(`^(?:on\\s+)?(?:${WEEKDAY_PATTERN})$`, "i");

/** The first person named after "<meeting> of" at `index` (length `len`) within its clause. */
function personsOf(a: Analysis, s: Sentence, text: string, index: number, len: number): Mention | undefined {
  const from = s.start + index + len;
  return personsIn(a, from, Math.min(s.start + clauseEnd(text, index + len), from + 160))[0];
}

/** The meeting verbs (MEETING_VERBS): subjects before the trigger, those met after it. */
function readVerbFrames({ a, s, text, lower, prior, add, take, isTaken, groupObjects }: FrameContext): void {
  const found = stemsIn(lower);
  for (const rule of VERB_RULES) {
    if (!rule.stems.some((k) => found[k] === 1)) continue;
    rule.re.lastIndex = 0;
    for (let m = execAtWordStart(rule.re, text); m; m = execAtWordStart(rule.re, text)) {
      const at = m.index, end = at + m[0].length;
      if (isTaken(at, end)) continue;
      if (rule.after && !rule.after.test(text.slice(end))) continue;
      take(at, end);
      if (NOT_A_MEETING_OBJECT.test(text.slice(end))) continue;
      // "X will hold talks with A, meet with B and visit C": a verb right after a comma continues the one before it in
      // the sentence — its subject, and (through the status read before that verb) its tense.
      // ("met A on Wednesday and called on B on Thursday": "and" right before the verb joins it to the one before too.)
      const earlier = /(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:also|later|then|subsequently|separately)\s+)?$/.test(text.slice(Math.max(0, at - 24), at)) ? earlierTrigger(text, at, found) : undefined;
      let subjects = subjectsBefore(a, s, s.start + (earlier ?? at), prior);
      // ("Lind met Holm after his earlier meetings with X": "his" meetings are the clause subject's, not those of
      // the one named last before them.)
      if (rule.id === "noun-with" && subjects.length === 1 && /\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(0, at - 40), at))) {
        const first = personsIn(a, s.start, s.start + at)[0];
        if (first && first.entity !== subjects[0] && /^[“"]?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u.test(text.slice(0, first.start - s.start))) subjects = [first.entity];
      }
      // (A continued verb whose list has no named subject names none: "the head of government will hold talks with
      // A, meet with B" is no meeting of A and B.)
      if (!subjects.length && earlier !== undefined) continue;
      // "In her meeting with Ivo Brandt on Monday, Mira Holt raised …": the subject of the main clause.
      if (!subjects.length) subjects = mainClauseSubject(a, s, s.start + end, s.start + at);
      // "The discussion held with Foreign Minister X was focused on …": a meeting noun opening the sentence, no one
      // named before it, is one more meeting of the one who met someone just before.
      if (!subjects.length && rule.id === "noun-with" && /^[“"]?(?:The|Another|A|An|His|Her|Their)\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(0, at))) {
        const p = latestPrior(a, s, prior, 3, (x) => x.status === "held")?.participants[0] ?? previousSubject(a, s);
        if (p !== undefined) subjects = [p];
      }
      // "The Budget Committee met with Minister X", "Representatives of the Teachers Union met with X": a body opening
      // the clause is the side that met.
      if (!subjects.length) subjects = orgSubjectBefore(a, s, s.start + at);
      if (!subjects.length) {
        // "A Chilean delegation met Tuesday with President Ruiz": its members, named later, meet the one met.
        // ("Representatives of the union would not say what came of the meeting they held with President X": the
        // group opening the sentence held it.)
        const lead = text.slice(Math.max(0, at - 120), at);
        // ("The delegation then met Minister Y": a delegation told of before, led by someone, meets through its leader.)
        // (All named as leading it: "led by Mayor X, City Manager Y and Z … the delegates were welcomed by W".)
        // ("…the joint Norway-Sweden delegation held engagements with X" after "A and B met …": the two who met just before.)
        const delegation = THE_DELEGATION_SUBJECT.test(lead);
        let people = delegation ? delegationPeopleBefore(a, s) : [];
        // ("The BoG delegation was received by …", after "Governor X led a delegation …": a body's delegation is met
        // through the one person the article names as of that body; a delegation someone led, through them.)
        if (delegation && !people.length) people = bodyDelegationLeader(a, s, lead);
        // (Only a joint one: "the Chinese delegation" after a meeting of others is a delegation of its own.)
        if (delegation && !people.length && /\bjoint\b/i.test(lead)) people = priorMeetingParties(a, s, prior)?.filter((p) => !personsIn(a, s.start + end, s.end).some((m) => m.entity === p)) ?? [];
        if (people.length) { const met = objectsAfter(a, s, s.start + end, people); if (met.length) add([...people, ...met], rule.kind, `delegation:${rule.id}`, at, end); continue; }
        if (GROUP_SUBJECT.test(lead) || (THEY_HELD.test(text.slice(at, end)) && GROUP_OPENS.test(text))) add(objectsAfter(a, s, s.start + end, []), rule.kind, `group:${rule.id}`, at, end, undefined, true);
        continue;
      }
      // (Named in the sentence: "the two leaders discussed …" after a meeting is that meeting told again, and its
      // pair is not the last two named.)
      if (rule.objectless) {
        const named = new Set(personsIn(a, s.start, s.start + at).map((m) => m.entity));
        // ("The two ministers also discussed …": the pair a plural names, the last two before the sentence, counts too.)
        // (After a meeting told before, "the two" are its parties: that meeting again.)
        if (subjects.length > 1 && subjects.every((e) => named.has(e))) add(subjects, rule.kind, rule.id, at, end);
        // (Not for a signing: "the two sides signed a series of agreements" tells of a signing, maybe of others.)
        else if (subjects.length === 2 && rule.id !== "signed-together" && PAIR_SUBJECT.test(text.slice(Math.max(0, at - 60), at)) && !/\bthey\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(0, at - 30), at)) && !SEPARATE.test(text)) {
          // (…further back too: the story's meeting of two; else the last two named, when both have a title.)
          const met = latestPrior(a, s, prior, PAIR_MEETING_BACK, (x) => x.status === "held" && x.participants.length === 2 && x.participants.every((p) => a.entities[p]!.type === "person"));
          if (met) add([...met.participants], rule.kind, rule.id, at, end);
          else {
            // (With no such meeting, "the pair" are the story's two most-mentioned people so far, not whoever was
            // named last: "X succeeded him" names a third in passing.)
            const pair = mostMentionedPair(a, s.start);
            if (pair) add(pair, rule.kind, rule.id, at, end);
          }
        }
        continue;
      }
      // "X met with farm groups after the summit, alongside Prime Ministers A and B": those alongside the subject are on
      // its side of the meeting.
      const along = ALONGSIDE.exec(text.slice(end, end + 160));
      if (along) subjects = [...subjects, ...objectsAfter(a, s, s.start + end + along.index + along[0].length, subjects)];
      const parties: number[][] = [];
      const objects = objectsAfter(a, s, s.start + end, subjects, parties);
      // "… held talks with his Iraqi counterpart. … Iraqi Oil Minister Y …": the counterpart named in the next sentence.
      if (!objects.length) { const c = counterpartNamedNext(a, s, end, subjects) ?? counterpartNamedBefore(a, s, end, subjects); if (c !== undefined) objects.push(c); }
      // "X met with the two leaders separately": the two named before in the sentence, else the last meeting's pair.
      if (!objects.length && PAIR_OBJECT.test(text.slice(end, end + 40))) {
        const before = [...new Set(personsIn(a, s.start, s.start + at).map((m) => m.entity))].filter((e) => !subjects.includes(e));
        const pair = before.length === 2 ? before : priorMeetingParties(a, s, prior)?.filter((e) => !subjects.includes(e));
        if (pair?.length === 2) objects.push(...pair);
      }
      // "met the heads of Norwind Air and the Harbour Airports Board": the one person the article names as of each
      // body met (their role names it: "Norwind Air chief executive officer Ivo Brandt said …").
      if (!objects.length && HEADS_OF.test(text.slice(end, end + 40))) {
        const clause = s.start + clauseEnd(text, end);
        const heads = [...new Set(mentionsIn(a, s.start + end, clause).filter((m) => a.entities[m.entity]!.type === "organization").map((m) => m.entity))]
          .map((org) => peopleOfBody(a.entities, org).filter((p) => !subjects.includes(p))).filter((ps) => ps.length === 1).map((ps) => ps[0]!);
        if (heads.length) { add([...subjects, ...heads], rule.kind, `${rule.id}+heads`, at, end); continue; }
      }
      // "met with the Premiers of Norland, Sudland and Vestland": the one person the article names with that
      // title of each place or body listed (named before or after: "Ana Lind, Premier of Nordland").
      if (!objects.length) {
        const holders = holdersOfPluralTitle(a, s, end, subjects);
        if (holders.length) { add([...subjects, ...holders], rule.kind, `${rule.id}+titled`, at, end); continue; }
      }
      if (!objects.length) {
        // "A, B and C met with the leadership of three unions": the named ones were at that meeting together.
        const group = GROUP_OBJECT.test(text.slice(end, end + 60));
        const made = (rule.reciprocal || group) && subjects.length > 1 ? add(subjects, rule.kind, rule.id, at, end) : undefined;
        const noun = group ? GROUP_PLURAL.exec(text.slice(end, end + 80))?.[1]?.toLowerCase() : undefined;
        if (made && noun) groupObjects.set(made, noun);
        // "X hosted opposition MPs": a group met whose members a later sentence may name (see membersNamed).
        // ("received the delegation of the Foreign Affairs Committee …": a delegation of a body, its leader named later.)
        if (GROUP_MEMBERS_MET.test(text.slice(end, end + 240)) || DELEGATION_MET.test(text.slice(end, end + 80)) || rule.id === "chaired-meeting") add(subjects, rule.kind, `${rule.id}+group`, at, end, undefined, true);
        continue;
      }
      // Those met in one clause came together ("met the mayor and his finance director"), unless "separate(ly)" says
      // otherwise: then each one on the subject side meets each one met, and nobody else.
      // (So do those listed after the occasion: "met several envoys on the sidelines of the forum, including X and Y"
      // tells of one-to-one meetings there, not of one meeting of all.)
      // ("held bilateral meetings with X and Y": meetings in the plural, one with each.)
      // ("held a bilateral discussion with A, B and C": two sides to each, so one with each — not "bilateral talks with
      // X and his deputy Y", one side of two; "held meetings with A, B and C": as many meetings as those met.)
      // (…or the next sentence speaks of those meetings in the plural: "He met A, B and C. … at various meetings with
      // the ministers".)
      const next = a.sentences[indexOfSentence(a, s) + 1];
      // ("called both X and Y on Monday", "phoned X and Y": a verb whose object is the one rung up, one call each.)
      const separate = SEPARATE.test(text) || (objects.length > 1 && ONE_CALL_EACH.has(rule.id)) || (objects.length > 1 && !!next && next.paragraph - s.paragraph <= 1 && !next.caption && MEETINGS_APART.test(next.text)) || SIDELINES_LIST.test(text.slice(end)) || ONE_TO_ONE_MEETINGS.test(text.slice(at, end)) || (objects.length > 2 && /\bbilateral\b/i.test(text.slice(at, end))) || (objects.length > 1 && /\bmeetings\b/i.test(text.slice(at, end)))
        // ("In the meetings, X discussed … with A and B": meetings in the plural fronting the clause, one with each.)
        || (objects.length > 1 && FRONTED_MEETINGS.test(text.slice(0, at)));
      const sides = separate ? subjects.map((x) => [x]) : [subjects];
      const met = separate ? objects.map((o) => [o]) : parties.length > 1 ? parties : [objects];
      const status = earlier !== undefined ? meetingStatus(text.slice(0, earlier), text.slice(end)) : undefined;
      for (const side of sides) for (const o of met) add([...side, ...o], rule.kind, rule.id, at, end, status);
      // "met Rask in Paris in June and Vahl in Rome in May": one more met after the first one's place or date is a
      // meeting of its own, with the place and date that follow it.
      for (const next of laterObjects(a, s, s.start + end, [...subjects, ...objects])) add([...subjects, next.entity], rule.kind, `${rule.id}+and`, next.start - s.start, next.end - s.start);
    }
  }
}

/**
 * Where the nearest meeting verb before `at` in the sentence starts (a verb of the same clause list), or undefined.
 * `found` is the sentence's hint stems (stemsIn): a rule none of whose stems the sentence holds matches nowhere in it.
 */
function earlierTrigger(text: string, at: number, found: Uint8Array): number | undefined {
  const before = text.slice(0, at);
  let best: number | undefined;
  // (Own copies of the patterns: the verb rules' own are being iterated by the caller.)
  for (let k = 0; k < EARLIER_RES.length; k++) {
    if (!VERB_RULES[k]!.stems.some((stem) => found[stem] === 1)) continue;
    const re = EARLIER_RES[k]!;
    re.lastIndex = 0;
    // (A verb, not a noun: "The host, Prime Minister X, also held …" has no verb before "held".)
    for (let m = execAtWordStart(re, before); m; m = execAtWordStart(re, before)) if (m.index < at - 1 && !/\b(?:the|a|an|his|her|their|its)\s+$/i.test(before.slice(Math.max(0, m.index - 8), m.index)) && (best === undefined || m.index > best)) best = m.index;
  }
  // (An abbreviation's dot ends no clause: "visited the cathedral of St. George and met …".)
  return best !== undefined && at - best < 200 && !/[.;:“”"]/.test(text.slice(best, at).replace(ABBREVIATION_DOT, "")) ? best : undefined;
}
const EARLIER_RES = VERB_RULES.map((r) => new RegExp(r.re.source, r.re.flags));
/** The dot of a short title or word inside a clause: "St.", "Dr.", "Co.", an initial ("H."). */
const ABBREVIATION_DOT = /\b(?:St|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Prof|Rev|Hon|Jr|Sr|No|Co|Inc|Ltd|\p{Lu})\./gu;

/** The meetings one sentence tells: the noun frames, then the verbs (a driver; the rules are the tables above). */
function meetingsIn(a: Analysis, s: Sentence, groups: GroupMeeting[] = [], prior: readonly Meeting[] = [], groupObjects = new Map<Meeting, string>()): Meeting[] {
  const out: Meeting[] = [];
  const text = s.text;
  // ("With X, she reviewed …" holds no hint word: its opening is the hint.)
  if (!HINT.test(text) && !FRONTED_WITH.test(text)) return out;
  // Characters already read as part of a meeting phrase (a mask: overlap checks stay linear); made on the first
  // take, as most sentences with a hint word tell no meeting.
  let taken: Uint8Array | undefined;
  let dates: readonly DateMention[] | undefined; // only sentences with a meeting need their dates
  let duration: string | null | undefined; // …and their duration, the same for each meeting of the sentence
  const add: FrameContext["add"] = (participants, kind, rule, at, end, status = meetingStatus(text.slice(0, at), text.slice(end)), group = false) => {
    // "Holt met her family": kin of someone taking part is no second party.
    const unique = [...new Set(participants)].filter((p, _i, all) => !all.some((q) => q !== p && a.entities[p]!.name.endsWith(` of ${a.entities[q]!.name}`)));
    if (unique.length < (group ? 1 : 2)) return undefined;
    const clause = clauseEnd(text, end);
    dates ??= sentenceDates(a, text);
    // ("Lind met Holm on Monday after his earlier meetings with X": meetings told as earlier than the sentence's
    // own take none of its dates.)
    const earlierOnes = rule.startsWith("noun-with") && EARLIER_MEETINGS.test(text.slice(Math.max(0, at - 30), at));
    // (Not a date past the clause when what ends it is another occasion: "… before the forthcoming meeting on October 3".)
    const d = earlierOnes ? undefined : OTHER_OCCASION.test(text.slice(clause, clause + 80)) ? dates.find((x) => x.start >= at && x.start < clause) ?? dates.filter((x) => x.start < at).pop() : nearestTo(dates, at, clause);
    // "In a meeting with X in Oslo, Y stressed peace … in Afghanistan": a fronted trigger's place is in its own phrase.
    const comma = FRONTED_PHRASE.test(text.slice(0, at)) ? text.indexOf(",", end) : -1;
    const placeEnd = comma >= 0 && comma < clause ? comma : clause;
    const place = placeIn(a, s, at, end, placeEnd, placeEnd < clause || OTHER_OCCASION.test(text.slice(clause, clause + 80))) ?? barePlaceIn(a, s, end, placeEnd);
    const venue = venueIn(text, end, clause);
    // "talked with X by telephone", "via video link": the clause tells a call even after an in-person verb.
    const medium = CALL_MEDIUM.test(text.slice(Math.max(0, at - 60), clause + 40)) ? "call" : kind;
    const meeting: Meeting = {
      // "are meeting", "meets" with no date of its own: the day the article was written.
      participants: unique, date: (d && status.status === "planned" && !/\bhad\b/.test(text.slice(Math.max(0, at - 40), at)) ? ahead(d.value, text.slice(d.start, d.end), a.parsed.published) : d?.value) ?? (PRESENT_TENSE.test(text.slice(at, end)) || UNDER_WAY.test(text.slice(at, clause)) ? a.parsed.published : null), dateText: d ? text.slice(d.start, d.end) : a.parsed.published || earlierOnes ? null : weekdayText(text, at, clause), place, venue, kind: medium,
      status: status.status, statusText: status.cue, duration: duration === undefined ? (duration = durationIn(text)) : duration,
      evidence: { text, start: s.start, end: s.end }, rule: earlierOnes ? `${rule}+earlier` : rule,
    };
    (group ? groups : out).push(meeting);
    return meeting;
  };
  const context: FrameContext = {
    a, s, text, lower: text.toLowerCase(), prior, add, groupObjects,
    take: (x, y) => { (taken ??= new Uint8Array(text.length)).fill(1, x, y); },
    isTaken: (x, y) => !!taken && taken.subarray(x, y).includes(1),
  };
  for (const frame of MEETING_NOUN_FRAMES) frame.read(context);
  readVerbFrames(context);
  return out;
}

/** After the objects of a trigger at `from`: "… in Paris in June and envoy Vahl in Rome": Vahl, each with its own clause. */
function laterObjects(a: Analysis, s: Sentence, from: number, known: number[]): Mention[] {
  const out: Mention[] = [];
  const to = s.start + clauseEnd(s.text, from - s.start);
  const ms = personsIn(a, from, to);
  let edge = ms.filter((m) => known.includes(m.entity)).pop()?.end;
  if (edge === undefined) return out;
  for (const m of ms) {
    if (m.start < edge || known.includes(m.entity)) continue;
    const gap = a.parsed.text.slice(edge, m.start);
    const joined = AFTER_PLACE_OR_DATE.exec(gap);
    if (!joined || !objectGapOk(joined[1]!)) break;
    // "met B on Thursday, and C had a meeting with D": a name its own verb follows opens a new clause; C met nobody here.
    if (OWN_VERB_AFTER.test(a.parsed.text.slice(m.end, m.end + 40))) break;
    out.push(m);
    edge = m.end;
  }
  return out;
}
/** A finite verb right after a name: the name is the subject of a clause of its own ("…, and C had a meeting with D"). */
const OWN_VERB_AFTER = /^\s*(?:,[^,]{1,60},\s*)?(?:also\s+|later\s+|then\s+)?(?:had|has|have|was|were|is|are|held|holds|met|meets|said|says|told|spoke|talked|visited|received|hosted|will|would|did|called|phoned|signed|agreed)\b/;
/** Between two ones met: the first one's place or date, then "and" and the next one's role. */
const AFTER_PLACE_OR_DATE = /^\s+(?:in|at|on|during|last|this)\s[^;:]{0,60}?,?\s+and\s+((?:[\p{L}.’'-]+\s+){0,4})$/u;

// Not "from": "her counterpart from Chile" says where the one met comes from, not where they met.
// ("in China's city of Hangzhou", "the port city of Sines": the city named after "city of".)
const PLACE_PREPOSITION = /\b(?:(?:[Ii]n|[Aa]t|to|beside|near|[Oo]utside|[Ii]nside)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)?|(?:city|town|village|port|capital) of\s+)$/u;
/** A venue, then its city after a comma: "at Harambee House, Nairobi", "at the Governor's Office, Oke-Mosan, Abeokuta". */
const VENUE_THEN_PLACE = /\b(?:at|in)\s+[^,.;:]{1,50},\s+(?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?,\s+)?$/u;
/** An envoy's posting is no meeting place: "the Ambassador of the Netherlands to Bangladesh paid a call on …". */
// ("the UK ambassador in Montenegro": "in" right after the envoy's noun is the posting too.)
const POSTED_TO = /\b(?:ambassador|envoy|high commissioner|consul(?:-general)?|representative|emissary|nuncio|charg[ée] d[’']affaires)s?\b(?:[^,;.]{0,50}\bto|\s+in)\s+(?:the\s+)?$/iu;
/** A place before the trigger inside a phrase that is not about the meeting: "Amid protests in Kenya, X met Y", "X, who lives in Tula, met Y". */
const ASIDE = /(?:^|[,(—–]\s*)[“"]?(?:who|which|whose|amid|amidst|despite|as|while|because)\b[^,()—–]*$/i;
/** "called on X, a prominent writer in Kerala, at his home": a place inside an appositive describes the person. */
const APPOSITIVE_PLACE = /,\s+(?:a|an)\s+[^,;.()]{0,60}\b(?:in|from|of)\s+(?:the\s+)?$/;
/** "the situation in Ukraine", "investment in Kenya": a topic's place, not the meeting's. */
const TOPIC_IN = new RegExp(`\\b(?:${TOPIC_NOUNS_BEFORE_IN.join("|")})\\s+in\\s+(?:the\\s+)?$`, "i");

/** The place of a meeting: a known place (or a landmark standing for its city) after a preposition, chosen as for dates. */
function placeIn(a: Analysis, s: Sentence, at: number, end: number, clause: number, bounded = false): string | null {
  return nearestTo(placeCandidates(a, s).filter((p) => (p.start >= at || !p.aside) && p.fits && (!bounded || p.start < clause)), at, clause)?.name ?? null;
}

/** A venue's noun after a name: "Palace", "House", "Hotel" ("Varde Palace", "Harbour House"). */
const VENUE_AFTER = /^\s+(?:Palace|House|Hotel|Hall|Centre|Center|Stadium|Square|Castle|Tower|Building|Lodge|Residence|Complex)\b/;

/** Whether a town the gazetteer knows lies in another country than the one the article's dateline names. */
function otherCountryThanFiled(a: Analysis, town: string): boolean {
  const filed = a.parsed.dateline?.place;
  const country = filed ? lookupCity(filed)?.country ?? (lookupPlace(filed)?.kind === "country" ? lookupPlace(filed)!.name : undefined) : undefined;
  const city = lookupCity(town);
  return !!country && !!city && city.country !== country;
}

/** A place a sentence names where a meeting may be; `aside` and `fits` are read once for any trigger (see placeIn). */
interface PlaceCandidate { name: string; start: number; aside: boolean; fits: boolean }
// Every meeting a sentence tells asks for its places: read once per sentence (only `at` and `clause` differ).
const placeMemo = new WeakMap<Sentence, PlaceCandidate[]>();

/** The places of a sentence, in text order, with what placeIn asks of each. */
function placeCandidates(a: Analysis, s: Sentence): readonly PlaceCandidate[] {
  const memo = placeMemo.get(s);
  if (memo) return memo;
  const ps = (a.places[indexOfSentence(a, s)] ?? [])
    .map((p) => ({ name: p.name, start: p.start - s.start }))
    // "a letter from Sweden's king": a possessive place owns something; it is not where the meeting was.
    .filter((p) => (PLACE_PREPOSITION.test(s.text.slice(Math.max(0, p.start - 30), p.start)) || VENUE_THEN_PLACE.test(s.text.slice(Math.max(0, p.start - 90), p.start)))
      && !POSTED_TO.test(s.text.slice(Math.max(0, p.start - 90), p.start)) && !/^[\p{L} .-]*[’']s\b/u.test(s.text.slice(p.start, p.start + p.name.length + 3))
      // "at the Chilean ministry": a nationality adjective before a noun describes the noun; it is no place.
      && !(countryOfAdjective(p.name) && !lookupPlace(p.name) && /^\s+\p{Ll}/u.test(s.text.slice(p.start + p.name.length, p.start + p.name.length + 3))));
  LANDMARK.lastIndex = 0;
  for (let m = LANDMARK.exec(s.text); m; m = LANDMARK.exec(s.text)) ps.push({ name: LANDMARKS[m[1]!]!, start: m.index! + m[0].length - m[1]!.length });
  ps.push(...citiesIn(s).filter((c) => !ps.some((p) => p.start === c.start)));
  // "in the Peruvian capital": that country's capital, unless the sentence names it ("the Norwegian capital, Oslo").
  DEMONYM_CAPITAL.lastIndex = 0;
  for (let m = DEMONYM_CAPITAL.exec(s.text); m; m = DEMONYM_CAPITAL.exec(s.text)) {
    const country = countryOfAdjective(m[1]!);
    const capital = country && capitalOf(country);
    if (capital) ps.push({ name: capital, start: m.index + m[0].lastIndexOf(m[1]!) });
  }
  ps.sort((x, y) => x.start - y.start);
  const out = ps.map((p, k) => ({
    name: p.name, start: p.start,
    // (A place inside an aside counts only after the trigger.)
    aside: ASIDE.test(s.text.slice(0, p.start)),
    fits: !TOPIC_IN.test(s.text.slice(Math.max(0, p.start - 30), p.start)) && !APPOSITIVE_PLACE.test(s.text.slice(Math.max(0, p.start - 80), p.start))
      // ("in the Norwegian capital of Oslo": a country before "capital" is not the place; its capital is.)
      && !/^(?:[’']s)?\s+capital\b/.test(s.text.slice(p.start + p.name.length, p.start + p.name.length + 12))
      // ("at Varde Palace in Bergen": a town's name opening a venue's, with the place named right after it, is the venue's.)
      && !(VENUE_AFTER.test(s.text.slice(p.start + p.name.length, p.start + p.name.length + 14)) && ps[k + 1] !== undefined && ps[k + 1]!.start - p.start < 40)
      // ("OSLO: … received X at Geneva House": a venue's name opening with a town of another country than the
      // dateline's is the venue's name, no town.)
      && !(VENUE_AFTER.test(s.text.slice(p.start + p.name.length, p.start + p.name.length + 14)) && otherCountryThanFiled(a, p.name)),
  }));
  placeMemo.set(s, out);
  return out;
}

/**
 * "met X in Tórshavn on Dec. 30", "met him in Lendava as planned": a proper name right after "in" in the meeting's
 * clause, then a time, a comma or the end, is the place even when no gazetteer knows it — unless it is a name the
 * article gives a person or organisation, a calendar word, a title, a portfolio or a nationality. It outranks the
 * dateline, which tells where the story was filed.
 */
function barePlaceIn(a: Analysis, s: Sentence, end: number, clause: number): string | null {
  const m = BARE_PLACE.exec(s.text.slice(end, Math.max(clause, end + 80)));
  if (!m) return null;
  const at = s.start + end + m.index + m[0].length - m[1]!.length;
  if (TOPIC_IN.test(a.parsed.text.slice(Math.max(0, at - 30), at)) || APPOSITIVE_PLACE.test(a.parsed.text.slice(Math.max(0, at - 80), at))) return null;
  const words = m[1]!.split(/\s+/);
  if (mentionsIn(a, at, at + m[1]!.length).length) return null;
  if (words.some((w) => isNonNameWord(w) || CALENDAR_WORD.has(w.toLowerCase()) || ROLE_HEADS.includes(w.toLowerCase()) || ORG_HEADS.includes(w.toLowerCase()) || PORTFOLIO_WORDS.includes(w.toLowerCase()) || !!countryOfAdjective(w))) return null;
  return m[1]!;
}
// (Also the town after a building set off by a comma: "at the State Government House, Ojoto on Friday".)
const BARE_PLACE = /^[^.;:]*?(?:\bin|\bat\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,4}(?:House|Palace|Hall|Lodge|Villa|Secretariat|Headquarters|Complex|Building|Chambers),)\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)(?=\s+(?:on|last|this|earlier|later|as|at|for|during|in|to|and|with|after|before)\b|\s*[,.;)]|\s*$)/u;
const CALENDAR_WORD: ReadonlySet<string> = new Set([...Object.keys(WEEKDAYS), ...Object.keys(MONTHS)]);

/**
 * A venue named after "at"/"in" in the meeting's clause when no known place is ("at Harbour House",
 * "at the Riverside Palace", "at his Gatehouse home"): kept as written, as the article names it.
 */
function venueIn(text: string, end: number, clause: number): string | null {
  const m = VENUE.exec(text.slice(end, Math.max(clause, end + 120)));
  if (!m || TOPIC_IN.test(text.slice(Math.max(0, end + m.index - 30), end + m.index + 3)) || APPOSITIVE_PLACE.test(text.slice(Math.max(0, end + m.index - 80), end + m.index + 3))) return null;
  // ("the State Secretary in the Ministry of …": a title's posting, not where they met.)
  const venue = m[1]!.replace(/^(?:the|his|her|their)\s+/i, "");
  if (TITLE_BEFORE_IN.test(text.slice(Math.max(0, end + m.index - 30), end + m.index)) && venue.split(/\s+/).some((w) => ORG_HEADS.includes(w.toLowerCase()))) return null;
  // "at the Chilean ministry": a nationality adjective alone names no building; "in June", "on Monday": a time.
  return countryOfAdjective(venue) || venue.split(/\s+/).every((w) => CALENDAR_WORD.has(w.toLowerCase())) ? null : venue;
}
/** A title word right before a venue's "in"/"at": "Secretary ", "Ambassador ". */
const TITLE_BEFORE_IN = new RegExp(`\\b(?:${ROLE_HEADS.filter((h) => /^[a-z-]+$/.test(h)).join("|")})\\s+$`, "i");
const VENUE = /\b(?:at|in)\s+((?:the\s+|his\s+|her\s+|their\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'-]*){0,4}(?:\s+(?:home|residence|office|palace|house|hotel|hall|headquarters))?)/u;

/** A capitalised run after a locative cue: "in Port Moresby", "visited Bergen", "arrived in Saint John". */
// ("In Bergen, the minister also met …": a cue opening the sentence is capitalised.)
const CITY_CUE = /\b(?:[Ii]n|[Aa]t|to|visited|visiting|visits|arrived in|reached|city of|town of)\s+((?:\p{Lu}[\p{L}’'.-]*)(?:\s+(?:de\s+|del\s+|da\s+|es\s+|el\s+|al\s+|los\s+|las\s+)?\p{Lu}[\p{L}’'.-]*){0,4})/gu;

const VENUE_WORD_END = /\b(?:House|Palace|Hall|Hotel|Centre|Center|Building|Office|Lodge|Villa|Residence|Complex|Square|Stadium|Airport|Headquarters|Court)$/;

/** Cities of the world gazetteer named in a sentence (see citiesOf), offsets relative to the sentence. */
function citiesIn(s: Sentence): ReadonlyArray<{ readonly name: string; readonly start: number }> {
  // A sentence is read for cities by mainCity and again for the meetings it tells (placeIn): once per sentence.
  let out = citiesMemo.get(s);
  if (!out) citiesMemo.set(s, (out = citiesOf(s.text)));
  return out;
}
const citiesMemo = new WeakMap<Sentence, ReadonlyArray<{ readonly name: string; readonly start: number }>>();

/** Cities of the world gazetteer named after a locative cue, longest known run first ("Port Moresby" before "Port"). */
function citiesOf(text: string): Array<{ name: string; start: number }> {
  const out: Array<{ name: string; start: number }> = [];
  CITY_CUE.lastIndex = 0;
  for (let m = CITY_CUE.exec(text); m; m = CITY_CUE.exec(text)) {
    const words = m[1]!.split(/\s+/);
    const start = m.index! + m[0].length - m[1]!.length;
    let found = false;
    for (let n = words.length; n > 0 && !found; n--) {
      const run = words.slice(0, n).join(" ").replace(/[.’']+$/, "");
      // "in Jackson's office": a possessive owns something; it is not named as the place.
      const city = lookupCity(run);
      if (city && !/^[’']s\b/.test(text.slice(start + run.length, start + run.length + 3))) { out.push({ name: city.name, start }); found = true; }
    }
    // "at State House Dar es Salaam": a venue's name, then its city closing the run.
    for (let k = 1; k < words.length && !found; k++) {
      const run = words.slice(k).join(" ").replace(/[.’']+$/, "");
      const city = /^\p{Lu}/u.test(run) && VENUE_WORD_END.test(words.slice(0, k).join(" ")) ? lookupCity(run) : undefined;
      if (city && run.split(/\s+/).length >= 1 && !/^[’']s\b/.test(text.slice(start + m[1]!.length, start + m[1]!.length + 3))) { out.push({ name: city.name, start: start + m[1]!.indexOf(run) }); found = true; }
    }
  }
  return out;
}

// ("visited the Norwegian capital on Friday": a visit's object too.)
const DEMONYM_CAPITAL = /\b(?:[Ii]n|[Aa]t|to|inside|visited|visiting|visits|reached)\s+the\s+(\p{Lu}[\p{L}-]+)\s+capital\b(?!\s*(?:,|of\b|city\b|\p{Lu}))/gu;
const LANDMARK = new RegExp(`\\b(?:at|in|inside|outside)\\s+(?:the\\s+)?(${Object.keys(LANDMARKS).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`, "g");

const MEETING_WORD = /\b(?:met|meet|meets|meeting|meetings|talks|negotiations|session|visit|visited|call|called|spoke|talked|phoned|hosted|received|welcomed|greeted|farewell|conferred|interacted|sat down|audience|reception|dinner|lunch|conversation|discussions|consultations|bilateral|summit)\b/i;
const LOOK_BACK = 5;
/** A time told as an offset from another event ("a week after", "two days before", "the previous day"). */
const OFFSET_IN_TIME = /\b(?:an?|one|two|three|four|five|six|several|a few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|earlier|ago|later|previously)\b|\bthe (?:previous|next|following) (?:day|week|month)\b|\bthe day (?:before|after)\b/i;
const EVENT_NOUN = /\bthe (summit|conference|forum|gathering|session|congress|assembly|ceremony|talks)\b/i;

/**
 * A meeting told without a date often continues an earlier sentence that
 * dated it ("They met for nine hours on Tuesday. … met at a hotel …",
 * "… later the same day"): the nearest of the previous few body sentences
 * that speaks of a meeting and carries a date lends it. `datesOf` finds the
 * dates of a sentence (by default resolved against the published date).
 */
function dateFromContext(a: Analysis, m: Meeting, datesOf: (text: string) => readonly DateMention[] = (text) => sentenceDates(a, text)): string | null {
  const i = a.sentences.findIndex((s) => s.start === m.evidence.start);
  if (i < 0 || a.sentences[i]!.caption) return null;
  // "A day later, X was hosted by Y": the day after (or before) the one the context gives.
  const shift = DAY_SHIFT.find((d) => d.re.test(a.sentences[i]!.text));
  if (shift) {
    const base = dateFromContextAt(a, i, undefined, datesOf);
    return base && /^\d{4}-\d{2}-\d{2}$/.test(base) ? addDays(base, shift.days) : null;
  }
  // "The talks came a week after X spoke with Y": the sentence dates its meeting against another, not on its day.
  if (OFFSET_IN_TIME.test(a.sentences[i]!.text)) return null;
  return dateFromContextAt(a, i, EVENT_NOUN.exec(a.sentences[i]!.text)?.[1]?.toLowerCase(), datesOf);
}

/**
 * Words that date a meeting a day after or before the one told just before (standing alone, not "the day after
 * X spoke", which dates it against another event); each: id, pattern, days, why, example (run by
 * test/extract/meeting-phrasings.test.ts).
 */
export const DAY_SHIFT: ReadonlyArray<{ id: string; re: RegExp; days: number; reason: string; example: string }> = [
  { id: "a-day-later", re: /\b(?:a day later|the (?:next|following) day)\b(?!\s+(?:after|before|when|that)\b)/i, days: 1, reason: "the day after the meeting told before", example: "Mira Holt met Ivo Brandt on Monday. A day later, Holt was hosted by Lena Park." },
  { id: "a-day-earlier", re: /\b(?:a day earlier|the (?:previous|preceding) day)\b(?!\s+(?:after|before|when|that)\b)/i, days: -1, reason: "the day before the meeting told before", example: "Mira Holt met Ivo Brandt on Monday. A day earlier, Holt was received by Lena Park." },
];

/** ISO date `iso` moved by `days` (UTC calendar arithmetic). */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The date the sentences before sentence `i` give a meeting (see dateFromContext). */
function dateFromContextAt(a: Analysis, i: number, event: string | undefined, datesOf: (text: string) => readonly DateMention[]): string | null {
  for (let j = i - 1, seen = 0; j >= 0 && seen < LOOK_BACK; j--) {
    const s = a.sentences[j]!;
    if (s.caption) continue;
    seen++;
    const dates = datesOf(s.text);
    // "On the sidelines of the summit": the date the context gives that event.
    const at = event ? s.text.toLowerCase().indexOf(event) : -1;
    if (at >= 0 && dates.length) return (dates.find((d) => d.start > at) ?? dates[dates.length - 1]!).value;
    const word = MEETING_WORD.exec(s.text);
    // "The leaders are set to meet on Monday": a planned meeting's day is not when another one took place.
    if (!word || meetingStatus(s.text.slice(0, word.index), s.text.slice(word.index)).status !== "held") continue;
    const d = nearestTo(dates, word.index, clauseEnd(s.text, word.index + word[0].length));
    if (d) return d.value;
  }
  return null;
}

/**
 * "NEW YORK, Sept. 26 – X held talks with Y …": a wire story's lead tells the day's news, so a meeting told in the
 * sentence right after a dated dateline, with no date of its own, took place on the dateline's date.
 */
function leadDate(a: Analysis, m: Meeting): string | null {
  const at = a.parsed.datelineEnd;
  const date = a.parsed.dateline?.date;
  if (at === null || !date || m.status !== "held") return null;
  const i = a.sentences.findIndex((s) => s.end > at && !s.caption);
  const lead = a.sentences[i];
  if (!lead) return null;
  if (lead.start === m.evidence.start) return date;
  // "ISLAMABAD, Sep 15 (APP): X on Friday stressed … He was talking to Y who called on him": the occasion of the
  // lead's words, told in the next sentence by a pronoun, is the lead's day.
  const next = a.sentences[i + 1];
  return next && next.start === m.evidence.start && LEAD_OCCASION.test(next.text) ? (sentenceDates(a, lead.text)[0]?.value ?? date) : null;
}
/**
 * "X met Y on Friday. In a separate meeting, X …": a meeting told as separate from the one before, with a
 * participant in common and no date of its own, was held on that one's day.
 */
function separateDate(m: Meeting, found: readonly Meeting[]): string | null {
  return SEPARATE_OCCASION.test(m.evidence.text) ? sharedParticipantDate(m, found) : null;
}
/**
 * "X met Y today. … The prime minister also held meetings with Z": a meeting told as one more ("also", "besides",
 * "in addition"), with no date of its own, on the day of the latest held meeting before it that shares a participant.
 */
function alsoDate(m: Meeting, found: readonly Meeting[]): string | null {
  return ONE_MORE.test(m.evidence.text) ? sharedParticipantDate(m, found) : null;
}
/** The date of the latest held, dated meeting told before `m` that shares a participant with it, or null. */
function sharedParticipantDate(m: Meeting, found: readonly Meeting[]): string | null {
  const before = found.filter((x) => x !== m && x.evidence.start < m.evidence.start && x.status === "held" && x.date && x.participants.some((p) => m.participants.includes(p))).pop();
  return before?.date ?? null;
}
/** Words telling one more of the same occasions: "also", "besides", "in addition". */
const ONE_MORE = /\b(?:[Aa]lso|[Bb]esides|[Ii]n addition|[Aa]dditionally)\b/;
const SEPARATE_OCCASION = /\b(?:in|during|at)\s+(?:a|another)\s+separate\b/i;
/** The opening of a fronted phrase a trigger stands in: "In a separate", "During their", "At the". */
const FRONTED_PHRASE = /^["“]?(?:In|During|At|With)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,3}$/u;
/** A sentence telling the occasion of the lead's words: "He was talking to …", "She said this while meeting …". */
const LEAD_OCCASION = /^(?:He|She|They)\s+(?:was|were|said this|expressed (?:these|this|the) views?|made (?:these|the) remarks?|stated this)\b/;

/**
 * "X has held talks with Y. … X told Y on Thursday that …": a sentence right after the meeting that names two of
 * its participants and a date tells the meeting's date (before earlier sentences, which may date another meeting).
 */
const dateFromFollowing = (a: Analysis, m: Meeting): string | null => dateFromNeighbours(a, m, 1);

/**
 * "X on Tuesday told Y that … . The two leaders spoke by telephone …": a sentence right before the meeting that names
 * two of its participants and a date, in the past, dates it (after the sentences that speak of a meeting).
 */
const dateFromPreceding = (a: Analysis, m: Meeting): string | null => dateFromNeighbours(a, m, -1);

/** The date of the first of the two sentences after (`step` 1) or before (-1) the meeting's that names two of its participants and a date. */
function dateFromNeighbours(a: Analysis, m: Meeting, step: 1 | -1): string | null {
  const i = sentenceOf(a, m);
  if (i < 0) return null;
  for (let j = i + step; Math.abs(j - i) <= 2 && j >= 0 && j < a.sentences.length; j += step) {
    const s = a.sentences[j]!;
    if (s.caption) continue;
    const named = new Set(personsIn(a, s.start, s.end).map((x) => x.entity).filter((p) => m.participants.includes(p)));
    const d = named.size < 2 ? undefined : sentenceDates(a, s.text)[0];
    // "They will meet again on Friday" dates another meeting (what is said before the date may be about the future).
    if (d && !/\b(?:again|will|next|planned|scheduled|due to)\b/i.test(s.text.slice(0, d.end))) return d.value;
  }
  return null;
}

/** "… held talks … in Accra. In the talks, X and Y agreed": the place the sentences before give the meeting. */
function placeFromContext(a: Analysis, m: Meeting): string | undefined {
  const i = a.sentences.findIndex((s) => s.start === m.evidence.start);
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    const s = a.sentences[j]!;
    // (Not where another occasion is held: "invited him to the Summit in Kazakhstan this July".)
    const p = (a.places[j] ?? []).find((x) => PLACE_PREPOSITION.test(s.text.slice(Math.max(0, x.start - s.start - 30), x.start - s.start)) && !OCCASION_BEFORE_PLACE.test(s.text.slice(Math.max(0, x.start - s.start - 60), x.start - s.start)));
    if (p && MEETING_WORD.test(s.text)) return p.name;
  }
  return undefined;
}

/** An occasion's noun right before "in"/"at" a place: "the SCO Summit in ", "a forum at ". */
const OCCASION_BEFORE_PLACE = /\b(?:[Ss]ummit|[Cc]onference|[Ff]orum|[Cc]ongress|[Ff]estival|[Gg]ames|[Ee]xpo|[Ee]xhibition|[Oo]lympics|[Cc]up|[Cc]hampionships?|[Ff]air)\)?\s+(?:in|at)\s+(?:the\s+)?$/;

/** Words of an occasion still to come before its place: "invitation … to participate in", "will attend", "next". */
const OCCASION_TO_COME = /\b(?:invit\w*|to (?:participate|take part|attend)|will|next|upcoming|forthcoming)\b/i;

/** A meeting noun right before "in <place>": "during a “positive” meeting in Copenhagen". */
const MEETING_NOUN_IN = /\b(?:meeting|talks|summit|discussions|encounter|audience)[”"’]?\s+(?:[\w-]+\s+){0,2}?in\s+(?:the\s+)?$/i;

/**
 * "The board's chair said the Danish minister … during a meeting in Copenhagen. Lind said her talks with
 * Brandt …": a meeting with no place of its own takes the one a meeting noun is placed at in the two sentences
 * before, when those sentences tell no meeting of their own (the story's lead naming the same talks by roles).
 */
function nounPlaceBefore(a: Analysis, m: Meeting, meetings: readonly Meeting[]): string | undefined {
  const i = sentenceOf(a, m);
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    const s = a.sentences[j]!;
    if (s.caption || meetings.some((x) => sentenceOf(a, x) === j)) continue;
    // (Not an occasion to come: "invited him to participate in the Summit in Kazakhstan this July".)
    const p = (a.places[j] ?? []).find((x) => MEETING_NOUN_IN.test(s.text.slice(Math.max(0, x.start - s.start - 60), x.start - s.start)) && !OCCASION_TO_COME.test(s.text.slice(Math.max(0, x.start - s.start - 160), x.start - s.start)));
    if (p) return p.name;
  }
  return undefined;
}

/**
 * The cue of a trip under way to the city after it: "During his visit to Geneva", "on a two-day visit to",
 * "arrived in", "is in … for". Not "after his visit to": a trip over is not where the meetings told now were.
 */
const TRIP_TO = /(?:\b(?:[Dd]uring|[Oo]n|[Ii]n the course of|[Ww]hile on)\s+(?:his|her|their|a|an|the)\s+(?!(?:[\w-]+\s+){0,2}(?:return|way\s+back|way\s+home)\b)(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|mission|stay)\s+(?:to|in)|\b(?:arrived|arrives|arriving)\s+in)\s+$/;

/**
 * "During his visit to Geneva on May 6, Minister X met …", "X arrived in Lisbon on Sunday": the city of a trip
 * under way, for a meeting of the traveller (the first person the trip's sentence names) that places itself nowhere.
 * It outranks the dateline, which tells where the story was filed. The trip told last before the meeting's sentence
 * (or in it) wins, else the first after it; undefined when the article tells no trip of a participant.
 */
function tripPlace(a: Analysis, m: Meeting): string | undefined {
  const i = sentenceOf(a, m);
  let before: string | undefined, after: string | undefined;
  a.sentences.forEach((s, j) => {
    if (s.caption || (j <= i ? false : after !== undefined)) return;
    const city = citiesIn(s).find((c) => TRIP_TO.test(s.text.slice(Math.max(0, c.start - 60), c.start)));
    if (!city) return;
    const traveller = mentionsIn(a, s.start, s.end).find((x) => a.entities[x.entity]!.type === "person");
    if (!traveller || !m.participants.includes(traveller.entity)) return;
    if (j <= i) before = city.name;
    else after = city.name;
  });
  return before ?? after;
}

/** "X hosted him at her ministry": the seat of government of the host's country. */
function hostsSeat(a: Analysis, m: Meeting): string | undefined {
  if (!/\bat (?:his|her|their|the) (?:ministry|office|official residence|residence|headquarters)\b/i.test(m.evidence.text)) return undefined;
  const country = a.entities[m.participants[0]!]?.affiliation;
  return country ? seatOfGovernment(country) : undefined;
}

/** How many sentences back a later sentence may refer to "the meeting". */
const REFERS_BACK = 3;
/** …and when it names someone who took part ("the meeting with the WHO chief"). */
const REFERS_BACK_NAMED = 10;

/** The latest held meeting told in the `REFERS_BACK` sentences before sentence `i` (or in it, when `same`). */
function meetingBefore(a: Analysis, meetings: readonly Meeting[], i: number, fits: (m: Meeting) => boolean = () => true, back = REFERS_BACK): Meeting | undefined {
  let best: Meeting | undefined, bestAt = -1;
  for (const m of meetings) {
    const j = sentenceOf(a, m);
    if (m.status === "held" && j < i && j >= i - back && j > bestAt && fits(m)) { best = m; bestAt = j; }
  }
  return best;
}

/** The one held meeting told in the REFERS_BACK_NAMED sentences before sentence `i`, when it is the only one so far. */
function onlyHeldBefore(a: Analysis, meetings: readonly Meeting[], i: number, fits: (m: Meeting) => boolean): Meeting | undefined {
  const before = meetings.filter((m) => m.status === "held" && sentenceOf(a, m) < i);
  return before.length === 1 && sentenceOf(a, before[0]!) >= i - REFERS_BACK_NAMED && fits(before[0]!) ? before[0] : undefined;
}

/** The sentence index of each held meeting (what meetingBefore may return is among these). */
const heldSentences = (a: Analysis, meetings: readonly Meeting[]) => meetings.filter((m) => m.status === "held").map((m) => sentenceOf(a, m));

/** "Lena Park, who was also present at the meeting": attendees named later join the meeting told before. */
function joinAttendees(a: Analysis, meetings: Meeting[], memberSentences: ReadonlySet<number> = new Set()): void {
  // A cue joins a held meeting of its own sentence or of the few before it (meetingBefore): sentences with none
  // in reach need not be read for cues.
  const heldAt = heldSentences(a, meetings);
  const reach = Math.max(REFERS_BACK, REFERS_BACK_NAMED);
  a.sentences.forEach((s, i) => {
    // (Members a sentence named for a group met before already joined that group's meeting: see membersNamed.)
    if (memberSentences.has(i)) return;
    const inReach = heldAt.some((j) => j <= i && j >= i - reach);
    for (const cue of ATTENDANCE_CUES) {
      if (!inReach && !cue.gathers) continue;
      const m = cue.re.exec(s.text);
      if (!m) continue;
      const attendees = cue.side === "before" ? subjectsBefore(a, s, s.start + m.index) : objectsAfter(a, s, s.start + m.index + m[0].length, []);
      // "present during the meeting with the WHO chief": the meeting with someone named here may be told well before.
      const named = personsIn(a, s.start, s.end).map((x) => x.entity).filter((p) => !attendees.includes(p));
      const open = (x: Meeting) => attendees.some((p) => !x.participants.includes(p));
      const target = !attendees.length ? undefined
        // "…, a meeting with X, which was also attended by Y": the meeting of the cue's own sentence, before the cue.
        : cue.sameSentence ? meetings.filter((x) => x.status === "held" && sentenceOf(a, x) === i && open(x)).pop()
        : meetingBefore(a, meetings, i, (x) => open(x) && x.participants.some((p) => named.includes(p)), REFERS_BACK_NAMED) ?? meetingBefore(a, meetings, i, open)
        // "… called on the minister. [five sentences of what was said] X and Y also attended the meeting": the one
        // meeting held in the article so far, however far back, when no other could be meant.
        ?? onlyHeldBefore(a, meetings, i, open);
      for (const p of attendees) if (target && !target.participants.includes(p)) target.participants.push(p);
      if (target) break;
      // "Also present at last night's meeting were A, B and C" with no meeting told before: they met one another.
      const gathered = cue.gathers && new Set(attendees).size >= 2 && !meetings.some((x) => sentenceOf(a, x) === i) ? gathering(a, s, [...new Set(attendees)], cue.id) : undefined;
      if (gathered) { meetings.push(gathered); break; }
    }
  });
}

/** A meeting of `participants` that sentence `s` says took place (an attendance cue with no meeting told before it). */
function gathering(a: Analysis, s: Sentence, participants: number[], cue: string): Meeting {
  const dates = sentenceDates(a, s.text);
  const m: Meeting = {
    participants, date: dates[0]?.value ?? null, dateText: dates[0] ? s.text.slice(dates[0].start, dates[0].end) : null, place: null, venue: null, kind: "in_person",
    status: "held", statusText: null, duration: durationIn(s.text), evidence: { text: s.text, start: s.start, end: s.end }, rule: `attendees:${cue}`,
  };
  m.date ??= dateFromContext(a, m) ?? null;
  return m;
}

/** "X was expected to meet Y … After the meeting, X said": a planned meeting later reported as over was held. */
function heldAfterAll(a: Analysis, meetings: Meeting[]): void {
  for (const m of meetings) {
    if (m.status !== "planned") continue;
    const i = sentenceOf(a, m);
    if (i < 0) continue;
    for (let j = i + 1; j <= i + REFERS_BACK && j < a.sentences.length; j++) {
      const s = a.sentences[j]!;
      // Another meeting told in between is the one "the meeting" refers to.
      if (meetings.some((o) => o !== m && sentenceOf(a, o) === j)) break;
      if (!HELD_LATER.re.test(s.text) || STILL_FUTURE.test(s.text)) continue;
      const key = [...m.participants].sort().join(",");
      if (!meetings.some((o) => o.status === "held" && [...o.participants].sort().join(",") === key)) { m.status = "held"; m.statusText = null; }
      break;
    }
  }
}

/** A venue named right before ", where": "Outside the National Palace, where …". */
const WHERE_BEFORE = /(?:^|\b(?:[Aa]t|[Ii]n|[Oo]utside|[Ii]nside|[Nn]ear)\s+)(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'-]*){0,4}),\s+where\s+$/u;

/** "The meeting took place outside his office in Bergen": the place (venue, date) of the meeting told before. */
function placeFromLaterSentences(a: Analysis, meetings: Meeting[]): void {
  const heldAt = heldSentences(a, meetings);
  a.sentences.forEach((s, i) => {
    // (Only a sentence with a held meeting in reach before it has one to place: meetingBefore.)
    if (!heldAt.some((j) => j < i && j >= i - REFERS_BACK)) return;
    // (A sentence telling a meeting of its own places that one: "X recalled their meeting last year in Lima".)
    if (heldAt.includes(i)) return;
    // (A participant there, by pronoun: only right after the meeting's own sentence.)
    const took = TOOK_PLACE.re.exec(s.text);
    const there = took ? null : WAS_THERE.re.exec(s.text);
    const cue = took ?? there;
    if (!cue) return;
    const m = meetingBefore(a, meetings, i, (x) => !x.place);
    if (m && there && sentenceOf(a, m) !== i - 1) return;
    // "… invited to meet X in Washington. The meeting took place on Monday, September 30, 2019": a meeting already
    // placed takes from it only a date more precise than its own, and consistent with it (the month it had).
    if (!m && took) {
      const placed = meetingBefore(a, meetings, i, (x) => !!x.place && !!x.date && x.date.length < 10);
      const d = placed && sentenceDates(a, s.text).find((x) => x.value.length > placed.date!.length && x.value.startsWith(placed.date!));
      if (placed && d) { placed.date = d.value; placed.dateText = s.text.slice(d.start, d.end); }
      return;
    }
    if (!m) return;
    const end = cue.index + cue[0].length;
    // "Outside the National Palace, where the meeting took place, …": the venue is named before the cue.
    const where = WHERE_BEFORE.exec(s.text.slice(0, cue.index));
    m.place = placeIn(a, s, cue.index, end, s.text.length) ?? (where ? placeIn(a, s, where.index, cue.index, cue.index, true) : null);
    m.venue ??= where ? where[1]! : venueIn(s.text, end, s.text.length);
    m.date ??= nearestTo(sentenceDates(a, s.text), cue.index, s.text.length)?.value ?? null;
  });
}

/**
 * "X and Y agreed to meet soon. They may gather in Bergen or Oslo later this month.": a planned meeting's next
 * sentence (PLANNED_NEXT) gives it the place and date it lacks, and joins its evidence (the alternatives it names
 * stay readable there).
 */
function planFromNextSentence(a: Analysis, meetings: Meeting[]): void {
  for (const m of meetings) {
    if (m.status === "held") continue;
    const i = sentenceOf(a, m);
    const next = a.sentences[i + 1];
    if (!next || next.caption) continue;
    const cue = PLANNED_NEXT.re.exec(next.text);
    if (!cue) continue;
    m.place ??= placeIn(a, next, 0, cue[0].length, next.text.length);
    m.date ??= nearestTo(sentenceDates(a, next.text), cue.index, next.text.length)?.value ?? null;
    m.evidence = { text: a.parsed.text.slice(m.evidence.start, next.end), start: m.evidence.start, end: next.end };
  }
}

/** "… had a phone call with Y. During the 25-minute talks, …": the duration of the meeting told before (LASTED). */
function durationFromLaterSentences(a: Analysis, meetings: Meeting[]): void {
  const heldAt = heldSentences(a, meetings);
  a.sentences.forEach((s, i) => {
    // (Only a sentence with a held meeting in reach before it has one to give a duration: meetingBefore.)
    if (!heldAt.some((j) => j < i && j >= i - REFERS_BACK)) return;
    // (A sentence telling a meeting held of its own gives that one its duration.)
    if (!LASTED.re.test(s.text) || meetings.some((m) => m.evidence.start === s.start && m.status === "held")) return;
    const duration = durationIn(s.text);
    const m = duration ? meetingBefore(a, meetings, i, (x) => !x.duration) : undefined;
    if (m) m.duration = duration;
  });
}

/**
 * The city an article is set in, without a dateline: the city it names most often after a locative cue
 * ("in Port Moresby", "arrived in Antalya"), the first on a tie. Used only for meetings nothing else places.
 */
export function mainCity(a: Analysis): { name: string; country: string } | undefined {
  if (a.parsed.dateline?.place) return undefined;
  const count = new Map<string, number>();
  // Not "to": "return to Washington", "invited them to Paris" point away from where the story is.
  // (Nor a future occasion's: "before the forthcoming meeting of the governments on October 3 in Bergen".)
  for (const s of a.sentences) if (!s.caption) for (const c of citiesIn(s)) if (!/\bto\s+$/.test(s.text.slice(Math.max(0, c.start - 4), c.start)) && !FUTURE_OCCASION_BEFORE.test(s.text.slice(Math.max(0, c.start - 100), c.start))) count.set(c.name, (count.get(c.name) ?? 0) + 1);
  let best: string | undefined;
  for (const [name, n] of count) if (!best || n > count.get(best)!) best = name;
  return best ? { name: best, country: lookupCity(best)!.country } : undefined;
}

/** A future occasion's words before a city in its sentence: "the forthcoming meeting … in ", "next summit in ". */
const FUTURE_OCCASION_BEFORE = /\b(?:forthcoming|upcoming|next|planned|future|scheduled)\s+(?:[\w-]+\s+){0,2}(?:meeting|summit|visit|talks|session|conference|round)\b[^.;]{0,80}$/i;

/** "X and Y met in Casa Verde – politics": where the headline says a meeting was held, as written there. */
function titlePlace(a: Analysis): string | undefined {
  const m = a.parsed.title ? TITLE_PLACE.exec(a.parsed.title) : null;
  if (!m) return undefined;
  const known = lookupCity(m[1]!)?.name ?? lookupPlace(m[1]!)?.name;
  if (known) return known;
  // A headline's Title Case makes any word look like a name ("Meets Envoy in Bid to End Strike"): a place the
  // gazetteers do not know counts only when the body also has it after "in" or "at".
  const escaped = m[1]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`\\b(?:in|at)\\s+(?:the\\s+)?${escaped}\\b`, "u").test(a.parsed.text) ? m[1]! : undefined;
}
const TITLE_PLACE = /\b(?:met|meet|meets|talks|meeting|negotiations|holds?|held|visits?|visited|hosts?|hosted|receives?|received)\b[^–—|:]*?\bin\s+(\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:de|del|da|of|the)\s+)?\p{Lu}[\p{L}’'-]*){0,3})/u;

// A day named without a calendar date: "On Wednesday", "on Friday night".
const DAY_OF_MONTH = `(?:(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_PATTERN}))\\b`;
const WEEKDAY_WORD = new RegExp(`\\b(?:${Object.keys(WEEKDAYS).filter((w) => w.length > 4).join("|")})\\b(?:,?\\s+${DAY_OF_MONTH})?|\\bon\\s+${DAY_OF_MONTH}`, "gi");
/**
 * With no published date to resolve it against, the weekday the meeting's clause names, as written ("Wednesday"),
 * so an answer can still say when; null when there is none. Offsets are the sentence's.
 */
function weekdayText(text: string, at: number, clause: number): string | null {
  return nearestTo(weekdaysIn(text.slice(0, clause)), at, clause)?.value ?? null;
}

/**
 * The weekdays `text` names, each with its words as written for a value ("Tuesday"), with a day of the month written
 * after it ("Monday, January 26"); and a day of the month alone ("on January 26"): what an undated article still says.
 */
function weekdaysIn(text: string): DateMention[] {
  return [...text.matchAll(WEEKDAY_WORD)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, value: m[0].replace(/^(?:on|this|last)\s+/i, "") }));
}

/**
 * "A, B and C met with the leadership of three unions … The recognised unions are X, Y and Z": the members a
 * sentence soon after lists for the group met each meet those who met it (one meeting per member).
 */
function membersOfGroups(a: Analysis, meetings: Meeting[], groupObjects: ReadonlyMap<Meeting, string>): void {
  for (const [m, noun] of groupObjects) {
    const i = sentenceOf(a, m);
    for (let j = i + 1; i >= 0 && j <= i + 2 && j < a.sentences.length; j++) {
      const s = a.sentences[j]!;
      const cue = new RegExp(`\\b[Tt]he\\s+(?:[\\p{L}-]+\\s+){0,2}${noun}\\s+(?:are|were|include|included|comprise|comprised)\\s+`, "u").exec(s.text);
      if (!cue) continue;
      let edge = s.start + cue.index + cue[0].length;
      const members: number[] = [];
      for (const x of mentionsIn(a, edge, s.end)) {
        // Joined by commas, "and", "the", or a bracketed short form: "NUM, the National Union of Metalworkers (Numsa) and X".
        if (!/^[\s,]*(?:and\s+)?(?:the\s+)?$/i.test(a.parsed.text.slice(edge, x.start).replace(/\([^()]{1,30}\)/g, ""))) break;
        if (!members.includes(x.entity) && !m.participants.includes(x.entity)) members.push(x.entity);
        edge = x.end;
      }
      for (const member of members) meetings.push({ ...m, participants: [...m.participants, member], rule: `${m.rule}+listed` });
      break;
    }
  }
}

/** Every meeting of the article, merged by participants (one meeting, best date and place). */
export function findMeetings(a: Analysis): Meeting[] {
  const merged = new Map<string, Meeting>();
  const groups: GroupMeeting[] = [];
  const groupObjects = new Map<Meeting, string>();
  const named: MembersNamed = { meetings: new Map(), sentences: new Set() };
  const found: Meeting[] = [];
  for (const s of a.sentences) {
    for (const m of [...meetingsIn(a, s, groups, found, groupObjects), ...membersMeet(a, s, groups, found, named)]) {
      found.push(m);
      // "Earlier in the day, X met Y": a meeting with no date of its own takes the one its context gives before it
      // is merged, so that the same people met on two days stay two meetings.
      // (Not a group's meeting told again by the sentence naming its members: the context of that sentence is not the
      // meeting's; it keeps the date the group meeting had.)
      // (Nor meetings told as earlier than the sentence: "after his earlier meetings with X" has no date of the context.)
      const earlier = m.rule.endsWith("+earlier");
      if (!m.rule.includes("+group+") && !earlier) m.date ??= separateDate(m, found) ?? leadDate(a, m) ?? dateFromFollowing(a, m) ?? dateFromContext(a, m) ?? dateFromPreceding(a, m) ?? alsoDate(m, found);
      // With no published date a weekday resolves to no calendar date, but the one its context gives still says when.
      if (!a.parsed.published && !m.date && !earlier) m.dateText ??= dateFromContext(a, m, weekdaysIn);
      // A meeting held and one only planned between the same people are two records.
      let key = `${[...m.participants].sort((x, y) => x - y).join(",")}|${m.status === "held" ? "held" : "other"}`;
      // The same people on two different dates met twice ("in Buenos Aires on Feb. 16 … met Friday in Montevideo").
      for (let n = 2; merged.get(key)?.date && m.date && merged.get(key)!.date !== m.date; n++) key = `${key.replace(/#\d+$/, "")}#${n}`;
      const prev = merged.get(key);
      if (!prev) { merged.set(key, m); continue; }
      prev.date ??= m.date;
      prev.place ??= m.place;
      if (prev.evidence.text.length > 0 && s.caption === false && a.sentences.find((x) => x.start === prev.evidence.start)?.caption) {
        merged.set(key, { ...m, date: prev.date ?? m.date, place: prev.place ?? m.place });
      }
    }
  }
  const meetings = withoutPlansOfHeld(standInForDelegations(a, [...merged.values()], named));
  membersOfGroups(a, meetings, groupObjects);
  joinAttendees(a, meetings, named.sentences);
  heldAfterAll(a, meetings);
  placeFromLaterSentences(a, meetings);
  // A meeting its members joined is the group's: what a later sentence told of the group's holds for it too.
  for (const [g, made] of named.meetings) { made.date ??= g.date; made.dateText ??= g.dateText; made.place ??= g.place; made.venue ??= g.venue; }
  durationFromLaterSentences(a, meetings);
  planFromNextSentence(a, meetings);
  // No place in the sentence: a meeting with a shared participant on the same date, else the dateline.
  for (const m of meetings) {
    if (m.place || m.kind === "call") continue;
    const sibling = meetings.find((o) => o !== m && o.status === "held" && o.place && o.date === m.date && o.participants.some((p) => m.participants.includes(p)));
    // …and failing all of those, the venue as the article names it ("Harbour House").
    m.place = sibling?.place ?? hostsSeat(a, m) ?? (m.rule === "fronted-noun" ? placeFromContext(a, m) : nounPlaceBefore(a, m, meetings)) ?? tripPlace(a, m) ?? a.parsed.dateline?.place ?? titlePlace(a) ?? m.venue ?? null;
  }
  // Still none, or only a country: the city the article is set in, when it names one (of that country).
  const city = mainCity(a);
  for (const m of meetings) {
    if (!city || m.kind === "call") continue;
    if (!m.place || lookupPlace(m.place)?.kind === "country" && lookupPlace(m.place)!.name === city.country) m.place = city.name;
  }
  // Only a country, and the dateline a city of it ("Oslo, 17 September (NTB) – … paying a visit to Norway"):
  // the city the story was filed from.
  const filed = a.parsed.dateline?.place ? lookupCity(a.parsed.dateline.place) : undefined;
  for (const m of meetings) {
    if (filed && m.place && m.kind !== "call" && lookupPlace(m.place)?.kind === "country" && lookupPlace(m.place)!.name === filed.country) m.place = a.parsed.dateline!.place;
  }
  return meetings;
}
