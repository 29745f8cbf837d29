// The record's tables of migration 0012 are kept in the same batch as an
// article's facts: after uploads, a reprocess, a title correction and a
// delete they must hold exactly what a recount of the fact rows gives (the
// migration's own backfill).
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { entityPage } from "../../src/store/entities";
import { insertMeetingEdges } from "../../src/store/facts";
import { MAX_NEIGHBOURS, meetingGraph, NEIGHBOUR_MEETINGS } from "../../src/store/graph";
import { api, uploadText } from "../helpers";
import { LISBON, NAIROBI, RIO } from "../transports/api/record-fixtures";
import { fullScans, recording } from "./plan-helpers";
import migration0014 from "../../migrations/0014_meeting_edges_details.sql?raw";

const RECOUNT = `SELECT e.ekey, coalesce(e.role, '') AS role, coalesce(e.affiliation, '') AS affiliation, e.name, count(*) AS n_rows, min(a.seq) AS first_seq
  FROM entities e JOIN articles a ON a.id = e.article_id GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`;
const STORED = "SELECT ekey, role, affiliation, name, n_rows, first_seq FROM entity_descriptions ORDER BY 1, 2, 3, 4";
const EDGES = `SELECT ekey, date, article_id, meeting_idx, entity_idx, other_idx, sig, name, type, other_ekey, other_sig, other_name, other_type, place, kind, status, evidence, title,
  date_text, venue, status_text, duration, ev_start, ev_end FROM meeting_edges`;
const EDGES_RECOUNT = `SELECT e.ekey, coalesce(m.date, ''), p.article_id, p.meeting_idx, p.entity_idx, coalesce(o.idx, -1),
  coalesce(e.role, '') || '|' || coalesce(e.affiliation, ''), e.name, e.type,
  o.ekey, CASE WHEN o.idx IS NULL THEN NULL ELSE coalesce(o.role, '') || '|' || coalesce(o.affiliation, '') END, o.name, o.type,
  m.place, m.kind, m.status, m.evidence, ar.title, m.date_text, m.venue, m.status_text, m.duration, m.ev_start, m.ev_end
  FROM meeting_participants p JOIN entities e ON e.article_id = p.article_id AND e.idx = p.entity_idx
  JOIN meetings m ON m.article_id = p.article_id AND m.idx = p.meeting_idx JOIN articles ar ON ar.id = p.article_id
  LEFT JOIN meeting_participants p2 ON p2.article_id = p.article_id AND p2.meeting_idx = p.meeting_idx AND p2.entity_idx <> p.entity_idx
  LEFT JOIN entities o ON o.article_id = p2.article_id AND o.idx = p2.entity_idx`;
/** Migration 0014's backfill statement, as the migration runs it. */
const backfill0014 = migration0014.slice(migration0014.indexOf("UPDATE meeting_edges"));
const values = async (sql: string) => (await env.DB.prepare(sql).raw()).map((r) => JSON.stringify(r)).sort();
const rows = async (sql: string) => (await env.DB.prepare(sql).all()).results;

