import { resolveDate } from "../extract/dates";
import { normaliseKey } from "../util/normalise";
import { parseInContext, type Subject } from "./follow-up";
import type { Intent } from "./intent";
import * as q from "../store/queries";

export interface Source {
  article_id: string;
  title: string | null;
  evidence: string;
}

export interface Answer {
  answer: string;
  sources: Source[];
  intent: Intent["type"];
  /** Who the answer was about, kept by chats for follow-ups. */
  subject?: Subject;
}

export interface AskContext {
  db: D1Database;
  articleId: string | null;
  /** The last answer's subject in this conversation, for follow-ups. */
  subject?: Subject | null;
  /** The question already read (by converse()); read here otherwise. */
  intent?: Intent;
}

const MAX_ITEMS = 8;
export const HELP = [
  "I answer from the articles stored here. Try:",
  "• Who did Rudenko meet?",
  "• When did Qin Gang meet Rudenko?",
  "• What did Peskov say?",
  "• Who is Ma Zhaoxu?",
  "• Who said the uprising was Russia's internal affairs?",
  "• Who met whom?",
].join("\n");

const src = (r: { article_id: string; title: string | null; evidence: string }): Source => ({ article_id: r.article_id, title: r.title, evidence: r.evidence });
const when = (m: q.MeetingRow) => [m.date, m.place, m.kind === "call" ? "by phone or video" : null].filter(Boolean).join(", ");
const others = (m: q.MeetingRow, refs: q.EntityRef[]) => {
  const mine = new Set(refs.filter((r) => r.article_id === m.article_id).map((r) => r.idx));
  const names = m.participants.split("|");
  return m.participant_idxs.split("|").map(Number).map((idx, i) => ({ idx, name: names[i]! })).filter((p) => !mine.has(p.idx)).map((p) => p.name);
};
const more = (n: number) => (n > MAX_ITEMS ? ` …and ${n - MAX_ITEMS} more.` : "");
const quote = (s: q.StatementRow) => (s.kind === "direct" ? `“${s.text.replace(/^[“"]|[”",]+$/g, "")}”` : s.text);

