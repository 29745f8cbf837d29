import { editDistance, typoAllowance } from "../util/edit-distance";
import { normaliseKey } from "../util/normalise";

/** One entity of one article that a typed name resolved to. */
export interface EntityRef {
  article_id: string;
  idx: number;
  name: string;
  type: string;
  role: string | null;
  affiliation: string | null;
  /** The record's key of the entity (entities.ekey, migration 0011), when the row was read with it. */
  ekey?: string | null;
  title: string | null;
}

export interface MeetingRow {
  article_id: string;
  idx: number;
  /** held, planned, cancelled, postponed, refused, denied, not_held or hypothetical (src/lexicon/meeting-status.ts). */
  status?: string;
  /** The words that set a status other than held ("is due to", "was cancelled"). */
  status_text?: string | null;
  /** How long it lasted, as written ("90 minutes"). */
  duration?: string | null;
  /** The date as the article wrote it ("next week", "on Tuesday"), kept when it resolves to no day. */
  date_text?: string | null;
  /** Where in the place it was held, as written ("the Riverside Palace"). */
  venue?: string | null;
  date: string | null;
  place: string | null;
  kind: string;
  evidence: string;
  ev_start: number | null;
  ev_end: number | null;
  title: string | null;
  published: string | null;
  participants: string;
  participant_idxs: string;
}

export interface StatementRow {
  article_id: string;
  idx: number;
  speaker: string;
  speaker_idx: number;
  text: string;
  kind: string;
  evidence: string;
  ev_start: number | null;
  title: string | null;
}

const scope = (articleId: string | null, col = "a.article_id") => (articleId ? ` AND ${col} = ?2` : "");

/**
 * Entities a typed name stands for: an exact alias (index look-up on the
 * normalised form), else each of its tokens as an alias ("Marenko").
 */
/** Entities with an alias key, each with the weight of its best kind of alias (a name outweighs a role, a role an affiliation). */
const entitiesByKeySql = (articleId: string | null) => `SELECT e.article_id, e.idx, e.name, e.type, e.role, e.affiliation, e.ekey, ar.title, max(CASE a.kind WHEN 'alias' THEN 4 WHEN 'name' THEN 3 WHEN 'role' THEN 2 ELSE 1 END) AS weight
    FROM aliases a JOIN entities e ON e.article_id = a.article_id AND e.idx = a.entity_idx
    JOIN articles ar ON ar.id = e.article_id
    WHERE a.norm = ?1${scope(articleId)} GROUP BY e.article_id, e.idx LIMIT 200`;

const bindScoped = (stmt: D1PreparedStatement, key: string, articleId: string | null) => (articleId ? stmt.bind(key, articleId) : stmt.bind(key));

/** "union": the organisations named so, before a person affiliated with a union: only the best-weighted entities of an exact key. */
const bestWeighted = (rows: Array<EntityRef & { weight: number }>) => rows.filter((e) => e.weight === Math.max(...rows.map((x) => x.weight)));

export async function findEntities(db: D1Database, name: string, articleId: string | null, exactTried = false): Promise<EntityRef[]> {
  const key = normaliseKey(name);
  if (!key) return [];
  const sql = entitiesByKeySql(articleId);
  const run = (k: string) => bindScoped(db.prepare(sql), k, articleId).all<EntityRef>();
  // `exactTried`: the exact key already matched nothing (findWithFacts), so the look-up starts word by word.
  const exact = exactTried ? [] : ((await run(key)).results as Array<EntityRef & { weight: number }>);
  if (exact.length) return bestWeighted(exact);
  // Word by word ("the foreign ministry spokesman", "Hong Jae"): the entities matching most words win.
  const tokens = [...new Set(key.split(/\s+/).filter((t) => t.length > 2))].slice(0, 6);
  if (!tokens.length) return [];
  const stmts = tokens.map((t) => (articleId ? db.prepare(sql).bind(t, articleId) : db.prepare(sql).bind(t)));
  const score = new Map<string, { ref: EntityRef; n: number; last: number }>();
  (await db.batch<EntityRef & { weight: number }>(stmts)).forEach((r, i) => {
    for (const ref of r.results) {
      const k = `${ref.article_id}:${ref.idx}`;
      const s = score.get(k) ?? { ref, n: 0, last: -1 };
      s.n += ref.weight; // a name's word outweighs a role's, a role's an affiliation's
      s.last = i; // later words ("spokesman", a surname) weigh more on a tie
      score.set(k, s);
    }
  });
  const ranked = [...score.values()].sort((a, b) => b.n - a.n || b.last - a.last);
  const best = ranked[0];
  if (best) return ranked.filter((s) => s.n === best.n && s.last === best.last).map((s) => s.ref);
  // Small typos ("Peskow", "Rudneko"): the closest stored key sharing the first two letters.
  const near = await closestKey(db, key);
  return near ? (await run(near)).results : [];
}

