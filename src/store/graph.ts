/**
 * The who-met-whom map: people and organisations as nodes (one per real
 * entity across articles, store/identity.ts), meetings as edges between each
 * pair of participants, counted. Either the whole record (newest meetings
 * first, by the date index; or by place, or a set of articles) or around one
 * entity, one or two steps out (its meetings by entities.ekey, newest first;
 * two steps out, the newest meetings of its best-connected counterparts).
 * Which namesake a participant is comes from its key's descriptions
 * (entity_descriptions), never from reading every row of the key. Index
 * look-ups only (test/store/record-plans.test.ts), and the work of one
 * request is capped: at most `limit` meetings, MAX_NEIGHBOURS counterparts
 * read two steps out, NEIGHBOUR_MEETINGS meetings of each; `truncated` says
 * when a cap left meetings out. A map around someone is one D1 batch when
 * the isolate's cache knows who they are: the centre and the two-step
 * counterparts are guessed (from the cache, in SQL) and checked after the
 * batch, and read step by step only when the guess does not hold
 * (test/store/record-round-trips.test.ts).
 */
import { entityKey, splitKey } from "./identity";
import {
  cachedIdentities, clusterOf, completeDescriptions, descriptionsStatement, displayName, identitiesRead, keyOf, keyOfSignature, knownKeys, loadIdentities, versionStatement, versionUnchanged,
  type DescriptionRow, type Identities,
} from "./entities";
import { findEntities } from "./queries";

/** What the map shows. Dates are ISO prefixes (yyyy, yyyy-mm or yyyy-mm-dd), inclusive. */
export interface GraphQuery {
  /** A name (looked up as the bot does) or an entity key ("person:rui_almeida"). */
  around?: string;
  from?: string;
  to?: string;
  /** A meeting place, case-insensitive ("Nairobi"). */
  place?: string;
  /** Steps out from `around`: 1 (its meetings) or 2 (also its counterparts' meetings). */
  depth?: 1 | 2;
  /** Meeting statuses shown; default held only (planned, cancelled… are hidden unless asked). "all" shows every one. */
  statuses?: string[] | "all";
  /** Only meetings of these articles. */
  articles?: string[];
  /** Most meetings drawn. */
  limit?: number;
}

interface MeetingEdgeRow {
  article_id: string;
  idx: number;
  date: string | null;
  place: string | null;
  kind: string;
  status: string;
  /** Undefined when read lean (two steps out). */
  evidence?: string;
  title?: string | null;
}

interface ParticipantRow {
  article_id: string;
  meeting_idx: number;
  idx: number;
  name: string;
  type: string;
  ekey: string;
  /** role|affiliation (store/identity.ts signature): which namesake it is. */
  sig: string;
}

/** A row of meeting_edges (migration 0012): one participant of a meeting and one other participant of it. */
interface EdgeRow {
  ekey: string;
  /** "" when undated. */
  date: string;
  article_id: string;
  meeting_idx: number;
  entity_idx: number;
  /** -1 when the meeting has no other participant. */
  other_idx: number;
  sig: string;
  name: string;
  type: string;
  other_ekey: string | null;
  other_sig: string | null;
  other_name: string | null;
  other_type: string | null;
  /** Not read two steps out (with the evidence and title). */
  place?: string | null;
  kind: string;
  status: string;
  /** Not read two steps out. */
  evidence?: string;
  title?: string | null;
}

/** A meeting as an edge lists it (click an edge: the meetings and their evidence). */
export interface EdgeMeeting {
  article_id: string;
  title: string | null;
  date: string | null;
  place: string | null;
  kind: string;
  status: string;
  evidence: string;
}