describe("meeting edges", () => {
  it("match the meetings' participants after uploads, a reprocess, a title correction and a delete", async () => {
    const ids: string[] = [];
    for (const t of [LISBON, NAIROBI, RIO]) ids.push((await uploadText(t)).body.id);
    const first = await values(EDGES);
    expect(first.length).toBeGreaterThan(4);
    expect(first).toEqual(await values(EDGES_RECOUNT));
    // Every meeting of two is two rows, one from each side.
    const lisbon = (await env.DB.prepare("SELECT ekey, other_ekey FROM meeting_edges WHERE article_id = ?1 AND meeting_idx = 0").bind(ids[0]).raw()).map((r) => r.join(">")).sort();
    expect(lisbon).toEqual(["person:elena_castro>person:rui_almeida", "person:rui_almeida>person:elena_castro"]);

    // Migration 0014's backfill gives the meetings' details to rows written before it.
    expect(first.some((r) => r.includes("next month"))).toBe(true);
    await env.DB.prepare("UPDATE meeting_edges SET date_text = NULL, venue = NULL, status_text = NULL, duration = NULL, ev_start = NULL, ev_end = NULL").run();
    expect(await values(EDGES)).not.toEqual(first);
    await env.DB.prepare(backfill0014).run();
    expect(await values(EDGES)).toEqual(first);

    expect((await api(`/api/articles/${ids[1]}/reprocess`, { method: "POST" })).status).toBe(200);
    expect(await values(EDGES)).toEqual(first);
    const patched = await api(`/api/articles/${ids[2]}`, { method: "PATCH", body: JSON.stringify({ title: "A corrected title" }), headers: { "content-type": "application/json" } });
    expect(patched.status).toBe(200);
    expect(await values(EDGES)).toEqual(await values(EDGES_RECOUNT));
    expect(await values(`SELECT DISTINCT title FROM meeting_edges WHERE article_id = '${ids[2]}'`)).toEqual([JSON.stringify(["A corrected title"])]);
    await api(`/api/articles/${ids[0]}`, { method: "DELETE" });
    expect(await values(EDGES)).toEqual(await values(EDGES_RECOUNT));
    expect(await values(`SELECT * FROM meeting_edges WHERE article_id = '${ids[0]}'`)).toEqual([]);
  });
});

describe("entity descriptions", () => {
  it("match a recount of the entity rows after uploads, a reprocess and a delete", async () => {
    const ids: string[] = [];
    for (const t of [LISBON, NAIROBI, RIO]) ids.push((await uploadText(t)).body.id);
    const first = await rows(STORED);
    expect(first).toEqual(await rows(RECOUNT));
    // Rui Almeida, Portugal's minister, in two articles; the Brazilian singer apart.
    expect(first.filter((r) => r.ekey === "person:rui_almeida").map((r) => [r.role, r.affiliation, r.n_rows])).toEqual([["foreign minister", "Portugal", 2], ["singer", "Brazil", 1]]);

    expect((await api(`/api/articles/${ids[1]}/reprocess`, { method: "POST" })).status).toBe(200);
    expect(await rows(STORED)).toEqual(first);

    // Deleting the first article: counts go down and the first upload is the next article's.
    expect((await api(`/api/articles/${ids[0]}`, { method: "DELETE" })).status).toBeLessThan(300);
    const after = await rows(STORED);
    expect(after).toEqual(await rows(RECOUNT));
    const minister = after.find((r) => r.ekey === "person:rui_almeida" && r.role === "foreign minister")!;
    expect(minister.n_rows).toBe(1);
    expect(minister.first_seq).toBe((await env.DB.prepare("SELECT seq FROM articles WHERE id = ?1").bind(ids[1]).first<{ seq: number }>())!.seq);

    for (const id of ids.slice(1)) await api(`/api/articles/${id}`, { method: "DELETE" });
    expect(await rows(STORED)).toEqual([]);
  });
});

