import { describe, expect, it } from "vitest";
import { api, json, uploadText } from "../../helpers";
import { LISBON, NAIROBI, RIO } from "./record-fixtures";

type Hit = { key: string; name: string; type: string; articles: number; unsure: boolean; roles: Array<{ role: string | null; affiliation: string | null }> };
type Page = {
  key: string; name: string; unsure: boolean; unsure_reason?: string; namesakes: Array<{ key: string }>;
  roles: Array<{ role: string; affiliation: string; articles: Array<{ id: string }>; articles_total: number }>;
  meetings: Array<{ date: string; place: string | null; kind: string; status: string; evidence: string; article: { id: string }; counterparts: Array<{ key: string; name: string }> }>;
  statements: Array<{ text: string; article: { id: string; published: string } }>;
  articles: Array<{ id: string }>;
  totals: { meetings: number; statements: number; articles: number };
  more: boolean;
};
type Edge = { source: string; target: string; count: number; calls: number; dashed: boolean; statuses: Record<string, number>; meetings: Array<{ evidence: string; place: string | null }> };
type Graph = { center: { key: string; name: string } | null; nodes: Array<{ id: string; name: string; meetings: number; center?: true }>; edges: Edge[]; meetings: number };

async function load() {
  const ids: string[] = [];
  for (const t of [LISBON, NAIROBI, RIO]) {
    const r = await uploadText(t);
    expect(r.body.status).toBe("ready");
    ids.push(r.body.id);
  }
  return ids;
}

const get = async <T>(path: string) => {
  const res = await api(path);
  expect(res.status, path).toBe(200);
  return json<T>(res);
};
const edge = (g: Graph, a: string, b: string) => g.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));

describe("GET /api/entities?q=", () => {
  it("finds people by full name, surname and a small typo, namesakes apart", async () => {
    await load();
    for (const q of ["Rui Almeida", "Almeida", "Almieda"]) {
      const { entities } = await get<{ entities: Hit[] }>(`/api/entities?q=${encodeURIComponent(q)}`);
      expect(entities.map((e) => e.key).sort(), q).toEqual(["person:rui_almeida", "person:rui_almeida~2"]);
      const minister = entities.find((e) => e.key === "person:rui_almeida")!;
      expect(minister).toMatchObject({ name: "Rui Almeida", type: "person", articles: 2, unsure: true });
      expect(minister.roles[0]).toEqual({ role: "foreign minister", affiliation: "Portugal" });
    }
    const { entities } = await get<{ entities: Hit[] }>("/api/entities?q=Castro");
    expect(entities.map((e) => e.key)).toEqual(["person:elena_castro"]);
    expect((await get<{ entities: Hit[] }>("/api/entities?q=Nobody%20Known")).entities).toEqual([]);
  });
});

