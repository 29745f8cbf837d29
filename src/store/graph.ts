/**
 * The who-met-whom map: people and organisations as nodes (one per real
 * entity across articles, store/identity.ts), meetings as edges between each
 * pair of participants, counted. Either the whole record (newest meetings
 * first, by the date index; or by place, or a set of articles) or around one
 * entity, one or two steps out (entities by ekey, meetings by their article
 * key). Index look-ups only: test/store/record-plans.test.ts.
 */
import { entityKey, splitKey } from "./identity";
import { displayName, loadClusters, keyIndex, rowId } from "./entities";
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
  evidence: string;
  title: string | null;
}

interface ParticipantRow {
  article_id: string;
  meeting_idx: number;
  idx: number;
  name: string;
  type: string;
  ekey: string;
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
/** Counterparts whose own meetings a depth-2 map reads, at most. */
const MAX_NEIGHBOURS = 60;
const KEYS_PER_STATEMENT = 90;

const MEETING_COLUMNS = "m.article_id, m.idx, m.date, m.place, m.kind, m.status, m.evidence";

/** Meetings of entities by base key, with the participant row (index on entities.ekey, then article keys). */
const MEETINGS_OF_KEYS = (marks: string, limit: number) => `SELECT ${MEETING_COLUMNS}, ar.title, e.idx AS entity_idx, e.ekey
  FROM entities e JOIN meeting_participants p ON p.article_id = e.article_id AND p.entity_idx = e.idx
  JOIN meetings m ON m.article_id = p.article_id AND m.idx = p.meeting_idx JOIN articles ar ON ar.id = m.article_id
  WHERE e.ekey IN (${marks}) LIMIT ${limit}`;

/** Every participant of the meetings that `where` selects (a sub-select keyed like meetings). */
const PARTICIPANTS_OF = (meetings: string) => `SELECT p.article_id, p.meeting_idx, e.idx, e.name, e.type, e.ekey
  FROM (${meetings}) mm JOIN meeting_participants p ON p.article_id = mm.article_id AND p.meeting_idx = mm.idx
  JOIN entities e ON e.article_id = p.article_id AND e.idx = p.entity_idx`;

/** The upper end of an inclusive date prefix ("2024-05" covers "2024-05-31"). */
const through = (to: string) => `${to}\uffff`;

/** Whether a meeting passes the map's filters (dates, place, statuses, articles). */
function passes(m: MeetingEdgeRow, q: GraphQuery): boolean {
  if (q.from && (!m.date || m.date < q.from)) return false;
  if (q.to && (!m.date || m.date > through(q.to))) return false;
  if (q.place && (m.place ?? "").toLowerCase() !== q.place.toLowerCase()) return false;
  if (q.articles?.length && !q.articles.includes(m.article_id)) return false;
  const statuses = q.statuses ?? ["held"];
  return statuses === "all" || statuses.includes(m.status);
}

/** Meetings of the whole record that the filters select, newest first, by the best index for them. */
function recordStatements(db: D1Database, q: GraphQuery, limit: number): [D1PreparedStatement, D1PreparedStatement] {
  const args: unknown[] = [];
  const arg = (v: unknown) => { args.push(v); return `?${args.length}`; };
  const where: string[] = [];
  if (q.articles?.length) where.push(`m.article_id IN (${q.articles.map(arg).join(", ")})`);
  if (q.place) where.push(`m.place = ${arg(q.place)} COLLATE NOCASE`);
  if (q.from) where.push(`m.date >= ${arg(q.from)}`);
  if (q.to) where.push(`m.date <= ${arg(through(q.to))}`);
  const statuses = q.statuses ?? ["held"];
  if (statuses !== "all") where.push(`m.status IN (${statuses.map(arg).join(", ")})`);
  const order = q.place ? "m.place COLLATE NOCASE DESC, m.date DESC" : q.articles?.length ? "m.article_id, m.idx" : "m.date DESC";
  const sql = `SELECT ${MEETING_COLUMNS} FROM meetings m${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY ${order} LIMIT ${arg(limit + 1)}`;
  return [
    db.prepare(`SELECT mm.*, ar.title FROM (${sql}) mm JOIN articles ar ON ar.id = mm.article_id`).bind(...args),
    db.prepare(PARTICIPANTS_OF(sql.replace(`SELECT ${MEETING_COLUMNS}`, "SELECT m.article_id, m.idx"))).bind(...args),
  ];
}

/** Meetings (and their participants) of the entities of the given base keys. */
async function meetingsOfKeys(db: D1Database, bases: string[], limit: number) {
  const stmts: D1PreparedStatement[] = [];
  for (let i = 0; i < bases.length; i += KEYS_PER_STATEMENT) {
    const chunk = bases.slice(i, i + KEYS_PER_STATEMENT);
    const marks = chunk.map((_, j) => `?${j + 1}`).join(", ");
    stmts.push(db.prepare(MEETINGS_OF_KEYS(marks, limit * 4)).bind(...chunk));
    // Every participant of those meetings, from the same entity rows.
    stmts.push(db.prepare(`SELECT DISTINCT p2.article_id, p2.meeting_idx, o.idx, o.name, o.type, o.ekey
      FROM entities e JOIN meeting_participants p ON p.article_id = e.article_id AND p.entity_idx = e.idx
      JOIN meeting_participants p2 ON p2.article_id = p.article_id AND p2.meeting_idx = p.meeting_idx
      JOIN entities o ON o.article_id = p2.article_id AND o.idx = p2.entity_idx
      WHERE e.ekey IN (${marks}) LIMIT ${limit * 16}`).bind(...chunk));
  }
  const res = await db.batch<unknown>(stmts);
  const meetings = res.filter((_, i) => i % 2 === 0).flatMap((r) => r.results as Array<MeetingEdgeRow & { entity_idx: number; ekey: string }>);
  const participants = res.filter((_, i) => i % 2 === 1).flatMap((r) => r.results as ParticipantRow[]);
  return { meetings, participants };
}

/** Resolves `around` (a key or a name) to one real entity: an exact key, else the name's best-documented match. */
async function resolveCenter(db: D1Database, around: string): Promise<{ key: string; base: string; clusters?: Awaited<ReturnType<typeof loadClusters>> } | null> {
  if (/^(?:person|org):\S/.test(around)) return { key: around, base: splitKey(around).base };
  const refs = await findEntities(db, around, null);
  if (!refs.length) return null;
  const matched = new Set(refs.map((r) => rowId(r.article_id, r.idx)));
  const clusters = await loadClusters(db, refs.map((r) => entityKey(r.type, r.name)));
  let best: { key: string; base: string; n: number; clusters: typeof clusters } | null = null;
  for (const [base, list] of clusters) for (const c of list) {
    const n = new Set(c.rows.filter((r) => matched.has(rowId(r.article_id, r.idx))).map((r) => r.article_id)).size;
    if (n && (!best || n > best.n)) best = { key: c.key, base, n, clusters };
  }
  return best;
}

/**
 * The map's nodes and edges (see GraphQuery). Null when `around` names no
 * stored entity. Meetings with more than two participants give an edge
 * between every pair of them; one whose other party was not resolved adds
 * only its node.
 */
export async function meetingGraph(db: D1Database, q: GraphQuery): Promise<Graph | null> {
  const limit = q.limit ?? DEFAULT_GRAPH_LIMIT;
  let meetings: MeetingEdgeRow[];
  let participants: ParticipantRow[];
  let center: Awaited<ReturnType<typeof resolveCenter>> = null;
  let clusters: Awaited<ReturnType<typeof loadClusters>> | undefined;
  if (q.around) {
    center = await resolveCenter(db, q.around);
    if (!center) return null;
    // Step 1: the center's meetings; step 2: its counterparts' meetings too. Rows are kept for the right namesake only.
    const step1 = await meetingsOfKeys(db, [center.base], limit);
    clusters = await loadClusters(db, [center.base, ...step1.participants.map((p) => p.ekey)], center.clusters);
    let keys = keyIndex(clusters);
    if (![...keys.values()].includes(center.key)) return null;
    const isCenter = (m: { article_id: string; entity_idx: number }) => keys.get(rowId(m.article_id, m.entity_idx)) === center!.key;
    const firstMeetings = step1.meetings.filter((m) => isCenter(m) && passes(m, q));
    const inFirst = new Set(firstMeetings.map((m) => rowId(m.article_id, m.idx)));
    meetings = firstMeetings;
    participants = step1.participants.filter((p) => inFirst.has(rowId(p.article_id, p.meeting_idx)));
    if ((q.depth ?? 1) === 2) {
      const neighbourKeys = new Set(participants.map((p) => keys.get(rowId(p.article_id, p.idx)) ?? p.ekey).filter((k) => k !== center!.key));
      const bases = [...new Set([...neighbourKeys].map((k) => splitKey(k).base))].slice(0, MAX_NEIGHBOURS);
      const step2 = await meetingsOfKeys(db, bases, limit);
      clusters = await loadClusters(db, step2.participants.map((p) => p.ekey), clusters);
      keys = keyIndex(clusters);
      const more = step2.meetings.filter((m) => neighbourKeys.has(keys.get(rowId(m.article_id, m.entity_idx)) ?? "") && passes(m, q) && !inFirst.has(rowId(m.article_id, m.idx)));
      const seen = new Set(inFirst);
      for (const m of more) if (!seen.has(rowId(m.article_id, m.idx))) { seen.add(rowId(m.article_id, m.idx)); meetings.push(m); }
      const all = [...step1.participants, ...step2.participants];
      const dedup = new Map(all.filter((p) => seen.has(rowId(p.article_id, p.meeting_idx))).map((p) => [`${p.article_id}:${p.meeting_idx}:${p.idx}`, p]));
      participants = [...dedup.values()];
    }
  } else {
    const [m, p] = await db.batch<unknown>(recordStatements(db, q, limit));
    meetings = m!.results as MeetingEdgeRow[];
    participants = p!.results as ParticipantRow[];
  }
  const truncated = meetings.length > limit;
  meetings = meetings.sort((a, b) => ((a.date ?? "") < (b.date ?? "") ? 1 : (a.date ?? "") > (b.date ?? "") ? -1 : 0)).slice(0, limit);
  return build(db, meetings, participants, center, truncated, clusters);
}

async function build(db: D1Database, meetings: MeetingEdgeRow[], participants: ParticipantRow[], centerRef: { key: string; base: string } | null, truncated: boolean, known?: Awaited<ReturnType<typeof loadClusters>>): Promise<Graph> {
  const clusters = await loadClusters(db, [...participants.map((p) => p.ekey), ...(centerRef ? [centerRef.base] : [])], known);
  const keys = keyIndex(clusters);
  const centerKey = centerRef?.key ?? null;
  const byMeeting = new Map<string, ParticipantRow[]>();
  for (const p of participants) {
    const k = rowId(p.article_id, p.meeting_idx);
    byMeeting.set(k, [...(byMeeting.get(k) ?? []), p]);
  }
  const nodes = new Map<string, GraphNode & { names: Array<{ name: string }> }>();
  const edges = new Map<string, GraphEdge>();
  for (const m of meetings) {
    const ids = new Map<string, ParticipantRow>();
    for (const p of byMeeting.get(rowId(m.article_id, m.idx)) ?? []) ids.set(keys.get(rowId(p.article_id, p.idx)) ?? p.ekey, p);
    for (const [id, p] of ids) {
      const node = nodes.get(id) ?? { id, name: p.name, type: p.type, meetings: 0, names: [], ...(id === centerKey ? { center: true as const } : {}) };
      node.meetings++;
      node.names.push({ name: p.name });
      nodes.set(id, node);
    }
    const list = [...ids.keys()].sort();
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const id = `${list[i]}|${list[j]}`;
      const e = edges.get(id) ?? { id, source: list[i]!, target: list[j]!, count: 0, calls: 0, dashed: false, statuses: {}, meetings: [] };
      e.count++;
      if (m.kind === "call") e.calls++;
      e.statuses[m.status] = (e.statuses[m.status] ?? 0) + 1;
      if (e.meetings.length < EDGE_MEETINGS) e.meetings.push({ article_id: m.article_id, title: m.title, date: m.date, place: m.place, kind: m.kind, status: m.status, evidence: m.evidence });
      edges.set(id, e);
    }
  }
  for (const e of edges.values()) e.dashed = e.calls === e.count;
  // The center is drawn even when the filters leave it no meeting.
  const centerCluster = centerRef ? clusters.get(centerRef.base)?.find((c) => c.key === centerRef.key) : undefined;
  if (centerKey && centerCluster && !nodes.has(centerKey)) nodes.set(centerKey, { id: centerKey, name: "", type: centerCluster.rows[0]!.type, meetings: 0, names: centerCluster.rows, center: true });
  const center = centerKey ? nodes.get(centerKey) : undefined;
  return {
    center: centerKey ? { key: centerKey, name: center ? displayName(center.names) : centerKey } : null,
    nodes: [...nodes.values()].map(({ names, ...n }) => ({ ...n, name: displayName(names) })),
    edges: [...edges.values()],
    meetings: meetings.length,
    truncated,
  };
}
