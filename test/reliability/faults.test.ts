// Faults: a failing message among good ones, a D1 write failing mid-article,
// and D1 or KV unavailable. Nothing accepted is lost; nothing is half-written.
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { app } from "../../src/app";
import type { Env, IngestMessage } from "../../src/env";
import worker from "../../src/index";
import { api, countRows, json, SAMPLE, TOKEN } from "../helpers";

const count = countRows;
const ctx = () => ({ waitUntil() {}, passThroughOnException() {}, props: {} }) as unknown as ExecutionContext;
const call = (path: string, init: RequestInit, e: Env) =>
  app.fetch(new Request(`http://worker.test${path}`, { ...init, headers: { authorization: `Bearer ${TOKEN}`, ...(init.headers as Record<string, string>) } }), e, ctx());

/** A copy of a binding whose named method fails (always, or only for calls matching `when`). */
function failing<T extends object>(binding: T, method: string, when: (args: unknown[]) => boolean = () => true): T {
  return new Proxy(binding, {
    get(t, p) {
      const v = Reflect.get(t, p, t);
      if (p === method) return (...args: unknown[]) => (when(args) ? Promise.reject(new Error("simulated outage")) : (v as (...a: unknown[]) => unknown).apply(t, args));
      return typeof v === "function" ? v.bind(t) : v;
    },
  });
}

/**
 * The error lines a simulated outage makes the Worker log: captured and
 * asserted instead of printed, so a green run prints no alarming noise.
 */
function captureErrors() {
  const spy = vi.spyOn(console, "error").mockImplementation(() => {});
  return () => spy.mock.calls.map((c) => c.map(String).join(" "));
}
afterEach(() => vi.restoreAllMocks());

describe("queue consumer faults", () => {
  it("a message failing mid-batch is retried while the others complete; dead-lettered it is failed, raw kept, reprocessable", async () => {
    const texts = ["One\n\nLena Park met Tom Reyes in Seoul.", "Two\n\nAnn Cole met Marc Roux in Paris.", "Three\n\nEva Smet met Ivo Tamm in Riga."];
    const res = await api("/api/articles/batch", { method: "POST", body: JSON.stringify(texts.map((text) => ({ text }))), headers: { "content-type": "application/json" } });
    const ids = (await json<{ articles: Array<{ id: string }> }>(res)).articles.map((a) => a.id);
    // KV fails for the middle article only.
    const broken = { ...env, ARTICLES: failing(env.ARTICLES, "getWithMetadata", (args) => String(args[0]).includes(ids[1]!)) } as Env;
    const batch = createMessageBatch<IngestMessage>("newsgraph-ingest", ids.map((id, i) => ({ id: `m${i}`, timestamp: new Date(), attempts: 1, body: { id } })));
    const c = createExecutionContext();
    await worker.queue(batch, broken, c);
    const result = await getQueueResult(batch, c);
    expect(result.explicitAcks.sort()).toEqual(["m0", "m2"]);
    expect(result.retryMessages.map((m: { msgId: string }) => m.msgId)).toEqual(["m1"]);

    const dlq = createMessageBatch<IngestMessage>("newsgraph-ingest-dlq", [{ id: "d1", timestamp: new Date(), attempts: 4, body: { id: ids[1]! } }]);
    await worker.queue(dlq, env, createExecutionContext());
    const failed = await json<{ articles: Array<{ id: string }> }>(await api("/api/articles?status=failed"));
    expect(failed.articles.map((a) => a.id)).toEqual([ids[1]]);
    expect(await env.ARTICLES.get(`raw:${ids[1]}`)).toBe(texts[1]);
    expect(await json(await api(`/api/articles/${ids[1]}/reprocess`, { method: "POST" }))).toMatchObject({ status: "ready" });
    expect((await json<{ articles: Record<string, number> }>(await api("/api/stats"))).articles).toMatchObject({ ready: 3, failed: 0 });
  });
});

describe("a D1 write failing mid-article", () => {
  it("leaves no partial rows, reports the failure, and a retry succeeds", async () => {
    // The facts batch fails (D1 batch is one transaction); the article row itself was written before.
    const broken = { ...env, DB: failing(env.DB, "batch") } as Env;
    const logged = captureErrors();
    const res = await call("/api/articles", { method: "POST", body: SAMPLE, headers: { "content-type": "text/plain" } }, broken);
    expect(logged()).toEqual(["The database call failed batch simulated outage", expect.stringMatching(/^processing failed [0-9a-f]{64} The database is unavailable/)]);
    expect(res.status).toBeGreaterThanOrEqual(200);
    expect(res.status).not.toBe(500);
    const body = await json<{ id: string; status: string; error?: { code: string } }>(res);
    expect(body.status === "failed" || res.status === 503).toBe(true);
    for (const t of ["entities", "aliases", "meetings", "meeting_participants", "statements", "statement_search"]) expect(await count(t)).toBe(0);
    expect(await env.ARTICLES.get(`raw:${body.id}`)).toBe(SAMPLE);
    expect(await json(await api(`/api/articles/${body.id}/reprocess`, { method: "POST" }))).toMatchObject({ status: "ready" });
    expect(await count("meetings")).toBe(1);
  });
});

describe("storage unavailable", () => {
  it.each([
    ["KV put", () => ({ ...env, ARTICLES: failing(env.ARTICLES, "put") })],
    ["D1 prepare", () => ({ ...env, DB: new Proxy(env.DB, { get: (t, p) => (p === "prepare" ? () => { throw new Error("D1 down"); } : Reflect.get(t, p, t)) }) })],
    ["D1 batch", () => ({ ...env, DB: failing(env.DB, "batch") })],
  ])("%s: uploads answer a clear 503 or a failed status, never a 500, and write nothing half", async (_name, make) => {
    const e = make() as Env;
    const logged = captureErrors();
    const res = await call("/api/articles/batch", { method: "POST", body: JSON.stringify([{ text: SAMPLE }]), headers: { "content-type": "application/json" } }, e);
    expect(res.status).not.toBe(500);
    if (res.status === 503) expect((await json<{ error: { code: string } }>(res)).error.code).toBe("storage_unavailable");
    expect(logged().join("\n")).toMatch(/(The database|Article storage) call failed \w+ (simulated outage|D1 down)/);
    expect(await count("entities")).toBe(0);
  });

  it("reads and asks answer 503 when D1 is down", async () => {
    const e = { ...env, DB: new Proxy(env.DB, { get: (t, p) => (p === "prepare" ? () => { throw new Error("D1 down"); } : Reflect.get(t, p, t)) }) } as Env;
    const logged = captureErrors();
    for (const [method, path, body] of [["GET", "/api/articles", undefined], ["GET", "/api/stats", undefined], ["POST", "/api/ask", JSON.stringify({ question: "Who met whom?" })]] as const) {
      const res = await call(path, { method, body, headers: { "content-type": "application/json" } }, e);
      expect(res.status).toBe(503);
      expect((await json<{ error: { code: string; message: string } }>(res)).error).toMatchObject({ code: "storage_unavailable" });
    }
    expect(logged()).toEqual(Array(3).fill("The database call failed prepare D1 down"));
  });
});
