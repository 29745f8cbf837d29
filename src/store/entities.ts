/**
 * The record's people and organisations across articles: name search and the
 * data of a person or organisation page. Which real entity (namesake cluster)
 * a row is follows from its key's descriptions (entity_descriptions, a few
 * rows per key, kept at write time: migration 0012), never from reading every
 * row of the key. Every statement is an index look-up (entities by ekey,
 * descriptions by key, facts by their article key); see test/store/record-plans.test.ts.
 */
import { clusterDescriptions, entityKey, keyOfRow, signature, splitKey, type DescribedCluster, type Description, type IdentityRow } from "./identity";
import { exactDescribedStatement, findEntities, type DescribedRef } from "./queries";

/** An entity row with its article, as the record reads it. */
export interface RecordRow extends IdentityRow {
  type: string;
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

/** Rows of its own key a page reads at most (a very common name in a very large store is cut here; the totals come from the descriptions). */
const ROWS_PER_KEY = 2000;

/** The real entities of each base key, by key. */
export type Identities = Map<string, DescribedCluster[]>;

/**
 * Clusters by base key as of one store version (meta.store_version, with the
 * newest upload's seq), kept in the isolate between requests: descriptions
 * change only with writes of facts, and every such write bumps the version in
 * its own batch, so a changed version empties the cache. Maps and pages read the same few hundred keys
 * again and again; this spares reading their descriptions each time.
 */
const cache = { version: "", clusters: new Map<string, DescribedCluster[]>() };
const CACHED_KEYS = 50_000;

/** The store's version and its newest upload: a store recreated from scratch (tests, a new database) does not pass for the old one. */
const VERSION_SQL = "SELECT (SELECT value FROM meta WHERE key = 'store_version') || ':' || coalesce((SELECT max(seq) FROM articles), 0) AS value";
const DESCRIPTIONS_SQL = "SELECT d.ekey, d.role, d.affiliation, d.name, d.n_rows, d.first_seq FROM json_each(?1) j JOIN entity_descriptions d ON d.ekey = j.value";

/** A description row with its key, as read from entity_descriptions. */
export type DescriptionRow = Description & { ekey: string };

/** Clusters the description rows of `keys` (keys without rows get none) into the cache and into `out`. */
function remember(keys: Iterable<string>, rows: readonly DescriptionRow[], out?: Identities): void {
  const byKey = new Map<string, Description[]>();
  for (const r of rows) {
    const list = byKey.get(r.ekey);
    if (list) list.push(r);
    else byKey.set(r.ekey, [r]);
  }
  for (const k of keys) {
    const clusters = clusterDescriptions(k, byKey.get(k) ?? []);
    cache.clusters.set(k, clusters);
    out?.set(k, clusters);
  }
}

/** Empties the cache when the store's version (VERSION_SQL, read by the caller in its own batch) has changed; true when it had. */
function useVersion(version: string): boolean {
  if (version === cache.version) return false;
  cache.version = version;
  cache.clusters.clear();
  return true;
}

/**
 * The real entities (namesake clusters) of every given base key, from their
 * descriptions (entity_descriptions: the keys as a JSON array, json_each,
 * each a primary-key look-up) or from the cache when the store has not
 * changed since (the version is read in the same batch). Keys already in
 * `known` are not read again; the result holds those too.
 */
export async function loadIdentities(db: D1Database, bases: Iterable<string>, known?: Identities): Promise<Identities> {
  const out: Identities = new Map(known ?? []);
  const want = [...new Set(bases)].filter((k) => !out.has(k));
  if (!want.length) return out;
  if (cache.clusters.size > CACHED_KEYS) cache.clusters.clear();
  const missing = want.filter((k) => !cache.clusters.has(k));
  const [v, d] = await db.batch<unknown>([db.prepare(VERSION_SQL), db.prepare(DESCRIPTIONS_SQL).bind(JSON.stringify(missing))]);
  const version = String((v!.results[0] as { value: string } | undefined)?.value ?? "");
  if (useVersion(version)) {
    // What the cache held is stale: every wanted key is read again.
    if (missing.length < want.length) {
      remember(want, (await db.prepare(DESCRIPTIONS_SQL).bind(JSON.stringify(want)).all<DescriptionRow>()).results, out);
      return out;
    }
  }
  remember(missing, d!.results as DescriptionRow[]);
  for (const k of want) out.set(k, cache.clusters.get(k)!);
  return out;
}

/**
 * The clusters of those of `bases` the cache holds, without a read, and the
 * store version they are of ("" before any read). A caller that builds on
 * them reads the version in its own batch (`versionStatement`) and checks it
 * with `versionUnchanged`; the keys it lacks it may read there too
 * (`descriptionsStatement`, then `identitiesRead`).
 */
export function cachedIdentities(bases: readonly string[]): { ids: Identities; version: string } {
  return { ids: new Map(bases.flatMap((k) => (cache.clusters.has(k) ? [[k, cache.clusters.get(k)!] as const] : []))), version: cache.version };
}

/** The descriptions of `keys` (a JSON array, each a primary-key look-up), as a statement of a caller's batch. */
export const descriptionsStatement = (db: D1Database, keys: readonly string[]): D1PreparedStatement => db.prepare(DESCRIPTIONS_SQL).bind(JSON.stringify(keys));

/** `ids` with the clusters of `keys` from all their description rows (a descriptionsStatement's), kept in the cache too. */
export function identitiesRead(ids: Identities, keys: readonly string[], rows: readonly DescriptionRow[]): Identities {
  const out: Identities = new Map(ids);
  remember(keys, rows, out);
  return out;
}

/** The store's version (VERSION_SQL) on its own: one small round trip. */
export async function readVersion(db: D1Database): Promise<string> {
  return String((await db.prepare(VERSION_SQL).first<{ value: string }>())?.value ?? "");
}

/** The store's version, as a statement of a caller's batch (its one row goes to `versionUnchanged`). */
export const versionStatement = (db: D1Database): D1PreparedStatement => db.prepare(VERSION_SQL);

/** Whether the version a versionStatement read is still `version`; when not, the cache is emptied (as after any read of a new version). */
export function versionUnchanged(result: D1Result<unknown>, version: string): boolean {
  const now = String((result.results[0] as { value: string } | undefined)?.value ?? "");
  useVersion(now);
  return now === version;
}

/** Base keys whose clusters the cache holds for the version last read (a caller's statement may leave them out). */
export const cachedKeys = (): string[] => [...cache.clusters.keys()];

/**
 * `ids` with the clusters of `keys` from description rows a caller read itself
 * (a sub-select of its own statement); keys the rows miss come from the cache,
 * else have no clusters.
 */
export function withDescriptions(ids: Identities, keys: Iterable<string>, rows: readonly DescriptionRow[]): Identities {
  const out: Identities = new Map(ids);
  const read = new Set(rows.map((r) => r.ekey));
  remember([...read].filter((k) => !out.has(k)), rows, out);
  for (const k of keys) if (!out.has(k)) out.set(k, cache.clusters.get(k) ?? []);
  return out;
}

/**
 * Keys whose descriptions a statement may leave out (`NOT IN json_each(?)`)
 * because the cache holds them: `ids`' keys and, when not too many, the
 * cache's. Pass the list to `completeDescriptions` after the read.
 */
export function knownKeys(ids: Identities = new Map()): string[] {
  const cached = cachedKeys();
  return [...new Set([...ids.keys(), ...(cached.length <= KNOWN_IN_SQL ? cached : [])])];
}

/** Most cached keys passed to a statement to leave out (one JSON array of that many keys is sent with it). */
const KNOWN_IN_SQL = 4000;

/**
 * withDescriptions for a statement that left out the `skipped` keys
 * (knownKeys) and read the store's version in its batch: when the version
 * changed (the cache was emptied) or the cache lost a skipped key meanwhile,
 * the missing keys' descriptions are read now (one more round trip, only
 * after writes).
 */
export async function completeDescriptions(db: D1Database, ids: Identities, keys: Iterable<string>, rows: readonly DescriptionRow[], version: string | null, skipped: readonly string[]): Promise<Identities> {
  if (version !== null) useVersion(version);
  const wanted = [...new Set(keys)];
  const read = new Set(rows.map((r) => r.ekey));
  const own = new Set(skipped.filter((k) => ids.has(k)));
  const missing = wanted.filter((k) => !read.has(k) && !own.has(k) && !cache.clusters.has(k));
  const more = missing.length ? (await db.prepare(DESCRIPTIONS_SQL).bind(JSON.stringify(missing)).all<DescriptionRow>()).results : [];
  if (missing.length) remember(missing, more);
  return withDescriptions(ids, wanted, rows);
}

/** The full key (person or namesake) of an entity row, given its key's identities. */
export const keyOf = (ids: Identities, r: { ekey: string; role: string | null; affiliation: string | null }) => keyOfRow(ids.get(r.ekey), r.ekey, r.role, r.affiliation);

/** The full key of a row of base key `ekey` with this description signature (store/identity.ts `signature`). */
export const keyOfSignature = (ids: Identities, ekey: string, sig: string) => ids.get(ekey)?.find((c) => c.signatures.has(sig))?.key ?? ekey;

/** The cluster a full key names, or undefined. */
export function clusterOf(ids: Identities, key: string): DescribedCluster | undefined {
  const { base, n } = splitKey(key);
  const c = ids.get(base)?.[n - 1];
  return c?.key === key ? c : undefined;
}

/** "article_id:idx" of a row. */
export const rowId = (article_id: string, idx: number) => `${article_id}:${idx}`;

/** The name a cluster goes by: its most frequent written form (ties: the longest). */
export function displayName(rows: readonly { name: string; n_rows?: number }[]): string {
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.name, (count.get(r.name) ?? 0) + (r.n_rows ?? 1));
  return [...count].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? "";
}