export interface GraphNode {
  id: string;
  name: string;
  type: string;
  /** Meetings of this entity on the map. */
  meetings: number;
  /** The entity the map is centred on. */
  center?: true;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** Meetings between the two on the map (the edge's weight). */
  count: number;
  calls: number;
  /** Every one of the meetings was a call: drawn dashed. */
  dashed: boolean;
  statuses: Record<string, number>;
  /** The meetings, newest first (at most EDGE_MEETINGS). */
  meetings: EdgeMeeting[];
  /**
   * Two steps out, the meetings between two counterparts are counted but not
   * listed (the map reads them lean): `meetings` holds only those read in full
   * (the centre's); the map around either end (GET /api/graph?around=<source>)
   * lists them all.
   */
  partial?: true;
}

export interface Graph {
  center: { key: string; name: string } | null;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Meetings drawn. */
  meetings: number;
  /** More meetings matched than the limit allowed. */
  truncated: boolean;
}

export const DEFAULT_GRAPH_LIMIT = 2000;
const EDGE_MEETINGS = 20;
/** Counterparts whose own meetings a depth-2 map reads, at most (those with most meetings with the centre). */
export const MAX_NEIGHBOURS = 20;
/** Newest meetings of each counterpart a depth-2 map reads, at most. */
export const NEIGHBOUR_MEETINGS = 15;
/** An entity's descriptions are matched in SQL up to this many (more: in code, after the read). */
const SIGNATURES_IN_SQL = 60;

const MEETING_COLUMNS = "m.article_id, m.idx, m.date, m.place, m.kind, m.status, m.evidence";
const PARTICIPANT_COLUMNS = "p.article_id, p.meeting_idx, e.idx, e.name, e.type, e.ekey, coalesce(e.role, '') || '|' || coalesce(e.affiliation, '') AS sig";

/** The upper end of an inclusive date prefix ("2024-05" covers "2024-05-31"). */
const through = (to: string) => `${to}\uffff`;

/**
 * SQL conditions for the map's filters (dates, place, statuses, articles) on
 * the columns of `t` (meetings, or meeting_edges where undated is "");
 * `arg` binds a value and gives its mark.
 */
function filters(q: GraphQuery, arg: (v: unknown) => string, t: string): string[] {
  const where: string[] = [];
  if (q.articles?.length) where.push(`${t}.article_id IN (${q.articles.map(arg).join(", ")})`);
  if (q.place) where.push(`${t}.place = ${arg(q.place)} COLLATE NOCASE`);
  if (q.from) where.push(`${t}.date >= ${arg(q.from)}`);
  if (q.to) where.push(`${t}.date <= ${arg(through(q.to))}`, `${t}.date > ''`);
  const statuses = q.statuses ?? ["held"];
  if (statuses !== "all") where.push(`${t}.status IN (${statuses.map(arg).join(", ")})`);
  return where;
}

/** Meetings of the whole record that the filters select, newest first, by the best index for them: the meetings with titles, and their participants. */
function recordStatements(db: D1Database, q: GraphQuery, limit: number): [D1PreparedStatement, D1PreparedStatement] {
  const args: unknown[] = [];
  const arg = (v: unknown) => { args.push(v); return `?${args.length}`; };
  const where = filters(q, arg, "m").filter((w) => w !== "m.date > ''");
  const order = q.place ? "m.place COLLATE NOCASE DESC, m.date DESC" : q.articles?.length ? "m.article_id, m.idx" : "m.date DESC";
  const keys = `SELECT m.article_id, m.idx FROM meetings m${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY ${order} LIMIT ${arg(limit)}`;
  return [
    db.prepare(`SELECT ${MEETING_COLUMNS}, ar.title FROM (${keys}) mm JOIN meetings m ON m.article_id = mm.article_id AND m.idx = mm.idx JOIN articles ar ON ar.id = m.article_id`).bind(...args),
    db.prepare(`SELECT ${PARTICIPANT_COLUMNS} FROM (${keys}) mm JOIN meeting_participants p ON p.article_id = mm.article_id AND p.meeting_idx = mm.idx
      JOIN entities e ON e.article_id = p.article_id AND e.idx = p.entity_idx`).bind(...args),
  ];
}

/** Columns of meeting_edges the map reads two steps out (lean: no place, evidence or title, which only the centre's listed meetings show). */
const EDGE_COLUMNS = "x.ekey, x.date, x.article_id, x.meeting_idx, x.entity_idx, x.other_idx, x.sig, x.name, x.type, x.other_ekey, x.other_sig, x.other_name, x.other_type, x.kind, x.status";
/** The description columns a statement reads with its rows (store/entities.ts DescriptionRow). */
const DESCRIPTION_COLUMNS = "d.ekey, d.role, d.affiliation, d.name, d.n_rows, d.first_seq";

/**
 * The newest meeting_edges rows of one or more real entities, and the
 * descriptions of every other participant they name (the identities of the
 * next step), as two statements of one batch. The base keys come as a JSON
 * array (json_each); each key's rows are one range of the table's (ekey, date)
 * key, from the date of its `rows`-th newest row (found by the same index), so
 * a key gives about `rows` rows (more only on a tie of dates). Keys shared by
 * namesakes are kept to the chosen entity's own descriptions (pairs
 * "ekey<US>sig", a second JSON array). `full`: with place, evidence and
 * title. Descriptions of the `skipped` keys (knownKeys) are not read.
 */
function edgeStatements(db: D1Database, keys: string[], ids: Identities, q: GraphQuery, rows: number, full: boolean, skipped: readonly string[]): [D1PreparedStatement, D1PreparedStatement] {
  const bases = [...new Set(keys.map((k) => splitKey(k).base))];
  const split = new Set<string>();
  const allowed: string[] = [];
  for (const k of keys) {
    const own = ownSignatures(ids, k);
    if (!own) continue;
    split.add(splitKey(k).base);
    for (const sig of own) allowed.push(`${splitKey(k).base}\u001f${sig}`);
  }
  const args: unknown[] = [JSON.stringify(bases)];
  const arg = (v: unknown) => { args.push(v); return `?${args.length}`; };
  // The conditions once, with their marks, for both the rows (x) and the cut-off date (y).
  const where = filters(q, arg, "@");
  if (split.size) where.push(`(@.ekey NOT IN (SELECT value FROM json_each(${arg(JSON.stringify([...split]))})) OR @.ekey || char(31) || @.sig IN (SELECT value FROM json_each(${arg(JSON.stringify(allowed))})))`);
  const on = (t: string) => where.map((w) => ` AND ${w.replaceAll("@.", `${t}.`)}`).join("");
  const columns = full ? `${EDGE_COLUMNS}, x.place, x.evidence, x.title` : EDGE_COLUMNS;
  const select = `SELECT ${columns} FROM json_each(?1) j JOIN meeting_edges x ON x.ekey = j.value
    AND x.date >= coalesce((SELECT y.date FROM meeting_edges y WHERE y.ekey = j.value${on("y")} ORDER BY y.date DESC LIMIT 1 OFFSET ${arg(rows - 1)}), '')
    WHERE 1${on("x")}`;
  return [
    db.prepare(`${select} ORDER BY x.ekey, x.date DESC`).bind(...args),
    // Keys this request or the cache knows already are not read again (up to a few thousand, as one JSON array).
    db.prepare(`SELECT ${DESCRIPTION_COLUMNS} FROM entity_descriptions d
      WHERE d.ekey IN (SELECT other_ekey FROM (${select})) AND d.ekey NOT IN (SELECT value FROM json_each(?${args.length + 1}))`).bind(...args, JSON.stringify(skipped)),
  ];
}

/**
 * Step 2 of a depth-2 map guessed in SQL, to go in step 1's batch: the
 * counterparts of the centre (its rows as step 1 reads them) with most rows
 * with it (ties: the newest meeting first), at most MAX_NEIGHBOURS, and
 * each one's newest NEIGHBOUR_MEETINGS + 1 rows, lean, as edgeStatements
 * reads them for a key that is one entity; and the descriptions of the
 * others those rows name (but the `skipped` keys). The caller uses the rows
 * only when they hold every counterpart it chose itself and none of those is
 * a namesake (whose rows edgeStatements would keep to its own descriptions);
 * else it reads step 2 as before.
 */
function neighbourStatements(db: D1Database, centerKey: string, ids: Identities, q: GraphQuery, cap: number, skipped: readonly string[]): [D1PreparedStatement, D1PreparedStatement] {
  const args: unknown[] = [splitKey(centerKey).base];
  const arg = (v: unknown) => { args.push(v); return `?${args.length}`; };
  const where = filters(q, arg, "@");
  const own = ownSignatures(ids, centerKey);
  // A namesake centre: its own rows only, as step 1 reads them.
  const mine = own ? [...where, `@.sig IN (SELECT value FROM json_each(${arg(JSON.stringify(own))}))`] : where;
  const on = (t: string, conditions: string[]) => conditions.map((w) => ` AND ${w.replaceAll("@.", `${t}.`)}`).join("");
  const top = `SELECT c.other_ekey AS k FROM meeting_edges c WHERE c.ekey = ?1 AND c.other_idx >= 0 AND c.other_ekey IS NOT NULL${on("c", mine)}
      AND c.date >= coalesce((SELECT y.date FROM meeting_edges y WHERE y.ekey = ?1${on("y", mine)} ORDER BY y.date DESC LIMIT 1 OFFSET ${arg(cap - 1)}), '')
    GROUP BY c.other_ekey ORDER BY count(*) DESC, max(c.date) DESC LIMIT ${arg(MAX_NEIGHBOURS)}`;
  const select = `SELECT ${EDGE_COLUMNS} FROM (${top}) t JOIN meeting_edges x ON x.ekey = t.k
    AND x.date >= coalesce((SELECT y.date FROM meeting_edges y WHERE y.ekey = t.k${on("y", where)} ORDER BY y.date DESC LIMIT 1 OFFSET ${arg(NEIGHBOUR_MEETINGS)}), '')
    WHERE 1${on("x", where)}`;
  return [
    db.prepare(`${select} ORDER BY x.ekey, x.date DESC`).bind(...args),
    db.prepare(`SELECT ${DESCRIPTION_COLUMNS} FROM entity_descriptions d
      WHERE d.ekey IN (SELECT other_ekey FROM (${select})) AND d.ekey NOT IN (SELECT value FROM json_each(?${args.length + 1}))`).bind(...args, JSON.stringify(skipped)),
  ];
}

/** The descriptions to match in SQL for a full key: none when its base key is one entity (every row is it) or has too many. */
function ownSignatures(ids: Identities, key: string): string[] | null {
  const { base } = splitKey(key);
  const clusters = ids.get(base) ?? [];
  const c = clusterOf(ids, key);
  if (!c || clusters.length < 2 || c.signatures.size > SIGNATURES_IN_SQL) return null;
  return [...c.signatures];
}

/** The keys `around` is resolved by without a name look-up: an exact key's base, or a full name's own keys; null for other names. */
function directKeys(around: string): string[] | null {
  if (/^(?:person|org):\S/.test(around)) return [splitKey(around).base];
  if (/\S\s+\S/.test(around.trim())) return [entityKey("person", around), entityKey("organization", around)];
  return null;
}

/**
 * Who `around` is, given the clusters of its directKeys, as resolveCenter
 * decides: the exact key if it is an entity, else the full name's entity with
 * most rows; null when those keys do not tell (resolveCenter then looks the
 * name up).
 */
function centerFromIds(around: string, ids: Identities): string | null {
  if (/^(?:person|org):\S/.test(around)) return clusterOf(ids, around) ? around : null;
  return (directKeys(around) ?? []).flatMap((k) => ids.get(k) ?? []).sort((a, b) => b.rows - a.rows)[0]?.key ?? null;
}

/** A centre guessed from the cache, to be checked in the map's own batch (see guessCenter). */
interface GuessedCenter {
  key: string;
  ids: Identities;
  /** The store version the cached clusters are of; null when none were used. */
  version: string | null;
  /** Direct keys the cache lacked: their descriptions are read in the batch. */
  unread: string[];
}

/**
 * `around` guessed from the isolate's cache (no read): as centerFromIds with
 * the cached clusters of its directKeys, keys the cache lacks counted as
 * having none; with none known, the exact key or the person of that full
 * name. The map's batch reads the lacking keys and the version, and the
 * guess stands only if the same centre, kept to the same descriptions,
 * follows from what was read. Null for a name that needs a look-up, or a
 * namesake key ("~2") the cache does not know.
 */
function guessCenter(around: string): GuessedCenter | null {
  const bases = directKeys(around);
  if (!bases) return null;
  const cached = cachedIdentities(bases);
  const unread = bases.filter((k) => !cached.ids.has(k));
  if (unread.length && splitKey(around).n > 1) return null;
  const ids: Identities = new Map(bases.map((k) => [k, cached.ids.get(k) ?? []]));
  const key = centerFromIds(around, ids) ?? (/^(?:person|org):\S/.test(around) ? around : bases[0]!);
  return { key, ids, version: unread.length === bases.length ? null : cached.version, unread };
}

/** Two description lists (ownSignatures) as sets: the same rows of a key are read. */
const sameSignatures = (a: string[] | null, b: string[] | null) => (a === null || b === null ? a === b : a.length === b.length && a.every((x) => b.includes(x)));

/** Resolves `around` (a key or a name) to one real entity: an exact key, else the name's best-documented match. */
async function resolveCenter(db: D1Database, around: string): Promise<{ key: string; ids: Identities } | null> {
  if (/^(?:person|org):\S/.test(around)) {
    const ids = await loadIdentities(db, [splitKey(around).base]);
    return clusterOf(ids, around) ? { key: around, ids } : null;
  }
  // A full name ("Mira Holt") is most often a key of its own: its descriptions (one batch, usually cached) say
  // which real entity it is, the one with most rows, without reading the rows of every alias.
  if (/\S\s+\S/.test(around.trim())) {
    const direct = [entityKey("person", around), entityKey("organization", around)];
    const ids = await loadIdentities(db, direct);
    const best = direct.flatMap((k) => ids.get(k) ?? []).sort((a, b) => b.rows - a.rows)[0];
    if (best) return { key: best.key, ids };
  }
  const refs = (await findEntities(db, around, null)).filter((r): r is typeof r & { ekey: string } => !!r.ekey);
  if (!refs.length) return null;
  const ids = await loadIdentities(db, refs.map((r) => r.ekey));
  // The real entity most matched rows are, by articles.
  const articles = new Map<string, Set<string>>();
  for (const r of refs) {
    const k = keyOf(ids, r);
    articles.set(k, (articles.get(k) ?? new Set()).add(r.article_id));
  }
  const best = [...articles].sort((a, b) => b[1].size - a[1].size)[0];
  return best ? { key: best[0], ids } : null;
}

/** "article_id:meeting idx" of a meeting row, or of a participant or edge row's meeting. */
const meetingId = (m: MeetingEdgeRow | ParticipantRow | EdgeRow) => `${m.article_id}:${"meeting_idx" in m ? m.meeting_idx : m.idx}`;
const newestFirst = (a: { date: string | null }, b: { date: string | null }) => ((a.date ?? "") < (b.date ?? "") ? 1 : (a.date ?? "") > (b.date ?? "") ? -1 : 0);

/**
 * Edge rows as meetings and participants. When the read stopped at its cap
 * (`capped`), the last meeting may be missing participants: it is left out.
 */
function fromEdges(rows: EdgeRow[], capped: boolean): { meetings: MeetingEdgeRow[]; participants: ParticipantRow[] } {
  const last = capped && rows.length ? meetingId(rows[rows.length - 1]!) : null;
  const meetings = new Map<string, MeetingEdgeRow>();
  const participants: ParticipantRow[] = [];
  for (const r of rows) {
    const id = meetingId(r);
    if (id === last) continue;
    if (!meetings.has(id)) meetings.set(id, { article_id: r.article_id, idx: r.meeting_idx, date: r.date || null, place: r.place ?? null, kind: r.kind, status: r.status, evidence: r.evidence, title: r.title });
    participants.push({ article_id: r.article_id, meeting_idx: r.meeting_idx, idx: r.entity_idx, name: r.name, type: r.type, ekey: r.ekey, sig: r.sig });
    if (r.other_idx >= 0 && r.other_ekey) participants.push({ article_id: r.article_id, meeting_idx: r.meeting_idx, idx: r.other_idx, name: r.other_name ?? "", type: r.other_type ?? "person", ekey: r.other_ekey, sig: r.other_sig ?? "|" });
  }
  return { meetings: [...meetings.values()], participants };
}

/**
 * The map's nodes and edges (see GraphQuery). Null when `around` names no
 * stored entity. Meetings with more than two participants give an edge
 * between every pair of them; one whose other party was not resolved adds
 * only its node.
 */
export async function meetingGraph(db: D1Database, q: GraphQuery): Promise<Graph | null> {
  return (await meetingGraphAt(db, q)).graph;
}

/**
 * The map as meetingGraph gives it, and the store version read in the batch
 * of its first step (a map read over several batches is kept under the
 * earliest version it saw: a write in between makes it miss, never serve
 * stale; store/read-cache.ts).
 */
export async function meetingGraphAt(db: D1Database, q: GraphQuery): Promise<{ graph: Graph | null; version: string }> {
  const limit = q.limit ?? DEFAULT_GRAPH_LIMIT;
  if (!q.around) {
    const [m, p, v] = await db.batch<unknown>([...recordStatements(db, q, limit + 1), versionStatement(db)]);
    const meetings = m!.results as MeetingEdgeRow[];
    const participants = p!.results as ParticipantRow[];
    const ids = await loadIdentities(db, participants.map((x) => x.ekey));
    return { graph: build(meetings.sort(newestFirst).slice(0, limit), participants, ids, null, meetings.length > limit), version: versionOf(v!) };
  }
  // Usually the cache knows who `around` is, or nearly: then the whole map is one batch (the guess checked there).
  const guess = guessCenter(q.around);
  if (guess) {
    const g = await aroundGraph(db, q, limit, guess);
    if (g.graph) return g;
  }
  const center = await resolveCenter(db, q.around);
  return center ? aroundGraph(db, q, limit, { ...center, version: null, unread: [] }) : { graph: null, version: "" };
}

/** The one value of a versionStatement's result. */
const versionOf = (r: D1Result<unknown>) => String((r.results[0] as { value: string } | undefined)?.value ?? "");

/**
 * The map around a centre: step 1 (and a guessed step 2) in one batch. A
 * centre guessed from the cache (guessCenter) is checked in the same batch:
 * null when the store has changed since or what was read makes another
 * entity the centre.
 */
async function aroundGraph(db: D1Database, q: GraphQuery, limit: number, guess: GuessedCenter): Promise<{ graph: Graph | null; version: string }> {
  const depth2 = (q.depth ?? 1) === 2;
  // Step 1: the centre's own meetings, newest first (a meeting of n people is n - 1 rows), and who the others are.
  const cap = 2 * limit + 1;
  const skipped = knownKeys(guess.ids);
  const stmts: D1PreparedStatement[] = [...edgeStatements(db, [guess.key], guess.ids, q, cap, true, skipped)];
  const at = { version: -1, unread: -1, guess: -1 };
  // The store's version, always: it checks a guessed centre and says what version the map is of.
  at.version = stmts.push(versionStatement(db)) - 1;
  if (guess.unread.length) at.unread = stmts.push(descriptionsStatement(db, guess.unread)) - 1;
  if (depth2) at.guess = stmts.push(...neighbourStatements(db, guess.key, guess.ids, q, cap, skipped)) - 2;
  const res = await db.batch<unknown>(stmts);
  const version = versionOf(res[at.version]!);
  const center = { key: guess.key, ids: guess.ids };
  if (guess.version !== null || guess.unread.length) {
    const none = { graph: null, version };
    if (!versionUnchanged(res[at.version]!, guess.version ?? "") && guess.version !== null) return none;
    if (guess.unread.length) center.ids = identitiesRead(guess.ids, guess.unread, res[at.unread]!.results as DescriptionRow[]);
    if (centerFromIds(q.around!, center.ids) !== guess.key || !sameSignatures(ownSignatures(guess.ids, guess.key), ownSignatures(center.ids, guess.key))) return none;
  }
  const rows1 = res[0]!.results as EdgeRow[];
  let ids = await completeDescriptions(db, center.ids, rows1.flatMap((r) => (r.other_ekey ? [r.other_ekey] : [])), res[1]!.results as DescriptionRow[], null, skipped);
  const step1 = fromEdges(rows1.filter((r) => keyOfSignature(ids, r.ekey, r.sig) === center.key), rows1.length >= cap);
  let truncated = rows1.length >= cap;
  const meetings = step1.meetings;
  const participants = step1.participants;
  if (depth2) {
    // Step 2: the newest meetings of the counterparts with most meetings with the centre, read lean.
    const together = new Map<string, number>();
    for (const p of participants) { const k = keyOfSignature(ids, p.ekey, p.sig); if (k !== center.key) together.set(k, (together.get(k) ?? 0) + 1); }
    const neighbours = [...together].sort((a, b) => b[1] - a[1]).map(([k]) => k);
    if (neighbours.length > MAX_NEIGHBOURS) truncated = true;
    const chosen = new Set(neighbours.slice(0, MAX_NEIGHBOURS));
    if (chosen.size) {
      // The guess in the batch serves when it read every chosen counterpart as edgeStatements would; else step 2 is read now.
      const guessed = res[at.guess]!.results as EdgeRow[];
      const read = new Set(guessed.map((x) => x.ekey));
      const fits = [...chosen].every((k) => read.has(k) && !ownSignatures(ids, k));
      const skipped2 = fits ? skipped : knownKeys(ids);
      const [r2, d2] = fits ? [res[at.guess]!, res[at.guess + 1]!] : await db.batch<unknown>(edgeStatements(db, [...chosen], ids, q, NEIGHBOUR_MEETINGS + 1, false, skipped2));
      const rows2 = (r2!.results as EdgeRow[]).filter((x) => !fits || chosen.has(x.ekey));
      ids = await completeDescriptions(db, ids, rows2.flatMap((r) => (r.other_ekey ? [r.other_ekey] : [])), d2!.results as DescriptionRow[], null, skipped2);
      const seen = new Set(meetings.map(meetingId));
      const kept = new Map(participants.map((p) => [`${meetingId(p)}:${p.idx}`, p]));
      const byKey = new Map<string, EdgeRow[]>();
      for (const x of rows2) byKey.set(x.ekey, [...(byKey.get(x.ekey) ?? []), x]);
      for (const list of byKey.values()) {
        const capped = list.length > NEIGHBOUR_MEETINGS;
        if (capped) truncated = true;
        // A chosen neighbour's rows only (not a namesake's sharing its key).
        const theirs = fromEdges(list.filter((x) => chosen.has(keyOfSignature(ids, x.ekey, x.sig))), capped);
        for (const m of theirs.meetings) if (!seen.has(meetingId(m))) { seen.add(meetingId(m)); meetings.push(m); }
        for (const p of theirs.participants) kept.set(`${meetingId(p)}:${p.idx}`, p);
      }
      participants.splice(0, participants.length, ...kept.values());
    }
  }
  if (meetings.length > limit) truncated = true;
  return { graph: build(meetings.sort(newestFirst).slice(0, limit), participants, ids, center.key, truncated), version };
}

/** Nodes and edges of the given meetings; every participant row is a node by its full key. */
function build(meetings: MeetingEdgeRow[], participants: ParticipantRow[], ids: Identities, centerKey: string | null, truncated: boolean): Graph {
  const byMeeting = new Map<string, ParticipantRow[]>();
  for (const p of participants) byMeeting.set(meetingId(p), [...(byMeeting.get(meetingId(p)) ?? []), p]);
  const nodes = new Map<string, GraphNode & { names: Array<{ name: string }> }>();
  const edges = new Map<string, GraphEdge>();
  for (const m of meetings) {
    const list = new Map<string, ParticipantRow>();
    for (const p of byMeeting.get(meetingId(m)) ?? []) list.set(keyOfSignature(ids, p.ekey, p.sig), p);
    for (const [id, p] of list) {
      const node = nodes.get(id) ?? { id, name: p.name, type: p.type, meetings: 0, names: [], ...(id === centerKey ? { center: true as const } : {}) };
      node.meetings++;
      node.names.push({ name: p.name });
      nodes.set(id, node);
    }
    const keys = [...list.keys()].sort();
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) {
      const id = `${keys[i]}|${keys[j]}`;
      const e = edges.get(id) ?? { id, source: keys[i]!, target: keys[j]!, count: 0, calls: 0, dashed: false, statuses: {}, meetings: [] };
      e.count++;
      if (m.kind === "call") e.calls++;
      e.statuses[m.status] = (e.statuses[m.status] ?? 0) + 1;
      if (m.evidence === undefined) e.partial = true;
      else if (e.meetings.length < EDGE_MEETINGS) e.meetings.push({ article_id: m.article_id, title: m.title ?? null, date: m.date, place: m.place, kind: m.kind, status: m.status, evidence: m.evidence });
      edges.set(id, e);
    }
  }
  for (const e of edges.values()) e.dashed = e.calls === e.count;
  // The center is drawn even when the filters leave it no meeting.
  const centerCluster = centerKey ? clusterOf(ids, centerKey) : undefined;
  if (centerKey && !nodes.has(centerKey)) {
    nodes.set(centerKey, { id: centerKey, name: "", type: centerKey.startsWith("person:") ? "person" : "organization", meetings: 0, names: centerCluster?.descriptions ?? [], center: true });
  }
  const center = centerKey ? nodes.get(centerKey) : undefined;
  return {
    center: centerKey ? { key: centerKey, name: center ? displayName(center.names) || centerKey : centerKey } : null,
    nodes: [...nodes.values()].map(({ names, ...n }) => ({ ...n, name: displayName(names) })),
    edges: [...edges.values()],
    meetings: meetings.length,
    truncated,
  };
}