/** An entity a name stands for, as a name search shows it: its key and description, no article. */
export interface DescribedRef {
  ekey?: string | null;
  name: string;
  type: string;
  role: string | null;
  affiliation: string | null;
}

/**
 * findEntities' exact alias look-up for a name search, as a statement for a
 * caller's own batch: the entities the key stands for best (the same first
 * 200 entity rows, the best-weighted of them), one row per distinct key and
 * description, in the order of their first entity row (the order
 * findEntities gives them in). No article columns, so a common surname
 * sends back tens of rows, not hundreds. Null when the name has no key; no
 * rows when the exact key matches nothing (then findEntities(…, true)).
 */
export function exactDescribedStatement(db: D1Database, name: string): D1PreparedStatement | null {
  const key = normaliseKey(name);
  if (!key) return null;
  return db.prepare(`WITH r AS (SELECT e.article_id, e.idx, e.name, e.type, e.role, e.affiliation, e.ekey, max(CASE a.kind WHEN 'alias' THEN 4 WHEN 'name' THEN 3 WHEN 'role' THEN 2 ELSE 1 END) AS weight
      FROM aliases a JOIN entities e ON e.article_id = a.article_id AND e.idx = a.entity_idx
      WHERE a.norm = ?1 GROUP BY e.article_id, e.idx ORDER BY e.article_id, e.idx LIMIT 200),
    best AS (SELECT row_number() OVER (ORDER BY article_id, idx) AS n, * FROM r WHERE weight = (SELECT max(weight) FROM r))
    SELECT ekey, type, role, affiliation, min(name) AS name FROM best
    GROUP BY ekey, type, role, affiliation, CASE WHEN ekey IS NULL THEN name END ORDER BY min(n)`).bind(key);
}

/** Entities of the exact alias key only (no word-by-word or typo look-up): one index look-up. */
export async function findExact(db: D1Database, name: string, articleId: string | null): Promise<EntityRef[]> {
  const key = normaliseKey(name);
  if (!key) return [];
  return bestWeighted((await bindScoped(db.prepare(entitiesByKeySql(articleId)), key, articleId).all<EntityRef & { weight: number }>()).results);
}

const FUZZY_CANDIDATES = 5000;

/** The stored look-up key nearest to `key` within its typo allowance (index range scan on the prefix). */
async function closestKey(db: D1Database, key: string): Promise<string | null> {
  const max = typoAllowance(key.length);
  if (!max) return null;
  const prefix = key.slice(0, 2);
  const rows = (await db.prepare("SELECT DISTINCT norm FROM aliases WHERE norm >= ?1 AND norm < ?2 LIMIT ?3").bind(prefix, prefix + "\uffff", FUZZY_CANDIDATES).all<{ norm: string }>()).results;
  let best: { norm: string; d: number } | null = null;
  for (const { norm } of rows) {
    const d = editDistance(key, norm, max);
    if (d <= max && (!best || d < best.d)) best = { norm, d };
  }
  return best?.norm ?? null;
}

/**
 * People who act for the given organisations (same article, the organisation
 * named in their role or affiliation): "the union met the employers" is met by
 * the union's president and the employers' negotiator. Look-ups by article key.
 */
