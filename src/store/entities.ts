/**
 * The record's people and organisations across articles: name search and the
 * data of a person or organisation page. Every statement is an index look-up
 * (entities by ekey, facts by their article key); see test/store/record-plans.test.ts.
 */
import { clusterRows, entityKey, splitKey, type Cluster, type IdentityRow } from "./identity";
import { findEntities } from "./queries";

/** An entity row with its article, as the record reads it. */
export interface RecordRow extends IdentityRow {
  type: string;
  ekey: string;
  mentions: number;
  title: string | null;
  published: string | null;
}

/** An article as the record cites it. */
export interface ArticleRef {
  id: string;
  title: string | null;
  published: string | null;
}

/** D1 refuses statements with more than 100 bound parameters. */
const KEYS_PER_STATEMENT = 90;
/** Rows read per base key at most (a very common name in a very large store is cut here). */
const ROWS_PER_KEY = 2000;

const ROW_SQL = (marks: string) => `SELECT e.article_id, e.idx, e.name, e.type, e.role, e.affiliation, e.mentions, e.ekey, ar.seq, ar.title, ar.published
  FROM entities e JOIN articles ar ON ar.id = e.article_id WHERE e.ekey IN (${marks}) LIMIT ${ROWS_PER_KEY * 4}`;

/**
 * Clusters of every given base key (index look-ups on entities.ekey, a few
 * keys per statement). Keys already in `known` are not read again; the result
 * holds those too.
 */
export async function loadClusters(db: D1Database, bases: Iterable<string>, known?: Map<string, Array<Cluster<RecordRow>>>): Promise<Map<string, Array<Cluster<RecordRow>>>> {
  const out = new Map<string, Array<Cluster<RecordRow>>>(known ?? []);
  const keys = [...new Set(bases)].filter((k) => !out.has(k));
  if (!keys.length) return out;
  const stmts: D1PreparedStatement[] = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_STATEMENT) {
    const chunk = keys.slice(i, i + KEYS_PER_STATEMENT);
    stmts.push(db.prepare(ROW_SQL(chunk.map((_, j) => `?${j + 1}`).join(", "))).bind(...chunk));
  }
  const byKey = new Map<string, RecordRow[]>();
  for (const r of (await db.batch<RecordRow>(stmts)).flatMap((x) => x.results)) {
    const list = byKey.get(r.ekey) ?? [];
    if (list.length < ROWS_PER_KEY) list.push(r);
    byKey.set(r.ekey, list);
  }
  for (const k of keys) out.set(k, clusterRows(k, byKey.get(k) ?? []));
  return out;
}

/** "article_id:idx" of a row. */
export const rowId = (article_id: string, idx: number) => `${article_id}:${idx}`;

/** Full key of every row of the given clusters. */
export function keyIndex(clusters: Map<string, Array<Cluster<RecordRow>>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const list of clusters.values()) for (const c of list) for (const r of c.rows) out.set(rowId(r.article_id, r.idx), c.key);
  return out;
}

/** The name a cluster goes by: its most frequent written form (ties: the longest). */
export function displayName(rows: readonly { name: string }[]): string {
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.name, (count.get(r.name) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? "";
}

/** Distinct roles and affiliations of a cluster, most frequent first. */
function descriptions(rows: readonly RecordRow[]) {
  const by = new Map<string, { role: string | null; affiliation: string | null; articles: ArticleRef[] }>();
  for (const r of [...rows].sort((a, b) => b.seq - a.seq)) {
    if (!r.role && !r.affiliation) continue;
    const k = `${r.role ?? ""}|${r.affiliation ?? ""}`.toLowerCase();
    const d = by.get(k) ?? { role: r.role, affiliation: r.affiliation, articles: [] };
    if (!d.articles.some((a) => a.id === r.article_id)) d.articles.push({ id: r.article_id, title: r.title, published: r.published });
    by.set(k, d);
  }
  return [...by.values()].sort((a, b) => b.articles.length - a.articles.length);
}

/** One search hit: a real entity (a cluster) with what tells it apart. */
export interface EntityHit {
  key: string;
  name: string;
  type: string;
  roles: Array<{ role: string | null; affiliation: string | null }>;
  articles: number;
  unsure: boolean;
}

/**
 * People and organisations a typed name stands for, with the bot's own look-up
 * (store/queries.ts findEntities: aliases, surnames and name words, small
 * typos), grouped into real entities across articles; most articles first.
 */
export async function searchEntities(db: D1Database, q: string, limit = 20): Promise<EntityHit[]> {
  const refs = await findEntities(db, q, null);
  if (!refs.length) return [];
  const matched = new Set(refs.map((r) => rowId(r.article_id, r.idx)));
  const clusters = await loadClusters(db, refs.map((r) => entityKey(r.type, r.name)));
  const hits: EntityHit[] = [];
  for (const list of clusters.values()) for (const c of list) {
    if (!c.rows.some((r) => matched.has(rowId(r.article_id, r.idx)))) continue;
    hits.push({
      key: c.key, name: displayName(c.rows), type: c.rows[0]!.type,
      roles: descriptions(c.rows).slice(0, 3).map(({ role, affiliation }) => ({ role, affiliation })),
      articles: new Set(c.rows.map((r) => r.article_id)).size, unsure: c.unsure,
    });
  }
  return hits.sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name)).slice(0, limit);
}

