import { MONTHS, WEEKDAYS } from "../lexicon/calendar";
import { lookupPlace } from "../lexicon/places";
import type { Answer, Source, Subject } from "../store/answer-types";
import * as q from "../store/queries";
import { searchSentences, sentencesOf } from "../store/sentence-search";
import { normaliseKey } from "../util/normalise";
import * as c from "./compose";
import { parseInContext } from "./follow-up";
import { cleanQuestion, INTENT_RULES, type Intent } from "./intent";
import { byRole, readRolePhrase } from "./roles";
import { bestPassages, whoIsFullName, composePassages, type LinkedName, NOTHING_FOUND, questionTerms, rankPassages, whOf } from "./search";

export type { Answer, Source };

interface Context extends AskContext {
  /** The names the question mentions, being looked up. */
  links: Promise<{ names: LinkedName[]; people: string[] }> | null;
}

export interface AskContext {
  db: D1Database;
  articleId: string | null;
  /** The last answer's subject in this conversation, for follow-ups. */
  subject?: Subject | null;
  /** The question already read (by converse()); read here otherwise. */
  intent?: Intent;
}

/** Help without store access (Telegram's /help): the question forms, no names. */
export const HELP = [
  "I answer from the articles stored here: who met whom, when and where, who said what. Ask for example:",
  ...["Who did … meet?", "When did … meet …?", "What did … say?", "Who is …?", "Who said …?", "Who met whom?"].map((x) => `• ${x}`),
  "Anything else I answer with the closest passages of the articles.",
].join("\n");

/** Help with example questions built from the most mentioned people in scope. */
export async function helpFromStore(db: D1Database, articleId: string | null): Promise<string> {
  const people = await q.topPeople(db, articleId, 3);
  if (!people.length) return "No articles are stored yet: upload one, then ask who met whom, when and where, or who said what.";
  const [a, b = a] = people;
  const examples = INTENT_RULES.filter((r) => r.template).map((r) => r.template!.replace("{a}", a!).replace("{b}", b!));
  return ["I answer from the articles stored here. Try:", ...examples.map((x) => `• ${x}`), "Anything else I answer with the closest passages of the articles."].join("\n");
}

/** Words that, in a question about one article, point at its main meeting. */
const ARTICLE_CONTEXT = /\b(?:the (?:meeting|talks|call|visit|dinner|two)|they|them|both|where|when)\b/i;

/** Answers a question from the stored facts (or, failing them, the stored text): intent → plan (store) → compose (pure). */
export async function ask(question: string, ctx: AskContext): Promise<Answer> {
  let subject = ctx.subject ?? null;
  let intent = ctx.intent ?? parseInContext(question, subject);
  // About one article, "the meeting", "they", "the two" mean its main meeting.
  if (!subject && ctx.articleId && ARTICLE_CONTEXT.test(question)) {
    const main = (await q.allMeetings(ctx.db, ctx.articleId, 1))[0];
    if (main) {
      subject = c.meetingSubject(main);
      const inContext = parseInContext(question, subject);
      if (inContext.type !== intent.type || intent.type === "search") intent = inContext;
    }
  }
  // Names are linked only when the search runs: D1 runs one query at a time, so linking alongside would slow every answer.
  const out = await answer(question, intent, { ...ctx, subject, links: null });
  return { ...out, sources: c.dedupe(out.sources).slice(0, c.MAX_ITEMS) };
}

/** A structured intent that found nothing on record: say so, then search the text. */
interface NotOnRecord {
  /** Said before the passages found ("No. … none reports a meeting between them."). */
  note: string;
  /** Said only when the search finds nothing either ("I found no one called …"). */
  fallback?: string;
  subject?: Subject;
  /** What to search the text for instead of the whole question ("her visit to the Somali region"). */
  searchFor?: string;
}

async function answer(question: string, intent: Intent, ctx: Context): Promise<Answer> {
  if (intent.type === "help") return { answer: cleanQuestion(question) && !/^\/?(?:help|start)\b/i.test(question.trim()) ? `I did not understand that question.\n${await helpFromStore(ctx.db, ctx.articleId)}` : await helpFromStore(ctx.db, ctx.articleId), sources: [], intent: "help" };
  const got = intent.type === "search" ? { note: "" } : await structured(question, intent, ctx);
  if (!("note" in got)) return got;
  return searchAnswer(question, intent, ctx, got);
}