export async function membersOf(db: D1Database, orgs: EntityRef[]): Promise<EntityRef[]> {
  const list = orgs.filter((o) => o.type === "organization").slice(0, 20);
  if (!list.length) return [];
  const stmts = list.map((o) =>
    db.prepare(`SELECT e.article_id, e.idx, e.name, e.type, e.role, e.affiliation, ar.title FROM entities e JOIN articles ar ON ar.id = e.article_id
      WHERE e.article_id = ?1 AND e.type = 'person' AND (e.affiliation = ?2 OR instr(lower(e.role), lower(?2)) > 0)`).bind(o.article_id, o.name));
  return (await db.batch<EntityRef>(stmts)).flatMap((r) => r.results);
}

const MEETING_COLS = `m.article_id, m.idx, m.date, m.place, m.kind, m.evidence, m.ev_start, m.ev_end, m.status, m.status_text, m.duration, m.date_text, m.venue, ar.title, ar.published,
    (SELECT group_concat(e.name, '|') FROM meeting_participants p2 JOIN entities e ON e.article_id = p2.article_id AND e.idx = p2.entity_idx
      WHERE p2.article_id = m.article_id AND p2.meeting_idx = m.idx) AS participants,
    (SELECT group_concat(p3.entity_idx, '|') FROM meeting_participants p3 WHERE p3.article_id = m.article_id AND p3.meeting_idx = m.idx) AS participant_idxs`;
const MEETING_SQL = `SELECT ${MEETING_COLS}
  FROM meetings m JOIN articles ar ON ar.id = m.article_id`;

/**
 * The entities an exact alias key stands for best (the highest alias weight),
 * the first 50 by article and index — those findEntities gives and meetingsOf
 * reads — as a CTE `best(article_id, idx)` (an index look-up on aliases.norm).
 */
const bestRefsCte = (articleId: string | null) => `WITH r AS (SELECT a.article_id, a.entity_idx AS idx, max(CASE a.kind WHEN 'alias' THEN 4 WHEN 'name' THEN 3 WHEN 'role' THEN 2 ELSE 1 END) AS w
    FROM aliases a WHERE a.norm = ?1${scope(articleId)} GROUP BY a.article_id, a.entity_idx),
  best AS (SELECT article_id, idx FROM r WHERE w = (SELECT max(w) FROM r) ORDER BY article_id, idx LIMIT 50)`;

/** What to read along with the entities a typed name stands for, in the same round trip. */
export type FactsWanted = "meetings" | "statements" | null;

/** The entities of an exact alias key, with their meetings or statements when asked for. */
export interface NamedFacts {
  refs: EntityRef[];
  meetings: MeetingRow[];
  statements: StatementRow[];
}

/**
 * Several typed names looked up in one D1 batch (one round trip): per name,
 * the entities of its exact alias key and, when wanted, the meetings or the
 * statements of those entities, joined through the same key (index look-ups
 * aliases_by_norm_entity → participants_by_entity / statements_by_speaker). Null for
 * a name whose exact key matches nothing: the caller then tries the slower
 * look-ups of findEntities (word by word, typos).
 */
