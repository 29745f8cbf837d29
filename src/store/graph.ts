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
 * when a cap left meetings out.
 */
import { signature, splitKey } from "./identity";
import { clusterOf, displayName, keyOf, loadIdentities, type Identities } from "./entities";
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
  role: string | null;
  affiliation: string | null;
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
/** Counterparts whose own meetings a depth-2 map reads, at most (those with most meetings with the centre). */
export const MAX_NEIGHBOURS = 40;
/** Newest meetings of each counterpart a depth-2 map reads, at most. */
export const NEIGHBOUR_MEETINGS = 25;
/** An entity's descriptions are matched in SQL up to this many (more: in code, after the read). */
const SIGNATURES_IN_SQL = 60;

const MEETING_COLUMNS = "m.article_id, m.idx, m.date, m.place, m.kind, m.status, m.evidence";
const PARTICIPANT_COLUMNS = "p.article_id, p.meeting_idx, e.idx, e.name, e.type, e.ekey, e.role, e.affiliation";

/** The upper end of an inclusive date prefix ("2024-05" covers "2024-05-31"). */
const through = (to: string) => `${to}\uffff`;

/** SQL conditions on meetings `m` for the map's filters (dates, place, statuses, articles); `arg` binds a value and gives its mark. */
function filters(q: GraphQuery, arg: (v: unknown) => string): string[] {
  const where: string[] = [];
  if (q.articles?.length) where.push(`m.article_id IN (${q.articles.map(arg).join(", ")})`);
  if (q.place) where.push(`m.place = ${arg(q.place)} COLLATE NOCASE`);
  if (q.from) where.push(`m.date >= ${arg(q.from)}`);
  if (q.to) where.push(`m.date <= ${arg(through(q.to))}`);
  const statuses = q.statuses ?? ["held"];
  if (statuses !== "all") where.push(`m.status IN (${statuses.map(arg).join(", ")})`);
  return where;
}

/** A meetings query (keys, newest first, at most `limit`) as two statements: the meetings with their titles, and every participant of them. */
function meetingsAndParticipants(db: D1Database, keysSql: string, args: unknown[]): [D1PreparedStatement, D1PreparedStatement] {
  return [
    db.prepare(`SELECT ${MEETING_COLUMNS}, ar.title FROM (${keysSql}) mm JOIN meetings m ON m.article_id = mm.article_id AND m.idx = mm.idx JOIN articles ar ON ar.id = m.article_id`).bind(...args),
    db.prepare(`SELECT ${PARTICIPANT_COLUMNS} FROM (${keysSql}) mm JOIN meeting_participants p ON p.article_id = mm.article_id AND p.meeting_idx = mm.idx
      JOIN entities e ON e.article_id = p.article_id AND e.idx = p.entity_idx`).bind(...args),
  ];
}

/** Meetings of the whole record that the filters select, newest first, by the best index for them. */
function recordStatements(db: D1Database, q: GraphQuery, limit: number): [D1PreparedStatement, D1PreparedStatement] {
  const args: unknown[] = [];
  const arg = (v: unknown) => { args.push(v); return `?${args.length}`; };
  const where = filters(q, arg);
  const order = q.place ? "m.place COLLATE NOCASE DESC, m.date DESC" : q.articles?.length ? "m.article_id, m.idx" : "m.date DESC";
  const keys = `SELECT m.article_id, m.idx FROM meetings m${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY ${order} LIMIT ${arg(limit)}`;
  return meetingsAndParticipants(db, keys, args);
}

/**
 * The newest meetings of one real entity that pass the filters: its rows by
 * entities.ekey, kept to its own descriptions (its namesakes' are left out),
 * then their meetings and participants.
 */
function entityStatements(db: D1Database, base: string, signatures: string[] | null, q: GraphQuery, limit: number): [D1PreparedStatement, D1PreparedStatement] {
  const args: unknown[] = [base];
  const arg = (v: unknown) => { args.push(v); return `?${args.length}`; };
  const where = ["e.ekey = ?1", ...filters(q, arg)];
  if (signatures) where.push(`coalesce(e.role, '') || '|' || coalesce(e.affiliation, '') IN (${signatures.map(arg).join(", ")})`);
  const keys = `SELECT DISTINCT m.article_id, m.idx, m.date FROM entities e JOIN meeting_participants p ON p.article_id = e.article_id AND p.entity_idx = e.idx
    JOIN meetings m ON m.article_id = p.article_id AND m.idx = p.meeting_idx WHERE ${where.join(" AND ")} ORDER BY m.date DESC LIMIT ${arg(limit)}`;
  return meetingsAndParticipants(db, keys, args);
}

/** The descriptions to match in SQL for a full key: none when its base key is one entity (every row is it) or has too many. */
function ownSignatures(ids: Identities, key: string): string[] | null {
  const { base } = splitKey(key);
  const clusters = ids.get(base) ?? [];
  const c = clusterOf(ids, key);
  if (!c || clusters.length < 2 || c.signatures.size > SIGNATURES_IN_SQL) return null;
  return [...c.signatures];
}