/** The sentence search: the question's terms (linked names weighted up) → the best one to three sentences verbatim. */
async function searchAnswer(question: string, intent: Intent, ctx: Context, why: NotOnRecord): Promise<Answer> {
  const { db, articleId } = ctx;
  const asked = why.searchFor ?? question;
  const { names, people } = await (ctx.links ?? linked(db, asked, articleId));
  const terms = questionTerms(asked, names, intent.type === "said_by" || intent.type === "who_said");
  const wh = whOf(question);
  // Over the whole store, meeting and speech verbs ("met", "talks", "said") are in most sentences: their posting lists
  // make the index slow and they pick no candidate a name or topic word would not. They still rank the candidates.
  // Within one article (a rowid range) they stay: "The meeting lasted an hour" leans on the sentence before for its names.
  const narrow = !articleId && wh !== "how_long" && wh !== "how_many" && terms.some((t) => t.kind !== "trigger");
  const rows = await searchSentences(db, terms.filter((t) => !narrow || t.kind !== "trigger").map((t) => t.word), articleId);
  const passages = bestPassages(whoIsFullName(rankPassages(rows, terms, wh), wh, names));
  // "Who said …?" answered by '"…," the Italian diplomat said.': the sentence before names the speaker.
  const namesOf = memo((id: string) => q.entityNamesOf(db, id));
  // Up to five sentences back, to the nearest that names someone or some organisation (a quote may run over several sentences).
  const ANY = ["person", "organization"];
  if (wh === "who") await Promise.all(passages.map(async (p, i) => {
    const names = await namesOf(p.article_id);
    if (p.idx <= 1 || c.namedIn(`${p.before ?? ""} ${p.text}`, names, ANY).length) return;
    const prev = (await sentencesOf(db, p.article_id, Math.max(1, p.idx - 5), p.idx - 1)).filter((x) => x.text !== p.before);
    const from = prev.map((x) => c.namedIn(x.text, names, ANY).length > 0).lastIndexOf(true);
    if (from >= 0) passages[i] = { ...p, before: [...prev.slice(from).map((x) => x.text), p.before].filter(Boolean).join(" ") };
  }));
  const type = intent.type === "search" ? "search" : intent.type;
  if (!passages.length) return { answer: why.note || why.fallback || NOTHING_FOUND, sources: [], intent: type, ...(why.subject ? { subject: why.subject } : {}) };
  // The people the passage names carry the conversation on ("And what did he say?").
  const named = people.length ? people : c.namedIn(passages[0]!.text, await namesOf(passages[0]!.article_id));
  // Who-questions answered by a role ("the Trade Minister pledged …") get the name said.
  const resolved = wh === "who" ? c.rolesResolved(`${passages[0]!.before ?? ""} ${passages[0]!.text}`, await namesOf(passages[0]!.article_id)) : [];
  const subject = why.subject ?? c.subjectOf(named);
  return {
    answer: [why.note, composePassages(passages, !articleId, wh), resolved.length ? `(${resolved.join("; ")}.)` : ""].filter(Boolean).join("\n"),
    sources: passages.map((p) => ({ article_id: p.article_id, title: p.title, evidence: p.text })),
    intent: type,
    ...(subject ? { subject } : {}),
  };
}

/** One call per key: the same article's names are read once per answer. */
function memo<T>(f: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const seen = new Map<string, Promise<T>>();
  return (key) => seen.get(key) ?? seen.set(key, f(key)).get(key)!;
}

/** Stored names the question mentions: word sequences as alias keys, short capitalised words as first tokens. */
async function linked(db: D1Database, question: string, articleId: string | null): Promise<{ names: LinkedName[]; people: string[] }> {
  const { keys, short } = c.nameCandidates(question);
  const chosen = c.chooseLinks(await q.linkNames(db, keys, short, articleId));
  // Per key typed, the most mentioned entity it names lends its other name words to the search.
  const best = [...new Map(chosen.map((r) => [r.key, r])).values()];
  return { names: best.map((r) => ({ key: r.key, name: r.name })), people: [...new Set(best.filter((r) => r.type === "person").map((r) => r.name))] };
}