describe("GET /api/entities/:key", () => {
  it("one person across articles: roles with their articles, a timeline, statements newest first, namesake kept apart", async () => {
    const [lisbon, nairobi] = await load();
    const p = await get<Page>("/api/entities/person:rui_almeida");
    expect(p.name).toBe("Rui Almeida");
    expect(p.unsure).toBe(true);
    expect(p.unsure_reason).toMatch(/1 other entity has this name/);
    expect(p.namesakes.map((n) => n.key)).toEqual(["person:rui_almeida~2"]);
    expect(p.roles).toEqual([{ role: "foreign minister", affiliation: "Portugal", articles: expect.arrayContaining([expect.objectContaining({ id: lisbon }), expect.objectContaining({ id: nairobi })]), articles_total: 2 }]);
    expect(p.more).toBe(false);
    expect(p.articles.map((a) => a.id).sort()).toEqual([lisbon, nairobi].sort());
    // Timeline: oldest first; the planned Madrid meeting is listed with its status.
    expect(p.meetings.map((m) => [m.counterparts.map((c) => c.key).join(","), m.kind, m.status, m.place])).toEqual([
      ["person:elena_castro", "in_person", "held", "Lisbon"],
      ["person:grace_mutua", "call", "held", null],
      ["person:elena_castro", "in_person", "planned", "Madrid"],
    ]);
    expect(p.meetings[0]!.evidence).toContain("met Spanish Foreign Minister Elena Castro");
    expect(p.meetings[0]!.article.id).toBe(lisbon);
    // Statements newest first: June before May.
    expect(p.statements.map((s) => s.article.id)).toEqual([nairobi, lisbon]);
    expect(p.statements[1]!.text).toContain("We have agreed on a common plan");

    const singer = await get<Page>("/api/entities/person:rui_almeida~2");
    expect(singer.roles.map((r) => r.role)).toEqual(["singer"]);
    expect(singer.meetings.map((m) => m.counterparts.map((c) => c.name))).toEqual([["Tom Vale"]]);
    expect(singer.statements.map((s) => s.text)).toEqual([expect.stringContaining("Music is my life")]);
    expect(singer.namesakes.map((n) => n.key)).toEqual(["person:rui_almeida"]);

    const castro = await get<Page>("/api/entities/person:elena_castro");
    expect(castro.unsure).toBe(false);
    expect(castro.meetings.map((m) => m.counterparts[0]!.key)).toEqual(["person:rui_almeida", "person:rui_almeida"]);
  });

  it("lists the newest `limit` of each list (default 20), says when one was cut, and lists the rest when asked", async () => {
    const [lisbon, nairobi] = await load();
    const one = await get<Page>("/api/entities/person:rui_almeida?limit=1");
    // The newest meeting by date (planned for July), statement and article; the totals count them all.
    expect(one.meetings.map((m) => [m.status, m.place])).toEqual([["planned", "Madrid"]]);
    expect(one.statements.map((s) => s.article.id)).toEqual([nairobi]);
    expect(one.articles.map((a) => a.id)).toEqual([nairobi]);
    expect(one.roles.map((r) => [r.articles.map((a) => a.id), r.articles_total])).toEqual([[[nairobi], 2]]);
    expect(one.totals).toEqual({ meetings: 3, statements: 2, articles: 2 });
    expect(one.more).toBe(true);
    // Two: the newest two meetings, still as a timeline (oldest first).
    const two = await get<Page>("/api/entities/person:rui_almeida?limit=2");
    expect(two.meetings.map((m) => [m.kind, m.status])).toEqual([["call", "held"], ["in_person", "planned"]]);
    expect(two.articles.map((a) => a.id)).toEqual([nairobi, lisbon]);
    expect(two.more).toBe(true);
    const all = await get<Page>("/api/entities/person:rui_almeida?limit=500");
    expect([all.meetings.length, all.statements.length, all.articles.length, all.more]).toEqual([3, 2, 2, false]);
    // The default lists up to 20: all of these.
    expect((await get<Page>("/api/entities/person:rui_almeida")).meetings).toEqual(all.meetings);
    for (const bad of ["0", "501", "abc", "1.5"]) {
      const res = await api(`/api/entities/person:rui_almeida?limit=${bad}`);
      expect(res.status, bad).toBe(400);
      expect((await json<{ error: { code: string; message: string } }>(res)).error).toMatchObject({ code: "invalid_query", message: expect.stringContaining("limit") });
    }
  });

  it.each([
    ["/api/entities/person:nobody_here", 404, "not_found"],
    ["/api/entities/person:rui_almeida~9", 404, "not_found"],
    ["/api/entities/person:rui_almeida~1", 404, "not_found"],
    ["/api/entities/nope", 400, "invalid_key"],
    ["/api/entities/city:lisbon", 400, "invalid_key"],
  ])("%s → %i", async (path, status, code) => {
    await load();
    const res = await api(path);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect((await json<{ error: { code: string } }>(res)).error.code).toBe(code);
  });
});