/** Distinct roles and affiliations of a cluster's descriptions, most rows first. */
function describedRoles(c: DescribedCluster): Array<{ role: string | null; affiliation: string | null }> {
  const by = new Map<string, { role: string | null; affiliation: string | null; n: number }>();
  for (const d of c.descriptions) {
    if (!d.role && !d.affiliation) continue;
    const k = `${d.role}|${d.affiliation}`.toLowerCase();
    const x = by.get(k) ?? { role: d.role || null, affiliation: d.affiliation || null, n: 0 };
    x.n += d.n_rows;
    by.set(k, x);
  }
  return [...by.values()].sort((a, b) => b.n - a.n).map(({ role, affiliation }) => ({ role, affiliation }));
}

/**
 * Distinct roles and affiliations of a cluster, most frequent first, each with
 * its newest `limit` articles (newest upload first) and how many it has.
 */
function descriptions(rows: readonly RecordRow[], limit: number) {
  const by = new Map<string, { role: string | null; affiliation: string | null; articles: ArticleRef[]; ids: Set<string> }>();
  for (const r of [...rows].sort((a, b) => b.seq - a.seq)) {
    if (!r.role && !r.affiliation) continue;
    const k = `${r.role ?? ""}|${r.affiliation ?? ""}`.toLowerCase();
    const d = by.get(k) ?? { role: r.role, affiliation: r.affiliation, articles: [], ids: new Set<string>() };
    if (!d.ids.has(r.article_id)) {
      d.ids.add(r.article_id);
      if (d.articles.length < limit) d.articles.push({ id: r.article_id, title: r.title, published: r.published });
    }
    by.set(k, d);
  }
  return [...by.values()].sort((a, b) => b.ids.size - a.ids.size).map(({ ids, ...d }) => ({ ...d, articles_total: ids.size }));
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
 * `articles` counts the entity's rows (one per article that names it).
 */
export async function searchEntities(db: D1Database, q: string, limit = 20): Promise<EntityHit[]> {
  // The exact key's entities (one row per key and description) and the store's version: one batch.
  const exact = exactDescribedStatement(db, q);
  let refs: DescribedRef[] = [];
  let ids: Identities | null = null;
  if (exact) {
    const [found, version] = await db.batch<unknown>([exact, versionStatement(db)]);
    refs = found!.results as DescribedRef[];
    // The clusters of their keys, from the cache (checked against the version just read), else read now.
    if (refs.length) ids = await completeDescriptions(db, new Map(), refs.map((r) => r.ekey ?? entityKey(r.type, r.name)), [], String((version!.results[0] as { value: string } | undefined)?.value ?? ""), []);
  }
  // Else word by word, or a small typo (store/queries.ts).
  if (!refs.length) refs = await findEntities(db, q, null, exact !== null);
  if (!refs.length) return [];
  const rows = refs.map((r) => ({ ...r, ekey: r.ekey ?? entityKey(r.type, r.name) }));
  ids ??= await loadIdentities(db, rows.map((r) => r.ekey));
  const hits = new Map<string, EntityHit>();
  for (const r of rows) {
    const key = keyOf(ids, r);
    const c = clusterOf(ids, key);
    if (!c || hits.has(key)) continue;
    hits.set(key, { key, name: displayName(c.descriptions), type: r.type, roles: describedRoles(c).slice(0, 3), articles: c.rows, unsure: c.unsure });
  }
  return [...hits.values()].sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name)).slice(0, limit);
}