export async function findWithFacts(db: D1Database, names: Array<{ name: string; facts: FactsWanted }>, articleId: string | null): Promise<Array<NamedFacts | null>> {
  const keys = names.map((n) => normaliseKey(n.name));
  const stmts: D1PreparedStatement[] = [];
  const at: Array<{ refs: number; facts: number }> = [];
  keys.forEach((key, i) => {
    const want = names[i]!.facts;
    at.push({ refs: stmts.length, facts: want ? stmts.length + 1 : -1 });
    stmts.push(bindScoped(db.prepare(entitiesByKeySql(articleId)), key, articleId));
    if (want === "meetings") {
      stmts.push(bindScoped(db.prepare(`${bestRefsCte(articleId)} SELECT ${MEETING_COLS}, p.entity_idx AS via_idx
        FROM best JOIN meeting_participants p ON p.article_id = best.article_id AND p.entity_idx = best.idx
        JOIN meetings m ON m.article_id = p.article_id AND m.idx = p.meeting_idx JOIN articles ar ON ar.id = m.article_id LIMIT 500`), key, articleId));
    } else if (want === "statements") {
      stmts.push(bindScoped(db.prepare(`${bestRefsCte(articleId)} SELECT s.article_id, s.idx, e.name AS speaker, s.speaker_idx, s.text, s.kind, s.evidence, s.ev_start, ar.title
        FROM best JOIN statements s ON s.article_id = best.article_id AND s.speaker_idx = best.idx
        JOIN entities e ON e.article_id = s.article_id AND e.idx = s.speaker_idx JOIN articles ar ON ar.id = s.article_id
        ORDER BY s.article_id, s.speaker_idx, s.idx LIMIT 500`), key, articleId));
    }
  });
  const valid = keys.map((k) => !!k);
  if (!valid.some(Boolean)) return names.map(() => null);
  const results = await db.batch(stmts);
  return names.map((n, i) => {
    if (!valid[i]) return null;
    const exact = results[at[i]!.refs]!.results as Array<EntityRef & { weight: number }>;
    if (!exact.length) return null;
    // The facts of the entities the key stands for best (as findEntities and meetingsOf would give them: the first 50 entities).
    const refs = bestWeighted(exact);
    const mine = new Set(refs.slice(0, 50).map((r) => `${r.article_id}:${r.idx}`));
    const rows = at[i]!.facts >= 0 ? results[at[i]!.facts]!.results : [];
    if (n.facts === "meetings") {
      const seen = new Set<string>();
      // In the order meetingsOf gives: entity by entity (article, then index), each one's meetings in order.
      const order = (m: MeetingRow & { via_idx: number }) => [m.article_id, m.via_idx, m.idx] as const;
      const meetings = (rows as Array<MeetingRow & { via_idx: number }>)
        .sort((x, y) => { const [a1, b1, c1] = order(x), [a2, b2, c2] = order(y); return a1 < a2 ? -1 : a1 > a2 ? 1 : b1 - b2 || c1 - c2; })
        .filter((m) => mine.has(`${m.article_id}:${m.via_idx}`) && !seen.has(`${m.article_id}:${m.idx}`) && !!seen.add(`${m.article_id}:${m.idx}`))
        .map(({ via_idx: _v, ...m }) => m);
      return { refs, meetings, statements: [] };
    }
    const statements = (rows as StatementRow[]).filter((s) => mine.has(`${s.article_id}:${s.speaker_idx}`));
    return { refs, meetings: [], statements };
  });
}

/** Meetings in which any of the given entities took part (index look-ups per entity). */
export async function meetingsOf(db: D1Database, refs: EntityRef[]): Promise<MeetingRow[]> {
  if (!refs.length) return [];
  const stmts = refs.slice(0, 50).map((r) =>
    db.prepare(`${MEETING_SQL} JOIN meeting_participants p ON p.article_id = m.article_id AND p.meeting_idx = m.idx
      WHERE p.article_id = ?1 AND p.entity_idx = ?2`).bind(r.article_id, r.idx),
  );
  const results = (await db.batch<MeetingRow>(stmts)).flatMap((r) => r.results);
  const seen = new Set<string>();
  return results.filter((m) => !seen.has(`${m.article_id}:${m.idx}`) && !!seen.add(`${m.article_id}:${m.idx}`));
}

/** Meetings told as "a delegation led by X …" whose evidence has all the words (full-text index). */
export async function meetingsLedBy(db: D1Database, words: string[], articleId: string | null, limit = 20): Promise<MeetingRow[]> {
  const query = ['"led by"', ...words.slice(0, 8).map((w) => `"${w.replace(/"/g, '""')}"`)].join(" AND ");
  const sql = `${MEETING_SQL} JOIN meeting_docs d ON d.article_id = m.article_id AND d.idx = m.idx
    WHERE d.doc IN (SELECT rowid FROM meeting_search WHERE meeting_search MATCH ?1 ORDER BY rank LIMIT ?2)${articleId ? " AND m.article_id = ?3" : ""}`;
  const stmt = db.prepare(sql);
  return (await (articleId ? stmt.bind(query, limit, articleId) : stmt.bind(query, limit)).all<MeetingRow>()).results;
}

