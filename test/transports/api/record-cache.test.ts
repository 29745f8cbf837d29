// The record's answers kept in the isolate (src/store/read-cache.ts): a page or
// a map read again while the store is unchanged costs one small D1 round trip,
// and any upload, reprocess or delete shows at once.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { readThrough, READ_CACHE_CHARS, readCacheSize } from "../../../src/store/read-cache";
import { api, json, uploadText } from "../../helpers";
import { LISBON, NAIROBI } from "./record-fixtures";

type Page = { totals: { meetings: number; statements: number; articles: number }; meetings: Array<{ status: string }> };
type Graph = { nodes: Array<{ id: string }>; meetings: number };

const get = async <T>(path: string) => {
  const res = await api(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get("content-type")).toContain("application/json");
  return json<T>(res);
};

/** A D1Database that counts statements sent (a batch counts each of its statements). */
function counting(db: D1Database) {
  let sent = 0;
  const proxy = new Proxy(db, {
    get(t, p) {
      if (p === "prepare") return (sql: string) => { const s = t.prepare(sql); const first = s.first.bind(s); return Object.assign(s, { first: (...a: []) => { sent++; return first(...a); } }); };
      if (p === "batch") return (list: D1PreparedStatement[]) => { sent += list.length; return t.batch(list); };
      const v = Reflect.get(t, p);
      return typeof v === "function" ? v.bind(t) : v;
    },
  });
  return { db: proxy, sent: () => sent };
}

describe("the record's read cache", () => {
  it("serves a read again from the isolate while the store's version holds, reading only the version", async () => {
    await uploadText(LISBON);
    let reads = 0;
    const read = async () => { reads++; const [v] = await env.DB.batch<{ value: string }>([env.DB.prepare("SELECT (SELECT value FROM meta WHERE key = 'store_version') || ':' || coalesce((SELECT max(seq) FROM articles), 0) AS value")]); return { json: `{"n":${reads}}`, version: v!.results[0]!.value }; };
    expect(await readThrough(env.DB, "k", read)).toBe('{"n":1}');
    const { db, sent } = counting(env.DB);
    expect(await readThrough(db, "k", read)).toBe('{"n":1}');
    expect(reads).toBe(1);
    expect(sent()).toBe(1);
    // Another key is its own read.
    expect(await readThrough(env.DB, "other", read)).toBe('{"n":2}');
    // A write bumps the version: read again.
    await uploadText(NAIROBI);
    expect(await readThrough(env.DB, "k", read)).toBe('{"n":3}');
    expect(await readThrough(env.DB, "k", read)).toBe('{"n":3}');
    // None (a 404) is not kept.
    let misses = 0;
    const none = async () => { misses++; return { json: null, version: (await read()).version }; };
    await readThrough(env.DB, "gone", none);
    await readThrough(env.DB, "gone", none);
    expect(misses).toBe(2);
  });

  it("keeps at most READ_CACHE_CHARS, dropping the least recently used", async () => {
    await uploadText(LISBON);
    const version = async () => (await env.DB.prepare("SELECT (SELECT value FROM meta WHERE key = 'store_version') || ':' || coalesce((SELECT max(seq) FROM articles), 0) AS value").first<{ value: string }>())!.value;
    const big = "x".repeat(READ_CACHE_CHARS / 5);
    let reads = 0;
    const read = async () => { reads++; return { json: big, version: await version() }; };
    for (const k of ["a", "b", "c", "d", "e"]) await readThrough(env.DB, k, read);
    expect(readCacheSize().entries).toBe(5);
    await readThrough(env.DB, "a", read); // "a" is now the most recently used
    await readThrough(env.DB, "f", read); // drops "b"
    expect(readCacheSize().chars).toBeLessThanOrEqual(READ_CACHE_CHARS);
    expect(reads).toBe(6);
    await readThrough(env.DB, "a", read);
    expect(reads).toBe(6);
    await readThrough(env.DB, "b", read);
    expect(reads).toBe(7);
  });

  it("a page and a map show an upload and a delete at once", async () => {
    const lisbon = (await uploadText(LISBON)).body.id;
    const castro = () => get<Page>("/api/entities/person:elena_castro");
    const map = () => get<Graph>("/api/graph?around=person:elena_castro&depth=2&status=all");
    expect((await castro()).totals.meetings).toBe(1);
    expect((await map()).nodes.map((n) => n.id).sort()).toEqual(["person:elena_castro", "person:rui_almeida"]);
    // Read again: the same answer.
    expect((await castro()).totals.meetings).toBe(1);
    // A new article: Almeida is due to meet Castro in Madrid (planned), and speaks to Grace Mutua by phone.
    const nairobi = (await uploadText(NAIROBI)).body.id;
    expect((await castro()).meetings.map((m) => m.status)).toEqual(["held", "planned"]);
    expect((await map()).nodes.map((n) => n.id).sort()).toEqual(["person:elena_castro", "person:grace_mutua", "person:rui_almeida"]);
    expect((await get<Page>("/api/entities/person:grace_mutua")).totals.meetings).toBe(1);
    // Deleted again: gone from the page and the map, and Mutua's page is gone.
    expect((await api(`/api/articles/${nairobi}`, { method: "DELETE" })).status).toBe(200);
    expect((await castro()).meetings.map((m) => m.status)).toEqual(["held"]);
    expect((await map()).nodes.map((n) => n.id).sort()).toEqual(["person:elena_castro", "person:rui_almeida"]);
    expect((await api("/api/entities/person:grace_mutua")).status).toBe(404);
    // The last article deleted: no page at all.
    await api(`/api/articles/${lisbon}`, { method: "DELETE" });
    expect((await api("/api/entities/person:elena_castro")).status).toBe(404);
  });
});