/**
 * A row of meeting_edges as the page reads it (migrations 0012, 0014): one
 * row of the key in a meeting, the meeting's details, and one other
 * participant (other_idx -1 when none). Its article's title and date come
 * from the key's rows (RecordRow), read once per article.
 */
/** The columns of a meeting the page shows, as both of its reads return them. */
interface MeetingDetailColumns {
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
}

interface MeetingEdgeFactRow extends MeetingDetailColumns {
  article_id: string;
  meeting_idx: number;
  entity_idx: number;
  /** The key's row's description (role|affiliation). */
  sig: string;
  /** "" when undated. */
  date: string;
  other_idx: number;
  other_name: string | null;
  other_type: string | null;
  other_ekey: string | null;
  other_sig: string | null;
}

/** A meeting of the page's key (one per row of the key in it). */
interface MeetingFactRow extends MeetingDetailColumns {
  article_id: string;
  entity_idx: number;
  idx: number;
  date: string | null;
}

interface CounterpartRow {
  article_id: string;
  meeting_idx: number;
  idx: number;
  name: string;
  type: string;
  ekey: string;
  /** The counterpart's description (role|affiliation). */
  sig: string;
}

/** A statement of the page's key; its article as for MeetingFactRow. */
interface StatementFactRow {
  article_id: string;
  entity_idx: number;
  role: string | null;
  affiliation: string | null;
  idx: number;
  text: string;
  kind: string;
  evidence: string;
  ev_start: number | null;
  ev_end: number | null;
}