const isPlace = (name: string) => !!lookupPlace(name.trim()) || !!lookupPlace(normaliseKey(name));

/** Entities a typed name stands for: an office typed ("the Indian PM") read against the people's roles; short first tokens ("Xi", "Ma") as a last resort. */
async function find(ctx: AskContext, name: string, exactTried = false): Promise<q.EntityRef[]> {
  const exact = exactTried ? [] : await q.findExact(ctx.db, name, ctx.articleId);
  if (exact.length) return exact;
  const office = await byOffice(ctx, name);
  if (office.length) return office;
  const refs = await q.findEntities(ctx.db, name, ctx.articleId, true);
  if (refs.length || !/^\p{L}{2,3}$/u.test(name.trim())) return refs;
  return q.findByFirstToken(ctx.db, name, ctx.articleId);
}

/**
 * "The Qatari Amir", "Ghana's foreign minister": an office with a country or
 * other words, when no stored name or role is typed so, is read against the
 * roles and affiliations of the people in scope (roles.ts). Empty otherwise.
 */
async function byOffice(ctx: AskContext, name: string): Promise<q.EntityRef[]> {
  const rp = readRolePhrase(name);
  if (!rp) return [];
  const candidates = ctx.articleId
    ? await q.peopleWithRoles(ctx.db, ctx.articleId)
    : (await Promise.all([rp.head, [...rp.words, rp.head].join(" ")].map((k) => q.findEntities(ctx.db, k, null)))).flat();
  return byRole(rp, candidates);
}

/**
 * The entities typed names stand for, with their meetings or statements:
 * exact keys and their facts in one round trip (D1 runs one query at a time,
 * so each round trip saved counts); a name its exact key misses is looked up
 * word by word and for typos, then its facts read.
 */
async function lookUp(ctx: AskContext, names: Array<{ name: string; facts: q.FactsWanted }>): Promise<q.NamedFacts[]> {
  const fast = await q.findWithFacts(ctx.db, names, ctx.articleId);
  const out: q.NamedFacts[] = [];
  for (const [i, n] of names.entries()) {
    const hit = fast[i];
    if (hit) { out.push(hit); continue; }
    const refs = await find(ctx, n.name, true);
    out.push({ refs, meetings: n.facts === "meetings" ? await q.meetingsOf(ctx.db, refs) : [], statements: n.facts === "statements" ? await q.statementsOf(ctx.db, refs) : [] });
  }
  return out;
}

/** Organisations meet through their people: the entities (and meetings) with those who act for them (no query without an organisation). */
async function withMembers(ctx: AskContext, found: q.NamedFacts): Promise<q.NamedFacts> {
  const members = await q.membersOf(ctx.db, found.refs);
  if (!members.length) return found;
  const seen = new Set(found.meetings.map((m) => `${m.article_id}:${m.idx}`));
  const more = (await q.meetingsOf(ctx.db, members)).filter((m) => !seen.has(`${m.article_id}:${m.idx}`));
  return { ...found, refs: [...found.refs, ...members], meetings: [...found.meetings, ...more] };
}

/** The meetings of one pair (either named as typed), or the name that matched no one. */
async function pairMeetings(ctx: AskContext, a: string, b: string): Promise<{ ms: q.MeetingRow[]; na: string; nb: string } | { missing: string }> {
  const [fa, fb] = await lookUp(ctx, [{ name: a, facts: "meetings" }, { name: b, facts: null }]);
  const ra = await withMembers(ctx, fa!);
  const rb = (await withMembers(ctx, fb!)).refs;
  if (!ra.refs.length) return { missing: a };
  if (!rb.length) return { missing: b };
  const bKeys = new Set(rb.map((r) => `${r.article_id}:${r.idx}`));
  const ms = ra.meetings.filter((m) => m.participant_idxs.split("|").some((i) => bKeys.has(`${m.article_id}:${i}`)));
  return { ms, na: ra.refs[0]!.name, nb: rb[0]!.name };
}

/** Sentences of the meetings' articles (or the article in scope) that say who else was there. */
async function attendance(ctx: AskContext, ms: q.MeetingRow[]): Promise<c.Composed | null> {
  const articles = [...new Set([...ms.map((m) => m.article_id), ...(ctx.articleId ? [ctx.articleId] : [])])].slice(0, 3);
  for (const id of articles) {
    const r = c.composeAttendance(await searchSentences(ctx.db, c.ATTENDANCE_WORDS, id, 20), ms.map((m) => m.evidence));
    if (r) return r;
  }
  return null;
}