/** Every meeting in scope, newest articles first. */
export async function allMeetings(db: D1Database, articleId: string | null, limit = 50): Promise<MeetingRow[]> {
  const stmt = articleId
    ? db.prepare(`${MEETING_SQL} WHERE m.article_id = ?1 ORDER BY m.idx LIMIT ?2`).bind(articleId, limit)
    : db.prepare(`${MEETING_SQL} ORDER BY ar.seq DESC, m.idx LIMIT ?1`).bind(limit);
  return (await stmt.all<MeetingRow>()).results;
}

const STATEMENT_SQL = `SELECT s.article_id, s.idx, e.name AS speaker, s.speaker_idx, s.text, s.kind, s.evidence, s.ev_start, ar.title
  FROM statements s JOIN entities e ON e.article_id = s.article_id AND e.idx = s.speaker_idx JOIN articles ar ON ar.id = s.article_id`;

/** Statements made by any of the given entities. */
export async function statementsOf(db: D1Database, refs: EntityRef[]): Promise<StatementRow[]> {
  if (!refs.length) return [];
  const stmts = refs.slice(0, 50).map((r) => db.prepare(`${STATEMENT_SQL} WHERE s.article_id = ?1 AND s.speaker_idx = ?2 ORDER BY s.idx`).bind(r.article_id, r.idx));
  return (await db.batch<StatementRow>(stmts)).flatMap((r) => r.results);
}

/** An FTS5 query joining the words with AND or OR, each quoted so that no word is read as syntax. */
const ftsQuery = (words: string[], op: "AND" | "OR") => words.map((w) => `"${w.replace(/"/g, '""')}"`).join(` ${op} `);

/**
 * Statements in scope matching the words, best bm25 first (full-text index, no
 * scan): first those with all the words (a small intersection however large the
 * store), then, if none, those with any of them.
 */
export async function statementsMentioning(db: D1Database, words: string[], articleId: string | null, limit = 50, opts: { allWords?: boolean } = {}): Promise<StatementRow[]> {
  if (!words.length) return [];
  // Statements with every word are all good matches: newest first, and the index stops at the limit.
  const all = await statementsMatching(db, ftsQuery(words.slice(0, 12), "AND"), articleId, limit, "f.rowid DESC");
  return all.length || words.length === 1 || opts.allWords ? all : statementsMatching(db, ftsQuery(words.slice(0, 12), "OR"), articleId, limit, "bm25(statement_search)");
}

async function statementsMatching(db: D1Database, query: string, articleId: string | null, limit: number, order: string): Promise<StatementRow[]> {
  const sql = `SELECT s.article_id, s.idx, e.name AS speaker, s.speaker_idx, s.text, s.kind, s.evidence, s.ev_start, ar.title
    FROM statement_search f JOIN statement_docs d ON d.doc = f.rowid
    JOIN statements s ON s.article_id = d.article_id AND s.idx = d.idx
    JOIN entities e ON e.article_id = s.article_id AND e.idx = s.speaker_idx JOIN articles ar ON ar.id = s.article_id
    WHERE statement_search MATCH ?1${articleId ? " AND d.article_id = ?3" : ""} ORDER BY ${order} LIMIT ?2`;
  const stmt = db.prepare(sql);
  return (await (articleId ? stmt.bind(query, limit, articleId) : stmt.bind(query, limit)).all<StatementRow>()).results;
}

/** Statements of one article between two offsets (what was said around a meeting). */
export async function statementsNear(db: D1Database, articleId: string, from: number, to: number): Promise<StatementRow[]> {
  return (await db.prepare(`${STATEMENT_SQL} WHERE s.article_id = ?1 AND s.ev_start BETWEEN ?2 AND ?3 ORDER BY s.idx`).bind(articleId, from, to).all<StatementRow>()).results;
}

/** An entity named in a question: the look-up key that matched and the entity of one article. */
export interface LinkedRef extends EntityRef {
  key: string;
  mentions: number;
}

/**
 * Stored entities a question names, found before its intent is read: every
 * word sequence of the question (up to four words) looked up as an alias key
 * in one statement (index look-ups on aliases.norm), and capitalised short
 * words ("Xi", "Ma", "He") as the first token of a surname-first name (an
 * index range on entities.norm).
 */