/** Most facts of each kind a page reads and lists at all (the totals say how many there are). */
const PAGE_LIMIT = 500;

/**
 * Facts of each kind a page lists unless asked for more (GET
 * /api/entities/:key?limit=): a page shows the newest few and fetches the
 * rest on demand, so a well-documented person's page is a few tens of KB, not
 * the hundreds every fact of theirs would take (each costs transfer and
 * JSON time on every view).
 */
export const PAGE_DEFAULT_LIMIT = 20;

/**
 * Rows of a key with their articles (the page's names, roles with their
 * articles, and articles). The meetings and statements below come from the
 * same rows' articles, so they read no article columns of their own.
 */
const ROWS_OF_KEY = `SELECT e.article_id, e.idx, e.name, e.type, e.role, e.affiliation, e.mentions, ar.seq, ar.title, ar.published
  FROM entities e JOIN articles ar ON ar.id = e.article_id WHERE e.ekey = ?1 LIMIT ${ROWS_PER_KEY}`;

/** Articles by id (primary-key look-ups): those of facts whose entity row ROWS_OF_KEY's cap left out. */
const ARTICLES_BY_ID = "SELECT a.id, a.seq, a.title, a.published FROM json_each(?1) j JOIN articles a ON a.id = j.value";

const DESCRIPTIONS_OF_KEY = "SELECT ekey, role, affiliation, name, n_rows, first_seq FROM entity_descriptions WHERE ekey = ?1";

/** The key's meetings with their details and other participants: one range of meeting_edges, clustered by the key (no joins). */
const MEETINGS_OF_KEY = `SELECT x.article_id, x.meeting_idx, x.entity_idx, x.sig, x.date, x.date_text, x.place, x.venue, x.kind, x.status, x.status_text, x.duration,
    x.evidence, x.ev_start, x.ev_end, x.other_idx, x.other_name, x.other_type, x.other_ekey, x.other_sig
  FROM meeting_edges x WHERE x.ekey = ?1 LIMIT ${PAGE_LIMIT * 16}`;

const STATEMENTS_OF_KEY = `SELECT e.article_id, e.idx AS entity_idx, e.role, e.affiliation, s.idx, s.text, s.kind, s.evidence, s.ev_start, s.ev_end
  FROM entities e JOIN statements s ON s.article_id = e.article_id AND s.speaker_idx = e.idx
  WHERE e.ekey = ?1 LIMIT ${PAGE_LIMIT * 4}`;

/**
 * The descriptions of every counterpart's key (MEETINGS_OF_KEY's other keys;
 * each a primary-key look-up) but those the cache holds (?2, a JSON array:
 * knownKeys), which are most of them once a few pages have been read.
 */