/** Sentences of the meetings' articles that say what was discussed (see compose.composeDiscussion). */
async function discussion(ctx: AskContext, ms: q.MeetingRow[], names: string[]): Promise<c.Composed | null> {
  const words = [...c.DISCUSSION_WORDS, ...names.flatMap((n) => n.split(/\s+/)).filter((w) => w.length > 2)];
  for (const id of [...new Set(ms.map((m) => m.article_id))].slice(0, 2)) {
    const r = c.composeDiscussion(await searchSentences(ctx.db, words, id, 30), names, ms.map((m) => m.evidence));
    if (r) return r;
  }
  return null;
}

/** A sentence of the meetings' article that places the meeting (see compose.composeVenue). */
async function venue(ctx: AskContext, ms: q.MeetingRow[], names: string[]): Promise<c.Composed | null> {
  const words = ["met", "meeting", "talks", "held", "hosted", "place", ...names.flatMap((n) => n.split(/\s+/)).filter((w) => w.length > 2)];
  const id = ms[0]!.article_id;
  return c.composeVenue(await searchSentences(ctx.db, words, id, 30), names, ms[0]!.place, ms.map((m) => m.evidence));
}

/** Whether one of the entities took part in the meeting. */
/**
 * The day a question names ("on Sunday", "on May 26", "on 26 May"), as a test on an ISO date (YYYY-MM-DD;
 * a month-only date never passes); undefined when it names none.
 */
export function askedDay(question: string): ((iso: string) => boolean) | undefined {
  const wd = /\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.exec(question);
  if (wd) {
    const n = WEEKDAYS[wd[1]!.toLowerCase()]!;
    return (iso) => /^\d{4}-\d{2}-\d{2}$/.test(iso) && new Date(`${iso}T00:00:00Z`).getUTCDay() === n;
  }
  const md = /\bon (?:(\d{1,2}) ([a-z]+)|([a-z]+)\.? (\d{1,2}))\b/i.exec(question);
  const month = md ? MONTHS[(md[2] ?? md[3]!).toLowerCase()] : undefined;
  if (!md || month === undefined) return undefined;
  const dd = Number(md[1] ?? md[4]);
  return (iso) => iso.length === 10 && Number(iso.slice(5, 7)) === month && Number(iso.slice(8, 10)) === dd;
}

const tookPart = (m: q.MeetingRow, refs: q.EntityRef[]) => refs.some((r) => r.article_id === m.article_id && m.participant_idxs.split("|").includes(String(r.idx)));

/**
 * The meetings a detail question is about: the pair or person it names; else
 * the pair the conversation is about, and the article's meetings.
 */
async function detailMeetings(ctx: AskContext, intent: Extract<Intent, { type: "meeting_detail" }>): Promise<{ ms: q.MeetingRow[]; named: string[] } | { missing: string }> {
  if (intent.a && intent.b) {
    const found = await pairMeetings(ctx, intent.a, intent.b);
    return "missing" in found ? found : { ms: found.ms, named: [found.na, found.nb] };
  }
  if (intent.a) {
    const [found] = await lookUp(ctx, [{ name: intent.a, facts: "meetings" }]);
    const { refs, meetings } = await withMembers(ctx, found!);
    if (!refs.length) return { missing: intent.a };
    return { ms: meetings, named: [refs[0]!.name] };
  }
  const pair = ctx.subject?.pair;
  // "Why was the meeting cancelled?" after talk of someone: any meeting of theirs not held; other details are about the pair's meeting.
  const ofPair = intent.detail === "why_not_held" && ctx.subject?.people[0]
    ? await lookUp(ctx, [{ name: ctx.subject.people[0], facts: "meetings" }]).then(([f]) => ({ ms: f!.meetings.filter((m) => !c.isHeld(m)) }))
    : pair ? await pairMeetings(ctx, pair[0], pair[1]) : null;
  const mine = ofPair && !("missing" in ofPair) ? ofPair.ms : [];
  // "Who else took part?" is about the meeting talked of, not every meeting of the article.
  const inArticle = ctx.articleId && !(intent.detail === "others" && mine.length) ? await q.allMeetings(ctx.db, ctx.articleId, 50) : [];
  const seen = new Set(mine.map((m) => `${m.article_id}:${m.idx}`));
  return { ms: [...mine, ...inArticle.filter((m) => !seen.has(`${m.article_id}:${m.idx}`))], named: mine.length && pair ? [...pair] : [] };
}

