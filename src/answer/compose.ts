/**
 * Pure composition of answers from rows the store returned: no I/O here, so
 * every answer's wording and every "not sure" rule is tested without D1.
 */
import givenNames from "gender-detection-from-name/names/en";
import { resolveDate } from "../extract/dates";
import { MONTH_PATTERN, WEEKDAY_PATTERN } from "../lexicon/calendar";
import { lookupPlace } from "../lexicon/places";
import { GENDERED_TITLES } from "../lexicon/titles";
import type { Source, Subject } from "../store/answer-types";
import type { EntityRef, LinkedRef, MeetingRow, StatementRow } from "../store/queries";
import { normaliseKey } from "../util/normalise";
import type { Intent } from "./intent";
import { stem } from "./search";

export const MAX_ITEMS = 8;

/** A composed answer: its text, sources and who it is about. */
export interface Composed {
  text: string;
  sources: Source[];
  subject?: Subject;
}

export const src = (r: { article_id: string; title: string | null; evidence: string }): Source => ({ article_id: r.article_id, title: r.title, evidence: r.evidence });
/** Whether a meeting took place, in words; empty for a held one. */
const STATUS_WORDS: Record<string, string> = {
  planned: "planned", cancelled: "cancelled", postponed: "postponed", refused: "refused", denied: "denied",
  not_held: "did not take place", hypothetical: "only spoken of as possible",
};
export const isHeld = (m: MeetingRow) => !m.status || m.status === "held";
const statusOf = (m: MeetingRow) => (isHeld(m) ? null : STATUS_WORDS[m.status!] ?? m.status!);
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
/**
 * An ISO date in words, as readers ask and articles write it: "2024-02-13" → "Tuesday, 13 February 2024",
 * "2024-02" → "February 2024"; undefined for a year alone or anything else.
 */
export function inWords(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const month = m ? MONTH_NAMES[+m[2]! - 1] : undefined;
  if (!m || !month) return undefined;
  if (!m[3]) return `${month} ${m[1]}`;
  const day = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]));
  return Number.isNaN(day.getTime()) ? undefined : `${WEEKDAY_NAMES[day.getUTCDay()]}, ${+m[3]} ${month} ${m[1]}`;
}

const when = (m: MeetingRow) => [statusOf(m), m.date, m.place, m.kind === "call" ? "by phone or video" : null, m.duration ? `${m.duration}` : null].filter(Boolean).join(", ");
/** The venue and the place, as far as the record has them ("Government House, Bangkok"). */
const placeOf = (m: MeetingRow) => (m.venue && m.place && !normaliseKey(m.place).includes(normaliseKey(m.venue)) && !normaliseKey(m.venue).includes(normaliseKey(m.place)) ? `${m.venue}, ${m.place}` : m.place ?? m.venue ?? null);

/** A time a meeting is set for, as articles write it ("next week", "on Tuesday", "in June", "later this month"). */
const TIME_SET = new RegExp(`\\b(?:(?:early |late )?next (?:week|month|year|weekend|spring|summer|autumn|fall|winter|${WEEKDAY_PATTERN})|later (?:this|next) (?:week|month|year)|this (?:week|month|weekend|year|${WEEKDAY_PATTERN})|tomorrow|(?:on|by) (?:${WEEKDAY_PATTERN})\\b(?:,? (?:${MONTH_PATTERN})\\.? \\d{1,2})?|(?:on|by) (?:${MONTH_PATTERN})\\.? \\d{1,2}(?:, \\d{4})?|(?:in|by|before|until) (?:early |late |mid-)?(?:${MONTH_PATTERN})(?: \\d{4})?|(?:in|within) (?:the )?(?:coming|next) (?:days|weeks|months))\\b`, "i");

/**
 * When and where a meeting not yet held is due, in words: the date (or the
 * time as the article wrote it when no day was resolved) and the venue or
 * place. Empty when the record has neither. " on 2025-03-01 in Oslo", " next week".
 */
export function dueAt(m: MeetingRow): string {
  const written = m.date_text ?? TIME_SET.exec(m.evidence)?.[0] ?? null;
  // "next week", "on Tuesday" read on their own; "June 27" needs its "on".
  const phrase = written && (/^(?:on|in|by|before|until|within|next|this|later|early|late|tomorrow|today|yesterday|last)\b/i.test(written) ? written : `on ${written}`);
  const time = m.date ? (phrase && !/^on \d{4}-/.test(phrase) ? ` ${phrase} (${m.date})` : ` on ${m.date}`) : phrase ? ` ${phrase}` : "";
  const place = placeOf(m);
  return `${time}${place ? ` in ${place}` : ""}`;
}

const more = (n: number) => (n > MAX_ITEMS ? ` …and ${n - MAX_ITEMS} more.` : "");
export const quote = (s: StatementRow) => (s.kind === "direct" ? `“${s.text.replace(/^[“"]|[”",]+$/g, "")}”` : s.text);
export const notKnown = (name: string) => `I found no one called “${name.slice(0, 80)}” in the stored articles.`;

/** The counterparts of a meeting: its participants other than the given entities. */
function others(m: MeetingRow, refs: EntityRef[]): string[] {
  const mine = new Set(refs.filter((r) => r.article_id === m.article_id).map((r) => r.idx));
  const names = m.participants.split("|");
  return m.participant_idxs.split("|").map(Number).map((idx, i) => ({ idx, name: names[i]! })).filter((p) => !mine.has(p.idx)).map((p) => p.name);
}