const DESCRIPTIONS_OF_COUNTERPARTS = `SELECT d.ekey, d.role, d.affiliation, d.name, d.n_rows, d.first_seq FROM entity_descriptions d
  WHERE d.ekey IN (SELECT x.other_ekey FROM meeting_edges x WHERE x.ekey = ?1 AND x.other_idx >= 0 AND x.other_ekey IS NOT NULL LIMIT ${PAGE_LIMIT * 16})
  AND d.ekey NOT IN (SELECT value FROM json_each(?2))`;

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
 * first, the articles that mention them, and namesakes kept apart. Each list
 * (and each role's articles) holds the newest `limit` (1-500; default
 * PAGE_DEFAULT_LIMIT): the newest meetings by date, shown oldest first; `totals`
 * counts them all, each role's `articles_total` its articles, and `more`
 * says whether any list was cut.
 */
export async function entityPage(db: D1Database, key: string, limit = PAGE_DEFAULT_LIMIT) {
  return (await entityPageAt(db, key, limit)).page;
}

/** The page's data as entityPage gives it, and the store version it was read at (VERSION_SQL, in the page's own batch). */
export async function entityPageAt(db: D1Database, key: string, limit = PAGE_DEFAULT_LIMIT) {
  const cut = Math.max(1, Math.min(PAGE_LIMIT, Math.floor(limit)));
  const { base } = splitKey(key);
  const skipped = knownKeys();
  const [descRes, rowRes, meetingRes, statementRes, versionRes, otherRes] = await db.batch<unknown>([
    db.prepare(DESCRIPTIONS_OF_KEY).bind(base),
    db.prepare(ROWS_OF_KEY).bind(base),
    db.prepare(MEETINGS_OF_KEY).bind(base),
    db.prepare(STATEMENTS_OF_KEY).bind(base),
    // Who the counterparts are, in the same batch (no second round trip): the store's version, the descriptions the cache lacks.
    db.prepare(VERSION_SQL),
    db.prepare(DESCRIPTIONS_OF_COUNTERPARTS).bind(base, JSON.stringify(skipped)),
  ]);
  const version = String((versionRes!.results[0] as { value: string } | undefined)?.value ?? "");
  const clusters = clusterDescriptions(base, descRes!.results as Description[]);
  const cluster = clusterOf(new Map([[base, clusters]]), key);
  if (!cluster) return { page: null, version };
  // A row is this entity's when its description is one of the cluster's.
  const ours = <T extends { role: string | null; affiliation: string | null }>(rows: T[]) => rows.filter((r) => cluster.signatures.has(signature(r.role, r.affiliation)));
  const keyRows = rowRes!.results as RecordRow[];
  const rows = ours(keyRows);
  // The entity's rows of meeting_edges: a meeting per row of the key in it (the first of its rows), a counterpart per row.
  const edgeRows = (meetingRes!.results as MeetingEdgeFactRow[]).filter((r) => cluster.signatures.has(r.sig));
  const meetingOf = new Map<string, MeetingFactRow>();
  for (const r of edgeRows) {
    const id = `${r.article_id}:${r.meeting_idx}:${r.entity_idx}`;
    if (meetingOf.has(id) || meetingOf.size >= PAGE_LIMIT * 4) continue;
    meetingOf.set(id, { article_id: r.article_id, entity_idx: r.entity_idx, idx: r.meeting_idx, date: r.date || null, date_text: r.date_text, place: r.place, venue: r.venue,
      kind: r.kind, status: r.status, status_text: r.status_text, duration: r.duration, evidence: r.evidence, ev_start: r.ev_start, ev_end: r.ev_end });
  }
  const meetingRows = [...meetingOf.values()];
  const counterpartRows: CounterpartRow[] = edgeRows.flatMap((r) => (r.other_idx >= 0 && r.other_ekey !== null
    ? [{ article_id: r.article_id, meeting_idx: r.meeting_idx, idx: r.other_idx, name: r.other_name ?? "", type: r.other_type ?? "person", ekey: r.other_ekey, sig: r.other_sig ?? "|" }]
    : []));
  const statementRows = ours(statementRes!.results as StatementFactRow[]);
  const others = await completeDescriptions(db, new Map([[base, clusters]]), counterpartRows.map((c) => c.ekey), otherRes!.results as DescriptionRow[], version, skipped);
  // The key's own clusters, read in the batch that read the version: kept for the map around it.
  cache.clusters.set(base, clusters);
  // Each article once: from the key's rows, else (past their cap) read by id.
  const articleOf = new Map<string, { seq: number; title: string | null; published: string | null }>(keyRows.map((r) => [r.article_id, { seq: r.seq, title: r.title, published: r.published }]));
  const unread = [...new Set([...meetingRows, ...statementRows].map((r) => r.article_id))].filter((id) => !articleOf.has(id));
  if (unread.length) {
    for (const a of (await db.prepare(ARTICLES_BY_ID).bind(JSON.stringify(unread)).all<{ id: string; seq: number; title: string | null; published: string | null }>()).results) {
      articleOf.set(a.id, { seq: a.seq, title: a.title, published: a.published });
    }
  }
  const article = (id: string) => articleOf.get(id) ?? { seq: 0, title: null, published: null };
  const counterparts = new Map<string, EntityLink[]>();
  for (const c of counterpartRows) {
    const k = rowId(c.article_id, c.meeting_idx);
    const list = counterparts.get(k) ?? [];
    const link = { key: keyOfSignature(others, c.ekey, c.sig), name: c.name, type: c.type };
    if (!list.some((l) => l.key === link.key)) list.push(link);
    counterparts.set(k, list);
  }
  // The newest `cut` meetings (dated before undated), then as a timeline: oldest first, undated last.
  const meetings = meetingRows
    .map((m) => ({ ...m, ...article(m.article_id) }))
    .sort((a, b) => newestFirst(a.date, b.date) || newestFirst(a.published, b.published) || b.idx - a.idx)
    .slice(0, cut)
    .sort((a, b) => oldestFirst(a.date, b.date) || oldestFirst(a.published, b.published) || a.idx - b.idx)
    .map((m) => ({
      article: { id: m.article_id, title: m.title, published: m.published },
      date: m.date, date_text: m.date_text, place: m.place, venue: m.venue, kind: m.kind, status: m.status, status_text: m.status_text,
      duration: m.duration, counterparts: counterparts.get(rowId(m.article_id, m.idx)) ?? [], evidence: m.evidence, source: span(m),
    }));
  const statements = statementRows
    .map((s) => ({ ...s, ...article(s.article_id) }))
    .sort((a, b) => newestFirst(a.published, b.published) || b.seq - a.seq || a.idx - b.idx)
    .slice(0, cut)
    .map((s) => ({ article: { id: s.article_id, title: s.title, published: s.published }, text: s.text, kind: s.kind, evidence: s.evidence, source: span(s) }));
  const allArticles = [...new Map([...rows].sort((a, b) => newestFirst(a.published, b.published) || b.seq - a.seq).map((r) => [r.article_id, r])).values()];
  const articles = allArticles.slice(0, cut).map((r) => ({ id: r.article_id, title: r.title, published: r.published, name: r.name, mentions: r.mentions }));
  const roles = descriptions(rows, cut);
  const namesakes = clusters.filter((c) => c !== cluster).map((c) => ({ key: c.key, name: displayName(c.descriptions), roles: describedRoles(c).slice(0, 3), articles: c.rows }));
  const totals = { meetings: meetingRows.length, statements: statementRows.length, articles: Math.max(allArticles.length, cluster.rows) };
  const page = {
    key: cluster.key,
    name: displayName(cluster.descriptions),
    type: rows[0]?.type ?? (base.startsWith("person:") ? "person" : "organization"),
    names: [...new Set(cluster.descriptions.map((d) => d.name))],
    unsure: cluster.unsure,
    ...(cluster.unsure ? { unsure_reason: unsureReason(cluster, namesakes.length) } : {}),
    namesakes,
    roles,
    meetings,
    statements,
    articles,
    totals,
    /** Some list (or a role's articles) was cut at `limit`: GET /api/entities/:key?limit=500 lists up to 500 of each. */
    more: [[meetings.length, totals.meetings], [statements.length, totals.statements], [articles.length, allArticles.length], ...roles.map((r) => [r.articles.length, r.articles_total])]
      .some(([shown, all]) => shown! < Math.min(all!, PAGE_LIMIT)),
  };
  return { page, version };
}

/** A person's or organisation's page, as GET /api/entities/:key answers it. */
export type EntityPage = NonNullable<Awaited<ReturnType<typeof entityPage>>>;

function unsureReason(c: DescribedCluster, others: number): string {
  const apart = `${others} other ${others === 1 ? "entity has" : "entities have"} this name but a conflicting role or affiliation, and ${others === 1 ? "is" : "are"} kept apart`;
  return c.guessed
    ? `${apart}; ${c.guessed} mention${c.guessed === 1 ? "" : "s"} without a role or affiliation ${c.guessed === 1 ? "is" : "are"} counted here as the likeliest match.`
    : `${apart}.`;
}