describe("GET /api/graph", () => {
  it("the whole record: one node per real person, held meetings only, calls dashed, counts", async () => {
    await load();
    const g = await get<Graph>("/api/graph");
    expect(g.center).toBeNull();
    expect(g.nodes.map((n) => n.id).sort()).toEqual(["person:elena_castro", "person:grace_mutua", "person:rui_almeida", "person:rui_almeida~2", "person:tom_vale"]);
    expect(g.nodes.find((n) => n.id === "person:rui_almeida")!.meetings).toBe(2);
    expect(edge(g, "person:rui_almeida", "person:elena_castro")).toMatchObject({ count: 1, calls: 0, dashed: false, statuses: { held: 1 } });
    expect(edge(g, "person:rui_almeida", "person:grace_mutua")).toMatchObject({ count: 1, calls: 1, dashed: true });
    expect(edge(g, "person:rui_almeida~2", "person:tom_vale")).toMatchObject({ count: 1 });
    expect(edge(g, "person:rui_almeida", "person:tom_vale")).toBeUndefined();
    expect(g.edges).toHaveLength(3);

    // Planned meetings only when asked.
    const all = await get<Graph>("/api/graph?status=all");
    expect(edge(all, "person:rui_almeida", "person:elena_castro")).toMatchObject({ count: 2, statuses: { held: 1, planned: 1 } });
    const planned = await get<Graph>("/api/graph?status=planned");
    expect(planned.edges.map((e) => [e.source, e.target])).toEqual([["person:elena_castro", "person:rui_almeida"]]);
  });

  it("filters by place, dates and articles", async () => {
    const [lisbon] = await load();
    const byPlace = await get<Graph>("/api/graph?place=lisbon");
    expect(byPlace.edges.map((e) => e.meetings[0]!.place)).toEqual(["Lisbon"]);
    const june = await get<Graph>("/api/graph?from=2024-06&to=2024-06");
    expect(june.edges.map((e) => [e.source, e.target])).toEqual([["person:grace_mutua", "person:rui_almeida"]]);
    const summer = await get<Graph>("/api/graph?from=2024-06-01");
    expect(summer.edges).toHaveLength(2);
    const one = await get<Graph>(`/api/graph?articles=${lisbon}`);
    expect(one.nodes.map((n) => n.id).sort()).toEqual(["person:elena_castro", "person:rui_almeida"]);
  });

  it("around one person, one or two steps out, never through a namesake", async () => {
    await load();
    const d1 = await get<Graph>("/api/graph?around=Elena%20Castro");
    expect(d1.center).toEqual({ key: "person:elena_castro", name: "Elena Castro" });
    expect(d1.nodes.map((n) => n.id).sort()).toEqual(["person:elena_castro", "person:rui_almeida"]);
    expect(d1.nodes.find((n) => n.id === "person:elena_castro")!.center).toBe(true);
    const d2 = await get<Graph>("/api/graph?around=person:elena_castro&depth=2");
    expect(d2.nodes.map((n) => n.id).sort()).toEqual(["person:elena_castro", "person:grace_mutua", "person:rui_almeida"]);
    expect(edge(d2, "person:rui_almeida", "person:grace_mutua")?.dashed).toBe(true);
    // The singer is another Rui Almeida: his meeting is not two steps from Castro.
    expect(d2.nodes.some((n) => n.id.startsWith("person:tom_vale"))).toBe(false);
    const singer = await get<Graph>("/api/graph?around=person:rui_almeida~2&depth=2");
    expect(singer.nodes.map((n) => n.id).sort()).toEqual(["person:rui_almeida~2", "person:tom_vale"]);
    // Filters apply around a person too.
    // A full name that is a key: the namesake with most rows (the minister, in two articles); one that is no key
    // (a small typo) is found as the bot finds it.
    expect((await get<Graph>("/api/graph?around=Rui%20Almeida")).center?.key).toBe("person:rui_almeida");
    expect((await get<Graph>("/api/graph?around=Elena%20Kastro")).center?.key).toBe("person:elena_castro");
    const lisbonOnly = await get<Graph>("/api/graph?around=Almeida&place=Lisbon");
    expect(lisbonOnly.edges).toHaveLength(1);
    expect(lisbonOnly.center?.key).toBe("person:rui_almeida");
  });

  it.each([
    ["depth=3", "depth"],
    ["from=2024-13", "from"],
    ["to=24-01-01", "to"],
    ["status=bogus", "status"],
    ["status=held,,planned", "status"],
    ["from=2024-06&to=2024-05", "from must not be after to"],
    ["limit=0", "limit"],
    ["limit=abc", "limit"],
    ["articles=xyz", "articles"],
    ["around=", "around"],
    ["place=" + "x".repeat(101), "place"],
  ])("?%s → 400 JSON", async (qs, words) => {
    const res = await api(`/api/graph?${qs}`);
    expect(res.status).toBe(400);
    const body = await json<{ error: { code: string; message: string } }>(res);
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.message).toContain(words);
  });

  it("an unknown name is a 404 JSON error; search without q is a 400", async () => {
    await load();
    const res = await api("/api/graph?around=Nobody%20Known");
    expect(res.status).toBe(404);
    expect((await json<{ error: { code: string } }>(res)).error.code).toBe("not_found");
    for (const qs of ["", "?q=", "?q=%20%20", `?q=${"a".repeat(201)}`, "?q=x&limit=99"]) {
      const r = await api(`/api/entities${qs}`);
      expect(r.status, qs).toBe(400);
      expect((await json<{ error: { code: string } }>(r)).error.code).toBe("invalid_query");
    }
  });

  it("needs the token like every API route", async () => {
    for (const path of ["/api/graph", "/api/entities?q=Almeida", "/api/entities/person:rui_almeida"]) {
      expect((await api(path, { token: null })).status).toBe(401);
    }
  });
});

describe("GET /api/articles/:id/view", () => {
  it("the text in blocks, captions and clutter apart, facts at their evidence with people keys", async () => {
    const [lisbon] = await load();
    const v = await get<{ text: string; title: string; blocks: Array<{ kind: string; start: number; end: number }>; facts: Array<{ kind: string; subkind: string; start: number; end: number; evidence: string; people: Array<{ key: string }> }> }>(`/api/articles/${lisbon}/view`);
    const of = (kind: string) => v.blocks.filter((b) => b.kind === kind).map((b) => v.text.slice(b.start, b.end));
    expect(of("title")).toEqual(["Ministers meet in Lisbon over fishing rights"]);
    expect(of("caption")).toEqual(["Photo: Rui Almeida and Elena Castro in Lisbon. (Wire/Ana Sousa)"]);
    expect(of("clutter")).toEqual(["(Reporting by Ana Sousa; editing by Tom Hale)"]);
    expect(of("dateline")).toEqual(["LISBON, May 4, 2024 (Wire) -"]);
    expect(of("body")).toHaveLength(2);
    expect(v.facts.map((f) => [f.kind, f.subkind, f.people.map((p) => p.key).join(",")])).toEqual([
      ["meeting", "in_person", "person:rui_almeida,person:elena_castro"],
      ["statement", "direct", "person:rui_almeida"],
    ]);
    for (const f of v.facts) expect(v.text.slice(f.start, f.end)).toBe(f.evidence);
  });

  it("unknown or malformed ids are 404 JSON", async () => {
    for (const id of ["0".repeat(64), "not-an-id"]) {
      const res = await api(`/api/articles/${id}/view`);
      expect(res.status).toBe(404);
      expect((await json<{ error: { code: string } }>(res)).error.code).toBe("not_found");
    }
  });
});
