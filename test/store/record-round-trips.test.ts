// The record's reads are one D1 round trip each once the isolate knows the
// names involved (ask-style latency at 10,000 articles: every round trip
// costs as much as a small query), and what they guess in that one batch
// (who the centre is, which counterparts a two-step map reads) gives way to
// a second read when it does not hold (namesakes, a write in between).
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { entityPage, searchEntities } from "../../src/store/entities";
import { meetingGraph } from "../../src/store/graph";
import { api, uploadText } from "../helpers";
import { LISBON, NAIROBI, RIO } from "../transports/api/record-fixtures";

/** A D1Database that counts its round trips (a batch, or one statement's all/first/run/raw). */
function counting(db: D1Database) {
  let trips = 0;
  const stmt = (s: D1PreparedStatement): D1PreparedStatement => new Proxy(s, {
    get(t, p) {
      if (p === "bind") return (...a: unknown[]) => stmt(t.bind(...a));
      if (p === "all" || p === "first" || p === "run" || p === "raw") return (...a: unknown[]) => { trips++; return (t[p] as (...x: unknown[]) => unknown)(...a); };
      const v = Reflect.get(t, p);
      return typeof v === "function" ? v.bind(t) : v;
    },
  });
  const proxy = new Proxy(db, {
    get(t, p) {
      if (p === "prepare") return (sql: string) => stmt(t.prepare(sql));
      if (p === "batch") return (list: D1PreparedStatement[]) => { trips++; return t.batch(list); };
      const v = Reflect.get(t, p);
      return typeof v === "function" ? v.bind(t) : v;
    },
  });
  return { db: proxy, trips: () => trips };
}

const nodes = (g: Awaited<ReturnType<typeof meetingGraph>>) => g!.nodes.map((n) => n.id).sort();

describe("the record's round trips", () => {
  it("a search, a page and the map one and two steps out are one batch each once their names are known", async () => {
    for (const t of [LISBON, NAIROBI]) await uploadText(t);
    // First reads: the isolate learns the names.
    const cold = counting(env.DB);
    await searchEntities(cold.db, "Castro");
    await entityPage(cold.db, "person:elena_castro");
    await meetingGraph(cold.db, { around: "Elena Castro", depth: 2 });
    expect(cold.trips()).toBeLessThanOrEqual(5);
    for (const read of [
      (db: D1Database) => searchEntities(db, "Castro"),
      (db: D1Database) => entityPage(db, "person:rui_almeida"),
      (db: D1Database) => meetingGraph(db, { around: "Elena Castro" }),
      (db: D1Database) => meetingGraph(db, { around: "Rui Almeida", depth: 2 }),
      (db: D1Database) => meetingGraph(db, { around: "person:grace_mutua", depth: 2, statuses: "all" }),
    ]) {
      const warm = counting(env.DB);
      expect(await read(warm.db)).toBeTruthy();
      expect(warm.trips()).toBe(1);
    }
    // The two-step map around Grace Mutua reaches Elena Castro through Rui Almeida's call and meetings.
    expect(nodes(await meetingGraph(env.DB, { around: "Grace Mutua", depth: 2, statuses: "all" }))).toEqual(["person:elena_castro", "person:grace_mutua", "person:rui_almeida"]);
  });

  it("a two-step map whose counterpart has a namesake reads that counterpart's own meetings only", async () => {
    for (const t of [LISBON, RIO]) await uploadText(t);
    // Warm: the guess of step 2 is in the first batch either way; here it cannot serve (the singer is "~2").
    await meetingGraph(env.DB, { around: "Tom Vale", depth: 2 });
    const { db, trips } = counting(env.DB);
    expect(nodes(await meetingGraph(db, { around: "Tom Vale", depth: 2 }))).toEqual(["person:rui_almeida~2", "person:tom_vale"]);
    expect(trips()).toBe(2);
    // The minister (the base key, with a namesake): his meetings only, not the singer's.
    expect(nodes(await meetingGraph(env.DB, { around: "Elena Castro", depth: 2 }))).toEqual(["person:elena_castro", "person:rui_almeida"]);
  });

  it("a centre guessed from the cache gives way after a write makes it another entity", async () => {
    const first = (await uploadText(LISBON)).body.id;
    await uploadText(RIO);
    // The minister came first: "person:rui_almeida" is him (the search leaves his key's clusters in the cache).
    expect((await searchEntities(env.DB, "Rui Almeida")).map((h) => h.key)).toEqual(["person:rui_almeida", "person:rui_almeida~2"]);
    expect(nodes(await meetingGraph(env.DB, { around: "person:rui_almeida" }))).toEqual(["person:elena_castro", "person:rui_almeida"]);
    // Uploaded again after the singer, the minister is "~2" and the base key is the singer.
    await api(`/api/articles/${first}`, { method: "DELETE" });
    await uploadText(LISBON);
    expect(nodes(await meetingGraph(env.DB, { around: "person:rui_almeida" }))).toEqual(["person:rui_almeida", "person:tom_vale"]);
    expect(nodes(await meetingGraph(env.DB, { around: "person:rui_almeida~2", depth: 2 }))).toEqual(["person:elena_castro", "person:rui_almeida~2"]);
  });
});
