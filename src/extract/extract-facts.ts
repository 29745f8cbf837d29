import type { ParsedArticle } from "../parse/parse-article";
import { authoredStatements } from "./authored";
import { embeddedPostStatements } from "./embedded-posts";
import { analyse } from "./entities";
import { findMeetings } from "./meetings";
import { meetingsInQuotes } from "./quoted-meetings";
import { findStatements } from "./statements";
import type { Entity, Extraction } from "./types";

/**
 * The extraction pipeline, pure and synchronous:
 * 1. tokens with part-of-speech tags and lemmas (tagging.ts), worked out paragraph by paragraph where a rule asks
 *    for them (most sentences are read by patterns and word tests alone)
 * 2. sentences and names → entities, mentions and coreference (entities.ts)
 * 3. meetings from meeting verbs and nouns (meetings.ts)
 * 4. statements from quotes, speech verbs and their participles (statements.ts)
 * 5. the first-person sentences of a text whose headline names its author (authored.ts), and posts embedded in a
 *    saved page, signed "— Name (@handle) Month D, YYYY" (embedded-posts.ts)
 * 6. meetings told in the first person inside a speaker's words (quoted-meetings.ts)
 * Organisations that take part in no meeting or statement, are mentioned once and have no proper name ("the
 * board") are dropped; people and named organisations are kept (a reader may ask who they are).
 */
export function extractFacts(parsed: ParsedArticle): Extraction {
  const a = analyse(parsed);
  const meetings = findMeetings(a);
  const statements = findStatements(a, meetings);
  // 5. a text in its author's voice ("Statement by President X …"): its first-person sentences are the author's
  statements.push(...authoredStatements(a, statements));
  statements.push(...embeddedPostStatements(a, statements));
  // 6. meetings told in the first person inside a speaker's quote ("Today I met X," she tweeted)
  meetings.push(...meetingsInQuotes(a, statements, meetings));
  return compact(a.entities, meetings, statements, a.mentions);
}

/** Keeps the entities that matter and renumbers references to them. */
function compact(entities: Entity[], meetings: Extraction["meetings"], statements: Extraction["statements"], mentions: ReadonlyArray<{ start: number; end: number; entity: number }>): Extraction {
  const used = new Set<number>([...meetings.flatMap((m) => m.participants), ...statements.map((s) => s.speaker)]);
  const keep = entities.map((e, i) => used.has(i) || e.type === "person" || e.mentions > 1 || /^\p{Lu}/u.test(e.name));
  const index = new Map<number, number>();
  const kept: Entity[] = [];
  entities.forEach((e, i) => { if (keep[i]) index.set(i, kept.push(e) - 1); });
  return {
    entities: kept,
    meetings: meetings.map((m) => ({ ...m, participants: m.participants.map((p) => index.get(p)!) })),
    statements: statements.map((s) => ({ ...s, speaker: index.get(s.speaker)! })),
    mentions: mentions.filter((m) => index.has(m.entity)).map((m) => ({ start: m.start, end: m.end, entity: index.get(m.entity)! })),
  };
}