/** The subject a meeting leaves for follow-ups: its participants, the first two as the pair. */
export function meetingSubject(m: MeetingRow): Subject {
  const people = m.participants.split("|");
  return { people, ...(people.length >= 2 ? { pair: [people[0]!, people[1]!] as [string, string] } : {}) };
}

/** A subject from names (the first two as a pair), or undefined when there are none. */
export function subjectOf(names: string[]): Subject | undefined {
  const people = [...new Set(names)];
  if (!people.length) return undefined;
  return { people, ...(people.length >= 2 ? { pair: [people[0]!, people[1]!] as [string, string] } : {}) };
}

/** An entity's surface form: a name or alias, or a role phrase ("Ghana's Trade Minister"). */
export interface NameForm {
  name: string;
  type: string;
  alias: string;
  kind?: string;
}

/** A role phrase names one person only when it has two words or more ("Trade Minister", not "minister"). */
const naming = (n: NameForm) => n.kind !== "role" || normaliseKey(n.alias).split(/\s+/).length >= 2;

/** Person names of an article whose name, alias or role phrase occurs in the text, in order of first occurrence. */
export function namedIn(text: string, names: NameForm[], types: readonly string[] = ["person"]): string[] {
  const key = ` ${normaliseKey(text)} `;
  return names
    .filter((n) => types.includes(n.type) && n.alias.length > 2 && naming(n) && key.includes(` ${normaliseKey(n.alias)} `))
    .map((n) => ({ name: n.name, at: key.indexOf(` ${normaliseKey(n.alias)} `) }))
    .sort((a, b) => a.at - b.at)
    .map((n) => n.name)
    .filter((n, i, all) => all.indexOf(n) === i);
}

/**
 * "Ghana's Trade Minister also pledged …": the people a passage names only by
 * a role phrase, said by name ("Ghana's Trade Minister here is Ida Moen").
 */
export function rolesResolved(text: string, names: NameForm[]): string[] {
  const key = ` ${normaliseKey(text)} `;
  const byName = new Set(names.filter((n) => n.kind !== "role" && key.includes(` ${normaliseKey(n.alias)} `)).map((n) => n.name));
  const out = new Map<string, string>();
  for (const n of names) {
    if (n.type !== "person" || n.kind !== "role" || !naming(n) || byName.has(n.name) || out.has(n.name)) continue;
    if (key.includes(` ${normaliseKey(n.alias)} `)) out.set(n.name, `${n.alias} here is ${n.name}`);
  }
  return [...out.values()];
}