/** Resolves `around` (a key or a name) to one real entity: an exact key, else the name's best-documented match. */
async function resolveCenter(db: D1Database, around: string): Promise<{ key: string; ids: Identities } | null> {
  if (/^(?:person|org):\S/.test(around)) {
    const ids = await loadIdentities(db, [splitKey(around).base]);
    return clusterOf(ids, around) ? { key: around, ids } : null;
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

/** "article_id:meeting idx" of a meeting row, or of a participant row's meeting. */
const meetingId = (m: MeetingEdgeRow | ParticipantRow) => `${m.article_id}:${"meeting_idx" in m ? m.meeting_idx : m.idx}`;
const newestFirst = (a: { date: string | null }, b: { date: string | null }) => ((a.date ?? "") < (b.date ?? "") ? 1 : (a.date ?? "") > (b.date ?? "") ? -1 : 0);

/**
 * The map's nodes and edges (see GraphQuery). Null when `around` names no
 * stored entity. Meetings with more than two participants give an edge
 * between every pair of them; one whose other party was not resolved adds
 * only its node.
 */
export async function meetingGraph(db: D1Database, q: GraphQuery): Promise<Graph | null> {
  const limit = q.limit ?? DEFAULT_GRAPH_LIMIT;
  if (!q.around) {
    const [m, p] = await db.batch<unknown>(recordStatements(db, q, limit + 1));
    const meetings = m!.results as MeetingEdgeRow[];
    const participants = p!.results as ParticipantRow[];
    const ids = await loadIdentities(db, participants.map((x) => x.ekey));
    return build(meetings.sort(newestFirst).slice(0, limit), participants, ids, null, meetings.length > limit);
  }
  const center = await resolveCenter(db, q.around);
  if (!center) return null;
  const own = ownSignatures(center.ids, center.key);
  // Step 1: the centre's own meetings (kept to its own descriptions when namesakes share its name).
  const [m1, p1] = await db.batch<unknown>(entityStatements(db, splitKey(center.key).base, own, q, limit + 1));
  let ids = await loadIdentities(db, (p1!.results as ParticipantRow[]).map((x) => x.ekey), center.ids);
  const isCenter = (p: ParticipantRow) => keyOf(ids, p) === center.key;
  const mine = new Set((p1!.results as ParticipantRow[]).filter(isCenter).map(meetingId));
  const meetings = (m1!.results as MeetingEdgeRow[]).filter((m) => mine.has(meetingId(m)));
  let truncated = meetings.length > limit;
  const participants = (p1!.results as ParticipantRow[]).filter((p) => mine.has(meetingId(p)));
  if ((q.depth ?? 1) === 2) {
    // Step 2: the newest meetings of the counterparts with most meetings with the centre.
    const together = new Map<string, number>();
    for (const p of participants) { const k = keyOf(ids, p); if (k !== center.key) together.set(k, (together.get(k) ?? 0) + 1); }
    const neighbours = [...together].sort((a, b) => b[1] - a[1]).map(([k]) => k);
    if (neighbours.length > MAX_NEIGHBOURS) truncated = true;
    const chosen = neighbours.slice(0, MAX_NEIGHBOURS);
    const res = chosen.length ? await db.batch<unknown>(chosen.flatMap((k) => entityStatements(db, splitKey(k).base, ownSignatures(ids, k), q, NEIGHBOUR_MEETINGS + 1))) : [];
    const more: MeetingEdgeRow[] = [];
    const moreParticipants: ParticipantRow[] = [];
    for (let i = 0; i < chosen.length; i++) {
      const ms = res[2 * i]!.results as MeetingEdgeRow[];
      if (ms.length > NEIGHBOUR_MEETINGS) truncated = true;
      more.push(...ms.sort(newestFirst).slice(0, NEIGHBOUR_MEETINGS));
      moreParticipants.push(...(res[2 * i + 1]!.results as ParticipantRow[]));
    }
    ids = await loadIdentities(db, moreParticipants.map((x) => x.ekey), ids);
    // A neighbour's rows of a namesake read beyond the SQL match are left out here.
    const theirs = new Set(moreParticipants.filter((p) => chosen.includes(keyOf(ids, p))).map(meetingId));
    const seen = new Set(meetings.map(meetingId));
    for (const m of more) if (theirs.has(meetingId(m)) && !seen.has(meetingId(m))) { seen.add(meetingId(m)); meetings.push(m); }
    const kept = new Map(participants.map((p) => [`${meetingId(p)}:${p.idx}`, p]));
    for (const p of moreParticipants) if (seen.has(meetingId(p))) kept.set(`${meetingId(p)}:${p.idx}`, p);
    participants.splice(0, participants.length, ...kept.values());
  }
  if (meetings.length > limit) truncated = true;
  return build(meetings.sort(newestFirst).slice(0, limit), participants, ids, center.key, truncated);
}

/** Nodes and edges of the given meetings; every participant row is a node by its full key. */
function build(meetings: MeetingEdgeRow[], participants: ParticipantRow[], ids: Identities, centerKey: string | null, truncated: boolean): Graph {
  const byMeeting = new Map<string, ParticipantRow[]>();
  for (const p of participants) byMeeting.set(meetingId(p), [...(byMeeting.get(meetingId(p)) ?? []), p]);
  const nodes = new Map<string, GraphNode & { names: Array<{ name: string }> }>();
  const edges = new Map<string, GraphEdge>();
  for (const m of meetings) {
    const list = new Map<string, ParticipantRow>();
    for (const p of byMeeting.get(meetingId(m)) ?? []) list.set(keyOf(ids, p), p);
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
      if (e.meetings.length < EDGE_MEETINGS) e.meetings.push({ article_id: m.article_id, title: m.title, date: m.date, place: m.place, kind: m.kind, status: m.status, evidence: m.evidence });
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