/** Answers a question from the stored facts: intent → D1 queries → plain text with sources. */
export async function ask(question: string, ctx: AskContext): Promise<Answer> {
  const intent = ctx.intent ?? parseInContext(question, ctx.subject ?? null);
  const done = (answer: string, sources: Source[] = [], subject?: Subject): Answer => ({ answer, sources: dedupe(sources).slice(0, MAX_ITEMS), intent: intent.type, ...(subject ? { subject } : {}) });
  const find = (name: string) => q.findEntities(ctx.db, name, ctx.articleId);
  switch (intent.type) {
    case "help":
      return done(question.trim() ? `I did not understand that question.\n${HELP}` : HELP);
    case "all_meetings": {
      let ms = await q.allMeetings(ctx.db, ctx.articleId, intent.place || intent.when ? 500 : 50);
      if (intent.when) ms = ms.filter((m) => m.date && m.date === resolveDate(`on ${intent.when}`, m.published));
      // "List the meetings in Beijing": filtered by the place named.
      if (intent.place) ms = ms.filter((m) => m.place && normaliseKey(m.place).includes(normaliseKey(intent.place!)));
      if (!ms.length) return done(`No meetings${intent.place ? ` in ${intent.place}` : ""}${intent.when ? ` on ${intent.when}` : ""} are recorded in the stored articles.`);
      const lines = ms.slice(0, MAX_ITEMS).map((m) => `• ${m.participants.split("|").join(" and ")}${when(m) ? ` (${when(m)})` : ""}`);
      return done(`Meetings on record:\n${lines.join("\n")}${more(ms.length)}`, ms.map(src));
    }
    case "meetings_of": {
      const all = await find(intent.a);
      if (!all.length) return done(notKnown(intent.a));
      // A name typed may fit several people ("Zhou"): each gets a line of their own.
      const people = [...new Map(all.map((r) => [r.name, all.filter((x) => x.name === r.name)])).entries()].slice(0, 3);
      const lines: string[] = [];
      const sources: Source[] = [];
      let subject: Subject | undefined;
      for (const [name, refs] of people) {
        let ms = await q.meetingsOf(ctx.db, refs);
        if (intent.calls) ms = ms.filter((m) => m.kind === "call");
        if (!ms.length) continue;
        // One line per counterpart, however many articles report the meeting.
        const groups = new Map<string, string[]>();
        for (const m of ms) {
          const who = others(m, refs).join(" and ");
          const list = groups.get(who) ?? groups.set(who, []).get(who)!;
          const w = intent.calls ? [m.date, m.place].filter(Boolean).join(", ") : when(m);
          if (w && !list.includes(w)) list.push(w);
        }
        const parts = [...groups].slice(0, MAX_ITEMS).map(([who, ws]) => `${who}${ws.length ? ` (${ws.join("; ")})` : ""}`);
        lines.push(`${name} ${intent.calls ? "spoke by phone or video with" : "met"} ${parts.join("; ")}.${more(groups.size)}`);
        sources.push(...ms.map(src));
        const first = [...groups.keys()][0];
        subject ??= { people: [name], pair: first ? [name, first] : undefined };
      }
      if (!lines.length) return done(`I have no record of ${people.map(([n]) => n).join(" or ")} ${intent.calls ? "speaking by phone with" : "meeting"} anyone (searched ${all.length} mention(s)).`);
      return done(lines.join("\n"), sources, subject);
    }
    case "when":
    case "where":
    case "did_meet":
    case "participants":
    case "discuss": {
      // Organisations meet through their people: add those who act for them.
      const withMembers = async (refs: q.EntityRef[]) => [...refs, ...(await q.membersOf(ctx.db, refs))];
      const [ra, rb] = await Promise.all([find(intent.a).then(withMembers), find(intent.b).then(withMembers)]);
      if (!ra.length) return done(notKnown(intent.a));
      if (!rb.length) return done(notKnown(intent.b));
      const bKeys = new Set(rb.map((r) => `${r.article_id}:${r.idx}`));
      const ms = (await q.meetingsOf(ctx.db, ra)).filter((m) => m.participant_idxs.split("|").some((i) => bKeys.has(`${m.article_id}:${i}`)));
      const [na, nb] = [ra[0]!.name, rb[0]!.name];
      const pair = { people: [na, nb], pair: [na, nb] as [string, string] };
      const negative = /^\s*(?:has|have)\b/i.test(question) ? "has not met" : "did not meet";
      if (!ms.length) return done(`No. As far as the stored articles say, ${na} ${negative} ${nb}: none reports a meeting between them.`, [], pair);
      if (intent.type === "when") {
        const dated = ms.filter((m) => m.date);
        return done(dated.length ? `${na} met ${nb} on ${dated.map((m) => m.date).join(", ")}${dated[0]!.place ? ` in ${dated[0]!.place}` : ""}.` : `${na} met ${nb}, but the article does not say when.`, ms.map(src), pair);
      }
      if (intent.type === "where") {
        const placed = ms.filter((m) => m.place);
        return done(placed.length ? `${na} met ${nb} in ${[...new Set(placed.map((m) => m.place))].join(", ")}${placed[0]!.date ? ` (${placed[0]!.date})` : ""}.` : `${na} met ${nb}, but the article does not say where.`, ms.map(src), pair);
      }
      if (intent.type === "participants") {
        const lines = ms.slice(0, MAX_ITEMS).map((m) => `• ${m.participants.split("|").join(", ")}${when(m) ? ` (${when(m)})` : ""}`);
        return done(`Taking part:\n${lines.join("\n")}`, ms.map(src), pair);
      }
      if (intent.type === "did_meet") {
        const m = ms.find((x) => x.kind !== "call") ?? ms[0]!;
        const how = m.kind === "call" ? " by phone or video call" : " in person";
        const head = intent.inPerson && m.kind === "call"
          ? `No, not in person as far as the record goes: ${na} and ${nb} spoke by phone or video call${when(m) ? ` (${when(m)})` : ""}.`
          : m.kind === "call"
            ? `Yes, by phone or video call: ${na} spoke with ${nb}${m.date ? ` (${m.date})` : ""}.`
            : `Yes. ${na} met ${nb}${intent.how || intent.inPerson ? how : ""}${when(m) ? ` (${when(m)})` : ""}.`;
        return done(`${head}\n“${m.evidence}”`, ms.map(src), pair);
      }
      const near = (await Promise.all(ms.map((m) => q.statementsNear(ctx.db, m.article_id, m.ev_start ?? 0, (m.ev_end ?? 0) + 800)))).flat();
      const said = near.slice(0, MAX_ITEMS).map((s) => `• ${s.speaker}: ${quote(s)}`);
      return done([`${na} and ${nb} met${when(ms[0]!) ? ` (${when(ms[0]!)})` : ""}: ${ms[0]!.evidence}`, ...said].join("\n"), [...ms.map(src), ...near.map(src)], pair);
    }
    case "said_by": {
      const refs = await find(intent.a);
      if (!refs.length) {
        // "What did the two federations pledge?": no one of that name, but the words may be in what was said.
        // Every remaining word must be there (no any-word fallback): a match, never a guess.
        const words = contentWords(question.replace(/^\s*what\s+(?:did|has|does)\s+/i, "")).filter((w) => !NOT_TOPIC_WORDS.has(w));
        const ss = words.length ? rank(await q.statementsMentioning(ctx.db, words, ctx.articleId, 50, { allWords: true }), words).slice(0, 3) : [];
        if (!ss.length) return done(notKnown(intent.a));
        return done(`I found no one called “${intent.a.slice(0, 80)}”, but these statements match your words:\n${ss.map((s) => `• ${s.speaker}: ${quote(s)}`).join("\n")}`, ss.map(src));
      }
      let ss = await q.statementsOf(ctx.db, refs);
      if (intent.about) {
        const words = contentWords(intent.about);
        const about = ss.filter((s) => words.some((w) => normaliseKey(s.evidence).includes(w)));
        if (about.length) ss = about;
      }
      const name = refs[0]!.name;
      if (!ss.length) return done(`I have no statements by ${name} on record.`, [], { people: [name] });
      return done(`${name} said:\n${ss.slice(0, MAX_ITEMS).map((s) => `• ${quote(s)}`).join("\n")}${more(ss.length)}`, ss.map(src), { people: [name] });
    }
    case "who_said":
      // "Who called Lee?": a bare name after the verb asks about calls, not about words.
      if (/^(?:\p{Lu}[\p{L}’'-]*\s?){1,3}$/u.test(intent.phrase.trim()) && (await find(intent.phrase)).length) {
        return ask(`Who did ${intent.phrase} meet?`, { ...ctx, intent: undefined });
      }
    // falls through
    case "said_about": {
      const phrase = intent.type === "said_about" ? intent.topic : intent.phrase;
      const words = contentWords(phrase);
      const ss = rank(await q.statementsMentioning(ctx.db, words, ctx.articleId), words);
      if (!ss.length) return done(`I found no statement matching “${phrase}” (searched for: ${words.join(", ")}).`);
      if (intent.type === "who_said") {
        const best = ss[0]!;
        return done(`${best.speaker} said it: ${quote(best)}`, [src(best)], { people: [best.speaker] });
      }
      return done(`Said about ${phrase}:\n${ss.slice(0, MAX_ITEMS).map((s) => `• ${s.speaker}: ${quote(s)}`).join("\n")}`, ss.map(src));
    }
    case "who_is": {
      const refs = await find(intent.a);
      if (!refs.length) return done(notKnown(intent.a));
      const r = refs.find((x) => x.role) ?? refs[0]!;
      // "boss of Russia's Wagner group" already names its affiliation.
      const what = [r.role, r.affiliation && !(r.role ?? "").includes(r.affiliation) ? r.affiliation : null].filter(Boolean).join(", ");
      const titles = [...new Set(refs.map((x) => x.title).filter(Boolean))].slice(0, 3);
      return done(`${r.name}${what ? `: ${what}` : r.type === "organization" ? " (organisation)" : ""}. Mentioned in: ${titles.join("; ")}.`, refs.map((x) => ({ article_id: x.article_id, title: x.title, evidence: `${x.name}${what ? `, ${what}` : ""}` })), { people: [r.name] });
    }
    case "led_by": {
      const words = contentWords(intent.phrase);
      const ms = await q.meetingsLedBy(ctx.db, words, ctx.articleId);
      for (const m of ms) {
        const after = m.evidence.slice(m.evidence.search(/\bled by\b/i));
        const leader = m.participants.split("|").map((n) => ({ n, at: after.indexOf(n.split(" ").pop()!) })).filter((x) => x.at >= 0).sort((x, y) => x.at - y.at)[0];
        if (leader) return done(`${leader.n} led it: “${m.evidence}”`, [src(m)], { people: [leader.n] });
      }
      return done(`I found no meeting of a group led by someone that matches “${intent.phrase}”.`);
    }
    case "mentions": {
      const refs = await find(intent.a);
      if (!refs.length) return done(notKnown(intent.a));
      const titles = [...new Map(refs.map((r) => [r.article_id, r.title ?? r.article_id])).values()];
      return done(`${refs[0]!.name} is mentioned in ${titles.length} article(s): ${titles.slice(0, MAX_ITEMS).join("; ")}.${more(titles.length)}`, refs.map((r) => ({ article_id: r.article_id, title: r.title, evidence: r.name })), { people: [refs[0]!.name] });
    }
  }
}

/** Words of a question that say how or how many, not what about. */
const NOT_TOPIC_WORDS = new Set(["two", "three", "four", "both", "all", "say", "said", "tell", "told", "reporters", "announce", "state", "write", "post", "claim", "comment", "comments", "remarks"]);
const notKnown = (name: string) => `I found no one called “${name.slice(0, 80)}” in the stored articles.`;
const STOP = new Set(["the", "a", "an", "was", "were", "is", "are", "that", "this", "of", "to", "in", "on", "and", "or", "it", "as", "had", "has", "have", "be", "been", "not", "for", "with", "their", "its", "his", "her", "they", "we", "said", "would", "will"]);

/** Distinctive words of a phrase, for matching statements. */
export function contentWords(phrase: string): string[] {
  return [...new Set(normaliseKey(phrase).split(/\s+/).filter((w) => w.length > 2 && !STOP.has(w)))];
}

function rank(rows: q.StatementRow[], words: string[]): q.StatementRow[] {
  const score = (s: q.StatementRow) => words.filter((w) => normaliseKey(`${s.text} ${s.evidence}`).includes(w)).length;
  return rows.map((s) => ({ s, n: score(s) })).filter((x) => x.n > 0).sort((a, b) => b.n - a.n).map((x) => x.s);
}

function dedupe(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.article_id + s.evidence) && !!seen.add(s.article_id + s.evidence));
}