export async function linkNames(db: D1Database, keys: string[], shortTokens: string[], articleId: string | null): Promise<LinkedRef[]> {
  const list = [...new Set(keys)].slice(0, 90);
  const stmts: D1PreparedStatement[] = [];
  if (list.length) {
    const base = articleId ? 2 : 1;
    const marks = list.map((_, i) => `?${i + base}`).join(", ");
    stmts.push(db.prepare(`SELECT a.norm AS key, e.article_id, e.idx, e.name, e.type, e.role, e.affiliation, e.mentions, ar.title
      FROM aliases a JOIN entities e ON e.article_id = a.article_id AND e.idx = a.entity_idx JOIN articles ar ON ar.id = e.article_id
      WHERE a.norm IN (${marks})${articleId ? " AND a.article_id = ?1" : ""} LIMIT 300`).bind(...(articleId ? [articleId, ...list] : list)));
  }
  for (const t of [...new Set(shortTokens)].slice(0, 3)) stmts.push(firstTokenStatement(db, t, articleId));
  if (!stmts.length) return [];
  return (await db.batch<LinkedRef>(stmts)).flatMap((r) => r.results);
}

/** Entities whose name starts with the token as a word ("ma" → "ma zhaoxu"): an index range on entities.norm. */
function firstTokenStatement(db: D1Database, token: string, articleId: string | null): D1PreparedStatement {
  const sql = `SELECT ?1 AS key, e.article_id, e.idx, e.name, e.type, e.role, e.affiliation, e.mentions, ar.title
    FROM entities e JOIN articles ar ON ar.id = e.article_id
    WHERE e.norm >= ?2 AND e.norm < ?3${articleId ? " AND e.article_id = ?4" : ""} LIMIT 50`;
  const args = [token, `${token} `, `${token}!`];
  return db.prepare(sql).bind(...(articleId ? [...args, articleId] : args));
}

/** Entities whose name starts with a short token ("Xi", "Ma"): look-up of surname-first names by their first word. */
export async function findByFirstToken(db: D1Database, token: string, articleId: string | null): Promise<EntityRef[]> {
  return (await firstTokenStatement(db, normaliseKey(token), articleId).all<EntityRef>()).results;
}

/** The most mentioned people in scope, for help examples (an index walk on entities by mentions). */
export async function topPeople(db: D1Database, articleId: string | null, limit = 3): Promise<string[]> {
  const rows = articleId
    ? (await db.prepare("SELECT name, mentions FROM entities WHERE article_id = ?1 AND type = 'person' ORDER BY mentions DESC LIMIT 20").bind(articleId).all<{ name: string }>()).results
    : (await db.prepare("SELECT name FROM entities INDEXED BY entities_by_mentions WHERE type = 'person' ORDER BY mentions DESC LIMIT ?1").bind(limit * 20).all<{ name: string }>()).results;
  return [...new Set(rows.map((r) => r.name))].slice(0, limit);
}

/** Names of an article's entities with their aliases and role phrases (which of them a passage names). */
export async function entityNamesOf(db: D1Database, articleId: string): Promise<Array<{ name: string; type: string; alias: string; kind: string }>> {
  return (await db.prepare(`SELECT e.name, e.type, a.alias, a.kind FROM aliases a JOIN entities e ON e.article_id = a.article_id AND e.idx = a.entity_idx
    WHERE a.article_id = ?1 AND a.kind IN ('alias', 'name', 'role') LIMIT 400`).bind(articleId).all<{ name: string; type: string; alias: string; kind: string }>()).results;
}

/**
 * People of one article with a role or an affiliation on record, for reading an
 * office typed in a question ("the Indian PM") against them (index look-up by
 * article; an article has tens of entities).
 */
export async function peopleWithRoles(db: D1Database, articleId: string): Promise<EntityRef[]> {
  return (await db.prepare(`SELECT e.article_id, e.idx, e.name, e.type, e.role, e.affiliation, e.ekey, ar.title FROM entities e JOIN articles ar ON ar.id = e.article_id
    WHERE e.article_id = ?1 AND e.type = 'person' AND (e.role IS NOT NULL OR e.affiliation IS NOT NULL) LIMIT 200`).bind(articleId).all<EntityRef>()).results;
}