describe("namesake clusters read through the isolate's cache", () => {
  it("follow every upload and delete", async () => {
    const lisbon = (await uploadText(LISBON)).body.id;
    // One Rui Almeida: read (and cached) once.
    expect((await meetingGraph(env.DB, { around: "person:rui_almeida" }))!.nodes.map((n) => n.id).sort()).toEqual(["person:elena_castro", "person:rui_almeida"]);
    expect(await entityPage(env.DB, "person:rui_almeida~2")).toBeNull();
    // A Brazilian singer of the same name: a second entity at once.
    const rio = (await uploadText(RIO)).body.id;
    expect((await entityPage(env.DB, "person:rui_almeida~2"))?.roles).toEqual([expect.objectContaining({ role: "singer", affiliation: "Brazil" })]);
    expect((await meetingGraph(env.DB, { around: "person:rui_almeida~2" }))!.nodes.map((n) => n.id).sort()).toEqual(["person:rui_almeida~2", "person:tom_vale"]);
    // The minister's article gone: the singer is the only one, under the base key.
    await api(`/api/articles/${lisbon}`, { method: "DELETE" });
    expect(await entityPage(env.DB, "person:rui_almeida~2")).toBeNull();
    expect((await entityPage(env.DB, "person:rui_almeida"))?.articles.map((a) => a.id)).toEqual([rio]);
  });

  it("a page's counterparts follow a write though the page skipped their cached descriptions", async () => {
    const links = async () => (await entityPage(env.DB, "person:elena_castro"))!.meetings.flatMap((m) => m.counterparts.map((c) => c.key));
    const first = (await uploadText(LISBON)).body.id;
    await uploadText(RIO);
    // The minister came first: the base key. Reading the page caches Rui Almeida's clusters.
    expect(await links()).toEqual(["person:rui_almeida"]);
    expect(await links()).toEqual(["person:rui_almeida"]);
    // Uploaded again after the singer, the minister is the second namesake: the page must not keep the old clusters.
    await api(`/api/articles/${first}`, { method: "DELETE" });
    await uploadText(LISBON);
    expect(await links()).toEqual(["person:rui_almeida~2"]);
  });
});

describe("a page past the cap on its key's rows", () => {
  it("still gives each meeting and statement its article's title and date (read by id, by index)", async () => {
    const article = (id: string, seq: number, title: string, published: string) => env.DB.prepare(
      "INSERT INTO articles (id, seq, status, title, published, content_type, bytes, created_at) VALUES (?1, ?2, 'ready', ?3, ?4, 'text/plain', 1, '2024-01-01')",
    ).bind(id, seq, title, published);
    const entity = (id: string) => env.DB.prepare("INSERT INTO entities (article_id, idx, name, norm, type, role, ekey) VALUES (?1, 0, 'Ada Many', 'ada many', 'person', 'minister', 'person:ada_many')").bind(id);
    const stmts: D1PreparedStatement[] = [];
    // More rows of the key than a page reads; the last article (by id, the index's order) holds its only facts.
    for (let i = 0; i < 2001; i++) { const id = i.toString(16).padStart(64, "0"); stmts.push(article(id, i + 1, `Filler ${i}`, "2024-01-01"), entity(id)); }
    const last = "f".repeat(64);
    stmts.push(article(last, 5000, "The one with the facts", "2024-03-05"), entity(last),
      env.DB.prepare("INSERT INTO meetings (article_id, idx, date, kind, evidence) VALUES (?1, 0, '2024-03-04', 'in_person', 'Ada Many met the press.')").bind(last),
      env.DB.prepare("INSERT INTO meeting_participants (article_id, meeting_idx, entity_idx) VALUES (?1, 0, 0)").bind(last),
      env.DB.prepare("INSERT INTO statements (article_id, idx, speaker_idx, text, kind, evidence) VALUES (?1, 0, 0, 'All is well', 'direct', '\"All is well,\" Ada Many said.')").bind(last),
      env.DB.prepare("INSERT INTO entity_descriptions (ekey, role, affiliation, name, n_rows, first_seq) VALUES ('person:ada_many', 'minister', '', 'Ada Many', 2002, 1)"),
      insertMeetingEdges(env.DB, last));
    await env.DB.batch(stmts);
    const { db, seen } = recording(env.DB);
    const page = (await entityPage(db, "person:ada_many"))!;
    expect(page.articles.some((a) => a.id === last)).toBe(false);
    expect(page.meetings.map((m) => m.article)).toEqual([{ id: last, title: "The one with the facts", published: "2024-03-05" }]);
    expect(page.statements.map((s) => s.article)).toEqual([{ id: last, title: "The one with the facts", published: "2024-03-05" }]);
    expect(seen.some(({ args }) => JSON.stringify(args) === JSON.stringify([JSON.stringify([last])]))).toBe(true);
    for (const { sql, args } of seen) expect(await fullScans(sql, args), sql).toEqual([]);
  });
});

