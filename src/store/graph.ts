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
import { splitKey } from "./identity";
import { clusterOf, displayName, keyOf, keyOfSignature, loadIdentities, type Identities } from "./entities";
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
  place: string | null;
  kind: string;
  status: string;
  evidence: string;
  title: string | null;
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

/**
 * The newest meeting_edges rows of one real entity that pass the filters (at
 * most `rows`): one range of the table's (ekey, date) key, kept to the
 * entity's own descriptions when namesakes share its key.
 */
function edgesOf(db: D1Database, base: string, signatures: string[] | null, q: GraphQuery, rows: number): D1PreparedStatement {
  const args: unknown[] = [base];
  const arg = (v: unknown) => { args.push(v); return `?${args.length}`; };
  const where = ["x.ekey = ?1", ...filters(q, arg, "x")];
  if (signatures) where.push(`x.sig IN (${signatures.map(arg).join(", ")})`);
  return db.prepare(`SELECT * FROM meeting_edges x WHERE ${where.join(" AND ")} ORDER BY x.date DESC LIMIT ${arg(rows)}`).bind(...args);
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
    if (!meetings.has(id)) meetings.set(id, { article_id: r.article_id, idx: r.meeting_idx, date: r.date || null, place: r.place, kind: r.kind, status: r.status, evidence: r.evidence, title: r.title });
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
  // Step 1: the centre's own meetings, newest first (a meeting of n people is n - 1 rows).
  const cap = 2 * limit + 1;
  const rows1 = (await edgesOf(db, splitKey(center.key).base, ownSignatures(center.ids, center.key), q, cap).all<EdgeRow>()).results;
  let ids = await loadIdentities(db, rows1.flatMap((r) => (r.other_ekey ? [r.other_ekey] : [])), center.ids);
  const step1 = fromEdges(rows1.filter((r) => keyOfSignature(ids, r.ekey, r.sig) === center.key), rows1.length >= cap);
  let truncated = rows1.length >= cap;
  const meetings = step1.meetings;
  const participants = step1.participants;
  if ((q.depth ?? 1) === 2) {
    // Step 2: the newest meetings of the counterparts with most meetings with the centre.
    const together = new Map<string, number>();
    for (const p of participants) { const k = keyOfSignature(ids, p.ekey, p.sig); if (k !== center.key) together.set(k, (together.get(k) ?? 0) + 1); }
    const neighbours = [...together].sort((a, b) => b[1] - a[1]).map(([k]) => k);
    if (neighbours.length > MAX_NEIGHBOURS) truncated = true;
    const chosen = neighbours.slice(0, MAX_NEIGHBOURS);
    const res = chosen.length ? await db.batch<EdgeRow>(chosen.map((k) => edgesOf(db, splitKey(k).base, ownSignatures(ids, k), q, NEIGHBOUR_MEETINGS + 1))) : [];
    ids = await loadIdentities(db, res.flatMap((r) => r.results.flatMap((x) => (x.other_ekey ? [x.other_ekey] : []))), ids);
    const seen = new Set(meetings.map(meetingId));
    const kept = new Map(participants.map((p) => [`${meetingId(p)}:${p.idx}`, p]));
    res.forEach((r, i) => {
      const capped = r.results.length > NEIGHBOUR_MEETINGS;
      if (capped) truncated = true;
      // A neighbour's rows of a namesake (read when its descriptions were not matched in SQL) are left out.
      const theirs = fromEdges(r.results.filter((x) => keyOfSignature(ids, x.ekey, x.sig) === chosen[i]), capped);
      for (const m of theirs.meetings) if (!seen.has(meetingId(m))) { seen.add(meetingId(m)); meetings.push(m); }
      for (const p of theirs.participants) kept.set(`${meetingId(p)}:${p.idx}`, p);
    });
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