interface MeetingFactRow {
  article_id: string;
  entity_idx: number;
  idx: number;
  date: string | null;
  date_text: string | null;
  place: string | null;
  venue: string | null;
  kind: string;
  status: string;
  status_text: string | null;
  duration: string | null;
  evidence: string;
  ev_start: number | null;
  ev_end: number | null;
  title: string | null;
  published: string | null;
}

interface CounterpartRow {
  article_id: string;
  entity_idx: number;
  meeting_idx: number;
  idx: number;
  name: string;
  type: string;
  ekey: string;
}

interface StatementFactRow {
  article_id: string;
  entity_idx: number;
  idx: number;
  text: string;
  kind: string;
  evidence: string;
  ev_start: number | null;
  ev_end: number | null;
  title: string | null;
  published: string | null;
  seq: number;
}

/** Most facts of each kind a page lists (the totals say how many there are). */
const PAGE_LIMIT = 500;

const MEETINGS_OF_KEY = `SELECT e.article_id, e.idx AS entity_idx, m.idx, m.date, m.date_text, m.place, m.venue, m.kind, m.status, m.status_text,
    m.duration, m.evidence, m.ev_start, m.ev_end, ar.title, ar.published
  FROM entities e JOIN meeting_participants p ON p.article_id = e.article_id AND p.entity_idx = e.idx
  JOIN meetings m ON m.article_id = p.article_id AND m.idx = p.meeting_idx JOIN articles ar ON ar.id = e.article_id
  WHERE e.ekey = ?1 LIMIT ${PAGE_LIMIT * 4}`;

const COUNTERPARTS_OF_KEY = `SELECT e.article_id, e.idx AS entity_idx, p2.meeting_idx, o.idx, o.name, o.type, o.ekey
  FROM entities e JOIN meeting_participants p ON p.article_id = e.article_id AND p.entity_idx = e.idx
  JOIN meeting_participants p2 ON p2.article_id = p.article_id AND p2.meeting_idx = p.meeting_idx
  JOIN entities o ON o.article_id = p2.article_id AND o.idx = p2.entity_idx
  WHERE e.ekey = ?1 AND o.idx <> e.idx LIMIT ${PAGE_LIMIT * 16}`;

const STATEMENTS_OF_KEY = `SELECT e.article_id, e.idx AS entity_idx, s.idx, s.text, s.kind, s.evidence, s.ev_start, s.ev_end, ar.title, ar.published, ar.seq
  FROM entities e JOIN statements s ON s.article_id = e.article_id AND s.speaker_idx = e.idx JOIN articles ar ON ar.id = e.article_id
  WHERE e.ekey = ?1 LIMIT ${PAGE_LIMIT * 4}`;

/** A counterpart of a meeting, linked to its page. */
export interface EntityLink {
  key: string;
  name: string;
  type: string;
}

const span = (r: { ev_start: number | null; ev_end: number | null }) => (r.ev_start === null ? null : { start: r.ev_start, end: r.ev_end });
/** Newest first by date; undated last. */
const newestFirst = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? 1 : -1);
/** Oldest first by date; undated last. */
const oldestFirst = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/**
 * The data of a person or organisation page (null when no such key): names,
 * roles and affiliations with their articles, meetings on a timeline (oldest
 * first, undated last) with counterparts and evidence, statements newest
 * first, the articles that mention them, and namesakes kept apart.
 */