describe("the map's caps two steps out", () => {
  /** A meeting of two on `date` in its own article, as the write path stores it in meeting_edges. */
  const meeting = (n: number, a: string, b: string, date: string) =>
    [[a, b], [b, a]].map(([x, y]) => env.DB.prepare(
      `INSERT INTO meeting_edges (ekey, date, article_id, meeting_idx, entity_idx, other_idx, sig, name, type, other_ekey, other_sig, other_name, other_type, place, kind, status, evidence, title)
       VALUES (?1, ?2, ?3, 0, ?4, ?5, 'minister|', ?6, 'person', ?7, 'minister|', ?8, 'person', NULL, 'in_person', 'held', 'They met.', 'T')`,
    ).bind(`person:${x}`, date, String(n).padStart(64, "0"), x === a ? 0 : 1, x === a ? 1 : 0, x, `person:${y}`, y));
  const described = (key: string) => env.DB.prepare("INSERT INTO entity_descriptions (ekey, role, affiliation, name, n_rows, first_seq) VALUES (?1, 'minister', '', ?2, 1, 1)").bind(`person:${key}`, key);

  it(`read at most ${MAX_NEIGHBOURS} counterparts and ${NEIGHBOUR_MEETINGS} meetings of each, say so, and list the far edges' meetings only around their ends`, async () => {
    // (The counts below hold for any caps under 45 counterparts and 30 meetings.)
    expect(MAX_NEIGHBOURS).toBeLessThan(45);
    expect(NEIGHBOUR_MEETINGS).toBeLessThan(30);
    const stmts: D1PreparedStatement[] = [];
    let n = 0;
    const day = (i: number) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
    // The centre met 45 people once; n1 twice (so n1 is read first), the second time in 2023.
    for (let i = 1; i <= 45; i++) stmts.push(...meeting(n++, "c", `n${i}`, day(i)), described(`n${i}`));
    stmts.push(...meeting(n++, "c", "n1", "2023-06-01"), described("c"));
    // n1 also met 30 others, on later days.
    for (let i = 1; i <= 30; i++) stmts.push(...meeting(n++, "n1", `x${i}`, day(100 + i)), described(`x${i}`));
    await env.DB.batch(stmts);

    const one = (await meetingGraph(env.DB, { around: "person:c" }))!;
    expect(one.truncated).toBe(false);
    expect(one.nodes).toHaveLength(46);
    const two = (await meetingGraph(env.DB, { around: "person:c", depth: 2 }))!;
    expect(two.truncated).toBe(true);
    // The centre, its 45 counterparts, and the NEIGHBOUR_MEETINGS newest of n1's other meetings (… x30).
    expect(two.nodes).toHaveLength(1 + 45 + NEIGHBOUR_MEETINGS);
    expect(two.nodes.some((x) => x.id === `person:x${30 - NEIGHBOUR_MEETINGS}`)).toBe(false);
    expect(two.nodes.some((x) => x.id === `person:x${31 - NEIGHBOUR_MEETINGS}`)).toBe(true);
    const far = two.edges.find((e) => e.id === "person:n1|person:x30")!;
    expect(far).toMatchObject({ count: 1, partial: true, meetings: [] });
    const near = two.edges.find((e) => e.id === "person:c|person:n1")!;
    expect(near.count).toBe(2);
    expect(near.partial).toBeUndefined();
    expect(near.meetings.map((m) => m.evidence)).toEqual(["They met.", "They met."]);
    // Around n1, the far edge's meeting is listed in full.
    expect((await meetingGraph(env.DB, { around: "person:n1" }))!.edges.find((e) => e.id === "person:n1|person:x30")!.meetings).toHaveLength(1);
  });
});