/** Runs one intent against the stored facts: an answer, or what was not on record. */
async function structured(question: string, intent: Exclude<Intent, { type: "help" | "search" }>, ctx: AskContext): Promise<Answer | NotOnRecord> {
  const db = ctx.db;
  const done = (text: string, sources: Source[] = [], subject?: Subject): Answer => ({ answer: text, sources, intent: intent.type, ...(subject ? { subject } : {}) });
  switch (intent.type) {
    case "all_meetings": {
      const ms = await q.allMeetings(db, ctx.articleId, intent.place || intent.when ? 500 : 50);
      const r = c.composeAllMeetings(ms, intent);
      return r ? done(r.text, r.sources) : { note: "", fallback: `No meetings${intent.place ? ` in ${intent.place}` : ""}${intent.when ? ` on ${intent.when}` : ""} are recorded in the stored articles.` };
    }
    case "meetings_of": {
      const [found] = await lookUp(ctx, [{ name: intent.a, facts: "meetings" }]);
      // "Who did Ross and Griffin meet?": two people typed (not one name with "and" in it) are asked of each.
      const two = /^(.+?)\s+(?:and|&)\s+(.+)$/.exec(intent.a);
      if (two && !found!.refs.some((r) => normaliseKey(r.name) === normaliseKey(intent.a))) {
        const halves = await lookUp(ctx, [{ name: two[1]!, facts: "meetings" }, { name: two[2]!, facts: "meetings" }]);
        if (halves.every((h) => h.refs.length)) {
          const r = c.composeMeetingsOf(halves.map((h) => ({ name: h.refs[0]!.name, refs: h.refs, meetings: h.meetings.filter((m) => tookPart(m, h.refs)) })), !!intent.calls);
          if (r.text) return done(r.text, r.sources, r.subject);
        }
      }
      const all = c.byHonorific(question, intent.a, found!.refs);
      if (!all.length) return isPlace(intent.a) ? { note: "" } : { note: "", fallback: c.notKnown(intent.a) };
      const people = [...new Map(all.map((r) => [r.name, all.filter((x) => x.name === r.name)])).entries()].slice(0, 3);
      const day = askedDay(question);
      const rows = people.map(([name, refs]) => {
        const theirs = found!.meetings.filter((m) => tookPart(m, refs));
        // "Who did X meet on Sunday?": the meetings of that day, when the record dates any to it.
        const onDay = day ? theirs.filter((m) => !!m.date && day(m.date)) : [];
        return { name, refs, meetings: onDay.length ? onDay : theirs };
      });
      const r = c.composeMeetingsOf(rows, !!intent.calls);
      return r.text ? done(r.text, r.sources, r.subject) : { note: "", fallback: `I have no record of ${people.map(([n]) => n).join(" or ")} ${intent.calls ? "speaking by phone with" : "meeting"} anyone.`, subject: { people: [people[0]![0]] } };
    }
    case "when":
    case "where":
    case "did_meet":
    case "participants":
    case "discuss": {
      // "When did Holm visit Oslo?": a place is never a participant; the text answers.
      if ([intent.a, intent.b].some((s) => isPlace(s))) return { note: "" };
      const found = await pairMeetings(ctx, intent.a, intent.b);
      if ("missing" in found) return { note: "", fallback: c.notKnown(found.missing) };
      const { ms, na, nb } = found;
      const pair: Subject = { people: [na, nb], pair: [na, nb] };
      if (!ms.length) {
        const negative = /^\s*(?:has|have)\b/i.test(question) ? "has not met" : "did not meet";
        // Planned, cancelled or refused meetings are not on record as meetings: the passages found say which.
        const none = `No. As far as the stored articles say, ${na} ${negative} ${nb}: none reports a meeting between them.`;
        return intent.type === "did_meet" ? { note: none, subject: pair } : { note: "", fallback: none, subject: pair };
      }
      const near = intent.type === "discuss" ? (await Promise.all(ms.map((m) => q.statementsNear(db, m.article_id, m.ev_start ?? 0, (m.ev_end ?? 0) + 800)))).flat() : [];
      const r = c.composePair(intent, na, nb, ms, near, /^\s*(?:has|have)\b/i.test(question));
      // No one beyond the pair on record: the article may say who else was there.
      if (intent.type === "participants" && !r.complete) {
        const also = await attendance(ctx, ms);
        if (also) return done(`${r.text}\n${also.text}`, [...r.sources, ...also.sources], pair);
      }
      // "What did A and B discuss?": the article may say it in a sentence of its own ("The two leaders discussed …").
      if (intent.type === "discuss" && !r.complete) {
        const about = await discussion(ctx, ms, [na, nb]);
        if (about) return done(`${r.text}\n${about.text}`, [...r.sources, ...about.sources], pair);
      }
      // "Where did A and B meet?" with no venue on record: the next sentences may place it ("the two met at Hotel Taj").
      if (intent.type === "where" && !intent.planned && !r.complete && ms.some(c.isHeld)) {
        const at = await venue(ctx, ms.filter(c.isHeld), [na, nb]);
        if (at) return done(`${r.text}\n${at.text}`, [...r.sources, ...at.sources], pair);
      }
      // "Where might A and B meet?" with no meeting to come on record: the text may say (a held one would be the wrong answer).
      if ((intent.type === "when" || intent.type === "where") && intent.planned && ms.every(c.isHeld)) return { note: "", subject: pair };
      // "…but the article does not say when": the text may say it in words the record lacks.
      return r.complete ? done(r.text, r.sources, pair) : { note: r.text, subject: pair };
    }
    case "meeting_detail": {
      const found = await detailMeetings(ctx, intent);
      if ("missing" in found) return { note: "", fallback: c.notKnown(found.missing) };
      // "Why was the Rome meeting cancelled?": the meetings in that place only.
      const ms = intent.place ? found.ms.filter((m) => [m.place, m.venue].some((p) => p && normaliseKey(p).includes(normaliseKey(intent.place!)))) : found.ms;
      const { named } = found;
      // "What did they discuss?": the meetings' own sentences that say so, then the article's sentences about them.
      if (intent.detail === "topics") {
        const held = ms.filter(c.isHeld);
        if (!held.length) return { note: "" };
        const names = [...new Set(held.flatMap((m) => m.participants.split("|")))];
        const about = await discussion(ctx, held, names);
        const r = c.composeTopics(held, about);
        return r ? done(r.text, r.sources, c.subjectOf(named) ?? c.meetingSubject(held[0]!)) : { note: "" };
      }
      const r = intent.detail === "why_not_held" ? c.composeStatusReason(ms, intent.status) : intent.detail === "how_long" ? c.composeDuration(ms) : c.composeOthers(ms, named);
      const subject = c.subjectOf(named) ?? (ms[0] ? c.meetingSubject(ms[0]) : undefined);
      // Not in the record (no duration, no one else, every meeting held): the text answers; a reason not given in the meeting's sentence is searched for too.
      if (!r && intent.detail === "others") {
        const also = await attendance(ctx, ms);
        if (also) return done(also.text, also.sources, subject);
      }
      // Not on record: the passages found say whom it is about, not the conversation's last subject; with none,
      // a meeting without a duration is still told ("the articles do not say how long").
      if (!r) return intent.detail === "how_long" ? { note: "", fallback: c.composeNoDuration(ms) ?? undefined } : { note: "" };
      return "complete" in r && !r.complete ? { note: r.text, subject: r.subject } : done(r.text, r.sources, r.subject);
    }
    case "said_by": {
      const [found] = await lookUp(ctx, [{ name: intent.a, facts: "statements" }]);
      // "Mrs. Oyelaran" among two Oyelarans: the honorific typed picks one, and only her statements are hers.
      const refs = c.byHonorific(question, intent.a, found!.refs);
      const ss = refs === found!.refs ? found!.statements : found!.statements.filter((st) => refs.some((r) => r.article_id === st.article_id && r.idx === st.speaker_idx));
      if (!refs.length) return { note: "", fallback: c.notKnown(intent.a) };
      const r = c.composeSaidBy(refs[0]!.name, ss, intent.about);
      // "What did X say about Y?" with nothing of X's on record about Y: X's statements, then the passages on Y.
      if (r && !r.onTopic) return { note: r.text, subject: { people: [refs[0]!.name] }, searchFor: `${intent.about} said` };
      return r ? done(r.text, r.sources, { people: [refs[0]!.name] }) : { note: "", fallback: `I have no statements by ${refs[0]!.name} on record.`, subject: { people: [refs[0]!.name] } };
    }
    case "who_said": {
      // "Who called Lee?": a bare name after the verb asks about calls, not about words.
      if (/^(?:\p{Lu}[\p{L}’'-]*\s?){1,3}$/u.test(intent.phrase.trim()) && (await find(ctx, intent.phrase)).length) {
        return structured(question, { type: "meetings_of", a: intent.phrase, calls: true }, ctx);
      }
      const words = c.contentWords(intent.phrase);
      const r = c.composeWhoSaid(await q.statementsMentioning(db, words, ctx.articleId), words);
      // Wrong is worse than missing: no statement holds enough of the words, so no speaker is named from the facts.
      return r ? done(r.text, r.sources, r.subject) : { note: "", fallback: `I am not sure who said that: no statement on record matches “${intent.phrase.slice(0, 80)}”.` };
    }
    case "said_about": {
      const words = c.contentWords(intent.topic);
      const r = c.composeSaidAbout(intent.topic, await q.statementsMentioning(db, words, ctx.articleId), words);
      return r ? done(r.text, r.sources) : { note: "" };
    }
    case "who_is": {
      const refs = c.byHonorific(question, intent.a, await find(ctx, intent.a));
      if (!refs.length) return { note: "", fallback: c.notKnown(intent.a) };
      const r = c.composeWhoIs(refs);
      // Without a role on record, the sentences naming the person say who they are.
      return r.complete ? done(r.text, r.sources, r.subject) : { note: r.text, subject: r.subject };
    }
    case "led_by": {
      const ms = await q.meetingsLedBy(db, c.contentWords(intent.phrase), ctx.articleId);
      const r = c.composeLedBy(ms);
      return r ? done(r.text, r.sources, r.subject) : { note: "" };
    }
    case "members": {
      // Members on record (people affiliated with the group), else the sentences that list them.
      const refs = await find(ctx, intent.group);
      const members = (await q.membersOf(db, refs)).filter((m, i, all) => all.findIndex((x) => x.name === m.name) === i);
      const listed = c.composeMembers(intent.group, await searchSentences(db, [intent.group.split(/\s+/).pop()!, ...c.MEMBERSHIP_WORDS], ctx.articleId, 30));
      if (members.length) {
        const text = `${refs[0]!.name}: ${members.slice(0, c.MAX_ITEMS).map((m) => m.name).join(", ")}.${listed ? `\n${listed.text}` : ""}`;
        return done(text, [...(listed?.sources ?? [])], { people: members.slice(0, 3).map((m) => m.name) });
      }
      return listed ? done(listed.text, listed.sources) : { note: "" };
    }
    case "companions": {
      const refs = await find(ctx, intent.a);
      if (!refs.length) return { note: "", fallback: c.notKnown(intent.a) };
      for (const id of [...new Set(refs.map((r) => r.article_id))].slice(0, 3)) {
        const rows = await searchSentences(db, c.COMPANION_WORDS, id, 30);
        if (!rows.length) continue;
        // The sentences before those found, read in one range (a pronoun's antecedent opens the one before).
        const idxs = rows.map((r) => r.idx);
        const around = new Map((await sentencesOf(db, id, Math.min(...idxs) - 1, Math.max(...idxs))).map((r) => [r.idx, r.text]));
        const name = refs.find((r) => r.article_id === id)!.name;
        const r = c.composeCompanions(rows, (x) => around.get(x.idx - 1), [name, intent.a]);
        if (r) return done(r.text, r.sources, r.subject);
      }
      return { note: "" };
    }
    case "mentions": {
      const refs = await find(ctx, intent.a);
      if (!refs.length) return { note: "", fallback: c.notKnown(intent.a) };
      const r = c.composeMentions(refs);
      return done(r.text, r.sources, r.subject);
    }
  }
}