const LINK_STOP = new Set(["the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "did", "does", "do", "who", "whom", "what", "when", "where", "why", "how", "which", "is", "was", "were", "are", "has", "have", "had", "he", "she", "they", "it", "his", "her", "their", "meet", "met", "say", "said", "about"]);

/**
 * Candidate look-up keys of a question: every run of one to four words
 * (normalised, possessives dropped) not made only of function words, and its
 * capitalised two-letter words ("Xi", "Ma") for first-token look-ups.
 */
export function nameCandidates(question: string): { keys: string[]; short: string[] } {
  const raw = question.replace(/[?!.,;:()"“”]/g, " ").split(/\s+/).filter(Boolean);
  const words = raw.map((w) => normaliseKey(w)).map((w, i) => ({ w, cap: /^\p{Lu}/u.test(raw[i]!) && i > 0 }));
  // A function word opens or closes a name only when capitalised inside the question ("He Wei").
  const stop = (i: number) => LINK_STOP.has(words[i]!.w) && !words[i]!.cap;
  const keys: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 4 && i + n <= words.length; n++) {
      const run = words.slice(i, i + n).map((x) => x.w);
      if (run.some((w) => !w)) break;
      if (stop(i) || stop(i + n - 1)) continue;
      if (n === 1 && run[0]!.length < 3) continue;
      keys.push(run.join(" "));
    }
  }
  const short = words.filter((x) => x.cap && /^[a-z]{2}$/.test(x.w) && !LINK_STOP.has(x.w)).map((x) => x.w);
  return { keys, short };
}

/**
 * The names a question mentions, from the rows its keys matched: longest
 * keys first, a shorter key inside a chosen one dropped ("qin" inside "qin
 * gang"); a place name is never taken for a person.
 */
export function chooseLinks(refs: LinkedRef[]): LinkedRef[] {
  const byKey = new Map<string, LinkedRef[]>();
  for (const r of refs) {
    if (r.type === "person" && lookupPlace(r.key)) continue;
    (byKey.get(r.key) ?? byKey.set(r.key, []).get(r.key)!).push(r);
  }
  const keys = [...byKey.keys()].sort((a, b) => b.split(" ").length - a.split(" ").length || b.length - a.length);
  const chosen: string[] = [];
  for (const k of keys) if (!chosen.some((c) => ` ${c} `.includes(` ${k} `))) chosen.push(k);
  return chosen.flatMap((k) => byKey.get(k)!.sort((a, b) => b.mentions - a.mentions).slice(0, 5)).slice(0, 20);
}

/** "Who met whom?", optionally on a day or in a place. */
export function composeAllMeetings(rows: MeetingRow[], intent: Extract<Intent, { type: "all_meetings" }>): Composed | null {
  let ms = rows;
  if (intent.when) ms = ms.filter((m) => m.date && m.date === resolveDate(`on ${intent.when}`, m.published));
  // "List the meetings in Beijing": filtered by the place named.
  if (intent.place) ms = ms.filter((m) => m.place && normaliseKey(m.place).includes(normaliseKey(intent.place!)));
  if (!ms.length) return null;
  const lines = ms.slice(0, MAX_ITEMS).map((m) => `• ${m.participants.split("|").join(" and ")}${when(m) ? ` (${when(m)})` : ""}`);
  return { text: `Meetings on record:\n${lines.join("\n")}${more(ms.length)}`, sources: ms.map(src) };
}

/** One line per person a typed name fits, one entry per counterpart however many articles report the meeting. */
export function composeMeetingsOf(people: Array<{ name: string; refs: EntityRef[]; meetings: MeetingRow[] }>, calls: boolean): Composed {
  const lines: string[] = [];
  const sources: Source[] = [];
  let subject: Subject | undefined;
  for (const { name, refs, meetings } of people) {
    const all = calls ? meetings.filter((m) => m.kind === "call") : meetings;
    // Meetings planned, cancelled or refused are no meetings held: said apart, and only when none was held.
    const ms = all.filter(isHeld);
    const notHeld = all.filter((m) => !isHeld(m));
    if (!all.length) continue;
    const notHeldLine = notHeld.length ? `${name}'s meetings not (yet) held: ${notHeld.slice(0, MAX_ITEMS).map((m) => `${others(m, refs).join(" and ")} (${when(m)})`).join("; ")}.` : null;
    if (!ms.length) {
      lines.push(notHeldLine!);
      sources.push(...notHeld.map(src));
      continue;
    }
    const groups = new Map<string, string[]>();
    for (const m of ms) {
      const who = others(m, refs).join(" and ");
      const list = groups.get(who) ?? groups.set(who, []).get(who)!;
      const w = calls ? [m.date, m.place].filter(Boolean).join(", ") : when(m);
      if (w && !list.includes(w)) list.push(w);
    }
    const parts = [...groups].slice(0, MAX_ITEMS).map(([who, ws]) => `${who}${ws.length ? ` (${ws.join("; ")})` : ""}`);
    lines.push(`${name} ${calls ? "spoke by phone or video with" : "met"} ${parts.join("; ")}.${more(groups.size)}`);
    sources.push(...ms.map(src));
    const first = [...groups.keys()][0];
    subject ??= { people: [name], pair: first ? [name, first] : undefined };
  }
  return { text: lines.join("\n"), sources, ...(subject ? { subject } : {}) };
}

/**
 * Answers about one pair's meetings (rows already filtered to the pair).
 * `complete` is false when the record lacks what was asked (no date, no
 * place): the caller then adds the closest passages of the text.
 */
export function composePair(intent: Extract<Intent, { a: string; b: string }>, na: string, nb: string, ms: MeetingRow[], near: StatementRow[], hasForm: boolean): Composed & { complete: boolean } {
  const sources = [...ms.map(src), ...near.map(src)];
  const out = (text: string, complete = true) => ({ text, sources, complete });
  // Held meetings answer when and where; without one, the meeting that was planned or called off, said so.
  const held = ms.filter(isHeld);
  // "Where was X supposed to meet Y?", "When is X due to meet Y?": the meeting that was to be, before any held one.
  const notHeld = ms.filter((m) => !isHeld(m));
  const toBe = "planned" in intent && intent.planned && notHeld.length > 0;
  if (toBe && (intent.type === "when" || intent.type === "where")) {
    const m = notHeld.find((x) => x.status === "planned") ?? notHeld[0]!;
    const what = m.status === "planned" ? `${na} and ${nb} are due to meet` : `${na} and ${nb} were to meet (the meeting was ${statusOf(m)})`;
    const told = intent.type === "when" ? dueAt(m) : dueAt({ ...m, date: null, date_text: null }) || dueAt(m);
    return out(`${what}${told || (intent.type === "when" ? ", but the record does not say when" : ", but the record does not say where")}.\n“${m.evidence}”`, !!told);
  }
  const pool = held.length ? held : ms;
  const met = held.length ? "met" : `were to meet (${statusOf(ms[0]!)})`;
  const sub = held.length ? `${na} met ${nb}` : `${na} and ${nb} ${met}`;
  if (intent.type === "when") {
    const dated = pool.filter((m) => m.date);
    // An article with no date of its own may still name the day ("On Wednesday, …"): that, as written.
    const day = pool.find((m) => m.date_text)?.date_text;
    return dated.length ? out(`${sub} on ${[...new Set(dated.map((m) => m.date!))].map((d) => `${d}${inWords(d) ? ` (${inWords(d)})` : ""}`).join(", ")}${dated[0]!.place ? ` in ${dated[0]!.place}` : ""}.`)
      : day ? out(`${sub} on ${day} (${/\d/.test(day) ? "the article gives no year" : "the article gives no calendar date"}).`) : out(`${sub}, but the record does not say when.`, false);
  }
  if (intent.type === "where") {
    const placed = pool.filter((m) => m.place || m.venue);
    // The record keeps a city or country and the venue when the article names it (a palace, a hotel); without a venue the text may name it, so its passages follow.
    return placed.length ? out(`${sub} ${placed[0]!.venue ? "at" : "in"} ${[...new Set(placed.map((m) => placeOf(m)))].join("; ")}${placed[0]!.date ? ` (${placed[0]!.date})` : ""}.`, placed.some((m) => m.venue)) : out(`${sub}, but the record does not say where.`, false);
  }
  if (intent.type === "participants") {
    // Nobody on record beyond the pair asked about: the text may name the others present.
    const beyond = ms.some((m) => m.participants.split("|").some((p) => p !== na && p !== nb));
    return out(`Taking part:\n${ms.slice(0, MAX_ITEMS).map((m) => `• ${m.participants.split("|").join(", ")}${when(m) ? ` (${when(m)})` : ""}`).join("\n")}`, beyond);
  }
  if (intent.type === "did_meet" && !ms.some(isHeld)) {
    // Planned, cancelled, refused …: the record says it did not (yet) take place, and the words that say so.
    const m = ms.find((x) => x.status === "planned") ?? ms[0]!;
    const at = [m.date, placeOf(m)].filter(Boolean).join(", ");
    const negative = hasForm ? "has not met" : "did not meet";
    const head = m.status === "planned"
      ? `Not yet: ${na} ${negative} ${nb}; they are due to meet${dueAt(m)}.`
      : `No. As far as the stored articles say, ${na} ${negative} ${nb}: their meeting ${m.status === "not_held" || m.status === "hypothetical" ? statusOf(m) : `was ${statusOf(m)}`}${at ? ` (${at})` : ""}.`;
    return out(`${head}\n“${m.evidence}”`);
  }
  if (intent.type === "did_meet") {
    const m = ms.find((x) => isHeld(x) && x.kind !== "call") ?? ms.find(isHeld)!;
    const how = m.kind === "call" ? " by phone or video call" : " in person";
    const head = intent.inPerson && m.kind === "call"
      ? `No, not in person as far as the record goes: ${na} and ${nb} spoke by phone or video call${when(m) ? ` (${when(m)})` : ""}.`
      : m.kind === "call"
        ? `Yes, by phone or video call: ${na} spoke with ${nb}${m.date ? ` (${m.date})` : ""}.`
        : `Yes. ${na} ${hasForm ? "has met" : "met"} ${nb}${intent.how || intent.inPerson ? how : ""}${when(m) ? ` (${when(m)})` : ""}.`;
    return out(`${head}\n“${m.evidence}”`);
  }
  const said = near.slice(0, MAX_ITEMS).map((s) => `• ${s.speaker}: ${quote(s)}`);
  // What they discussed is in the meeting sentence and what was said around it; unless the meeting sentence says what
  // was discussed, the text may say more ("The two discussed …" in the next sentence).
  return out([`${na} and ${nb} met${when(ms[0]!) ? ` (${when(ms[0]!)})` : ""}: ${ms[0]!.evidence}`, ...said].join("\n"), DISCUSSED.test(ms[0]!.evidence));
}

/** A meeting sentence that says what was discussed ("discussed trade", "talks on the border", "exchanged views on"). */
const DISCUSSED = /\b(?:discuss(?:ed|ing)?|talks? (?:on|about|over|focused on)|focused on|exchanged views|agreed (?:on|to)|to (?:discuss|review|address))\b/i;

/** Words that give a reason in the sentence itself ("cancelled because of a strike", "called off over the dispute"). */
const REASON = /\b(?:because|due to|owing to|after|amid|citing|as a result of|in protest|for fear|on account of)\b/i;

/** The participants of a meeting, "A and B" or "A, B and C". */
const names = (m: MeetingRow) => listed(m.participants.split("|"));
const listed = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}` : xs[0] ?? "");

/**
 * "Why was the meeting cancelled?", "Why did X refuse to meet Y?": the meetings
 * not held (of the status asked about, when one is) and the sentence that says
 * so. `complete` is false when that sentence gives no reason: the text around
 * it may. Null when every meeting given was held.
 */
export function composeStatusReason(ms: MeetingRow[], status?: string): (Composed & { complete: boolean }) | null {
  const notHeld = ms.filter((m) => !isHeld(m));
  const asked = status ? notHeld.filter((m) => m.status === status || (status === "cancelled" && m.status === "not_held")) : notHeld;
  const pool = asked.length ? asked : notHeld;
  if (!pool.length) return null;
  const lines = pool.slice(0, 3).map((m) => {
    const at = [m.date, placeOf(m)].filter(Boolean).join(", ");
    const verb = m.status === "not_held" || m.status === "hypothetical" ? statusOf(m) : `was ${statusOf(m)}`;
    return `The meeting of ${names(m)}${at ? ` (${at})` : ""} ${verb}: “${m.evidence}”`;
  });
  return { text: lines.join("\n"), sources: pool.map(src), subject: meetingSubject(pool[0]!), complete: REASON.test(pool[0]!.evidence) };
}

/** "How long did the meeting last?": the meetings whose duration the record keeps, held ones first; null when none does. */
export function composeDuration(ms: MeetingRow[]): Composed | null {
  const timed = ms.filter((m) => m.duration).sort((a, b) => Number(!isHeld(a)) - Number(!isHeld(b)));
  if (!timed.length) return null;
  const lines = timed.slice(0, 3).map((m) => {
    const at = [m.date, placeOf(m)].filter(Boolean).join(", ");
    return `${names(m)} ${isHeld(m) ? "met" : `were to meet (${statusOf(m)})`} for ${m.duration}${at ? ` (${at})` : ""}: “${m.evidence}”`;
  });
  return { text: lines.join("\n"), sources: timed.map(src), subject: meetingSubject(timed[0]!) };
}

/** "How long did the meeting last?" when no meeting asked about has a duration on record: says so, with the meeting's evidence; null without meetings. */
export function composeNoDuration(ms: MeetingRow[]): string | null {
  const m = [...ms].sort((a, b) => Number(!isHeld(a)) - Number(!isHeld(b)))[0];
  return m ? `The articles do not say how long ${names(m)} met. The meeting: “${m.evidence}”` : null;
}

/**
 * "Who else took part?": the participants of the meetings other than the
 * people already named (the pair asked about or talked of). Null when the
 * record names no one else: the text may.
 */
export function composeOthers(ms: MeetingRow[], named: string[]): Composed | null {
  const known = new Set(named.map((n) => normaliseKey(n)));
  const rows = ms.filter(isHeld).length ? ms.filter(isHeld) : ms;
  const withOthers = rows.map((m) => ({ m, others: m.participants.split("|").filter((p) => !known.has(normaliseKey(p))) })).filter((x) => x.others.length);
  if (!withOthers.length) return null;
  const all = [...new Set(withOthers.flatMap((x) => x.others))];
  const first = withOthers[0]!.m;
  return {
    text: `Also taking part: ${listed(all.slice(0, MAX_ITEMS))}${more(all.length)}\n${withOthers.slice(0, 3).map(({ m }) => `• ${names(m)}${when(m) ? ` (${when(m)})` : ""}: “${m.evidence}”`).join("\n")}`,
    sources: withOthers.map((x) => src(x.m)),
    subject: meetingSubject(first),
  };
}

/** Words the search looks for when the record names no one else at a meeting (FTS5 porter stems them). */
export const ATTENDANCE_WORDS = ["present", "attendance", "attended", "accompanied", "joined", "flanked", "participated"];

/** A sentence saying someone else was at a meeting ("X was also present", "accompanied by X", "also attended by X"). */
const ATTENDED = /\b(?:(?:was|were) (?:also )?(?:present|in attendance)|also (?:attended|present|took part|joined|participated|sat in)|(?:accompanied|flanked|joined) by|(?:was|were) also (?:there|at the (?:meeting|talks))|among those (?:present|attending|at the))\b/i;

/**
 * "Who else was present?": sentences of the meeting's article that say who
 * else was there, when the meeting record names no one beyond the pair. Null
 * when none does.
 */
export function composeAttendance(rows: Array<{ article_id: string; idx: number; text: string; title: string | null }>, exclude: string[] = []): Composed | null {
  const skip = new Set(exclude);
  const found = rows.filter((r) => ATTENDED.test(r.text) && !skip.has(r.text)).sort((a, b) => a.idx - b.idx).slice(0, 3);
  if (!found.length) return null;
  return { text: `Also there, as the article says:\n${found.map((r) => `• “${r.text}”`).join("\n")}`, sources: found.map((r) => ({ article_id: r.article_id, title: r.title, evidence: r.text })) };
}

/** Words of sentences that tell who came along with someone, searched for in their article. */
export const COMPANION_WORDS = ["accompanied", "accompanying", "flanked", "joined", "delegation", "entourage"];

/** "X was accompanied by …", "He was flanked by …", "… were also part of the delegation". */
const COMPANIONS = /\b(?:accompanied by|flanked by|joined by|accompanying (?:him|her|them)|(?:was|were) (?:also )?(?:part|members?) of (?:the|his|her|their) (?:\p{L}+ )?(?:delegation|entourage|team)|(?:delegation|entourage) (?:also )?(?:included|comprised|consisted of))\b/iu;
/** Others joining a delegation just told of, in a sentence of their own: "… were also part of the delegation". */
const ALSO_IN_DELEGATION = /\b(?:was|were) also (?:part|members?) of (?:the|his|her|their) (?:\p{L}+ )?(?:delegation|entourage|team)\b/iu;
/** A sentence's opening run of capitalised words (its subject, when it opens with a name): "Prime Minister Ana Lind". */
const OPENING_NAMES = /^(?:(?:\p{Lu}[\p{L}.’'-]*|of|the|and|de|bin|al)\s+)*/u;

/**
 * "Who accompanied X (to the meeting)?": sentences of X's article (`rows`, found by COMPANION_WORDS) that say who
 * came with X — naming X before the cue ("X was accompanied by A and B"), or opening with "He"/"She" right after a
 * sentence X opens (`previous` gives the sentence before a row) — and one saying others were "also part of the
 * delegation" within two sentences after such a one. `names`: the person's name on record first, then as typed. Null
 * when none does.
 */
export function composeCompanions(rows: TextRow[], previous: (r: TextRow) => string | undefined, names: readonly string[]): Composed | null {
  const name = names[0]!;
  const tokens = names.flatMap((n) => n.split(/\s+/)).filter((w) => w.length > 2 && /^\p{Lu}/u.test(w)).map((w) => new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u"));
  const at = (text: string) => Math.min(...tokens.map((t) => t.exec(text)?.index ?? Infinity));
  const sorted = [...rows].sort((a, b) => a.idx - b.idx);
  const found: TextRow[] = [];
  for (const r of sorted) {
    const cue = COMPANIONS.exec(r.text);
    if (!cue) continue;
    const names = at(r.text) < cue.index;
    const prev = /^(?:He|She)\b/.test(r.text) ? previous(r) : undefined;
    const pronoun = prev !== undefined && at(OPENING_NAMES.exec(prev)![0]) < Infinity;
    const follows = ALSO_IN_DELEGATION.test(r.text) && found.some((f) => r.idx > f.idx && r.idx - f.idx <= 2);
    if (names || pronoun || follows) found.push(r);
  }
  if (!found.length) return null;
  return { text: `With ${name}, as the article says:\n${found.slice(0, 3).map((r) => `• “${r.text}”`).join("\n")}`, sources: found.slice(0, 3).map((r) => ({ article_id: r.article_id, title: r.title, evidence: r.text })), subject: { people: [name] } };
}

/** Words of sentences that say what a meeting dealt with, searched for in its article. */
export const DISCUSSION_WORDS = ["discussed", "discuss", "dealt", "talked", "focused", "touched", "issues", "agenda", "covered"];

/** A sentence that says what was discussed ("The two leaders discussed …", "The meeting dealt with …", "Issues they discussed were …"). */
const DISCUSSION = /\b(?:discuss(?:ed|ing)?|dealt with|talked about|focused on|touched on|covered|on the agenda|issues (?:they|raised|included))\b/i;
/** A sentence about the meeting or the pair of the sentence before it. */
const REFERS_BACK = /\b(?:they|the two(?: \w+)?|both(?: \w+)?|the (?:leaders|ministers|sides|meeting|talks|call|discussions?|visit)|during the (?:meeting|talks|call|visit))\b/i;

type TextRow = { article_id: string; idx: number; text: string; title: string | null };

/**
 * Which sentences are about one pair's meeting: those naming both of the pair,
 * and those referring back ("The two leaders …", "During the meeting …") to
 * the meeting's sentence or one naming both, up to three sentences before.
 */
function aboutThePair(rows: TextRow[], names: string[], evidence: string[]): (r: TextRow, direct: boolean) => boolean {
  const keys = names.map((n) => normaliseKey(n).split(/\s+/).filter((w) => w.length > 2));
  const both = (t: string) => { const k = ` ${normaliseKey(t)} `; return keys.every((ws) => ws.some((w) => k.includes(` ${w} `))); };
  const ev = new Set(evidence);
  return (r, direct) => (direct && both(r.text))
    || (REFERS_BACK.test(r.text) && rows.some((p) => p.article_id === r.article_id && p.idx < r.idx && p.idx >= r.idx - 3 && (ev.has(p.text) || both(p.text))));
}

/**
 * "What did A and B discuss?" when the meeting sentence does not say: the
 * sentences of its article that say what was discussed and are about the pair
 * (see aboutThePair). Null when none does.
 */
export function composeDiscussion(rows: TextRow[], names: string[], evidence: string[] = []): Composed | null {
  const skip = new Set(evidence);
  const about = aboutThePair(rows, names, evidence);
  const found = rows.filter((r) => DISCUSSION.test(r.text) && !skip.has(r.text) && about(r, true))
    .sort((a, b) => a.idx - b.idx).slice(0, 2);
  if (!found.length) return null;
  return { text: `What was discussed, as the article says:\n${found.map((r) => `• “${r.text}”`).join("\n")}`, sources: found.map((r) => ({ article_id: r.article_id, title: r.title, evidence: r.text })) };
}

/**
 * "What did they discuss?": the meetings' evidence sentences that say what was discussed ("… and talked about a range
 * of issues including trade"), then `about` (the article's own sentences on it, composeDiscussion); at most three
 * sentences. Null when neither says anything.
 */
export function composeTopics(ms: MeetingRow[], about: Composed | null): Composed | null {
  const own = [...new Map(ms.filter((m) => DISCUSSION.test(m.evidence) || TOPIC_LIST.test(m.evidence)).map((m) => [m.evidence, m])).values()];
  const aboutSources = (about?.sources ?? []).filter((x) => !own.some((m) => m.evidence === x.evidence));
  const lines = [...own.map((m) => ({ text: m.evidence, source: src(m) })), ...aboutSources.map((x) => ({ text: x.evidence, source: x }))].slice(0, 3);
  if (!lines.length) return null;
  return { text: `What was discussed, as the article says:\n${lines.map((l) => `• “${l.text}”`).join("\n")}`, sources: lines.map((l) => l.source) };
}
/** A meeting sentence listing its subjects: "issues including …", "topics such as …", "on trade, energy and …". */
const TOPIC_LIST = /\b(?:issues?|topics?|matters?|areas?|subjects?)\b[^.]{0,40}\b(?:including|such as|like|ranging from)\b/i;

/** A sentence that places a meeting: "held a courtesy meeting at Hotel Taj", "the talks took place in the Yellow Room". */
const PLACED = /\b(?:met|meet|meeting|talks|held|hosted|received|took place|were held|was held|gathered|sat)\b[^.]*?\b(?:at|in) (?:the )?(\p{Lu}[\p{L}’'-]*(?: (?:of |de |the )?\p{Lu}[\p{L}’'-]*)*)/u;

/**
 * "Where did A and B meet?" when the record keeps no venue: a sentence of the
 * article that places the meeting somewhere other than the recorded city and
 * refers back to it ("the two held a courtesy meeting at Hotel Taj"; see
 * aboutThePair). Null when none does.
 */
export function composeVenue(rows: TextRow[], names: string[], place: string | null, evidence: string[] = []): Composed | null {
  const words = new Set(names.flatMap((n) => normaliseKey(n).split(/\s+/)));
  const skip = new Set(evidence);
  const about = aboutThePair(rows, names, evidence);
  // A venue, not a name of the pair nor the city on record.
  const elsewhere = (t: string) => { const m = PLACED.exec(t); return !!m && !words.has(normaliseKey(m[1]!)) && (!place || normaliseKey(m[1]!) !== normaliseKey(place)); };
  const found = rows.filter((r) => !skip.has(r.text) && elsewhere(r.text) && about(r, false))
    .sort((a, b) => a.idx - b.idx).slice(0, 1);
  if (!found.length) return null;
  return { text: `Where, as the article says:\n${found.map((r) => `• “${r.text}”`).join("\n")}`, sources: found.map((r) => ({ article_id: r.article_id, title: r.title, evidence: r.text })) };
}

const STOP = new Set(["the", "a", "an", "was", "were", "is", "are", "that", "this", "of", "to", "in", "on", "and", "or", "it", "as", "had", "has", "have", "be", "been", "not", "for", "with", "their", "its", "his", "her", "they", "we", "said", "would", "will"]);

/** Distinctive words of a phrase, for matching statements. */
export function contentWords(phrase: string): string[] {
  return [...new Set(normaliseKey(phrase).split(/\s+/).filter((w) => w.length > 2 && !STOP.has(w)))];
}

/** Share of the words a text holds (stem-matched). */
function coverage(text: string, words: string[]): number {
  if (!words.length) return 0;
  const stems = new Set(normaliseKey(text).split(/[\s-]+/).map(stem));
  return words.filter((w) => stems.has(stem(w))).length / words.length;
}

/**
 * Statements ranked by how much of the words their own text holds (the shared
 * evidence sentence only breaks ties: several statements may share one).
 */
export function rankStatements(rows: StatementRow[], words: string[]): Array<StatementRow & { cover: number }> {
  return rows
    .map((s) => ({ ...s, cover: coverage(s.text, words), ev: coverage(s.evidence, words) }))
    .filter((s) => s.cover > 0 || s.ev > 0)
    .sort((a, b) => b.cover - a.cover || b.ev - a.ev)
    .map(({ ev: _ev, ...s }) => s);
}

/** Below this share of the question's words in a statement's own text, the speaker is not named: a weak overlap is no answer. */
export const WHO_SAID_MIN_COVER = 0.6;

/** "Who said …?": the speaker of the statement holding most of the words, or null when no statement holds enough of them. */
export function composeWhoSaid(rows: StatementRow[], words: string[]): Composed | null {
  const best = rankStatements(rows, words)[0];
  // The evidence sentence may hold the words a short quote leaves out ("fans wanted"), but only half counts: it may be someone else's.
  if (!best || Math.max(best.cover, (best.cover + coverage(best.evidence, words)) / 2) < WHO_SAID_MIN_COVER) return null;
  // "The two leaders said …": the same words on record for each speaker of a group, all of them named.
  const speakers = [...new Set(rows.filter((s) => s.text === best.text && s.article_id === best.article_id && s.evidence === best.evidence).map((s) => s.speaker))];
  if (!speakers.includes(best.speaker)) speakers.unshift(best.speaker);
  return { text: `${listed(speakers)} said it: ${quote(best)}`, sources: [src(best)], subject: subjectOf(speakers)! };
}

/** "What was said about …?": statements whose text (or evidence) holds at least half of the words. */
export function composeSaidAbout(topic: string, rows: StatementRow[], words: string[]): Composed | null {
  const ss = rankStatements(rows, words).filter((s) => s.cover >= 0.5 || coverage(s.evidence, words) >= 0.5);
  if (!ss.length) return null;
  return { text: `Said about ${topic}:\n${ss.slice(0, MAX_ITEMS).map((s) => `• ${s.speaker}: ${quote(s)}`).join("\n")}`, sources: ss.map(src) };
}

/** "What did X say (about Y)?": X's statements, those on the topic when one is asked about; null when none. */
export function composeSaidBy(name: string, rows: StatementRow[], about?: string): (Composed & { onTopic: boolean }) | null {
  let ss = rows;
  const words = about ? contentWords(about) : [];
  // On a topic when any statement is on it; otherwise all of them (they are still that speaker's), and `onTopic` false:
  // the text may hold what was said on it in words the record lacks.
  const on = rankStatements(ss, words);
  if (on.length) ss = on;
  if (!ss.length) return null;
  return { text: `${name} said:\n${ss.slice(0, MAX_ITEMS).map((s) => `• ${quote(s)}`).join("\n")}${more(ss.length)}`, sources: ss.map(src), onTopic: !words.length || on.length > 0 };
}

/** "Who is X?": role and affiliation on record; `complete` is false without a role (the text then says more). */
export function composeWhoIs(refs: EntityRef[]): Composed & { complete: boolean } {
  const r = refs.find((x) => x.role) ?? refs[0]!;
  // "boss of Russia's Wagner group" already names its affiliation.
  const what = [r.role, r.affiliation && !(r.role ?? "").includes(r.affiliation) ? r.affiliation : null].filter(Boolean).join(", ");
  const titles = [...new Set(refs.map((x) => x.title).filter(Boolean))].slice(0, 3);
  return {
    text: `${r.name}${what ? `: ${what}` : r.type === "organization" ? " (organisation)" : ""}.${titles.length ? ` Mentioned in: ${titles.join("; ")}.` : ""}`,
    sources: refs.map((x) => ({ article_id: x.article_id, title: x.title, evidence: `${x.name}${what ? `, ${what}` : ""}` })),
    subject: { people: [r.name] },
    // A one-word role ("minister") or none rarely says enough: the sentences naming the person are added.
    // (…and so is a role whose country was read off a nationality word: "British High Commissioner to Sri Lanka"
    // says it as the article does.)
    complete: (r.role ?? "").trim().split(/\s+/).length >= 2 && !!r.affiliation && !(r.type === "person" && lookupPlace(r.affiliation)?.kind === "country" && !(r.role ?? "").toLowerCase().includes(r.affiliation.toLowerCase())),
  };
}

/** "Who led the delegation?": the participant named first after "led by" in a meeting's evidence. */
export function composeLedBy(ms: MeetingRow[]): Composed | null {
  for (const m of ms) {
    const after = m.evidence.slice(m.evidence.search(/\bled by\b/i));
    const leader = m.participants.split("|").map((n) => ({ n, at: after.indexOf(n.split(" ").pop()!) })).filter((x) => x.at >= 0).sort((x, y) => x.at - y.at)[0];
    if (leader) return { text: `${leader.n} led it: “${m.evidence}”`, sources: [src(m)], subject: { people: [leader.n] } };
  }
  return null;
}

/** "Which articles mention X?" */
export function composeMentions(refs: EntityRef[]): Composed {
  const titles = [...new Map(refs.map((r) => [r.article_id, r.title ?? r.article_id])).values()];
  return { text: `${refs[0]!.name} is mentioned in ${titles.length} article(s): ${titles.slice(0, MAX_ITEMS).join("; ")}.${more(titles.length)}`, sources: refs.map((r) => ({ article_id: r.article_id, title: r.title, evidence: r.name })), subject: { people: [refs[0]!.name] } };
}

/** Sources without repeats (the same sentence of the same article once). */
export function dedupe(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.article_id + s.evidence) && !!seen.add(s.article_id + s.evidence));
}

/** Honorifics a question may put before a surname to say which of two namesakes it means. */
const GENDERED_HONORIFIC = /\b(Mr|Mrs|Ms|Miss|Mme|Mlle|Madam|Sir|Lady|Dame|Lord|Herr|Frau)\.?\s+$/i;

/**
 * "What did Mrs. Oyelaran say?" when a Funke and a Tunde Oyelaran are on record:
 * the honorific typed before the name keeps the people whose given name
 * (gender-detection-from-name's English list) has that gender. Without an
 * honorific, with one person only, or when the given names do not tell, the
 * refs are returned as they are.
 */
export function byHonorific(question: string, typed: string, refs: EntityRef[]): EntityRef[] {
  const at = question.toLowerCase().indexOf(typed.trim().toLowerCase());
  if (at <= 0) return refs;
  const honorific = GENDERED_HONORIFIC.exec(question.slice(0, at))?.[1];
  const want = honorific ? GENDERED_TITLES[honorific.toLowerCase()] : undefined;
  if (!want || new Set(refs.filter((r) => r.type === "person").map((r) => r.name)).size < 2) return refs;
  const kept = refs.filter((r) => r.type === "person" && givenNames.get(r.name.split(/\s+/)[0]!.toLowerCase()) === want);
  return kept.length && kept.length < refs.length ? kept : refs;
}

/** Words that say who a group was made up of, for the sentence search. */
export const MEMBERSHIP_WORDS = ["included", "includes", "including", "comprised", "comprising", "consisted", "members", "composed", "made", "among"];
const MEMBERSHIP = /\b(?:includ(?:ed|es|ing)|compris(?:ed|es|ing)|consist(?:ed|s|ing) of|(?:was|were|is|are) made up of|(?:was|were|is|are) composed of|its members|members (?:were|are|included|include)|among (?:them|its members)|(?:led|headed) by)\b/i;

/**
 * "Who was in the Chilean delegation?": sentences that say who the group was made up of
 * ("The delegation included Senator Ines Marqueda and Mayor Joao Pestana."), those naming the
 * group's noun first. Null when no sentence does.
 */
export function composeMembers(group: string, rows: Array<{ article_id: string; idx: number; text: string; title: string | null }>): Composed | null {
  const head = stem(normaliseKey(group).split(/\s+/).pop() ?? "");
  const names = (t: string) => normaliseKey(t).split(/[\s-]+/).map(stem).includes(head);
  const found = rows.filter((r) => MEMBERSHIP.test(r.text)).sort((a, b) => Number(names(b.text)) - Number(names(a.text)) || a.idx - b.idx).slice(0, 3);
  if (!found.length || !names(found[0]!.text)) return null;
  return { text: `The ${group.replace(/^the\s+/i, "")}, as the article says:\n${found.map((r) => `• “${r.text}”`).join("\n")}`, sources: found.map((r) => ({ article_id: r.article_id, title: r.title, evidence: r.text })) };
}