export async function entityPage(db: D1Database, key: string) {
  const { base, n } = splitKey(key);
  const clusters = (await loadClusters(db, [base])).get(base) ?? [];
  const cluster = clusters[n - 1];
  if (!cluster || cluster.key !== key) return null;
  const mine = new Set(cluster.rows.map((r) => rowId(r.article_id, r.idx)));
  const [meetingRes, counterpartRes, statementRes] = await db.batch<unknown>([
    db.prepare(MEETINGS_OF_KEY).bind(base),
    db.prepare(COUNTERPARTS_OF_KEY).bind(base),
    db.prepare(STATEMENTS_OF_KEY).bind(base),
  ]);
  const ours = <T extends { article_id: string; entity_idx: number }>(rows: T[]) => rows.filter((r) => mine.has(rowId(r.article_id, r.entity_idx)));
  const meetingRows = ours(meetingRes!.results as MeetingFactRow[]);
  const counterpartRows = ours(counterpartRes!.results as CounterpartRow[]);
  const statementRows = ours(statementRes!.results as StatementFactRow[]);
  const others = keyIndex(await loadClusters(db, counterpartRows.map((c) => c.ekey)));
  const counterparts = new Map<string, EntityLink[]>();
  for (const c of counterpartRows) {
    const k = rowId(c.article_id, c.meeting_idx);
    const list = counterparts.get(k) ?? [];
    const link = { key: others.get(rowId(c.article_id, c.idx)) ?? c.ekey, name: c.name, type: c.type };
    if (!list.some((l) => l.key === link.key)) list.push(link);
    counterparts.set(k, list);
  }
  const meetings = meetingRows
    .sort((a, b) => oldestFirst(a.date, b.date) || oldestFirst(a.published, b.published) || a.idx - b.idx)
    .slice(0, PAGE_LIMIT)
    .map((m) => ({
      article: { id: m.article_id, title: m.title, published: m.published },
      date: m.date, date_text: m.date_text, place: m.place, venue: m.venue, kind: m.kind, status: m.status, status_text: m.status_text,
      duration: m.duration, counterparts: counterparts.get(rowId(m.article_id, m.idx)) ?? [], evidence: m.evidence, source: span(m),
    }));
  const statements = statementRows
    .sort((a, b) => newestFirst(a.published, b.published) || b.seq - a.seq || a.idx - b.idx)
    .slice(0, PAGE_LIMIT)
    .map((s) => ({ article: { id: s.article_id, title: s.title, published: s.published }, text: s.text, kind: s.kind, evidence: s.evidence, source: span(s) }));
  const articles = [...new Map([...cluster.rows].sort((a, b) => newestFirst(a.published, b.published) || b.seq - a.seq).map((r) => [r.article_id, r])).values()]
    .map((r) => ({ id: r.article_id, title: r.title, published: r.published, name: r.name, mentions: r.mentions }));
  const namesakes = clusters.filter((c) => c !== cluster).map((c) => ({ key: c.key, name: displayName(c.rows), roles: descriptions(c.rows).slice(0, 3).map(({ role, affiliation }) => ({ role, affiliation })), articles: new Set(c.rows.map((r) => r.article_id)).size }));
  return {
    key: cluster.key,
    name: displayName(cluster.rows),
    type: cluster.rows[0]!.type,
    names: [...new Set(cluster.rows.map((r) => r.name))],
    unsure: cluster.unsure,
    ...(cluster.unsure ? { unsure_reason: unsureReason(cluster, namesakes.length) } : {}),
    namesakes,
    roles: descriptions(cluster.rows),
    meetings,
    statements,
    articles,
    totals: { meetings: meetingRows.length, statements: statementRows.length, articles: articles.length },
  };
}

function unsureReason(c: Cluster, others: number): string {
  const apart = `${others} other ${others === 1 ? "entity has" : "entities have"} this name but a conflicting role or affiliation, and ${others === 1 ? "is" : "are"} kept apart`;
  return c.guessed
    ? `${apart}; ${c.guessed} mention${c.guessed === 1 ? "" : "s"} without a role or affiliation ${c.guessed === 1 ? "is" : "are"} counted here as the likeliest match.`
    : `${apart}.`;
}
